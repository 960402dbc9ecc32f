// Pieces of the date reader shared by the files of lib/extract/dates/: a date as written
// (RawDate), the readers of its parts, and the resolution against an anchor day. Words come
// from the pack's months, weekdays and relative_days tables and the roles of date_words.tsv;
// rules a language names in its grammar.tsv are in de.cc and en.cc. Internal to lib/extract.
#ifndef CROSSCHECK_LIB_EXTRACT_DATES_RAW_DATE_H_
#define CROSSCHECK_LIB_EXTRACT_DATES_RAW_DATE_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "crosscheck/types.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// How a qualified weekday is picked ("nächsten Freitag", "last Wednesday", "this past Monday").
enum class Pick {
  kRecent,    // Bare: the latest on or before the anchor (news reports the past).
  kThisWeek,  // In the anchor's week, shifted by `week_shift` weeks.
  kPast,      // The latest strictly before the anchor.
  kComing,    // The first strictly after the anchor.
};

enum class Unit { kNone, kDay, kWeek, kFortnight, kMonth, kYear, kWeekend };

// A date as written: a day range within a month, a whole month or year, a weekday, a day
// offset, a period relative to the anchor ("nächste Woche") or a count of units from it
// ("vor drei Tagen").
struct RawDate {
  size_t first = 0, last = 0;     // Tokens.
  int year = 0;                   // 0: not written.
  bool two_digit_year = false;    // "14.03.25": the century follows the anchor.
  std::optional<int> year_shift;  // "im Juli letzten Jahres", "this September".
  int month = 0;                  // 0: none (weekday, relative, year only).
  int day_from = 0, day_to = 0;   // 0: the whole month (or part of it, see `part`).
  int part = 0;                   // 1 early, 2 mid, 3 late in the month.
  int weekday = 0;                // 1..7.
  int night = 0;                  // With weekday: +1 the night after it, -1 the night before.
  Pick pick = Pick::kRecent;
  int week_shift = 0;         // With Pick::kThisWeek.
  std::optional<int> offset;  // Days from the anchor ("gestern").
  Unit period = Unit::kNone;  // "letzte Woche": kWeek with period_shift -1.
  int period_shift = 0;
  bool bare_weekend = false;      // "am Wochenende": the latest one.
  Unit count_unit = Unit::kNone;  // "vor drei Tagen": kDay with count -3.
  int count = 0;
  int month_to = 0, year_to = 0;  // "Nov-Feb 2017": a range of months in one word.
};

bool NeedsAnchor(const RawDate& r);

// A row of the relative_days table at tokens[i].
struct Relative {
  enum Kind { kNone, kDayOffset, kUnit, kQualifier } kind = kNone;
  int offset = 0;             // kDayOffset.
  Unit unit = Unit::kNone;    // kUnit.
  bool plural = false;        // kUnit: "Wochen", "weeks".
  std::optional<int> shift;   // kQualifier: the period shift, if it shifts periods.
  Pick pick = Pick::kRecent;  // kQualifier.
  int week_shift = 0;
};

// A parse outcome: a date, or none; `stop` says that no later rule may try at this token.
struct Parsed {
  std::optional<RawDate> date;
  bool stop = false;
};

inline bool IsAt(Tokens t, size_t i, std::string_view s) {
  return i < t.size() && t[i].folded() == s;
}
inline bool IsDash(const Token& t) { return Is(t, "-") || Is(t, "\xE2\x80\x93"); }
// Whether tokens[i] exists and has date role `role`.
inline bool HasRole(Tokens t, size_t i, const LanguagePack& pack,
                    DateRole role) {
  return i < t.size() && pack.dates.roles.Has(t[i], role);
}
std::optional<int> ParseInt(std::string_view s);
std::optional<int> SmallInt(const Token& t, int lo, int hi);
int FieldInt(const std::vector<std::string>* fields);
// A word starting with a digit: "25th", "1st".
bool HasOrdinalSuffix(const Token& t);

// What a row of the relative-day table says (its fields, not empty).
Relative RelativeOf(const std::vector<std::string>& fields);
// The relative-day word at t[i]. The gates inline: most words are in no such row, and the
// call cost more than the table's own bit test (EarlierOccasion asks every word of a clause).
inline Relative RelativeAt(Tokens t, size_t i, const LanguagePack& pack) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return {};
  const std::vector<std::string>* f = pack.dates.relative_days.Find(t[i]);
  if (f == nullptr || f->empty()) return {};
  return RelativeOf(*f);
}
// Month at tokens[i] (with an abbreviation's dot), returning the month and next index.
// `lower_ok`: with capitalised_months, a month in lower case still counts (never a
// lowercase_word such as "may" or "march").
std::optional<std::pair<int, size_t>> MonthAt(Tokens t, size_t i,
                                              const LanguagePack& pack, bool lower_ok = false);
std::optional<int> YearAt(Tokens t, size_t i);
// A count before a unit: "3", "drei", "two", "a", "einem".
std::optional<int> CountAt(Tokens t, size_t i, const LanguagePack& pack);
// A year after a month or a day: "2024", a year_link and a year (", 2024", "of 2024"), or a
// qualified year ("letzten Jahres", "last year"). Returns the next index.
size_t YearAfter(Tokens t, size_t k, const LanguagePack& pack, RawDate& r);
// A range connector at tokens[k] (a dash, a range_to, or after "zwischen"/"between" an
// "and"), with a range_to_article after it; returns its length (0: none).
size_t ConnectorAt(Tokens t, size_t k, bool between, const LanguagePack& pack);
bool AfterBetween(Tokens t, size_t i, const LanguagePack& pack);
// Tokens after a figure that make it a count, not a year ("2000 Soldaten", "2019 Euro").
bool CountedNoun(Tokens t, size_t k, const LanguagePack& pack);
// What follows a weekday and names the day: "Dienstag, dem 5. November", "Friday 7/6".
std::optional<RawDate> WeekdayAfter(Tokens t, size_t k,
                                    const LanguagePack& pack);

// Day and month of a numeric date: "25.10.2024", "22.04.", "10/1/2018", "2024-10-25".
std::optional<RawDate> NumericAt(Tokens t, size_t i, const LanguagePack& pack,
                                 bool range_end);
// Parses a date expression starting at token i; the caller tries every position.
// `range_end`: right after a range connector ("bis", "to"), where a bare year or a lower-case
// month is the range's end.
std::optional<RawDate> ParseAt(Tokens t, size_t i, const LanguagePack& pack,
                               bool range_end = false);
// A month and what follows it from tokens[i] on (ParseAt's last rule): "im Dezember",
// "Anfang November", "mid-November", "October 25, 2024" (month_day).
std::optional<RawDate> MonthFrom(Tokens t, size_t i, const LanguagePack& pack,
                                 bool range_end, RawDate r);

// Rules a language names in grammar.tsv.
// ordinal_dot (de.cc): "25. Oktober", "27.-28. Oktober", "27. 11." at a number.
Parsed DayDotMonth(Tokens t, size_t i, const LanguagePack& pack, RawDate r);
// ordinal_word_month (de.cc): "am zweiten Mai".
std::optional<RawDate> OrdinalWordMonth(Tokens t, size_t i,
                                        const LanguagePack& pack, RawDate r);
// Ordinal words before a month: "zweiten", "neunundzwanzigsten", "ersten" (de.cc).
std::optional<int> OrdinalWord(std::string_view w, const LanguagePack& pack);
// day_month (en.cc): "25 October 2024", "25th of October", "ninth till seventeenth of April".
std::optional<RawDate> DayMonth(Tokens t, size_t i, const LanguagePack& pack,
                                RawDate r);
// month_day (en.cc): the day after a month: "October 25", "Oct. 27-28", "June the 28th".
std::optional<RawDate> MonthDay(Tokens t, const LanguagePack& pack,
                                RawDate r);
// month_range_word (en.cc): "Nov-Feb 2017", a range of months in one word with its year.
std::optional<RawDate> MonthRangeWord(Tokens t, size_t k,
                                      const LanguagePack& pack, RawDate r);
// Ordinal words: "ninth", "twenty-first", "twenty first" (en.cc), with the next index.
// Inline up to the word's ordinal roles, which most words asked have none of: the call
// cost more than the tests.
std::optional<std::pair<int, size_t>> SpelledOrdinalAt(Tokens t, size_t i,
                                                       const LanguagePack& pack);
inline std::optional<std::pair<int, size_t>> SpelledOrdinal(Tokens t, size_t i,
                                                            const LanguagePack& pack) {
  constexpr uint64_t kOrdinalRoles = (uint64_t{1} << kOrdinalTens) | (uint64_t{1} << kOrdinal);
  if (i >= t.size() || t[i].kind != TokenKind::kWord ||
      (!t[i].hyphen && (pack.dates.roles.Roles(t[i]) & kOrdinalRoles) == 0)) {
    return std::nullopt;
  }
  return SpelledOrdinalAt(t, i, pack);
}
// A day of the month written as a number or an ordinal: "25", "25th", "1st", "ninth" (words
// only with `words`, since "second" and "first" are common words) (en.cc).
std::optional<std::pair<int, size_t>> OrdinalDayAt(Tokens t, size_t i,
                                                   bool words, const LanguagePack& pack);

// Resolves `r` against `anchor`; nullopt when it needs an anchor and there is none, or when
// the day does not exist ("31. Februar").
std::optional<DateRange> Resolve(const RawDate& r, std::optional<absl::CivilDay> anchor,
                                 bool deadline);
// Resolves "vom 12. Januar bis zum 22. Januar 2016", "from March to May", "2014-2018",
// "nächsten Donnerstag bis Samstag": the years the ends leave out come from the other end.
std::optional<DateRange> ResolveRange(RawDate a, RawDate b, std::optional<absl::CivilDay> anchor);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_DATES_RAW_DATE_H_
