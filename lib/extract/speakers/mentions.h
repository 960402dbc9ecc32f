// The persons a sentence mentions: names (known aliases, surnames met earlier in the article,
// given name plus surname, unknown capitalised words next to a speech cue), titles with or
// without a name ("der ukrainische Außenminister Andrii Sybiha", "the senator") and pronouns.
// Names and titles are resolved to the article's persons as they are met, in reading order.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_MENTIONS_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_MENTIONS_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/roles/role_lexicon.h"
#include "lib/extract/speakers/article_persons.h"
#include "lib/extract/speakers/grammar.h"
#include "lib/extract/speakers/lexicon.h"
#include "lib/extract/speakers/person.h"
#include "lib/extract/speakers/speech.h"
#include "lib/extract/speakers/words.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

enum class MentionKind : uint8_t { kName, kRole, kPronoun };

struct Mention {
  uint32_t tb = 0, te = 0;  // Token range [tb, te) in the sentence, determiner included.
  MentionKind kind = MentionKind::kName;
  int person = -1;          // Resolved person (pronouns: resolved when used).
  char gender = '?';        // Of a pronoun.
  bool genitive = false;    // "Blinkens", "Sullivan's": not a subject of a verb.
  std::string written;      // The name as written (names and unnamed speakers).
};

// A title bound to a name in the text ("US-Außenminister Antony Blinken").
struct RoleBinding {
  int person = -1;
  std::string key;
  uint32_t tb = 0, te = 0;  // Tokens of the title and name phrase.
};

// Finds the mentions of one sentence (tokens flagged `skip` lie inside quotations), resolving
// names and titles and registering persons; titles bound to names go to `roles`.
class MentionFinder {
 public:
  MentionFinder(const PersonDirectory& dir, const SpeakerLexicon& lex)
      : dir_(dir), lex_(lex), roles_(lex.roles), speech_(lex.speech), words_(lex.words),
        grammar_(*lex.grammar) {}

  // `near_cue[i]`: how many unknown capitalised words a name starting at token i may have,
  // next to a speech cue ("sagte Müller", "said Dan P. Conston"); 0 elsewhere. The mentions
  // go to `out`, cleared first (a reused vector keeps its room).
  void Find(std::string_view text, Tokens tokens, std::span<const uint8_t> skip,
            std::span<const uint8_t> near_cue, ArticlePersons& art,
            std::vector<RoleBinding>* roles, std::vector<Mention>& out) const;

  // A name starting at tokens[i]: known alias, surname known in the article, given name plus
  // surname, or (when `unknown` > 0) up to `unknown` capitalised words. Returns the length.
  size_t NameAt(Tokens tokens, size_t i, std::span<const uint8_t> skip,
                const ArticlePersons& art, int unknown, std::string* id, bool* genitive) const;

  // The phrase of an unnamed speaker starting at tokens[i] with a determiner ("der Alte",
  // "seine älteste Tochter", "a Democratic strategist"): its length, and its head in *head;
  // 0 when none (the language's SpeakerGrammar::unnamed_phrase).
  // The phrase ends before `end` (the speech verb when it precedes the verb).
  // Inline where tokens[i] is no determiner, most words asked: the call cost more than that.
  size_t UnnamedAt(Tokens tokens, size_t i, std::span<const uint8_t> skip,
                   size_t* head, size_t end = SIZE_MAX) const {
    if (i >= std::min(tokens.size(), end) || skip[i] ||
        !(speech_.Flags(tokens[i]) & SpeechLexicon::kDeterminer)) {
      return 0;
    }
    return UnnamedPhraseAt(tokens, i, skip, head, end);
  }

  const SpeakerLexicon& lexicon() const { return lex_; }
  const SpeechLexicon& speech() const { return speech_; }
  const SpeakerWords& words() const { return words_; }
  const SpeakerGrammar& grammar() const { return grammar_; }
  const PersonDirectory& directory() const { return dir_; }

 private:
  // Where Find is in one sentence.
  struct Scan;
  // The mention of title `rm` found at tokens [title_b, end) (its determiner from `start`):
  // with the name after it, bound to the name before it ("Kirby, the White House
  // spokesman"), or alone. Returns the token after the mention.
  size_t TitleMention(Scan& scan, size_t start, size_t title_b, size_t end, const RoleMatch& rm,
                      std::string juris) const;
  // The mention of the name of `nl` tokens at tokens[i], registered with the article.
  void AddNameMention(Scan& scan, size_t i, size_t nl, const std::string& id, bool gen) const;
  // A capitalised word with no speech flags but a time's, a month's or a place's. Inline: asked
  // at every capitalised word NameAt is asked of and at the words after it.
  bool NameWord(const Token& t) const {
    constexpr uint8_t kNameFlags =
        SpeechLexicon::kTime | SpeechLexicon::kMonth | SpeechLexicon::kPlace;
    return t.kind == TokenKind::kWord && t.upper && (speech_.Flags(t) & ~kNameFlags) == 0;
  }
  // A capitalised word that can go on a name: no title, no entity, written apart. Inline up
  // to the tables, since most words asked are no capitalised word written apart.
  bool NameWordAt(Tokens tokens, size_t k, std::span<const uint8_t> skip) const {
    return k < tokens.size() && !skip[k] && NameWord(tokens[k]) && tokens[k].space_before &&
           NoTitleOrEntityAt(tokens, k);
  }
  bool NoTitleOrEntityAt(Tokens tokens, size_t k) const;
  // UnnamedAt past its first test.
  size_t UnnamedPhraseAt(Tokens tokens, size_t i, std::span<const uint8_t> skip, size_t* head,
                         size_t end) const;
  // Tokens of initials ("K.", "J. R.") starting at tokens[k]; 0 when none.
  size_t InitialsAt(Tokens tokens, size_t k) const;
  // The three kinds of names NameAt tries after the surnames of the article.
  size_t KnownAliasAt(Tokens tokens, size_t i, std::span<const uint8_t> skip,
                      const ArticlePersons& art, std::string* id, bool* genitive) const;
  size_t GivenNameAt(Tokens tokens, size_t i, std::span<const uint8_t> skip,
                     const ArticlePersons& art, std::string* id) const;
  size_t UnknownNameAt(Tokens tokens, size_t i,
                       std::span<const uint8_t> skip, const ArticlePersons& art, int unknown,
                       std::string* id, bool* genitive) const;
  const PersonDirectory& dir_;
  const SpeakerLexicon& lex_;
  const RoleLexicon& roles_;
  const SpeechLexicon& speech_;
  const SpeakerWords& words_;
  const SpeakerGrammar& grammar_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_MENTIONS_H_
