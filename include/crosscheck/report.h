// Rendering a Report for people (text, HTML) and programs (JSON, schema "crosscheck/1").
// Output is deterministic: the same report gives byte-identical output.
#ifndef CROSSCHECK_REPORT_H_
#define CROSSCHECK_REPORT_H_

#include <iosfwd>
#include <string>

#include "crosscheck/types.h"

namespace crosscheck {

struct TextStyle {
  bool color = false;  // ANSI colours, for terminals.
  bool quiet = false;  // Only the summary line.
};

std::string FormatText(const Report& report, const TextStyle& style = {});
// FormatText's bytes, written to `out` in pieces formatted on all cores, never held whole.
void WriteText(const Report& report, std::ostream& out, const TextStyle& style = {});
std::string FormatJson(const Report& report);
// FormatJson's bytes, written to `out` a mebibyte at a time instead of held whole.
void WriteJson(const Report& report, std::ostream& out);
// One self-contained HTML page (no scripts, no external resources).
std::string FormatHtml(const Report& report);

// The one-line summary at the end of the text report.
std::string FormatSummary(const Report& report);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_H_
