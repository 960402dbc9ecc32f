// Everything the quote, speaker and role recognizers know of one language: speech cues and
// small-word flags, titles and jurisdictions, word classes and the language's grammar rules.
// A member of the language's pack (lib/lang/pack.h), built once per Checker from the pack's
// folder (BuildSpeakerLexicon) and immutable afterwards.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_LEXICON_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_LEXICON_H_

#include <memory>

#include "absl/status/statusor.h"
#include "lib/extract/roles/role_lexicon.h"
#include "lib/extract/speakers/grammar.h"
#include "lib/extract/speakers/speech.h"
#include "lib/extract/speakers/words.h"

namespace crosscheck::internal {

class LanguageFolder;

struct SpeakerLexicon {
  SpeechLexicon speech;     // speech_verbs.tsv, weekdays, months, places.
  const RoleLexicon& roles; // The pack's: roles.tsv, entities.tsv, common/role_keys.tsv, ...
  SpeakerWords words;       // common/ and the language's speaker_words.tsv.
  const SpeakerGrammar* grammar;  // speakers/grammar.cc; English's for a language without one.
};

// The one place that reads the language's tables for quotes and speakers; `roles` is the
// pack's role lexicon and must outlive the result. A broken table is a FailedPrecondition
// naming file and line.
absl::StatusOr<std::unique_ptr<const SpeakerLexicon>> BuildSpeakerLexicon(
    const LanguageFolder& folder, const RoleLexicon& roles);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_LEXICON_H_
