// Written numbers: the value of a number word or compound in a pack's language. The words
// come from numbers.tsv; how they join is the language's number_compounds rule (de.cc:
// "dreiunddreißig", "zwölftausend"; en.cc: "twenty-five", "nine-thousand").
#ifndef CROSSCHECK_LIB_EXTRACT_NUMBERS_NUMBER_WORDS_H_
#define CROSSCHECK_LIB_EXTRACT_NUMBERS_NUMBER_WORDS_H_

#include <optional>
#include <string_view>

#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// The value of a written number word or compound, also spelled out ("fuenf" for "fünf");
// nullopt when `folded` is not one.
std::optional<double> NumberWord(const LanguagePack& pack, std::string_view folded);
// The same, as written only.
std::optional<double> NumberWordExact(const LanguagePack& pack, std::string_view folded);

// number_compounds joined (de.cc): compounds written as one word below a million.
std::optional<double> JoinedNumberWord(const NumberWords& words, std::string_view folded);
// number_compounds hyphenated (en.cc): compounds joined by hyphens.
std::optional<double> HyphenatedNumberWord(const LanguagePack& pack, std::string_view folded);

// Whether a vague numeral of the pack's table begins at tokens[k] ("thousands", "Hunderte").
bool VagueNumeralAt(Tokens tokens, size_t k, const LanguagePack& pack);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_NUMBERS_NUMBER_WORDS_H_
