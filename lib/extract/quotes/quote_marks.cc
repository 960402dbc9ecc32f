#include "lib/extract/quotes/quote_marks.h"

#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace crosscheck::internal {
namespace {

enum Mark : uint8_t {
  kNone,
  kLow,            // „
  kLowSingle,      // ‚
  kLeft,           // “
  kRight,          // ”
  kLeftSingle,     // ‘
  kRightSingle,    // ’
  kGuillemetR,     // »
  kGuillemetL,     // «
  kAngleR,         // ›
  kAngleL,         // ‹
  kStraight,       // "
  kStraightSingle  // '
};

// Longest search for a closing mark; a quote longer than this is treated as unbalanced.
constexpr uint32_t kMaxQuoteBytes = 8192;
constexpr uint32_t kMaxSingleQuoteBytes = 400;

Mark MarkAt(std::string_view t, size_t i, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  *len = 1;
  if (c == '"') return kStraight;
  if (c == '\'') return kStraightSingle;
  if (c == 0xC2 && i + 1 < t.size()) {
    *len = 2;
    const unsigned char d = static_cast<unsigned char>(t[i + 1]);
    if (d == 0xAB) return kGuillemetL;
    if (d == 0xBB) return kGuillemetR;
    return kNone;
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    *len = 3;
    switch (static_cast<unsigned char>(t[i + 2])) {
      case 0x9E: return kLow;
      case 0x9A: return kLowSingle;
      case 0x9C: return kLeft;
      case 0x9D: return kRight;
      case 0x98: return kLeftSingle;
      case 0x99: return kRightSingle;
      case 0xB9: return kAngleL;
      case 0xBA: return kAngleR;
      default: return kNone;
    }
  }
  return kNone;
}

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The bytes a mark can begin with (" ' and the lead bytes of « » ‹ › „ “ ...): the scans
// skip every other byte with one table load instead of four compares.
constexpr struct MarkLeads {
  bool at[256] = {};
  constexpr MarkLeads() { at['"'] = at['\''] = at[0xC2] = at[0xE2] = true; }
} kMarkLeads;
bool MayBeginMark(unsigned char c) { return kMarkLeads.at[c]; }

// The first byte of t[i, end) that may begin a mark, else end (end <= t.size()). Sixteen
// bytes at a time where SSE2 is there: the byte loop cost about seven instructions a byte of
// every article.
size_t NextMarkLead(std::string_view t, size_t i, size_t end) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(t.data());
#if defined(__SSE2__)
  for (; i < end && end - i >= 16; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i quotes = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
    const __m128i leads = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))),
                                       _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2))));
    if (const int mask = _mm_movemask_epi8(_mm_or_si128(quotes, leads)); mask != 0) {
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  while (i < end && !MayBeginMark(p[i])) ++i;
  return i;
}

// Letters and digits, counting every non-ASCII byte as a letter (umlauts, accents).
bool IsWordByte(unsigned char c) {
  return static_cast<unsigned>((c | 0x20) - 'a') < 26u || static_cast<unsigned>(c - '0') < 10u ||
         c >= 0x80;
}

bool IsDoubleFamily(Mark m) {
  return m == kLow || m == kLeft || m == kRight || m == kGuillemetR || m == kGuillemetL ||
         m == kStraight;
}

// Whether a no-break space, dash or another quotation mark ends right before t[i].
bool WideSpaceOrDashBefore(std::string_view t, size_t i, size_t lo) {
  if (i >= lo + 2 && t.substr(i - 2, 2) == "\xC2\xA0") return true;
  if (i < lo + 3) return false;
  const std::string_view p = t.substr(i - 3, 3);
  return p == "\xE2\x80\x93" || p == "\xE2\x80\x94" || p == "\xE2\x80\x9E" || p == "\xE2\x80\x9A";
}

// Whether mark `m` at t[i, i+len) can open a quotation here.
bool CanOpen(std::string_view t, size_t i, size_t len, size_t lo, Mark m) {
  const size_t after = i + len;
  if (after >= t.size() || IsSpace(static_cast<unsigned char>(t[after]))) return false;
  const unsigned char prev = i > lo ? static_cast<unsigned char>(t[i - 1]) : ' ';
  // Unambiguous openers need no left context.
  if (m == kLow || m == kLowSingle || m == kGuillemetR || m == kGuillemetL || m == kAngleR ||
      m == kAngleL) {
    return m != kLowSingle || !IsWordByte(prev) || prev >= 0x80;
  }
  if (m == kRightSingle) return false;  // Almost always an apostrophe.
  const bool open_context = i == lo || IsSpace(prev) || prev == '(' || prev == '[' ||
                            prev == '/' || prev == '-' || prev == ':' || WideSpaceOrDashBefore(t, i, lo);
  if (m == kStraightSingle || m == kLeftSingle) {
    return open_context && IsWordByte(static_cast<unsigned char>(t[after]));
  }
  return open_context;
}

// Whether mark `c` at t[i, i+len) closes a quotation opened with `open`.
bool Closes(std::string_view t, size_t i, size_t len, Mark open, Mark c) {
  const unsigned char prev = static_cast<unsigned char>(t[i - 1]);
  const unsigned char next = i + len < t.size() ? static_cast<unsigned char>(t[i + len]) : ' ';
  // Mixed typography („…", "…“, “…"): a straight mark closes a curly quote, and the
  // other way round, where it ends a word.
  const bool ends_word = !IsSpace(prev) && !IsWordByte(next);
  switch (open) {
    case kLow: return c == kLeft || c == kRight || (c == kStraight && ends_word);
    case kLowSingle: return c == kLeftSingle || c == kRightSingle;
    case kLeft:
      if (c == kRight) return !IsSpace(prev);
      if (c == kStraight) return ends_word;
      // “…“ (a German closing mark after an agency-style opening one).
      return c == kLeft && !IsSpace(prev) && !IsWordByte(next);
    case kRight: return c == kRight && !IsSpace(prev);
    case kLeftSingle: return c == kRightSingle && !IsSpace(prev) && !IsWordByte(next);
    case kGuillemetR: return c == kGuillemetL;
    case kGuillemetL: return c == kGuillemetR;
    case kAngleR: return c == kAngleL;
    case kAngleL: return c == kAngleR;
    case kStraight:
      return (c == kStraight && !IsSpace(prev)) || ((c == kLeft || c == kRight) && ends_word);
    case kStraightSingle:
      return c == kStraightSingle && !IsSpace(prev) && !IsWordByte(next);
    default: return false;
  }
}

Span Trim(std::string_view t, uint32_t b, uint32_t e) {
  while (b < e && IsSpace(static_cast<unsigned char>(t[b]))) ++b;
  while (e > b && IsSpace(static_cast<unsigned char>(t[e - 1]))) --e;
  return {b, e};
}

bool HasLetter(std::string_view t, Span s) {
  for (uint32_t i = s.begin; i < s.end; ++i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (static_cast<unsigned>((c | 0x20) - 'a') < 26u || c >= 0xC3) return true;
  }
  return false;
}

// The mark opening paragraph p (after white space), or kNone.
Mark LeadingMark(std::string_view t, Span p) {
  size_t i = p.begin;
  while (i < p.end && IsSpace(static_cast<unsigned char>(t[i]))) ++i;
  if (i >= p.end) return kNone;
  size_t len = 0;
  return MarkAt(t, i, &len);
}

// Scans t[j, limit) for the mark closing a quotation opened with `m`: its position, with its
// length in *close_len and *found set; else where the scan stopped (at `limit`, or at the
// same unambiguous opener again, which leaves the first one unbalanced).
size_t FindCloser(std::string_view t, size_t j, size_t limit, size_t para_begin, Mark m,
                  size_t* close_len, bool* found) {
  int straight = 0;  // Straight marks seen inside a curly quote.
  while (j < limit) {
    if ((j = NextMarkLead(t, j, limit)) == limit) break;
    const Mark cm = MarkAt(t, j, close_len);
    // „Er sagte "nein" dazu“: a straight pair inside a curly quote is nested, not a closer.
    if (cm == kStraight && m != kStraight &&
        (straight++ % 2 == 1 || CanOpen(t, j, *close_len, para_begin, cm))) {
      j += *close_len;
      continue;
    }
    if (cm != kNone && Closes(t, j, *close_len, m, cm)) {
      *found = true;
      return j;
    }
    // The same unambiguous opener again before a closer: this one is unbalanced.
    if (cm == m && (m == kLow || m == kLowSingle || m == kGuillemetR || m == kGuillemetL ||
                    m == kAngleR || m == kAngleL)) {
      return j;
    }
    j += *close_len;
  }
  return j;
}

}  // namespace

std::vector<QuoteSpan> FindQuotes(std::string_view t, const std::vector<Span>& paragraphs) {
  std::vector<QuoteSpan> out;
  int carry = -1;  // Chain continued from the previous paragraph's unclosed quote.
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const Span para = paragraphs[p];
    const uint32_t end = std::min<uint32_t>(para.end, static_cast<uint32_t>(t.size()));
    int chain = carry;  // Only the paragraph's first quote may continue it.
    carry = -1;
    bool first = true;
    size_t i = para.begin;
    while (i < end) {
      const unsigned char c = static_cast<unsigned char>(t[i]);
      if (!MayBeginMark(c)) {
        if (!IsSpace(c)) first = false;
        // Past the paragraph's first word only a mark matters.
        ++i;
        if (!first) i = NextMarkLead(t, i, end);
        continue;
      }
      size_t len = 0;
      const Mark m = MarkAt(t, i, &len);
      if (m == kNone || !CanOpen(t, i, len, para.begin, m)) {
        first = false;
        i += len;
        continue;
      }
      const uint32_t limit_len = (m == kStraightSingle || m == kLeftSingle || m == kLowSingle)
                                     ? kMaxSingleQuoteBytes
                                     : kMaxQuoteBytes;
      const size_t limit = std::min<size_t>(end, i + len + limit_len);
      size_t close_len = 0;
      bool found = false;
      const size_t j = FindCloser(t, i + len, limit, para.begin, m, &close_len, &found);
      QuoteSpan q;
      q.paragraph = p;
      if (found) {
        q.outer = {static_cast<uint32_t>(i), static_cast<uint32_t>(j + close_len)};
        q.inner = Trim(t, static_cast<uint32_t>(i + len), static_cast<uint32_t>(j));
      } else if (j >= limit && limit == end && IsDoubleFamily(m) && p + 1 < paragraphs.size() &&
                 IsDoubleFamily(LeadingMark(t, paragraphs[p + 1]))) {
        q.closed = false;  // Continues in the next paragraph.
        q.outer = Trim(t, static_cast<uint32_t>(i), end);
        q.inner = Trim(t, static_cast<uint32_t>(i + len), end);
      } else {
        first = false;
        i += len;  // A stray mark: go on right after it.
        continue;
      }
      // Inch marks, "" and rock 'n' roll are no quotations.
      if (!HasLetter(t, q.inner) || (limit_len == kMaxSingleQuoteBytes && q.inner.size() < 2)) {
        first = false;
        i = q.outer.end;
        continue;
      }
      const int index = static_cast<int>(out.size());
      if (first && chain >= 0) q.chain = chain;
      if (!q.closed) {
        if (q.chain < 0) q.chain = index;
        carry = q.chain;
      }
      // A closed first piece that started a chain: mark it as part of it too.
      if (q.chain >= 0 && q.chain < index) out[q.chain].chain = q.chain;
      out.push_back(q);
      first = false;
      i = q.outer.end;
    }
  }
  return out;
}

}  // namespace crosscheck::internal
