// People and their roles, independent of any one article: canonical person ids from name forms
// (alias table plus spelling rules for transliteration variants) and role keys from titles.
//
//   PersonDirectory persons(options);
//   persons.Canonical("Wolodymyr Selenskyj");   // "volodymyr_zelensky"
//   RoleLexicon roles("de");
//   roles.Key("united_states", "foreign_minister");  // "us_secretary_of_state"
//
// Both are built once per Checker and are immutable afterwards (thread-safe reads).
#ifndef CROSSCHECK_LIB_EXTRACT_PERSON_H_
#define CROSSCHECK_LIB_EXTRACT_PERSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/options.h"
#include "lib/extract/phrase_table.h"
#include "lib/extract/tokens.h"
#include "lib/base/hash_filter.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

// Lower-case ASCII form of a name: diacritics dropped (ü->u, ß->ss, é->e), letters only,
// words separated by one space. Input may be any case.
std::string AsciiName(std::string_view name);

// A key that is equal for spelling and transliteration variants of one name ("Selenskyj",
// "Zelenskyy", "Zelensky"; "Wladimir"/"Vladimir"; "Andrij"/"Andrii"): AsciiName plus
// German/English transliteration rules (sch->sh, w->v, z->s, j->y, doubled letters once).
std::string NameSkeleton(std::string_view name);

// Whether a name looks like a transliteration from Cyrillic (Selenskyj, Kuleba, Peskow), where
// spellings differ between languages and the id must come from the skeleton.
bool LooksTransliterated(std::string_view ascii_name);

struct PersonInfo {
  std::string id;
  std::string country;  // Entity key of the jurisdiction ("united_states"), may be empty.
  std::string office;   // Usual office ("foreign_minister"), may be empty.
  char gender = '?';    // 'm', 'f' or '?'.
};

class PersonDirectory {
 public:
  // Reads common/persons.tsv and options.person_aliases.
  explicit PersonDirectory(const ExtractOptions& options);

  // The person a name form (full name or surname alone) stands for, or nullptr.
  const PersonInfo* Lookup(std::string_view name) const;
  // Lookup(name)'s id, else an id made from the name: "hans_muller", skeleton-based for
  // transliterated names so that "Oleksij Reznikow" and "Oleksiy Reznikov" meet.
  std::string Canonical(std::string_view name) const;
  // Whether `folded` is a known first name ("john", "wolodymyr").
  bool IsGivenName(std::string_view folded) const;
  // The same lookups by NameSkeleton() key, for callers that computed it already.
  const PersonInfo* LookupKey(std::string_view skeleton) const;
  bool IsGivenKey(std::string_view skeleton) const { return given_names_.count(skeleton) > 0; }
  // Whether some alias starts with this word skeleton (cheap pre-check before multi-word).
  bool StartsAlias(std::string_view word_skeleton) const;
  const PersonInfo* ById(std::string_view id) const;

 private:
  StringMap<PersonInfo> by_id_;
  StringMap<std::string> alias_;  // Skeleton of the form -> id.
  StringSet first_words_;         // Skeleton of each alias's first word.
  StringSet given_names_;         // Skeletons.
};

struct RoleMatch {
  size_t length = 0;  // Tokens matched (0: none).
  std::string office;
  std::string jurisdiction;  // From the title itself ("Kreml-Sprecher"), may be empty.
};

class RoleLexicon {
 public:
  // Reads <lang>/roles.tsv, common/role_keys.tsv and <lang>/entities.tsv (for "US-" prefixes).
  explicit RoleLexicon(std::string_view lang);

  // The title starting at tokens[i] ("Außenminister", "Sprecher des Außenministeriums",
  // "US-Verteidigungsminister", "Secretary of State"), longest first.
  RoleMatch Match(const std::vector<Token>& tokens, size_t i) const;
  // Cheap pre-check: whether a title can start at this token (or a later one of a
  // multi-word jurisdiction such as "White House").
  bool MayStartTitle(const Token& t) const;
  // Entity key of tokens[i..] as a jurisdiction ("ukrainische", "US", "Ukraine's",
  // "White House"), with the number of tokens; 0 when none.
  size_t Jurisdiction(const std::vector<Token>& tokens, size_t i, std::string* key) const;
  // Entity key of the word or hyphen-compound prefix, for topics; 0 tokens when none.
  PhraseMatch Entity(const std::vector<Token>& tokens, size_t i) const;
  // Role key from a jurisdiction entity key and an office: ("united_states",
  // "foreign_minister") -> "us_secretary_of_state"; ("", "president") -> "president".
  std::string Key(std::string_view jurisdiction, std::string_view office) const;
  // Whether a person holding `held` can be referred to by the title `title` ("minister" covers
  // "foreign_minister", "spokesperson" covers "nsc_spokesperson").
  static bool OfficeCovers(std::string_view title, std::string_view held);

 private:
  struct Entry {
    std::vector<std::string> rest;
    std::string office, jurisdiction;
  };
  RoleMatch MatchFrom(HashedKey first, const std::vector<Token>& tokens, size_t i) const;
  StringMap<std::vector<Entry>> first_;
  HashFilter first_filter_;  // Rejects most words before the probe of first_.
  PhraseTable entities_;
  StringMap<std::string> keys_;      // "jurisdiction\toffice" -> key.
  StringMap<std::string> prefixes_;  // Jurisdiction entity key -> key prefix ("us").
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_PERSON_H_
