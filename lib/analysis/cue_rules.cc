// The context rules: independent checks, each on one cue candidate, in a table.
// A rule's reason is what `lexicon explain` prints when it sets a candidate
// aside, so the explanation cannot drift from the code.
#include <algorithm>
#include <cstdlib>

#include "cues.h"

namespace claimlens {
namespace {

using cue_rules::Capitalised;
using cue_rules::Wordish;

// What the rules know of the sentence, worked out once and only when needed.
struct SentenceState {
  int past = -1;                // set in the past? -1: not yet known
  std::vector<bool> reporting;  // reporting verbs (an evidential one is cleared)
};

struct RuleInput {
  const TokenContext& ctx;
  const CueRules::Candidate& cand;
  const Entry& e;
  size_t i;            // the candidate's first token
  std::string_view n;  // its norm
  size_t first;        // the first word of the sentence
  const Settings& settings;
  int year;
  SentenceState& state;
  bool single() const { return cand.match.end - cand.match.begin == 1; }
  bool is(std::string_view word) const { return n == word; }
};

// Returns true to set the candidate aside; fills `detail` (what in the
// sentence decided it) only when it is not null.
using Check = bool (*)(RuleInput& in, std::string* detail);

struct ContextRule {
  std::string_view reason;
  Check check;
  // What the candidate is instead, for the claims stage (kIgnore: nothing).
  EntryKind becomes = EntryKind::kIgnore;
};

// append() chains, not `"'" + std::string(s) + "'"`: GCC 12 warns falsely (-Wrestrict) about
// the operator+ chain at -O2, here and wherever explain builds a reason.
std::string Quoted(std::string_view s) { return std::string("'").append(s).append("'"); }

bool Participle(const TokenContext& ctx, size_t k) {
  return ctx.Has(k, TokenTag(kEdForm | kEnForm));
}

// The word after token i, skipping a parenthetical (", however,").
size_t NextWord(const RuleInput& in) {
  const TokenContext& ctx = in.ctx;
  const size_t next = in.i + 1;
  const auto window = static_cast<size_t>(in.settings.parenthetical_window);
  if (next < ctx.size() && ctx.norm(next) == ",") {
    for (size_t k = next + 1; k < ctx.size() && k <= next + window; ++k) {
      if (ctx.norm(k) == ",") return k + 1;
    }
  }
  return next;
}

// A person as subject: he, she, who, or a collective of people ("officials").
bool PersonalSubject(const TokenContext& ctx, size_t j) {
  return ctx.Has(j, kPersonal) || ctx.Has(j, kAgent) || ctx.Has(j, kRole);
}

// A reporting verb in a past tense ("said", "announced", "had warned"), whose
// "would" is reported speech's tense. The present perfect ("has argued that a pact
// would ...") reports the source's own hypothetical, which stays a hedge.
bool PastReporting(const RuleInput& in, size_t j) {
  const TokenContext& ctx = in.ctx;
  if (!ctx.Has(j, TokenTag(kEdForm | kPastForm))) return false;
  for (size_t k = j; k-- > 0 && j - k <= static_cast<size_t>(in.settings.perfect_window);) {
    if (ctx.Has(k, kPerfect)) return false;
  }
  return true;
}

// A year before the document's year after a preposition ("in 1990").
bool PastYear(std::string_view n, int min, int year) {
  if (n.size() != 4) return false;
  int y = 0;
  for (char c : n) {
    if (c < '0' || c > '9') return false;
    y = y * 10 + (c - '0');
  }
  return y >= min && y < year;
}

bool SetInPast(RuleInput& in) {
  if (in.state.past < 0) {
    bool past = in.ctx.AnyInSentence(kPastTime);
    for (size_t k = 0; k + 1 < in.ctx.size() && !past; ++k) {
      past = in.ctx.Has(k, kPreposition) &&
             PastYear(in.ctx.norm(k + 1), in.settings.past_year_min, in.year);
    }
    in.state.past = past;
  }
  return in.state.past == 1;
}

// The nearest reporting verb before token i within the window and the clause.
int ReportingBefore(RuleInput& in) {
  for (size_t j = in.i; j-- > 0 && in.i - j <= static_cast<size_t>(in.settings.report_window);) {
    if (in.ctx.Has(j, kTerminator)) return -1;
    if (in.state.reporting[j]) return static_cast<int>(j);
  }
  return -1;
}

bool HedgeShould(const RuleInput& in) { return in.is("should") && in.e.kind == EntryKind::kHedge; }

// "should" with a verb of outcome is epistemic ("the vote should pass") unless its
// subject is an agent: then it is a recommendation ("NATO should hold"). At the
// start of a clause, before a subject, it opens a condition ("Should talks fail").
bool InvertedShould(RuleInput& in, std::string*) {
  if (!HedgeShould(in)) return false;
  const size_t next = in.i + 1;
  const bool subject_follows =
      in.ctx.Has(next, kDeterminer) || (Capitalised(in.ctx, next) && in.ctx.norm(next) != "i");
  return in.i == in.first || subject_follows;
}

bool DeonticShould(RuleInput& in, std::string*) {
  if (!HedgeShould(in) || in.i == 0) return false;
  const size_t p = in.i - 1, next = in.i + 1;
  const bool passive = in.ctx.norm(next) == "be" && Participle(in.ctx, next + 1);
  return in.ctx.Has(p, kPronoun) || in.ctx.Has(p, kAgent) || in.ctx.Has(p, kRole) ||
         Capitalised(in.ctx, p) || passive;
}

// "must" infers only about what is or was the case: "must have known", "must be
// a mistake", "that must mean". Otherwise it obliges: "must be consulted", "must
// be willing to", "NATO must act".
bool ObligationMust(RuleInput& in, std::string*) {
  if (!in.is("must")) return false;
  const TokenContext& c = in.ctx;
  size_t next = in.i + 1;
  while (next < c.size() && c.InNegation(next)) ++next;
  const std::string_view v = c.norm(next);
  const bool infers = c.Has(next, kPerfect) || c.Has(next, kCognition) ||
                      (v == "be" && (c.Has(next + 1, kDeterminer) || c.Has(next + 1, kCognition)));
  return !infers;
}

// "Congress could consider": an option offered to an agent, not a possibility.
bool OptionCould(RuleInput& in, std::string*) {
  if (!in.single() || !in.is("could") || in.i == 0) return false;
  const size_t p = in.i - 1;
  const bool agent = in.ctx.Has(p, kAgent) || in.ctx.Has(p, kRole) || in.ctx.Has(p, kSelf) ||
                     Capitalised(in.ctx, p);
  return agent && in.ctx.Has(in.i + 1, kOption);
}

// "We will provide updated figures": the writer's commitment, not a prediction.
bool Commitment(RuleInput& in, std::string*) {
  return in.single() && in.e.cue_class == CueClass::kPrediction && in.i > 0 &&
         in.ctx.Has(in.i - 1, kSelf);
}

// "The council will meet quarterly": habit or schedule, not a prediction.
bool Habit(RuleInput& in, std::string* detail) {
  if (!in.single() || in.e.cue_class != CueClass::kPrediction) return false;
  const size_t last =
      std::min(in.ctx.size(), in.i + 1 + static_cast<size_t>(in.settings.habit_window));
  for (size_t k = in.i + 1; k < last; ++k) {
    if (in.ctx.Has(k, kClause) || in.ctx.Has(k, kTerminator)) return false;
    if (in.ctx.Has(k, kFrequency)) {
      if (detail) *detail = std::string("(").append(Quoted(in.ctx.text(k))).append(")");
      return true;
    }
  }
  return false;
}

// "the word 'probably'", "what 'high confidence' means": a term mentioned in
// quotation marks is not used.
bool Mentioned(RuleInput& in, std::string*) {
  const TokenContext& c = in.ctx;
  const size_t b = in.cand.match.begin, e = in.cand.match.end;
  auto quote = [&](size_t k) { return k < c.size() && (c.norm(k) == "\"" || c.norm(k) == "'"); };
  if (b == 0 || !quote(b - 1)) return false;
  const bool closed = quote(e) || (e + 1 < c.size() && c.Has(e, kClause) && quote(e + 1));
  const bool named = b >= 2 && c.Has(b - 2, kMetaword);
  return closed || named;
}

// "this possibility does not mean": a noun taken up as a topic, not a judgement.
bool TopicNoun(RuleInput& in, std::string*) {
  const size_t b = in.cand.match.begin, last = in.cand.match.end - 1;
  if (!in.ctx.Has(last, kTopic)) return false;
  size_t d = b;  // "this possibility", "such a possibility"
  while (d > 0 && in.ctx.Has(d - 1, kDeterminer)) --d;
  return d > 0 && in.ctx.Has(d - 1, kDemonstrative) && !in.ctx.Has(last + 1, kComplementizer) &&
         in.ctx.norm(last + 1) != "of";
}

// "could not understand why": inability, not possibility.
bool Inability(RuleInput& in, std::string*) {
  if (!in.single() || !in.is("could")) return false;
  size_t k = in.i + 1;
  if (k >= in.ctx.size() || !in.ctx.InNegation(k)) return false;
  while (k < in.ctx.size() && in.ctx.InNegation(k)) ++k;
  return in.ctx.Has(k, kCognition);
}

// "the data suggest": an evidential verb whose subject is no person reports
// nothing, so a "would" after it is no reported speech. (With a person as
// subject, "officials suggested", the claims stage makes the verb a report.)
bool EvidenceSubject(RuleInput& in, std::string*) {
  if (!in.single() || in.e.kind != EntryKind::kHedge || in.e.cue_class != CueClass::kEvidential ||
      !in.ctx.Has(in.i, kReporting))
    return false;
  size_t j = in.i;
  while (j > 0 && in.ctx.Has(j - 1, kAuxiliary)) --j;
  if (j == 0 || !PersonalSubject(in.ctx, j - 1)) in.state.reporting[in.i] = false;
  return false;
}

// "has said clearly that": a manner adverb of the reporting verb, not a booster.
bool MannerAdverb(RuleInput& in, std::string* detail) {
  if (!in.single() || in.e.kind != EntryKind::kBooster || in.e.cue_class != CueClass::kEmphatic ||
      in.i == 0 || !in.state.reporting[in.i - 1])
    return false;
  if (detail) *detail = "(after " + Quoted(in.ctx.text(in.i - 1)) + ")";
  return true;
}

bool Modal(const RuleInput& in) { return in.single() && in.ctx.Has(in.i, kModal); }

bool CapitalisedModal(RuleInput& in, std::string*) {
  return Modal(in) && Capitalised(in.ctx, in.i) && in.i > in.first && !in.ctx.title_case() &&
         in.ctx.norm(in.i - 1) != ":" && in.ctx.norm(in.i - 1) != "\"";
}

bool NoVerbAfterModal(RuleInput& in, std::string*) {
  const size_t next = NextWord(in);
  return Modal(in) && (next >= in.ctx.size() || !Wordish(in.ctx, next));
}

bool NumberAfterModal(RuleInput& in, std::string*) {
  const size_t next = NextWord(in);
  return Modal(in) && next < in.ctx.size() && in.ctx.tokens()[next].kind == TokenKind::kNumber;
}

bool FunctionWordAfterModal(RuleInput& in, std::string* detail) {
  const size_t next = NextWord(in);
  if (!Modal(in) || !(in.ctx.Has(next, kPreposition) || in.ctx.Has(next, kConjunction) ||
                      in.ctx.Has(next, kFinite)))
    return false;
  if (detail) *detail = std::string("(").append(Quoted(in.ctx.text(next))).append(" follows)");
  return true;
}

bool ModalAfterDeterminer(RuleInput& in, std::string* detail) {
  if (!Modal(in) || in.i == 0 ||
      !(in.ctx.Has(in.i - 1, kDeterminer) || in.ctx.Has(in.i - 1, kPreposition)))
    return false;
  if (detail) *detail = "(after " + Quoted(in.ctx.text(in.i - 1)) + ")";
  return true;
}

// In a sentence set in the past, "could" is ability and "would" narrates ("In
// 1983 he would have his first title fight"); "could have" and "would have" stay
// hypothetical.
bool PastCould(RuleInput& in, std::string*) {
  return in.single() && in.is("could") && in.ctx.norm(in.i + 1) != "have" && SetInPast(in);
}
bool PastWould(RuleInput& in, std::string*) {
  return in.single() && in.is("would") && in.ctx.norm(in.i + 1) != "have" && SetInPast(in);
}

// "The ministry said it would hold a drill": the tense of reported speech, not
// a prediction.
bool BackshiftedWould(RuleInput& in, std::string* detail) {
  if (!in.single() || !in.is("would")) return false;
  const int j = ReportingBefore(in);
  if (j < 0 || !PastReporting(in, static_cast<size_t>(j))) return false;
  if (detail) *detail = "(after " + Quoted(in.ctx.text(static_cast<size_t>(j))) + ")";
  return true;
}

// "She says she will resign": reported intent, where the speaker is the subject.
bool ReportedIntent(RuleInput& in, std::string* detail) {
  if (!in.single() || !in.is("will")) return false;
  const int j = ReportingBefore(in);
  if (j < 0 || in.i - static_cast<size_t>(j) > static_cast<size_t>(in.settings.intent_window) ||
      !in.ctx.Has(in.i - 1, kPronoun))
    return false;
  if (detail) *detail = "(after " + Quoted(in.ctx.text(static_cast<size_t>(j))) + ")";
  return true;
}

bool NounPotential(RuleInput& in, std::string*) {
  const size_t next = in.i + 1;
  const TokenContext& c = in.ctx;
  return in.single() && in.is("potential") &&
         (!Wordish(c, next) || c.Has(next, kPreposition) || c.Has(next, kConjunction) ||
          c.Has(next, kDeterminer) || c.Has(next, kAuxiliary) || c.Has(next, kFinite));
}

// In order: the first rule that applies sets the candidate aside.
constexpr ContextRule kContextRules[] = {
    {"a term mentioned, not used (in quotation marks)", Mentioned},
    {"a condition here (inverted: 'should talks fail')", InvertedShould},
    {"a recommendation here (deontic 'should')", DeonticShould, EntryKind::kRecommendation},
    {"an obligation here ('must' that does not infer)", ObligationMust, EntryKind::kRecommendation},
    {"an option offered ('could consider')", OptionCould, EntryKind::kRecommendation},
    {"a commitment of the writer, not a prediction", Commitment},
    {"habit or schedule, not a prediction", Habit},
    {"a topic here (after a demonstrative)", TopicNoun},
    {"inability, not possibility ('could not' with a verb of understanding)", Inability},
    {"", EvidenceSubject},  // never sets a candidate aside
    {"a manner adverb here", MannerAdverb},
    {"a name or a month here (capitalised inside the sentence)", CapitalisedModal},
    {"not a modal here (no verb follows)", NoVerbAfterModal},
    {"a month here (a number follows)", NumberAfterModal},
    {"a noun here", FunctionWordAfterModal},
    {"a noun here", ModalAfterDeterminer},
    {"past ability (the sentence is set in the past)", PastCould},
    {"narrative past (the sentence is set in the past)", PastWould},
    {"tense of reported speech", BackshiftedWould},
    {"reported intent", ReportedIntent},
    {"the noun 'potential'", NounPotential},
};

}  // namespace

void CueRules::ApplyContext(const TokenContext& ctx, int year) {
  SentenceState state;
  state.reporting.resize(ctx.size());
  for (size_t i = 0; i < ctx.size(); ++i) state.reporting[i] = ctx.Has(i, kReporting);
  const size_t first = cue_rules::FirstWord(ctx);
  std::string detail;
  for (Candidate& c : candidates_) {
    if (!c.keep) continue;
    RuleInput in{ctx,           c,    entry(c), c.match.begin, ctx.norm(c.match.begin), first,
                 lex_.settings, year, state};
    for (const ContextRule& rule : kContextRules) {
      detail.clear();
      if (rule.check(in, explain_ ? &detail : nullptr)) {
        Drop(c, rule.reason, detail);
        if (rule.becomes != EntryKind::kIgnore) {
          Cue m;
          m.kind = rule.becomes;
          m.cls = CueClass::kDeontic;
          m.begin = c.match.begin;
          m.end = c.match.end;
          markers_.push_back(std::move(m));
        }
        break;
      }
    }
  }
}

}  // namespace claimlens
