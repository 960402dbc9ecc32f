// Figures that measure a property rather than count things (issue 14): a percentage, a length
// or a reading on a scale whose clause names what it measures ("die Wahlbeteiligung lag bei
// rund 82,5 Prozent", "at a depth of 10 km", "Stärke 7,6"). Each becomes a quantity claim
// whose measure is the property (properties.tsv), with a party (parties.tsv) as its group
// when it is a share of the vote. A percentage whose clause names no property stays no claim.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_PROPERTY_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_PROPERTY_H_

#include <cstdint>
#include <vector>

#include "crosscheck/options.h"
#include "lib/extract/context.h"

namespace crosscheck::internal {

// Appends the claims of the sentence's figures that measure a property to ctx.claims and
// marks their tokens in `excluded`, so that the count reader does not read them again
// ("20 Kilometer Tiefe" is a depth, not 20 kilometres of something). `dates_end`: the date
// claims are ctx.claims[0, dates_end), in reading order; a date in a figure's clause is its
// time frame ("im Oktober 2022 voraussichtlich 10,4 Prozent").
void ReadProperties(DocContext& ctx, const SentenceTokens& st, size_t dates_end,
                    const ExtractOptions& options, std::vector<uint8_t>& excluded);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_PROPERTY_H_
