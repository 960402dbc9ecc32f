// The parts of a date: relative-day rows, months, years, counts, range connectors, and the
// day a weekday names.
#include <charconv>

#include "lib/extract/dates/raw_date.h"
#include "lib/extract/numbers/number_words.h"

namespace crosscheck::internal {
namespace {

// The unit a relative_days row names ("week", "weeks"); kNone for another word.
Unit UnitNamed(std::string_view u) {
  static constexpr std::pair<std::string_view, Unit> kNames[] = {
      {"day", Unit::kDay},     {"week", Unit::kWeek}, {"fortnight", Unit::kFortnight},
      {"month", Unit::kMonth}, {"year", Unit::kYear}, {"weekend", Unit::kWeekend}};
  for (const auto& [name, unit] : kNames) {
    if (name == u) return unit;
  }
  return Unit::kNone;
}

// A qualifier row: its period shift ("-" for none) and how it picks a weekday.
void ReadQualifier(const std::vector<std::string>& f, Relative& r) {
  r.kind = Relative::kQualifier;
  const std::string& s = f.at(1);
  if (s != "-") r.shift = ParseInt(s[0] == '+' ? std::string_view(s).substr(1) : s);
  const std::string& p = f.at(2);
  if (p == "this-week") r.pick = Pick::kThisWeek;
  if (p == "next-week") r.pick = Pick::kThisWeek, r.week_shift = 1;
  if (p == "last-week") r.pick = Pick::kThisWeek, r.week_shift = -1;
  if (p == "past") r.pick = Pick::kPast;
  if (p == "coming") r.pick = Pick::kComing;
}

}  // namespace

bool NeedsAnchor(const RawDate& r) {
  return r.offset || r.weekday || r.period != Unit::kNone || r.bare_weekend ||
         r.count_unit != Unit::kNone || r.year_shift || (r.year == 0 && r.month != 0);
}

std::optional<int> ParseInt(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int> SmallInt(const Token& t, int lo, int hi) {
  if (t.kind != TokenKind::kNumber) return std::nullopt;
  auto v = ParseInt(t.folded());
  if (!v || *v < lo || *v > hi) return std::nullopt;
  return v;
}

int FieldInt(const std::vector<std::string>* fields) { return ParseInt(fields->at(0)).value_or(0); }

bool HasOrdinalSuffix(const Token& t) {
  return t.kind == TokenKind::kWord && !t.folded().empty() && t.folded()[0] >= '0' &&
         t.folded()[0] <= '9';
}

Relative RelativeOf(const std::vector<std::string>& fields) {
  Relative r;
  const std::vector<std::string>* f = &fields;
  const std::string& kind = f->at(0);
  if (kind == "unit" && f->size() >= 2) {
    std::string_view u = f->at(1);
    r.kind = Relative::kUnit;
    r.plural = u.size() > 1 && u.back() == 's';
    if (r.plural) u.remove_suffix(1);
    r.unit = UnitNamed(u);
    if (r.unit == Unit::kNone) r.kind = Relative::kNone;
    return r;
  }
  if (kind == "qualifier" && f->size() >= 3) {
    ReadQualifier(*f, r);
    return r;
  }
  if (auto v = ParseInt(kind)) {
    r.kind = Relative::kDayOffset;
    r.offset = *v;
  }
  return r;
}

std::optional<std::pair<int, size_t>> MonthAt(Tokens t, size_t i,
                                              const LanguagePack& pack, bool lower_ok) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return std::nullopt;
  PhraseMatch m = pack.dates.months.Match(t, i);
  if (m.length == 0) return std::nullopt;
  // "Mai"/"May" and "März"/"March" are month names, but "may"/"march" are also verbs.
  if (pack.grammar.capitalised_months && !t[i].upper &&
      (!lower_ok || HasRole(t, i, pack, kLowercaseWord))) {
    return std::nullopt;
  }
  size_t next = i + m.length;
  // An abbreviation's dot ("Okt.", "Sept."), not the full stop after "Mai" or "July".
  if (next < t.size() && Is(t[next], ".") && !t[next].space_before && t[i].folded().size() <= 4 &&
      !HasRole(t, i, pack, kFullMonth)) {
    ++next;
  }
  return std::pair{FieldInt(m.fields), next};
}

std::optional<int> YearAt(Tokens t, size_t i) {
  if (i >= t.size() || t[i].folded().size() != 4) return std::nullopt;
  return SmallInt(t[i], 1900, 2100);
}

std::optional<int> CountAt(Tokens t, size_t i, const LanguagePack& pack) {
  if (i >= t.size()) return std::nullopt;
  if (auto v = SmallInt(t[i], 1, 999)) return v;
  if (t[i].kind != TokenKind::kWord) return std::nullopt;
  if (auto v = NumberWordExact(pack, t[i].folded());
      v && *v >= 1 && *v <= 999 && *v == static_cast<int>(*v)) {
    return static_cast<int>(*v);
  }
  return std::nullopt;
}

namespace {

// After a month, four digits are a year even before 1900 ("March 27, 1890", "im Mai 1849"):
// the month says so, where a bare 1890 may be a count.
std::optional<int> YearAfterMonth(Tokens t, size_t i) {
  if (i >= t.size() || t[i].folded().size() != 4) return std::nullopt;
  return SmallInt(t[i], 1800, 2100);
}

}  // namespace

size_t YearAfter(Tokens t, size_t k, const LanguagePack& pack, RawDate& r) {
  if (auto y = YearAfterMonth(t, k)) {
    r.year = *y;
    return k + 1;
  }
  if (k + 1 < t.size() && HasRole(t, k, pack, kYearLink)) {
    if (auto y = YearAfterMonth(t, k + 1)) {
      r.year = *y;
      return k + 2;
    }
  }
  const Relative q = RelativeAt(t, k, pack);
  if (q.kind == Relative::kQualifier && q.shift) {
    const Relative u = RelativeAt(t, k + 1, pack);
    if (u.kind == Relative::kUnit && u.unit == Unit::kYear && !u.plural) {
      r.year_shift = *q.shift;
      return k + 2;
    }
  }
  return k;
}

size_t ConnectorAt(Tokens t, size_t k, bool between,
                   const LanguagePack& pack) {
  if (k >= t.size()) return 0;
  size_t n = 0;
  if (IsDash(t[k]) || HasRole(t, k, pack, kDateRangeTo) ||
      (between && HasRole(t, k, pack, kDateAnd))) {
    n = 1;
  }
  if (n && HasRole(t, k + 1, pack, kRangeToArticle)) ++n;
  return n;
}

bool AfterBetween(Tokens t, size_t i, const LanguagePack& pack) {
  for (size_t k = i >= 2 ? i - 2 : 0; k < i; ++k) {
    if (HasRole(t, k, pack, kDateBetween)) return true;
  }
  return false;
}

bool CountedNoun(Tokens t, size_t k, const LanguagePack& pack) {
  if (k >= t.size()) return false;
  if (Is(t[k], "%") || HasRole(t, k, pack, kPercent)) return true;
  return pack.quantities.measures.Match(t, k).length > 0 ||
         pack.money.currencies.Match(t, k).length > 0;
}

std::optional<RawDate> WeekdayAfter(Tokens t, size_t k,
                                    const LanguagePack& pack) {
  // "Monday (26th)", as captions write it: the day in brackets.
  if (IsAt(t, k, "(")) {
    if (IsAt(t, k + 1, ",")) return std::nullopt;
    std::optional<RawDate> d = WeekdayAfter(t, k + 1, pack);
    if (!d || !IsAt(t, d->last, ")")) return std::nullopt;
    ++d->last;
    return d;
  }
  if (IsAt(t, k, ",")) ++k;
  bool article = false;
  if (HasRole(t, k, pack, kWeekdayArticle)) {
    ++k;
    article = true;
  }
  if (k >= t.size()) return std::nullopt;
  if (t[k].kind == TokenKind::kNumber || t[k].kind == TokenKind::kWord) {
    if (PhraseMatch w = pack.dates.weekdays.Match(t, k); w.length > 0) return std::nullopt;
    if (RelativeAt(t, k, pack).kind != Relative::kNone) return std::nullopt;
    std::optional<RawDate> d = ParseAt(t, k, pack, true);
    if (d && d->day_from > 0 && d->month > 0) return d;
  }
  // A day without a month: "Dienstag, der 25." (ordinal_dot), "Tuesday the eleventh".
  RawDate r;
  if (pack.grammar.ordinal_dot) {
    auto day = SmallInt(t[k], 1, 31);
    if (!day || !article || !IsAt(t, k + 1, ".")) return std::nullopt;
    r.day_from = r.day_to = *day;
    r.last = k + 2;
    return r;
  }
  auto day = OrdinalDayAt(t, k, article, pack);
  if (!day || (!article && !HasOrdinalSuffix(t[k]))) return std::nullopt;
  r.day_from = r.day_to = day->first;
  r.last = day->second;
  return r;
}

}  // namespace crosscheck::internal
