// What the report printers (report_*.cc) share: the Markdown and HTML forms
// beside the text one (text.h), and the small formatting steps they all take.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/printer.h"
#include "claimlens/report.h"

namespace claimlens {

// The report's Markdown and HTML printers: one document after another
// (Markdown), or one page for every document of a run (HTML: Finish ends it).
std::unique_ptr<Printer<ReportRecord>> MakeMarkdownReportPrinter(Output& out);
std::unique_ptr<Printer<ReportRecord>> MakeHtmlReportPrinter(Output& out);

// "almost certain" for almost_certain; "no level" for none.
std::string LevelName(Level level);
// "52%" of `total` (0% of nothing).
std::string Percent(int64_t n, int64_t total);
// One decimal: "12.3", "0".
std::string OneDecimal(double v);
// `text` on one line, cut to at most `columns` code points with "…" when longer.
std::string Clip(std::string_view text, size_t columns);
// "1,132".
std::string Grouped(uint64_t n);
// The code points of UTF-8 `text` (the columns it takes for most scripts).
size_t Columns(std::string_view text);
// The claim's likelihood cues (hedges and boosters of its holder, and stated
// confidence) as they are written, quoted and comma-separated: "\"would likely\"".
std::string QuotedCues(const ReportRecord& r, const ReportClaim& c);
// Whom a recommendation addresses, for people: the actor's name when the
// addressee is an actor id ("europe": "Europe"), else its words; "no addressee".
std::string Addressee(const ReportRecord& r, const ReportClaim& c);
// One addressee's name; the ids of a claim's addressee list ("CHN;RUS").
std::string AddresseeName(const ReportRecord& r, std::string_view id);
std::vector<std::string_view> AddresseeIds(const ReportClaim& c);
// An actor's name in at most `room` columns: its id instead when the name is
// longer and the id is an acronym ("North Atlantic Treaty Organization": "NATO").
std::string ShortName(const ReportActor& a, size_t room);
// "likely (55-80%)", "asserted", "hedged": how sure a claim is, in words.
std::string Sureness(const ReportClaim& c);

}  // namespace claimlens
