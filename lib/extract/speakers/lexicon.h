// Everything the quote, speaker and role recognizers know of one language: speech cues and
// small-word flags, titles and jurisdictions, word classes and the language's grammar rules.
// Built once per language (BuildSpeakerLexicon) and immutable afterwards.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_LEXICON_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_LEXICON_H_

#include <string>
#include <string_view>

#include "lib/extract/roles/role_lexicon.h"
#include "lib/extract/speakers/grammar.h"
#include "lib/extract/speakers/speech.h"
#include "lib/extract/speakers/words.h"

namespace crosscheck::internal {

struct SpeakerLexicon {
  std::string lang;
  SpeechLexicon speech;   // <lang>/speech_verbs.tsv, weekdays, months, places.
  RoleLexicon roles;      // <lang>/roles.tsv, <lang>/entities.tsv, common/role_keys.tsv, ...
  SpeakerWords words;     // common/ and <lang>/speaker_words.tsv.
  const SpeakerGrammar* grammar;  // speakers/grammar.cc.
};

// The one place that reads the language's tables for quotes, speakers and roles.
SpeakerLexicon BuildSpeakerLexicon(std::string_view lang);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_LEXICON_H_
