#include "lib/io/claim_json.h"

#include <cmath>
#include <limits>

#include "absl/time/civil_time.h"
#include "fmt/format.h"

namespace crosscheck::internal {

void JsonField(std::string& out, std::string_view key, std::string_view value) {
  out += ',';
  AppendJsonString(out, key);
  out += ':';
  AppendJsonString(out, value);
}

namespace {

void Number(std::string& out, std::string_view key, double value) {
  out += ',';
  AppendJsonString(out, key);
  out += ':';
  if (std::isinf(value)) {
    AppendJsonString(out, value > 0 ? "inf" : "-inf");  // JSON has no infinity.
  } else {
    AppendJsonNumber(out, value);
  }
}

std::string Str(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->second.string() ? *it->second.string() : "";
}

double Num(const JsonObject& o, std::string_view key, double fallback = 0) {
  auto it = o.find(key);
  if (it == o.end()) return fallback;
  if (const double* d = it->second.number()) return *d;
  if (const std::string* s = it->second.string()) {
    if (*s == "inf") return std::numeric_limits<double>::infinity();
    if (*s == "-inf") return -std::numeric_limits<double>::infinity();
  }
  return fallback;
}

bool Bool(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->second.boolean() && *it->second.boolean();
}

std::optional<absl::CivilDay> Day(const JsonObject& o, std::string_view key) {
  absl::CivilDay d;
  const std::string s = Str(o, key);
  if (!s.empty() && absl::ParseCivilTime(s, &d)) return d;
  return std::nullopt;
}

template <typename E>
E FromName(std::string_view name, std::initializer_list<E> values) {
  for (E v : values) {
    if (ToString(v) == name) return v;
  }
  return *values.begin();
}

}  // namespace

std::string ClaimToJson(const Claim& c) {
  std::string o = "{\"kind\":";
  AppendJsonString(o, ToString(c.kind));
  JsonField(o, "key", c.key);
  o += fmt::format(",\"span\":[{},{}],\"sentence\":[{},{}],\"paragraph\":{},\"line\":{},"
                   "\"column\":{},\"context_begin\":{}",
                   c.span.begin, c.span.end, c.sentence.begin, c.sentence.end, c.paragraph,
                   c.line, c.column, c.context_begin);
  JsonField(o, "context", c.context);
  Number(o, "confidence", c.confidence);
  Number(o, "low", c.value.low);
  Number(o, "high", c.value.high);
  o += fmt::format(",\"low_open\":{},\"high_open\":{},\"estimate\":{}", c.value.low_open,
                   c.value.high_open, c.value_is_estimate);
  JsonField(o, "unit", c.unit);
  JsonField(o, "subject", c.subject);
  JsonField(o, "rate", c.rate);
  JsonField(o, "place", c.place);
  JsonField(o, "aspect", ToString(c.aspect));
  if (c.date) {
    JsonField(o, "date_begin", absl::FormatCivilTime(c.date->begin));
    JsonField(o, "date_end", absl::FormatCivilTime(c.date->end));
  }
  JsonField(o, "unresolved", c.unresolved);
  JsonField(o, "event", c.event);
  JsonField(o, "speaker", c.speaker);
  JsonField(o, "speaker_name", c.speaker_name);
  JsonField(o, "speaker_role", c.speaker_role);
  JsonField(o, "content", c.content);
  JsonField(o, "form", ToString(c.form));
  o += ",\"topics\":[";
  for (size_t i = 0; i < c.topics.size(); ++i) {
    if (i) o += ',';
    AppendJsonString(o, c.topics[i]);
  }
  o += ']';
  JsonField(o, "person", c.person);
  JsonField(o, "role", c.role);
  JsonField(o, "modality", ToString(c.modality));
  if (c.time) {
    JsonField(o, "time_begin", absl::FormatCivilTime(c.time->begin));
    JsonField(o, "time_end", absl::FormatCivilTime(c.time->end));
  }
  JsonField(o, "source", c.source);
  o += '}';
  return o;
}

Claim ClaimFromJson(const JsonObject& o) {
  Claim c;
  c.kind = FromName(Str(o, "kind"), {ClaimKind::kQuantity, ClaimKind::kMoney, ClaimKind::kDate,
                                     ClaimKind::kQuote, ClaimKind::kRole});
  c.key = Str(o, "key");
  auto span = [&](std::string_view key) {
    Span s;
    auto it = o.find(key);
    if (it != o.end() && it->second.array() && it->second.array()->size() == 2) {
      const auto& a = *it->second.array();
      if (a[0].number() && a[1].number()) {
        s = {static_cast<uint32_t>(*a[0].number()), static_cast<uint32_t>(*a[1].number())};
      }
    }
    return s;
  };
  c.span = span("span");
  c.sentence = span("sentence");
  c.paragraph = static_cast<uint32_t>(Num(o, "paragraph"));
  c.line = static_cast<uint32_t>(Num(o, "line"));
  c.column = static_cast<uint32_t>(Num(o, "column"));
  c.context = Str(o, "context");
  c.context_begin = static_cast<uint32_t>(Num(o, "context_begin"));
  c.confidence = Num(o, "confidence", 1);
  c.value = {Num(o, "low"), Num(o, "high"), Bool(o, "low_open"), Bool(o, "high_open")};
  c.value_is_estimate = Bool(o, "estimate");
  c.unit = Str(o, "unit");
  c.subject = Str(o, "subject");
  c.rate = Str(o, "rate");
  c.place = Str(o, "place");
  c.aspect = FromName(Str(o, "aspect"), {Aspect::kLevel, Aspect::kCumulative, Aspect::kChange, Aspect::kOccasion});
  if (auto b = Day(o, "date_begin"), e = Day(o, "date_end"); b && e) c.date = DateRange{*b, *e};
  c.unresolved = Str(o, "unresolved");
  c.event = Str(o, "event");
  c.speaker = Str(o, "speaker");
  c.speaker_name = Str(o, "speaker_name");
  c.speaker_role = Str(o, "speaker_role");
  c.content = Str(o, "content");
  c.form = FromName(Str(o, "form"), {QuoteForm::kDirect, QuoteForm::kFragment, QuoteForm::kLabel});
  if (auto it = o.find("topics"); it != o.end() && it->second.array()) {
    for (const JsonValue& t : *it->second.array()) {
      if (t.string()) c.topics.push_back(*t.string());
    }
  }
  c.person = Str(o, "person");
  c.role = Str(o, "role");
  c.modality = FromName(Str(o, "modality"), {Modality::kUnspecified, Modality::kHappened,
                                             Modality::kInitial, Modality::kPlanned,
                                             Modality::kProjected});
  if (auto b = Day(o, "time_begin"), e = Day(o, "time_end"); b && e) c.time = DateRange{*b, *e};
  c.source = Str(o, "source");
  return c;
}


}  // namespace crosscheck::internal
