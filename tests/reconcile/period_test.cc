// The period a figure counts is part of what makes two figures comparable (lib/reconcile/
// numeric_time.cc, TimesDisjoint; grouping.cc, FactOf): the year so far against the year so
// far, a stated month against the same month. Hand-built claims.
#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

using test_figures::Findings;
using test_support::Article;

absl::CivilDay Day(int y, int m, int d) { return absl::CivilDay(y, m, d); }

Claim Cases(const std::string& text, double value, std::optional<DateRange> period) {
  Claim c = test_support::FigureClaim("_/cases", Interval::Exact(value), text);
  c.aspect = Aspect::kCumulative;
  c.confidence = 0.9;
  c.time = period;
  return c;
}

TEST(ReconcilePeriod, TheYearSoFarIsUpdatedByTheYearSoFarOnly) {
  const DateRange january{Day(2024, 1, 1), Day(2024, 1, 31)};
  // Two counts of the year so far, a week apart: the count went on (an update).
  {
    const DateRange to_14th{Day(2024, 1, 1), Day(2024, 1, 14)};
    const DateRange to_21st{Day(2024, 1, 1), Day(2024, 1, 21)};
    const auto found =
        Findings({Article("a", Day(2024, 1, 14), {Cases("310 cases this year.", 310, to_14th)}),
                   Article("b", Day(2024, 1, 21), {Cases("402 cases this year.", 402, to_21st)})});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].type, FindingType::kUpdate);
  }
  // The year so far on 30 January against all of January, told in July: other periods.
  EXPECT_TRUE(Findings({Article("a", Day(2024, 1, 30),
                                 {Cases("520 cases this year.", 520,
                                        DateRange{Day(2024, 1, 1), Day(2024, 1, 30)})}),
                         Article("b", Day(2024, 7, 20),
                                 {Cases("541 cases in January.", 541, january)})})
                  .empty());
  // A stated month against its year: the month is a part of the year's count, no other reading.
  EXPECT_TRUE(Findings({Article("a", Day(2025, 3, 2),
                                 {Cases("541 cases in January 2024.", 541, january)}),
                         Article("b", Day(2025, 3, 9),
                                 {Cases("30,100 cases in 2024.", 30100,
                                        DateRange{Day(2024, 1, 1), Day(2024, 12, 31)})})})
                  .empty());
}

TEST(ReconcilePeriod, ADayIsReadAtItsOwnCountBesideTheYearSoFar) {
  // "At least 2,400 killed", and beside it 50,000 killed in another disaster this year; the
  // next day "more than 4,000": the toll rose from the day's own count, which the year's
  // total would have hidden (4,000 below 50,000 told nothing new).
  const DateRange year_to_9th{Day(2023, 1, 1), Day(2023, 10, 9)};
  Claim floor = Cases("at least 2,400 killed", 0, std::nullopt);
  floor.value = test_figures::AtLeast(2400);
  Claim later = Cases("more than 4,000 killed", 0, std::nullopt);
  later.value = test_figures::Over(4000);
  const auto found = Findings(
      {Article("a", Day(2023, 10, 9), {floor, Cases("50,000 this year", 50000, year_to_9th)}),
       Article("b", Day(2023, 10, 10), {later})});
  bool update = false;
  for (const Finding& f : found) {
    for (const ClaimRef& r : f.side_b) {
      update = update || (f.type == FindingType::kUpdate && r.document == 1);
    }
  }
  EXPECT_TRUE(update);
}

TEST(ReconcilePeriod, ASpanOfYearsDatedToTheMonthMeetsTheSameYears) {
  // One article dates an epidemic's total to the month, another to the year: one stretch.
  const DateRange by_month{Day(2010, 10, 1), Day(2019, 2, 28)};
  const DateRange by_year{Day(2010, 1, 1), Day(2019, 12, 31)};
  const auto found = Findings(
      {Article("a", Day(2024, 5, 2), {Cases("9,100 cases from 2010 to 2019.", 9100, by_month)}),
       Article("b", Day(2024, 5, 3), {Cases("12,500 cases in 2010-2019.", 12500, by_year)})});
  EXPECT_EQ(found.size(), 1u);
  // A few months that straddle a new year are no span of those whole years.
  const DateRange winter{Day(2022, 12, 1), Day(2023, 2, 28)};
  const DateRange two_years{Day(2022, 1, 1), Day(2023, 12, 31)};
  EXPECT_TRUE(
      Findings({Article("a", Day(2024, 5, 2), {Cases("900 cases last winter.", 900, winter)}),
                Article("b", Day(2024, 5, 3),
                        {Cases("5,000 cases in 2022-2023.", 5000, two_years)})})
          .empty());
}

TEST(ReconcilePeriod, TwoReadingsOfTodayDoNotBlurAnArticlesFigureOfAnotherYear) {
  // Article a gives two counts of today that cannot both hold, and last year's total; article
  // b another total of last year. The two years' totals disagree, confidently.
  const DateRange last_year{Day(2023, 1, 1), Day(2023, 12, 31)};
  const auto found = Findings(
      {Article("a", Day(2024, 7, 13),
               {Cases("1,200 cases today.", 1200, std::nullopt),
                Cases("4,000 cases today.", 4000, std::nullopt),
                Cases("8,100 cases in 2023.", 8100, last_year)}),
       Article("b", Day(2024, 1, 14), {Cases("9,900 cases last year.", 9900, last_year)})});
  bool years = false;
  for (const Finding& f : found) years = years || f.explanation.find("9,900") != std::string::npos;
  EXPECT_TRUE(years);
}

// A figure an undated page dates years before the story's first report ("the 9.5-magnitude
// 2004 quake" in a page on the 2011 one) is background: it does not meet the story's
// figures of no stated time, but it meets another figure of its own time.
TEST(ReconcilePeriod, AFigureYearsBeforeTheStoryIsBackground) {
  auto magnitude = [](const std::string& text, double value, std::optional<DateRange> time) {
    Claim c = test_support::FigureClaim("_/magnitude",
                                        Interval{value - 0.05, value + 0.05, false, true}, text);
    c.confidence = 0.9;
    c.time = time;
    return c;
  };
  const DateRange y2004{Day(2004, 1, 1), Day(2004, 12, 31)};
  auto undated = [](DocumentResult d) {
    d.published.reset();
    return d;
  };
  const auto background =
      Findings({Article("a", Day(2011, 3, 16), {magnitude("9.0", 9.0, std::nullopt)}),
                undated(Article("b", Day(2011, 3, 16), {magnitude("9.0", 9.0, std::nullopt)})),
                undated(Article("c", Day(2011, 3, 16),
                                {magnitude("the 9.5-magnitude 2004 quake", 9.5, y2004)}))});
  EXPECT_TRUE(background.empty());
  const auto undated_story =
      Findings({Article("a", Day(2011, 3, 16), {magnitude("9.0", 9.0, std::nullopt)}),
                undated(Article("b", Day(2011, 3, 16), {magnitude("9.5", 9.5, std::nullopt)}))});
  EXPECT_EQ(undated_story.size(), 1u);
  const auto same_time = Findings(
      {Article("a", Day(2011, 3, 16), {magnitude("the 9.3 of 2004", 9.3, y2004)}),
       undated(Article("b", Day(2011, 3, 16), {magnitude("the 9.1 of 2004", 9.1, y2004)}))});
  EXPECT_EQ(same_time.size(), 1u);
}

}  // namespace
}  // namespace crosscheck
