// UTF-8 validation per RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
#include <cstdint>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/text.h"
#include "lib/base/chars.h"

namespace crosscheck {

absl::Status ValidateUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    i = internal::SkipLatinBlocks(text, i);  // ASCII and 0xC3 pairs, sixteen bytes at a time.
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // Allowed range of the second byte.
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // Surrogates.
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte offset ", i, " (byte 0x",
                       absl::Hex(c, absl::kZeroPad2), ")"));
    }
    if (i + len > n) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte offset ", i, " (truncated sequence at end)"));
    }
    if (s[i + 1] < lo || s[i + 1] > hi) {
      return absl::InvalidArgumentError(absl::StrCat("invalid UTF-8 at byte offset ", i));
    }
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        return absl::InvalidArgumentError(absl::StrCat("invalid UTF-8 at byte offset ", i));
      }
    }
    i += len;
  }
  return absl::OkStatus();
}

}  // namespace crosscheck
