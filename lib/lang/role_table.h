// Words and phrases by the roles they play in a dimension's grammar: "bis" connects the two
// ends of a range, "vor" counts back ("vor drei Tagen"), "komma" is a spoken decimal mark.
// A table's rows are `form<TAB>role[<TAB>value...]`; a form may have several roles (one row
// each), and one lookup of a word gives all of them as bits, so the grammar asks "does this
// token connect a range?" instead of comparing it with words written in the code.
//
//   RoleTable t(kDateRoleNames);                 // role i is named kDateRoleNames[i]
//   absl::Status s = t.AddTable(table);          // an unknown role names file and line
//   if (t.Has(token, kRangeTo)) ...
//
// Immutable after building; lookups are thread-safe.
#ifndef CROSSCHECK_LIB_LANG_ROLE_TABLE_H_
#define CROSSCHECK_LIB_LANG_ROLE_TABLE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lib/base/hash_filter.h"
#include "lib/base/hashed_map.h"
#include "lib/base/lex_entry.h"
#include "lib/extract/tokens.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

class RoleTable {
 public:
  // The role names rows may use; role i is role_names[i] (at most 64 roles).
  explicit RoleTable(std::span<const std::string_view> role_names) : names_(role_names) {}

  // The schema of a role table: form, role and up to two values.
  static TableSchema Schema(std::string_view name, bool optional);

  // Adds every row of `table`; a row naming no known role is a FailedPrecondition.
  absl::Status AddTable(const Table& table);
  void Add(std::string_view form, int role, std::vector<std::string> values);

  // The roles of the single word (bit i: role i); phrases are not looked at.
  uint64_t Roles(const Token& t) const {
    if (t.lex != nullptr && lex_slot_ >= 0) return t.lex->roles[lex_slot_];
    return filter_.MayContain(t.hash) ? RolesOf(t.folded(), t.hash) : 0;
  }
  uint64_t Roles(std::string_view folded) const;
  bool Has(const Token& t, int role) const { return (Roles(t) >> role) & 1; }
  bool Has(std::string_view folded, int role) const { return (Roles(folded) >> role) & 1; }

  struct Match {
    size_t length = 0;  // Tokens; 0: no match.
    const std::vector<std::string>* values = nullptr;  // The row's columns after the role.
    // Value `i` as a number; `fallback` when the row gives none.
    double Number(size_t i, double fallback) const;
  };
  // The longest form of the table at tokens[i] (a phrase, or the word alone), if that form
  // has `role`: a shorter form with the role does not count, so "a couple of" is a vague
  // count and not the determiner "a".
  Match At(Tokens tokens, size_t i, int role) const {
    // Inline, since most calls are for words with no form of the role: the lexicon's bits
    // answer for a tagged token.
    if (i >= tokens.size()) return {};
    const LexEntry* e = tokens[i].lex;
    if (e != nullptr && lex_slot_ >= 0 && ((e->lead_roles[lex_slot_] >> role) & 1) == 0) return {};
    return Probe(tokens, i, role);
  }
  // The values of the single word for `role`, or nullptr when it has not that role.
  const std::vector<std::string>* Values(std::string_view folded, int role) const;
  // The forms with `role` (folded, words separated by spaces), in table order.
  std::vector<std::string> FormsOf(int role) const;
  // The roles of all forms beginning with the word (phrases and the word alone).
  uint64_t LeadRoles(std::string_view folded) const;
  // Calls f(folded word) for the first word of every form.
  template <typename F>
  void ForEachFirstWord(F f) const {
    first_.ForEachKey(f);
  }
  // The pack's lexicon (lib/lang/lexicon.h) has this table's first words as class `c` and
  // the roles of its single words in LexEntry::roles[slot]: a token it tagged is answered
  // from its entry.
  void SetLex(LexClass c, LexRoleSlot slot) {
    lex_mask_ = uint64_t{1} << c;
    lex_slot_ = slot;
  }
  // The slot SetLex gave (-1: none): Roles(t) of a tagged token t is t.lex->roles[slot].
  int lex_slot() const { return lex_slot_; }

 private:
  struct Entry {
    std::vector<std::string> rest;  // The phrase's words after the first.
    uint64_t roles = 0;
    std::vector<std::pair<int, std::vector<std::string>>> values;  // By role.
  };
  uint64_t RolesOf(std::string_view folded, uint64_t hash) const;
  Match Probe(Tokens tokens, size_t i, int role) const;
  const Entry* Single(std::string_view folded, uint64_t hash) const;

  std::span<const std::string_view> names_;
  HashedMap<std::vector<Entry>> first_;  // By first word; longest phrases first.
  HashFilter filter_;
  std::vector<std::pair<std::string, int>> order_;  // Every (form, role) as added.
  uint64_t lex_mask_ = 0;
  int lex_slot_ = -1;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_ROLE_TABLE_H_
