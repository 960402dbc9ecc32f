// Figures whose counted noun is left unsaid but implied by the words beside them: a pronoun
// and a form of "to be" ("45.000 werden es am Abend sein", "there were 12,000") stand for
// what the sentence or its paragraph counts.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_IMPLIED_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_IMPLIED_H_

#include <optional>
#include <string>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/attribution.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

class FigureClauses;  // frame.h

// Whether tokens [from, to) lie in one clause of at most 16 words: no punctuation
// between but a hyphen ("on February 6 rose to").
bool SameClause(Tokens tokens, size_t from, size_t to);

// Whether the counted noun at tokens[noun] closes a pair joined by "and" ("the number of dead
// and missing has risen to nearly 100"): the figure is their sum, no count of either, and is
// not read. Not one noun named twice ("Demonstrantinnen und Demonstranten").
bool JoinedMeasures(Tokens tokens, size_t noun, const LanguagePack& pack);

// The length of a verb of the newest count ("rose to", "has risen to"; modality.tsv, latest)
// that ends right before tokens[first], or 0.
size_t LatestCueBefore(Tokens tokens, size_t first, const LanguagePack& pack);

// Whether a verb of the newest count ends right before the figure ("Deaths have reached 19",
// "fatalities rose to 40"; modality.tsv, latest) and a toll noun opens its clause: the figure
// counts the toll, with no noun of its own.
bool TollRoseTo(Tokens tokens, size_t first, const LanguagePack& pack);

// The quantity_words.tsv row (implied_count) of a pronoun and a form of "to be" beside a
// figure with no noun ("45.000 werden es am Abend sein", "there were 12,000", "waren es
// 8.000"), or nullptr. A source cue of `sources` and adverbs may stand between the phrase
// before the figure and it ("waren es laut Polizei 45.000").
const std::vector<std::string>* ImpliedCountCue(Tokens tokens, const NumberExpr& e,
                                                const LanguagePack& pack,
                                                const std::vector<SourceCue>* sources = nullptr);

// Where the source cues of `sources` (with the words naming the source: "laut | Polizei")
// and adverbs (quantity_words.tsv) right before tokens[at] begin, past at most three; `at`
// when none stand there.
size_t SkipSourceAndAdverbs(Tokens tokens, size_t at, const LanguagePack& pack,
                            const std::vector<SourceCue>* sources);

// The measure of the counted noun at tokens[noun] as the words around it there refine it
// ("die Zahl der vermisst gemeldeten Menschen": missing), or empty when it is none.
std::string MeasureAt(Tokens tokens, size_t noun, const LanguagePack& pack);

// Where the counted noun of a figure cue after the bare figure ending at tokens[last] stands in
// its clause: "Auf 350.000 schätzt die Polizei die Zahl der Teilnehmenden" (German puts the
// figure first); nullopt when there is none.
std::optional<size_t> CountedAfterCue(Tokens tokens, size_t last, const LanguagePack& pack);

// What a generic counted noun at tokens[noun] counts as the verb of the relative clause right
// after it says, when the figure at tokens[figure] stands in the noun's clause past it ("die
// Zahl der Menschen, die bei dem Angriff getötet wurden, stieg auf 15": killed); else empty.
std::string RelativeClauseMeasure(Tokens tokens, size_t noun, size_t figure,
                                  const LanguagePack& pack);

// Whether the clause of the figure at tokens[first] holds an "in" before it whose noun is no
// place of the gazetteer ("in kleineren Städten wie Münster", "In Dutzenden anderen
// Städten", place.cc): the figure holds somewhere else than a place named before it.
// `clauses`, if given: the figure's, whose near clause starts where this one does.
bool ElsewhereBefore(Tokens tokens, size_t first, const LanguagePack& pack,
                     const FigureClauses* clauses = nullptr);

struct PronounContext {
  Tokens tokens;  // The figure's sentence.
  const Tokens* before;  // The paragraph's sentence before it, or nullptr.
  const LanguagePack& pack;
};

// The noun the pronoun of `cue` (ImpliedCountCue) beside the figure `e` stands for: a noun of
// its own clause, the paragraph's previous figure's (whose place it takes too, when its own
// clause names none), else the one the paragraph's sentence before counts, as its verb there
// refines it ("strömten Menschen zum Platz … 45.000 werden es sein"). A pronoun that names
// people ("they were 90,000") stands for the people the figure before counted, in this paragraph
// or the one before, else at a gathering for its crowd. Fills unit, subject and place of `c`;
// false when nothing is implied.
bool PronounMeasure(const PronounContext& s, const SentenceFacts& facts, const NumberExpr& e,
                    size_t np_end, const std::vector<std::string>& cue, const Claim* previous,
                    Claim& c);

// A figure without its noun: "… wobei die Zahl auf bis zu 12.000 ansteigen könnte". The noun
// is implied by an earlier noun in the sentence or the paragraph's previous figure, or by a
// pronoun beside it (PronounMeasure). False when there is none.
bool ImpliedMeasure(const PronounContext& s, const SentenceFacts& facts, const NumberExpr& e,
                    size_t np_end, const Claim* previous, Claim& c, std::string* own_subject);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_IMPLIED_H_
