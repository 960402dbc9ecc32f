// The language data the number, money and date recognizers use, compiled once per language
// from the tables in lib/data/<lang>/ plus the user's additions from ExtractOptions.
#ifndef CROSSCHECK_LIB_EXTRACT_LEXICON_H_
#define CROSSCHECK_LIB_EXTRACT_LEXICON_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/options.h"
#include "lib/extract/phrase_table.h"
#include "lib/base/hash_filter.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

// What the ontology (common/measure_tree.tsv) says of a measure.
struct MeasureInfo {
  bool toll = false;     // A running total that only grows as news comes in (the killed).
  bool occasion = false; // The count of one occasion (a rally's crowd).
  bool generic = false;  // Says nothing of what happened ("people"): a verb may refine it.
  bool person = false;   // Counts people of some kind ("pilgrims", "troops"), under `people`.
  std::string parent;    // The broader measure, or empty for a root.
};

struct Lexicon {
  std::string lang;
  PhraseTable hedges, scales, vague, currencies, measures, modifiers, rates, modality, sources, purposes,
      entities, events, months, weekdays, relative_days, boilerplate;
  // Frame slots (lib/extract/frame.h): verbs that say what was counted, change cues, the
  // gazetteer and the prepositions that introduce a place.
  PhraseTable measure_verbs, changes, places, locatives;
  PhraseTable units;  // Units of measurement: dimension, factor and offset to its base unit.
  StringMap<MeasureInfo> measure_tally;
  StringSet agencies;  // Source keys of news agencies, which pass figures on.
  // Words that shape a number: decimal marks, signs, fractions, vague multiples, units
  // that go below zero (numeral_words.tsv).
  PhraseTable numeral_words;
  StringSet labels;
  StringMap<double> number_words;
  // The two-byte beginnings of the number words: a word of two bytes or more beginning
  // otherwise cannot be a number word or compound, and most words are rejected with one bit
  // test instead of hash lookups and compound splitting.
  LeadingBytes number_word_starts;

  // Builds the lexicon for "de" or "en".
  static Lexicon Build(std::string_view lang, const ExtractOptions& options);

  // The value of a written number word or compound ("zwölftausend", "dreiunddreißig",
  // "twenty-five"); nullopt when `folded` is not one.
  std::optional<double> NumberWord(std::string_view folded) const;
  // False when NumberWord(folded) is certainly nullopt: one bit test.
  bool MayBeNumberWord(std::string_view folded) const {
    return folded.size() < 2 || number_word_starts.MayLead(folded);
  }
  std::optional<double> NumberWordExact(std::string_view folded) const;

  // Entity key of tokens[i...] and the number of tokens it spans; also recognises prefixes
  // of hyphenated compounds ("US-Verteidigungsminister" -> united_states).
  PhraseMatch Entity(const std::vector<Token>& tokens, size_t i) const;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_LEXICON_H_
