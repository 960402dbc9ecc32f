#include "lib/io/claim_json.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "absl/time/civil_time.h"
#include "lib/base/days.h"

namespace crosscheck::internal {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string Day(absl::CivilDay d) { return FormatDay(d); }

void WriteBound(JsonWriter& w, double v) {
  if (std::isfinite(v)) w.Num(v); else w.Null();  // JSON has no infinity: unbounded is null.
}

void WriteValue(JsonWriter& w, const Claim& c, ClaimFields fields) {
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
      if (c.value_is_part) w.Key("part").Bool(true);
      if (c.value_in_projection_report) w.Key("projection_report").Bool(true);
      break;
    case ClaimKind::kDate:
      if (const DateFields& d = c.date(); d.range) {
        w.Key("begin").Str(Day(d.range->begin)).Key("end").Str(Day(d.range->end));
      } else {
        w.Key("begin").Null().Key("end").Null().Key("unresolved").Str(d.unresolved);
      }
      w.OptStr("event", c.date().event);
      // The subject a date's key names ("date/deployment/north_korea"); the report shows the key.
      if (fields == ClaimFields::kRestorable) w.OptStr("subject", c.subject);
      break;
    case ClaimKind::kQuote:
      w.Key("speaker");
      if (c.quote().speaker.empty()) w.Null(); else w.Str(c.quote().speaker);
      w.Key("content").Str(c.quote().content);
      w.Key("form").Str(ToString(c.form));
      w.Key("topics").Open('[');
      for (std::string_view t : c.quote().topics) w.Str(t);
      w.Close(']');
      break;
    case ClaimKind::kRole:
      w.Key("person").Str(c.role().person).Key("role").Str(c.role().role);
      break;
  }
  w.Close('}');
}

// The claim's context, taken from the document's text when the claim does not carry it.
void WriteEvidence(JsonWriter& w, const Claim& c, std::string_view text) {
  uint32_t begin = c.context_begin;
  std::string_view context = c.context;
  if (context.empty() && !text.empty()) {
    begin = std::min(c.span.begin, c.sentence.begin);
    const uint32_t end = std::max(c.span.end, c.sentence.end);
    context = text.substr(begin, end - begin);
  }
  w.Key("paragraph").Int(c.paragraph);
  w.Key("context_begin").Int(begin);
  w.Key("context").Str(context);
}

// Field readers: a missing or mistyped field reads as the claim's default.
std::string Str(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->second.string() ? *it->second.string() : "";
}

// A number; null or missing is `fallback`; "inf"/"-inf" are the flat form's infinities.
double Num(const JsonObject& o, std::string_view key, double fallback = 0) {
  auto it = o.find(key);
  if (it == o.end()) return fallback;
  if (const double* d = it->second.number()) return *d;
  if (const std::string* s = it->second.string()) {
    if (*s == "inf") return kInf;
    if (*s == "-inf") return -kInf;
  }
  return fallback;
}

bool Bool(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->second.boolean() && *it->second.boolean();
}

std::optional<absl::CivilDay> DayOf(const JsonObject& o, std::string_view key) {
  absl::CivilDay d;
  const std::string s = Str(o, key);
  if (!s.empty() && ParseDay(s, &d)) return d;
  return std::nullopt;
}

std::optional<DateRange> RangeOf(const JsonObject& o, std::string_view begin,
                                 std::string_view end) {
  auto b = DayOf(o, begin), e = DayOf(o, end);
  if (b && e) return DateRange{*b, *e};
  return std::nullopt;
}

const JsonObject* ObjectOf(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  return it == o.end() ? nullptr : it->second.object();
}

Span SpanOf(const JsonObject& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end() || !it->second.array() || it->second.array()->size() != 2) return {};
  const JsonArray& a = *it->second.array();
  if (!a[0].number() || !a[1].number()) return {};
  return {static_cast<uint32_t>(*a[0].number()), static_cast<uint32_t>(*a[1].number())};
}

std::vector<std::string> Strings(const JsonObject& o, std::string_view key) {
  std::vector<std::string> out;
  auto it = o.find(key);
  if (it == o.end() || !it->second.array()) return out;
  for (const JsonValue& t : *it->second.array()) {
    if (t.string()) out.push_back(*t.string());
  }
  return out;
}

template <typename E>
E FromName(std::string_view name, std::initializer_list<E> values) {
  for (E v : values) {
    if (ToString(v) == name) return v;
  }
  return *values.begin();
}

ClaimKind KindOf(const JsonObject& o) {
  return FromName(Str(o, "kind"), {ClaimKind::kQuantity, ClaimKind::kMoney, ClaimKind::kDate,
                                   ClaimKind::kQuote, ClaimKind::kRole});
}
Aspect AspectOf(const JsonObject& o) {
  return FromName(Str(o, "aspect"),
                  {Aspect::kLevel, Aspect::kCumulative, Aspect::kChange, Aspect::kOccasion});
}
QuoteForm FormOf(const JsonObject& o) {
  return FromName(Str(o, "form"), {QuoteForm::kDirect, QuoteForm::kFragment, QuoteForm::kLabel});
}
Modality ModalityOf(const JsonObject& o) {
  return FromName(Str(o, "modality"), {Modality::kUnspecified, Modality::kHappened,
                                       Modality::kInitial, Modality::kPlanned,
                                       Modality::kProjected, Modality::kLatest});
}

// Who a quote is by, or the name a role's holder goes by; kept for those two kinds only.
void ReadSpeaker(const JsonObject& o, Claim& c) {
  if (c.kind == ClaimKind::kQuote) {
    QuoteFields& q = c.mutable_quote();
    q.speaker = Str(o, "speaker");
    q.speaker_name = Str(o, "speaker_name");
    q.speaker_role = Str(o, "speaker_role");
  } else if (c.kind == ClaimKind::kRole) {
    c.mutable_role().speaker_name = Str(o, "speaker_name");
  }
}

// The fields every kind has, in both forms.
void ReadCommon(const JsonObject& o, Claim& c) {
  c.kind = KindOf(o);
  c.key = Str(o, "key");
  c.span = SpanOf(o, "span");
  c.sentence = SpanOf(o, "sentence");
  c.paragraph = static_cast<uint32_t>(Num(o, "paragraph"));
  c.line = static_cast<uint32_t>(Num(o, "line"));
  c.column = static_cast<uint32_t>(Num(o, "column"));
  c.context = Str(o, "context");
  c.context_begin = static_cast<uint32_t>(Num(o, "context_begin"));
  c.confidence = Num(o, "confidence", 1);
  ReadSpeaker(o, c);
  c.modality = ModalityOf(o);
  c.source = Str(o, "source");
}

// The parts of a claim by kind, from `v`: the "value" object of the report's encoding, or the
// claim object itself in the flat form (which names a few fields otherwise).
void ReadFigure(const JsonObject& v, Claim& c, std::string_view unit) {
  c.value = {Num(v, "low", -kInf), Num(v, "high", kInf), Bool(v, "low_open"),
             Bool(v, "high_open")};
  c.unit = Str(v, unit);
  c.subject = Str(v, "subject");
  c.rate = Str(v, "rate");
  c.place = Str(v, "place");
  c.aspect = AspectOf(v);
  c.value_is_estimate = Bool(v, "estimate");
  c.value_is_part = Bool(v, "part");
  c.value_in_projection_report = Bool(v, "projection_report");
}

void ReadDate(const JsonObject& v, Claim& c, std::string_view begin, std::string_view end) {
  DateFields& d = c.mutable_date();
  d.range = RangeOf(v, begin, end);
  d.unresolved = Str(v, "unresolved");
  d.event = Str(v, "event");
  c.subject = Str(v, "subject");
}

void ReadQuote(const JsonObject& v, Claim& c) {
  QuoteFields& q = c.mutable_quote();
  q.speaker = Str(v, "speaker");
  q.content = Str(v, "content");
  c.form = FormOf(v);
  q.topics = Strings(v, "topics");
}

void ReadRole(const JsonObject& v, Claim& c) {
  RoleFields& r = c.mutable_role();
  r.person = Str(v, "person");
  r.role = Str(v, "role");
}

void ReadValue(const JsonObject& v, Claim& c) {
  switch (c.kind) {
    case ClaimKind::kQuantity: return ReadFigure(v, c, "unit");
    case ClaimKind::kMoney: return ReadFigure(v, c, "currency");
    case ClaimKind::kDate: return ReadDate(v, c, "begin", "end");
    case ClaimKind::kQuote: return ReadQuote(v, c);
    case ClaimKind::kRole: return ReadRole(v, c);
  }
}

// The flat object claims JSON Lines and claim stores held before the report's encoding was
// the only one: every field of every kind at the top level.
void ReadFlat(const JsonObject& o, Claim& c) {
  ReadFigure(o, c, "unit");
  if (c.kind == ClaimKind::kDate) ReadDate(o, c, "date_begin", "date_end");
  if (c.kind == ClaimKind::kQuote) ReadQuote(o, c);
  if (c.kind == ClaimKind::kRole) ReadRole(o, c);
  c.time = RangeOf(o, "time_begin", "time_end");
}

}  // namespace

void WriteClaimJson(JsonWriter& w, const Claim& c, std::string_view id,
                    std::string_view document_text, ClaimFields fields) {
  w.Open('{');
  w.Key("id").Str(id);
  w.Key("kind").Str(ToString(c.kind));
  w.Key("key").Str(c.key);
  w.Key("text").Str(ClaimWords(c, document_text));
  w.Key("span").SpanArr(c.span);
  w.Key("sentence").SpanArr(c.sentence);
  w.Key("line").Int(c.line);
  w.Key("column").Int(c.column);
  WriteValue(w, c, fields);
  w.OptStr("speaker_name", c.speaker_name());
  w.OptStr("speaker_role", c.quote().speaker_role);
  w.OptStr("source", c.source);
  if (c.time) {
    w.Key("time").Open('{');
    w.Key("begin").Str(Day(c.time->begin)).Key("end").Str(Day(c.time->end)).Close('}');
  }
  if (c.modality != Modality::kUnspecified) w.Key("modality").Str(ToString(c.modality));
  w.Key("confidence").Num(c.confidence);
  if (fields == ClaimFields::kRestorable) WriteEvidence(w, c, document_text);
  w.Close('}');
}

std::string ClaimToJson(const Claim& claim, std::string_view id, std::string_view document_text) {
  std::string out;
  JsonWriter w(out);
  WriteClaimJson(w, claim, id, document_text, ClaimFields::kRestorable);
  return out;
}

Claim ClaimFromJson(const JsonObject& o) {
  Claim c;
  ReadCommon(o, c);
  if (const JsonObject* value = ObjectOf(o, "value")) {
    ReadValue(*value, c);
    if (const JsonObject* time = ObjectOf(o, "time")) c.time = RangeOf(*time, "begin", "end");
  } else {
    ReadFlat(o, c);
  }
  return c;
}

}  // namespace crosscheck::internal
