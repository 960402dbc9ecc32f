// Resolving a date as written against the anchor day (the publication date, else the first
// full date the article gives): counts, periods, weekdays and calendar dates.
#include <algorithm>

#include "lib/base/days.h"
#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

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

// "vor drei Tagen" is a day; "vor zwei Wochen", "two months ago" and "vor drei Jahren" are
// rounded, so they cover a few days, weeks or months either side and do not contradict a
// date a little off.
std::optional<DateRange> ResolveCount(const RawDate& r, absl::CivilDay anchor) {
  absl::CivilDay d = anchor;
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

// "nächste Woche", "letztes Jahr", "am Wochenende".
std::optional<DateRange> ResolvePeriod(const RawDate& r, absl::CivilDay anchor, bool deadline) {
  const absl::CivilDay monday = Monday(anchor);
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
        if (!deadline && saturday > anchor) saturday -= 7;
      }
      return DateRange{saturday, saturday + 1};
    }
    case Unit::kMonth: {
      const absl::CivilMonth m = absl::CivilMonth(anchor) + r.period_shift;
      return DateRange{absl::CivilDay(m), absl::CivilDay(m + 1) - 1};
    }
    case Unit::kYear: {
      const absl::CivilYear y = absl::CivilYear(anchor) + r.period_shift;
      return DateRange{absl::CivilDay(y), absl::CivilDay(y + 1) - 1};
    }
    default:
      return std::nullopt;
  }
}

// A weekday, alone or qualified; "Dienstag, der 25.": the anchor's month if that day is such a
// weekday, else the latest month before it where it is.
std::optional<DateRange> ResolveWeekday(const RawDate& r, absl::CivilDay anchor, bool deadline) {
  if (r.day_from > 0 && r.month == 0) {
    absl::CivilMonth m(anchor);
    for (int k = 0; k < 28; ++k, m -= 1) {
      const absl::CivilDay d(m.year(), m.month(), r.day_from);
      if (d.month() == m.month() && IsoWeekday(d) == r.weekday) return DateRange{d, d};
    }
    return std::nullopt;
  }
  absl::CivilDay d = anchor;
  switch (r.pick) {
    case Pick::kThisWeek:
      d = Monday(anchor) + 7 * r.week_shift + (r.weekday - 1);
      break;
    case Pick::kPast:
      d = anchor - 1;
      while (IsoWeekday(d) != r.weekday) d -= 1;
      break;
    case Pick::kComing:
      d = anchor + 1;
      while (IsoWeekday(d) != r.weekday) d += 1;
      break;
    case Pick::kRecent:
      // The most recent such weekday, on or before the anchor (news reports the past); for
      // a deadline ("bis Sonntag") the next one.
      while (IsoWeekday(d) != r.weekday) d += deadline ? 1 : -1;
      break;
  }
  if (r.night > 0) return DateRange{d, d + 1};
  if (r.night < 0) return DateRange{d - 1, d};
  return DateRange{d, d};
}

// A calendar date: a day range, a (part of a) month or a year; a month without a year takes
// the anchor's, or the year before or after when it is far from the anchor's month.
std::optional<DateRange> ResolveCalendar(const RawDate& r, std::optional<absl::CivilDay> anchor,
                                         bool deadline) {
  int year = r.year;
  bool inferred = false;
  if (r.two_digit_year && anchor && year > anchor->year() + 10) year -= 100;  // "03/18/40".
  if (r.year_shift) {
    year = static_cast<int>(anchor->year()) + *r.year_shift;
  } else if (year == 0 && r.month && !anchor) {
    year = kUnknownYear;  // "am 25. Oktober" in an article without a date: --10-25.
  } else if (year == 0 && r.month) {
    year = static_cast<int>(anchor->year());
    const int diff = r.month - anchor->month();
    if (deadline && diff < -1) ++year;  // "bis Februar" written in November.
    if (!deadline && diff > 3) --year;  // "im Dezember" written in February.
    // A day is the nearest such day not far ahead: "am 3. Januar" written in December is
    // the coming one.
    if (!deadline && r.day_from > 0 && diff + 12 <= 3) ++year;
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

// A day and month without a year ("am 25. Oktober", not "im Oktober" nor "bis 25. Oktober"):
// without an anchor it keeps its month and day (lib/base/days.h).
bool YearlessDay(const RawDate& r, bool deadline) {
  return !deadline && r.month != 0 && r.day_from > 0 && r.year == 0 && !r.year_shift &&
         !r.weekday && !r.offset && r.period == Unit::kNone && !r.bare_weekend &&
         r.count_unit == Unit::kNone;
}

}  // namespace

std::optional<DateRange> Resolve(const RawDate& r, std::optional<absl::CivilDay> anchor,
                                 bool deadline) {
  if (NeedsAnchor(r) && !anchor && !YearlessDay(r, deadline)) return std::nullopt;
  if (r.offset) return DateRange{*anchor + *r.offset, *anchor + *r.offset};
  if (r.count_unit != Unit::kNone) return ResolveCount(r, *anchor);
  if (r.period != Unit::kNone || r.bare_weekend) return ResolvePeriod(r, *anchor, deadline);
  if (r.weekday) return ResolveWeekday(r, *anchor, deadline);
  return ResolveCalendar(r, anchor, deadline);
}

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
    if (eb && eb->end < ea->begin && YearKnown(ea->begin)) {
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

}  // namespace crosscheck::internal
