#include "python/src/codec.h"

#include <cstring>

#include "python/src/common.h"

namespace crosscheck::python {

#if defined(__x86_64__) && defined(__GLIBCXX__)
// A new field changes the size: write and read it below, then update the size.
static_assert(sizeof(crosscheck::Claim) == 144, "Claim changed: update the codec");
static_assert(sizeof(DocumentResult) == 328, "DocumentResult changed: update the codec");
static_assert(sizeof(Finding) == 168, "Finding changed: update the codec");
#endif

namespace {
const absl::CivilDay kEpoch(1970, 1, 1);
}

void Encoder::Day(const std::optional<absl::CivilDay>& d) {
  U32(d ? 1 : 0);
  if (d) I64((*d - kEpoch));
}

void Encoder::Range(const std::optional<DateRange>& r) {
  U32(r ? 1 : 0);
  if (r) {
    I64((r->begin - kEpoch));
    I64((r->end - kEpoch));
  }
}

void Encoder::Claim(const crosscheck::Claim& c) {
  U32(static_cast<uint32_t>(c.kind));
  Str(c.key);
  for (uint32_t v : {c.span.begin, c.span.end, c.sentence.begin, c.sentence.end, c.paragraph,
                     c.line, c.column, c.context_begin}) {
    U32(v);
  }
  Str(c.context);
  F64(c.confidence);
  F64(c.value.low);
  F64(c.value.high);
  U32(c.value.low_open | c.value.high_open << 1 | c.value_is_estimate << 2 |
      c.value_is_part << 3 | c.value_is_interim << 4 | c.value_in_projection_report << 5);
  for (const SharedString* s : {&c.unit, &c.subject, &c.rate, &c.place}) Str(*s);
  U32(static_cast<uint32_t>(c.aspect));
  // Every kind's fields, empty where the claim is of another kind.
  const DateFields& date = c.date();
  const QuoteFields& quote = c.quote();
  Range(date.range);
  for (const SharedString* s : {&date.unresolved, &date.event, &quote.speaker, &c.speaker_name(),
                               &quote.speaker_role, &quote.content}) {
    Str(*s);
  }
  U32(static_cast<uint32_t>(c.form));
  U32(static_cast<uint32_t>(quote.topics.size()));
  for (std::string_view t : quote.topics) Str(t);
  Str(c.role().person);
  Str(c.role().role);
  U32(static_cast<uint32_t>(c.modality));
  Range(c.time);
  Str(c.source);
  for (const StringList* list : {&quote.quote_words, &quote.quote_numbers,
                                 &quote.quote_negations, &quote.quote_opposites}) {
    U32(static_cast<uint32_t>(list->size()));
    for (std::string_view t : *list) Str(t);
  }
}

void Encoder::Header(const DocumentResult& d) {
  Str(d.id);
  Str(d.lang);
  Day(d.published);
  Str(d.source);
  Str(d.url);
  Str(d.origin);
  Str(d.story);
  Str(d.home);
  U32(static_cast<uint32_t>(d.story_terms.size()));
  for (uint64_t t : d.story_terms) {
    U32(static_cast<uint32_t>(t));
    U32(static_cast<uint32_t>(t >> 32));
  }
}

void Encoder::Diagnostic(const crosscheck::Diagnostic& d) {
  Str(d.input);
  Str(d.message);
  U32(d.skipped);
}

void Decoder::Raw(void* p, size_t n) {
  if (in_.size() < n) throw py::value_error("crosscheck: truncated intermediate record");
  std::memcpy(p, in_.data(), n);
  in_.remove_prefix(n);
}

std::string Decoder::Str() {
  const uint32_t n = U32();
  if (in_.size() < n) throw py::value_error("crosscheck: truncated intermediate record");
  std::string s(in_.substr(0, n));
  in_.remove_prefix(n);
  return s;
}

StringList Decoder::Strings() {
  std::vector<std::string> strings;  // Then one block of their size.
  for (uint32_t n = U32(); n > 0; --n) strings.push_back(Str());
  return strings;
}

std::optional<absl::CivilDay> Decoder::Day() {
  if (U32() == 0) return std::nullopt;
  return kEpoch + I64();
}

std::optional<DateRange> Decoder::Range() {
  if (U32() == 0) return std::nullopt;
  const absl::CivilDay begin = kEpoch + I64();
  const absl::CivilDay end = kEpoch + I64();
  return DateRange{begin, end};
}

crosscheck::Claim Decoder::Claim() {
  crosscheck::Claim c;
  c.kind = static_cast<ClaimKind>(U32());
  c.key = Str();
  for (uint32_t* v : {&c.span.begin, &c.span.end, &c.sentence.begin, &c.sentence.end,
                      &c.paragraph, &c.line, &c.column, &c.context_begin}) {
    *v = U32();
  }
  c.context = Str();
  c.confidence = F64();
  c.value.low = F64();
  c.value.high = F64();
  const uint32_t flags = U32();
  c.value.low_open = flags & 1;
  c.value.high_open = flags & 2;
  c.value_is_estimate = flags & 4;
  c.value_is_part = flags & 8;
  c.value_is_interim = flags & 16;
  c.value_in_projection_report = flags & 32;
  for (SharedString* s : {&c.unit, &c.subject, &c.rate, &c.place}) *s = Str();
  c.aspect = static_cast<Aspect>(U32());
  // Read as every kind's, kept as the claim's kind's.
  DateFields date;
  QuoteFields quote;
  RoleFields role;
  date.range = Range();
  for (SharedString* s : {&date.unresolved, &date.event, &quote.speaker, &quote.speaker_name,
                         &quote.speaker_role, &quote.content}) {
    *s = Str();
  }
  role.speaker_name = quote.speaker_name;
  c.form = static_cast<QuoteForm>(U32());
  quote.topics = Strings();
  role.person = Str();
  role.role = Str();
  c.modality = static_cast<Modality>(U32());
  c.time = Range();
  c.source = Str();
  for (StringList* list : {&quote.quote_words, &quote.quote_numbers, &quote.quote_negations,
                           &quote.quote_opposites}) {
    *list = Strings();
  }
  if (c.kind == ClaimKind::kDate) c.mutable_date() = std::move(date);
  if (c.kind == ClaimKind::kQuote) c.mutable_quote() = std::move(quote);
  if (c.kind == ClaimKind::kRole) c.mutable_role() = std::move(role);
  return c;
}

void Decoder::Header(DocumentResult& d) {
  d.id = Str();
  d.lang = Str();
  d.published = Day();
  d.source = Str();
  d.url = Str();
  d.origin = Str();
  d.story = Str();
  d.home = Str();
  d.story_terms.resize(U32());
  for (uint64_t& t : d.story_terms) {
    t = U32();
    t |= uint64_t{U32()} << 32;
  }
}

crosscheck::Diagnostic Decoder::Diagnostic() {
  crosscheck::Diagnostic d;
  d.input = Str();
  d.message = Str();
  d.skipped = U32() != 0;
  return d;
}

}  // namespace crosscheck::python
