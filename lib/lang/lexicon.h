// The lexicon of a language pack: every word that begins a form of one of the pack's tables,
// with what the tables say of it (lib/base/lex_entry.h): its classes, the roles of the word
// alone in the grammar role tables, and the speaker search's flags and word classes.
//
//   pack.lexicon.Tag(tokens);   // once per sentence: tokens[k].lex = the word's entry
//   if (t.lex->Is(kLexMonth)) ...
//
// The tables answer a tagged token from its entry (PhraseTable::Match, RoleTable::Roles,
// SpeechLexicon::Flags, ...), so a word costs one probe here instead of one per table it is
// asked about. An entry holds exactly what the tables hold (CompileLexicon asks each table
// for every word), so answers are the same as the tables' own. Built once with the pack and
// immutable afterwards; entries do not move.
#ifndef CROSSCHECK_LIB_LANG_LEXICON_H_
#define CROSSCHECK_LIB_LANG_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/base/hashed_map.h"
#include "lib/base/lex_entry.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

struct LanguagePack;

class WordLexicon {
 public:
  // The entry of `folded`, added when new. Only while building: entries may move.
  LexEntry& Add(std::string_view folded);
  // The entry of a folded word with its HashString, or nullptr.
  const LexEntry* Find(std::string_view folded, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    const uint32_t check = static_cast<uint32_t>(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.entry == 0) return nullptr;
      if (s.check == check && SameBytes(keys_[s.entry - 1], folded)) return &entries_[s.entry - 1];
    }
  }
  // Sets every token's `lex`: its entry, or an empty one for a word in no table. Returns
  // the OR of the entries' classes; `*roles` is set to the OR of their roles in `slot`,
  // `*lead_roles` to the OR of their lead roles there (the roles of the forms they begin).
  uint64_t Tag(std::span<Token> tokens, LexRoleSlot slot, uint64_t* roles,
               uint64_t* lead_roles) const {
    uint64_t classes = 0, or_roles = 0, or_leads = 0;
    for (Token& t : tokens) {
      const LexEntry* e = Find(t.folded(), t.hash);
      t.lex = e != nullptr ? e : &kNone;
      classes |= t.lex->classes;
      or_roles |= t.lex->roles[slot];
      or_leads |= t.lex->lead_roles[slot];
    }
    *roles = or_roles;
    *lead_roles = or_leads;
    return classes;
  }
  uint64_t Tag(std::span<Token> tokens) const {
    uint64_t roles, lead_roles;
    return Tag(tokens, kLexQuantityRoles, &roles, &lead_roles);
  }
  size_t size() const { return entries_.size(); }
  // Calls f(folded word, entry) for every word.
  template <typename F>
  void ForEach(F f) {
    for (size_t k = 0; k < keys_.size(); ++k) f(std::string_view(keys_[k]), entries_[k]);
  }

 private:
  // Eight bytes, at most a quarter of them used: a word in no table, the common case, mostly
  // ends at the first slot.
  struct Slot {
    uint32_t check = 0;  // The hash's high half.
    uint32_t entry = 0;  // 1 + index into entries_; 0: free.
  };
  void Grow();
  static const LexEntry kNone;
  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<LexEntry> entries_;
};

// Compiles the pack's tables, all loaded, into pack.lexicon and tells each table its class.
void CompileLexicon(LanguagePack& pack);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_LEXICON_H_
