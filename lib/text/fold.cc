#include "lib/text/fold.h"

#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace crosscheck::internal {
namespace {

// Folds the character at o[i] and returns where the next one begins.
size_t FoldAt(char* o, size_t n, size_t i) {
  const unsigned char c = static_cast<unsigned char>(o[i]);
  if (static_cast<unsigned>(c - 'A') < 26u) {
    o[i] = static_cast<char>(c | 0x20);
  } else if (c == 0xC3 && i + 1 < n) {
    const unsigned char d = static_cast<unsigned char>(o[i + 1]);
    if (d >= 0x80 && d <= 0x9E && d != 0x97) o[i + 1] = static_cast<char>(d + 0x20);
    return i + 2;
  }
  return i + 1;
}

#if defined(__SSE2__)
// Sixteen bytes at o[i], where FoldAt would start a character, folded at once; false (and
// nothing written) where the result could differ from FoldAt's, left to it. ASCII capitals
// gain 0x20; the byte after each 0xC3 gets FoldAt's Latin-1 step. That is FoldAt's result
// whenever every 0xC3 is a lead byte FoldAt meets, which holds when no 0xC3 is followed by an
// ASCII byte or another 0xC3 (valid UTF-8 never is): then every other byte starts a character.
bool FoldBlock(char* o, size_t n, size_t i) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(o + i));
  // Bytes of 0x80 and above are negative as signed: neither capital test passes them.
  const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
  unsigned c3 = 0;
  if (high != 0) {
    c3 = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\xC3'))));
    // The bytes after the 0xC3s (bit 16: the next block's first byte).
    const unsigned after = c3 << 1;
    unsigned next_high = 1u << 16, next_c3 = 0;
    if ((after >> 16) != 0) {
      if (i + 16 < n) {
        const unsigned char d = static_cast<unsigned char>(o[i + 16]);
        next_high = d >= 0x80 ? 1u << 16 : 0;
        next_c3 = d == 0xC3 ? 1u << 16 : 0;
      }
    }
    if ((after & ~(high | next_high)) != 0 || (after & (c3 | next_c3)) != 0) return false;
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(o + i),
                   _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  for (; c3 != 0; c3 &= c3 - 1) {
    const size_t k = i + static_cast<size_t>(__builtin_ctz(c3)) + 1;
    if (k >= n) break;
    const unsigned char d = static_cast<unsigned char>(o[k]);
    if (d >= 0x80 && d <= 0x9E && d != 0x97) o[k] = static_cast<char>(d + 0x20);
  }
  return true;
}
#endif

}  // namespace

std::string Fold(std::string_view text) {
  std::string out(text);
  char* o = out.data();
  const size_t n = out.size();
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time, Latin-1 letters after 0xC3 included (German text has one every
  // few dozen bytes); a block FoldBlock leaves goes byte by byte, to its end at least.
  while (i + 16 <= n) {
    if (FoldBlock(o, n, i)) {
      i += 16;
      continue;
    }
    for (const size_t stop = i + 16; i < stop;) i = FoldAt(o, n, i);
  }
#else
  // Eight ASCII bytes at a time (most of a news text): each byte in 'A'..'Z' gains 0x20.
  // The sums cannot carry from one byte into the next, since every byte is below 0x80.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, o + i, 8);
    if ((w & kHigh) != 0) {  // Not all ASCII: this stretch byte by byte.
      for (const size_t stop = i + 8; i < stop;) i = FoldAt(o, n, i);
      continue;
    }
    const uint64_t at_least_a = (w + kOnes * (0x80 - 'A')) & kHigh;
    const uint64_t above_z = (w + kOnes * (0x7F - 'Z')) & kHigh;
    w |= (at_least_a & ~above_z) >> 2;
    std::memcpy(o + i, &w, 8);
    i += 8;
  }
#endif
  while (i < n) i = FoldAt(o, n, i);
  return out;
}

}  // namespace crosscheck::internal
