// The compact claim fields read and assign like the std::string and std::optional they
// replace, and share what they hold (StringList: string_list_test.cc).
#include "crosscheck/shared_string.h"

#include <string>
#include <thread>
#include <vector>

#include "crosscheck/types.h"
#include "fmt/format.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

TEST(SharedString, ReadsAndAssignsLikeAString) {
  SharedString s;
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s, "");
  s = std::string("person");
  EXPECT_EQ(s, "person");
  EXPECT_EQ(s.size(), 6u);
  EXPECT_LT(s, SharedString("place"));
  EXPECT_EQ(s + "/x", "person/x");
  EXPECT_EQ("_" + s, "_person");
  s += "_count";
  EXPECT_EQ(std::string_view(s), "person_count");
  EXPECT_EQ(fmt::format("{}/{}", s, SharedString("day")), "person_count/day");
  s.clear();
  EXPECT_TRUE(s.empty());
  s = "";
  EXPECT_TRUE(s.empty());
}

TEST(SharedString, CopiesAndEqualShortStringsShareTheirBytes) {
  const SharedString a = "north_korea";
  const SharedString b = a;
  EXPECT_EQ(a.data(), b.data());
  const SharedString c = std::string("north_") + "korea";  // Made apart, looked up.
  EXPECT_EQ(a.data(), c.data());
  const std::string sentence(200, 'x');  // Long strings are not looked up.
  EXPECT_NE(SharedString(sentence).data(), SharedString(sentence).data());
}

TEST(SharedString, StringsMadeOnOtherThreadsOutliveThem) {
  std::vector<SharedString> kept(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < kept.size(); ++i) {
    threads.emplace_back([&kept, i] { kept[i] = "unit" + std::to_string(i % 2); });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(kept[0], "unit0");
  EXPECT_EQ(kept[3], "unit1");
}

TEST(DateRangeField, ReadsAndAssignsLikeAnOptional) {
  DateRangeField field;
  EXPECT_FALSE(field);
  EXPECT_EQ(std::optional<DateRange>(field), std::nullopt);
  const DateRange march{absl::CivilDay(2024, 3, 18), absl::CivilDay(2024, 3, 20)};
  field = march;
  ASSERT_TRUE(field);
  EXPECT_EQ(*field, march);
  EXPECT_EQ(field->end - field->begin, 2);
  const DateRange early{absl::CivilDay(987, 1, 1), absl::CivilDay(987, 12, 31)};
  field = std::optional<DateRange>(early);
  EXPECT_EQ(field.value(), early);
  field = std::nullopt;
  EXPECT_FALSE(field.has_value());
}

// Days are held in 32 bits: what fits reads back exactly, what does not is held as the
// nearest day that fits, and never reads as no date.
TEST(DateRangeField, HoldsDaysFarAwayAsTheNearestThatFits) {
  const absl::CivilDay epoch(1970, 1, 1);
  struct Case {
    int64_t days;  // From 1970-01-01.
    int64_t held;
  };
  constexpr int64_t kMax = 2147483647;
  const Case cases[] = {
      {0, 0},        {-1, -1},         {20000, 20000},         {-719162, -719162},  // year 1
      {kMax, kMax},  {-kMax, -kMax},   {kMax + 1, kMax},        {-kMax - 1, -kMax},
      {int64_t{1} << 40, kMax},        {-(int64_t{1} << 40), -kMax},
  };
  for (const Case& c : cases) {
    const DateRangeField field(DateRange{epoch + c.days, epoch + c.days});
    ASSERT_TRUE(field.has_value()) << c.days;
    EXPECT_EQ(field->begin - epoch, c.held) << c.days;
  }
}

}  // namespace
}  // namespace crosscheck
