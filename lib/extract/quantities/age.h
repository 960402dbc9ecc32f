// The age of an attack's suspect ("Die Täterin, eine 28-jährige Frau, wurde festgenommen",
// "a 34-year-old man was arrested"): reports of one attack that give the suspect two ages
// contradict each other. Other people's ages (victims', witnesses') are not read, as a story
// has many of them and they are not one person's.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_AGE_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_AGE_H_

#include <cstdint>
#include <vector>

#include "lib/extract/context.h"

namespace crosscheck::internal {

// Appends a claim "suspect/age" when the sentence gives one age and it is the suspect's: the
// sentence names the suspect (properties.tsv rows "suspect": "Täterin", "festgenommen"), or an
// earlier sentence of its paragraph does ("Es handelt sich bei ihm um einen 33 Jahre alten
// Mann" after "die Identität des Tatverdächtigen"), and the sentence names no victim (rows
// "victim": "getötet", "injured"). Marks the age's tokens in `excluded`.
void ReadSuspectAge(DocContext& ctx, const SentenceTokens& st, std::vector<uint8_t>& excluded);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_AGE_H_
