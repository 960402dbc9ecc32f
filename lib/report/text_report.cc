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
  size_t updates = 0;
  for (const Finding& f : report.findings) {
    if (f.type == FindingType::kUpdate) {
      ++updates;
    } else {
      high += SeverityLevel(f.severity) == Severity::kHigh;
    }
  }
  std::string out = fmt::format("{} documents, {} claims, {} contradictions ({} high)",
                                report.documents.size(), claims, report.findings.size() - updates,
                                high);
  if (updates > 0) fmt::format_to(std::back_inserter(out), ", {} updates", updates);
  fmt::format_to(std::back_inserter(out), ", {} inputs skipped\n", skipped);
  return out;
}

std::string FormatText(const Report& report, const TextStyle& style) {
  Colors k;
  if (style.color) k = {"\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[0m"};
  std::string out;
  if (!style.quiet) {
    // What is wrong first; updates (a toll that rose) are information, listed apart.
    int n = 0;
    for (const bool updates : {false, true}) {
      bool heading = false;
      for (const Finding& f : report.findings) {
        if ((f.type == FindingType::kUpdate) != updates) continue;
        if (updates && !heading) {
          fmt::format_to(std::back_inserter(out), "{}Updates (information, not contradictions){}\n\n",
                         k.bold, k.reset);
          heading = true;
        }
        const Severity level = SeverityLevel(f.severity);
        const char* color = updates ? k.dim : level == Severity::kHigh ? k.red : k.yellow;
        fmt::format_to(std::back_inserter(out), "{}{}#{} {} {}, {} severity ({:.2f}){}\n  {}\n", color,
                       k.bold, ++n, ToString(f.kind), ToString(f.type), ToString(level), f.severity,
                       k.reset, f.explanation);
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
