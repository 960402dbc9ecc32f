// Words, numbers and punctuation of a sentence, with byte spans and a folded (lower-case) form.
// Extractors match on tokens; the folding covers ASCII and Latin-1 letters (Ä→ä, É→é), which is
// all German and English news text needs, at a fraction of full Unicode case folding's cost.
#ifndef CROSSCHECK_LIB_EXTRACT_TOKENS_H_
#define CROSSCHECK_LIB_EXTRACT_TOKENS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/types.h"
#include "lib/base/string_map.h"
#include "lib/text/fold.h"  // Fold: the folded forms tokens carry.

namespace crosscheck::internal {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct LexEntry;  // lib/base/lex_entry.h

// 40 bytes: a document holds a token per five or six bytes of text, and every recognizer
// walks them, so their size is the extraction's working set (a 4 MiB text has 800,000).
struct Token {
  Span span;  // Into the match text.
  // The folded form spans the same bytes of the folded text Tokenize was given.
  const char* folded_data = nullptr;
  uint64_t hash = 0;  // HashString(folded()), computed once for every table lookup.
  // The word's entry in the lexicon of the pack that reads the sentence (WordLexicon::Tag),
  // an empty entry for a word in no table; nullptr when not looked up (tokens made outside
  // extraction), and the tables then probe themselves.
  const LexEntry* lex = nullptr;
  TokenKind kind = TokenKind::kWord;
  bool upper = false; // First letter is upper case.
  bool space_before = false;
  bool hyphen = false;  // A word with an inner hyphen ("US-Außenminister", "mid-November").
  // A clause break (IsClauseBreak): one of , ; : ( ) alone, set once by Tokenize so that the
  // windows around every figure test one byte per token.
  bool clause_break = false;

  // Lower-case form ("Außenminister" -> "außenminister"), a view into the folded text.
  std::string_view folded() const { return {folded_data, span.end - span.begin}; }
};

// A run of tokens, what the recognizers read: a sentence's view into the document's token
// store (DocContext::token_store), or a whole vector of tokens made elsewhere.
using Tokens = std::span<const Token>;

// The token's folded form with its hash, for StringMap/StringSet lookups without rehashing.
inline HashedKey Key(const Token& t) { return {t.folded(), t.hash}; }

// Whether the token is the punctuation mark `s`.
inline bool IsPunct(const Token& t, std::string_view s) {
  return t.kind == TokenKind::kPunct && t.folded() == s;
}

// The length of a folded word's English possessive ending ("sunday's", "sunday’s"), or 0.
inline size_t PossessiveEnding(std::string_view folded) {
  if (folded.size() > 2 && folded.ends_with("'s")) return 2;
  if (folded.size() > 4 && folded.ends_with("\u2019s")) return 4;
  return 0;
}

// What a sentence's tokens hold (Tokenize's `shapes`).
enum TokenShape : uint8_t {
  kShapeDigitLed = 1,    // A number, or a word beginning with a digit ("25th", "100e").
  kShapeHyphenWord = 2,  // A word with an inner hyphen.
};

// Tokens of text[range]. A word is a run of letters, digits inside words ("G7", "F-16" keep
// their hyphen), apostrophes inside words ("Sullivan's"); a number is a run of digits with
// inner separators "." "," "'" and thin/no-break spaces between digit groups ("1.200",
// "3,5", "1 200"); everything else is one punctuation token per code point.
// `folded_text` is Fold(text), which has the same length and offsets; the tokens' folded
// forms are views into it, so it must outlive them. Folding a document once costs less than
// a string per token. With `shapes`, *shapes is the OR of the tokens' TokenShape bits.
std::vector<Token> Tokenize(std::string_view text, Span range, std::string_view folded_text,
                            uint8_t* shapes = nullptr);
// The same tokens appended to `out`: a document's sentences one after another into one store.
void TokenizeAppend(std::string_view text, Span range, std::string_view folded_text,
                    std::vector<Token>& out, uint8_t* shapes = nullptr);

// Whether token `t` is the folded word or mark `s`.
inline bool Is(const Token& t, std::string_view s) { return t.folded() == s; }

// Whether token `t` is a hyphen, an en dash or an em dash.
inline bool IsAnyDash(const Token& t) {
  return Is(t, "-") || Is(t, "\xE2\x80\x93") || Is(t, "\xE2\x80\x94");
}

// The year, 1900 to 2100, that `digits` write alone ("2030"), else 0.
inline int YearOfDigits(std::string_view digits) {
  constexpr int kFirst = 1900, kLast = 2100;
  constexpr size_t kDigits = 4;
  if (digits.size() != kDigits) return 0;
  int year = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year >= kFirst && year <= kLast ? year : 0;
}

// Brackets of an aside, a few words long ("(Stand: 18:26 Uhr, Forschungsgruppe Wahlen)").
inline constexpr size_t kBracketReach = 16;
// The index of the "(" that the ")" at tokens[close] closes; 0 when none is near.
inline size_t OpenBefore(Tokens tokens, size_t close) {
  for (size_t k = close; k > 0 && close - k < kBracketReach; --k) {
    if (Is(tokens[k - 1], "(")) return k - 1;
    if (Is(tokens[k - 1], ")")) return 0;
  }
  return 0;
}
// The index of the ")" that closes the "(" at tokens[open], if it is one; 0 when none is near.
inline size_t CloseAfter(Tokens tokens, size_t open) {
  if (open >= tokens.size() || !Is(tokens[open], "(")) return 0;
  for (size_t k = open + 1; k < tokens.size() && k - open < kBracketReach; ++k) {
    if (Is(tokens[k], ")")) return k;
  }
  return 0;
}

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_TOKENS_H_
