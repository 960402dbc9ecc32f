// How a language places speakers around what they say: the rules of speaker and quotation
// search that differ between languages, one entry per language in grammar.cc, their
// functions in de.cc and en.cc. Words stay in data (speaker_words.tsv, speech_verbs.tsv);
// what is here is grammar: word order, capitals, how a describing phrase is built.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_GRAMMAR_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_GRAMMAR_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "lib/extract/speakers/speech.h"
#include "lib/extract/speakers/words.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

// What a phrase rule reads: the sentence's tokens, those inside quotations flagged in
// `skip`, and the language's words. A phrase ends before token `end`.
struct PhraseScan {
  Tokens tokens;
  std::span<const uint8_t> skip;
  size_t end;
  const SpeechLexicon& speech;
  const SpeakerWords& words;
};

struct SpeakerGrammar {
  std::string_view lang;
  // Every noun is capitalised (German): a capital is no sign of a name. A name before a cue
  // then needs punctuation before it ("Bei jedem Schluck Wein erklärte der Lehrer"), a title's
  // head is its first capitalised word, a work's title in quotation marks needs an article
  // or preposition before it, a noun cue names its source after it ("Berichten ukrainischer
  // Geheimdienste"), and a lower-case word after a source is its verb ("Laut Kiew verliert").
  bool capitalised_nouns;
  // The verb comes second (German): the subject may follow a speech verb anywhere ("Dann
  // sagte er", "Vergnügt sprach der Wolf"), not only right after a quotation ("“…,” said
  // Kirby", but not "Christie called Obama a “…”").
  bool verb_second;
  // The subject of a verb further back in its clause, or of the narrative before a quotation,
  // is found by its article ("Der Bruder des Grafen sagt:", "Die Alte blickte auf. »…«").
  bool subject_by_article;
  // The narrator's words between dashes inside a quotation name its speaker ("»Die Liebe hat
  // Flügel! – sagte Matteo – sie fürchtet nichts.«").
  bool inserted_speaker;
  // Whether a lone word opening the sentence before the speech verb is a plural subject and
  // so no name ("Experten sagen", "Officials said").
  bool (*plural_subject)(std::string_view verb, std::string_view word);
  // Whether a speech verb is a participle ("adding", "saying"), whose subject is the main
  // clause's, never a word after it ("…,” adding that Trump …").
  bool (*participle)(std::string_view verb);
  // The phrase of a speaker the text does not name, starting at a determiner at tokens[i]
  // ("der alte Mann", "eine der Frauen", "a Democratic strategist"): its length, its head
  // noun in *head; 0 when none.
  size_t (*unnamed_phrase)(const PhraseScan& scan, size_t i, size_t* head);
};

// The grammar of `lang`; English for a language without an entry.
const SpeakerGrammar& SpeakerGrammarOf(std::string_view lang);

// de.cc
bool GermanPluralSubject(std::string_view verb, std::string_view word);
bool GermanParticiple(std::string_view verb);
size_t GermanUnnamedPhrase(const PhraseScan& scan, size_t i, size_t* head);
// en.cc
bool EnglishPluralSubject(std::string_view verb, std::string_view word);
bool EnglishParticiple(std::string_view verb);
size_t EnglishUnnamedPhrase(const PhraseScan& scan, size_t i, size_t* head);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_GRAMMAR_H_
