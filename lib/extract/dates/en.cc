// Date rules first read in English.
#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

// The value of `folded` in role `role` (an ordinal or the tens of one), or nullopt.
std::optional<int> RoleValue(std::string_view folded, DateRole role, const LanguagePack& pack) {
  const std::vector<std::string>* v = pack.dates.roles.Values(folded, role);
  if (v == nullptr || v->empty()) return std::nullopt;
  return ParseInt(v->front());
}

}  // namespace

// Ordinal words: "ninth", "twenty-first" (ordinal_tens, a hyphen and an ordinal below ten),
// "twenty first".
std::optional<std::pair<int, size_t>> SpelledOrdinalAt(Tokens t, size_t i,
                                                       const LanguagePack& pack) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return std::nullopt;
  const std::string_view w = t[i].folded();
  // A word holds a '-' only where Tokenize marked an inner hyphen: no search in the others.
  const size_t dash = t[i].hyphen ? w.find('-') : std::string_view::npos;
  // A word with neither ordinal role alone starts no ordinal: one test of the token's roles
  // (its lexicon entry) instead of two look-ups that hash the word again (every word after an
  // article is asked).
  constexpr uint64_t kOrdinalRoles = (uint64_t{1} << kOrdinalTens) | (uint64_t{1} << kOrdinal);
  if (dash == std::string_view::npos && (pack.dates.roles.Roles(t[i]) & kOrdinalRoles) == 0) {
    return std::nullopt;
  }
  if (dash != std::string_view::npos && dash > 0) {
    if (auto tens = RoleValue(w.substr(0, dash), kOrdinalTens, pack)) {
      auto unit = RoleValue(w.substr(dash + 1), kOrdinal, pack);
      if (unit && *unit < 10) return std::pair{*tens + *unit, i + 1};
      return std::nullopt;
    }
  }
  if (auto tens = RoleValue(w, kOrdinalTens, pack); tens && i + 1 < t.size()) {
    auto unit = RoleValue(t[i + 1].folded(), kOrdinal, pack);
    if (unit && *unit < 10) return std::pair{*tens + *unit, i + 2};
  }
  auto o = RoleValue(w, kOrdinal, pack);
  if (!o) return std::nullopt;
  return std::pair{*o, i + 1};
}

// A day of the month: "25", "25th" (digits and an ordinal_suffix), "ninth".
std::optional<std::pair<int, size_t>> OrdinalDayAt(Tokens t, size_t i,
                                                   bool words, const LanguagePack& pack) {
  if (i >= t.size()) return std::nullopt;
  if (auto d = SmallInt(t[i], 1, 31)) return std::pair{*d, i + 1};
  if (t[i].kind != TokenKind::kWord) return std::nullopt;
  std::string_view w = t[i].folded();
  if (w.size() >= 3 && w.size() <= 4 && w[0] >= '0' && w[0] <= '9') {
    if (pack.dates.roles.Has(w.substr(w.size() - 2), kOrdinalSuffix)) {
      auto d = ParseInt(w.substr(0, w.size() - 2));
      if (d && *d >= 1 && *d <= 31) return std::pair{*d, i + 1};
    }
    return std::nullopt;
  }
  if (!words) return std::nullopt;
  auto o = SpelledOrdinal(t, i, pack);
  if (o && o->first >= 1 && o->first <= 31) return o;
  return std::nullopt;
}

// day_month: the day first: "25 October 2024", "25th of October", "3 and 12 of Sept", "9 to 12
// of June", "ninth till seventeenth of April". A spelled ordinal needs "of" (a date_of word:
// "second of Aug"): "second" and "first" are common words.
std::optional<RawDate> DayMonth(Tokens t, size_t i, const LanguagePack& pack,
                                RawDate r) {
  const bool words = t[i].kind == TokenKind::kWord && !HasOrdinalSuffix(t[i]);
  auto d1 = OrdinalDayAt(t, i, true, pack);
  if (!d1) return std::nullopt;
  size_t k = d1->second;
  int d2 = d1->first;
  if (size_t c = ConnectorAt(t, k, AfterBetween(t, i, pack), pack)) {
    if (auto v = OrdinalDayAt(t, k + c, true, pack); v && v->first >= d1->first) {
      d2 = v->first;
      k = v->second;
    }
  }
  const bool of = HasRole(t, k, pack, kDateOf);
  if (of) ++k;
  if (words && !of) return std::nullopt;
  auto m = MonthAt(t, k, pack, true);
  if (!m) return std::nullopt;
  r.day_from = d1->first;
  r.day_to = d2;
  r.month = m->first;
  r.last = YearAfter(t, m->second, pack, r);
  return r;
}

// month_day: "October 25", "Oct. 25, 2024", "Oct. 27-28", "April 9th through 17th", "June the
// 28th", "October, 1st"; r holds the month, r.last the token after it.
std::optional<RawDate> MonthDay(Tokens t, const LanguagePack& pack,
                                RawDate r) {
  size_t d = r.last;
  if (HasRole(t, d, pack, kArticle)) ++d;
  if (IsAt(t, d, ",") && d + 1 < t.size() && HasOrdinalSuffix(t[d + 1])) ++d;
  std::optional<std::pair<int, size_t>> d1 = OrdinalDayAt(t, d, true, pack);
  if (!d1) return std::nullopt;
  r.day_from = r.day_to = d1->first;
  r.last = d1->second;
  if (size_t c = ConnectorAt(t, r.last, false, pack)) {
    if (auto d2 = OrdinalDayAt(t, r.last + c, true, pack);
        d2 && d2->first >= d1->first && !MonthAt(t, d2->second, pack, true) &&
        !CountedNoun(t, d2->second, pack)) {
      r.day_to = d2->first;
      r.last = d2->second;
    }
  }
  r.last = YearAfter(t, r.last, pack, r);
  return r;
}

// month_range_word: "Nov-Feb 2017", a range of months in one word, with the year.
std::optional<RawDate> MonthRangeWord(Tokens t, size_t k,
                                      const LanguagePack& pack, RawDate r) {
  const std::string_view w = t[k].folded();
  const size_t dash = w.find('-');
  const std::vector<std::string>* a = pack.dates.months.Find(w.substr(0, dash));
  const std::vector<std::string>* b = pack.dates.months.Find(w.substr(dash + 1));
  if (!a || !b) return std::nullopt;
  RawDate end;
  r.last = YearAfter(t, k + 1, pack, end);
  if (end.year == 0) return std::nullopt;
  r.month = FieldInt(a);
  r.month_to = FieldInt(b);
  r.year_to = end.year;
  r.year = r.month_to < r.month ? end.year - 1 : end.year;
  return r;
}

}  // namespace crosscheck::internal
