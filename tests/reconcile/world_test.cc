// The world and the continents hold every place of theirs without being its parent
// (GazetteerWithin): the reconciler reads a worldwide count as the whole of a country's.
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

Claim Cases(const std::string& place, double n) {
  Claim c = test_support::FigureClaim("_/cases", Interval::Exact(n), std::to_string(n));
  c.place = place;
  c.aspect = Aspect::kCumulative;
  c.confidence = 0.9;
  return c;
}

// Findings that set article 0 (`x` cases at `a`) against another article of the day: article
// 1 gives 150 at `b`, article 2 `y` cases and names no place.
size_t Findings(const std::string& a, double x, const std::string& b, double y) {
  const absl::CivilDay day(2020, 3, 3);
  std::vector<DocumentResult> docs = {test_support::Article("a", day, {Cases(a, x)}),
                                      test_support::Article("b", day, {Cases(b, 150)}),
                                      test_support::Article("c", day, {Cases("", y)})};
  auto checker = Checker::Create(Options{});
  EXPECT_TRUE(checker.ok());
  size_t n = 0;
  for (const Finding& f : checker->Reconcile(docs)) {
    for (const ClaimRef& r : f.side_a) n += r.document == 0;
    for (const ClaimRef& r : f.side_b) n += r.document == 0;
  }
  return n;
}

// Each place named once: the one holding the others is where the unplaced count holds (the
// whole, as the others name its parts), so it meets that place's count.
TEST(ReconcileWorld, AnUnplacedCountIsOfThePlaceHoldingTheOthers) {
  struct Case {
    std::string name, a;
    double x;
    std::string b;
    double y;
    bool flagged;
  };
  const std::vector<Case> cases = {
      {"the world holds a country", "world", 89000, "germany", 60000, true},
      {"a continent holds its country", "europe", 2000, "germany", 1500, true},
      {"a continent holds its country's city", "europe", 2000, "berlin", 1500, true},
      {"a continent holds no other's country", "asia", 2000, "germany", 1500, false},
      {"a country holds no continent", "germany", 2000, "europe", 1500, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Findings(c.a, c.x, c.b, c.y) > 0, c.flagged) << c.name;
  }
}

}  // namespace
}  // namespace crosscheck
