// Candidates as the holder of a figure: in a presidential election the votes and the share of
// the vote are a person's, not a party's ("Sheinbaum won 59.5% of the vote", "Gálvez received
// 16,502,458 votes"). One candidate's figures meet only that candidate's.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_CANDIDATE_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_CANDIDATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/context.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// A word of a person's name: capitalised, not all in capitals, and in none of the pack's
// tables, so no place, party, title, month or common word of the reader's ("Sheinbaum").
bool NameWord(std::string_view text, const Token& t);

// The candidate whose share of the vote the percentage at tokens [first, end) of sentence
// `index` is. With a vote word (properties.tsv, vote_noun) after the figure: the name the
// votes go to ("of votes went to Bolsonaro"), else a name nearest before it in its sentence,
// not past another figure. Else, in a sentence or article on votes (OnVotes), a name right
// after it ("28.3% of Xóchitl Gálvez"), or one just before it ("Rosenkranz erreicht mit 18,9
// Prozent"). Empty when none.
std::string CandidateOfShare(const DocContext& ctx, size_t index, Tokens tokens,
                             size_t first, size_t end);

// For a count of votes at tokens [first, np_end) with no subject, the candidate named nearest
// before it in its sentence as its subject ("Gálvez, candidate of the coalition, secured
// 16,449,343 votes"). A lead ("a margin of 19 million votes") counts vote_margin instead, and
// a count of seats after a majority's noun ("a majority of 80") counts seat_majority.
void CandidateOfVotes(std::string_view text, Tokens tokens, size_t first,
                      size_t np_end, const LanguagePack& pack, Claim& c);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_CANDIDATE_H_
