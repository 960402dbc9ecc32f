#include "lib/extract/speakers/lexicon.h"

#include "lib/lang/folder.h"

namespace crosscheck::internal {

absl::StatusOr<std::unique_ptr<const SpeakerLexicon>> BuildSpeakerLexicon(
    const LanguageFolder& folder, const RoleLexicon& roles) {
  auto lex = std::make_unique<SpeakerLexicon>(
      SpeakerLexicon{SpeechLexicon(), roles, SpeakerWords(), &SpeakerGrammarOf(folder.code())});
  if (absl::Status s = lex->speech.Load(folder); !s.ok()) return s;
  if (absl::Status s = lex->words.Load(folder); !s.ok()) return s;
  return std::unique_ptr<const SpeakerLexicon>(std::move(lex));
}

}  // namespace crosscheck::internal
