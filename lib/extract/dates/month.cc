// A month and what follows it: "im Dezember", "Anfang November", "mid-November", "Okt.
// 2024", and with month_day "October 25, 2024"; with month_range_word "Nov-Feb 2017".
#include "lib/extract/dates/raw_date.h"

namespace crosscheck::internal {
namespace {

// The part of the month a month_part word names: 1 early, 2 mid, 3 late; 0 for none.
int PartOf(std::string_view folded, const LanguagePack& pack) {
  const std::vector<std::string>* v = pack.dates.roles.Values(folded, kMonthPart);
  return v == nullptr || v->empty() ? 0 : ParseInt(v->front()).value_or(0);
}

// "mid-November", "early-December", "Mitte-Mai": part and month in one word.
std::optional<RawDate> PartInOneWord(Tokens t, size_t i,
                                     const LanguagePack& pack, RawDate r) {
  const std::string_view w = t[i].folded();
  const size_t dash = w.find('-');
  const int part = PartOf(w.substr(0, dash), pack);
  const std::vector<std::string>* mf = part ? pack.dates.months.Find(w.substr(dash + 1)) : nullptr;
  if (mf == nullptr) return std::nullopt;
  r.part = part;
  r.month = FieldInt(mf);
  r.last = YearAfter(t, i + 1, pack, r);
  return r;
}

// Whether a lower-case month at tokens[k] still counts under capitalised_months: after a
// lowercase_month_prep ("in april") or before its day or year ("april 9th", "april 2017").
bool LowerCaseOk(Tokens t, size_t i, size_t k, const LanguagePack& pack,
                 bool range_end) {
  return range_end || (i > 0 && HasRole(t, i - 1, pack, kLowercaseMonthPrep)) ||
         (k + 1 < t.size() && (SmallInt(t[k + 1], 1, 31) || HasOrdinalSuffix(t[k + 1]) ||
                               YearAt(t, k + 1) || SpelledOrdinal(t, k + 1, pack)));
}

// A bare month name needs a month_prep to be a date ("im Dezember", "by December"), or to
// start a range of months ("May to March").
bool BareMonthOk(Tokens t, size_t i, const LanguagePack& pack,
                 const RawDate& r) {
  if (i == 0) return false;
  const size_t c = ConnectorAt(t, r.last, false, pack);
  const bool range = c && MonthAt(t, r.last + c, pack, true);
  // "a November fire", "the August floods": a month naming the event after it.
  const bool attributive = HasRole(t, i - 1, pack, kMonthArticle) && r.last < t.size() &&
                           !t[r.last].upper && HasRole(t, r.last, pack, kMonthNoun);
  return range || attributive || HasRole(t, i - 1, pack, kMonthPrep);
}

}  // namespace

std::optional<RawDate> MonthFrom(Tokens t, size_t i, const LanguagePack& pack,
                                 bool range_end, RawDate r) {
  size_t k = i;
  r.part = PartOf(t[i].folded(), pack);
  if (r.part) ++k;
  if (k < t.size() && Is(t[k], "-") && r.part) ++k;  // "mid - November"
  if (!r.part && t[i].hyphen) {
    if (auto d = PartInOneWord(t, i, pack, r)) return d;
  }
  std::optional<std::pair<int, size_t>> m =
      MonthAt(t, k, pack, LowerCaseOk(t, i, k, pack, range_end));
  if (!m) {
    if (pack.grammar.month_range_word && r.part == 0 && k < t.size() && t[k].upper &&
        t[k].folded().find('-') != std::string::npos) {
      return MonthRangeWord(t, k, pack, r);
    }
    return std::nullopt;
  }
  r.month = m->first;
  r.last = m->second;
  if (pack.grammar.month_day && !r.part) {
    if (auto d = MonthDay(t, pack, r)) return d;
  }
  r.last = YearAfter(t, r.last, pack, r);
  if (r.part == 0 && r.year == 0 && !r.year_shift && !range_end && !BareMonthOk(t, i, pack, r)) {
    return std::nullopt;
  }
  return r;
}

}  // namespace crosscheck::internal
