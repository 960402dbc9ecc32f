// Whether a figure is a change rather than a level: "another 500", "500 more troops", "rose
// by 300", "cut by 106 to 253" (changes.tsv).
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_CHANGE_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_CHANGE_H_

#include <cstddef>

#include "crosscheck/types.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// Whether the figure at tokens [first, np_end) is a change; `negative`: its value is below 0.
bool IsChange(Tokens tokens, size_t first, size_t np_end, const LanguagePack& pack,
              bool negative);

// "Drei weitere Leichen": bodies found add to those found before; beside a toll "weitere"
// after the figure names another group ("ein Toter, drei weitere verletzt"), no change.
bool MoreFound(Tokens tokens, size_t first, const LanguagePack& pack, const Claim& c);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_CHANGE_H_
