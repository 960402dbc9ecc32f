// Persons known by a given name alone: a quotation may address them ("Ja, Niels!") or a
// sentence of narrative may name them ("Olaf blätterte weiter.") before any cue does.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_GIVEN_NAME_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_GIVEN_NAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "lib/extract/context.h"
#include "lib/extract/speakers/article_persons.h"
#include "lib/extract/speakers/mentions.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

// Whether `word` is a whole word of `name` ("Niels" of "Niels Thienwiebel").
bool NameHasWord(std::string_view name, std::string_view word);
// The same of `name` with its ASCII letters lowered, without the lowered copy:
// NameHasWord(absl::AsciiStrToLower(name), word).
bool LoweredNameHasWord(std::string_view name, std::string_view word);

// The named person of the article a given name stands for ("Niels!" after "Niels
// Thienwiebel" was named); the latest one registered, -1 when none.
int PersonByGivenName(const ArticlePersons& art, std::string_view word);

// "Olaf blätterte weiter.": a common given name standing alone at tokens[at] (no name word
// after it, so the mention finder took it for no one) is a person: the article's person of
// that name, else one registered now. -1 when tokens[at] is no such name.
int LoneGivenName(std::string_view text, Tokens tokens,
                  std::span<const uint8_t> skip, size_t at, const MentionFinder& finder,
                  ArticlePersons& art);

// "Olaf blätterte weiter.", "Schnell beugte sich jetzt Olaf vor.": the lone given name
// (LoneGivenName) that is the subject of the verb-second clause opening at tokens[begin] and
// ending before `end`: its first word, or the word past the opening word, the verb and what
// InvertedSubject skips. -1 when none.
int GivenNameSubject(std::string_view text, Tokens tokens,
                     std::span<const uint8_t> skip, size_t begin, size_t end,
                     const MentionFinder& finder, ArticlePersons& art);

// "Hafenbrack trat ein.", "Endlich trat Hafenbrack ein.": a capitalised word
// of no class, the subject of the verb-second clause opening sentence s at tokens[begin] (the
// word and its verb, or the opening word, the verb and what InvertedSubject skips), when the
// text names it so inside its sentences nearby (NamedNearby): the article's person known by
// that word, else one registered now. -1 when none.
int NamedWordSubject(std::string_view text, const std::vector<SentenceTokens>& sents, size_t s,
                     std::span<const uint8_t> skip, size_t begin, const MentionFinder& finder,
                     ArticlePersons& art);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_GIVEN_NAME_H_
