// Dates written in digits: "25.10.2024", "14.03.25", "22.04." (ordinal_dot), "10/1/2018",
// "5/12", "2024-10-25", "10-25-2024"; the order of day and month is the language's
// numeric_order.
#include <algorithm>

#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

bool MonthFirst(const LanguagePack& pack) {
  return pack.grammar.numeric_order == Grammar::NumericOrder::kMonthDay;
}

std::optional<RawDate> DayMonthYear(RawDate r, int d, int m, int y, size_t last) {
  if (d < 1 || d > 31 || m < 1 || m > 12) return std::nullopt;
  r.day_from = r.day_to = d;
  r.month = m;
  r.year = y;
  r.last = last;
  return r;
}

// "25.10.2024", "14.03.25".
std::optional<RawDate> TwoDots(std::string_view s, size_t i, RawDate r) {
  const size_t a = s.find('.'), b = s.find('.', a + 1);
  auto d = ParseInt(s.substr(0, a));
  auto m = ParseInt(s.substr(a + 1, b - a - 1));
  auto y = ParseInt(s.substr(b + 1));
  if (!d || !m || !y || b - a - 1 > 2 || a > 2) return std::nullopt;
  if (*y >= 1900 && *y <= 2100) return DayMonthYear(r, *d, *m, *y, i + 1);
  if (s.size() - b - 1 == 2) {
    r.two_digit_year = true;
    return DayMonthYear(r, *d, *m, 2000 + *y, i + 1);
  }
  return std::nullopt;
}

// "22.04." (a decimal has a comma; three-digit groups are thousands). "3.5." is a date only
// after a short_date_prep ("am 3.5."), else it may be a stray decimal.
std::optional<RawDate> DayDotMonthDot(Tokens t, size_t i,
                                      const LanguagePack& pack, RawDate r) {
  const std::string_view s = t[i].folded();
  const size_t a = s.find('.');
  if (a > 2 || s.size() - a - 1 > 2) return std::nullopt;
  if (s.size() - a - 1 < 2 && !(i > 0 && HasRole(t, i - 1, pack, kShortDatePrep))) {
    return std::nullopt;
  }
  auto d = ParseInt(s.substr(0, a));
  auto m = ParseInt(s.substr(a + 1));
  if (!d || !m) return std::nullopt;
  return DayMonthYear(r, *d, *m, 0, i + 2);
}

// The year after "10/1": "/2018", "/18" or ", 2018". Sets *y (0: none) and moves *last;
// false for a malformed year.
bool SlashYear(Tokens t, size_t* last, int* y, bool* two) {
  if (*last + 1 < t.size() && Is(t[*last], "/") && !t[*last].space_before &&
      t[*last + 1].kind == TokenKind::kNumber && !t[*last + 1].space_before) {
    const std::string_view ys = t[*last + 1].folded();
    auto yv = ParseInt(ys);
    if (yv && ys.size() == 4 && *yv >= 1900 && *yv <= 2100) {
      *y = *yv;
    } else if (yv && ys.size() == 2) {
      *y = 2000 + *yv, *two = true;
    } else {
      return false;
    }
    *last += 2;
  } else if (*last + 1 < t.size() && Is(t[*last], ",")) {
    if (auto yv = YearAt(t, *last + 1)) *y = *yv, *last += 2;
  }
  return true;
}

// "10/1/2018", "5/12", "29/2": in numeric_order.
std::optional<RawDate> Slashed(Tokens t, size_t i, const LanguagePack& pack,
                               bool range_end, RawDate r) {
  const std::optional<int> av = ParseInt(t[i].folded()), bv = ParseInt(t[i + 2].folded());
  if (!av || !bv) return std::nullopt;
  const bool month_first = MonthFirst(pack);
  int d = month_first ? *bv : *av, m = month_first ? *av : *bv;
  if (month_first && m > 12 && d <= 12) std::swap(d, m);  // "22/04" in English.
  size_t last = i + 3;
  int y = 0;
  bool two = false;
  if (!SlashYear(t, &last, &y, &two)) return std::nullopt;
  if (y == 0 && !range_end) {
    // Without a year, "3/4" is more often a fraction or a score: take it as a date only
    // after a preposition, or as the start of a range of such dates ("10/1-11/2/2017").
    const bool prep =
        i > 0 && HasRole(t, i - 1, pack, kSlashDatePrep) && !HasRole(t, last, pack, kFractionOf);
    const bool range = last + 2 < t.size() && IsDash(t[last]) && Is(t[last + 2], "/");
    if (!prep && !range) return std::nullopt;
  }
  r.two_digit_year = two;
  return DayMonthYear(r, d, m, y, last);
}

// "2024-10-25"; "10-25-2024" (month first), "25-10-2024" (day first).
std::optional<RawDate> Dashed(Tokens t, size_t i, const LanguagePack& pack,
                              RawDate r) {
  const std::string_view s = t[i].folded(), b = t[i + 2].folded(), c = t[i + 4].folded();
  const std::optional<int> av = ParseInt(s), bv = ParseInt(b), cv = ParseInt(c);
  // Not inside a longer code ("133-03-03-2020").
  const bool glued = i > 1 && !t[i].space_before && !t[i - 1].space_before && IsDash(t[i - 1]) &&
                     t[i - 2].kind == TokenKind::kNumber;
  if (!av || !bv || !cv || glued) return std::nullopt;
  if (s.size() == 4 && b.size() == 2 && c.size() == 2) {
    if (auto y = YearAt(t, i)) return DayMonthYear(r, *cv, *bv, *y, i + 5);
  }
  if (s.size() <= 2 && b.size() <= 2 && c.size() == 4) {
    if (auto y = YearAt(t, i + 4)) {
      // "25-10-2024" is day first in any language: no month is 25.
      const bool month_first = MonthFirst(pack) && *av <= 12;
      return month_first ? DayMonthYear(r, *bv, *av, *y, i + 5)
                         : DayMonthYear(r, *av, *bv, *y, i + 5);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<RawDate> NumericAt(Tokens t, size_t i, const LanguagePack& pack,
                                 bool range_end) {
  RawDate r;
  r.first = i;
  const std::string_view s = t[i].folded();
  const size_t dots = std::count(s.begin(), s.end(), '.');
  if (dots == 2) return TwoDots(s, i, r);
  if (dots == 1 && pack.grammar.ordinal_dot && IsAt(t, i + 1, ".") && !t[i + 1].space_before) {
    return DayDotMonthDot(t, i, pack, r);
  }
  if (t[i].kind != TokenKind::kNumber || dots != 0 || s.find(',') != std::string::npos) {
    return std::nullopt;
  }
  if (i + 2 < t.size() && Is(t[i + 1], "/") && t[i + 2].kind == TokenKind::kNumber &&
      !t[i + 1].space_before && !t[i + 2].space_before && s.size() <= 2 &&
      t[i + 2].folded().size() <= 2) {
    return Slashed(t, i, pack, range_end, r);
  }
  if (i + 4 < t.size() && IsDash(t[i + 1]) && IsDash(t[i + 3]) &&
      t[i + 2].kind == TokenKind::kNumber && t[i + 4].kind == TokenKind::kNumber &&
      !t[i + 1].space_before && !t[i + 2].space_before && !t[i + 3].space_before &&
      !t[i + 4].space_before) {
    return Dashed(t, i, pack, r);
  }
  return std::nullopt;
}

}  // namespace crosscheck::internal
