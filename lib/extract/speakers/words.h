// The small words speaker and quotation search asks about by their role in the grammar
// ("dass" introduces a clause, "von" is a name particle, "des" joins a title to its
// jurisdiction), read from common/speaker_words.tsv and <lang>/speaker_words.tsv: the rules
// in code name a class, the words of each language are data. Built once per language.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_WORDS_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_WORDS_H_

#include <cstdint>
#include <string_view>

#include "absl/status/status.h"
#include "lib/extract/tokens.h"
#include "lib/base/hashed_map.h"
#include "lib/base/lex_entry.h"

namespace crosscheck::internal {

// The classes, as named in the tables' second column.
enum class WordClass : uint8_t {
  kNameParticle,       // name_particle: inside a name ("Ursula von der Leyen", "bin").
  kParticleBeforeCue,  // particle_before_cue: goes on a name read back from a cue.
  kParticleNotFirst,   // particle_not_first: a particle only after another ("von der").
  kTitleFunction,      // title_function: may stay lower case in a title ("of", "und").
  kClauseIntro,        // clause_intro: starts reported speech ("that", "dass").
  kCueAfterComma,      // cue_after_comma: a cue naming its speaker only after a comma ("so").
  kAgentOfNoun,        // agent_of_noun: names who spoke after a noun cue ("by", "von").
  kTitleOf,            // title_of: joins a title to its jurisdiction ("of", "der").
  kTitleSlot,          // title_slot: may stand right before a work's title ("im", "auf").
  kNominativeArticle,  // nominative_article: opens a subject ("der", "ein").
  kPartitiveArticle,   // partitive_article: "eine der Frauen".
  kGenitiveArticle,    // genitive_article: "der Bruder des Grafen".
  kPolitePronoun,      // polite_pronoun: capitalised inside a sentence it is "you" ("Sie").
  kPhraseEnd,          // phrase_end: ends a describing phrase ("who", "said").
  kNotReplyVerb,       // not_reply_verb: after a quotation, no verb of saying ("und", "wie").
  kCopula,             // copula: describes, never reports speech ("war", "sei", "sollte").
  kPreposition,        // preposition: opens a phrase that is no subject ("mit", "im").
  kObliqueArticle,     // oblique_article: opens an object, not a subject ("dem", "einen").
  kCoordinating,       // coordinating: joins main clauses, each with its subject ("und").
  kIndefiniteSubject,  // indefinite_subject: a group as a speaker ("riefen alle", "andere").
  kInterjection,       // interjection: the word after it is an exclamation ("Ach, Gott!").
  kAddressNoun,        // address_noun: a form of address, a noun after an article ("die Frau").
  kAddressTitle,       // address_title: in a quotation, the word after it addresses someone
                       // ("Herr Graf", "Fräulein Pitras").
  kMasculineArticle,   // masculine_article: a subject after it is "he" ("der Wirt").
  kFeminineArticle,    // feminine_article: a subject after it is "she" or many ("die Alte").
  kFocusParticle,      // focus_particle: stands next to a subject ("Nur ein Knabe rief:").
  kBodyPart,           // body_part: the head of a phrase that speaks for no one ("die Lippen").
  kOtherOffice,        // other_office: before a title, an office other than the title's
                       // ("former", "deputy", "stellvertretende").
  kNotName,            // not_name: a capitalised word after a title that starts no name but
                       // a body's ("Premier League", "Premier Division").
  kNameSuffix,         // name_suffix: after a name, no part of it ("Jr.", "III"): the
                       // surname is the word before it.
  kCount
};

class LanguageFolder;
struct Table;

class SpeakerWords {
 public:
  // Reads common/speaker_words.tsv and the folder's speaker_words.tsv (word, class; optional
  // in a folder added at run time); a broken table or an unknown class is a
  // FailedPrecondition naming file and line.
  absl::Status Load(const LanguageFolder& folder);
  bool Is(const Token& t, WordClass c) const {
    if (t.lex != nullptr) return Has(&t.lex->speaker_words, c);  // Tagged by this pack.
    return Has(classes_.Find(t.folded(), t.hash), c);
  }
  bool Is(std::string_view folded, WordClass c) const { return Has(classes_.Find(folded), c); }
  // All class bits of the word, and every word with a class, for the pack's lexicon.
  uint32_t Classes(std::string_view folded) const {
    const uint32_t* bits = classes_.Find(folded);
    return bits == nullptr ? 0 : *bits;
  }
  template <typename F>
  void ForEachWord(F f) const { classes_.ForEachKey(f); }

 private:
  static bool Has(const uint32_t* bits, WordClass c) {
    return bits != nullptr && (*bits >> static_cast<unsigned>(c)) & 1u;
  }
  absl::Status AddTable(const Table& table);
  HashedMap<uint32_t> classes_;  // Folded word -> WordClass bits.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_WORDS_H_
