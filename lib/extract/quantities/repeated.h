// A figure an article gives twice is one figure: where one telling says when or how often it
// holds and the other does not, the other holds then too.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_REPEATED_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_REPEATED_H_

#include <cstddef>

#include "lib/extract/context.h"

namespace crosscheck::internal {

// An article that repeats its crowd tells of one rally: an undated crowd figure ("In Berlin
// demonstrierten rund 160.000 Menschen") takes the day of one of the same count, place and
// source that its clause dates ("am Sonntag ... mehr als 160.000 Menschen").
void DateRepeatedCrowds(DocContext& ctx, size_t dates_end);

// A day's count an article repeats without its rate (the headline's "Zambia records 12
// cholera deaths" beside "12 deaths over the last 24 hours") is that day's count too, no
// running total: an exact figure of the same key and place as one with a rate takes its rate.
void RateRepeatedCounts(DocContext& ctx, size_t dates_end);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_REPEATED_H_
