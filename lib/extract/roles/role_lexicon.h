// Titles and their role keys, one language at a time, a member of the language's pack
// (lib/lang/pack.h):
//
//   const RoleLexicon& roles = pack.roles;
//   roles.Match(tokens, i);                          // "US-Außenminister" -> foreign_minister
//   roles.Key("united_states", "foreign_minister");  // "us_secretary_of_state"
//
// Built once per Checker and immutable afterwards (thread-safe reads).
#ifndef CROSSCHECK_LIB_EXTRACT_ROLES_ROLE_LEXICON_H_
#define CROSSCHECK_LIB_EXTRACT_ROLES_ROLE_LEXICON_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "lib/extract/phrase_table.h"
#include "lib/extract/tokens.h"
#include "lib/base/hash_filter.h"
#include "lib/base/lex_entry.h"
#include "lib/base/string_map.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

// Views into the lexicon's tables, which outlive every match: a match copied two strings at
// each title found, most of them longer than a string holds without allocating.
struct RoleMatch {
  size_t length = 0;  // Tokens matched (0: none).
  std::string_view office;
  std::string_view jurisdiction;  // From the title itself ("Kreml-Sprecher"), may be empty.
};

class LanguageFolder;

class RoleLexicon {
 public:
  // Reads the folder's roles.tsv (optional in a folder added at run time), common/role_keys.tsv,
  // common/role_families.tsv and common/dotted_jurisdictions.tsv; `entities` is the language's
  // entities.tsv (for "US-" prefixes). A broken table is a FailedPrecondition naming file and
  // line.
  absl::Status Load(const LanguageFolder& folder, const Table& entities);

  // The title starting at tokens[i] ("Außenminister", "Sprecher des Außenministeriums",
  // "US-Verteidigungsminister", "Secretary of State"), longest first.
  RoleMatch Match(Tokens tokens, size_t i) const {
    // Inline, since it is asked about every word: a tagged word that begins no title and
    // has no hyphen (for "US-Außenminister") is answered by the lexicon's bit.
    if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord) return {};
    const Token& t = tokens[i];
    if (t.lex != nullptr && lex_mask_ != 0 && (t.lex->classes & lex_mask_) == 0 && !t.hyphen) {
      return {};
    }
    return MatchTitle(tokens, i);
  }
  // Cheap pre-check: whether a title can start at this token (or a later one of a
  // multi-word jurisdiction such as "White House").
  // Inline: asked about the word after nearly every word ("U.S. Secretary of State").
  bool MayStartTitle(const Token& t) const {
    if (t.kind != TokenKind::kWord) return t.folded() == ".";
    if (t.upper || t.hyphen) return true;
    return t.lex != nullptr && lex_mask_ != 0 ? (t.lex->classes & lex_mask_) != 0 : TitleWord(t);
  }
  // Whether Jurisdiction may find one at t: a letter alone (a dotted form's first) or a word
  // the entities' filters pass. False: it finds none, and the call is spared.
  bool MayStartJurisdiction(const Token& t) const {
    return t.folded().size() == 1 || dotted_bare_ || entities_.Gated().MayMatch(t);
  }
  // Entity key of tokens[i..] as a jurisdiction ("ukrainische", "US", "Ukraine's",
  // "White House"), with the number of tokens; 0 when none.
  size_t Jurisdiction(Tokens tokens, size_t i, std::string* key) const;
  // Entity key of the word or hyphen-compound prefix, for topics; 0 tokens when none.
  // Inline: the speaker search asks it of most words, and most are in no entity row.
  PhraseMatch Entity(Tokens tokens, size_t i) const {
    if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord) return {};
    PhraseMatch m = entities_.Match(tokens, i);
    if (m.length > 0 || !tokens[i].hyphen) return m;  // Only a hyphenated word has a dash.
    return HyphenEntity(tokens[i].folded());
  }
  // Role key from a jurisdiction entity key and an office: ("united_states",
  // "foreign_minister") -> "us_secretary_of_state"; ("", "president") -> "president".
  std::string Key(std::string_view jurisdiction, std::string_view office) const;
  // Whether a person holding `held` can be referred to by the title `title` ("minister" covers
  // "foreign_minister", "spokesperson" covers "nsc_spokesperson": common/role_families.tsv).
  bool OfficeCovers(std::string_view title, std::string_view held) const;

  // For the pack's lexicon (lib/lang/lexicon.h): the first word of every title, the
  // jurisdiction table, and the class the lexicon gives title words, so that a token it
  // tagged is asked with a bit test.
  template <typename F>
  void ForEachTitleWord(F f) const {
    for (const auto& [word, entries] : first_) f(std::string_view(word));
  }
  PhraseTable& entities() { return entities_; }
  bool dotted_bare() const { return dotted_bare_; }
  void SetLexClass(LexClass c) { lex_mask_ = uint64_t{1} << c; }

 private:
  // The entity of the part of a hyphenated word before its first dash, or none.
  PhraseMatch HyphenEntity(std::string_view w) const;
  struct Entry {
    std::vector<std::string> rest;
    std::string office, jurisdiction;
    // HashString(rest[0]) when it is a plain word: a next token of another hash is passed
    // over before the bytes. 0: none, or a stem ("*"), compared by its bytes.
    uint64_t next_hash = 0;
  };
  RoleMatch MatchFrom(HashedKey first, Tokens tokens, size_t i) const;
  RoleMatch MatchTitle(Tokens tokens, size_t i) const;
  StringMap<std::vector<Entry>> first_;
  HashFilter first_filter_;  // Rejects most words before the probe of first_.
  PhraseTable entities_;
  StringMap<std::string> keys_;      // "jurisdiction\toffice" -> key.
  StringMap<std::string> prefixes_;  // Jurisdiction entity key -> key prefix ("us").
  std::vector<std::string> families_;  // "_minister": the offices a general title covers.
  std::vector<std::pair<std::string, std::string>> dotted_;  // ("us", "united_states").
  bool dotted_bare_ = false;  // A dotted form without letters, tried at every word.
  uint64_t lex_mask_ = 0;
  // Whether a title can start with the word: the lexicon's bit, or the filter and a probe.
  bool TitleWord(const Token& t) const;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_ROLES_ROLE_LEXICON_H_
