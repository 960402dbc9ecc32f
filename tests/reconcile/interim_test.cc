// A projection's figure against a result with nothing to order them: stages of one count,
// not a contradiction (lib/reconcile/numeric.cc, InterimUnordered). Hand-built claims.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

Claim Share(const std::string& text, double value, const std::string& source) {
  Claim c = test_support::FigureClaim("greens/vote_share", Interval::Exact(value), text);
  c.source = source;
  c.confidence = 0.9;
  return c;
}

TEST(ReconcileInterim, ProjectionAgainstResultIsNoContradiction) {
  struct Case {
    std::string source;
    size_t shown;
  };
  // "Laut Hochrechnung liegen die Grünen bei 15,5 Prozent" beside an undated "14,8 Prozent":
  // the evening's projection and the result. Two unnamed figures still contradict.
  for (const Case& c : {Case{"hochrechnung", 0}, Case{"ard_prognose", 0},
                        Case{"exit_poll", 0}, Case{"", 1}, Case{"police", 1}}) {
    std::vector<DocumentResult> docs(2);
    docs[0].id = "evening";
    docs[0].claims.push_back(Share("Die Grünen liegen bei 15,5 Prozent.", 15.5, c.source));
    docs[1].id = "result";
    docs[1].claims.push_back(Share("Die Grünen erreichten 14,8 Prozent.", 14.8, ""));
    auto checker = Checker::Create();
    ASSERT_TRUE(checker.ok());
    EXPECT_EQ(checker->Reconcile(docs).size(), c.shown) << c.source;
  }
}

}  // namespace
}  // namespace crosscheck
