#include "lib/extract/numbers/forms.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "lib/extract/numbers/number_words.h"

namespace crosscheck::internal {

// Column `field` of a table row read as a number; `fallback` when the row has no such column.
double NumberField(const PhraseMatch& m, size_t field, double fallback) {
  if (m.fields->size() <= field) return fallback;
  double v = fallback;
  const std::string& f = m.fields->at(field);
  std::from_chars(f.data(), f.data() + f.size(), v);
  return v;
}

bool AllDigits(std::string_view s) {
  // A range test a byte: find_first_not_of searched the ten digits (memchr) for each.
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// ",5" and ".5": a decimal mark with no digit before it, apart from what precedes it.
bool LeadingDecimalMark(Tokens tokens, size_t i) {
  if (i == 0 || tokens[i].space_before) return false;
  const Token& mark = tokens[i - 1];
  return (Is(mark, ",") || Is(mark, ".")) && (i == 1 || mark.space_before);
}

// "2 Komma 5", "four point two": a spoken decimal mark and the digits after it, read as
// written ("Komma 75" is .75). A figure after a spoken number word is no decimal part.
void ReadSpokenDecimal(std::string_view text, Tokens tokens,
                       const LanguagePack& pack, Numeral& n) {
  if (n.fractional || n.scaled) return;
  const RoleTable::Match mark = RoleAt(tokens, n.last, pack, kDecimal);
  const size_t k = n.last + mark.length;
  if (mark.length == 0 || k >= tokens.size()) return;
  std::string digits;
  if (tokens[k].kind == TokenKind::kNumber && n.from_digits) {
    digits = std::string(tokens[k].span.Of(text));
    if (!AllDigits(digits)) return;
  } else if (tokens[k].kind == TokenKind::kWord && !n.from_digits) {
    const std::optional<double> v = NumberWordExact(pack, tokens[k].folded());
    if (!v || *v < 0 || *v >= 1000 || *v != std::floor(*v)) return;
    digits = std::to_string(static_cast<int>(*v));
  } else {
    return;
  }
  double frac = 0;
  digits.insert(0, "0.");
  std::from_chars(digits.data(), digits.data() + digits.size(), frac);
  n.value += frac;
  n.last = k + 1;
  n.fractional = n.spoken_decimal = true;
}

// "2½", "1¼": a vulgar fraction glued to the digits.
void ReadVulgarFraction(Tokens tokens, const LanguagePack& pack, Numeral& n) {
  if (!n.from_digits || n.fractional || n.last >= tokens.size() ||
      tokens[n.last].space_before) {
    return;
  }
  const RoleTable::Match f = RoleAt(tokens, n.last, pack, kVulgar);
  if (f.length != 1) return;
  n.value += f.Number(0, 0);
  n.last += 1;
  n.fractional = true;
  n.plain_integer = false;
}

// "9-thousand", "25-hundred": digits joined to a scale word by a hyphen.
void ReadHyphenScale(Tokens tokens, const LanguagePack& pack, Numeral& n) {
  const size_t j = n.last;
  if (!n.from_digits || n.scaled || j + 1 >= tokens.size() || !Is(tokens[j], "-") ||
      tokens[j].space_before || tokens[j + 1].space_before ||
      tokens[j + 1].kind != TokenKind::kWord) {
    return;
  }
  double mult = 0;
  if (const std::optional<double> v = NumberWordExact(pack, tokens[j + 1].folded());
      v && (*v == 100 || *v == 1000)) {
    mult = *v;
  } else if (PhraseMatch s = pack.numbers.scales.Match(tokens, j + 1);
             s.length == 1 && tokens[j + 1].folded().size() > 3) {
    mult = ScaleValue(s);
  }
  if (mult == 0) return;
  n.value *= mult;
  n.multiplier = mult;
  n.scaled = true;
  n.last = j + 2;
}

// "zwei Drittel", "a third", "two-thirds": a share of a whole, which counts nothing.
bool ReadShare(Tokens tokens, const LanguagePack& pack, Numeral& n) {
  const RoleTable::Match f = RoleAt(tokens, n.last, pack, kFraction);
  if (f.length == 0 || n.scaled) return false;
  n.value /= f.Number(0, 1);
  n.last += f.length;
  n.fractional = true;
  n.share = !ReadScaleOfShare(tokens, pack, n);
  return n.share;
}

// "a quarter million", "a third of a million", "eine viertel Million", "three-quarters of a
// million": a fraction of a scale is a figure again.
bool ReadScaleOfShare(Tokens tokens, const LanguagePack& pack, Numeral& n) {
  size_t k = n.last;
  if (k + 2 < tokens.size() && HasRole(tokens[k], pack, kOf) &&
      HasRole(tokens[k + 1], pack, kIndefinite)) {
    k += 2;
  }
  const PhraseMatch s = pack.numbers.scales.Match(tokens, k);
  if (s.length == 0 || k >= tokens.size() || tokens[k].folded().size() <= 3) return false;
  n.multiplier = ScaleValue(s);
  n.value *= n.multiplier;
  n.scaled = true;
  n.share = false;
  n.last = k + s.length;
  return true;
}

// "3,500-plus", "12,000-odd": a hedge written after the figure, from the table; one of
// several words also spaced ("Stärke 5,0 und mehr", "aged 65 or older").
void ReadHedgeAfter(Tokens tokens, const LanguagePack& pack, Numeral& n) {
  const size_t j = n.last;
  if (j < tokens.size()) {
    if (const RoleTable::Match h = RoleAt(tokens, j, pack, kAfter); h.length >= 2) {
      n.hedge_after = h.values->at(0);
      n.last = j + h.length;
      return;
    }
  }
  if (!n.from_digits || j + 1 >= tokens.size() || !Is(tokens[j], "-") ||
      tokens[j].space_before || tokens[j + 1].space_before) {
    return;
  }
  const RoleTable::Match h = RoleAt(tokens, j + 1, pack, kAfter);
  if (h.length == 0) return;
  n.hedge_after = h.values->at(0);
  n.last = j + 1 + h.length;
}

std::optional<Numeral> HyphenShare(const Token& t, size_t i, const LanguagePack& pack) {
  const size_t dash = t.folded().find('-');
  if (dash == std::string::npos || dash == 0) return std::nullopt;
  const auto* f = pack.numbers.roles.Values(t.folded().substr(dash + 1), kFraction);
  const std::optional<double> v = NumberWordExact(pack, std::string_view(t.folded()).substr(0, dash));
  if (f == nullptr || f->empty() || !v) return std::nullopt;
  Numeral n;
  n.value = *v / std::max(1.0, std::strtod(f->at(0).c_str(), nullptr));
  n.first = i;
  n.last = i + 1;
  n.fractional = n.share = true;
  return n;
}

// "mehrere hundert", "a couple thousand", "einige Millionen": a vague number of hundreds,
// thousands or millions, [low·scale, high·scale) with the quantifier's factors from the table.
std::optional<NumberExpr> VagueMultiple(Tokens tokens, size_t i,
                                        const LanguagePack& pack) {
  const RoleTable::Match q = RoleAt(tokens, i, pack, kSeveral);
  const size_t k = i + q.length;
  if (q.length == 0 || k >= tokens.size()) return std::nullopt;
  double scale = 0;
  size_t end = k;
  if (PhraseMatch s = pack.numbers.scales.Match(tokens, k); s.length > 0 && tokens[k].folded().size() > 3) {
    scale = ScaleValue(s);
    end = k + s.length;
  } else if (std::optional<Numeral> w = WordNumeral(tokens, k, pack)) {
    // Only a round scale: "mehrere hundert", "several hundred thousand", "einige Dutzend".
    const double exponent = std::log10(w->value);
    if (w->value == 12 || (w->value >= 100 && exponent == std::floor(exponent))) {
      scale = w->value;
      end = w->last;
    }
  }
  if (scale == 0) return std::nullopt;
  NumberExpr e;
  e.first = e.numeral_first = e.amount_first = i;
  e.last = e.numeral_last = end;
  e.value = {q.Number(0, 2) * scale, q.Number(1, 10) * scale, false, true};
  e.vague = e.scaled = true;
  return e;
}

// Index of a minus sign right before the numeral at tokens[i] ("minus 5", "-3", "−41"), or
// i. A sign is glued to its figure and set apart from what precedes it: "5-3" is no sign.
size_t SignBefore(Tokens tokens, size_t i, const LanguagePack& pack) {
  if (i == 0) return i;
  const Token& s = tokens[i - 1];
  if (s.kind == TokenKind::kWord) return RoleAt(tokens, i - 1, pack, kMinus).length == 1 ? i - 1 : i;
  const bool mark = Is(s, "-") || Is(s, "\xE2\x88\x92");
  if (mark && !tokens[i].space_before && (i == 1 || s.space_before) &&
      tokens[i - 2 + (i == 1)].kind != TokenKind::kNumber) {
    return i - 1;
  }
  return i;
}

// "7 to 8,000", "zwischen 3 und 4.000": a small first figure shares the thousands of the
// second when that puts both in the same order of magnitude ("5 bis 10.000" does not).
double SharedThousands(const Numeral& lo, const Numeral& hi) {
  if (!lo.plain_integer || lo.value < 1 || lo.value >= 1000 || !hi.from_digits ||
      hi.plain_integer || hi.scaled || hi.fractional || std::fmod(hi.value, 100) != 0) {
    return lo.value;
  }
  const double shared = lo.value * 1000;
  return shared < hi.value && shared > hi.value / 2 ? shared : lo.value;
}

// "zwanzig- bis dreißigtausend", "zwei- bis dreihundert": a hyphen after the first number
// word elides the hundreds or thousands the second ends in; the first takes the power of ten
// that puts it in the second's order of magnitude.
double ElidedWordScale(Tokens tokens, const LanguagePack& pack,
                       const Numeral& lo, const Numeral& hi) {
  const size_t dash = lo.last;
  if (lo.from_digits || hi.from_digits || lo.scaled || hi.scaled || lo.fractional ||
      lo.value < 1 || lo.value >= 1000 || hi.last != hi.first + 1 || dash + 1 >= tokens.size() ||
      !Is(tokens[dash], "-") || tokens[dash].space_before ||
      !HasRole(tokens[dash + 1], pack, kRangeTo)) {
    return lo.value;
  }
  const std::string_view w = tokens[hi.first].folded();
  const std::string_view thousand = pack.numbers.thousand, hundred = pack.numbers.hundred;
  const bool ends_in_scale = (!thousand.empty() && w.ends_with(thousand)) ||
                             (!hundred.empty() && w.ends_with(hundred));
  if (!ends_in_scale || w == thousand || w == hundred) return lo.value;
  for (double m = 100; m <= 1e5; m *= 10) {
    if (lo.value * m <= hi.value && hi.value < lo.value * m * 10) return lo.value * m;
  }
  return lo.value;
}

// A figure read with a minus sign: [-high, -low], the open ends swapped too.
namespace {

Interval Negated(const Interval& v) { return {-v.high, -v.low, v.high_open, v.low_open}; }

}  // namespace

// A unit after the figure that allows values below zero ("Grad", "°C", "points") or a change
// word before it ("Saldo", "net change") makes a minus sign part of the figure; a count of
// people or money has no sign.
void ApplySign(Tokens tokens, const LanguagePack& pack, size_t sign,
               bool negative_low, bool negative_high, bool range, NumberExpr& e) {
  const RoleTable::Match unit =
      e.currency.empty() ? RoleAt(tokens, e.last, pack, kUnit) : RoleTable::Match{};
  if (unit.length > 0) {
    e.unit = unit.values->at(0);
    e.unit_end = e.last + unit.length;
  }
  // A change may fall below zero whatever it counts: "Saldo: -1.200 Stellen", "a net change
  // of -33,000 jobs".
  bool change = false;
  constexpr size_t kChangeWindow = 3;
  for (size_t k = sign > kChangeWindow ? sign - kChangeWindow : 0; k < sign && !change; ++k) {
    change = RoleAt(tokens, k, pack, kChange).length > 0;
  }
  if ((unit.length == 0 && !change) || (!negative_low && !negative_high)) return;
  e.point = -e.point;
  if (range) {  // Each bound has its own sign: "minus 5 bis minus 10", "minus 3 bis 2".
    const double a = negative_low ? -e.value.low : e.value.low;
    const double b = negative_high ? -e.value.high : e.value.high;
    e.value = {std::min(a, b), std::max(a, b), false, false};
  } else {
    e.value = Negated(e.value);
  }
}

// A vague plural before a scale word multiplies it: "Hunderte Millionen", "hundreds of
// millions of dollars".
void VagueScale(Tokens tokens, const LanguagePack& pack, NumberExpr& e) {
  size_t k = e.last;
  // "Hunderte von Menschen": a vague plural joined to its capitalised noun (vague_von).
  if (k + 1 < tokens.size() && HasRole(tokens[k], pack, kVagueVon) &&
      tokens[k + 1].kind == TokenKind::kWord && tokens[k + 1].upper) {
    e.last = e.numeral_last = ++k;
  }
  if (k + 1 < tokens.size() && HasRole(tokens[k], pack, kOf)) ++k;  // "hundreds of millions"
  const PhraseMatch s = pack.numbers.scales.Match(tokens, k);
  if (s.length == 0 || tokens[k].folded().size() <= 3) return;
  const double mult = ScaleValue(s);
  e.value.low *= mult;
  e.value.high *= mult;
  e.last = e.numeral_last = k + s.length;
  e.scaled = true;
}

// "100e Menschen", "1000s of people": a power of ten written in digits with a plural ending
// is a vague plural like "Hunderte", [2·figure, 10·figure).
std::optional<NumberExpr> DigitPlural(std::string_view text, Tokens tokens,
                                      size_t i, const LanguagePack& pack) {
  const std::string_view w = tokens[i].folded();
  // Most words start with a letter: one test instead of a scan of the digit set.
  if (!DigitLed(w)) return std::nullopt;
  const size_t digits = w.find_first_not_of("0123456789.,");
  if (digits == 0 || digits == std::string_view::npos) return std::nullopt;
  if (pack.numbers.roles.Values(w.substr(digits), kPlural) == nullptr) return std::nullopt;
  const std::optional<double> v =
      ParseDigits(tokens[i].span.Of(text).substr(0, digits), pack.grammar.decimal_mark);
  if (!v || *v < 10) return std::nullopt;
  const double exponent = std::log10(*v);
  // "1990s" and "the 2000s" are decades.
  if (exponent != std::floor(exponent) || (*v > 1000 && *v <= 2100)) return std::nullopt;
  NumberExpr e;
  e.first = e.numeral_first = e.amount_first = i;
  e.last = e.numeral_last = i + 1;
  e.value = {2 * *v, 10 * *v, false, true};
  e.vague = true;
  VagueScale(tokens, pack, e);
  return e;
}

// Whether the whole of a ratio at tokens[k] counts what parties hold ("182 out of 577 seats":
// a held row of properties.tsv): the first figure is then a party's holding, no share.
bool HeldWhole(Tokens tokens, size_t k, const LanguagePack& pack) {
  if (k >= tokens.size()) return false;
  const PhraseMatch m = pack.quantities.measures.Match(tokens, k);
  if (m.length == 0) return false;
  const std::vector<std::string>* row = pack.quantities.properties.Find(m.fields->at(0));
  return row != nullptr && row->at(1) == "held";
}

bool RatioWhole(const RoleTable::Match& ratio, double whole) {
  if (ratio.values == nullptr || ratio.values->empty() || ratio.values->at(0) != "round") return true;
  return whole <= 10 || whole == 100 || whole == 1000;
}

// "3 in 10 voters", "drei von zehn Wählern": the second figure of a ratio counts nothing.
bool IsRatioTail(std::string_view text, Tokens tokens, size_t i,
                 double value, const LanguagePack& pack) {
  for (size_t len = 1; len <= 2 && len + 1 <= i; ++len) {
    const size_t at = i - len;
    const RoleTable::Match ratio = RoleAt(tokens, at, pack, kRatio);
    if (ratio.length != len || !RatioWhole(ratio, value)) continue;
    // The part is smaller than the whole: "300 in 12 hours" and "2022 in 15 states" are no
    // ratios.
    const Token& before = tokens[at - 1];
    std::optional<double> part;
    if (before.kind == TokenKind::kNumber) part = ParseDigits(before.span.Of(text), pack.grammar.decimal_mark);
    if (before.kind == TokenKind::kWord) part = NumberWord(pack, before.folded());
    if (part && *part < value) return !HeldWhole(tokens, i + 1, pack);
  }
  return false;
}

// "nine out of ten doctors": whether the figure of `value` ending before tokens[after] is the
// first figure of a ratio.
bool IsRatioHead(std::string_view text, Tokens tokens, size_t after,
                 double value, const LanguagePack& pack) {
  const RoleTable::Match ratio = RoleAt(tokens, after, pack, kRatio);
  const size_t k = after + ratio.length;
  if (k == after || k >= tokens.size()) return false;
  std::optional<double> whole;
  if (tokens[k].kind == TokenKind::kNumber) whole = ParseDigits(tokens[k].span.Of(text), pack.grammar.decimal_mark);
  if (tokens[k].kind == TokenKind::kWord) whole = NumberWord(pack, tokens[k].folded());
  // "300 in 2024": a year after the figure is no whole.
  const bool year = whole && *whole >= 1000 && *whole <= 2100 && *whole == std::floor(*whole);
  return whole && !year && value < *whole && RatioWhole(ratio, *whole) &&
         !HeldWhole(tokens, k + 1, pack);
}

// "1500 Polizisten", "1200 flights": a figure that could be a year counts when a noun follows
// it (the caller has ruled out a word that introduces a year, "seit 2019"). In English the
// noun is a plural in -s that no determiner follows ("2020 marks the end" is a verb).
bool YearLikeCounts(Tokens tokens, size_t after, const LanguagePack& pack) {
  if (after >= tokens.size() || tokens[after].kind != TokenKind::kWord) return false;
  // "1300 von rund 6000 Flügen": a part of a whole counted after it.
  if (after + 1 < tokens.size() && HasRole(tokens[after], pack, kRatio)) {
    const size_t n = after + 1 + pack.numbers.hedges.Match(tokens, after + 1).length;
    if (n < tokens.size() && tokens[n].kind == TokenKind::kNumber) return true;
  }
  if (pack.dates.months.Match(tokens, after).length > 0 || pack.dates.weekdays.Match(tokens, after).length > 0 ||
      pack.Entity(tokens, after).length > 0) {
    return false;
  }
  const Token& w = tokens[after];
  if (pack.grammar.capitalised_nouns) return w.upper;
  const std::string_view plural = pack.grammar.plural_suffix;
  if (w.upper || w.folded().size() < 4 || plural.empty() || !w.folded().ends_with(plural)) {
    return false;
  }
  return RoleAt(tokens, after + 1, pack, kDeterminer).length == 0;
}

// Whether the figure at tokens[lead] follows "from" after a verb whose "VERB to" names the
// newest count (modality.tsv, "latest"): "shot up from 964 to 1,972" is a change from one
// count to the next, no range of one. "by" does as "from" ("rose by one to 13": properties.tsv,
// change), and a few words may stand between verb and "from" ("rose sharply on Friday from").
bool ChangeFromTo(Tokens tokens, size_t lead, const Token& to, const LanguagePack& pack) {
  constexpr size_t kVerbWords = 2;  // "shot up".
  constexpr size_t kGapWords = 3;   // "sharply on Friday".
  if (lead < 2) return false;
  const PhraseMatch by = pack.quantities.properties.Match(tokens, lead - 1);
  if (!pack.dates.roles.Has(tokens[lead - 1], kRangeFrom) &&
      !(by.length == 1 && by.fields->size() > 1 && by.fields->at(1) == "change")) {
    return false;
  }
  for (size_t gap = 0; gap <= kGapWords && gap + 2 <= lead; ++gap) {
    const size_t verb_end = lead - 1 - gap;
    if (gap > 0 && tokens[verb_end].kind != TokenKind::kWord) break;
    for (size_t n = 1; n <= kVerbWords && n <= verb_end; ++n) {
      Token phrase[kVerbWords + 1];
      for (size_t i = 0; i < n; ++i) phrase[i] = tokens[verb_end - n + i];
      phrase[n] = to;
      const PhraseMatch m = pack.modality.Match(Tokens(phrase, n + 1), 0);
      if (m.length == n + 1 && m.fields->at(0) == "latest") return true;
    }
  }
  return false;
}

Hedge HedgeFromName(std::string_view name) {
  // The names hedges.tsv gives its rows.
  static constexpr std::pair<std::string_view, Hedge> kNames[] = {
      {"nearly", Hedge::kNearly}, {"upto", Hedge::kUpTo},     {"over", Hedge::kOver},
      {"atleast", Hedge::kAtLeast}, {"under", Hedge::kUnder}, {"atmost", Hedge::kAtMost},
      {"approx", Hedge::kApprox}, {"good", Hedge::kGood}};
  for (const auto& [n, hedge] : kNames) {
    if (n == name) return hedge;
  }
  return Hedge::kNone;
}

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

// A whole number of three digits or more whose last digit is not zero: 752, 1,411.
bool CountToTheUnit(double v) { return v >= 100 && v == std::floor(v) && std::fmod(v, 10) != 0; }

Interval Apply(Hedge h, double v, const ExtractOptions& o, bool* estimate) {
  switch (h) {
    case Hedge::kNearly:
      return {v * (1 - o.nearly_tolerance), v, false, true};
    case Hedge::kUpTo:
      return {0, v, true, false};
    case Hedge::kOver:
      return {v, kInf, true, true};
    case Hedge::kAtLeast:
      return {v, kInf, false, true};
    case Hedge::kUnder:
      return {0, v, false, true};
    case Hedge::kAtMost:
      return {0, v, false, false};
    case Hedge::kApprox: {
      // "about 752": a count given to the unit is hedged as preliminary, not as a round
      // guess; it is read nearly as written, so that "some 764" is another count.
      const double t = CountToTheUnit(v) ? o.unit_count_tolerance : o.approx_tolerance;
      return {v * (1 - t), v * (1 + t)};
    }
    case Hedge::kGood:
      return {v, v * (1 + o.approx_tolerance)};
    case Hedge::kNone:
      break;
  }
  if (*estimate) return {v * (1 - o.round_tolerance), v * (1 + o.round_tolerance)};
  return Interval::Exact(v);
}

}  // namespace crosscheck::internal
