// Pieces of the numeral reader shared by the files of lib/extract/numbers/: the numeral being
// read and the readers of the forms around it (spoken decimals, shares, signs, vague
// multiples). Internal to lib/extract.
#ifndef CROSSCHECK_LIB_EXTRACT_NUMBERS_FORMS_H_
#define CROSSCHECK_LIB_EXTRACT_NUMBERS_FORMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/numbers/numeral.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

struct Numeral {
  double value = 0;
  size_t first = 0, last = 0;
  bool scaled = false;
  double multiplier = 1;  // Of the scale word, for ranges that share it.
  bool from_digits = false;
  bool plain_integer = false;  // Digits only, no separators ("2025").
  bool fractional = false;
  // Digits after the decimal mark of a numeral written in digits ("1,6" has one): how finely
  // the writer gave it.
  int decimals = 0;
  bool spoken_decimal = false;  // "2 Komma 5": a scale word may follow as after digits.
  bool share = false;           // "zwei Drittel": a part of a whole, not a count.
  std::string_view hedge_after;  // "3,500-plus": a hedge's name (hedges.tsv) after the figure.
  bool percent = false;          // Read on over its percent sign or word (ReadPercent).
};

// A hedge before or after a figure (hedges.tsv names them): how it bounds the interval.
enum class Hedge { kNone, kNearly, kUpTo, kOver, kAtLeast, kUnder, kAtMost, kApprox, kGood };
Hedge HedgeFromName(std::string_view name);
// The interval of `v` under hedge `h`; a round bare figure (*estimate) gets the rounding
// tolerance.
Interval Apply(Hedge h, double v, const ExtractOptions& o, bool* estimate);

// Column `field` of a table row read as a number; `fallback` when the row has no such column.
double NumberField(const PhraseMatch& m, size_t field, double fallback);
inline double ScaleValue(const PhraseMatch& m) { return NumberField(m, 0, 1); }

// The numeral_words form of `role` at tokens[i] ("komma" is a decimal mark), or no match.
inline RoleTable::Match RoleAt(Tokens tokens, size_t i,
                               const LanguagePack& pack, NumeralRole role) {
  return pack.numbers.roles.At(tokens, i, role);
}
// Whether the word tokens[i] has numeral role `role`.
inline bool HasRole(const Token& t, const LanguagePack& pack, NumeralRole role) {
  return pack.numbers.roles.Has(t, role);
}

// Written-out numbers over one or more tokens, with scale words inside them (parse.cc).
std::optional<Numeral> WordNumeral(Tokens tokens, size_t i,
                                   const LanguagePack& pack);
// A numeral at tokens[i]: digits or words, with what is written on to it (parse.cc).
std::optional<Numeral> ParseNumeral(std::string_view text, Tokens tokens,
                                    size_t i, const LanguagePack& pack);
// Whether token `t` is a compass direction ("east", "südöstlich") or begins a compound one
// ("north-west", "west–northwest"); numeral_words.tsv, bearing.
bool IsBearing(const Token& t, const LanguagePack& pack);
// Whether the numeral at tokens[i] is something other than a quantity (non_quantity.cc).
bool IsNonQuantity(std::string_view text, Tokens tokens, size_t i,
                   const Numeral& n, const LanguagePack& pack);
// What IsNonQuantity says of a figure that is no percentage or time of day.
bool CountsNothing(std::string_view text, Tokens tokens, size_t i,
                   const Numeral& n, const LanguagePack& pack);
// "12 %", "4,5 Prozent": extends `n` over the percent sign or word after it (a unit of
// dimension "percent" in units.tsv) and marks it a percentage; false when none follows.
bool ReadPercent(Tokens tokens, const LanguagePack& pack, Numeral& n);
// Index after an abbreviation's full stop ("Mio." "ca." "Nr."), which tokenizes separately.
size_t AbsorbDot(Tokens tokens, size_t j);

bool AllDigits(std::string_view s);
// ",5" and ".5": a decimal mark with no digit before it.
bool LeadingDecimalMark(Tokens tokens, size_t i);
// "2 Komma 5", "four point two": extends `n` over a spoken decimal part.
void ReadSpokenDecimal(std::string_view text, Tokens tokens,
                       const LanguagePack& pack, Numeral& n);
// "2½": extends `n` over a vulgar fraction glued to it.
void ReadVulgarFraction(Tokens tokens, const LanguagePack& pack, Numeral& n);
// "9-thousand", "25-hundred": extends `n` over a scale word joined by a hyphen.
void ReadHyphenScale(Tokens tokens, const LanguagePack& pack, Numeral& n);
// "zwei Drittel": extends `n` over the fraction word and returns true for a share; "a
// quarter million" is a figure again (false).
bool ReadShare(Tokens tokens, const LanguagePack& pack, Numeral& n);
// "three-quarters of a million": extends the share `n` over the scale it is a fraction of
// and makes it a figure (true), or leaves it a share.
bool ReadScaleOfShare(Tokens tokens, const LanguagePack& pack, Numeral& n);
// "3,500-plus", "12,000-odd": extends `n` over a hedge written after it.
void ReadHedgeAfter(Tokens tokens, const LanguagePack& pack, Numeral& n);
// "two-thirds" in one word.
std::optional<Numeral> HyphenShare(const Token& t, size_t i, const LanguagePack& pack);

// "mehrere hundert", "a couple thousand": a vague multiple of a scale at tokens[i].
std::optional<NumberExpr> VagueMultiple(Tokens tokens, size_t i,
                                        const LanguagePack& pack);
// Index of a minus sign right before the numeral at tokens[i], or i.
size_t SignBefore(Tokens tokens, size_t i, const LanguagePack& pack);
// "7 to 8,000": the lower bound with the upper bound's thousands, when they share them.
double SharedThousands(const Numeral& lo, const Numeral& hi);
// "zwanzig- bis dreißigtausend": the lower bound with the hundreds or thousands the hyphen
// elides, or its own value.
double ElidedWordScale(Tokens tokens, const LanguagePack& pack,
                       const Numeral& lo, const Numeral& hi);
// Keeps the minus signs of a figure whose unit or context allows them ("-3 °C", "minus 5
// Grad", "Saldo: -1.200").
// `sign` is the sign's token (or the figure's when it has none).
void ApplySign(Tokens tokens, const LanguagePack& pack, size_t sign,
               bool negative_low, bool negative_high, bool range, NumberExpr& e);
// Whether `folded` begins as a digit plural can: with a digit or a decimal mark.
inline bool DigitLed(std::string_view folded) {
  return !folded.empty() && ((folded[0] >= '0' && folded[0] <= '9') || folded[0] == '.' ||
                             folded[0] == ',');
}
// "100e Menschen", "1000s of people": a vague plural written in digits.
std::optional<NumberExpr> DigitPlural(std::string_view text, Tokens tokens,
                                      size_t i, const LanguagePack& pack);
// Whether `whole` can be the whole of a ratio after the ratio word `ratio` (numeral_words.tsv):
// a word marked "round" ("von": "fünf von 20 Passagieren" counts a part) takes only a whole of at
// most ten or a round hundred or thousand ("drei von zehn", "einer von hundert").
bool RatioWhole(const RoleTable::Match& ratio, double whole);
// "3 in 10", "drei von zehn": whether tokens[i], of `value`, is the second figure of a ratio.
bool IsRatioTail(std::string_view text, Tokens tokens, size_t i,
                 double value, const LanguagePack& pack);
// "nine out of ten": whether the figure ending before tokens[after] begins a ratio.
bool IsRatioHead(std::string_view text, Tokens tokens, size_t after,
                 double value, const LanguagePack& pack);
// "Hunderte Millionen": a vague plural times the scale word after it.
void VagueScale(Tokens tokens, const LanguagePack& pack, NumberExpr& e);
// "1500 Polizisten": whether a figure that could be a year counts the noun at tokens[after].
bool YearLikeCounts(Tokens tokens, size_t after, const LanguagePack& pack);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_NUMBERS_FORMS_H_
