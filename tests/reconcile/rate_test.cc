// A count of one day ("28 killed in the last 24 hours") against another day's: each counts its
// own day, no running total (lib/reconcile/numeric.cc, CompareClusters). Hand-built claims.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

Claim Dead(const std::string& text, double value, const std::string& rate) {
  Claim c;
  c.kind = ClaimKind::kQuantity;
  c.key = "_/killed";
  c.unit = "killed";
  c.aspect = Aspect::kCumulative;
  c.rate = rate;
  c.value = Interval::Exact(value);
  c.context = text;
  c.sentence = {0, static_cast<uint32_t>(text.size())};
  c.span = c.sentence;
  c.confidence = 0.9;
  return c;
}

TEST(ReconcileRate, ADaysCountOnAnotherDayIsNoRunningTotal) {
  // Monday's 28 and Thursday's 24 dead "in the last 24 hours": no revision of a toll. Without
  // the rate they are one toll told on two days, which cannot fall.
  for (const std::string rate : {"day", ""}) {
    std::vector<DocumentResult> docs(2);
    docs[0].id = "monday";
    docs[0].published = absl::CivilDay(2024, 7, 8);
    docs[0].claims.push_back(Dead("28 people were killed in the last 24 hours.", 28, rate));
    docs[1].id = "thursday";
    docs[1].published = absl::CivilDay(2024, 7, 11);
    docs[1].claims.push_back(Dead("24 people were killed in the last 24 hours.", 24, rate));
    Options all;
    all.reconcile.min_confidence = 0;
    auto checker = Checker::Create(all);
    ASSERT_TRUE(checker.ok());
    EXPECT_EQ(checker->Reconcile(docs).empty(), !rate.empty()) << rate;
  }
}

}  // namespace
}  // namespace crosscheck
