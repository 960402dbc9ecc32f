// Reconciliation of many claims runs on all cores (lib/reconcile/grouping.cc, WorkersFor):
// what it finds must not depend on that. Two stories never meet, and each on its own is small
// enough for one thread: their findings, merged by the documented order, are what one run over
// both (large enough for a thread per core) must give, finding by finding.
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "crosscheck/reconcile.h"
#include "fmt/format.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

constexpr size_t kDocumentsPerStory = 1200;
constexpr size_t kClaimsPerDocument = 20;  // 24,000 claims a story, 48,000 in all.

// A story's articles: figures for a few thousand keys, a tenth of them far off, from a few
// sources. Both stories use the same keys, which must still not meet across them.
std::vector<DocumentResult> Story(const std::string& story, uint32_t seed) {
  static const char* kSources[] = {"cnn", "bbc", "south_korea", "", "reports"};
  std::vector<DocumentResult> docs(kDocumentsPerStory);
  uint32_t state = seed;
  auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  for (size_t d = 0; d < docs.size(); ++d) {
    docs[d].id = fmt::format("{}-{}", story, d);
    docs[d].story = story;
    for (size_t i = 0; i < kClaimsPerDocument; ++i) {
      const uint32_t key = next() % 3000;
      const char* source = kSources[next() % 5];
      const double v = 1000.0 * (1 + key % 97) * (next() % 10 == 0 ? 3 : 1);
      Claim c = test_support::FigureClaim(fmt::format("k{}/troops", key), {v, v},
                                          "Es sind 1.000 Soldaten.");
      c.subject = "north_korea";
      c.source = source;
      c.confidence = 0.9;
      c.span = {8, 22};  // "1.000 Soldaten".
      docs[d].claims.push_back(std::move(c));
    }
  }
  return docs;
}

// The documented order of findings: most severe first, then by key, then by first claim cited.
bool Before(const Finding& a, const Finding& b) {
  return std::make_tuple(-a.severity, a.key, a.side_a.front()) <
         std::make_tuple(-b.severity, b.key, b.side_a.front());
}

TEST(ReconcileWorkers, ManyClaimsGiveWhatEachStoryGivesOnItsOwn) {
  const std::vector<DocumentResult> first = Story("s1", 7), second = Story("s2", 11);
  std::vector<DocumentResult> both = first;
  both.insert(both.end(), second.begin(), second.end());
  const ReconcileOptions options;
  const std::vector<Finding> together = Reconcile(both, options);
  const std::vector<Finding> alone_first = Reconcile(first, options);
  std::vector<Finding> alone_second = Reconcile(second, options);
  for (Finding& f : alone_second) {  // Their documents follow the first story's in `both`.
    for (auto* side : {&f.side_a, &f.side_b}) {
      for (ClaimRef& r : *side) r.document += static_cast<uint32_t>(first.size());
    }
  }
  std::vector<Finding> merged;
  std::merge(alone_first.begin(), alone_first.end(), alone_second.begin(), alone_second.end(),
             std::back_inserter(merged), Before);
  ASSERT_GT(alone_first.size(), 100u);
  ASSERT_GT(alone_second.size(), 100u);
  ASSERT_EQ(together.size(), merged.size());
  for (size_t i = 0; i < merged.size(); ++i) {
    EXPECT_EQ(together[i].key, merged[i].key) << i;
    EXPECT_EQ(together[i].severity, merged[i].severity) << i;
    EXPECT_EQ(together[i].confidence, merged[i].confidence) << i;
    EXPECT_EQ(together[i].side_a, merged[i].side_a) << i;
    EXPECT_EQ(together[i].side_b, merged[i].side_b) << i;
    EXPECT_EQ(together[i].explanation, merged[i].explanation) << i;
  }
}

}  // namespace
}  // namespace crosscheck
