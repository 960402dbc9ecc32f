// Distances from a named place (distance.cc): two reports measuring from one town meet; from
// two towns they do not; the explanation names the town without "of".
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

Claim Distance(const std::string& from, double low, double high) {
  Claim c = test_support::FigureClaim(from + "/distance_from", Interval{low, high, false, false},
                                      std::to_string(low));
  c.unit = "distance_from";
  c.subject = from;
  c.confidence = 0.9;
  return c;
}

std::vector<Finding> Check(const Claim& a, const Claim& b) {
  const absl::CivilDay day(2013, 7, 7);
  std::vector<DocumentResult> docs = {test_support::Article("a", day, {a}),
                                      test_support::Article("b", day, {b})};
  auto checker = Checker::Create(Options{});
  EXPECT_TRUE(checker.ok());
  return checker->Reconcile(docs);
}

TEST(ReconcileDistance, FromOneTownTheyMeet) {
  const std::vector<Finding> f =
      Check(Distance("montreal", 225000, 275000), Distance("montreal", 211680, 220320));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].explanation.find("distance from Montreal"), std::string::npos)
      << f[0].explanation;
}

TEST(ReconcileDistance, FromTwoTownsTheyDoNot) {
  EXPECT_TRUE(
      Check(Distance("montreal", 225000, 275000), Distance("quebec", 211680, 220320)).empty());
}

TEST(ReconcileDistance, WithinTheirRoundingTheyAgree) {
  EXPECT_TRUE(
      Check(Distance("jakarta", 67500, 82500), Distance("jakarta", 73500, 76500)).empty());
}

}  // namespace
}  // namespace crosscheck
