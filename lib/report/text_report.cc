// The report for people: findings first, each with its evidence in context, then a summary.
#include <string>

#include <iterator>

#include "fmt/format.h"
#include "crosscheck/report.h"

namespace crosscheck {
namespace {

struct Colors {
  const char* bold = "";
  const char* red = "";
  const char* yellow = "";
  const char* dim = "";
  const char* reset = "";
};

// 1-based line and column (in code points) of byte `offset`.
std::pair<size_t, size_t> LineColumn(std::string_view text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {line, col};
}

std::string Location(const DocumentResult& d, Span s) {
  auto [line, col] = LineColumn(d.text, s.begin);
  return fmt::format("{}:{}:{}", d.origin.empty() ? d.id : d.origin, line, col);
}

// The sentence with the claim's words marked.
std::string InContext(const DocumentResult& d, const Claim& c, const Colors& k) {
  const std::string_view text = d.text;
  Span s = c.sentence;
  if (s.size() == 0 || c.span.begin < s.begin || c.span.end > s.end) s = c.span;
  return fmt::format("{}{}[{}]{}{}", text.substr(s.begin, c.span.begin - s.begin), k.bold,
                     c.span.Of(text), k.reset, text.substr(c.span.end, s.end - c.span.end));
}

}  // namespace

std::string FormatSummary(const Report& report) {
  size_t claims = 0, skipped = 0, high = 0;
  for (const DocumentResult& d : report.documents) claims += d.claims.size();
  for (const Diagnostic& d : report.diagnostics) skipped += d.skipped;
  for (const Finding& f : report.findings) high += SeverityLevel(f.severity) == Severity::kHigh;
  return fmt::format("{} documents, {} claims, {} contradictions ({} high), {} inputs skipped\n",
                     report.documents.size(), claims, report.findings.size(), high, skipped);
}

std::string FormatText(const Report& report, const TextStyle& style) {
  Colors k;
  if (style.color) k = {"\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[0m"};
  std::string out;
  if (!style.quiet) {
    int n = 0;
    for (const Finding& f : report.findings) {
      const Severity level = SeverityLevel(f.severity);
      fmt::format_to(std::back_inserter(out), "{}{}#{} {} contradiction, {} severity ({:.2f}){}  {}{}{}\n  {}\n",
                     level == Severity::kHigh ? k.red : k.yellow, k.bold, ++n, ToString(f.kind),
                     ToString(level), f.severity, k.reset, k.dim, f.key, k.reset, f.explanation);
      for (int side = 0; side < 2; ++side) {
        for (const ClaimRef& r : side == 0 ? f.side_a : f.side_b) {
          const DocumentResult& d = report.documents[r.document];
          const Claim& c = d.claims[r.claim];
          fmt::format_to(std::back_inserter(out), "  {} {}: {}\n", side == 0 ? "A" : "B",
                         Location(d, c.span), InContext(d, c, k));
        }
      }
      out += "\n";
    }
    for (const Diagnostic& d : report.diagnostics) {
      fmt::format_to(std::back_inserter(out), "{}{}{} {}: {}\n", k.dim,
                     d.skipped ? "skipped" : "warning", k.reset, d.input, d.message);
    }
  }
  out += FormatSummary(report);
  return out;
}

}  // namespace crosscheck
