// A self-contained HTML page: findings with both pieces of evidence side by side, the words
// in conflict marked in their sentences, and every claim per article. No scripts, no network.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <string>

#include "absl/time/civil_time.h"
#include "crosscheck/report.h"
#include "lib/base/days.h"
#include "lib/report/stories.h"
#include "fmt/format.h"
#include "lib/text/fold.h"

namespace crosscheck {
namespace {

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string Bound(double v) {
  if (std::isinf(v)) return v > 0 ? "∞" : "−∞";
  return fmt::format("{:.10g}", v);
}

std::string ValueText(const Claim& c) {
  switch (c.kind) {
    case ClaimKind::kQuantity:
    case ClaimKind::kMoney:
      return fmt::format("{}{}, {}{} {}", c.value.low_open ? '(' : '[', Bound(c.value.low),
                         Bound(c.value.high), c.value.high_open ? ')' : ']', c.unit);
    case ClaimKind::kDate:
      return c.date().range ? internal::FormatDay(c.date().range->begin) + " – " +
                                  internal::FormatDay(c.date().range->end)
                            : "unresolved: " + c.date().unresolved;
    case ClaimKind::kQuote:
      return (c.quote().speaker.empty() ? std::string("unknown speaker") : c.quote().speaker.str()) +
             ": " + c.quote().content;
    case ClaimKind::kRole:
      return c.role().person + " = " + c.role().role;
  }
  return "";
}

// Whether the code point starting at s[i] is a letter or digit: ASCII, or the Latin, Greek and
// Cyrillic blocks (lead bytes C3..D3); quotation marks and dashes are not.
bool WordCharAt(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  return std::isalnum(c) || (c >= 0xC3 && c <= 0xD3);
}

bool WordCharBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return WordCharAt(s, k);
}

// `words` escaped, with every whole-word occurrence of a term (folded) in <b class="term">.
std::string MarkTerms(std::string_view words, const std::vector<std::string>& terms) {
  const std::string folded = internal::Fold(words);  // Same length: folding keeps byte counts.
  std::vector<std::pair<size_t, size_t>> hits;
  for (const std::string& t : terms) {
    for (size_t at = folded.find(t); !t.empty() && at != std::string::npos;
         at = folded.find(t, at + 1)) {
      const size_t end = at + t.size();
      if (!WordCharBefore(folded, at) && (end == folded.size() || !WordCharAt(folded, end))) {
        hits.emplace_back(at, end);
      }
    }
  }
  std::sort(hits.begin(), hits.end());
  std::string out;
  size_t pos = 0;
  for (const auto& [b, e] : hits) {
    if (b < pos) continue;  // Overlapping terms: the first one wins.
    out += Escape(words.substr(pos, b - pos)) + "<b class=\"term\">" +
           Escape(words.substr(b, e - b)) + "</b>";
    pos = e;
  }
  return out + Escape(words.substr(pos));
}

// The sentence with the claim's words in <mark>, the words in conflict in bold within them.
std::string Marked(const DocumentResult& d, const Claim& c, const std::vector<std::string>& terms) {
  const std::string_view words = ClaimWords(c, d.text);
  const std::string_view sentence = SentenceWords(c, d.text);
  const std::string marked = "<mark>" + MarkTerms(words, terms) + "</mark>";
  if (sentence.empty() || c.span.begin < c.sentence.begin || c.span.end > c.sentence.end) {
    return marked;
  }
  const size_t at = c.span.begin - c.sentence.begin;
  return Escape(sentence.substr(0, at)) + marked + Escape(sentence.substr(at + words.size()));
}

constexpr const char* kStyle = R"(
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem}
.summary{color:#444}
.finding{border:1px solid #ccc;border-radius:8px;margin:1.2rem 0;padding:1rem}
.finding header{display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}
.badge{border-radius:4px;padding:0 .45rem;font-weight:600;font-size:.85rem;color:#fff}
.high{background:#b3261e}.medium{background:#c26100}.low{background:#6b6b6b}
.key{font-family:ui-monospace,monospace;color:#555;font-size:.85rem}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin-top:.6rem}
.side{background:#f6f6f6;border-radius:6px;padding:.6rem .8rem}
.side h3{margin:0 0 .3rem;font-size:.9rem;color:#333}
mark{background:#ffe08a;padding:0 .1rem;border-radius:2px}
.term{background:#f4a259;color:#5a1a00;padding:0 .1rem;border-radius:2px}
.meta{font-size:.8rem;color:#555}
table{border-collapse:collapse;width:100%;font-size:.85rem}
td,th{border-bottom:1px solid #e3e3e3;padding:.3rem .4rem;text-align:left;vertical-align:top}
.diag{color:#8a1c1c}
)";

// A claim's period for the qualifiers column: "per day", or a war's whole toll (rates.tsv).
std::string RateWords(std::string_view rate) {
  if (rate.empty()) return "";
  std::string words(rate);
  std::replace(words.begin(), words.end(), '_', ' ');  // "square_metre".
  return rate == "war" ? "over the whole war " : fmt::format("per {} ", words);
}

}  // namespace

std::string FormatHtml(const Report& report) {
  std::string out;
  auto sink = std::back_inserter(out);
  fmt::format_to(sink, "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>crosscheck report</title><style>{}</style></head><body>\n",
      kStyle);
  fmt::format_to(sink, "<h1>crosscheck report</h1>\n<p class=\"summary\">{}</p>\n", Escape(FormatSummary(report)));
  fmt::format_to(sink, "<h2>Contradictions</h2>\n");
  if (report.findings.empty()) fmt::format_to(sink, "<p>No contradictions found.</p>\n");
  int n = 0;
  const std::vector<internal::StoryEntry> stories = internal::StoriesOf(report);
  for (const internal::StoryEntry& story : stories) {
    // Findings by story; a heading names each story's articles once there are several.
    if (stories.size() > 1 && !story.findings.empty()) {
      std::string docs;
      for (uint32_t d : story.documents) {
        if (!docs.empty()) docs += ", ";
        docs += fmt::format("<a href=\"#doc-{0}\">{0}</a>", Escape(report.documents[d].id));
      }
      fmt::format_to(sink, "<h3 class=\"story\">Story {} <span class=\"meta\">{} articles: {}</span></h3>\n",
                     Escape(story.id.empty() ? std::string_view("-") : story.id),
                     story.documents.size(), docs);
    }
    for (uint32_t i : story.findings) {
      const Finding& f = report.findings[i];
      const std::string_view level = ToString(SeverityLevel(f.severity));
      fmt::format_to(sink, "<section class=\"finding\" id=\"finding-{}\"><header><strong>#{} {} contradiction</strong>"
          "<span class=\"badge {}\">{} {:.2f}</span><span class=\"key\">{}</span>{}</header>\n"
          "<p>{}</p><div class=\"sides\">\n",
          n + 1, n + 1, ToString(f.kind), level, level, f.severity, Escape(f.key),
          f.same_source ? "<span class=\"meta\">same source</span>" : "", Escape(f.explanation));
      ++n;
      for (int side = 0; side < 2; ++side) {
        fmt::format_to(sink, "<div class=\"side\"><h3>{}</h3>\n", side == 0 ? "One side" : "The other side");
        for (const ClaimRef& r : side == 0 ? f.side_a : f.side_b) {
          const DocumentResult& d = report.documents[r.document];
          const Claim& c = d.claims[r.claim];
          std::string meta = fmt::format("{} (line {}, column {})", Escape(d.id), c.line, c.column);
          if (!c.source.empty()) meta += " · source: " + Escape(c.source);
          if (!c.quote().speaker.empty()) meta += " · speaker: " + Escape(c.quote().speaker);
          if (c.modality != Modality::kUnspecified) meta += " · " + std::string(ToString(c.modality));
          fmt::format_to(sink, "<p>{}<br><span class=\"meta\">{}</span></p>\n", Marked(d, c, f.terms), meta);
        }
        fmt::format_to(sink, "</div>\n");
      }
      fmt::format_to(sink, "</div></section>\n");
    }
  }
  fmt::format_to(sink, "<h2>Claims by article</h2>\n");
  for (const DocumentResult& d : report.documents) {
    fmt::format_to(sink, "<h3 id=\"doc-{}\">{} <span class=\"meta\">{}{}</span></h3>\n", Escape(d.id), Escape(d.id),
        Escape(d.lang), d.published ? ", " + absl::FormatCivilTime(*d.published) : "");
    if (d.claims.empty()) {
      fmt::format_to(sink, "<p class=\"meta\">No claims.</p>\n");
      continue;
    }
    fmt::format_to(sink, "<table><tr><th>kind</th><th>evidence</th><th>value</th><th>key</th><th>qualifiers</th></tr>\n");
    for (const Claim& c : d.claims) {
      std::string q;
      if (c.modality != Modality::kUnspecified) q += std::string(ToString(c.modality)) + " ";
      q += RateWords(c.rate.View());
      if (!c.source.empty()) q += "source: " + c.source;
      fmt::format_to(sink, "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"key\">{}</td><td>{}</td></tr>\n",
          ToString(c.kind), Escape(ClaimWords(c, d.text)), Escape(ValueText(c)), Escape(c.key),
          Escape(q));
    }
    fmt::format_to(sink, "</table>\n");
  }
  if (!report.diagnostics.empty()) {
    fmt::format_to(sink, "<h2>Inputs skipped or with warnings</h2>\n<ul>\n");
    for (const Diagnostic& d : report.diagnostics) {
      fmt::format_to(sink, "<li class=\"diag\">{} {}: {}</li>\n", d.skipped ? "skipped" : "warning",
          Escape(d.input), Escape(d.message));
    }
    fmt::format_to(sink, "</ul>\n");
  }
  fmt::format_to(sink, "</body></html>\n");
  return out;
}

}  // namespace crosscheck
