// Number expressions inside a sentence: numerals (digits with each language's separators,
// written-out numbers, scale words), hedges and ranges turned into intervals, and currencies.
#ifndef CROSSCHECK_LIB_EXTRACT_NUMBERS_NUMERAL_H_
#define CROSSCHECK_LIB_EXTRACT_NUMBERS_NUMERAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/options.h"
#include "crosscheck/types.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

struct NumberExpr {
  size_t first = 0;  // Token range [first, last) from the hedge to the scale or currency.
  size_t last = 0;
  size_t numeral_first = 0;  // The numeral (or first numeral of a range) itself,
  size_t numeral_last = 0;   // with its scale word.
  size_t amount_first = 0;   // Currency sign or numeral, whichever comes first (no hedge).
  double point = 0;          // The numeral's value before hedges and tolerance.
  Interval value;
  bool estimate = false;  // A round figure read with the rounding tolerance.
  bool vague = false;     // "Tausende", "dozens".
  bool scaled = false;    // Ends in a scale word: "three million", "2 Mio.".
  std::string currency;   // ISO 4217 when the expression is an amount of money.
  std::string unit;       // A unit that allows a sign ("Grad", "°C"), when one follows,
  size_t unit_end = 0;    // and the token after it.
  bool percent = false;   // A percentage (only with FindNumbers' keep_percent).
};

// Parses digits with a language's decimal mark ("," reads 1.200 and 3,5; "." reads 1,200 and
// 3.5; both read 1'200 and 1 200). Returns nullopt for malformed groupings.
std::optional<double> ParseDigits(std::string_view digits, char decimal_mark);

// All number expressions of one sentence's tokens that are quantities or amounts: dates,
// times, years, ordinals, percentages, labels ("Artikel 4"), names ("G7", "F-16"), phone
// numbers and numbers inside URLs are left out. `excluded` marks tokens already claimed
// (dates). With `all_numerals`, those non-quantities are kept too (for conformance tests of
// the numeral reader itself). With `keep_percent`, percentages are kept too, each read over
// its percent sign or word so that a range of them is one figure ("4.5-4.75%", "zwischen 83
// und 84 Prozent"), and marked `percent` (for figures that measure a property).
std::vector<NumberExpr> FindNumbers(std::string_view text, Tokens tokens,
                                    std::span<const uint8_t> excluded, const LanguagePack& pack,
                                    const ExtractOptions& options, bool all_numerals = false,
                                    bool keep_percent = false);
// The same into `out` (cleared first): a vector kept across sentences keeps its room.
// `classes`: the OR of the tagged tokens' lexicon classes (SentenceTokens::classes), which
// spares the hedge and vague tables' questions where no word begins a form of them.
void FindNumbersInto(std::string_view text, Tokens tokens, std::span<const uint8_t> excluded,
                     const LanguagePack& pack, const ExtractOptions& options,
                     std::vector<NumberExpr>& out, uint64_t classes = ~uint64_t{0});

struct SentenceTokens;  // lib/extract/context.h
// False when FindNumbers (without all_numerals) certainly finds nothing in the sentence: no
// number token, no word with a hyphen or a leading digit (the sentence's summary), none
// beginning a vague phrase (its classes), and no word passing FindNumbers' first tests of a
// word (several, half, may be a number word).
bool MayHoldFigure(const SentenceTokens& st, const LanguagePack& pack);

// Whether the figure at tokens[lead] follows "from" or "by" after a verb whose "VERB to" names
// the newest count, with `to` the word after the figure: "rose sharply from 90 to 170", "rose
// by one to 13" tell a count and the next, no range.
bool ChangeFromTo(Tokens tokens, size_t lead, const Token& to, const LanguagePack& pack);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_NUMBERS_NUMERAL_H_
