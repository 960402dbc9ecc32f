// Words that narrow what a figure is a count of, so that it is compared only on request
// (quantity_words.tsv, roles held_part, back_then, interim, capacity, each): a part held in
// one place ("80 of the injured remained in hospital"), a figure of an earlier time named by
// an adverb alone ("damals 2,4 Prozent"), a reading before the day was over ("bis zum
// Nachmittag 48,3 Prozent"), what something holds rather than held ("für 30 Passagiere
// ausgelegt"), the amount of each of many ("jeder ist bis zu 10.300 Euro versichert"), and the
// others beside a narrower count ("nine critical and 246 others injured").
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_NARROW_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_NARROW_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/context.h"
#include "lib/extract/numbers/numeral.h"

namespace crosscheck::internal {

// Whether the words after the figure at tokens [first, np_end), in its clause or past an
// aside about its part ("…, including six children, remained in hospital"), say where the
// counted are held now: the phrase's values (the measure of people held there, if any), or
// nullptr.
const std::vector<std::string>* HeldSomewhere(Tokens tokens, size_t np_end,
                                              const LanguagePack& pack);

// Whether the figure's clause has a word of `role` (kBackThen, kInterim, kCapacity; kEach
// before the figure only).
bool ClauseHas(Tokens tokens, size_t first, size_t np_end, int role,
               const LanguagePack& pack);

// Narrows `c` when a word of its clause says so: people held in hospital count as such (their
// own measure); another part held somewhere, a capacity or each one's amount is compared only
// on request; a part singled out ("alone") bounds the whole from below, its value open
// upwards. (kBackThen is read by EarlierOccasion, kInterim by a property.)
// `lead_roles`, if given: the sentence's SentenceTokens::quantity_lead_roles; a role none of
// its words begins a form of is not looked for.
void NarrowedFigure(Tokens tokens, size_t first, size_t np_end,
                    const LanguagePack& pack, Claim& c, uint64_t lead_roles = ~uint64_t{0});

// Whether the figure counts the others beside the sentence's figure before it (`previous`),
// which counts a narrower kind of the same measure: "nine in critical condition and 246
// others were injured" (a part: the injured not critical); or beside those its clause names
// after a word of role besides ("Neben den Einsatzkräften wurden zwei weitere verletzt").
bool RestBeside(Tokens tokens, size_t first, size_t np_end,
                const Claim* previous, const LanguagePack& pack, const Claim& c);

// Whether the figure [first, last) is a partitive part of the count before it (`previous`) of
// its own measure and smaller, a narrower kind that measure has no name for: "davon drei
// schwer, von denen zwei in Lebensgefahr schweben", "Zwei von ihnen schwebten in
// Lebensgefahr" after "vier davon schwer".
// Whether the figure [e.first, np_end) is only a part of a whole, compared on request: a
// partitive's part (`part_of`: the whole's measure) of another kind, unless a verb or an
// incident (`incident`) names a narrower one, a party's holding or a place's count; the rest
// beside others (RestBeside); a smaller part of its own measure (SmallerPartOfSame).
bool PartOnly(Tokens tokens, const NumberExpr& e, size_t np_end, const Claim* previous,
              const LanguagePack& pack, bool incident, const std::string& part_of,
              const Claim& c);

bool SmallerPartOfSame(Tokens tokens, size_t first, size_t last, const Claim* previous,
                       const LanguagePack& pack, const Claim& c);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_NARROW_H_
