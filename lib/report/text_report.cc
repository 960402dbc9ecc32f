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

std::string Location(const DocumentResult& d, const Claim& c) {
  return fmt::format("{}:{}:{}", d.origin.empty() ? d.id : d.origin, c.line, c.column);
}

// The sentence with the claim's words marked.
std::string InContext(const DocumentResult& d, const Claim& c, const Colors& k) {
  const std::string_view words = ClaimWords(c, d.text);
  const std::string_view sentence = SentenceWords(c, d.text);
  if (c.span.begin < c.sentence.begin || c.span.end > c.sentence.end || sentence.empty()) {
    return fmt::format("{}[{}]{}", k.bold, words, k.reset);
  }
  const size_t at = c.span.begin - c.sentence.begin;
  return fmt::format("{}{}[{}]{}{}", sentence.substr(0, at), k.bold, words, k.reset,
                     sentence.substr(at + words.size()));
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
                         Location(d, c), InContext(d, c, k));
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
