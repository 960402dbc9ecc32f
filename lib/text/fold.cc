#include "lib/text/fold.h"

namespace crosscheck::internal {

std::string Fold(std::string_view text) {
  std::string out(text);
  char* o = out.data();
  const size_t n = out.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(o[i]);
    if (static_cast<unsigned>(c - 'A') < 26u) {
      o[i] = static_cast<char>(c | 0x20);
    } else if (c == 0xC3 && i + 1 < n) {
      const unsigned char d = static_cast<unsigned char>(o[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) o[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

}  // namespace crosscheck::internal
