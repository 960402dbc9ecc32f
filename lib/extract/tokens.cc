#include "lib/extract/tokens.h"

#include <algorithm>

#include "lib/base/chars.h"
#include "lib/base/hashed_map.h"

namespace crosscheck::internal {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Whether the code point at text[i] is a letter: ASCII letters, and non-ASCII letters of the
// Latin, Greek and Cyrillic blocks (U+00C0..U+04FF minus × and ÷), plus soft hyphen.
bool IsLetterAt(std::string_view t, size_t i) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return IsAsciiLetter(c);
  if (c == 0xC3 && i + 1 < t.size()) {
    const unsigned char d = static_cast<unsigned char>(t[i + 1]);
    return d != 0x97 && d != 0xB7;  // × ÷
  }
  return c >= 0xC4 && c <= 0xD3;
}

// Separators allowed between digit groups: U+00A0, U+202F (narrow no-break), U+2009 (thin).
size_t GroupSpaceLen(std::string_view t, size_t i) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (c == 0xC2) return i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0 ? 2 : 0;
  if (c != 0xE2 || i + 2 >= t.size() || static_cast<unsigned char>(t[i + 1]) != 0x80) return 0;
  const unsigned char d = static_cast<unsigned char>(t[i + 2]);
  return d == 0xAF || d == 0x89 ? 3 : 0;
}

// Three upper-case ASCII letters, the shape of an ISO 4217 code ("USD", "EUR").
bool IsCurrencyCodeShape(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether t[i..] is digits (with inner separators) up to the end of the word.
bool GluedAmountFollows(std::string_view t, size_t i, size_t end) {
  if (i >= end || !IsDigit(static_cast<unsigned char>(t[i]))) return false;
  while (i < end && (IsDigit(static_cast<unsigned char>(t[i])) ||
                     ((t[i] == '.' || t[i] == ',') && i + 1 < end &&
                      IsDigit(static_cast<unsigned char>(t[i + 1]))))) {
    ++i;
  }
  return i >= end || !IsLetterAt(t, i);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view t, Span range, std::string_view folded_text) {
  std::vector<Token> out;
  out.reserve((range.end - range.begin) / 5 + 4);  // News text averages over 5 bytes a token.
  size_t i = range.begin;
  bool space = false;
  while (i < range.end) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      space = true;
      continue;
    }
    if (size_t g = c >= 0xC2 ? GroupSpaceLen(t, i) : 0) {
      i += g;
      space = true;
      continue;
    }
    Token& tok = out.emplace_back();
    tok.space_before = space;
    space = false;
    const size_t start = i;
    if (IsDigit(c)) {
      tok.kind = TokenKind::kNumber;
      while (i < range.end) {
        const unsigned char d = static_cast<unsigned char>(t[i]);
        if (IsDigit(d)) {
          ++i;
        } else if ((d == '.' || d == ',' || d == '\'') && i + 1 < range.end &&
                   IsDigit(static_cast<unsigned char>(t[i + 1]))) {
          ++i;
        } else if (size_t g = GroupSpaceLen(t, i);
                   (g > 0 || d == ' ') && i + (g ? g : 1) + 3 <= range.end &&
                   IsDigit(static_cast<unsigned char>(t[i + (g ? g : 1)])) &&
                   IsDigit(static_cast<unsigned char>(t[i + (g ? g : 1) + 1])) &&
                   IsDigit(static_cast<unsigned char>(t[i + (g ? g : 1) + 2])) &&
                   (i + (g ? g : 1) + 3 == range.end ||
                    !IsDigit(static_cast<unsigned char>(t[i + (g ? g : 1) + 3])))) {
          // "1 200": a space between digit groups only when exactly three digits follow.
          // Plain spaces are accepted only after a group of 1-3 digits.
          size_t group = 0;
          for (size_t k = i; k > start && IsDigit(static_cast<unsigned char>(t[k - 1])); --k)
            ++group;
          if (group > 3) break;
          i += g ? g : 1;
        } else {
          break;
        }
      }
      // A number glued to letters is a word ("180ml", "29km"), except scale abbreviations
      // written attached ("400m", "12k", "800K", "2bn", "5Mio").
      auto attached_scale = [&](size_t at) {
        size_t e = at;
        while (e < range.end && IsAsciiLetter(static_cast<unsigned char>(t[e]))) ++e;
        const std::string_view suffix = t.substr(at, e - at);
        return (suffix == "m" || suffix == "M" || suffix == "MM" || suffix == "k" || suffix == "K" || suffix == "Mio" ||
                suffix == "Mrd" || suffix == "Tsd" ||
                suffix == "bn" || suffix == "b" || suffix == "mn" || suffix == "tn" ||
                suffix == "mil" || IsCurrencyCodeShape(suffix)) &&
               (e >= range.end || !IsLetterAt(t, e));
      };
      if (i < range.end && IsLetterAt(t, i) && !attached_scale(i)) {
        while (i < range.end && (IsLetterAt(t, i) || IsDigit(static_cast<unsigned char>(t[i])))) {
          i += SequenceLength(static_cast<unsigned char>(t[i]));
        }
        tok.kind = TokenKind::kWord;
      }
    } else if (IsLetterAt(t, i)) {
      tok.kind = TokenKind::kWord;
      tok.upper =
          (c >= 'A' && c <= 'Z') || (c == 0xC3 && static_cast<unsigned char>(t[i + 1]) <= 0x9E);
      // "USD115": a code glued to its amount is two tokens.
      const bool code_then_amount = c >= 'A' && c <= 'Z' && i + 3 < range.end &&
                                    IsCurrencyCodeShape(t.substr(i, 3)) &&
                                    GluedAmountFollows(t, i + 3, range.end);
      if (code_then_amount) i += 3;
      while (!code_then_amount && i < range.end) {
        const unsigned char d = static_cast<unsigned char>(t[i]);
        if (d < 0x80 && (IsAsciiLetter(d) || IsDigit(d))) {
          ++i;  // The common case first.
        } else if (IsLetterAt(t, i) || IsDigit(d)) {
          i += SequenceLength(d);
        } else if ((d == '-' || d == '\'') && i + 1 < range.end &&
                   (IsLetterAt(t, i + 1) || IsDigit(static_cast<unsigned char>(t[i + 1])))) {
          tok.hyphen |= d == '-';
          ++i;  // "US-Außenminister", "F-16", "Sullivan's" stay one word.
        } else if (t.substr(i, 3) == "\xE2\x80\x99" && i + 3 < range.end && IsLetterAt(t, i + 3)) {
          i += 3;  // Typographic apostrophe inside a word.
        } else {
          break;
        }
      }
    } else {
      tok.kind = TokenKind::kPunct;
      i += SequenceLength(c);
      if (i > range.end) i = range.end;
    }
    tok.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
    tok.folded = folded_text.substr(start, i - start);
    tok.hash = HashString(tok.folded);
  }
  return out;
}

}  // namespace crosscheck::internal
