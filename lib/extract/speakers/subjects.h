// Who a speech cue's subject is: the mention next to the cue that says the words ("Blinken
// sagte", "sagte Blinken", "“…,” said Kirby", "Kirby zufolge", "Putins Erklärung"), where a
// name next to a cue may start, and the phrase of a speaker the text does not name ("sagte der
// Alte", "said a Democratic strategist").
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_SUBJECTS_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_SUBJECTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "lib/extract/speakers/article_persons.h"
#include "lib/extract/speakers/lexicon.h"
#include "lib/extract/speakers/mentions.h"
#include "lib/extract/speakers/speech.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

inline bool IsWordish(const Token& t) { return t.kind != TokenKind::kPunct; }

// A word that may belong to a name next to a cue: capitalised, or, with `particle_ok`, a
// particle or hyphenated part ("von", "al-").
inline bool IsNameish(const Token& t, bool particle_ok, const SpeakerWords& words) {
  if (t.kind != TokenKind::kWord) return false;
  if (t.upper) return true;
  return particle_ok && (words.Is(t, WordClass::kParticleBeforeCue) || t.hyphen);
}

// The gender a pronoun for the phrase opened by article `t` has ("der Wirt": 'm'), '?' unknown.
inline char ArticleGender(const Token& t, const SpeakerWords& words) {
  return words.Is(t, WordClass::kMasculineArticle)  ? 'm'
         : words.Is(t, WordClass::kFeminineArticle) ? 'f'
                                                     : '?';
}

// Whether tokens[c] follows a quotation's closing mark, with or without a comma.
bool AfterQuote(Tokens tokens, size_t c);

// Whether a word after a speech verb starts reported speech of its own ("said that",
// "sagte, dass", "erklärte:"), so that the verb does not report the quotation before it.
bool IntroducesClause(const Token& t, const SpeakerWords& words);

// The first token after a speech verb past at most two adverbs ("sagte dann der Alte").
// Inline: asked at every cue, and its few tests cost less than the call.
inline size_t SkipAdverbs(Tokens tokens, std::span<const uint8_t> skip,
                          size_t from, const SpeechLexicon& speech) {
  size_t k = from;
  while (k < tokens.size() && k < from + 2 && !skip[k] && tokens[k].kind == TokenKind::kWord &&
         !tokens[k].upper && (speech.Flags(tokens[k]) & SpeechLexicon::kAdverb)) {
    ++k;
  }
  return k < tokens.size() && (k == from || tokens[k].kind == TokenKind::kWord) ? k : from;
}

// Where the subject of a verb-second clause starts when it follows the verb ending before
// `from`: past adverbs, object pronouns, an inserted phrase between commas and phrases opened
// by a preposition or an oblique article ("schrie ihn nämlich der Pfarrer an", "schreit mit
// zittriger Stimme der Bucklige", "fragt, ihn unterbrechend, der Michel"). Cue::kNoSubject
// when no subject stands within a few words.
uint32_t InvertedSubject(Tokens tokens, std::span<const uint8_t> skip,
                         size_t from, const SpeakerLexicon& lex);

// "Nun begann der andere die Hände zu ringen:", "Da stand Heinrich auf": where the subject
// stands after the adverb and the verb opening the clause at tokens[begin] (not after a
// copula: "Es war ein altes Messer"); SIZE_MAX when it does not open so or ends before `end`.
size_t AdverbVerbSubject(Tokens tokens, std::span<const uint8_t> skip,
                         size_t begin, size_t end, const SpeakerLexicon& lex);

// The subject that opens the clause ending before tokens[end], in verb-second order
// (SpeakerGrammar::subject_by_article): an article phrase and its verb at the clause's start,
// past a conjunction ("Der Storch, der …, deutete auf die Flügel und sagte kurz:", "Und die
// Jüngere warf den Kopf zurück:"), or after an adverb and the verb ("Nun begann der andere
// …:"). Its length and first token (*tb), its head (*head); 0 when none.
size_t OpeningSubject(Tokens tokens, std::span<const uint8_t> skip,
                      size_t end, const MentionFinder& finder, size_t* tb, size_t* head);

// The mention that is the subject of `cue`, or -1. Without verb-second word order (English)
// the subject follows the verb only right after a quotation ("“…,” said Kirby"), not in
// "Christie called Obama a “…”".
int Subject(const Cue& cue, const std::vector<Mention>& ms, Tokens tokens,
            const SpeakerLexicon& lex);

// Where a name next to `cue` may start and how many unknown capitalised words it may have:
// right after the cue ("sagte Müller", "said Dan P. Conston"), and the words right before it
// when they follow punctuation or open the sentence ("„…“, Müller sagte", "Weber sagt:").
// A lone word opening the sentence is a name only before a singular verb (not "Experten
// sagen", "Officials said").
void MarkNearCue(Tokens tokens, std::span<const uint8_t> skip,
                 const Cue& cue, const SpeakerLexicon& lex, std::vector<uint8_t>& near);

// The unnamed speaker of a verb cue that has no named or pronoun subject next to it:
// "„…“, sagte der Alte", "die Mutter fragte:", "said a Democratic strategist". Added to `ms`
// in reading order and registered with the article. Returns the phrase's first token when
// it added one (Cue::kNoSubject when not), for the cue to take it as its subject.
uint32_t AddUnnamedSubject(std::string_view text, Tokens tokens,
                       std::span<const uint8_t> skip, const Cue& cue,
                       const MentionFinder& finder, ArticlePersons& art,
                       std::vector<Mention>& ms);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_SUBJECTS_H_
