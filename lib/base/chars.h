// Byte-level character helpers shared by the text layer and the extractors.
#ifndef CROSSCHECK_LIB_BASE_CHARS_H_
#define CROSSCHECK_LIB_BASE_CHARS_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "crosscheck/types.h"

namespace crosscheck::internal {

// Letters (any non-ASCII byte counts, so "ä" stays inside a word), digits.
inline bool IsWordByte(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c >= 0x80;
}

inline bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// How far the bytes from text[i] on are ASCII, in whole blocks (all bytes before the result
// are ASCII; the caller goes on byte by byte): the text layer's scans (UTF-8 check, NFC
// check) pass over ASCII sixteen bytes at a time with SSE2 and land right on the first other
// byte (blocks of eight left its caller the ASCII bytes before it one at a time, each with a
// call here), else eight at a time.
inline size_t SkipAsciiBlocks(std::string_view text, size_t i) {
#if defined(__SSE2__)
  while (i + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    if (const int high = _mm_movemask_epi8(v); high != 0) {
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(high)));
    }
    i += 16;
  }
#endif
  while (i + 8 <= text.size()) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    if ((w & 0x8080808080808080ull) != 0) break;
    i += 8;
  }
  return i;
}

// As SkipAsciiBlocks, but a block of sixteen may also hold whole two-byte sequences led by
// 0xC3 (German letters: "ä", "ß"): every 0xC3 in it followed by a byte 0x80..0xBF, every such
// byte after a 0xC3, no other non-ASCII byte. Both callers (UTF-8 check, NFC check) take such
// a pair as valid and as NFC, two bytes on; any other block stops at its first non-ASCII byte.
inline size_t SkipLatinBlocks(std::string_view text, size_t i) {
#if defined(__SSE2__)
  const __m128i lead_byte = _mm_set1_epi8(static_cast<char>(0xC3));
  const __m128i below_c0 = _mm_set1_epi8(-64);  // 0x80..0xBF are -128..-65 signed.
  while (i + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    if (const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v)); high != 0) {
      const unsigned lead = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lead_byte)));
      const unsigned cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, below_c0)));
      if ((lead << 1) != cont || (lead | cont) != high) {
        return i + static_cast<size_t>(__builtin_ctz(high));
      }
    }
    i += 16;
  }
#endif
  return SkipAsciiBlocks(text, i);
}

// Length of the UTF-8 sequence starting with `c` (1 for invalid lead and stray continuation
// bytes, so that a scan always moves on).
inline size_t SequenceLength(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// `span` without leading and trailing ASCII white space and no-break spaces.
inline Span Trim(std::string_view text, Span span) {
  while (span.begin < span.end) {
    if (IsSpaceByte(text[span.begin])) {
      ++span.begin;
    } else if (span.end - span.begin >= 2 && text.substr(span.begin, 2) == "\xC2\xA0") {
      span.begin += 2;
    } else {
      break;
    }
  }
  while (span.end > span.begin) {
    if (IsSpaceByte(text[span.end - 1])) {
      --span.end;
    } else if (span.end - span.begin >= 2 && text.substr(span.end - 2, 2) == "\xC2\xA0") {
      span.end -= 2;
    } else {
      break;
    }
  }
  return span;
}

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_CHARS_H_
