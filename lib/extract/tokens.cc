#include "lib/extract/tokens.h"

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lib/base/chars.h"
#include "lib/base/hashed_map.h"
#include "lib/base/string_map.h"
#include "lib/data/embedded.h"

namespace crosscheck::internal {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// ASCII letters and digits, the bulk of every word: ScanWord runs over them with one table
// load a byte before it looks at anything else.
constexpr struct AsciiAlnum {
  bool at[256] = {};
  constexpr AsciiAlnum() {
    for (int c = '0'; c <= '9'; ++c) at[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) at[c] = at[c - 'a' + 'A'] = true;
  }
} kAsciiAlnum;

// The ASCII bytes that end a word where its run of letters and digits stops: all but '-' and
// '\'' (which may join two parts). One load, where three tests on the byte cost about a dozen
// instructions a word.
constexpr struct AsciiWordStop {
  bool at[256] = {};
  constexpr AsciiWordStop() {
    for (int c = 0; c < 0x80; ++c) at[c] = c != '-' && c != '\'';
  }
} kAsciiWordStop;

// The marks of a German gender suffix after a word (GenderSuffixEnd): one load a word.
constexpr struct GenderMark {
  bool at[256] = {};
  constexpr GenderMark() { at[':'] = at['*'] = at['_'] = at['/'] = true; }
} kGenderMark;

// White space between tokens: ' ', '\t', '\n', '\r'. A table, so that a run of it costs a
// load a byte instead of four compares.
constexpr struct SpaceByte {
  bool at[256] = {};
  constexpr SpaceByte() { at[' '] = at['\t'] = at['\n'] = at['\r'] = true; }
} kSpaceByte;

// The end of the run of ASCII letters and digits from q on (at most `stop`). Sixteen bytes at
// a time where SSE2 is there: the byte loop cost about five instructions a byte, the bulk of
// tokenizing.
const unsigned char* AsciiAlnumRun(const unsigned char* q, const unsigned char* stop) {
#if defined(__SSE2__)
  while (stop - q >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    // A byte b is in [lo, lo + n] when min(b - lo, n) == b - lo, unsigned.
    const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
    const __m128i l = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l);
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
    if (mask != 0xFFFF) return q + __builtin_ctz(~mask);
    q += 16;
  }
#endif
  while (q != stop && kAsciiAlnum.at[*q]) ++q;
  return q;
}

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


// Whether a space (or group space of `g` bytes) at t[i] separates digit groups of the
// number that started at `start`: "1 200", with exactly three digits after it and a group of
// one to three digits before it.
bool GroupSpaceAt(std::string_view t, size_t start, size_t i, size_t end) {
  const unsigned char d = static_cast<unsigned char>(t[i]);
  const size_t g = GroupSpaceLen(t, i);
  if (g == 0 && d != ' ') return false;
  const size_t at = i + (g ? g : 1);
  if (at + 3 > end || !IsDigit(static_cast<unsigned char>(t[at])) ||
      !IsDigit(static_cast<unsigned char>(t[at + 1])) ||
      !IsDigit(static_cast<unsigned char>(t[at + 2])) ||
      (at + 3 != end && IsDigit(static_cast<unsigned char>(t[at + 3])))) {
    return false;
  }
  size_t group = 0;
  for (size_t k = i; k > start && IsDigit(static_cast<unsigned char>(t[k - 1])); --k) ++group;
  return group <= 3;
}

// Whether t[at..] is digits, a decimal point or comma and a digit: a figure written on to a
// word after a hyphen ("magnitude-7.8", "Stärke-5,8"), where names and codes have none.
bool DecimalFollows(std::string_view t, size_t at, size_t end) {
  size_t e = at;
  while (e < end && IsDigit(static_cast<unsigned char>(t[e]))) ++e;
  return e > at && e + 1 < end && (t[e] == '.' || t[e] == ',') &&
         IsDigit(static_cast<unsigned char>(t[e + 1]));
}

// Letters written on to digits that leave them a number (common/glued_suffixes.tsv: "400m",
// "12k", "2bn", "5Mio"), or an ISO code's three capitals.
bool GluedSuffix(std::string_view t, size_t at, size_t end) {
  static const StringSet* suffixes = [] {
    auto* s = new StringSet;
    for (const auto& row : TableRows("common/glued_suffixes.tsv")) s->emplace(row[0]);
    return s;
  }();
  size_t e = at;
  while (e < end && IsAsciiLetter(static_cast<unsigned char>(t[e]))) ++e;
  const std::string_view suffix = t.substr(at, e - at);
  return (suffixes->contains(suffix) || IsCurrencyCodeShape(suffix)) &&
         (e >= end || !IsLetterAt(t, e));
}

// A number token from t[i] on: digits with inner separators; glued to letters it is a word
// ("180ml", "5kg"), except before a glued suffix. Returns the token's end.
size_t ScanNumber(std::string_view t, size_t i, size_t end, Token& tok) {
  const size_t start = i;
  tok.kind = TokenKind::kNumber;
  while (i < end) {
    const unsigned char d = static_cast<unsigned char>(t[i]);
    if (IsDigit(d)) {
      ++i;
    } else if ((d == '.' || d == ',' || d == '\'') && i + 1 < end &&
               IsDigit(static_cast<unsigned char>(t[i + 1]))) {
      ++i;
    } else if (GroupSpaceAt(t, start, i, end)) {
      const size_t g = GroupSpaceLen(t, i);
      i += g ? g : 1;
    } else {
      break;
    }
  }
  if (i < end && IsLetterAt(t, i) && !GluedSuffix(t, i, end)) {
    while (i < end && (IsLetterAt(t, i) || IsDigit(static_cast<unsigned char>(t[i])))) {
      i += SequenceLength(static_cast<unsigned char>(t[i]));
    }
    tok.kind = TokenKind::kWord;
  }
  return i;
}

// A word token from t[i] on; "US-Außenminister", "F-16", "Sullivan's" stay one word, and a
// code glued to its amount ("USD115") is a word of its own. Returns the token's end.
size_t ScanWord(std::string_view t, size_t i, size_t end, Token& tok) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  tok.kind = TokenKind::kWord;
  tok.upper =
      (c >= 'A' && c <= 'Z') || (c == 0xC3 && static_cast<unsigned char>(t[i + 1]) <= 0x9E);
  // IsCurrencyCodeShape(t.substr(i, 3)), its first letter known upper case.
  if (c >= 'A' && c <= 'Z' && i + 3 < end && t[i + 1] >= 'A' && t[i + 1] <= 'Z' &&
      t[i + 2] >= 'A' && t[i + 2] <= 'Z' && GluedAmountFollows(t, i + 3, end)) {
    return i + 3;
  }
  const unsigned char* p = reinterpret_cast<const unsigned char*>(t.data());
  while (i < end) {
    // The ASCII run by pointer, so that its bound stays in a register.
    const unsigned char* q = AsciiAlnumRun(p + i, p + end);
    i = static_cast<size_t>(q - p);
    if (i >= end) break;
    const unsigned char d = *q;
    // An ASCII byte after the run is no letter or digit: only '-' and '\'' go on.
    if (kAsciiWordStop.at[d]) break;
    if (IsLetterAt(t, i) || IsDigit(d)) {
      i += SequenceLength(d);
    } else if (d == '-' && DecimalFollows(t, i + 1, end)) {
      break;  // "magnitude-7.8": the word ends before its figure, which is no "F-16".
    } else if ((d == '-' || d == '\'') && i + 1 < end &&
               (IsLetterAt(t, i + 1) || IsDigit(static_cast<unsigned char>(t[i + 1])))) {
      tok.hyphen |= d == '-';
      ++i;
    } else if (t.substr(i, 3) == "\xE2\x80\x99" && i + 3 < end && IsLetterAt(t, i + 3)) {
      i += 3;  // Typographic apostrophe inside a word.
    } else {
      break;
    }
  }
  return i;
}

// The end of a German gender suffix right after a word ("Teilnehmer:innen", "Helfer*innen",
// "Bürger_in", "Schüler/innen"), or `i` when none follows. The word before it is the counted
// noun; read as punctuation and a word, the colon broke the clause between the figure and its
// verb, and "innen" stood where the verb was looked for. A compound ("Teilnehmer:innenzahl")
// is left alone. t[i] is one of kGenderMark's marks (the caller's test).
size_t GenderSuffixEnd(std::string_view t, size_t i, size_t end) {
  if (i + 3 > end) return i;
  if (t[i + 1] != 'i' || t[i + 2] != 'n' || t[i - 1] < 'a' || t[i - 1] > 'z') return i;
  size_t e = i + 3;
  if (t.substr(e, 3) == "nen") e += 3;
  return e < end && IsLetterAt(t, e) ? i : e;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view t, Span range, std::string_view folded_text,
                            uint8_t* shapes) {
  std::vector<Token> out;
  out.reserve((range.end - range.begin) / 5 + 4);  // News text averages over 5 bytes a token.
  TokenizeAppend(t, range, folded_text, out, shapes);
  return out;
}

void TokenizeAppend(std::string_view t, Span range, std::string_view folded_text,
                    std::vector<Token>& out, uint8_t* shapes) {
  bool digit_led = false, hyphen = false;
  size_t i = range.begin;
  bool space = false;
  while (i < range.end) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (kSpaceByte.at[c]) {
      // On to the token after the white space with its first byte, the one read last.
      space = true;
      do {
        if (++i == range.end) break;
        c = static_cast<unsigned char>(t[i]);
      } while (kSpaceByte.at[c]);
      if (i == range.end) break;
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
    size_t word_end = 0;  // Where a word ends before a gender suffix the scan skipped.
    if (IsDigit(c)) {
      i = ScanNumber(t, i, range.end, tok);
      digit_led = true;
    } else if (IsLetterAt(t, i)) {
      i = ScanWord(t, i, range.end, tok);
      hyphen |= tok.hyphen;
      if (i < range.end && kGenderMark.at[static_cast<unsigned char>(t[i])]) {
        word_end = i;
        i = GenderSuffixEnd(t, i, range.end);
        if (i == word_end) word_end = 0;
      }
    } else {
      tok.kind = TokenKind::kPunct;
      i += SequenceLength(c);
      if (i > range.end) i = range.end;
      if (i - start == 1) {
        const char f = folded_text[start];
        tok.clause_break = f == ',' || f == ';' || f == ':' || f == '(' || f == ')';
      }
    }
    const size_t stop = word_end ? word_end : i;
    tok.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(stop)};
    // Fold keeps offsets, and i <= range.end <= its size: no bounds check needed.
    tok.folded_data = folded_text.data() + start;
    tok.hash = HashString(std::string_view(tok.folded_data, stop - start));
  }
  if (shapes != nullptr) *shapes = (digit_led ? kShapeDigitLed : 0) | (hyphen ? kShapeHyphenWord : 0);
}

}  // namespace crosscheck::internal
