// A LanguagePack: the word lists and grammar rules of one language for numbers, money, dates,
// quantities, quotes, speakers and roles, built once per Checker from the language's tables (lib/data/<lang>/ and lib/data/common/, or a folder
// given at run time) and shared read-only by all extraction threads.
//
//   absl::StatusOr<std::unique_ptr<LanguagePack>> de = LanguagePack::Build(
//       LanguageFolder(EmbeddedSource(), "de", /*builtin=*/true), Lang::kGerman, options);
//   PhraseMatch m = (*de)->dates.months.Match(tokens, i);
//
// One member per dimension; a new dimension's words are another member with its own Load.
// Every table is read through its schema (table.h), so a missing, empty or malformed table is
// an error naming file and line when the Checker is created. The small words of each
// dimension's grammar are a RoleTable, one lookup giving all their roles as bits; `lexicon`
// compiles the first words of every table into one index, looked up once per token.
#ifndef CROSSCHECK_LIB_LANG_PACK_H_
#define CROSSCHECK_LIB_LANG_PACK_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "crosscheck/options.h"
#include "crosscheck/types.h"
#include "lib/extract/phrase_table.h"
#include "lib/extract/roles/role_lexicon.h"
#include "lib/extract/tokens.h"
#include "lib/lang/date_words.h"
#include "lib/lang/folder.h"
#include "lib/lang/grammar.h"
#include "lib/lang/lang.h"
#include "lib/lang/lexicon.h"
#include "lib/lang/number_words.h"
#include "lib/lang/quantity_words.h"

namespace crosscheck::internal {

struct SpeakerLexicon;

// The modalities a row of modality.tsv may name, by their JSON names (ToString): all but
// unspecified. Loading refuses any other name.
inline constexpr Modality kCueModalities[] = {Modality::kHappened, Modality::kInitial,
                                              Modality::kPlanned, Modality::kProjected,
                                              Modality::kLatest};

struct LanguagePack {
  Lang id = Lang::kGerman;
  std::string lang;  // The code: "de", "en", or a folder's name.
  Grammar grammar;

  NumberWords numbers;
  MoneyWords money;
  DateWords dates;
  QuantityWords quantities;
  // Who a figure or date is about and who says it (lib/extract/attribution.h), shared by the
  // dimensions: countries, demonyms and organisations; attribution cues; modality cues;
  // bodies that count and report figures in common nouns ("police", "die Veranstalter").
  PhraseTable entities, sources, modality, counters;
  // Titles and offices (roles.tsv), and what quote and speaker search reads (speech cues,
  // speaker words, the speaker grammar; lib/extract/speakers/lexicon.h), which holds `roles`.
  RoleLexicon roles;
  std::unique_ptr<const SpeakerLexicon> speakers;
  // Every word of the tables above, looked up once per token (lexicon.h).
  WordLexicon lexicon;

  LanguagePack();
  ~LanguagePack();
  LanguagePack(const LanguagePack&) = delete;  // `speakers` refers to `roles`.
  LanguagePack& operator=(const LanguagePack&) = delete;

  static absl::StatusOr<std::unique_ptr<LanguagePack>> Build(const LanguageFolder& folder,
                                                             Lang id,
                                                             const ExtractOptions& options);

  // Entity key of tokens[i...] and the number of tokens it spans; also recognises prefixes
  // of hyphenated compounds ("US-Verteidigungsminister" -> united_states).
  // Inline, since AnalyzeSentence asks it of every word and most are in no table: the
  // table's gates answer them without a call.
  PhraseMatch Entity(Tokens tokens, size_t i) const {
    PhraseMatch m = entities.Match(tokens, i);
    // Only a hyphenated word has a dash: Tokenize lets none into a word otherwise.
    if (m.length > 0 || tokens[i].kind != TokenKind::kWord || !tokens[i].hyphen) return m;
    return HyphenEntity(tokens[i].folded());
  }
  // The same for a word of tokens, with entities.Gated() held by the caller's loop.
  PhraseMatch Entity(Tokens tokens, size_t i, const PhraseTable::Gate& gate) const {
    PhraseMatch m = gate.MayMatch(tokens[i]) ? entities.MatchGated(tokens, i) : PhraseMatch{};
    if (m.length > 0 || tokens[i].kind != TokenKind::kWord || !tokens[i].hyphen) return m;
    return HyphenEntity(tokens[i].folded());
  }

 private:
  // The entity of the part of a hyphenated word before its first dash, or none.
  PhraseMatch HyphenEntity(std::string_view word) const;
};

// The name attribution (lib/extract/attribution.h) knows the pack by.
using Lexicon = LanguagePack;

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_PACK_H_
