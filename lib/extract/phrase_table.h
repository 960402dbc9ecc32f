// A dictionary of words and multi-word phrases matched on folded tokens, longest match first.
// Forms ending in '*' are stems that take German inflection endings ("nordkoreanisch*" matches
// "nordkoreanische", "nordkoreanischen", ...).
#ifndef CROSSCHECK_LIB_EXTRACT_PHRASE_TABLE_H_
#define CROSSCHECK_LIB_EXTRACT_PHRASE_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/tokens.h"
#include "lib/base/hash_filter.h"
#include "lib/base/lex_entry.h"
#include "lib/base/hashed_map.h"

namespace crosscheck::internal {

// The folded words of a table form ("Z. B." -> "z.", "b."), split at spaces.
std::vector<std::string> FoldedWords(std::string_view form);

struct PhraseMatch {
  size_t length = 0;         // Tokens matched; 0 when nothing matched.
  const std::vector<std::string>* fields = nullptr;  // The table row's other columns.
};

class PhraseTable {
 public:
  // Adds `form` (words separated by spaces, already folded or not) with its fields.
  void Add(std::string_view form, std::vector<std::string> fields);
  // Adds every row of the embedded table at `path` (first column: the form).
  void AddTable(std::string_view path);

  // The longest phrase starting at tokens[i], words only (punctuation breaks a phrase unless
  // the phrase itself contains it, like "z. b.").
  PhraseMatch Match(Tokens tokens, size_t i) const {
    // Inline, since most calls are for words in no table and end at the filters.
    if (i >= tokens.size()) return {};
    if (!MayMatchIn(*this, tokens[i])) return {};
    return MatchAt(tokens, i);
  }
  // Match's filters from values a loop can keep in registers: Match reloads the table's
  // members at every call after one the compiler cannot see into (MatchAt). MayMatch false:
  // Match answers nothing; true: Match(tokens, i) is MatchGated(tokens, i).
  struct Gate {
    uint64_t lex_mask;
    HashFilter::View filter;
    const uint64_t* stem_quads;  // nullptr: no stems of four bytes.
    bool MayStart(const Token& t) const { return StartsIn(t, lex_mask, filter); }
    bool MayBeStem(std::string_view word) const { return QuadIn(stem_quads, word); }
    bool MayMatch(const Token& t) const { return MayMatchIn(*this, t); }
  };
  Gate Gated() const {
    return {lex_mask_, first_filter_.Viewed(), stem_quads_.empty() ? nullptr : stem_quads_.data()};
  }
  PhraseMatch MatchGated(Tokens tokens, size_t i) const { return MatchAt(tokens, i); }
  // The phrase that ends right before tokens[end] and starts at most `longest` tokens back,
  // for which accept(match, start) holds, tried from the farthest start on ("mehr als"
  // before "als"); where it starts goes to `start`. Nothing matched: length 0.
  template <typename Accept>
  PhraseMatch EndingAt(Tokens tokens, size_t end, size_t longest,
                       Accept accept, size_t* start = nullptr) const {
    for (size_t k = end > longest ? end - longest : 0; k < end; ++k) {
      const PhraseMatch m = Match(tokens, k);
      if (m.length > 0 && k + m.length == end && accept(m, k)) {
        if (start != nullptr) *start = k;
        return m;
      }
    }
    return {};
  }
  PhraseMatch EndingAt(Tokens tokens, size_t end, size_t longest) const {
    return EndingAt(tokens, end, longest, [](const PhraseMatch&, size_t) { return true; });
  }
  // The pack's lexicon (lib/lang/lexicon.h) has this table's first words as class `c`: a
  // token it tagged answers with a bit test, and exactly, where the filter may err.
  void SetLexClass(LexClass c) { lex_mask_ = uint64_t{1} << c; }
  // The lexicon has class `c` on its words that match no stem of this table: a token it
  // tagged so skips the stem probe.
  void SetLexNoStem(LexClass c) { no_stem_mask_ = uint64_t{1} << c; }
  // Whether `word` matches a stem ('*' form) of the table.
  bool MatchesStem(std::string_view word) const { return FindStem(word) != nullptr; }
  // A single folded word.
  const std::vector<std::string>* Find(std::string_view folded_word) const;
  // A single word by its token: the lexicon's class (or the filter) gates the probe, and the
  // token's hash is used instead of hashing the word again. Same answer as Find(t.folded()).
  // The gates inline, since most words are in no table and the call cost more than they.
  const std::vector<std::string>* Find(const Token& t) const {
    if (!MayMatchIn(*this, t)) return nullptr;
    return FindAt(t);
  }
  bool empty() const { return first_.empty() && stems_.empty(); }
  bool has_stems() const { return !stems_.empty(); }
  // The most words of any phrase (a stem is one): a match at tokens[i] ends by i + longest().
  size_t longest() const { return longest_; }
  // Calls f(folded word) for the first word of every phrase (stems not included).
  template <typename F>
  void ForEachFirstWord(F f) const {
    first_.ForEachKey(f);
  }
  // Calls f(first word, false, fields) for every phrase and f(stem, true, fields) for every
  // stem (without its '*'), with the row's fields.
  template <typename F>
  void ForEachRow(F f) const {
    first_.ForEachEntry([&](std::string_view word, const Entries& entries) {
      for (const Entry& e : entries.list) f(word, false, e.fields);
    });
    stems_.ForEachEntry([&](std::string_view, const auto& list) {
      for (const auto& [stem, fields] : list) f(std::string_view(stem), true, fields);
    });
  }

 private:
  struct Entry {
    std::vector<std::string> rest;  // Remaining folded words of the phrase.
    std::vector<std::string> fields;
    uint64_t next_hash = 0;  // HashString(rest[0]): a next token of another hash differs.
    // HashString(rest.back()): "a day" goes on in five rates ("a day earlier", "a day ago"),
    // and the last word's hash tells most of them apart without their words' bytes.
    uint64_t last_hash = 0;
  };
  // The phrases of one first word, longest first, and a bit per hash of their second words:
  // frequent words begin dozens of phrases ("provinz", "region", "the"), and a following word
  // none of them has skips the lot with one bit test, to the word alone.
  struct Entries {
    std::vector<Entry> list;
    int32_t single = -1;  // The first of `list` that is the word alone, if any (an index).
    uint64_t next_words[4] = {};
    static size_t NextBit(uint64_t hash) { return hash >> 56; }
    bool MayContinue(uint64_t hash) const {
      return (next_words[NextBit(hash) >> 6] >> (NextBit(hash) & 63)) & 1;
    }
  };
  HashedMap<Entries> first_;
  size_t longest_ = 0;
  // Stems by their first four bytes, for '*' forms.
  HashedMap<std::vector<std::pair<std::string, std::vector<std::string>>>> stems_;
  const std::vector<std::string>* FindStem(std::string_view word) const;
  // The fields of the one-word phrase in `list`, else the stem's (FindStem(word)).
  const std::vector<std::string>* SingleOrStem(const Entries* list,
                                               std::string_view word) const;
  PhraseMatch MatchAt(Tokens tokens, size_t i) const;
  // MatchAt's loop over a word's phrases and its stems' look-up, out of line: most calls
  // end at the word alone or at nothing, and paid a frame built for these.
  [[gnu::noinline]] PhraseMatch MatchLonger(const Entries& list, Tokens tokens,
                                            size_t i) const;
  [[gnu::noinline]] PhraseMatch MatchStem(const Token& t) const;
  // MatchAt for a word of more than 16 bytes, whose probe may call memcmp.
  [[gnu::noinline]] PhraseMatch MatchLong(Tokens tokens, size_t i) const;
  const std::vector<std::string>* FindAt(const Token& t) const;

  // Most tokens are in no table, and every recognizer asks several tables about every token:
  // the filters reject most of them before a probe: `first_filter_` by the first word's hash,
  // `stem_quads_` by a stem's four leading bytes (two let a third of German words through
  // to the stem map: VictimsAsDead asked it of every word of a small article).
  HashFilter first_filter_;
  std::vector<uint64_t> stem_quads_;  // kQuadBits bits; empty without stems of four bytes.
  static constexpr int kQuadShift = 18;
  static constexpr size_t kQuadBits = size_t{1} << (32 - kQuadShift);
  static uint32_t QuadBit(std::string_view w) {  // w has at least four bytes.
    uint32_t q;
    std::memcpy(&q, w.data(), 4);
    return (q * 0x9E3779B1u) >> kQuadShift;
  }
  // Match's filters, written once for the table (Match, Find, MatchAt) and for its Gate: `s`
  // is either. The table's members are passed by reference and read only where a test needs
  // them; a Gate made at every call (Gated().MayMatch) loaded them all first, 3.5 % more
  // instructions in extraction.
  template <typename S>
  static bool MayMatchIn(const S& s, const Token& t) {
    return s.MayStart(t) || s.MayBeStem(t.folded());
  }
  // A phrase may begin with t: the lexicon's class where it tagged t, else the filter.
  template <typename Filter>
  static bool StartsIn(const Token& t, uint64_t lex_mask, const Filter& filter) {
    return t.lex != nullptr && lex_mask != 0 ? (t.lex->classes & lex_mask) != 0
                                             : filter.MayContain(t.hash);
  }
  // Stems are looked up by their first four bytes (a shorter stem matches nothing).
  // `quads`: the table's stem_quads_ or a Gate's pointer to them.
  static bool NoQuads(const std::vector<uint64_t>& quads) { return quads.empty(); }
  static bool NoQuads(const uint64_t* quads) { return quads == nullptr; }
  template <typename Quads>
  static bool QuadIn(const Quads& quads, std::string_view word) {
    if (word.size() < 4 || NoQuads(quads)) return false;
    const uint32_t b = QuadBit(word);
    return (quads[b >> 6] >> (b & 63)) & 1;
  }
  bool MayStart(uint64_t hash) const { return first_filter_.MayContain(hash); }
  bool MayStart(const Token& t) const { return StartsIn(t, lex_mask_, first_filter_); }
  uint64_t lex_mask_ = 0;
  bool MayBeStem(std::string_view word) const { return QuadIn(stem_quads_, word); }
  bool MayBeStem(const Token& t) const {
    return MayBeStem(t.folded()) && (t.lex == nullptr || (t.lex->classes & no_stem_mask_) == 0);
  }
  uint64_t no_stem_mask_ = 0;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_PHRASE_TABLE_H_
