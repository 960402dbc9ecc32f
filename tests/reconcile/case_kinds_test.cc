// The reconciler on counts of cases told apart by how sure they are (measure_qualifiers.tsv):
// suspected and confirmed cases each follow their own kind; an unqualified count meets the
// broadest kind the story names. Claims are built by hand (figures.h).
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"

namespace crosscheck {
namespace {

using namespace test_figures;  // NOLINT: the figure builders are this file's vocabulary.

Claim Cases(const std::string& text, double value, const std::string& unit) {
  Figure f{text, Exact(value)};
  f.unit = unit;
  return Quantity(f, "_/cases");
}

// Whether some finding pairs documents a and b.
bool Pairs(const std::vector<Finding>& findings, uint32_t a, uint32_t b) {
  for (const Finding& f : findings) {
    bool has_a = false, has_b = false;
    for (const auto* side : {&f.side_a, &f.side_b}) {
      for (const ClaimRef& r : *side) {
        has_a = has_a || r.document == a;
        has_b = has_b || r.document == b;
      }
    }
    if (has_a && has_b) return true;
  }
  return false;
}

TEST(ReconcileCaseKinds, UnqualifiedCasesMeetTheBroadestKindNamed) {
  // 400 suspected cases, then 60 confirmed (no fall of one count), then "900 cases": the
  // suspected count went on to 900; the confirmed one is another count.
  auto docs = OnePerDocument(Tolls({Cases("400 suspected cases", 400, "suspected_cases"),
                                    Cases("60 confirmed cases", 60, "confirmed_cases"),
                                    Cases("900 cases", 900, "cases")}));
  docs[0].published = absl::CivilDay(2024, 10, 1);
  docs[1].published = absl::CivilDay(2024, 10, 5);
  docs[2].published = absl::CivilDay(2024, 10, 9);
  const std::vector<Finding> findings = Findings(docs, AllFindings());
  EXPECT_TRUE(Pairs(findings, 0, 2));
  EXPECT_FALSE(Pairs(findings, 1, 2));
  EXPECT_FALSE(Pairs(findings, 0, 1));
}

TEST(ReconcileCaseKinds, WithoutSuspectedCasesUnqualifiedOnesAreTheConfirmed) {
  auto docs = OnePerDocument(Tolls({Cases("60 confirmed cases", 60, "confirmed_cases"),
                                    Cases("90 cases", 90, "cases")}));
  docs[0].published = absl::CivilDay(2024, 10, 5);
  docs[1].published = absl::CivilDay(2024, 10, 9);
  EXPECT_TRUE(Pairs(Findings(docs, AllFindings()), 0, 1));
}

}  // namespace
}  // namespace crosscheck
