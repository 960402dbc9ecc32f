// Clock times of an incident ("um 18:10 Uhr", "around 1:35 a.m."), read after the dates.
#ifndef CROSSCHECK_LIB_EXTRACT_DATES_CLOCK_H_
#define CROSSCHECK_LIB_EXTRACT_DATES_CLOCK_H_

#include <functional>
#include <string>
#include <vector>

#include "lib/extract/context.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

// The incident an expression at tokens [first, last) belongs to ("accident"), or empty.
using IncidentOf =
    std::function<std::string(Tokens, size_t first, size_t last)>;

// Appends a figure of measure clock_time for every clock time near an incident word.
void ClockTimes(DocContext& ctx, const IncidentOf& incident_of);

// "The incident took place at around 7.40pm" in an article whose other times are the
// crash's: the incident is the one kind of incident the article's times and durations name,
// and its time takes that kind's key, so that it meets other articles' ("about 7.10 pm", the
// mishap's). An article naming none, or two kinds, keeps "incident".
void NameTheIncident(std::vector<Claim>& claims);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_DATES_CLOCK_H_
