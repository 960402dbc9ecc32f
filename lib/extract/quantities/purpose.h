// What a sum of money is for (purposes.tsv: aid, loans, investment, a thing's value, damage,
// ransom): two sums meet only when they are for the same thing.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_PURPOSE_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_PURPOSE_H_

#include <string>
#include <string_view>

#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// The purpose named nearest the sum at tokens [first, last), preferring one after it, within
// a clause or two; "money" when none is named.
std::string NearestPurpose(Tokens tokens, size_t first, size_t last, const LanguagePack& pack);

// Whether a sum of `purpose` is one someone gives or spends (aid, a loan, an investment),
// not one that befalls or is asked of them (damage, a thing's value, a ransom).
bool IsGiven(std::string_view purpose);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_PURPOSE_H_
