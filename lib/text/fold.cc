#include "lib/text/fold.h"

#include <cstdint>
#include <cstring>

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

}  // namespace

std::string Fold(std::string_view text) {
  std::string out(text);
  char* o = out.data();
  const size_t n = out.size();
  // Eight ASCII bytes at a time (most of a news text): each byte in 'A'..'Z' gains 0x20.
  // The sums cannot carry from one byte into the next, since every byte is below 0x80.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
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
  while (i < n) i = FoldAt(o, n, i);
  return out;
}

}  // namespace crosscheck::internal
