// ParseAt: the date grammar shared by every language. It tries, in this order, "N units
// ago", numeric dates and bare years, the rules the language names in grammar.tsv (de.cc,
// en.cc), weekdays, relative days and periods, counts of units and finally months with
// what follows them.
#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

// "two days ago", "3 weeks ago", "a year ago": a count, a unit and an `ago` word.
std::optional<RawDate> UnitsAgo(Tokens t, size_t i, const LanguagePack& pack,
                                RawDate r) {
  if (!HasRole(t, i + 2, pack, kAgo)) return std::nullopt;
  auto n = CountAt(t, i, pack);
  if (!n) return std::nullopt;
  const Relative u = RelativeAt(t, i + 1, pack);
  if (u.kind != Relative::kUnit || u.unit == Unit::kWeekend || !(u.plural || *n == 1)) {
    return std::nullopt;
  }
  r.count_unit = u.unit;
  r.count = -*n;
  r.last = i + 3;
  return r;
}

// A one-word event that a year after it may name ("Wahl 2019"); a statement verb does not
// ("Organisers said 2000 had registered").
bool NamesEvent(const PhraseMatch& m) {
  return m.length == 1 && !(m.fields->size() > 1 && m.fields->at(1) == "statement");
}

// A bare year: "in 2017", "seit 2014", "bis 2030", "2014-2018", "in 2007 and 2009", "the
// 2021 election".
std::optional<RawDate> BareYear(Tokens t, size_t i, int y,
                                const LanguagePack& pack, bool range_end, RawDate r) {
  const bool year_prep = i > 0 && HasRole(t, i - 1, pack, kYearPrep);
  // A year naming its event: "the 2021 election", "the preceding 2021 elections" (one
  // lowercase word between), "bei der Wahl 2019".
  const bool after_article =
      i > 0 && (HasRole(t, i - 1, pack, kArticle) ||
                (i > 1 && HasRole(t, i - 2, pack, kArticle) && t[i - 1].kind == TokenKind::kWord &&
                 !t[i - 1].upper));
  const bool of_event =
      (after_article && i + 1 < t.size() && pack.dates.events.Match(t, i + 1).length > 0) ||
      (i > 0 && NamesEvent(pack.dates.events.Match(t, i - 1)));
  bool ok = range_end || year_prep || of_event;
  if (!ok && i >= 3 && (HasRole(t, i - 1, pack, kYearList) || Is(t[i - 1], ","))) {
    ok = YearAt(t, i - 2).has_value() && HasRole(t, i - 3, pack, kYearPrep);
  }
  if (!ok && i + 2 < t.size() && ConnectorAt(t, i + 1, AfterBetween(t, i, pack), pack) == 1) {
    // The start of a range of years: "2014-2018", "von 2010 bis 2018"; not inside a phone
    // number or a code ("138-2010-2015").
    const bool glued_before =
        i > 0 && !t[i].space_before && (IsDash(t[i - 1]) || t[i - 1].kind == TokenKind::kNumber);
    const bool glued_after = i + 3 < t.size() && !t[i + 3].space_before &&
                             (IsDash(t[i + 3]) || t[i + 3].kind == TokenKind::kNumber);
    ok = (IsDash(t[i + 1]) || (i > 0 && HasRole(t, i - 1, pack, kRangeFrom))) &&
         YearAt(t, i + 2).value_or(0) > y && !glued_before && !glued_after;
  }
  // "von 1990 auf 2000 Soldaten", "from 1990 to 2000 people": counts, not years.
  const bool counted_range = i + 3 < t.size() && ConnectorAt(t, i + 1, true, pack) == 1 &&
                             t[i + 2].kind == TokenKind::kNumber && CountedNoun(t, i + 3, pack);
  if (!ok || CountedNoun(t, i + 1, pack) || counted_range) return std::nullopt;
  r.year = y;
  r.last = i + 1;
  return r;
}

// A date starting at a number: numeric, a bare year, or the ordinal_dot rule.
Parsed AtNumber(Tokens t, size_t i, const LanguagePack& pack, bool range_end,
                const RawDate& r) {
  if (auto n = NumericAt(t, i, pack, range_end)) return {n, true};
  if (auto y = YearAt(t, i)) return {BareYear(t, i, *y, pack, range_end, r), true};
  if (pack.grammar.ordinal_dot) return DayDotMonth(t, i, pack, r);
  return {};
}

// A night runs into the next day, so a weekday's night is two days: the night after the
// weekday ("Dienstagnacht", "Tuesday night") or the one before it ("in der Nacht zu
// Mittwoch", "overnight into Wednesday"). Returns +1, -1 or 0.
int NightOf(Tokens t, size_t i, const PhraseMatch& w, const LanguagePack& pack) {
  if (w.fields->size() > 1 && w.fields->at(1) == "night") return 1;
  if (HasRole(t, i + w.length, pack, kNight)) return 1;
  if (i >= 2 && HasRole(t, i - 1, pack, kNightInto) && HasRole(t, i - 2, pack, kNight)) return -1;
  return 0;
}

// A weekday and what qualifies it: "Montag nächster Woche", "Tuesday of next week",
// "Dienstag, dem 5. November", "Friday 7/6", "Tuesday the eleventh".
std::optional<RawDate> WeekdayAt(Tokens t, size_t i, const PhraseMatch& w,
                                 const LanguagePack& pack, RawDate r) {
  r.weekday = FieldInt(w.fields);
  r.last = i + w.length;
  r.night = NightOf(t, i, w, pack);
  if (r.night > 0 && HasRole(t, r.last, pack, kNight)) ++r.last;
  if (r.night < 0) r.first = i - 2;  // The evidence holds "Nacht zu".
  size_t k = r.last;
  if (HasRole(t, k, pack, kDateOf)) {
    ++k;
    if (HasRole(t, k, pack, kArticle)) ++k;
  }
  const Relative q = RelativeAt(t, k, pack);
  if (q.kind == Relative::kQualifier && q.shift &&
      (k > r.last || pack.grammar.weekday_week_direct)) {
    const Relative u = RelativeAt(t, k + 1, pack);
    if (u.kind == Relative::kUnit && u.unit == Unit::kWeek && !u.plural) {
      r.pick = Pick::kThisWeek;
      r.week_shift = *q.shift;
      r.last = k + 2;
      return r;
    }
  }
  // The date after the weekday decides.
  if (auto d = WeekdayAfter(t, r.last, pack)) {
    d->first = i;
    d->weekday = d->month ? 0 : r.weekday;
    return d;
  }
  return r;
}

// An abbreviated weekday only before the date it names: "Tue May 9", "So 27.02.2022", "Mon
// 13th" (alone, "Sun", "Mo" or "So" are other words).
std::optional<RawDate> ShortWeekdayAt(Tokens t, size_t i,
                                      const LanguagePack& pack) {
  if (!t[i].upper || t[i].folded().size() > 5) return std::nullopt;
  const std::vector<std::string>* day = pack.dates.roles.Values(t[i].folded(), kShortWeekday);
  if (day == nullptr || day->empty()) return std::nullopt;
  size_t k = i + 1;
  if (IsAt(t, k, ".") && !t[k].space_before) ++k;
  std::optional<RawDate> d = WeekdayAfter(t, k, pack);
  if (!d) return std::nullopt;
  d->first = i;
  d->weekday = d->month ? 0 : ParseInt(day->front()).value_or(0);
  return d;
}

// A period after its qualifier: "nächste Woche", "letztes Jahr", "this month", and "next week
// Monday", "nächste Woche Dienstag"; not "the last year of the war".
std::optional<RawDate> QualifiedPeriod(Tokens t, size_t k, const Relative& q,
                                       Unit unit, const LanguagePack& pack, RawDate r) {
  if (HasRole(t, k + 1, pack, kPeriodOf)) return std::nullopt;
  r.period = unit;
  r.period_shift = *q.shift;
  r.last = k + 1;
  if (unit == Unit::kWeek) {
    size_t j = r.last;
    if (j < t.size() && (HasRole(t, j, pack, kWeekWeekdayPrep) || IsDash(t[j]))) ++j;
    if (PhraseMatch w = pack.dates.weekdays.Match(t, j); w.length > 0) {
      r.period = Unit::kNone;
      r.weekday = FieldInt(w.fields);
      r.pick = Pick::kThisWeek;
      r.week_shift = *q.shift;
      r.last = j + w.length;
    }
  }
  return r;
}

// What follows a qualifier ("nächste", "last", "this"): a period, a weekday or a month.
std::optional<RawDate> QualifiedAt(Tokens t, size_t i, const Relative& rel,
                                   const LanguagePack& pack, RawDate r) {
  // "the following week" and "the next day" count from another event.
  if (i > 0 && HasRole(t, i - 1, pack, kArticle)) return std::nullopt;
  size_t k = i + 1;
  Relative q = rel;
  if (const Relative q2 = RelativeAt(t, k, pack); q2.kind == Relative::kQualifier) {
    q = q2;  // "this past Wednesday", "this upcoming Friday".
    ++k;
  }
  const Relative u = RelativeAt(t, k, pack);
  if (u.kind == Relative::kUnit && !u.plural && q.shift && u.unit != Unit::kDay) {
    return QualifiedPeriod(t, k, q, u.unit, pack, r);
  }
  if (PhraseMatch w = pack.dates.weekdays.Match(t, k); w.length > 0) {
    // "nächsten Donnerstag", "last Wednesday", "am kommenden Montag".
    r.weekday = FieldInt(w.fields);
    r.pick = q.pick;
    r.week_shift = q.week_shift;
    r.last = k + w.length;
    if (auto d = WeekdayAfter(t, r.last, pack)) {
      d->first = i;
      d->weekday = d->month ? 0 : r.weekday;
      return d;
    }
    return r;
  }
  if (q.shift && *q.shift == 0) {
    // "diesen September", "this September".
    if (auto m = MonthAt(t, k, pack, true)) {
      r.month = m->first;
      r.year_shift = 0;
      r.last = m->second;
      return r;
    }
  }
  return std::nullopt;
}

// A unit word that starts a date: "im Jahr 2012", "the year of 2008", "the week after next",
// "am Wochenende", "over the weekend".
std::optional<RawDate> UnitAt(Tokens t, size_t i, const Relative& rel,
                              const LanguagePack& pack, RawDate r) {
  if (rel.unit == Unit::kYear) {
    size_t k = i + 1;
    if (HasRole(t, k, pack, kDateOf)) ++k;
    if (auto y = YearAt(t, k)) {
      r.year = *y;
      r.last = k + 1;
      return r;
    }
  }
  if (rel.unit == Unit::kWeek && !rel.plural &&
      pack.dates.roles.At(t, i + 1, kAfterNext).length == 2) {
    r.period = Unit::kWeek;
    r.period_shift = 2;
    r.last = i + 3;
    return r;
  }
  if (rel.unit == Unit::kWeekend && !rel.plural && i > 0) {
    // The latest weekend.
    size_t p = i - 1;
    if (HasRole(t, p, pack, kWeekendArticle) && i > 1) p = i - 2;
    if (HasRole(t, p, pack, kWeekendPrep)) {
      r.bare_weekend = true;
      r.last = i + 1;
      return r;
    }
  }
  return std::nullopt;
}

// A count of units from the anchor after a count_back or count_ahead word: "vor drei Tagen",
// "vor einem Jahr", "in zwei Wochen".
std::optional<RawDate> CountBefore(Tokens t, size_t i,
                                   const LanguagePack& pack, RawDate r) {
  auto n = CountAt(t, i + 1, pack);
  if (!n) return std::nullopt;
  const Relative u = RelativeAt(t, i + 2, pack);
  if (u.kind != Relative::kUnit || u.unit == Unit::kWeekend || !(u.plural || *n == 1)) {
    return std::nullopt;
  }
  r.count_unit = u.unit;
  r.count = HasRole(t, i, pack, kCountBack) ? -*n : *n;
  r.last = i + 3;
  return r;
}

// "Sunday's parade": the day of what the noun after it names.
std::optional<RawDate> PossessiveWeekday(Tokens t, size_t i,
                                         const LanguagePack& pack, RawDate r) {
  const std::string_view w = t[i].folded();
  const size_t ending = PossessiveEnding(w);
  if (ending == 0) return std::nullopt;
  const std::vector<std::string>* day = pack.dates.weekdays.Find(w.substr(0, w.size() - ending));
  if (day == nullptr) return std::nullopt;
  r.weekday = FieldInt(day);
  r.last = i + 1;
  return r;
}

// A date starting at a word.
std::optional<RawDate> AtWord(Tokens t, size_t i, const LanguagePack& pack,
                              bool range_end, RawDate r) {
  if (pack.grammar.ordinal_word_month) {
    if (auto d = OrdinalWordMonth(t, i, pack, r)) return d;
  }
  if (PhraseMatch w = pack.dates.weekdays.Match(t, i); w.length > 0) {
    return WeekdayAt(t, i, w, pack, r);
  }
  if (auto d = ShortWeekdayAt(t, i, pack)) return d;
  if (auto d = PossessiveWeekday(t, i, pack, r)) return d;
  const Relative rel = RelativeAt(t, i, pack);
  if (rel.kind == Relative::kDayOffset) {
    // Where nouns are capitalised, a capitalised day inside a sentence is a noun too:
    // "Morgen" is also "morning".
    if (pack.grammar.capitalised_nouns && t[i].upper && i > 0) return std::nullopt;
    r.offset = rel.offset;
    r.last = i + 1;
    return r;
  }
  if (rel.kind == Relative::kQualifier) return QualifiedAt(t, i, rel, pack, r);
  if (rel.kind == Relative::kUnit) return UnitAt(t, i, rel, pack, r);
  if (HasRole(t, i, pack, kCountBack) || HasRole(t, i, pack, kCountAhead)) {
    return CountBefore(t, i, pack, r);
  }
  return MonthFrom(t, i, pack, range_end, r);
}

}  // namespace

std::optional<RawDate> ParseAt(Tokens t, size_t i, const LanguagePack& pack,
                               bool range_end) {
  if (i >= t.size()) return std::nullopt;
  RawDate r;
  r.first = i;
  if (auto d = UnitsAgo(t, i, pack, r)) return d;
  if (t[i].kind == TokenKind::kNumber) {
    Parsed p = AtNumber(t, i, pack, range_end, r);
    if (p.date || p.stop) return p.date;
  }
  if (pack.grammar.day_month) {
    if (auto d = DayMonth(t, i, pack, r)) return d;
  }
  if (t[i].kind != TokenKind::kWord) return std::nullopt;
  return AtWord(t, i, pack, range_end, r);
}

}  // namespace crosscheck::internal
