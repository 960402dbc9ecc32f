#include "lib/extract/date.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "fmt/format.h"
#include "lib/extract/attribution.h"

namespace crosscheck::internal {
namespace {

bool Is(const Token& t, std::string_view s) { return t.folded == s; }

bool IsAt(const std::vector<Token>& t, size_t i, std::string_view s) {
  return i < t.size() && t[i].folded == s;
}

bool IsDash(const Token& t) { return Is(t, "-") || Is(t, "\xE2\x80\x93"); }

std::optional<int> ParseInt(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int> SmallInt(const Token& t, int lo, int hi) {
  if (t.kind != TokenKind::kNumber) return std::nullopt;
  auto v = ParseInt(t.folded);
  if (!v || *v < lo || *v > hi) return std::nullopt;
  return v;
}

int FieldInt(const std::vector<std::string>* fields) { return ParseInt(fields->at(0)).value_or(0); }

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

bool NeedsAnchor(const RawDate& r) {
  return r.offset || r.weekday || r.period != Unit::kNone || r.bare_weekend ||
         r.count_unit != Unit::kNone || r.year_shift || (r.year == 0 && r.month != 0);
}

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

Relative RelativeAt(const std::vector<Token>& t, size_t i, const Lexicon& lex) {
  Relative r;
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return r;
  const std::vector<std::string>* f = lex.relative_days.Find(t[i].folded);
  if (!f || f->empty()) return r;
  const std::string& kind = f->at(0);
  if (kind == "unit" && f->size() >= 2) {
    std::string_view u = f->at(1);
    r.kind = Relative::kUnit;
    r.plural = u.size() > 1 && u.back() == 's';
    if (r.plural) u.remove_suffix(1);
    if (u == "day")
      r.unit = Unit::kDay;
    else if (u == "week")
      r.unit = Unit::kWeek;
    else if (u == "fortnight")
      r.unit = Unit::kFortnight;
    else if (u == "month")
      r.unit = Unit::kMonth;
    else if (u == "year")
      r.unit = Unit::kYear;
    else if (u == "weekend")
      r.unit = Unit::kWeekend;
    else
      r.kind = Relative::kNone;
    return r;
  }
  if (kind == "qualifier" && f->size() >= 3) {
    r.kind = Relative::kQualifier;
    const std::string& s = f->at(1);
    if (s != "-") r.shift = ParseInt(s[0] == '+' ? std::string_view(s).substr(1) : s);
    const std::string& p = f->at(2);
    if (p == "this-week") r.pick = Pick::kThisWeek;
    if (p == "next-week") r.pick = Pick::kThisWeek, r.week_shift = 1;
    if (p == "last-week") r.pick = Pick::kThisWeek, r.week_shift = -1;
    if (p == "past") r.pick = Pick::kPast;
    if (p == "coming") r.pick = Pick::kComing;
    return r;
  }
  if (auto v = ParseInt(kind)) {
    r.kind = Relative::kDayOffset;
    r.offset = *v;
  }
  return r;
}

// Month at tokens[i] (with an abbreviation's dot), returning the month and next index.
// `lower_ok`: an English month in lower case still counts (never "may" or "march").
std::optional<std::pair<int, size_t>> MonthAt(const std::vector<Token>& t, size_t i,
                                              const Lexicon& lex, bool lower_ok = false) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return std::nullopt;
  PhraseMatch m = lex.months.Match(t, i);
  if (m.length == 0) return std::nullopt;
  // "Mai"/"May" and "März"/"March" are month names, but "may"/"march" are also verbs.
  if (lex.lang == "en" && !t[i].upper &&
      (!lower_ok || Is(t[i], "may") || Is(t[i], "march") || Is(t[i], "mar"))) {
    return std::nullopt;
  }
  size_t next = i + m.length;
  // An abbreviation's dot ("Okt.", "Sept."), not the full stop after "Mai" or "July".
  const std::string_view w = t[i].folded;
  if (next < t.size() && Is(t[next], ".") && !t[next].space_before && w.size() <= 4 && w != "mai" &&
      w != "juni" && w != "juli" && w != "may" && w != "june" && w != "july") {
    ++next;
  }
  return std::pair{FieldInt(m.fields), next};
}

std::optional<int> YearAt(const std::vector<Token>& t, size_t i) {
  if (i >= t.size() || t[i].folded.size() != 4) return std::nullopt;
  return SmallInt(t[i], 1900, 2100);
}

// Abbreviated weekdays, read only before the date they name ("Tue May 9", "So 27.02.2022").
const StringMap<int>& ShortWeekdays() {
  static const auto* days = new StringMap<int>{
      {"mon", 1},   {"tue", 2}, {"tues", 2}, {"wed", 3}, {"thu", 4}, {"thur", 4},
      {"thurs", 4}, {"fri", 5}, {"sat", 6},  {"sun", 7}, {"mo", 1},  {"di", 2},
      {"mi", 3},    {"do", 4},  {"fr", 5},   {"sa", 6},  {"so", 7}};
  return *days;
}

const StringMap<int>& EnglishOrdinals() {
  static const auto* ordinals = new StringMap<int>{
      {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
      {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
      {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
      {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
      {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}};
  return *ordinals;
}

// Words other than table entries that ParseAt reads at the start of a date.
constexpr std::string_view kOtherStartWords[] = {
    "vor", "in", "anfang", "mitte", "ende", "early", "mid", "late", "twenty", "thirty"};

// English ordinal words: "ninth", "twenty-first", "twenty first".
std::optional<std::pair<int, size_t>> EnglishOrdinalWord(const std::vector<Token>& t, size_t i) {
  const StringMap<int>& ordinals = EnglishOrdinals();
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return std::nullopt;
  std::string_view w = t[i].folded;
  int tens = 0;
  if (w.starts_with("twenty")) tens = 20;
  if (w.starts_with("thirty")) tens = 30;
  if (tens && w.size() > 7 && w[6] == '-') {
    auto it = ordinals.find(w.substr(7));
    if (it != ordinals.end() && it->second < 10) return std::pair{tens + it->second, i + 1};
    return std::nullopt;
  }
  if (tens && w.size() == 6 && i + 1 < t.size()) {
    auto it = ordinals.find(t[i + 1].folded);
    if (it != ordinals.end() && it->second < 10) return std::pair{tens + it->second, i + 2};
  }
  auto it = ordinals.find(w);
  if (it == ordinals.end()) return std::nullopt;
  return std::pair{it->second, i + 1};
}

// A day of the month in English at tokens[i]: "25", "25th", "1st", "ninth" (words only with
// `words`, since "second" and "first" are common words).
std::optional<std::pair<int, size_t>> EnglishDayAt(const std::vector<Token>& t, size_t i,
                                                   bool words) {
  if (i >= t.size()) return std::nullopt;
  if (auto d = SmallInt(t[i], 1, 31)) return std::pair{*d, i + 1};
  if (t[i].kind != TokenKind::kWord) return std::nullopt;
  std::string_view w = t[i].folded;
  if (w.size() >= 3 && w.size() <= 4 && w[0] >= '0' && w[0] <= '9') {
    const std::string_view suffix = w.substr(w.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      auto d = ParseInt(w.substr(0, w.size() - 2));
      if (d && *d >= 1 && *d <= 31) return std::pair{*d, i + 1};
    }
    return std::nullopt;
  }
  if (!words) return std::nullopt;
  auto o = EnglishOrdinalWord(t, i);
  if (o && o->first >= 1 && o->first <= 31) return o;
  return std::nullopt;
}

bool HasOrdinalSuffix(const Token& t) {
  return t.kind == TokenKind::kWord && !t.folded.empty() && t.folded[0] >= '0' &&
         t.folded[0] <= '9';
}

// German ordinal words before a month name: "zweiten", "neunundzwanzigsten", "ersten".
std::optional<int> GermanOrdinalWord(std::string_view w, const Lexicon& lex) {
  static const auto* kIrregular =
      new StringMap<int>{{"erst", 1}, {"dritt", 3}, {"sieb", 7}, {"siebent", 7}, {"acht", 8}};
  for (std::string_view ending : {"en", "er", "es", "em", "e"}) {
    if (!w.ends_with(ending)) continue;
    std::string_view stem = w.substr(0, w.size() - ending.size());
    if (auto it = kIrregular->find(stem); it != kIrregular->end()) return it->second;
    if (stem.ends_with("st")) {
      if (auto v = lex.NumberWordExact(stem.substr(0, stem.size() - 2)); v && *v >= 20) {
        return static_cast<int>(*v);
      }
    }
    if (stem.ends_with("t")) {
      if (auto v = lex.NumberWordExact(stem.substr(0, stem.size() - 1)); v && *v >= 2 && *v < 20) {
        return static_cast<int>(*v);
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A count before a unit: "3", "drei", "two", "a", "einem".
std::optional<int> CountAt(const std::vector<Token>& t, size_t i, const Lexicon& lex) {
  if (i >= t.size()) return std::nullopt;
  if (auto v = SmallInt(t[i], 1, 999)) return v;
  if (t[i].kind != TokenKind::kWord) return std::nullopt;
  if (auto v = lex.NumberWordExact(t[i].folded);
      v && *v >= 1 && *v <= 999 && *v == static_cast<int>(*v)) {
    return static_cast<int>(*v);
  }
  return std::nullopt;
}

// A year after a month or a day: "2024", ", 2024" and "of 2024" (English), "in 2020", or a
// qualified year ("letzten Jahres", "last year"). Returns the next index.
size_t YearAfter(const std::vector<Token>& t, size_t k, const Lexicon& lex, RawDate& r) {
  if (auto y = YearAt(t, k)) {
    r.year = *y;
    return k + 1;
  }
  if (lex.lang == "en" && k + 1 < t.size() && (Is(t[k], ",") || Is(t[k], "of") || Is(t[k], "in"))) {
    if (auto y = YearAt(t, k + 1)) {
      r.year = *y;
      return k + 2;
    }
  }
  const Relative q = RelativeAt(t, k, lex);
  if (q.kind == Relative::kQualifier && q.shift) {
    const Relative u = RelativeAt(t, k + 1, lex);
    if (u.kind == Relative::kUnit && u.unit == Unit::kYear && !u.plural) {
      r.year_shift = *q.shift;
      return k + 2;
    }
  }
  return k;
}

// A range connector at tokens[k] ("-", "bis", "bis zum", "to", "through"; "und"/"and" only
// after "zwischen"/"between"), returning its length (0: none).
size_t ConnectorAt(const std::vector<Token>& t, size_t k, bool between) {
  if (k >= t.size()) return 0;
  const Token& c = t[k];
  size_t n = 0;
  if (IsDash(c) || Is(c, "bis") || Is(c, "to") || Is(c, "till") || Is(c, "until") ||
      Is(c, "through") || Is(c, "thru") || (between && (Is(c, "und") || Is(c, "and")))) {
    n = 1;
  }
  if (n && k + 1 < t.size() &&
      (Is(t[k + 1], "zum") || Is(t[k + 1], "zur") || Is(t[k + 1], "dem") || Is(t[k + 1], "den") ||
       Is(t[k + 1], "the"))) {
    ++n;
  }
  return n;
}

bool AfterBetween(const std::vector<Token>& t, size_t i) {
  for (size_t k = i >= 2 ? i - 2 : 0; k < i; ++k) {
    if (Is(t[k], "zwischen") || Is(t[k], "between")) return true;
  }
  return false;
}

// Tokens after a figure that make it a count, not a year ("2000 Soldaten", "2019 Euro").
bool CountedNoun(const std::vector<Token>& t, size_t k, const Lexicon& lex) {
  if (k >= t.size()) return false;
  if (Is(t[k], "%") || Is(t[k], "prozent") || Is(t[k], "percent")) return true;
  return lex.measures.Match(t, k).length > 0 || lex.currencies.Match(t, k).length > 0;
}

// Day and month of a numeric date: "25.10.2024", "22.04.", "10/1/2018", "2024-10-25".
std::optional<RawDate> NumericAt(const std::vector<Token>& t, size_t i, const Lexicon& lex,
                                 bool range_end) {
  const bool de = lex.lang == "de";
  RawDate r;
  r.first = i;
  const std::string_view s = t[i].folded;
  const size_t dots = std::count(s.begin(), s.end(), '.');
  auto set = [&](int d, int m, int y, size_t last) -> std::optional<RawDate> {
    if (d < 1 || d > 31 || m < 1 || m > 12) return std::nullopt;
    r.day_from = r.day_to = d;
    r.month = m;
    r.year = y;
    r.last = last;
    return r;
  };
  if (dots == 2) {
    // "25.10.2024", "14.03.25".
    const size_t a = s.find('.'), b = s.find('.', a + 1);
    auto d = ParseInt(std::string_view(s).substr(0, a));
    auto m = ParseInt(std::string_view(s).substr(a + 1, b - a - 1));
    auto y = ParseInt(std::string_view(s).substr(b + 1));
    if (!d || !m || !y || b - a - 1 > 2 || a > 2) return std::nullopt;
    if (*y >= 1900 && *y <= 2100) return set(*d, *m, *y, i + 1);
    if (s.size() - b - 1 == 2) {
      r.two_digit_year = true;
      return set(*d, *m, 2000 + *y, i + 1);
    }
    return std::nullopt;
  }
  if (dots == 1 && de && IsAt(t, i + 1, ".") && !t[i + 1].space_before) {
    // "22.04." (a German decimal has a comma; three-digit groups are thousands). "3.5." is a
    // date only after a date's preposition ("am 3.5."), else it may be a stray decimal.
    const size_t a = s.find('.');
    if (a > 2 || s.size() - a - 1 > 2) return std::nullopt;
    static const auto* kDatePreps =
        new StringSet{"am", "vom", "bis", "zum", "den", "dem", "ab", "seit", "für", "bis"};
    if (s.size() - a - 1 < 2 && !(i > 0 && kDatePreps->contains(t[i - 1].folded))) {
      return std::nullopt;
    }
    auto d = ParseInt(std::string_view(s).substr(0, a));
    auto m = ParseInt(std::string_view(s).substr(a + 1));
    if (!d || !m) return std::nullopt;
    return set(*d, *m, 0, i + 2);
  }
  if (t[i].kind != TokenKind::kNumber || dots != 0 || s.find(',') != std::string::npos) {
    return std::nullopt;
  }
  // "10/1/2018", "5/12", "29/2": month first in English, day first in German.
  if (i + 2 < t.size() && Is(t[i + 1], "/") && t[i + 2].kind == TokenKind::kNumber &&
      !t[i + 1].space_before && !t[i + 2].space_before && s.size() <= 2 &&
      t[i + 2].folded.size() <= 2) {
    const std::optional<int> av = ParseInt(s), bv = ParseInt(t[i + 2].folded);
    if (!av || !bv) return std::nullopt;
    int a = *av, b = *bv;
    int d = de ? a : b, m = de ? b : a;
    if (!de && m > 12 && d <= 12) std::swap(d, m);  // "22/04" in English.
    size_t last = i + 3;
    int y = 0;
    bool two = false;
    if (last + 1 < t.size() && Is(t[last], "/") && !t[last].space_before &&
        t[last + 1].kind == TokenKind::kNumber && !t[last + 1].space_before) {
      const std::string_view ys = t[last + 1].folded;
      auto yv = ParseInt(ys);
      if (yv && ys.size() == 4 && *yv >= 1900 && *yv <= 2100)
        y = *yv;
      else if (yv && ys.size() == 2)
        y = 2000 + *yv, two = true;
      else
        return std::nullopt;
      last += 2;
    } else if (last + 1 < t.size() && Is(t[last], ",")) {
      if (auto yv = YearAt(t, last + 1)) y = *yv, last += 2;
    }
    if (y == 0 && !range_end) {
      // Without a year, "3/4" is more often a fraction or a score: take it as a date only
      // after a preposition, or as the start of a range of such dates ("10/1-11/2/2017").
      static const auto* kPreps =
          new StringSet{"on",   "from", "between", "since", "until", "by",   "am",     "vom",
                        "seit", "bis",  "ab",      "zum",   "to",    "till", "through"};
      const bool prep = i > 0 && kPreps->contains(t[i - 1].folded) && !IsAt(t, last, "of");
      const bool range = last + 2 < t.size() && IsDash(t[last]) && Is(t[last + 2], "/");
      if (!prep && !range) return std::nullopt;
    }
    r.two_digit_year = two;
    return set(d, m, y, last);
  }
  // "2024-10-25"; "10-25-2024" (English), "25-10-2024" (German).
  if (i + 4 < t.size() && IsDash(t[i + 1]) && IsDash(t[i + 3]) &&
      t[i + 2].kind == TokenKind::kNumber && t[i + 4].kind == TokenKind::kNumber &&
      !t[i + 1].space_before && !t[i + 2].space_before && !t[i + 3].space_before &&
      !t[i + 4].space_before) {
    const std::string_view b = t[i + 2].folded;
    const std::string_view c = t[i + 4].folded;
    const std::optional<int> av = ParseInt(s), bv = ParseInt(b), cv = ParseInt(c);
    // Not inside a longer code ("133-03-03-2020").
    const bool glued = i > 1 && !t[i].space_before && !t[i - 1].space_before && IsDash(t[i - 1]) &&
                       t[i - 2].kind == TokenKind::kNumber;
    if (!av || !bv || !cv || glued) return std::nullopt;
    if (s.size() == 4 && b.size() == 2 && c.size() == 2) {
      if (auto y = YearAt(t, i)) return set(*cv, *bv, *y, i + 5);
    }
    if (s.size() <= 2 && b.size() <= 2 && c.size() == 4) {
      if (auto y = YearAt(t, i + 4))
        return de ? set(*av, *bv, *y, i + 5) : set(*bv, *av, *y, i + 5);
    }
  }
  return std::nullopt;
}

std::optional<RawDate> WeekdayAfter(const std::vector<Token>& t, size_t k, const Lexicon& lex);

// Parses a date expression starting at token i; the caller tries every position.
// `range_end`: right after a range connector ("bis", "to"), where a bare year or a lower-case
// month is the range's end.
std::optional<RawDate> ParseAt(const std::vector<Token>& t, size_t i, const Lexicon& lex,
                               bool range_end = false) {
  if (i >= t.size()) return std::nullopt;
  RawDate r;
  r.first = i;
  const bool de = lex.lang == "de";
  const bool en = !de;
  if (en && IsAt(t, i + 2, "ago")) {
    // "two days ago", "3 weeks ago", "a year ago".
    if (auto n = CountAt(t, i, lex)) {
      const Relative u = RelativeAt(t, i + 1, lex);
      if (u.kind == Relative::kUnit && u.unit != Unit::kWeekend && (u.plural || *n == 1)) {
        r.count_unit = u.unit;
        r.count = -*n;
        r.last = i + 3;
        return r;
      }
    }
  }
  if (t[i].kind == TokenKind::kNumber) {
    if (auto n = NumericAt(t, i, lex, range_end)) return n;
    if (auto y = YearAt(t, i)) {
      // A bare year: "in 2017", "seit 2014", "bis 2030", "2014-2018", "in 2007 and 2009".
      static const auto* kYearPreps =
          new StringSet{"in", "seit", "bis",     "ab",     "since", "until",
                        "by", "from", "through", "during", "till",  "während"};
      const std::string_view prev = i > 0 ? std::string_view(t[i - 1].folded) : "";
      bool ok = range_end || kYearPreps->contains(prev);
      if (!ok && i >= 3 &&
          (prev == "and" || prev == "und" || prev == "or" || prev == "oder" || prev == ",")) {
        ok = YearAt(t, i - 2).has_value() && kYearPreps->contains(t[i - 3].folded);
      }
      if (!ok && i + 2 < t.size() && (ConnectorAt(t, i + 1, AfterBetween(t, i)) == 1)) {
        // The start of a range of years: "2014-2018", "von 2010 bis 2018"; not inside a
        // phone number or a code ("138-2010-2015").
        const bool glued_before = i > 0 && !t[i].space_before &&
                                  (IsDash(t[i - 1]) || t[i - 1].kind == TokenKind::kNumber);
        const bool glued_after = i + 3 < t.size() && !t[i + 3].space_before &&
                                 (IsDash(t[i + 3]) || t[i + 3].kind == TokenKind::kNumber);
        ok = (IsDash(t[i + 1]) || prev == "von" || prev == "zwischen" || prev == "between" ||
              prev == "from") &&
             YearAt(t, i + 2).value_or(0) > *y && !glued_before && !glued_after;
      }
      // "von 1990 auf 2000 Soldaten", "from 1990 to 2000 people": counts, not years.
      const bool counted_range = i + 3 < t.size() && ConnectorAt(t, i + 1, true) == 1 &&
                                 t[i + 2].kind == TokenKind::kNumber && CountedNoun(t, i + 3, lex);
      if (ok && !CountedNoun(t, i + 1, lex) && !counted_range) {
        r.year = *y;
        r.last = i + 1;
        return r;
      }
      return std::nullopt;
    }
    if (de) {
      // "25. Oktober", "27.-28. Oktober", "27. bis 28. Oktober 2024", "zwischen dem 3. und
      // dem 12. September", "27. 11.".
      auto d1 = SmallInt(t[i], 1, 31);
      if (!d1 || i + 1 >= t.size() || !Is(t[i + 1], ".")) return std::nullopt;
      size_t k = i + 2;
      int d2 = *d1;
      if (size_t c = ConnectorAt(t, k, AfterBetween(t, i)); c && k + c + 1 < t.size()) {
        if (auto v = SmallInt(t[k + c], 1, 31); v && Is(t[k + c + 1], ".") && *v >= *d1) {
          d2 = *v;
          k += c + 2;
        }
      }
      auto m = MonthAt(t, k, lex);
      if (!m) {
        // "am 27. 11." (spaced day and month, both with their dots).
        if (d2 == *d1 && k + 1 < t.size() && Is(t[k + 1], ".")) {
          if (auto mm = SmallInt(t[k], 1, 12)) m = std::pair{*mm, k + 2};
        }
        if (!m) return std::nullopt;
      }
      r.day_from = *d1;
      r.day_to = d2;
      r.month = m->first;
      r.last = YearAfter(t, m->second, lex, r);
      return r;
    }
  }
  if (en) {
    // Day first: "25 October 2024", "25th of October", "3 and 12 of Sept", "9 to 12 of June",
    // "ninth till seventeenth of April". A spelled ordinal needs "of" ("second of Aug"):
    // "second" and "first" are common words.
    const bool words = t[i].kind == TokenKind::kWord && !HasOrdinalSuffix(t[i]);
    if (auto d1 = EnglishDayAt(t, i, true)) {
      size_t k = d1->second;
      int d2 = d1->first;
      if (size_t c = ConnectorAt(t, k, AfterBetween(t, i))) {
        if (auto v = EnglishDayAt(t, k + c, true); v && v->first >= d1->first) {
          d2 = v->first;
          k = v->second;
        }
      }
      const bool of = IsAt(t, k, "of");
      if (of) ++k;
      if (!words || of) {
        if (auto m = MonthAt(t, k, lex, true)) {
          r.day_from = d1->first;
          r.day_to = d2;
          r.month = m->first;
          r.last = YearAfter(t, m->second, lex, r);
          return r;
        }
      }
    }
  }
  if (t[i].kind != TokenKind::kWord) return std::nullopt;
  if (de) {
    // "am zweiten Mai": a German ordinal word before a month.
    if (auto m = MonthAt(t, i + 1, lex)) {
      if (auto d = GermanOrdinalWord(t[i].folded, lex); d && *d >= 1 && *d <= 31) {
        r.day_from = r.day_to = *d;
        r.month = m->first;
        r.last = YearAfter(t, m->second, lex, r);
        return r;
      }
    }
  }
  if (PhraseMatch w = lex.weekdays.Match(t, i); w.length > 0) {
    r.weekday = FieldInt(w.fields);
    r.last = i + w.length;
    // "Montag nächster Woche", "Tuesday of next week", "monday of the following week".
    size_t k = r.last;
    if (en && IsAt(t, k, "of")) {
      ++k;
      if (IsAt(t, k, "the")) ++k;
    }
    const Relative q = RelativeAt(t, k, lex);
    if (q.kind == Relative::kQualifier && q.shift && (k > r.last || de)) {
      const Relative u = RelativeAt(t, k + 1, lex);
      if (u.kind == Relative::kUnit && u.unit == Unit::kWeek && !u.plural) {
        r.pick = Pick::kThisWeek;
        r.week_shift = *q.shift;
        r.last = k + 2;
        return r;
      }
    }
    // "Dienstag, dem 5. November", "Friday 7/6", "Tuesday the eleventh": the date decides.
    if (auto d = WeekdayAfter(t, r.last, lex)) {
      d->first = i;
      d->weekday = d->month ? 0 : r.weekday;
      return d;
    }
    return r;
  }
  if (t[i].upper && t[i].folded.size() <= 5) {
    // An abbreviated weekday only before the date it names: "Tue May 9", "So 27.02.2022",
    // "Mon 13th" (alone, "Sun", "Mo" or "So" are other words).
    const StringMap<int>& short_days = ShortWeekdays();
    if (auto it = short_days.find(t[i].folded); it != short_days.end()) {
      size_t k = i + 1;
      if (IsAt(t, k, ".") && !t[k].space_before) ++k;
      if (auto d = WeekdayAfter(t, k, lex)) {
        d->first = i;
        d->weekday = d->month ? 0 : it->second;
        return d;
      }
    }
  }
  const Relative rel = RelativeAt(t, i, lex);
  if (rel.kind == Relative::kDayOffset) {
    if (de && t[i].upper && i > 0) return std::nullopt;  // "Morgen" is also "morning".
    r.offset = rel.offset;
    r.last = i + 1;
    return r;
  }
  if (rel.kind == Relative::kQualifier) {
    // English "the following week" and "the next day" count from another event.
    if (en && i > 0 && Is(t[i - 1], "the")) return std::nullopt;
    size_t k = i + 1;
    Relative q = rel;
    if (const Relative q2 = RelativeAt(t, k, lex); q2.kind == Relative::kQualifier) {
      q = q2;  // "this past Wednesday", "this upcoming Friday".
      ++k;
    }
    const Relative u = RelativeAt(t, k, lex);
    if (u.kind == Relative::kUnit && !u.plural && q.shift && u.unit != Unit::kDay) {
      // "nächste Woche", "letztes Jahr", "this month"; not "the last year of the war".
      if (k + 1 < t.size()) {
        static const auto* kOf =
            new StringSet{"of", "des", "der", "seiner", "seines", "ihrer", "ihres"};
        if (kOf->contains(t[k + 1].folded)) return std::nullopt;
      }
      r.period = u.unit;
      r.period_shift = *q.shift;
      r.last = k + 1;
      if (u.unit == Unit::kWeek) {
        // "next week Monday", "nächste Woche Dienstag", "previous week - Monday".
        size_t j = r.last;
        if (j < t.size() && (Is(t[j], "on") || Is(t[j], "am") || IsDash(t[j]))) ++j;
        if (PhraseMatch w = lex.weekdays.Match(t, j); w.length > 0) {
          r.period = Unit::kNone;
          r.weekday = FieldInt(w.fields);
          r.pick = Pick::kThisWeek;
          r.week_shift = *q.shift;
          r.last = j + w.length;
        }
      }
      return r;
    }
    if (PhraseMatch w = lex.weekdays.Match(t, k); w.length > 0) {
      // "nächsten Donnerstag", "last Wednesday", "am kommenden Montag".
      r.weekday = FieldInt(w.fields);
      r.pick = q.pick;
      r.week_shift = q.week_shift;
      r.last = k + w.length;
      if (auto d = WeekdayAfter(t, r.last, lex)) {
        d->first = i;
        d->weekday = d->month ? 0 : r.weekday;
        return d;
      }
      return r;
    }
    if (q.shift && *q.shift == 0) {
      // "diesen September", "this September".
      if (auto m = MonthAt(t, k, lex, true)) {
        r.month = m->first;
        r.year_shift = 0;
        r.last = m->second;
        return r;
      }
    }
    return std::nullopt;
  }
  if (rel.kind == Relative::kUnit) {
    if (rel.unit == Unit::kYear) {
      // "im Jahr 2012", "im Jahre 2012", "the year 2008", "the year of 2008".
      size_t k = i + 1;
      if (en && IsAt(t, k, "of")) ++k;
      if (auto y = YearAt(t, k)) {
        r.year = *y;
        r.last = k + 1;
        return r;
      }
    }
    if (rel.unit == Unit::kWeek && !rel.plural && IsAt(t, i + 1, "after") &&
        IsAt(t, i + 2, "next")) {
      r.period = Unit::kWeek;  // "the week after next".
      r.period_shift = 2;
      r.last = i + 3;
      return r;
    }
    if (rel.unit == Unit::kWeekend && !rel.plural && i > 0) {
      // "am Wochenende", "over the weekend": the latest one.
      std::string_view p = t[i - 1].folded;
      if (p == "the" && i > 1) p = t[i - 2].folded;
      if (p == "am" || p == "übers" || p == "on" || p == "over" || p == "at" || p == "during") {
        r.bare_weekend = true;
        r.last = i + 1;
        return r;
      }
    }
    return std::nullopt;
  }
  if (de && (Is(t[i], "vor") || Is(t[i], "in"))) {
    // "vor drei Tagen", "vor einem Jahr", "in zwei Wochen".
    if (auto n = CountAt(t, i + 1, lex)) {
      const Relative u = RelativeAt(t, i + 2, lex);
      if (u.kind == Relative::kUnit && u.unit != Unit::kWeekend && (u.plural || *n == 1)) {
        r.count_unit = u.unit;
        r.count = Is(t[i], "vor") ? -*n : *n;
        r.last = i + 3;
        return r;
      }
    }
    return std::nullopt;
  }
  // Part of a month: "Anfang November", "early November".
  size_t k = i;
  if (Is(t[i], "anfang") || Is(t[i], "early")) r.part = 1;
  if (Is(t[i], "mitte") || Is(t[i], "mid")) r.part = 2;
  if (Is(t[i], "ende") || Is(t[i], "late")) r.part = 3;
  if (r.part) ++k;
  if (k < t.size() && Is(t[k], "-") && r.part) ++k;  // "mid - November"
  if (!r.part && t[i].hyphen) {
    // "mid-November", "early-December", "Mitte-Mai": one word.
    const std::string_view w = t[i].folded;
    const size_t dash = w.find('-');
    const std::string_view head = w.substr(0, dash);
    int part = 0;
    if (head == "anfang" || head == "early") part = 1;
    if (head == "mitte" || head == "mid") part = 2;
    if (head == "ende" || head == "late") part = 3;
    if (const std::vector<std::string>* mf = part ? lex.months.Find(w.substr(dash + 1)) : nullptr) {
      r.part = part;
      r.month = FieldInt(mf);
      r.last = YearAfter(t, i + 1, lex, r);
      return r;
    }
  }
  // A lower-case English month after a preposition or before its day or year: "in april",
  // "april 9th", "april 2017" (never "may" or "march").
  const bool lower_ok =
      range_end ||
      (i > 0 && (Is(t[i - 1], "in") || Is(t[i - 1], "from") || Is(t[i - 1], "since") ||
                 Is(t[i - 1], "between") || Is(t[i - 1], "until") || Is(t[i - 1], "by") ||
                 Is(t[i - 1], "on"))) ||
      (k + 1 < t.size() && (SmallInt(t[k + 1], 1, 31) || HasOrdinalSuffix(t[k + 1]) ||
                            YearAt(t, k + 1) || EnglishOrdinalWord(t, k + 1)));
  std::optional<std::pair<int, size_t>> m = MonthAt(t, k, lex, lower_ok);
  if (!m && en && r.part == 0 && k < t.size() && t[k].upper &&
      t[k].folded.find('-') != std::string::npos) {
    // "Nov-Feb 2017": a range of months in one word, with the year.
    const std::string_view w = t[k].folded;
    const size_t dash = w.find('-');
    const std::vector<std::string>* a = lex.months.Find(w.substr(0, dash));
    const std::vector<std::string>* b = lex.months.Find(w.substr(dash + 1));
    if (!a || !b) return std::nullopt;
    RawDate end;
    r.last = YearAfter(t, k + 1, lex, end);
    if (end.year == 0) return std::nullopt;
    r.month = FieldInt(a);
    r.month_to = FieldInt(b);
    r.year_to = end.year;
    r.year = r.month_to < r.month ? end.year - 1 : end.year;
    return r;
  }
  if (!m) return std::nullopt;
  r.month = m->first;
  r.last = m->second;
  if (en && !r.part) {
    // "October 25", "Oct. 25, 2024", "Oct. 27-28", "April 9th through 17th", "June the 28th",
    // "October, 1st".
    size_t d = r.last;
    if (IsAt(t, d, "the")) ++d;
    if (IsAt(t, d, ",") && d + 1 < t.size() && HasOrdinalSuffix(t[d + 1])) ++d;
    if (std::optional<std::pair<int, size_t>> d1 = EnglishDayAt(t, d, true)) {
      r.day_from = r.day_to = d1->first;
      r.last = d1->second;
      if (size_t c = ConnectorAt(t, r.last, false)) {
        if (auto d2 = EnglishDayAt(t, r.last + c, true); d2 && d2->first >= d1->first &&
                                                         !MonthAt(t, d2->second, lex, true) &&
                                                         !CountedNoun(t, d2->second, lex)) {
          r.day_to = d2->first;
          r.last = d2->second;
        }
      }
      r.last = YearAfter(t, r.last, lex, r);
      return r;
    }
  }
  r.last = YearAfter(t, r.last, lex, r);
  if (r.part == 0 && r.year == 0 && !r.year_shift && !range_end) {
    // A bare month name needs a preposition to be a date: "im Dezember", "by December", or
    // to start a range of months ("May to March").
    if (i == 0) return std::nullopt;
    const std::string_view p = t[i - 1].folded;
    const size_t c = ConnectorAt(t, r.last, false);
    const bool range = c && MonthAt(t, r.last + c, lex, true);
    if (!range && p != "im" && p != "bis" && p != "seit" && p != "ab" && p != "in" && p != "by" &&
        p != "until" && p != "since" && p != "from" && p != "of" && p != "zum" && p != "between" &&
        p != "zwischen" && p != "von") {
      return std::nullopt;
    }
  }
  return r;
}

// What follows a weekday and names the day: "Dienstag, dem 5. November", "Friday 7/6",
// "Tue May 9", "Dienstag, der 25.", "Tuesday the eleventh".
std::optional<RawDate> WeekdayAfter(const std::vector<Token>& t, size_t k, const Lexicon& lex) {
  if (IsAt(t, k, ",")) ++k;
  bool article = false;
  if (k < t.size() && (Is(t[k], "der") || Is(t[k], "den") || Is(t[k], "dem") || Is(t[k], "the"))) {
    ++k;
    article = true;
  }
  if (k >= t.size()) return std::nullopt;
  if (t[k].kind == TokenKind::kNumber || t[k].kind == TokenKind::kWord) {
    if (PhraseMatch w = lex.weekdays.Match(t, k); w.length > 0) return std::nullopt;
    if (RelativeAt(t, k, lex).kind != Relative::kNone) return std::nullopt;
    std::optional<RawDate> d = ParseAt(t, k, lex, true);
    if (d && d->day_from > 0 && d->month > 0) return d;
  }
  // A day without a month.
  RawDate r;
  if (lex.lang == "de") {
    auto day = SmallInt(t[k], 1, 31);
    if (!day || !article || !IsAt(t, k + 1, ".")) return std::nullopt;
    r.day_from = r.day_to = *day;
    r.last = k + 2;
    return r;
  }
  auto day = EnglishDayAt(t, k, article);
  if (!day || (!article && !HasOrdinalSuffix(t[k]))) return std::nullopt;
  r.day_from = r.day_to = day->first;
  r.last = day->second;
  return r;
}

absl::CivilDay LastDayOfMonth(int year, int month) {
  return absl::CivilDay(absl::CivilMonth(year, month) + 1) - 1;
}

absl::CivilDay Monday(absl::CivilDay d) {
  return d - static_cast<int>(absl::GetWeekday(d));  // absl: Monday = 0.
}

int IsoWeekday(absl::CivilDay d) { return static_cast<int>(absl::GetWeekday(d)) + 1; }

absl::CivilDay AddMonths(absl::CivilDay d, int months) {
  const absl::CivilMonth m = absl::CivilMonth(d) + months;
  const absl::CivilDay last = absl::CivilDay(m + 1) - 1;
  return std::min(absl::CivilDay(m.year(), m.month(), d.day()), last);
}

// Resolves `r` against `anchor`; nullopt when it needs an anchor and there is none, or when
// the day does not exist ("31. Februar").
std::optional<DateRange> Resolve(const RawDate& r, std::optional<absl::CivilDay> anchor,
                                 bool deadline) {
  if (NeedsAnchor(r) && !anchor) return std::nullopt;
  if (r.offset) return DateRange{*anchor + *r.offset, *anchor + *r.offset};
  if (r.count_unit != Unit::kNone) {
    // "vor drei Tagen" is a day; "vor zwei Wochen", "two months ago" and "vor drei Jahren"
    // are rounded, so they cover a few days, weeks or months either side and do not
    // contradict a date a little off.
    absl::CivilDay d = *anchor;
    int slack = 0;
    switch (r.count_unit) {
      case Unit::kDay:
        d += r.count;
        break;
      case Unit::kWeek:
        d += 7 * r.count, slack = 3;
        break;
      case Unit::kFortnight:
        d += 14 * r.count, slack = 3;
        break;
      case Unit::kMonth:
        d = AddMonths(d, r.count), slack = 10;
        break;
      case Unit::kYear:
        d = AddMonths(d, 12 * r.count), slack = 90;
        break;
      default:
        return std::nullopt;
    }
    return DateRange{d - slack, d + slack};
  }
  if (r.period != Unit::kNone || r.bare_weekend) {
    const absl::CivilDay monday = Monday(*anchor);
    switch (r.bare_weekend ? Unit::kWeekend : r.period) {
      case Unit::kWeek: {
        const absl::CivilDay b = monday + 7 * r.period_shift;
        return DateRange{b, b + 6};
      }
      case Unit::kFortnight: {
        const absl::CivilDay b = monday + 7 * r.period_shift;
        return DateRange{b, b + 13};
      }
      case Unit::kWeekend: {
        absl::CivilDay saturday = monday + 5 + 7 * r.period_shift;
        if (r.bare_weekend) {
          // The latest weekend (the coming one for a deadline).
          saturday = monday + 5;
          if (!deadline && saturday > *anchor) saturday -= 7;
        }
        return DateRange{saturday, saturday + 1};
      }
      case Unit::kMonth: {
        const absl::CivilMonth m = absl::CivilMonth(*anchor) + r.period_shift;
        return DateRange{absl::CivilDay(m), absl::CivilDay(m + 1) - 1};
      }
      case Unit::kYear: {
        const absl::CivilYear y = absl::CivilYear(*anchor) + r.period_shift;
        return DateRange{absl::CivilDay(y), absl::CivilDay(y + 1) - 1};
      }
      default:
        return std::nullopt;
    }
  }
  if (r.weekday && r.day_from > 0 && r.month == 0) {
    // "Dienstag, der 25.": the anchor's month if that day is such a weekday, else the latest
    // month before it where it is.
    absl::CivilMonth m(*anchor);
    for (int k = 0; k < 28; ++k, m -= 1) {
      const absl::CivilDay d(m.year(), m.month(), r.day_from);
      if (d.month() == m.month() && IsoWeekday(d) == r.weekday) return DateRange{d, d};
    }
    return std::nullopt;
  }
  if (r.weekday) {
    absl::CivilDay d = *anchor;
    switch (r.pick) {
      case Pick::kThisWeek:
        d = Monday(*anchor) + 7 * r.week_shift + (r.weekday - 1);
        break;
      case Pick::kPast:
        d = *anchor - 1;
        while (IsoWeekday(d) != r.weekday) d -= 1;
        break;
      case Pick::kComing:
        d = *anchor + 1;
        while (IsoWeekday(d) != r.weekday) d += 1;
        break;
      case Pick::kRecent:
        // The most recent such weekday, on or before the anchor (news reports the past); for
        // a deadline ("bis Sonntag") the next one.
        while (IsoWeekday(d) != r.weekday) d += deadline ? 1 : -1;
        break;
    }
    return DateRange{d, d};
  }
  int year = r.year;
  bool inferred = false;
  if (r.two_digit_year && anchor && year > anchor->year() + 10) year -= 100;  // "03/18/40".
  if (r.year_shift) {
    year = static_cast<int>(anchor->year()) + *r.year_shift;
  } else if (year == 0 && r.month) {
    year = static_cast<int>(anchor->year());
    const int diff = r.month - anchor->month();
    if (deadline && diff < -1) ++year;  // "bis Februar" written in November.
    if (!deadline && diff > 3) --year;  // "im Dezember" written in February.
    inferred = true;
  }
  if (r.month == 0) {
    if (year == 0) return std::nullopt;
    const absl::CivilYear y(year);
    return DateRange{absl::CivilDay(y), absl::CivilDay(y + 1) - 1};
  }
  if (r.day_from > 0) {
    if (inferred && r.month == 2 && r.day_from == 29) {
      while (absl::CivilDay(year, 2, 29).month() != 2) --year;  // The latest leap year.
    }
    absl::CivilDay b(year, r.month, r.day_from), e(year, r.month, r.day_to);
    if (b.month() != r.month || e.month() != r.month) return std::nullopt;  // "31. Februar"
    return DateRange{b, e};
  }
  absl::CivilDay first(year, r.month, 1);
  absl::CivilDay last = LastDayOfMonth(year, r.month);
  if (r.part == 1) return DateRange{first, first + 9};
  if (r.part == 2) return DateRange{first + 10, first + 19};
  if (r.part == 3) return DateRange{first + 20, last};
  return DateRange{first, last};
}

// Whether a range's end takes the start's year (both written without one) or gives its own.
bool HasOwnYear(const RawDate& r) { return r.year != 0 || r.year_shift.has_value(); }

// Resolves "vom 12. Januar bis zum 22. Januar 2016", "from March to May", "2014-2018",
// "nächsten Donnerstag bis Samstag": the years the ends leave out come from the other end.
std::optional<DateRange> ResolveRange(RawDate a, RawDate b, std::optional<absl::CivilDay> anchor) {
  const bool b_calendar = b.month != 0 && !b.weekday && !HasOwnYear(b);
  if (a.month != 0 && !a.weekday && !HasOwnYear(a) && HasOwnYear(b) && b.month != 0) {
    std::optional<DateRange> eb = Resolve(b, anchor, false);
    if (!eb) return std::nullopt;
    a.year = static_cast<int>(eb->begin.year());
    if (a.month > b.month) --a.year;  // "Nov-Feb 2017".
  }
  std::optional<DateRange> ea = Resolve(a, anchor, false);
  if (!ea) return std::nullopt;
  std::optional<DateRange> eb;
  if (b_calendar) {
    b.year = static_cast<int>(ea->begin.year());
    eb = Resolve(b, anchor, false);
    if (eb && eb->end < ea->begin) {
      ++b.year;  // "May to March", "from 10/25 to 01/25".
      eb = Resolve(b, anchor, false);
    }
  } else if (b.weekday && b.pick == Pick::kRecent && b.day_from == 0) {
    // "nächsten Donnerstag bis Samstag": the first such weekday from the start on.
    absl::CivilDay d = ea->begin;
    while (IsoWeekday(d) != b.weekday) d += 1;
    eb = DateRange{d, d};
  } else {
    eb = Resolve(b, anchor, false);
  }
  if (!eb || eb->end < ea->begin) return std::nullopt;
  return DateRange{ea->begin, eb->end};
}

// Prepositions that belong to the date's words in the evidence ("am 25. Oktober").
size_t ExtendLeft(const std::vector<Token>& t, size_t first, bool* deadline) {
  static const auto* preps = new StringSet{
      "am",    "vom",  "von", "ab",  "seit", "bis", "im",  "zum", "on",       "by",     "until",
      "since", "from", "in",  "dem", "den",  "der", "the", "of",  "zwischen", "between"};
  size_t k = first;
  while (k > 0 && k + 2 > first && preps->contains(t[k - 1].folded)) --k;
  for (size_t j = k; j < first; ++j) {
    if (Is(t[j], "bis") || Is(t[j], "by") || Is(t[j], "until")) *deadline = true;
  }
  return k;
}

}  // namespace

DateRecognizer::DateRecognizer(const ExtractOptions& options)
    : options_(options),
      de_(Lexicon::Build("de", options)),
      en_(Lexicon::Build("en", options)),
      de_starts_(StartWords::Of(de_)),
      en_starts_(StartWords::Of(en_)) {}

DateRecognizer::StartWords DateRecognizer::StartWords::Of(const Lexicon& lex) {
  StartWords s;
  s.german = lex.lang == "de";
  s.any = lex.months.has_stems() || lex.weekdays.has_stems() || lex.relative_days.has_stems();
  auto add = [&](std::string_view w) { s.words[w] = true; };
  lex.months.ForEachFirstWord(add);
  lex.weekdays.ForEachFirstWord(add);
  lex.relative_days.ForEachFirstWord(add);
  for (const auto& [w, day] : ShortWeekdays()) add(w);
  for (const auto& [w, n] : EnglishOrdinals()) add(w);
  for (std::string_view w : kOtherStartWords) add(w);
  return s;
}

// Whether ParseAt(t, i) can find a date: false for most tokens, which saves running the
// whole parser at every word. It mirrors ParseAt's branches: numbers; "N units ago"; words
// from the month, weekday and relative-day tables and the fixed words ParseAt tests; words
// with a digit ("25th") or a hyphen ("mid-November", "twenty-first"); and a German ordinal
// word, which is read only before a month.
bool DateRecognizer::MayStartDate(const std::vector<Token>& t, size_t i,
                                  const StartWords& starts) const {
  const Token& w = t[i];
  if (w.kind == TokenKind::kNumber) return true;
  if (w.kind != TokenKind::kWord) return false;
  const unsigned char c0 = static_cast<unsigned char>(w.folded[0]);
  if (starts.any || w.hyphen || (c0 >= '0' && c0 <= '9')) return true;
  if (starts.words.Find(w.folded, w.hash) != nullptr) return true;
  if (i + 2 < t.size() && t[i + 2].hash == starts.ago_hash && t[i + 2].folded == "ago") {
    return true;
  }
  return starts.german && i + 1 < t.size() && t[i + 1].kind == TokenKind::kWord &&
         starts.words.Find(t[i + 1].folded, t[i + 1].hash) != nullptr;
}

void DateRecognizer::Run(DocContext& ctx) const {
  const Lexicon& lex = ctx.lang == "en" ? en_ : de_;
  const StartWords& starts = ctx.lang == "en" ? en_starts_ : de_starts_;
  struct Found {
    size_t sentence;
    RawDate raw;
    std::optional<RawDate> to;  // The end of a range ("vom 12. Januar bis zum 22.01.2016").
  };
  std::vector<Found> found;
  std::optional<absl::CivilDay> article_date;  // The first full date the article itself gives.
  for (size_t s = 0; s < ctx.sentences.size(); ++s) {
    const std::vector<Token>& t = ctx.sentences[s].tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (!MayStartDate(t, i, starts)) {
#ifdef CROSSCHECK_CHECK_FILTERS
        // The sanitizer build (CI) proves the filter on every test text: it may only skip
        // tokens where the parser finds nothing.
        if (ParseAt(t, i, lex)) {
          std::fprintf(stderr, "date filter skipped a date at '%.*s'\n",
                       static_cast<int>(t[i].folded.size()), t[i].folded.data());
          std::abort();
        }
#endif
        continue;
      }
      std::optional<RawDate> r = ParseAt(t, i, lex);
      if (!r) continue;
      Found f{s, *r, std::nullopt};
      if (r->month_to) {
        // "Nov-Feb 2017": split into the range's two ends.
        RawDate end = *r;
        end.month = r->month_to;
        end.year = r->year_to;
        end.month_to = f.raw.month_to = 0;
        f.to = end;
      } else if (size_t c = ConnectorAt(t, r->last, AfterBetween(t, r->first))) {
        if (std::optional<RawDate> b = ParseAt(t, r->last + c, lex, true)) {
          const bool year_a = r->month == 0 && r->year && !r->weekday;
          const bool year_b = b->month == 0 && b->year && !b->weekday;
          // A year range needs years at both ends or a month at the end ("2014 through May
          // 2018"); "bis 2018" after a day would be a deadline, not a range.
          if (!year_b || year_a) f.to = *b;
        }
      }
      if (!article_date && r->year && r->day_from > 0 && r->month) {
        article_date = absl::CivilDay(r->year, r->month, r->day_from);
      }
      i = (f.to ? f.to->last : r->last) - 1;
      found.push_back(std::move(f));
    }
  }
  const std::optional<absl::CivilDay> anchor = ctx.published ? ctx.published : article_date;
  SentenceFacts facts;
  size_t facts_sentence = SIZE_MAX;
  for (const Found& f : found) {
    const SentenceTokens& st = ctx.sentences[f.sentence];
    const std::vector<Token>& t = st.tokens;
    bool deadline = false;
    const size_t first = ExtendLeft(t, f.raw.first, &deadline);
    const size_t last = f.to ? f.to->last : f.raw.last;
    Claim c;
    c.kind = ClaimKind::kDate;
    c.span = {t[first].span.begin, t[last - 1].span.end};
    c.sentence = st.sentence.span;
    c.paragraph = st.sentence.paragraph;
    c.confidence = 0.9;
    c.date = f.to ? ResolveRange(f.raw, *f.to, anchor) : Resolve(f.raw, anchor, deadline);
    if (!c.date) {
      const bool needs = NeedsAnchor(f.raw) || (f.to && NeedsAnchor(*f.to));
      if (needs && !anchor) {
        c.unresolved = f.raw.year == 0 && f.raw.month != 0
                           ? "no year: the article has no publication date and names no full date"
                           : "relative date: the article has no publication date";
      } else {
        c.unresolved = f.to ? "the range ends before it starts" : "no such day in the calendar";
      }
    }
    if (deadline) {
      c.event = "deadline";
    } else {
      // The nearest event word in the sentence names what the date is about.
      constexpr size_t kWindow = 25;
      size_t best = SIZE_MAX;
      const size_t lo = f.raw.first > kWindow ? f.raw.first - kWindow : 0;
      for (size_t i = lo; i < std::min(t.size(), last + kWindow); ++i) {
        PhraseMatch m = lex.events.Match(t, i);
        if (m.length == 0) continue;
        const size_t d = i < f.raw.first ? f.raw.first - i : i - f.raw.first;
        if (d < best) {
          best = d;
          c.event = m.fields->at(0);
        }
      }
      if (!c.event.empty()) {
        if (facts_sentence != f.sentence) {  // Once per sentence, however many dates it has.
          facts = AnalyzeSentence(ctx.text, t, lex);
          facts_sentence = f.sentence;
        }
        c.subject = SubjectOf(facts, first, last);
        if (!c.subject.empty()) c.key = fmt::format("date/{}/{}", c.event, c.subject);
      }
    }
    ctx.claims.push_back(std::move(c));
  }
}

}  // namespace crosscheck::internal
