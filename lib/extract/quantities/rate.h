// How often a figure holds ("every year", "in the last 24 hours", "a day").
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_RATE_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_RATE_H_

#include <cstdint>
#include <span>
#include <string>

#include "lib/extract/context.h"

namespace crosscheck::internal {

// The rate of the figure at tokens [first, last): one in its clause (a row marked "after" only
// closing it), else one closing the list of figures it opens, else one the sentence opens
// with; tokens inside a date (`in_date`) are when, not how often. Empty when none. With
// `changes_only` (the figure is a change: a share in percent that rose), only a change's period
// in its clause or opening its sentence ("year over year", rates.tsv "change").
std::string RateNear(Tokens tokens, std::span<const uint8_t> in_date,
                     size_t first, size_t last, const LanguagePack& pack,
                     bool changes_only = false);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_RATE_H_
