// Numbers, hedges, ranges, money and counted things (issue 3): quantity and money claims with
// their measure, subject, rate, modality, time frame and source.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_QUANTITY_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_QUANTITY_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/options.h"
#include "lib/extract/context.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

class QuantityRecognizer {
 public:
  explicit QuantityRecognizer(const ExtractOptions& options) : options_(options) {}
  // Appends quantity and money claims for the document to ctx.claims, read with ctx.pack.
  // Expects the date claims to be there already, so that dates are not read as quantities.
  // Thread-safe.
  void Run(DocContext& ctx) const;

 private:
  const ExtractOptions& options_;
};

// Index of the first paragraph of trailing boilerplate (agency footers, disclaimers), or
// paragraphs.size() when there is none.
size_t BoilerplateStart(const DocContext& ctx, const LanguagePack& pack);

// The counted noun of a figure (measure.cc).
struct Measure {
  std::string name;
  size_t end = 0;  // Token after the noun.
  bool known = false;
};
// The measure of a compound by its last part: "US-Soldaten" counts soldiers. In a language
// that writes compounds as one capitalised word, so does a closed compound whose head is a
// counted noun ("Landtagsmandate", "Zivilpersonen", "Erdbebenopfer"); the head has at
// least five bytes and the modifier three, so short heads ("Mann" in "Hoffmann") stay out.
// A compound that negates its head has a row of its own ("Nichtwähler": non_voters).
const std::vector<std::string>* CompoundMeasure(const Token& t, const LanguagePack& pack);
// The measure noun at tokens[k] as a measure named before a figure: a phrase of the table, or
// where compounds are closed, one by its head ("die Zahl der Krankheitsfälle").
PhraseMatch MeasureNounAt(Tokens tokens, size_t k, const LanguagePack& pack);

// Whether a noun match `m` ending at `end` lies inside the one found before (ending at
// `found_end`, of measure `found`) and names neither it nor a broader kind of it: "injury
// toll" is not its last word's "toll" (the dead) again; "confirmed cases" reads as "cases".
bool InsideOther(std::string_view found, size_t found_end, size_t end, const PhraseMatch& m,
                 const LanguagePack& pack);
// The counted noun after a figure ending before tokens[from]: from the table, else the next
// noun in normalised form ("350 pounds of cement" -> pounds_of_cement). `of_allowed`: after a
// vague plural or a scale, English puts "of" before the noun ("thousands of people").
std::optional<Measure> FindMeasure(Tokens tokens, size_t from,
                                   bool of_allowed, const LanguagePack& pack);
// A figure followed by a noun counts that noun; only a figure followed by a verb, a
// preposition or punctuation may leave its noun implied.
bool NounFollows(Tokens tokens, size_t at, const LanguagePack& pack);
// Whether a unit is joined to the figure by a hyphen at tokens[at] ("a 50-inch deluge"): a
// measurement, never a count a noun before it implies.
bool UnitJoined(Tokens tokens, size_t at, const LanguagePack& pack);
// Whether tokens[k] opens a verb of the measure_verbs table and names no counted noun: the
// figure's verb, its noun left out ("hundreds gathered", "two more succumbed").
bool VerbNotNoun(Tokens tokens, size_t k, const LanguagePack& pack);
// Whether t is an adverb of quantity_words.tsv ("already", "so far", "bislang").
inline bool IsAdverb(const Token& t, const LanguagePack& pack) {
  return pack.quantities.roles.Has(t, kAdverb);
}
// Where the words right after a figure end when they are only modifiers up to the end of the
// clause ("out of the 965 registered."): its noun left out; 0 when not so.
size_t ModifiersToClauseEnd(Tokens tokens, size_t from, const LanguagePack& pack);
// Whether a phrase of the measures table ends right before tokens[first] ("put the crowd at").
bool MeasureEndsBefore(Tokens tokens, size_t first, const LanguagePack& pack);
// The nearest counted noun before token `before` in the sentence, with its position.
std::optional<std::pair<std::string, size_t>> MeasureBefore(Tokens tokens,
                                                            size_t before,
                                                            const LanguagePack& pack);
// Whether `measure` is a running toll (the killed, the injured).
bool IsToll(const std::string& measure, const LanguagePack& pack);
// Where the whole's noun of a partitive starts ("seven of the patients", "drei der
// Verletzten", past the whole's own figure: "179 of the 181 people", "182 out of 577 seats"),
// or `at` when there is no article after the figure.
size_t PartitiveNoun(Tokens tokens, size_t at, const LanguagePack& pack);
// Whether a verb of a running toll (killed, injured, arrested) ends right before the figure,
// which is its object. Not a crowd's verb: "the counter-march attracted 5,000" names its own
// crowd in the subject.
bool VerbRightBefore(Tokens tokens, size_t first, const LanguagePack& pack);
// Whether the sentence speaks of a figure without repeating its noun (a figure_cue: "die
// Zahl könnte auf 12.000 steigen", "expected the number to grow to 12,000").
bool TalksAboutAFigure(Tokens tokens, const LanguagePack& pack);
// The same for a tagged sentence: the OR of its words' roles (quantity_roles) answers where the
// role table is the lexicon's, without a walk over its words.
inline bool TalksAboutAFigure(const SentenceTokens& st, const LanguagePack& pack) {
  if (pack.quantities.roles.lex_slot() == kLexQuantityRoles) {
    return ((st.quantity_roles >> kFigureCue) & 1) != 0;
  }
  return TalksAboutAFigure(st.tokens, pack);
}

// Appends a figure of measure distance_from, keyed by the place it is measured from, for
// every length with a compass direction and a named place after it ("about 250 kilometres
// east of Montreal", "45 Kilometer südöstlich von Zagreb", distance.cc): reports measuring
// from one town can be compared. Counts never read such lengths (DistanceFromPlace).
void ReadDistancesFromPlaces(DocContext& ctx);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_QUANTITY_H_
