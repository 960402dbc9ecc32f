// The byte comparison behind every table lookup: equal exactly when the bytes are, at every
// length its loads are chosen by (0..3, 4..7, 8..16, longer) and wherever two keys differ.
#include <string>

#include "gtest/gtest.h"
#include "lib/base/hashed_map.h"

namespace crosscheck::internal {
namespace {

TEST(SameBytes, EqualExactlyWhenTheBytesAre) {
  for (size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'x');
    for (size_t i = 0; i < n; ++i) a[i] = static_cast<char>('a' + (i * 7) % 26);
    const std::string b = a;
    EXPECT_TRUE(SameBytes(a, b)) << n;
    for (size_t i = 0; i < n; ++i) {  // One byte differs, at every place.
      std::string c = a;
      c[i] = static_cast<char>(c[i] ^ 0x20);
      EXPECT_FALSE(SameBytes(a, c)) << n << " differs at " << i;
    }
    EXPECT_FALSE(SameBytes(a, a + "y")) << n;  // Lengths differ.
  }
}

TEST(HashedMap, FindsWhatWasAddedAndNothingElse) {
  HashedMap<int> map;
  const char* words[] = {"", "a", "of", "der", "Zeit", "troops", "Selenskyj", "Außenminister",
                         "internationally recognised"};
  int value = 1;
  for (const char* w : words) map[w] = value++;
  value = 1;
  for (const char* w : words) {
    ASSERT_NE(map.Find(w), nullptr) << w;
    EXPECT_EQ(*map.Find(w), value++) << w;
  }
  for (const char* w : {"b", "off", "Zeiten", "troop", "internationally recognized"}) {
    EXPECT_EQ(map.Find(w), nullptr) << w;
  }
}

}  // namespace
}  // namespace crosscheck::internal
