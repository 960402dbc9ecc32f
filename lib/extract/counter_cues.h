// Counting bodies named by a common noun (counters.tsv: "police", "die Veranstalter") next to
// an attribution cue: the source of a figure where no name is given.
#ifndef CROSSCHECK_LIB_EXTRACT_COUNTER_CUES_H_
#define CROSSCHECK_LIB_EXTRACT_COUNTER_CUES_H_

#include <string>
#include <vector>

#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// A counting body starting within two tokens after `from` and ending by `to`: its key, or
// empty.
std::string CounterAfter(Tokens tokens, size_t from, size_t to,
                         const Lexicon& lex);

// A counting body ending within four tokens before a cue at `cue`, in the same clause
// ("organisers of the event said", "police estimated"): its key, or empty.
std::string CounterBefore(Tokens tokens, size_t cue, const Lexicon& lex);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_COUNTER_CUES_H_
