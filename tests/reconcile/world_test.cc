// The world and the continents hold every place of theirs without being its parent
// (GazetteerWithin): the reconciler reads a worldwide count as the whole of a country's, and
// an unplaced count as the whole's where its parts are named beside it (SettingOf).
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

// Two sibling places, named by three and two articles, leave no setting unless a whole
// holding both is named too (Germany beside Berlin and Saxony): the unplaced count is the
// whole's, the innermost one's where a wider whole is named as well.
TEST(ReconcileWorld, SiblingsBesideTheirWholeLeaveTheUnplacedCountToIt) {
  struct Case {
    std::string name, whole, outer;  // `outer`: a wider whole another article names, or "".
    bool flagged;
  };
  const std::vector<Case> cases = {
      {"the country holding both", "germany", "", true},
      {"a continent holding both", "europe", "", true},
      {"a place holding one only", "bavaria", "", false},
      {"the innermost of two wholes", "germany", "world", true},
      {"the innermost of two wholes, a continent", "germany", "europe", true},
  };
  for (const Case& c : cases) {
    const absl::CivilDay day(2012, 9, 28);
    std::vector<DocumentResult> docs = {test_support::Article("b1", day, {Cases("berlin", 2200)}),
                                        test_support::Article("b2", day, {Cases("berlin", 2200)}),
                                        test_support::Article("b3", day, {Cases("berlin", 2200)}),
                                        test_support::Article("s1", day, {Cases("saxony", 4000)}),
                                        test_support::Article("s2", day, {Cases("saxony", 4000)}),
                                        test_support::Article("w", day, {Cases(c.whole, 6500)}),
                                        test_support::Article("u", day, {Cases("", 8300)})};
    // Named first, the wider whole would be the first found.
    if (!c.outer.empty()) {
      docs.insert(docs.begin(), test_support::Article("o", day, {Cases(c.outer, 90000)}));
    }
    auto checker = Checker::Create(Options{});
    ASSERT_TRUE(checker.ok());
    bool met = false;
    for (const Finding& f : checker->Reconcile(docs)) {
      for (const ClaimRef& a : f.side_a) {
        for (const ClaimRef& b : f.side_b) {
          const std::string pair = docs[a.document].id + docs[b.document].id;
          met = met || pair == "wu" || pair == "uw";
        }
      }
    }
    EXPECT_EQ(met, c.flagged) << c.name;
  }
}

}  // namespace
}  // namespace crosscheck
