// The JSON report, schema "crosscheck/1" (documented in README.md).
#include <algorithm>
#include <cmath>
#include <string>

#include "fmt/format.h"
#include "absl/time/civil_time.h"
#include "crosscheck/report.h"
#include "lib/report/stories.h"
#include "lib/io/json.h"

namespace crosscheck {
namespace {

using internal::AppendJsonNumber;
using internal::AppendJsonString;

std::string Day(absl::CivilDay d) { return absl::FormatCivilTime(d); }

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  // Writes `"key":` with the separating comma where needed.
  Writer& Key(std::string_view key) {
    Sep();
    AppendJsonString(out_, key);
    out_.push_back(':');
    pending_value_ = true;
    return *this;
  }
  Writer& Str(std::string_view s) { Sep(); AppendJsonString(out_, s); return *this; }
  Writer& Num(double v) { Sep(); AppendJsonNumber(out_, v); return *this; }
  Writer& Int(uint64_t v) { Sep(); out_ += std::to_string(v); return *this; }
  Writer& Bool(bool v) { Sep(); out_ += v ? "true" : "false"; return *this; }
  Writer& Null() { Sep(); out_ += "null"; return *this; }
  Writer& Open(char c) { Sep(); out_.push_back(c); first_ = true; return *this; }
  Writer& Close(char c) { out_.push_back(c); first_ = false; return *this; }
  Writer& SpanArr(Span s) { Open('['); Int(s.begin); Int(s.end); return Close(']'); }
  Writer& OptStr(std::string_view key, std::string_view v) {
    if (!v.empty()) Key(key).Str(v);
    return *this;
  }

 private:
  void Sep() {
    if (pending_value_) {
      pending_value_ = false;
      return;
    }
    if (!first_) out_.push_back(',');
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
  bool pending_value_ = false;
};

void WriteDateRange(Writer& w, const DateRange& r) {
  w.Open('{').Key("begin").Str(Day(r.begin)).Key("end").Str(Day(r.end)).Close('}');
}

void WriteBound(Writer& w, double v) {
  if (std::isfinite(v)) w.Num(v); else w.Null();
}

void WriteClaim(Writer& w, const DocumentResult& doc, size_t index, const Claim& c) {
  w.Open('{');
  w.Key("id").Str(fmt::format("{}#{}", doc.id, index + 1));
  w.Key("kind").Str(ToString(c.kind));
  w.Key("key").Str(c.key);
  w.Key("text").Str(ClaimWords(c, doc.text));
  w.Key("span").SpanArr(c.span);
  w.Key("sentence").SpanArr(c.sentence);
  w.Key("line").Int(c.line);
  w.Key("column").Int(c.column);
  w.Key("value").Open('{');
  switch (c.kind) {
    case ClaimKind::kQuantity:
    case ClaimKind::kMoney:
      w.Key("low"); WriteBound(w, c.value.low);
      w.Key("high"); WriteBound(w, c.value.high);
      w.Key("low_open").Bool(c.value.low_open);
      w.Key("high_open").Bool(c.value.high_open);
      w.Key(c.kind == ClaimKind::kMoney ? "currency" : "unit").Str(c.unit);
      w.OptStr("subject", c.subject);
      w.OptStr("rate", c.rate);
      w.OptStr("place", c.place);
      if (c.aspect != Aspect::kLevel) w.Key("aspect").Str(ToString(c.aspect));
      if (c.value_is_estimate) w.Key("estimate").Bool(true);
      break;
    case ClaimKind::kDate:
      if (c.date) {
        w.Key("begin").Str(Day(c.date->begin)).Key("end").Str(Day(c.date->end));
      } else {
        w.Key("begin").Null().Key("end").Null().Key("unresolved").Str(c.unresolved);
      }
      w.OptStr("event", c.event);
      break;
    case ClaimKind::kQuote:
      w.Key("speaker");
      if (c.speaker.empty()) w.Null(); else w.Str(c.speaker);
      w.Key("content").Str(c.content);
      w.Key("form").Str(ToString(c.form));
      w.Key("topics").Open('[');
      for (const std::string& t : c.topics) w.Str(t);
      w.Close(']');
      break;
    case ClaimKind::kRole:
      w.Key("person").Str(c.person).Key("role").Str(c.role);
      break;
  }
  w.Close('}');
  if (!c.speaker.empty() && c.kind != ClaimKind::kQuote) w.Key("speaker").Str(c.speaker);
  w.OptStr("speaker_name", c.speaker_name);
  w.OptStr("speaker_role", c.speaker_role);
  w.OptStr("source", c.source);
  if (c.time) {
    w.Key("time");
    WriteDateRange(w, *c.time);
  }
  if (c.modality != Modality::kUnspecified) w.Key("modality").Str(ToString(c.modality));
  w.Key("confidence").Num(c.confidence);
  w.Close('}');
}

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

}  // namespace

std::string FormatJson(const Report& report) {
  std::string out;
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
    w.Key("claims").Open('[');
    for (size_t i = 0; i < d.claims.size(); ++i) WriteClaim(w, d, i, d.claims[i]);
    claims += d.claims.size();
    w.Close(']');
    w.Close('}');
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
  for (const Finding& f : report.findings) WriteFinding(w, report, f);
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
  return out;
}

}  // namespace crosscheck
