// Clock times of an incident (issue 14): "um 18:10 Uhr", "gegen 18 Uhr", "14.30 Uhr",
// "at 1:28 a.m.", "around 1:35 a.m.". They become figures of measure clock_time (minutes
// after midnight) keyed by the incident the sentence names ("accident/clock_time"), on the
// day the sentence gives, so that only times of one event and day compare. A time with no
// incident near is a timetable or a deadline, not an event's time, and is left out. The
// words come from events.tsv (kind clock: a marker after the time, with "am"/"pm"; kind
// about: a word before it that makes it approximate) and the approx rows of hedges.tsv.
#include <algorithm>
#include <charconv>
#include <tuple>
#include <utility>

#include "lib/base/concat.h"
#include "lib/extract/dates/clock.h"
#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

struct ClockTime {
  size_t first = 0, last = 0;  // Tokens, the hedge and the marker included.
  int minutes = 0;
  bool approx = false;
  int until = -1;  // The end of a range ("between 1am and 2 am"), else -1.
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

// Whether a word that makes the time at tokens[first] a bound comes right before it
// ("before 4pm", "bis 18 Uhr"): when something happened by, not when it happened.
bool BoundBefore(Tokens t, size_t first, const LanguagePack& pack) {
  if (first == 0) return false;
  const PhraseMatch m = pack.dates.events.Match(t, first - 1);
  return m.length == 1 && m.fields->size() > 1 && (*m.fields)[1] == "bound";
}

bool DigitLedWord(const Token& t) {
  return t.kind == TokenKind::kWord && !t.folded().empty() && t.folded()[0] >= '0' &&
         t.folded()[0] <= '9';
}

// Hours and minutes written as one word, with one of `marks` between them ("14.30", "7:40");
// an hour alone ("7") has no minutes.
std::optional<std::pair<int, int>> HoursMinutes(std::string_view w, std::string_view marks) {
  const size_t mark = w.find_first_of(marks);
  const std::optional<int> hours = Digits(w.substr(0, mark), 1, 2);
  const std::optional<int> minutes =
      mark == std::string_view::npos ? std::optional<int>(0) : Digits(w.substr(mark + 1), 2, 2);
  if (!hours || !minutes) return std::nullopt;
  return std::pair{*hours, *minutes};
}

// The time of tokens [i, last) on a twelve-hour clock: `hours` 1 to 12 of the half of the day
// `pm` says.
std::optional<ClockTime> TwelveHour(Tokens t, size_t i, size_t last, int hours, int minutes,
                                    bool pm, const LanguagePack& pack) {
  if (hours == 0 || hours > 12 || minutes > 59) return std::nullopt;
  const int h = hours % 12 + (pm ? 12 : 0);
  const std::optional<size_t> approx = ApproxBefore(t, i, pack);
  return ClockTime{approx.value_or(i), last, h * 60 + minutes, approx.has_value()};
}

// "7.40pm", "11am": hours (and minutes after a dot or colon) with the half of the day glued
// on, one word.
std::optional<ClockTime> GluedClockAt(Tokens t, size_t i, const LanguagePack& pack) {
  const std::string_view w = t[i].folded();
  if (w.size() < 3 || (!w.ends_with("am") && !w.ends_with("pm"))) return std::nullopt;
  const auto hm = HoursMinutes(w.substr(0, w.size() - 2), ".:");
  if (!hm) return std::nullopt;
  return TwelveHour(t, i, i + 1, hm->first, hm->second, w.ends_with("pm"), pack);
}

// A clock time at tokens[i]: hours and minutes ("18:10", "14.30") or an hour, then a marker.
std::optional<ClockTime> ClockAt(Tokens t, size_t i, const LanguagePack& pack) {
  if (t[i].kind == TokenKind::kWord) return GluedClockAt(t, i, pack);
  if (t[i].kind != TokenKind::kNumber) return std::nullopt;
  std::optional<int> hours, minutes = 0;
  size_t k = i + 1;
  const std::string_view w = t[i].folded();
  if (w.find('.') != std::string_view::npos) {
    const auto hm = HoursMinutes(w, ".");
    if (!hm) return std::nullopt;
    std::tie(hours, minutes) = *hm;
  } else if (hours = Digits(w, 1, 2); IsAt(t, k, ":") && k + 1 < t.size() &&
                                      t[k + 1].kind == TokenKind::kNumber) {
    minutes = Digits(t[k + 1].folded(), 2, 2);
    k += 2;
  } else if (IsAt(t, k, ":") && k + 1 < t.size() && !t[k + 1].space_before &&
             t[k + 1].folded().size() == 4) {
    // "9:05pm": the minutes with the half of the day glued on after the colon.
    const std::string_view m = t[k + 1].folded();
    const bool pm = m.ends_with("pm");
    minutes = pm || m.ends_with("am") ? Digits(m.substr(0, 2), 2, 2) : std::nullopt;
    if (!hours || !minutes) return std::nullopt;
    return TwelveHour(t, i, k + 2, *hours, *minutes, pm, pack);
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

// Whether tokens[k] joins two times into a range: "bis", "to", a dash, or "and" after a
// "between" a few words before ("between 1 and 2 am", "zwischen 1 und 2 Uhr").
bool RangeLinkAt(Tokens t, size_t k, const LanguagePack& pack) {
  if (IsDash(t[k]) || HasRole(t, k, pack, kDateRangeTo)) return true;
  if (!HasRole(t, k, pack, kDateAnd)) return false;
  constexpr size_t kBetween = 4;  // "between about 1am and".
  for (size_t j = k > kBetween ? k - kBetween : 0; j < k; ++j) {
    if (HasRole(t, j, pack, kDateBetween)) return true;
  }
  return false;
}

// A range of times around the time `ct`: another time after a link ("1am and 2 am"), or an
// hour alone before one, which takes the later time's half of the day ("between 1 and 2 am",
// "1 bis 2 Uhr"). Never backwards in time.
void ExtendToRange(Tokens t, const LanguagePack& pack, ClockTime& ct) {
  if (ct.last + 1 < t.size() && RangeLinkAt(t, ct.last, pack)) {
    if (const std::optional<ClockTime> end = ClockAt(t, ct.last + 1, pack);
        end && end->minutes > ct.minutes) {
      ct.until = end->minutes;
      ct.last = end->last;
      return;
    }
  }
  if (ct.first < 2 || !RangeLinkAt(t, ct.first - 1, pack) ||
      t[ct.first - 2].kind != TokenKind::kNumber) {
    return;
  }
  const auto hm = HoursMinutes(t[ct.first - 2].folded(), ".");
  if (!hm || hm->first > 23 || hm->second > 59) return;
  const auto [hour, minutes] = *hm;
  constexpr int kNoon = 12 * 60;
  const int start = hour * 60 + minutes + (ct.minutes >= kNoon && hour < 12 ? kNoon : 0);
  if (start >= ct.minutes) return;
  ct.until = ct.minutes;
  ct.minutes = start;
  ct.first -= 2;
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
      while (i < t.size() && t[i].kind != TokenKind::kNumber && !DigitLedWord(t[i])) ++i;
      if (i == t.size()) break;
      std::optional<ClockTime> ct = ClockAt(t, i, *ctx.pack);
      if (!ct || BoundBefore(t, ct->first, *ctx.pack)) continue;
      ExtendToRange(t, *ctx.pack, *ct);
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
      c.value = {double(ct->minutes - slack), double(std::max(ct->minutes, ct->until) + slack),
                 false, false};
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

namespace {

constexpr std::string_view kIncident = "incident";

// The incident kind a time or duration of an incident is keyed by ("accident" of
// "accident/clock_time"), or empty.
std::string_view IncidentKind(const Claim& c) {
  const std::string_view key = c.key;
  if (c.kind != ClaimKind::kQuantity || (c.unit != "clock_time" && c.unit != "duration")) return {};
  const std::string_view subject = c.subject;
  return key.size() > subject.size() && key.starts_with(subject) && key[subject.size()] == '/'
             ? subject
             : std::string_view();
}

// The incident kind an incident's day is keyed by ("accident" of "date/accident/_"), or empty.
std::string_view DayKind(const Claim& c) {
  const std::string_view key = c.key;
  if (c.kind != ClaimKind::kDate || !key.starts_with("date/") || !key.ends_with("/_") ||
      c.date().event.empty()) {
    return {};
  }
  return key.substr(5, key.size() - 7);
}

}  // namespace

// Days tell the kind as times do, but only times are renamed: an article's other dated
// incident is as often a past one ("since the Oct. 7 attack") as the one it reports, and its
// day would then meet the attack's.
void NameTheIncident(std::vector<Claim>& claims) {
  std::string_view kind;
  bool generic = false;
  for (const Claim& c : claims) {
    std::string_view k = IncidentKind(c);
    if (k.empty()) k = DayKind(c);
    if (k.empty()) continue;
    if (k == kIncident) {
      generic = true;
    } else if (kind.empty()) {
      kind = k;
    } else if (k != kind) {
      return;  // Two kinds: which one "the incident" is, the words would have to say.
    }
  }
  if (!generic || kind.empty()) return;
  const std::string named(kind);
  for (Claim& c : claims) {
    if (IncidentKind(c) != kIncident) continue;
    c.subject = named;
    c.key = Concat(std::string_view(named), "/", std::string_view(c.unit));
  }
}

}  // namespace crosscheck::internal
