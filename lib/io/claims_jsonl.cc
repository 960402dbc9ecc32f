#include <cmath>
#include <limits>
#include <string>

#include "absl/time/civil_time.h"
#include "crosscheck/claims_io.h"
#include "fmt/format.h"
#include "lib/io/json.h"
#include "lib/text/string_map.h"

namespace crosscheck {
namespace {

using internal::AppendJsonNumber;
using internal::AppendJsonString;
using internal::JsonObject;
using internal::JsonValue;

void Field(std::string& out, std::string_view key, std::string_view value) {
  out += ',';
  AppendJsonString(out, key);
  out += ':';
  AppendJsonString(out, value);
}

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

std::string ClaimJson(const Claim& c) {
  std::string o = "{\"kind\":";
  AppendJsonString(o, ToString(c.kind));
  Field(o, "key", c.key);
  o += fmt::format(",\"span\":[{},{}],\"sentence\":[{},{}],\"paragraph\":{},\"line\":{},"
                   "\"column\":{},\"context_begin\":{}",
                   c.span.begin, c.span.end, c.sentence.begin, c.sentence.end, c.paragraph,
                   c.line, c.column, c.context_begin);
  Field(o, "context", c.context);
  Number(o, "confidence", c.confidence);
  Number(o, "low", c.value.low);
  Number(o, "high", c.value.high);
  o += fmt::format(",\"low_open\":{},\"high_open\":{},\"estimate\":{}", c.value.low_open,
                   c.value.high_open, c.value_is_estimate);
  Field(o, "unit", c.unit);
  Field(o, "subject", c.subject);
  Field(o, "rate", c.rate);
  if (c.date) {
    Field(o, "date_begin", absl::FormatCivilTime(c.date->begin));
    Field(o, "date_end", absl::FormatCivilTime(c.date->end));
  }
  Field(o, "unresolved", c.unresolved);
  Field(o, "event", c.event);
  Field(o, "speaker", c.speaker);
  Field(o, "speaker_name", c.speaker_name);
  Field(o, "speaker_role", c.speaker_role);
  Field(o, "content", c.content);
  Field(o, "form", ToString(c.form));
  o += ",\"topics\":[";
  for (size_t i = 0; i < c.topics.size(); ++i) {
    if (i) o += ',';
    AppendJsonString(o, c.topics[i]);
  }
  o += ']';
  Field(o, "person", c.person);
  Field(o, "role", c.role);
  Field(o, "modality", ToString(c.modality));
  if (c.time) {
    Field(o, "time_begin", absl::FormatCivilTime(c.time->begin));
    Field(o, "time_end", absl::FormatCivilTime(c.time->end));
  }
  Field(o, "source", c.source);
  o += '}';
  return o;
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

Claim ClaimFrom(const JsonObject& o) {
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

}  // namespace

std::string FormatClaimsJsonl(const Report& report) {
  std::string out;
  for (const DocumentResult& d : report.documents) {
    std::string head = "{\"document\":";
    AppendJsonString(head, d.id);
    Field(head, "lang", d.lang);
    if (d.published) Field(head, "published", absl::FormatCivilTime(*d.published));
    Field(head, "source", d.source);
    Field(head, "url", d.url);
    Field(head, "origin", d.origin);
    if (d.claims.empty()) {
      out += head + ",\"claim\":null}\n";
      continue;
    }
    for (const Claim& c : d.claims) out += head + ",\"claim\":" + ClaimJson(c) + "}\n";
  }
  return out;
}

uint64_t ReadClaimsJsonl(std::istream& in, const std::string& name,
                         std::vector<DocumentResult>& documents,
                         std::vector<Diagnostic>& diagnostics) {
  internal::StringMap<size_t> index;  // Document id -> position in `documents`.
  for (size_t i = 0; i < documents.size(); ++i) index[documents[i].id] = i;
  std::string line;
  uint64_t lines = 0;
  for (uint64_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++lines;
    const std::string where = fmt::format("{}:{}", name, n);
    absl::StatusOr<JsonValue> v = internal::ParseJson(line);
    if (!v.ok() || v->object() == nullptr) {
      diagnostics.push_back({where, v.ok() ? "expected a JSON object"
                                           : fmt::format("malformed JSON: {}",
                                                         std::string(v.status().message())),
                             true});
      continue;
    }
    const JsonObject& o = *v->object();
    const std::string id = Str(o, "document");
    if (id.empty()) {
      diagnostics.push_back({where, "missing field \"document\"", true});
      continue;
    }
    auto [it, inserted] = index.emplace(id, documents.size());
    if (inserted) {
      DocumentResult d;
      d.id = id;
      d.lang = Str(o, "lang");
      d.published = Day(o, "published");
      d.source = Str(o, "source");
      d.url = Str(o, "url");
      d.origin = Str(o, "origin");
      documents.push_back(std::move(d));
    }
    auto claim = o.find("claim");
    if (claim == o.end() || claim->second.is_null()) continue;
    if (claim->second.object() == nullptr) {
      diagnostics.push_back({where, "field \"claim\" must be an object or null", true});
      continue;
    }
    documents[it->second].claims.push_back(ClaimFrom(*claim->second.object()));
  }
  return lines;
}

}  // namespace crosscheck
