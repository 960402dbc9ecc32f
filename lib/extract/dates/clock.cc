// Clock times of an incident (issue 14): "um 18:10 Uhr", "gegen 18 Uhr", "14.30 Uhr",
// "at 1:28 a.m.", "around 1:35 a.m.". They become figures of measure clock_time (minutes
// after midnight) keyed by the incident the sentence names ("accident/clock_time"), on the
// day the sentence gives, so that only times of one event and day compare. A time with no
// incident near is a timetable or a deadline, not an event's time, and is left out. The
// words come from events.tsv (kind clock: a marker after the time, with "am"/"pm"; kind
// about: a word before it that makes it approximate) and the approx rows of hedges.tsv.
#include <algorithm>
#include <charconv>

#include "lib/base/concat.h"
#include "lib/extract/dates/clock.h"
#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

struct ClockTime {
  size_t first = 0, last = 0;  // Tokens, the hedge and the marker included.
  int minutes = 0;
  bool approx = false;
};

std::optional<int> Digits(std::string_view s, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// The marker row at tokens[k] ("Uhr", "a.m."), with its length.
PhraseMatch MarkerAt(Tokens t, size_t k, const LanguagePack& pack) {
  PhraseMatch m = pack.dates.events.Match(t, k);
  if (m.length == 0 || m.fields->size() < 2 || (*m.fields)[1] != "clock") return {};
  return m;
}

// Where a word that makes the time at tokens[i] approximate starts ("around", "kurz nach"),
// or nullopt.
std::optional<size_t> ApproxBefore(Tokens t, size_t i,
                                   const LanguagePack& pack) {
  for (size_t k = i >= 2 ? i - 2 : 0; k < i; ++k) {
    PhraseMatch h = pack.numbers.hedges.Match(t, k);
    if (h.length != 0 && k + h.length == i && h.fields->front() == "approx") return k;
    PhraseMatch a = pack.dates.events.Match(t, k);
    if (a.length != 0 && k + a.length == i && a.fields->size() > 1 && (*a.fields)[1] == "about") {
      return k;
    }
  }
  return std::nullopt;
}

// A clock time at tokens[i]: hours and minutes ("18:10", "14.30") or an hour, then a marker.
std::optional<ClockTime> ClockAt(Tokens t, size_t i, const LanguagePack& pack) {
  if (t[i].kind != TokenKind::kNumber) return std::nullopt;
  std::optional<int> hours, minutes = 0;
  size_t k = i + 1;
  const std::string_view w = t[i].folded();
  if (const size_t dot = w.find('.'); dot != std::string_view::npos) {
    hours = Digits(w.substr(0, dot), 1, 2), minutes = Digits(w.substr(dot + 1), 2, 2);
  } else if (hours = Digits(w, 1, 2); IsAt(t, k, ":") && k + 1 < t.size() &&
                                      t[k + 1].kind == TokenKind::kNumber) {
    minutes = Digits(t[k + 1].folded(), 2, 2);
    k += 2;
  }
  if (!hours || !minutes || *hours > 24 || *minutes > 59) return std::nullopt;
  const PhraseMatch marker = MarkerAt(t, k, pack);
  if (marker.length == 0) return std::nullopt;
  const std::string_view half = marker.fields->front();
  if (half != "-" && (*hours == 0 || *hours > 12)) return std::nullopt;  // "13:00 p.m.".
  int h = *hours % 12;
  if (half == "-") h = *hours % 24;
  if (half == "pm") h += 12;
  const std::optional<size_t> approx = ApproxBefore(t, i, pack);
  return ClockTime{approx.value_or(i), k + marker.length, h * 60 + *minutes, approx.has_value()};
}

// The day a date claim of the sentence gives, if one day. The date claims come first in
// `claims`, in reading order (the date recognizer runs first).
std::optional<DateRange> DayOfSentence(const std::vector<Claim>& claims, size_t dates,
                                       Span sentence) {
  auto it = std::lower_bound(
      claims.begin(), claims.begin() + dates, sentence.begin,
      [](const Claim& d, uint32_t at) { return d.sentence.begin < at; });
  for (; it != claims.begin() + dates && it->sentence == sentence; ++it) {
    const DateFields& d = it->date();
    if (d.range && d.range->begin == d.range->end && d.event != "deadline") return d.range;
  }
  return std::nullopt;
}

}  // namespace

void ClockTimes(DocContext& ctx, const IncidentOf& incident_of) {
  std::vector<Claim> found;
  size_t dates = 0;
  while (dates < ctx.claims.size() && ctx.claims[dates].kind == ClaimKind::kDate) ++dates;
  const bool stems = ctx.pack->dates.events.has_stems();
  for (const SentenceTokens& st : ctx.sentences) {
    // A time is a number with a marker of the events table after it: a sentence with no
    // number, or no word beginning an event row, has none (its shapes and lexicon classes).
    if ((st.shapes & kShapeDigitLed) == 0 || (((st.classes >> kLexDateEvent) & 1) == 0 && !stems)) {
      continue;
    }
    Tokens t = st.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      // ClockAt reads numbers only: the words between in a loop of their own, whose values
      // stay in registers (this loop keeps its own on the stack).
      while (i < t.size() && t[i].kind != TokenKind::kNumber) ++i;
      if (i == t.size()) break;
      std::optional<ClockTime> ct = ClockAt(t, i, *ctx.pack);
      if (!ct) continue;
      std::string event = incident_of(t, ct->first, ct->last);
      if (event.empty()) continue;
      // "around 1:35": a few minutes either side; "gegen 18 Uhr", "around 1:30": a quarter.
      const int slack = !ct->approx ? 0 : ct->minutes % 30 == 0 ? 15 : 5;
      Claim c;
      c.kind = ClaimKind::kQuantity;
      c.span = {t[ct->first].span.begin, t[ct->last - 1].span.end};
      c.sentence = st.sentence.span;
      c.paragraph = st.sentence.paragraph;
      c.confidence = 0.9;
      c.value = {double(ct->minutes - slack), double(ct->minutes + slack), false, false};
      c.value_is_estimate = ct->approx;
      c.unit = "clock_time";
      c.subject = event;
      c.key = Concat(event, "/clock_time");
      c.aspect = Aspect::kOccasion;
      c.time = DayOfSentence(ctx.claims, dates, c.sentence);
      found.push_back(std::move(c));
      i = ct->last - 1;
    }
  }
  for (Claim& c : found) ctx.claims.push_back(std::move(c));
}

}  // namespace crosscheck::internal
