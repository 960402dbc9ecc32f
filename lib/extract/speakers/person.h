// People independent of any one article: canonical person ids from name forms (alias table
// plus spelling rules for transliteration variants).
//
//   PersonDirectory persons(options);
//   persons.Canonical("Wolodymyr Selenskyj");   // "volodymyr_zelensky"
//
// Built once per Checker and immutable afterwards (thread-safe reads).
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_PERSON_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_PERSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/options.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

// Lower-case ASCII form of a name: diacritics dropped (ü->u, ß->ss, é->e), letters only,
// words separated by one space. Input may be any case.
std::string AsciiName(std::string_view name);

// A key that is equal for spelling and transliteration variants of one name ("Selenskyj",
// "Zelenskyy", "Zelensky"; "Wladimir"/"Vladimir"; "Andrij"/"Andrii"): AsciiName plus
// German/English transliteration rules (sch->sh, w->v, z->s, j->y, doubled letters once).
std::string NameSkeleton(std::string_view name);
// The skeleton of the name's last word: NameSkeleton(name) after its last space.
std::string LastWordSkeleton(std::string_view name);

// "Putins" -> "Putin", "Sullivan's" -> "Sullivan"; empty when no genitive ending.
std::string_view StripGenitive(std::string_view w);

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

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_PERSON_H_
