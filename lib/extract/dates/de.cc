// Date rules first read in German.
#include "lib/extract/dates/raw_date.h"
#include "lib/extract/numbers/number_words.h"

namespace crosscheck::internal {

// ordinal_dot: a day is an ordinal with its full stop: "25. Oktober", "27.-28. Oktober",
// "27. bis 28. Oktober 2024", "zwischen dem 3. und dem 12. September", "27. 11.". A number
// that does not start one is no date.
Parsed DayDotMonth(Tokens t, size_t i, const LanguagePack& pack, RawDate r) {
  auto d1 = SmallInt(t[i], 1, 31);
  if (!d1 || i + 1 >= t.size() || !Is(t[i + 1], ".")) return {std::nullopt, true};
  size_t k = i + 2;
  int d2 = *d1;
  if (size_t c = ConnectorAt(t, k, AfterBetween(t, i, pack), pack); c && k + c + 1 < t.size()) {
    if (auto v = SmallInt(t[k + c], 1, 31); v && Is(t[k + c + 1], ".") && *v >= *d1) {
      d2 = *v;
      k += c + 2;
    }
  }
  auto m = MonthAt(t, k, pack);
  if (!m) {
    // "am 27. 11." (spaced day and month, both with their dots).
    if (d2 == *d1 && k + 1 < t.size() && Is(t[k + 1], ".")) {
      if (auto mm = SmallInt(t[k], 1, 12)) m = std::pair{*mm, k + 2};
    }
    if (!m) return {std::nullopt, true};
  }
  r.day_from = *d1;
  r.day_to = d2;
  r.month = m->first;
  r.last = YearAfter(t, m->second, pack, r);
  return {r, true};
}

// An ordinal word is a number word's stem and an ordinal_ending: the stem of an
// ordinal_stem ("erst-e", "dritt-en"), or a number word with -t- below twenty and -st- from
// twenty on ("zwei-t-en", "zwanzig-st-en").
std::optional<int> OrdinalWord(std::string_view w, const LanguagePack& pack) {
  for (const std::string& ending : pack.dates.ordinal_endings) {
    if (!w.ends_with(ending)) continue;
    const std::string_view stem = w.substr(0, w.size() - ending.size());
    if (const auto* v = pack.dates.roles.Values(stem, kOrdinalStem); v && !v->empty()) {
      return ParseInt(v->front());
    }
    if (stem.ends_with("st")) {
      if (auto v = NumberWordExact(pack, stem.substr(0, stem.size() - 2)); v && *v >= 20) {
        return static_cast<int>(*v);
      }
    }
    if (stem.ends_with("t")) {
      if (auto v = NumberWordExact(pack, stem.substr(0, stem.size() - 1)); v && *v >= 2 && *v < 20) {
        return static_cast<int>(*v);
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// ordinal_word_month: "am zweiten Mai", an ordinal word before a month.
std::optional<RawDate> OrdinalWordMonth(Tokens t, size_t i,
                                        const LanguagePack& pack, RawDate r) {
  auto m = MonthAt(t, i + 1, pack);
  if (!m) return std::nullopt;
  auto d = OrdinalWord(t[i].folded(), pack);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  r.day_from = r.day_to = *d;
  r.month = m->first;
  r.last = YearAfter(t, m->second, pack, r);
  return r;
}

}  // namespace crosscheck::internal
