// StringList holds what a std::vector<std::string> held, reads it back in order, and compares
// as the vector did (quotations are sorted by their word lists).
#include "crosscheck/string_list.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Back(const StringList& list) {
  return std::vector<std::string>(list.begin(), list.end());
}

TEST(StringList, HoldsWhatItIsGiven) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {""},
      {"", ""},
      {"wir", "soldaten", "haben"},
      {std::string(127, 'a'), std::string(128, 'b')},  // Lengths of one and two bytes.
      {std::string(16384, 'c'), "d"},                  // Three bytes.
      {std::string("a\0b", 3), "\t1\t2"},
  };
  for (const std::vector<std::string>& strings : cases) {
    const StringList list = strings;
    EXPECT_EQ(Back(list), strings);
    EXPECT_EQ(list.size(), strings.size());
    EXPECT_EQ(list.empty(), strings.empty());
    EXPECT_EQ(list, strings);
    EXPECT_EQ(list.strings(), strings);
    StringList pushed;
    for (const std::string& s : strings) pushed.push_back(s);
    EXPECT_EQ(pushed, list);
    const StringList copy = list;
    EXPECT_EQ(Back(copy), strings);
  }
}

TEST(StringList, OrdersAsVectorsOfStrings) {
  const std::vector<std::vector<std::string>> lists = {
      {"b"}, {"a", "z"}, {"a"}, {}, {"ab"}, {"a", "b", "c"}, {"", "x"}, {"a", "b"}, {"b"}};
  std::vector<StringList> packed(lists.begin(), lists.end());
  std::vector<std::vector<std::string>> sorted = lists;
  std::sort(sorted.begin(), sorted.end());
  std::sort(packed.begin(), packed.end());
  for (size_t i = 0; i < sorted.size(); ++i) EXPECT_EQ(Back(packed[i]), sorted[i]) << i;
  EXPECT_EQ(packed[0], StringList());
  EXPECT_NE(StringList({"a", "b"}), StringList({"ab"}));
}

TEST(StringList, AssignsAndAppends) {
  StringList list;
  EXPECT_THAT(list, IsEmpty());
  list = {"b", "a"};
  list.emplace_back("c");
  EXPECT_THAT(list, ElementsAre("b", "a", "c"));
  list.push_back(list.front());  // One of its own strings, while the block grows.
  EXPECT_THAT(list, ElementsAre("b", "a", "c", "b"));
  StringList moved = std::move(list);
  EXPECT_THAT(moved, ElementsAre("b", "a", "c", "b"));
  moved.clear();
  EXPECT_TRUE(moved.empty());
  EXPECT_EQ(moved.heap_bytes(), 0u);
  const std::vector<std::string_view> views = {"x", "y"};
  moved = views;
  EXPECT_THAT(moved, ElementsAre("x", "y"));
}

}  // namespace
}  // namespace crosscheck
