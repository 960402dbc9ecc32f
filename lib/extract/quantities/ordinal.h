// An ordinal that numbers a running toll: "the fourth person has died", "a fifth death",
// "ein drittes Todesopfer", "der 14. Tote" tell the toll reached; so does "ein Mensch ertrunken".
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_ORDINAL_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_ORDINAL_H_

#include <cstdint>
#include <vector>

#include "lib/extract/numbers/numeral.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// Adds to `numbers` (sorted by position) a figure for each ordinal after an article and
// before a counted noun of a toll or of people ("the fourth person"), not in `excluded`: the
// count it numbers, exact; and a figure of one for an article that is the number one before a
// person with a toll's verb right after ("ein Mensch ertrunken"). The count reader then reads
// its noun and verb as for digits.
void AddOrdinalTolls(Tokens tokens, std::span<const uint8_t> excluded,
                     const LanguagePack& pack, std::vector<NumberExpr>& numbers);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_ORDINAL_H_
