#include "lib/extract/speakers/given_name.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/strings/ascii.h"

#include "lib/extract/speakers/reading.h"
#include "lib/extract/speakers/subjects.h"

namespace crosscheck::internal {

bool NameHasWord(std::string_view name, std::string_view word) {
  for (size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}

bool LoweredNameHasWord(std::string_view name, std::string_view word) {
  for (size_t at = 0; at + word.size() <= name.size(); ++at) {
    const size_t end = at + word.size();
    if ((at > 0 && name[at - 1] != ' ') || (end < name.size() && name[end] != ' ')) continue;
    size_t k = 0;
    while (k < word.size() &&
           absl::ascii_tolower(static_cast<unsigned char>(name[at + k])) == word[k]) {
      ++k;
    }
    if (k == word.size()) return true;
  }
  return false;
}

int PersonByGivenName(const ArticlePersons& art, std::string_view word) {
  for (size_t p = art.persons.size(); p-- > 0;) {
    if (!art.persons[p].unnamed && NameHasWord(art.persons[p].name, word)) return static_cast<int>(p);
  }
  return -1;
}

int LoneGivenName(std::string_view text, Tokens tokens,
                  std::span<const uint8_t> skip, size_t at, const MentionFinder& finder,
                  ArticlePersons& art) {
  if (at >= tokens.size() || skip[at]) return -1;
  const Token& t = tokens[at];
  if (t.kind != TokenKind::kWord || !t.upper || finder.speech().Flags(t) != 0 ||
      !finder.directory().IsGivenKey(art.SkeletonsOf(t).plain)) {
    return -1;
  }
  // "Olaf Berger blätterte": a surname after it makes a name the mention finder reads.
  if (at + 1 < tokens.size() && tokens[at + 1].kind == TokenKind::kWord && tokens[at + 1].upper) {
    return -1;
  }
  const std::string_view word = text.substr(t.span.begin, t.span.end - t.span.begin);
  if (auto it = art.by_surname.find(art.SkeletonsOf(t).PlainKey()); it != art.by_surname.end()) {
    return it->second;
  }
  if (const int p = PersonByGivenName(art, word); p >= 0) return p;
  return art.Register(finder.directory(), art.Canonical(finder.directory(), t.folded()), word);
}

int GivenNameSubject(std::string_view text, Tokens tokens,
                     std::span<const uint8_t> skip, size_t begin, size_t end,
                     const MentionFinder& finder, ArticlePersons& art) {
  end = std::min(end, tokens.size());
  if (begin >= end) return -1;
  if (const int p = LoneGivenName(text, tokens, skip, begin, finder, art); p >= 0) return p;
  if (!finder.grammar().verb_second || begin + 2 >= end) return -1;
  // Any opening word but an article or pronoun ("Die Frau sah Olaf an": Olaf is the object),
  // then the verb: a lower-case word of no class, or an auxiliary ("Da hatte sich Olaf …",
  // "Dort war Olaf": after a copula too a lone name is the subject).
  const SpeechLexicon& speech = finder.speech();
  const Token& verb = tokens[begin + 1];
  if (skip[begin] || skip[begin + 1] || tokens[begin].kind != TokenKind::kWord ||
      (speech.Flags(tokens[begin]) & ~(SpeechLexicon::kAdverb | SpeechLexicon::kStop)) != 0 ||
      verb.kind != TokenKind::kWord || verb.upper || speech.Flags(verb) != 0) {
    return -1;
  }
  const uint32_t at = InvertedSubject(tokens, skip, begin + 2, finder.lexicon());
  return at >= end ? -1 : LoneGivenName(text, tokens, skip, at, finder, art);
}

int NamedWordSubject(std::string_view text, const std::vector<SentenceTokens>& sents, size_t s,
                     std::span<const uint8_t> skip, size_t begin, const MentionFinder& finder,
                     ArticlePersons& art) {
  Tokens tokens = sents[s].tokens;
  if (!finder.grammar().verb_second || begin + 2 >= tokens.size()) return -1;
  const SpeechLexicon& speech = finder.speech();
  const SpeakerWords& words = finder.words();
  auto plain = [&](size_t k) {  // A word of no class: a name, or a verb when lower case.
    return !skip[k] && tokens[k].kind == TokenKind::kWord && speech.Flags(tokens[k]) == 0 &&
           !words.Is(tokens[k], WordClass::kCoordinating) &&
           !words.Is(tokens[k], WordClass::kNotReplyVerb) &&
           !words.Is(tokens[k], WordClass::kClauseIntro) &&
           !words.Is(tokens[k], WordClass::kPreposition);
  };
  // "Küngolts Vater", "Olaf Berger": a capitalised word after it is the mention finder's.
  auto named = [&](size_t at) {
    return at + 1 < tokens.size() && plain(at) && tokens[at].upper &&
           !(tokens[at + 1].kind == TokenKind::kWord && tokens[at + 1].upper) &&
           NamedNearby(sents, s, at, speech);
  };
  size_t at = begin;
  if (!named(at) || !plain(at + 1) || tokens[at + 1].upper) {
    at = AdverbVerbSubject(tokens, skip, begin, tokens.size(), finder.lexicon());
    if (at == SIZE_MAX || !named(at)) return -1;
  }
  if (auto it = art.by_surname.find(art.SkeletonsOf(tokens[at]).PlainKey());
      it != art.by_surname.end()) {
    return it->second;
  }
  const Token& t = tokens[at];
  const std::string_view word = text.substr(t.span.begin, t.span.end - t.span.begin);
  if (const int p = PersonByGivenName(art, word); p >= 0) return p;
  const std::string id = art.Canonical(finder.directory(), t.folded());
  return id.empty() ? -1 : art.Register(finder.directory(), id, word);
}

}  // namespace crosscheck::internal
