// The persons of one article, registered in reading order as the mention finder meets them,
// and the reading-order logs that pronouns and titles resolve against, so that "Antony
// Blinken", "Blinken", "der Außenminister" and "er" are one person. Lives for the extraction
// of one document.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_ARTICLE_PERSONS_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_ARTICLE_PERSONS_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/extract/speakers/person.h"
#include "lib/extract/tokens.h"
#include "lib/base/hashed_map.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

class RoleLexicon;

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
  // A bit per SurnameBit of by_surname's keys, set by Register (which alone adds them): a
  // skeleton whose bit is clear is no key, told without a probe (NameAt asks at every
  // capitalised word).
  uint64_t surname_bits[4] = {};
  static uint64_t SurnameBit(uint64_t hash) { return uint64_t{1} << ((hash >> 56) & 63); }
  bool MayBeSurname(const HashedKey& k) const {
    return (surname_bits[k.hash >> 62] & SurnameBit(k.hash)) != 0;
  }
  std::vector<std::pair<uint32_t, int>> mentions;  // (byte position, person), reading order.
  std::vector<std::pair<uint32_t, int>> speakers;  // Speech events, reading order.
  // Name skeletons of the article's capitalised words, with and without a genitive ending:
  // the mention finder asks for the same words again and again (German capitalises every
  // noun), and a skeleton costs allocations.
  // A deque, so that references stay valid while more words are added.
  struct Skeletons {
    std::string plain, genitive;
    uint64_t plain_hash = 0, genitive_hash = 0;  // HashString of each: by_surname is asked
                                                 // for them at every capitalised word.
    // The directory's answers for the word, asked once per article (MentionFinder fills
    // them; the directory does not change while an article is read): -1 not asked yet.
    mutable int8_t starts_alias = -1;  // StartsAlias(plain) or StartsAlias(genitive).
    mutable int8_t given = -1;         // IsGivenKey(plain).
    HashedKey PlainKey() const { return {plain, plain_hash}; }
    HashedKey GenitiveKey() const { return {genitive, genitive_hash}; }
  };
  // Folded word -> its entry of `skeletons` (a pointer: a deque's index costs a division).
  using SkeletonIndex = HashedMap<const Skeletons*>;
  mutable SkeletonIndex skeleton_index;
  mutable std::deque<Skeletons> skeletons;
  // Inline: the mention finder asks at every capitalised word, and nearly every one is found
  // (a call with the miss's frame cost about 20 instructions more than the probe).
  const Skeletons& SkeletonsOf(const Token& t) const {
    if (const Skeletons* const* s = skeleton_index.Find(t.folded(), t.hash)) return **s;
    return AddSkeletons(t);
  }
  const Skeletons& AddSkeletons(const Token& t) const;  // A word not asked before.
  // dir.Canonical(name), remembered by the name as given: an article names the same people
  // again and again, and each costs an ASCII form, a skeleton and lookups. The directory
  // does not change while an article is read.
  const std::string& Canonical(const PersonDirectory& dir, std::string_view name) const;
  mutable StringMap<std::string> canonical_memo;
  // dir.Lookup(text), remembered by the text as given: an article names the same people
  // again and again, and each look-up costs a skeleton (about a thousand instructions).
  const PersonInfo* Lookup(const PersonDirectory& dir, std::string_view text) const;
  mutable StringMap<const PersonInfo*> lookup_memo;
  mutable StringMap<std::string> surname_memo;  // Written name -> LastWordSkeleton of it.

  // After the first pass over the article: mentions and speakers sorted by position, so that
  // lookups from any point of the article start where they belong instead of at its end.
  bool sorted = false;
  void SortByPosition();

  int Register(const PersonDirectory& dir, const std::string& id, std::string_view written);
  // An unnamed speaker, one per head noun in an article ("der Alte" ... "dem Alten" apart).
  // `gender`: as its article tells ('?' unknown).
  int RegisterUnnamed(std::string_view head, std::string_view written, char gender = '?');
  // Most recent person before `pos` holding an office the title covers (same jurisdiction
  // when the title names one); -1 when none.
  int ResolveTitle(const RoleLexicon& roles, std::string_view office,
                   std::string_view jurisdiction, uint32_t pos) const;
  // The person a pronoun of `gender` at `pos` most likely refers to: the latest speaker of
  // the current or previous paragraph area, else the latest person mentioned.
  int ResolvePronoun(char gender, uint32_t pos, uint32_t window_begin) const;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_ARTICLE_PERSONS_H_
