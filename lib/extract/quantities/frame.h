// The frame of a figure beyond its number (DESIGN.md, "What makes two figures comparable"):
// what exactly is counted (a generic noun refined by its verb: "12 people were killed" counts
// the killed), where, whether it is a level, a running total or a change, and whether its
// source is only the agency that passed it on. Each slot comes from the language's tables.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITIES_FRAME_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITIES_FRAME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/context.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

class FigureClauses;  // Below.

// Whether a cue of changes.tsv of kind `where` ("part", "versus") ends at token `k`.
bool ChangeCueEndsAt(Tokens tokens, size_t k, const LanguagePack& pack,
                     std::string_view where);

// "counter_protesters" for a figure of marchers (`unit`, or its `parent` measure) that
// counts a counter-protest's crowd ("a counter-protest, which drew 5,000 people", "300
// Menschen nahmen an dem Gegenprotest teil"), else empty.
std::string_view CounterMeasure(Tokens tokens, size_t first, size_t np_end,
                                std::string_view unit, std::string_view parent,
                                const LanguagePack& pack);

// Whether a crowd whose noun phrase ends at `np_end` is summed over gatherings its clause
// counts right after it ("1,6 Millionen Menschen bei gut 400 Kundgebungen", "at 300 rallies").
bool OverGatherings(Tokens tokens, size_t np_end, const LanguagePack& pack);

// Whether the article's paragraphs before `boilerplate` name a rally or march (events.tsv,
// kinds "gathering" and "counter"): its estimates of anyone at all may count its crowd.
bool NamesAGathering(const DocContext& ctx, size_t boilerplate);

// The tokens of the paragraph's sentence before sentence `index`, or nullptr.
const Tokens* SentenceBefore(const DocContext& ctx, size_t index);

// NamesAGathering, found when first asked: it walks the article's tokens, and only a figure
// of anyone at all in a sentence that estimates asks (a pass for every article cost 1 % of
// extraction).
class GatheringArticle {
 public:
  GatheringArticle(const DocContext& ctx, size_t boilerplate)
      : ctx_(&ctx), boilerplate_(boilerplate) {}
  bool operator()() const {
    if (!known_) value_ = NamesAGathering(*ctx_, boilerplate_), known_ = true;
    return value_;
  }

 private:
  const DocContext* ctx_;
  size_t boilerplate_;
  mutable bool known_ = false, value_ = false;
};

// In an article about a gathering (`rally`): makes quantity claim `c`, a figure of anyone at tokens
// [first, np_end) that no verb refines, a count of the crowd when its noun is a crowd_noun
// and its sentence estimates or counts (a crowd_estimate: "ihre Schätzung auf 160.000
// Menschen"), or, in any article, when a gathering is named right after the noun ("17.000
// Menschen bei der Kundgebung"). True when it did.
bool CrowdOfRally(Tokens tokens, size_t first, size_t np_end,
                  const LanguagePack& pack, const GatheringArticle& rally, Claim& c);

// Whether the figure at `first` is the whole a part is taken of: "one of the 242
// passengers", "drei der 40 Fahrgäste".
bool WholeOfPart(Tokens tokens, size_t first, const LanguagePack& pack);

// A comma, semicolon, colon or bracket: where a clause ends for the frame's slots.
// "43 confirmed cases have recovered": an outbreak's cases (a root toll, `unit`) are people,
// and the verb group right after them names a toll of people that says what became of them
// (none past another figure). Empty when none.
std::string FateOfCases(Tokens tokens, size_t np_end, std::string_view unit,
                        const LanguagePack& pack);

// One of , ; : ( ) alone (Token::clause_break, set by Tokenize).
inline bool IsClauseBreak(const Token& t) { return t.clause_break; }

// The place of the figure at tokens [first, last) (place.cc): the one named after a
// locative in its clause, nearest the figure ("in Valencia", "im Landkreis Ahrweiler"); a
// list of places names none; else an adverb of scope ("weltweit"), else the sentence's
// opening place; before all, the place right after a toll word. Empty when none.
// `sentence_roles` (the sentence's quantity roles) tell where no toll word or scope adverb
// stands, which are then not looked for.
std::string PlaceNear(Tokens tokens, size_t first, size_t last,
                      const LanguagePack& pack, const FigureClauses* clauses = nullptr,
                      uint64_t sentence_roles = ~uint64_t{0});

// Whether a dash aside with a figure of its own opens between the figure's end `last` and
// `at` ("Mindestens 16 Menschen - davon fünf in Deutschland - starben"): the words there are
// that figure's (place.cc).
bool InFigureAside(Tokens tokens, size_t last, size_t at, const LanguagePack& pack);

// The place a sentence opens with, for a figure at `first` whose clause names none: a
// locative phrase framing the clause ("In Syria, the toll is 2,950") or a place before a
// counted noun ("South Carolina death toll rises to 33"); else empty.
std::string OpeningPlace(Tokens tokens, size_t first, const LanguagePack& pack);

// The vehicle a figure of crew or passengers is aboard (events.tsv, kinds "vehicle" and
// "aboard"): "a helicopter carrying three crew members", "64 people aboard a flight"; else
// empty.
std::string VehicleOf(Tokens tokens, size_t first, size_t np_end,
                      const LanguagePack& pack);

// The named incident ("eaton_fire") in the clause of the figure at tokens [first, np_end) (a
// name and a noun of quantity_words.tsv's incident_name: "the Eaton Fire", "dem Eaton-Feuer"),
// or empty (incident.cc).
std::string NamedIncidentOf(Tokens tokens, size_t first, size_t np_end,
                       const LanguagePack& pack);
// The incident a pointer in the clause of the figure at tokens [first, np_end) of sentence
// `index` stands for ("This fire destroyed 9,418 homes" after "the Eaton Fire"): the one
// named last before it in its paragraph; empty when the clause points to none (incident.cc).
std::string IncidentReferredTo(const DocContext& ctx, size_t index, size_t first, size_t np_end);
// How many different incidents the sentences name: 0, 1, or 2 for two or more. Only where an
// article names several does an incident part a toll; one it names alone is its story's own.
size_t NamedIncidents(const std::vector<SentenceTokens>& sentences, const LanguagePack& pack,
                      size_t boilerplate);

// "six people died in the Eaton Fire" in an article that names other fires too: that fire's
// toll, a part of the story's. In a breakdown ("16 in the Eaton Fire and another nine in the
// Palisades Fire") "another" is the next part, not a change. True when the toll is an
// incident's (incident.cc).
bool PartByIncident(const DocContext& ctx, size_t index, size_t first, size_t np_end,
                    const Claim* previous, Claim& c);

// Whether the count `c` at tokens[first] counts the places a running total of its sentence
// has reached ("68 herds in nine states", "Fälle in 14 Ländern"): they grow with it, so the
// count is a running total too. Only a count of things (not people, not an occasion) right
// after a locative, with the running total the sentence's figure before it (place.cc).
bool CountsPlacesReached(Tokens tokens, size_t first, const Claim& c,
                         const Claim* previous, const LanguagePack& pack);

// Makes the article's victims (casualties) its dead when it tells of deaths and of no injuries
// in its paragraphs before `boilerplate`, and bodies recovered the toll of the dead in a sentence
// with a toll word (toll_word in quantity_words.tsv) and no other count of the dead (victims.cc).
void VictimsAsDead(DocContext& ctx, size_t boilerplate);

// Fills the frame slots of quantity claim `c` read at tokens [first, np_end) (figure and
// counted noun): refines a generic measure by a verb in its clause, sets place and aspect,
// drops an agency as source, marks a projection's figure interim. The caller makes the key
// from the slots.
// `inside` is the entity inside the figure's noun phrase, if any ("Iranian civilians");
// `rally`, if given: whether the article is about a gathering. `sentence_roles`, if given: the
// OR of the tokens' quantity roles (SentenceTokens::quantity_roles); a role none has is not
// looked for.
void ApplyFrame(Tokens tokens, size_t first, size_t np_end,
                const LanguagePack& pack, const std::string& inside, Claim& c,
                const GatheringArticle* rally = nullptr, uint64_t sentence_roles = ~uint64_t{0},
                const FigureClauses* clauses = nullptr);

// The measure of the adverb at `at`, right after a figure, whose participle the sentence gives
// once for a list of figures ("sechs schwer und drei leicht verletzt"), or empty.
std::string GappedMeasure(Tokens tokens, size_t at, const LanguagePack& pack);

// The measure of the first verb or participle from measure_verbs.tsv in the `window` tokens
// from `from`, not past a clause break ("four are still missing"), or empty.
std::string MeasureVerbAfter(Tokens tokens, size_t from, size_t window,
                             const LanguagePack& pack);

// The words of hearsay right after a bare figure's auxiliary at `at` ("6000 were [said to] be
// injured", "40 are [reported to] have died"): 2, which its fate verb stands further; else 0.
size_t HearsayWords(Tokens tokens, size_t at, const LanguagePack& pack);

// "1,000 others including fighters, medics and an envoy were wounded": a list of a part right
// after the noun, commas and all, ends at the clause's verb: where that verb starts, else
// np_end (verb_group.cc).
size_t PartListVerb(Tokens tokens, size_t np_end, const LanguagePack& pack);

// The measure of the participle that closes the sentence when an auxiliary (role clause_aux)
// follows the count's noun at tokens[np_end], past asides and brackets: "150.000 Menschen haben
// in Berlin, bei einer der größten Demonstrationen, gegen das Abkommen protestiert"; empty when
// none, or past another figure (verb_group.cc).
std::string ParticipleClosingSentence(Tokens tokens, size_t np_end, const LanguagePack& pack);
// The same where the auxiliary stands right before the figure, the word order inverted ("Laut
// Polizei wurden 18 Menschen in der Nähe der Bar in der Straße de Charonne getötet"): the
// participle closing the figure's clause (verb_group.cc).
std::string ParticipleClosingInverted(Tokens tokens, size_t first, size_t np_end,
                                      const LanguagePack& pack);

// The measure of a verb phrase from measure_verbs.tsv that closes the clause opening at `from`
// within `window` words, where German puts its participle ("…, darunter viele Touristen, seit
// Samstag mit Bussen in Sicherheit gebracht"); empty when none or past another figure
// (verb_group.cc).
std::string MeasureClosingClause(Tokens tokens, size_t from, size_t window,
                                 const LanguagePack& pack);

// Where a noun of another kind of people joined to the counted one ends ("20.000 Einwohner und
// Touristen", "residents and tourists"): the figure counts both as one group, of anyone.
// 0 when the counted noun (`unit`) or the joined one is no such kind (verb_group.cc).
size_t CoordinatedPeople(Tokens tokens, size_t np_end, std::string_view unit,
                         const LanguagePack& pack);

// Whether a count of the crew follows the figure's noun, joined by "and", "plus" or "sowie"
// ("46 Menschen sowie zwei Fahrer", "120 people and six crew members"): those the figure
// counts are then the passengers, not all aboard (verb_group.cc).
bool CrewBeside(Tokens tokens, size_t np_end, const LanguagePack& pack);

// Whether the clause of the figure at tokens [first, np_end) names its place only by pointing
// back ("two people died in the state", "dort starben 12 Menschen").
bool NamesPlaceBefore(Tokens tokens, size_t first, size_t np_end,
                      const LanguagePack& pack, const FigureClauses* clauses = nullptr);
// For a count `c` of sentence `index` at tokens [first, np_end) whose clause names no place:
// one that points back takes the place the paragraph named last ("in the state"), else it
// takes the scene the paragraph's sentence before opens with.
void PlaceFromParagraph(const DocContext& ctx, size_t index, size_t first, size_t np_end,
                        Claim& c, const FigureClauses* clauses = nullptr);
// The place the article is set in (the one its lead names most, the most specific), or
// empty: a figure naming no place carries it as Claim::home.
std::string HomePlace(const DocContext& ctx);
// Whether a place is a mark of scope the reader leaves for the home to resolve: "bundesweit",
// "nationwide" ("~country"), "landesweit" ("~land").
inline bool IsScopeMark(std::string_view place) {
  return !place.empty() && place.front() == '~';
}
// The place scope `mark` names as seen from place `at` (home.cc): the country holding it, or
// for "~land" its German or Austrian Land; empty when `at` is.
std::string_view ScopeAt(std::string_view mark, std::string_view at);
// The scope marks of `claims` resolved from the article's home (none: the place is cleared).
void ResolveScopePlaces(std::vector<Claim>& claims, std::string_view home);
// The article's home into `home` where asked (null: not asked), and the scope places of
// `claims` resolved against it (home.cc).
void HomeAndScopes(const DocContext& ctx, std::vector<Claim>& claims, std::string* home);
// The named hospital of the figure at tokens [first, last) (place.cc), as a place key, or
// empty: "Uvalde Memorial Hospital had received 14 patients" counts those at that hospital.
std::string HospitalNear(Tokens tokens, size_t first, size_t last, const LanguagePack& pack);
// The last place of the gazetteer named in tokens [from, to), or empty.
std::string LastPlace(Tokens tokens, size_t from, size_t to,
                      const LanguagePack& pack);
// A place just before the word that opens the figure's phrase (quantity_words.tsv,
// place_with): "Bayern mit einer Wahlbeteiligung von 84,5 Prozent", or empty.
std::string PlaceWith(Tokens tokens, size_t first, const LanguagePack& pack);

// The place a toll word before the figure names right after it, in its sentence with no mark
// or figure between ("The death toll in Mozambique after a cyclone tore through southern
// Africa has jumped to 417": Mozambique), or "" (place_beside.cc).
std::string TollPlaceBefore(Tokens tokens, size_t first, const LanguagePack& pack);
// Whether the place at tokens[place], named after the locative at tokens[locative], is an item
// of a list of places ("in Görlitz und Leipzig", "in Görlitz und in Leipzig"), whose figure is
// the list's whole, no one place's, though the gazetteer lacks the other (place_beside.cc).
bool InPlaceList(Tokens tokens, size_t locative, size_t place, const LanguagePack& pack);
// The first k of [k, to), stepping over the figure's [first, last) as PlaceNear's last loop
// does, after an article and before a place noun, where alone DemonymPlace may name a place
// ("on the Greek island of Samos"); `to` when none (place_beside.cc).
size_t NextArticledDemonym(Tokens tokens, size_t k, size_t to, size_t first, size_t last,
                           const RoleTable& roles);
// The place an adverb of scope in the figure's clause names ("weltweit", "worldwide"), or ""
// (place_beside.cc).
std::string ScopePlace(Tokens tokens, size_t first, size_t last, const LanguagePack& pack,
                       const FigureClauses* clauses);

// The clause around tokens [first, last): up to `window` tokens either side, not past a
// comma, semicolon or colon (except one right after a short opening phrase); after it, past
// a short bracketed aside, which it does not count.
std::pair<size_t, size_t> ClauseAround(Tokens tokens, size_t first,
                                       size_t last, size_t window);

// The clauses around one figure's tokens [first, last) that its place and time frame read
// (PlaceNear, EarlierOccasion: window kNear; DateNear, PastYearBefore: kWide), walked once,
// when first asked for. One per figure: it holds no more than the figure's own tokens.
class FigureClauses {
 public:
  static constexpr size_t kNear = 12, kWide = 20;
  // `whole`: WholeOfPart(tokens, first), where the caller has asked it already.
  FigureClauses(Tokens tokens, size_t first, size_t last, std::optional<bool> whole = {})
      : tokens_(tokens), first_(first), last_(last), whole_(whole) {}
  // ClauseAround(tokens, first, last, window); walked anew for another figure or window.
  // Inline: asked about four times a figure, the call cost more than the tests.
  std::pair<size_t, size_t> Around(Tokens tokens, size_t first, size_t last,
                                   size_t window) const {
    if (tokens.data() != tokens_.data() || tokens.size() != tokens_.size() || first != first_ ||
        last != last_ || (window != kNear && window != kWide)) {
      return ClauseAround(tokens, first, last, window);
    }
    if (!walked_) Walk();
    return window == kNear ? near_ : wide_;
  }
  // ClauseAround(tokens, first, last, window).first, which no `last` changes.
  size_t ClauseStart(Tokens tokens, size_t first, size_t window) const {
    if (tokens.data() != tokens_.data() || tokens.size() != tokens_.size() || first != first_) {
      return ClauseAround(tokens, first, first + 1, window).first;
    }
    return Around(tokens_, first_, last_, window).first;
  }
  // WholeOfPart(tokens, first, pack), the answer given at construction for its figure.
  bool WholeOfPartAt(Tokens tokens, size_t first, const LanguagePack& pack) const {
    if (whole_ && first == first_ && tokens.data() == tokens_.data()) return *whole_;
    return WholeOfPart(tokens, first, pack);
  }

 private:
  void Walk() const;
  Tokens tokens_;
  size_t first_, last_;
  mutable bool walked_ = false;
  mutable std::pair<size_t, size_t> near_, wide_;
  std::optional<bool> whole_;
};

// ClauseAround through `clauses` when given.
inline std::pair<size_t, size_t> ClauseOf(const FigureClauses* clauses, Tokens tokens,
                                          size_t first, size_t last, size_t window) {
  return clauses != nullptr ? clauses->Around(tokens, first, last, window)
                            : ClauseAround(tokens, first, last, window);
}

// Where a short bracketed aside with no figure in it, opening at tokens[at] and followed by a
// word, closes (its ")"), else `at`: "kostete „Kyrill“ (altgriechisch: „der Herr“) in
// Großbritannien" goes on after it (place.cc).
size_t BracketedAsideEnd(Tokens tokens, size_t at);

// Whether a figure's group names what its noun counted ("32 Kinder", "zwei Lehrkräfte",
// "12 kenianische Ausländer": children, workers, kenya_foreigners): a measure of the tree.
inline bool GroupOfNoun(std::string_view group, const LanguagePack& pack) {
  const size_t cut = group.rfind('_');
  return pack.quantities.measure_tally.contains(
      cut == std::string_view::npos ? group : group.substr(cut + 1));
}

// A figure in a unit of measurement in its dimension's base unit (measure.cc).
void ConvertUnit(const LanguagePack& pack, Claim& c);
// The factor and offset that take a figure in the unit of the units.tsv row `u` (dimension,
// factor, offset) to its dimension's base unit (value * factor + offset), or nullopt when the
// row has no factor.
std::optional<std::pair<double, double>> UnitScale(const std::vector<std::string>& u);

// A unit of several words whose first word ends the figure's noun phrase at tokens[np_end - 1]
// ("190 km/h", "35 degrees Fahrenheit", "120 Kilometer pro Stunde"): converts the figure to
// its dimension's base unit (ConvertUnit) and returns the phrase's end; else np_end.
size_t UnitPhrase(Tokens tokens, size_t np_end, const LanguagePack& pack, Claim& c);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITIES_FRAME_H_
