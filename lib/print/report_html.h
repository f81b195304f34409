// The HTML report's parts (report_html*.cc): one page, one <article> a
// document, the style sheet and script inlined.
#pragma once

#include <string>
#include <string_view>

#include "claimlens/report.h"

namespace claimlens {

extern const char kReportCss[];
extern const char kReportJs[];

// Appends `text` with & < > " ' as entities (safe in text and in quoted attributes).
void AppendHtmlEscaped(std::string_view text, std::string* out);
// The page up to the first article, and from the last article to the end.
void AppendHtmlHead(std::string_view title, Scale scale, std::string* out);
void AppendHtmlTail(std::string* out);
// One document: its summary, then the text with claims, cues and actors marked.
// `id` prefixes the element ids and keys of this article ("d0").
void AppendHtmlArticle(const ReportRecord& r, std::string_view id, std::string* out);
// The text of the document with every claim, cue and mention marked on its bytes.
void AppendHtmlEssay(const ReportRecord& r, std::string_view id, std::string* out);

}  // namespace claimlens
