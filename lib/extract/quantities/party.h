// Parties as the group of a figure: whose share of the vote a percentage is (property.cc) and
// whose seats a count of seats is (quantity.cc). One party's figures meet only that party's.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_PARTY_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_PARTY_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/context.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// Whether the parties hold `measure` (a row "<measure> - held" of properties.tsv: seats).
inline bool PartiesHold(std::string_view measure, const LanguagePack& pack) {
  const std::vector<std::string>* row = pack.quantities.properties.Find(measure);
  return row != nullptr && row->at(1) == "held";
}

// A clause, for properties and parties: a comma or semicolon ends it; a colon or bracket does
// not ("Marktanteil: 73,4 Prozent", "CDU (23,6 Prozent)").
bool EndsClause(const Token& t);
// Whether the clause of a figure ends at tokens[k - 1] looking back from tokens[k]: a comma
// before a relative pronoun does not end it, since the pronoun stands for the noun before the
// comma ("das BSW, das 15,8 Prozent erreichte").
bool EndsClauseBefore(Tokens tokens, size_t k, const LanguagePack& pack);

// How far from its figure a party is looked for, in tokens before and after it.
constexpr size_t kPartyBefore = 20, kPartyAfter = 8;

// The party of the figure at tokens [first, last): the nearest named before it in its clause
// (not one of two joined by "und": "SPD und Grüne landen bei zehn und sieben Sitzen" says
// not which), else `anaphor` when the clause opens the sentence with a pronoun standing for a
// party, else (with `after`) the first named after it. Only a capitalised name, or a longer
// one ending in one ("die freien Wähler"). Empty when none.
std::string PartyNear(Tokens tokens, size_t first, size_t last,
                      const LanguagePack& pack, std::string_view anaphor = {}, bool after = true);

// The two parties a figure right after a "shared" word holds each ("SPD und Grüne liegen bei
// je 18,4 Prozent", "SPD und AfD mit jeweils 16 Prozent"): the two joined by a list word,
// the last named before the figure in its clause. Empty otherwise.
std::vector<std::string> SharedParties(Tokens tokens, size_t first,
                                       const LanguagePack& pack);

// The two parties joined by a list word that are the last named before tokens[first] in its
// clause, with no word of loss or change between ("zwischen NEOS und Grünen mit Werten von");
// empty otherwise.
std::vector<std::string> JoinedPartiesBefore(Tokens tokens, size_t first,
                                             const LanguagePack& pack);

// The party a pronoun opening sentence `index` stands for ("Die CDU gewinnt. Sie liegt bei
// 31,6 Prozent"): the one party the paragraph's sentence before names, else empty.
std::string PartyAnaphor(const DocContext& ctx, size_t index);

// The party named just before the figure at tokens[first], past a verb, an adverb and a
// preposition ("Die Grünen landen danach bei 12", "while the SNP holds 41", "the
// Conservatives with 147"): at most four words between, none capitalised (a noun or a
// name), none a word of change ("lost", "um"), no figure, no punctuation. Not one of two
// joined by "und". Empty when none.
std::string PartyJustBefore(Tokens tokens, size_t first,
                            const LanguagePack& pack);

// A figure with no noun right after a party (PartyJustBefore), in a paragraph whose figure
// before it counts a party's holding ("Die CDU hat 41 Mandate, die AfD 40", "the Liberals
// with 164 seats, followed by the Conservatives with 147"): the same count for that party.
// Fills unit and confidence of `c`; the party, its subject, is found afterwards
// (PartyOfHolding). Or one in a list of such that names what they count at its end: "SPD 25,
// AfD 17, CDU 15, Linke 10 und Grüne 4 Mandate" (HoldingNounAhead, party_list.cc).
bool PartyListFigure(Tokens tokens, const NumberExpr& e, const Claim* previous,
                     const LanguagePack& pack, Claim& c);

// The figure right after a party (PartyJustBefore) in a list of parties' figures whose
// first noun after a later figure is a holding ("... und Grüne 4 Mandate"): fills c.unit.
bool HoldingNounAhead(Tokens tokens, const NumberExpr& e, const LanguagePack& pack, Claim& c);

// For a count a party holds (properties.tsv, takes "held": seats), the party as its
// subject; without one (the house's size, a majority's threshold) the figure is compared only
// on request. The figure is tokens [first, noun), its noun phrase ends at np_end.
void PartyOfHolding(Tokens tokens, size_t first, size_t noun, size_t np_end,
                    std::string_view anaphor, const LanguagePack& pack, Claim& c);

// The part of the whole a list of figures in sentence `index` is under: one unnamed unit the
// sentence names ("in einem Wahllokal": "one_wahllokal"), one way of voting it names ("bei
// den Wahlkarten": "mode_postal"), or the words of the short heading
// opening with a section word ("Wahlkreis 1: Prignitz I") that the list follows, with no
// prose between, folded ("wahlkreis 1"); else empty (party_list.cc).
std::string SectionOf(const DocContext& ctx, size_t index);

// A party's share of the vote in an opinion poll ("Laut einer Umfrage kommt die SPD auf 39
// Prozent") is no result, nor a stage of the count as a projection is: compared only on
// request. Sentence `index` names a poll (a "poll" row of properties.tsv), or the paragraph's
// sentence before does and `c` names no source of its own ("Die Union erreicht 31 Prozent").
// A projected share with no date of its own, in a document naming an election day on or just
// before its own, is the count's estimate of the result, not a forecast. Date claims are ctx's
// first `dates_end`.
void PollShare(const DocContext& ctx, size_t index, size_t dates_end, Claim& c);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_PARTY_H_
