#include "lib/extract/speakers/grammar.h"

namespace crosscheck::internal {
namespace {

// One row per language; the columns are SpeakerGrammar's fields, in order.
constexpr SpeakerGrammar kGrammars[] = {
    {"de", true, true, true, true, GermanPluralSubject, GermanParticiple, GermanUnnamedPhrase},
    {"en", false, false, false, false, EnglishPluralSubject, EnglishParticiple, EnglishUnnamedPhrase},
};

}  // namespace

const SpeakerGrammar& SpeakerGrammarOf(std::string_view lang) {
  for (const SpeakerGrammar& g : kGrammars) {
    if (g.lang == lang) return g;
  }
  return kGrammars[1];
}

}  // namespace crosscheck::internal
