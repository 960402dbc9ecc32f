// The words of counted things and their frames (lib/extract/quantities/): measure nouns and
// the verbs that refine them, modifiers, rates, units, places, change cues, boilerplate cues,
// the measure ontology and the news agencies.
#ifndef CROSSCHECK_LIB_LANG_QUANTITY_WORDS_H_
#define CROSSCHECK_LIB_LANG_QUANTITY_WORDS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "lib/base/hash_filter.h"
#include "lib/base/string_map.h"
#include "lib/extract/phrase_table.h"
#include "lib/lang/role_table.h"

namespace crosscheck::internal {

class LanguageFolder;
struct Table;
struct TableSchema;

// The schema of places.tsv, which speaker search reads too.
const TableSchema& PlacesSchema();

// What the ontology (common/measure_tree.tsv) says of a measure.
struct MeasureInfo {
  bool toll = false;     // A running total that only grows as news comes in (the killed).
  bool occasion = false; // The count of one occasion (a rally's crowd).
  bool generic = false;  // Says nothing of what happened ("people"): a verb may refine it.
  bool person = false;   // Counts people of some kind ("pilgrims", "troops"), under `people`.
  std::string parent;    // The broader measure, or empty for a root.
  // `parent`, its parent and so on up to the root (at most eight): IsKindOf compares
  // against these instead of looking each step up by name.
  std::vector<std::string> ancestors;
};

// Roles of quantity_words.tsv (common/quantity_words.tsv and the language's, if any).
// partitive: a pronoun after "of" that stands for the whole ("15 of them", "15 von ihnen");
// article: an article before the whole's noun ("seven of the patients", "drei der Verletzten");
// place_noun: a noun that stands for a place named before ("in the state", "im Bundesland");
// place_anaphor: an adverb that does ("died there", "dort starben"); place_with: a word after
// a place that opens a property's phrase ("Bayern mit 84,5 Prozent"); and_other: words that
// end a list with the broader noun ("homes and other structures", "Häuser und andere Gebäude");
// list_link: a word that continues a breakdown ("…, while 11 …"); incident_name: a noun that a
// name makes one of a story's incidents ("the Eaton Fire"); partitive_alone: a word that is
// "of them" alone ("16 davon"); clause_link: a word after a figure that opens another clause,
// whose cues are not the figure's ("reached 190, while officials expected it to rise");
// counted_before: a vague quantifier whose noun is counted by it, never by a figure after
// ("from various countries ... is 577"); earlier_verb: a past verb that tells of an
// occasion before the story's ("Die AfD hatte 12,6 Prozent" after a sentence on the 2018 vote);
// among_whole: a word after a figure that puts it among a whole counted next ("were among 11");
// cause_link: a preposition after a counted noun whose phrase tells what the count came from
// ("the death toll from the protests", "die Zahl der Toten bei den Protesten");
// place_part: a part of a place that locates a place named before it ("Hualien in eastern
// Taiwan", "Tschernihiw im Norden der Ukraine"); demonstrative: a word that points back to
// something named before ("this fire", "dieses Feuer");
// implied_count: a pronoun and a form of "to be" beside a figure with no noun, standing for
// what the sentence or its paragraph counts ("45.000 werden es am Abend sein", "there were
// 12,000"); its values: the side of the figure it stands on, and the noun the pronoun itself
// names, if any ("they were 90,000": people);
// held_part, back_then, interim, capacity, each, focus_part: words that make a figure a part,
// another time's, an interim reading, a capacity, one item's amount, or a part that bounds
// its whole from below (lib/extract/quantities/narrow.h); rest: a noun that counts the others
// beside a figure just given ("nine critical and 246 others injured"); remains_of: words right
// before a figure that make it a count of bodies ("bodies of two workers"), its value the measure.
// crowd_noun: a noun for anyone at all ("Menschen", "people"); crowd_estimate: a word that
// makes a figure an estimate or count of a crowd ("Schätzung", "gezählt", "estimated"); in an
// article about a rally a figure of the one in a sentence with the other counts its crowd.
// toll_word: a word for the toll of the dead ("toll", "Todeszahl"): bodies recovered in its
// sentence may count the toll. offset_after: a word right after a duration that makes it a
// time since or until something ("51 hours after the crash"), not how long something lasted.
// start_verb: a verb beside a date that says something began
// then ("the outbreak, which began in May"): the date is where a count starts, not its frame.
// besides: a word naming those a count of others leaves out ("neben", "besides").
// adverb: an adverb that may stand between a verb and the figure it takes ("tötete insgesamt
// neun", "had already killed 12") and is never a name ("Previously Reported" in a headline).
// clause_and: "and" that, a few words past the figure and before an article, opens a clause
// with a subject of its own ("Seven were killed and the toll is expected to rise").
// local_body: the source key of a body that counts where it sits ("police in Leeds said"): its
// seat stays the figure's place, unlike a ministry's or an institute's.
// hospital: a noun that, after a capitalised name, names a hospital: a place of its own figures.
// report_link: a speech participle after a comma ("…, saying 98 are still in hospital"): what
// follows is what was said, a clause of its own.
// that_day: words that point back at the day the sentence before named ("that day").
// size_of: a word right after a figure's noun that makes the figure the size of the noun after
// it ("im 183 Sitze starken Nationalrat").
// by_level, to_level: "by" before a figure and "to" after it, before a level ("cut by 106 to
// 253"): the figure is the difference between two levels.
// place_verb: a verb of recording whose subject, a place opening the clause, is where the
// figure after it holds ("Texas reported 40 deaths").
// clause_aux: a German finite auxiliary right after a count's noun, whose participle closes
// the sentence past asides ("150.000 Menschen haben in Berlin, …, protestiert").
// start_noun: a noun of a beginning after "seit"/"since" ("seit Beginn der Welle im Oktober"):
// the date after it is when a count started.
// further_rise: a verb of a count rising on, right after a cue of what may come ("rose to 7,
// expected to rise"): the cue tells of the rise to come, not of the figure.
// day_part: "late", "early" before a weekday or day word: when, no counted noun.
// place_relative: "where", "wo" after a comma and a place: its clause is that place's.
// country_noun: "nation", "country" after a region's name: a description of a country.
// event_pronoun: "It", "Es" opening a sentence: the event the sentence before named.
// crew_link: a word joining a count of the crew to the passengers' ("sowie zwei Fahrer").
// incident_compare: a word before an article and an incident's name that measures the story
// against a past one ("the deadliest since the Cloquet Fire"): no incident of the story.
// other_incident: "another", "ein weiteres" before an incident noun in a sentence with a past
// date ("on July 29, another quake left 16 dead"): the figures after it are that one's.
// hearsay: a participle of report before "to" after a bare figure and its auxiliary ("6000
// were said to be injured"): the fate verb comes two words later than usual.
// occasion_relative: a relative clause's opening after a comma that tells of the occasion named
// before the comma ("seit dem Erdbeben 2010, bei dem 500 Menschen starben", "in 2010, when").
// none_of: a pronoun that takes none of the whole after it ("none of the 283 passengers
// survived", "keiner der 50 Insassen"): the figure is the whole, the verb tells of no one.
// scope_place: an adverb of scope that names the place of the figures in its clause without a
// preposition ("weltweit", "worldwide"): its place is the places table's.
// denominator: a word before a figure that a rate is counted against ("121,7 Fälle pro
// 100.000 Einwohner", "5 deaths per 1,000 births"): that figure is no count.
enum QuantityRole : int {
  kNotNoun,
  kFigureCue,
  kUrl,
  kPartitive,
  kPartArticle,
  kPlaceNoun,
  kPlaceAnaphor,
  kPlaceWith,
  kAndOther,
  kListLink,
  kIncidentName,
  kPartitiveAlone,
  kClauseLink,
  kCountedBefore,
  kEarlierVerb,
  kAmongWhole,
  kCauseLink,
  kPlacePart,
  kDemonstrative,
  kImpliedCount,
  kHeldPart,
  kBackThen,
  kInterim,
  kCapacity,
  kEach,
  kFocusPart,
  kReasonLink,
  kRest,
  kRemainsOf,
  kCrowdNoun,
  kCrowdEstimate,
  kTollWord,
  kOffsetAfter,
  kStartVerb,
  kBesides,
  kAdverb,
  kClauseAnd,
  kLocalBody,
  kHospital,
  kReportLink,
  kThatDay,
  kSizeOf,
  kOccasionRelative,
  kByLevel,
  kToLevel,
  kStartNoun,
  kClauseAux,
  kPlaceVerb,
  kFurtherRise,
  kDayPart,
  kPlaceRelative,
  kCountryNoun,
  kEventPronoun,
  kCrewLink,
  kIncidentCompare,
  kOtherIncident,
  kHearsay,
  kScopePlace,
  kNoneOf,
  kDenominator,
  kQuantityRoles
};

struct QuantityWords {
  PhraseTable measures, modifiers, rates, boilerplate;
  // Frame slots (lib/extract/quantities/frame.h): verbs that say what was counted, change
  // cues, the gazetteer and the prepositions that introduce a place.
  PhraseTable measure_verbs, changes, places, locatives;
  // Heads of separable verbs ("feuerte … ab" in measure_verbs.tsv), one word each; per
  // particle that closes the figure's clause: its measure, its length, its folded words.
  PhraseTable split_verbs;
  PhraseTable units;  // Units of measurement: dimension, factor and offset to its base unit.
  // What a percentage or a measured figure measures (lib/extract/quantities/property.h), and
  // the parties whose share of the vote a percentage is.
  PhraseTable properties, parties;
  // The length of the `properties` row starting at tokens[k] whose takes column is `takes`,
  // else 0: the rows that say how a figure near them is read ("section", "held_stop").
  size_t PropertyRowAt(Tokens tokens, size_t k, std::string_view takes) const {
    const PhraseMatch m = properties.Match(tokens, k);
    return m.length > 0 && m.fields->at(1) == takes ? m.length : 0;
  }
  StringMap<MeasureInfo> measure_tally;
  StringSet agencies;  // Source keys of news agencies, which pass figures on.
  // Words of source keys that give a projection or a partial count ("hochrechnung",
  // "exit_poll"; interim_sources.tsv), in key form: a key containing one names such a source.
  std::vector<std::string> interim_sources;
  // The same as written in a text ("exit poll"): what a lead naming a projection holds.
  std::vector<std::string> interim_phrases;
  RoleTable roles;
  // The words a row of `measures` or `measure_verbs` can start with whose measure is or lies
  // below "killed" or "injured": a match of those rows starts at a word that MayStart passes
  // (VictimsAsDead asks every word of an article, and the other rows do not concern it).
  struct KindGate {
    HashFilter first;                  // The rows' first words, by HashString.
    std::vector<uint32_t> stem_quads;  // The first four bytes of their stems ('*' forms).
    bool MayStart(const Token& t) const { return Viewed().MayStart(t); }
    // MayStart's test from values held by the caller (VictimsAsDead asks every word).
    struct View {
      HashFilter::View first;
      const uint32_t* quads;
      const uint32_t* quads_end;
      bool MayStart(const Token& t) const {
        if (first.MayContain(t.hash)) return true;
        if (quads == quads_end || t.folded().size() < 4) return false;
        uint32_t q;
        std::memcpy(&q, t.folded().data(), 4);
        return std::find(quads, quads_end, q) != quads_end;
      }
    };
    View Viewed() const {
      return {first.Viewed(), stem_quads.data(), stem_quads.data() + stem_quads.size()};
    }
  };
  KindGate victim_gate;
  void BuildVictimGate();  // After the tables and the ontology are loaded.

  QuantityWords();
  // The broader measure of `measure` in the ontology; nullptr for a root or an unknown one.
  const std::string* ParentOf(std::string_view measure) const;
  // Whether `kind` lies strictly below `whole` in the ontology ("seriously_injured" below
  // "injured", "drones_launched" below "weapons_launched").
  bool IsKindOf(std::string_view kind, std::string_view whole) const;
  // Whether `measure` is `whole` or lies below it.
  bool IsOrKindOf(std::string_view measure, std::string_view whole) const {
    return measure == whole || IsKindOf(measure, whole);
  }
  // The rows of measure_verbs.tsv: phrases, and separable verbs with "…" where their
  // objects go.
  void AddMeasureVerbs(const Table& table);
  // `measure_nouns`: the user's additions (ExtractOptions::measure_nouns).
  absl::Status Load(const LanguageFolder& folder,
                    const std::vector<std::pair<std::string, std::string>>& measure_nouns);
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_QUANTITY_WORDS_H_
