// English rules of speaker search (the table row is in grammar.cc).
#include "lib/extract/speakers/grammar.h"

namespace crosscheck::internal {

// "Officials said": a plural noun. A verb in -s agrees with one person only ("Reynolds
// says", "Williams writes"), and "-ss" ends no plural ("Ross said").
bool EnglishPluralSubject(std::string_view verb, std::string_view word) {
  const bool singular_verb = verb.ends_with("s") && !verb.ends_with("ss");
  return word.ends_with("s") && !word.ends_with("ss") && !singular_verb;
}

// "adding", "saying".
bool EnglishParticiple(std::string_view verb) { return verb.size() > 5 && verb.ends_with("ing"); }

// Up to four words after the determiner, until a word that ends the phrase ("a Democratic
// strategist who", "the senator from"); a place may describe the speaker ("an Iowa
// Democrat") but is not one ("the Ukraine").
size_t EnglishUnnamedPhrase(const PhraseScan& scan, size_t i, size_t* head) {
  Tokens tokens = scan.tokens;
  size_t k = i + 1;
  while (k < scan.end && k < i + 5 && !scan.skip[k] && tokens[k].kind == TokenKind::kWord &&
         !scan.words.Is(tokens[k], WordClass::kPhraseEnd) &&
         (scan.speech.Flags(tokens[k]) & ~SpeechLexicon::kPlace) == 0) {
    ++k;
  }
  if (k == i + 1 || (scan.speech.Flags(tokens[k - 1]) & SpeechLexicon::kPlace)) return 0;
  *head = k - 1;
  return k - i;
}

}  // namespace crosscheck::internal
