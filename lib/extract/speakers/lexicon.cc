#include "lib/extract/speakers/lexicon.h"

namespace crosscheck::internal {

SpeakerLexicon BuildSpeakerLexicon(std::string_view lang) {
  return SpeakerLexicon{std::string(lang), SpeechLexicon(lang), RoleLexicon(lang),
                        SpeakerWords(lang), &SpeakerGrammarOf(lang)};
}

}  // namespace crosscheck::internal
