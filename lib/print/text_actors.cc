// Text of the actors records: one line a mention; one line an actor's summary.
#include "text.h"

namespace claimlens {

// PATH:LINE:COL: CHN China (state) "Beijing’s"
void AppendText(const ActorRecord& r, const Colors& c, std::string* out) {
  const Mention& m = *r.mention;
  AppendLocation(c, r.doc, m.line, m.col, out);
  *out += c.hedge() + m.id + c.reset() + " " + m.name + " (" + std::string(MentionTypeName(m.type));
  if (m.former || !m.role.empty()) *out += ", " + std::string(m.former ? "former " : "") + m.role;
  if (!m.affiliation.empty()) *out += ", " + m.affiliation;
  *out += ") \"";
  AppendOneLine(r.text, out);
  *out += "\"\n";
}

// PATH: CHN China (state): 3 mentions, first on line 4; roles ["government"]; named [...]
void AppendText(const ActorSummaryRecord& r, const Colors&, std::string* out) {
  out->append(r.doc).append(": ").append(r.id).append(" ").append(r.name);
  out->append(" (").append(r.type).append("): ");
  *out += Counted(static_cast<uint64_t>(r.mentions), "mention", "mentions");
  *out += ", first on line " + std::to_string(r.first_line);
  if (r.roles != nullptr && !r.roles->empty()) *out += "; roles " + JsonStringList(*r.roles, false);
  *out += "; named " + (r.forms != nullptr ? JsonStringList(*r.forms, true) : "[]") + "\n";
}

}  // namespace claimlens
