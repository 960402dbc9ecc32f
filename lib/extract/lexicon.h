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
#include "lib/text/string_map.h"

namespace crosscheck::internal {

struct Lexicon {
  std::string lang;
  PhraseTable hedges, scales, vague, currencies, measures, modifiers, rates, modality, sources, purposes,
      entities, events, months, weekdays, relative_days, boilerplate;
  StringSet labels;
  StringMap<double> number_words;
  // Bit (b0 << 8 | b1) is set when some number word starts with the bytes b0 b1: a word
  // whose first two bytes are not set cannot be a number word or compound, and most words
  // are rejected with one bit test instead of hash lookups and compound splitting.
  std::vector<bool> number_word_starts = std::vector<bool>(1 << 16);

  // Builds the lexicon for "de" or "en".
  static Lexicon Build(std::string_view lang, const ExtractOptions& options);

  // The value of a written number word or compound ("zwölftausend", "dreiunddreißig",
  // "twenty-five"); nullopt when `folded` is not one.
  std::optional<double> NumberWord(std::string_view folded) const;
  // False when NumberWord(folded) is certainly nullopt: one bit test.
  bool MayBeNumberWord(std::string_view folded) const {
    return folded.size() < 2 || number_word_starts[static_cast<unsigned char>(folded[0]) << 8 |
                                                   static_cast<unsigned char>(folded[1])];
  }
  std::optional<double> NumberWordExact(std::string_view folded) const;

  // Entity key of tokens[i...] and the number of tokens it spans; also recognises prefixes
  // of hyphenated compounds ("US-Verteidigungsminister" -> united_states).
  PhraseMatch Entity(const std::vector<Token>& tokens, size_t i) const;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_LEXICON_H_
