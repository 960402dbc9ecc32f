// The JSON report, schema "crosscheck/1" (documented in README.md).
#include <algorithm>
#include <ostream>
#include <string>

#include "fmt/format.h"
#include "absl/time/civil_time.h"
#include "crosscheck/report.h"
#include "lib/report/stories.h"
#include "lib/io/claim_json.h"
#include "lib/io/json_writer.h"

namespace crosscheck {
namespace {

std::string Day(absl::CivilDay d) { return absl::FormatCivilTime(d); }

using Writer = internal::JsonWriter;

void WriteFinding(Writer& w, const Report& report, const Finding& f) {
  w.Open('{');
  w.Key("kind").Str(ToString(f.kind));
  w.Key("type").Str(ToString(f.type));
  w.Key("key").Str(f.key);
  w.Key("severity").Num(f.severity);
  w.Key("level").Str(ToString(SeverityLevel(f.severity)));
  w.Key("confidence").Num(f.confidence);
  w.Key("same_source").Bool(f.same_source);
  w.Key("explanation").Str(f.explanation);
  if (!f.terms.empty()) {
    w.Key("terms").Open('[');
    for (const std::string& t : f.terms) w.Str(t);
    w.Close(']');
  }
  w.Key("claims").Open('[');
  for (int side = 0; side < 2; ++side) {
    for (const ClaimRef& r : side == 0 ? f.side_a : f.side_b) {
      const DocumentResult& d = report.documents[r.document];
      const Claim& c = d.claims[r.claim];
      w.Open('{');
      w.Key("side").Str(side == 0 ? "a" : "b");
      w.Key("document").Str(d.id);
      w.Key("claim").Str(fmt::format("{}#{}", d.id, r.claim + 1));
      w.Key("span").SpanArr(c.span);
      w.Key("text").Str(ClaimWords(c, d.text));
      w.Key("sentence").Str(SentenceWords(c, d.text));
      w.Close('}');
    }
  }
  w.Close(']');
  w.Close('}');
}

// Writes into `out`, handing it to `flush` after each document and finding once it holds a
// mebibyte: a report of 100,000 articles is over a gigabyte, and a stream need not hold it.
template <typename Flush>
void WriteReport(const Report& report, std::string& out, Flush flush) {
  constexpr size_t kChunk = size_t{1} << 20;
  Writer w(out);
  w.Open('{');
  w.Key("schema").Str("crosscheck/1");
  size_t claims = 0;
  w.Key("documents").Open('[');
  for (const DocumentResult& d : report.documents) {
    w.Open('{');
    w.Key("id").Str(d.id);
    w.Key("lang").Str(d.lang);
    w.Key("published");
    if (d.published) w.Str(Day(*d.published)); else w.Null();
    w.OptStr("source", d.source);
    w.OptStr("url", d.url);
    w.OptStr("origin", d.origin);
    w.OptStr("story", d.story);
    w.OptStr("home", d.home);
    w.Key("claims").Open('[');
    for (size_t i = 0; i < d.claims.size(); ++i) {
      internal::WriteClaimJson(w, d.claims[i], fmt::format("{}#{}", d.id, i + 1), d.text,
                               internal::ClaimFields::kReport);
    }
    claims += d.claims.size();
    w.Close(']');
    w.Close('}');
    if (out.size() >= kChunk) flush(out);
  }
  w.Close(']');
  w.Key("stories").Open('[');
  for (const internal::StoryEntry& story : internal::StoriesOf(report)) {
    if (story.id.empty()) continue;  // Documents reconciled without stories.
    w.Open('{').Key("id").Str(story.id).Key("documents").Open('[');
    for (uint32_t d : story.documents) w.Str(report.documents[d].id);
    w.Close(']').Close('}');
  }
  w.Close(']');
  // Every finding, updates (a toll that rose) included: "type" tells them apart.
  w.Key("findings").Open('[');
  for (const Finding& f : report.findings) {
    WriteFinding(w, report, f);
    if (out.size() >= kChunk) flush(out);
  }
  w.Close(']');
  w.Key("diagnostics").Open('[');
  size_t skipped = 0;
  for (const Diagnostic& d : report.diagnostics) {
    w.Open('{').Key("input").Str(d.input).Key("message").Str(d.message).Key("skipped").Bool(d.skipped).Close('}');
    skipped += d.skipped;
  }
  w.Close(']');
  w.Key("summary").Open('{');
  w.Key("inputs").Int(report.inputs);
  w.Key("documents").Int(report.documents.size());
  w.Key("skipped").Int(skipped);
  w.Key("claims").Int(claims);
  const size_t updates = std::count_if(report.findings.begin(), report.findings.end(),
                                      [](const Finding& f) { return f.type == FindingType::kUpdate; });
  w.Key("findings").Int(report.findings.size());
  w.Key("updates").Int(updates);
  w.Close('}');
  w.Close('}');
  out.push_back('\n');
  flush(out);
}

}  // namespace

std::string FormatJson(const Report& report) {
  std::string out;
  WriteReport(report, out, [](std::string&) {});
  return out;
}

void WriteJson(const Report& report, std::ostream& stream) {
  std::string out;
  WriteReport(report, out, [&stream](std::string& chunk) {
    stream.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.clear();
  });
}

}  // namespace crosscheck
