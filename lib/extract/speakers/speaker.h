// Who speaks in an article: speech cues ("sagte", "according to", "Putins Erklärung"), person
// mentions (names, titles, pronouns) and the article's persons with their roles, resolved in
// reading order so that "Antony Blinken", "Blinken", "der Außenminister" and "er" are one person.
//
// SpeechLexicon is built once per language and immutable; ArticlePersons and the mention
// finder's results live for the extraction of one document.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_SPEAKER_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_SPEAKER_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/roles/role_lexicon.h"
#include "lib/extract/speakers/person.h"
#include "lib/extract/tokens.h"
#include "lib/base/hash_filter.h"
#include "lib/base/hashed_map.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

enum class CueKind : uint8_t {
  kVerb,    // "sagte", "said": subject before or after the verb.
  kAfter,   // "laut X", "according to X", ", so X": the speaker follows.
  kBefore,  // "X zufolge": the speaker precedes.
  kNoun,    // "Putins Erklärung", "the minister's statement".
  kLabel,   // "sogenannte", "so-called": the next quote is a label.
};

struct Cue {
  uint32_t token = 0;   // Index in the sentence's tokens.
  uint32_t length = 1;
  CueKind kind = CueKind::kVerb;
  int person = -1;      // Resolved speaker, -1 when unknown.
  int mention = -1;     // Index of the subject mention in the sentence, -1 when none.
  bool work = false;    // A label naming a work, paper or programme ("die Sendung").
};

class SpeechLexicon {
 public:
  // Reads <lang>/speech_verbs.tsv.
  explicit SpeechLexicon(std::string_view lang);
  // The cue starting at tokens[i], or nullopt-like {length 0}.
  bool Match(const std::vector<Token>& tokens, size_t i, Cue* cue) const;
  // Small-word classes, looked up together since every token needs them.
  // kTime: a weekday or month (from <lang>/weekdays.tsv and months.tsv), never an unknown name.
  // kAdverb: may stand between a speech verb and its speaker ("sagte dann der Alte").
  // kPlace: a place (from <lang>/places.tsv), never an unknown name on its own ("said Kyiv").
  enum WordFlag : uint8_t {
    kMale = 1, kFemale = 2, kDeterminer = 4, kStop = 8, kTime = 16, kAdverb = 32, kPlace = 64
  };
  uint8_t Flags(const Token& t) const {
    const uint8_t* f = flags_.Find(t.folded, t.hash);
    return f == nullptr ? 0 : *f;
  }
  uint8_t FlagsOf(std::string_view folded) const {
    const uint8_t* f = flags_.Find(folded);
    return f == nullptr ? 0 : *f;
  }
  // 'm', 'f' for a personal pronoun that can be a speaker ("er", "she"), else 0.
  static char Pronoun(uint8_t flags) {
    return (flags & kMale) ? 'm' : (flags & kFemale) ? 'f' : 0;
  }

 private:
  struct Entry {
    std::vector<std::string> rest;
    CueKind kind;
    bool work = false;
    std::string particle;  // Must occur later in the sentence ("fügte ... hinzu").
  };
  StringMap<std::vector<Entry>> first_;
  HashFilter first_filter_;   // Rejects most words before the probe of first_.
  HashedMap<uint8_t> flags_;  // WordFlag bits; capitalised stop words never start a name.
};

enum class MentionKind : uint8_t { kName, kRole, kPronoun };

struct Mention {
  uint32_t tb = 0, te = 0;  // Token range [tb, te) in the sentence, determiner included.
  MentionKind kind = MentionKind::kName;
  int person = -1;          // Resolved person (pronouns: resolved when used).
  char gender = '?';        // Of a pronoun.
  bool genitive = false;    // "Blinkens", "Sullivan's": not a subject of a verb.
  std::string written;      // The name as written (names and unnamed speakers).
};

struct ArticlePerson {
  std::string id;
  std::string name;           // Fullest form written in the article.
  std::string office, jurisdiction, role_key;  // Role as the article gives it.
  std::string known_office, known_country;     // From the alias table.
  char gender = '?';
  // A speaker the article does not name ("der Alte", "a Democratic strategist"): `name` is the
  // phrase as written, `role_key` its head noun; the id is internal and never leaves the article.
  bool unnamed = false;
};

// Persons of one article and the reading-order logs pronouns and titles resolve against.
struct ArticlePersons {
  std::vector<ArticlePerson> persons;
  StringMap<int> by_id;
  StringMap<int> by_surname;  // Skeleton of a surname -> person.
  std::vector<std::pair<uint32_t, int>> mentions;  // (byte position, person), reading order.
  std::vector<std::pair<uint32_t, int>> speakers;  // Speech events, reading order.
  // Name skeletons of the article's capitalised words, with and without a genitive ending:
  // the mention finder asks for the same words again and again (German capitalises every
  // noun), and a skeleton costs allocations.
  // A deque, so that references stay valid while more words are added.
  struct Skeletons {
    std::string plain, genitive;
  };
  mutable HashedMap<uint32_t> skeleton_index;  // Folded word -> 1 + index in skeletons.
  mutable std::deque<Skeletons> skeletons;
  const Skeletons& SkeletonsOf(const Token& t) const;

  // After the first pass over the article: mentions and speakers sorted by position, so that
  // lookups from any point of the article start where they belong instead of at its end.
  bool sorted = false;
  void SortByPosition();

  int Register(const PersonDirectory& dir, const std::string& id, std::string_view written);
  // An unnamed speaker, one per head noun in an article ("der Alte" ... "dem Alten" apart).
  int RegisterUnnamed(std::string_view head, std::string_view written);
  // Most recent person before `pos` holding an office the title covers (same jurisdiction
  // when the title names one); -1 when none.
  int ResolveTitle(std::string_view office, std::string_view jurisdiction, uint32_t pos) const;
  // The person a pronoun of `gender` at `pos` most likely refers to: the latest speaker of
  // the current or previous paragraph area, else the latest person mentioned.
  int ResolvePronoun(char gender, uint32_t pos, uint32_t window_begin) const;
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
  MentionFinder(const PersonDirectory& dir, const RoleLexicon& roles, const SpeechLexicon& speech)
      : dir_(dir), roles_(roles), speech_(speech) {}

  // `near_cue[i]`: how many unknown capitalised words a name starting at token i may have,
  // next to a speech cue ("sagte Müller", "said Dan P. Conston"); 0 elsewhere.
  std::vector<Mention> Find(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<uint8_t>& skip,
                            const std::vector<uint8_t>& near_cue, ArticlePersons& art,
                            std::vector<RoleBinding>* roles) const;

  // A name starting at tokens[i]: known alias, surname known in the article, given name plus
  // surname, or (when `unknown` > 0) up to `unknown` capitalised words. Returns the length.
  size_t NameAt(const std::vector<Token>& tokens, size_t i, const std::vector<uint8_t>& skip,
                const ArticlePersons& art, int unknown, std::string* id, bool* genitive) const;

  // The phrase of an unnamed speaker starting at tokens[i] with a determiner ("der Alte",
  // "seine älteste Tochter", "a Democratic strategist"): its length, and its head in *head;
  // 0 when none. `german`: nouns are capitalised and adjectives inflected.
  // The phrase ends before `end` (the speech verb when it precedes the verb).
  size_t UnnamedAt(const std::vector<Token>& tokens, size_t i, const std::vector<uint8_t>& skip,
                   bool german, size_t* head, size_t end = SIZE_MAX) const;

 private:
  bool NameWord(const Token& t) const;
  // Tokens of initials ("K.", "J. R.") starting at tokens[k]; 0 when none.
  size_t InitialsAt(const std::vector<Token>& tokens, size_t k) const;
  const PersonDirectory& dir_;
  const RoleLexicon& roles_;
  const SpeechLexicon& speech_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_SPEAKER_H_
