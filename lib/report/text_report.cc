// The report for people: findings first, each with its evidence in context, then a summary.
#include <string>

#include <iterator>

#include "fmt/format.h"
#include "crosscheck/report.h"
#include "lib/report/stories.h"

namespace crosscheck {
namespace {

struct Colors {
  const char* bold = "";
  const char* red = "";
  const char* yellow = "";
  const char* dim = "";
  const char* reset = "";
};

// Where the claim is: "origin:line:column".
void AppendLocation(std::string& out, const DocumentResult& d, const Claim& c) {
  fmt::format_to(std::back_inserter(out), "{}:{}:{}", d.origin.empty() ? d.id : d.origin, c.line,
                 c.column);
}

// The sentence with the claim's words marked. Appended piece by piece: a report of a large
// run quotes millions of claims, and a string per piece was half its cost.
void AppendInContext(std::string& out, const DocumentResult& d, const Claim& c,
                     const Colors& k) {
  const std::string_view words = ClaimWords(c, d.text);
  const std::string_view sentence = SentenceWords(c, d.text);
  const bool whole = c.span.begin < c.sentence.begin || c.span.end > c.sentence.end ||
                     sentence.empty();
  const size_t at = whole ? 0 : c.span.begin - c.sentence.begin;
  if (!whole) out.append(sentence.substr(0, at));
  out.append(k.bold);
  out += '[';
  out.append(words);
  out += ']';
  out.append(k.reset);
  if (!whole) out.append(sentence.substr(at + words.size()));
}

void StoryHeading(std::string& out, const Report& report, const internal::StoryEntry& story,
                  const Colors& k) {
  fmt::format_to(std::back_inserter(out), "{}== Story {} ({} articles:", k.bold,
                 story.id.empty() ? "-" : story.id, story.documents.size());
  constexpr size_t kNamed = 12;  // A long story names its first articles and counts the rest.
  for (size_t i = 0; i < story.documents.size() && i < kNamed; ++i) {
    fmt::format_to(std::back_inserter(out), " {}", report.documents[story.documents[i]].id);
  }
  if (story.documents.size() > kNamed) {
    fmt::format_to(std::back_inserter(out), " and {} more", story.documents.size() - kNamed);
  }
  fmt::format_to(std::back_inserter(out), ") =={}\n\n", k.reset);
}

void FindingText(std::string& out, const Report& report, const Finding& f, int n,
                 const Colors& k) {
  const bool update = f.type == FindingType::kUpdate;
  const Severity level = SeverityLevel(f.severity);
  const char* color = update ? k.dim : level == Severity::kHigh ? k.red : k.yellow;
  fmt::format_to(std::back_inserter(out), "{}{}#{} {} {}, {} severity ({:.2f}){}\n  {}\n", color,
                 k.bold, n, ToString(f.kind), ToString(f.type), ToString(level), f.severity,
                 k.reset, f.explanation);
  for (int side = 0; side < 2; ++side) {
    for (const ClaimRef& r : side == 0 ? f.side_a : f.side_b) {
      const DocumentResult& d = report.documents[r.document];
      const Claim& c = d.claims[r.claim];
      out.append(side == 0 ? "  A " : "  B ");
      AppendLocation(out, d, c);
      out.append(": ");
      AppendInContext(out, d, c, k);
      out += '\n';
    }
  }
  out += "\n";
}

// About the size of the report, so that its string is allocated once: growing a report of
// 100 MB by doubling copied it and faulted its pages in again at every step, half the cost of
// formatting it. Evidence lines are the claim's sentence and location; reserving a little too
// much costs only address space, since pages are faulted in as they are written.
size_t SizeEstimate(const Report& report) {
  size_t n = 1024 + report.diagnostics.size() * 160;
  for (const Finding& f : report.findings) {
    n += 96 + f.explanation.size() + (f.side_a.size() + f.side_b.size()) * 240;
  }
  return n;
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
  out.reserve(SizeEstimate(report));
  if (!style.quiet) {
    // What is wrong first; updates (a toll that rose) are information, listed apart.
    int n = 0;
    // Findings by story; a heading names each story's articles once there are several.
    const std::vector<internal::StoryEntry> stories = internal::StoriesOf(report);
    for (const bool updates : {false, true}) {
      bool heading = false;
      for (const internal::StoryEntry& story : stories) {
        bool story_heading = false;
        for (uint32_t i : story.findings) {
          const Finding& f = report.findings[i];
          if ((f.type == FindingType::kUpdate) != updates) continue;
          if (updates && !heading) {
            fmt::format_to(std::back_inserter(out), "{}Updates (information, not contradictions){}\n\n",
                           k.bold, k.reset);
            heading = true;
          }
          if (stories.size() > 1 && !story_heading) StoryHeading(out, report, story, k);
          story_heading = true;
          FindingText(out, report, f, ++n, k);
        }
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
