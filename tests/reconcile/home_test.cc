// Articles set in sibling places inside one story (DocumentResult::home): their figures that
// name no place stay apart once each place has enough articles; datelines and side scenes
// (fewer articles set elsewhere, or a city inside the other articles' region) change nothing.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

DocumentResult Article(int n, const std::string& home, double share) {
  DocumentResult d;
  d.id = "doc" + std::to_string(n);
  d.home = home;
  Claim c = test_support::FigureClaim("cdu/vote_share", Interval::Exact(share), "CDU share");
  c.modality = Modality::kHappened;
  c.confidence = 0.9;
  d.claims.push_back(c);
  return d;
}

size_t Disagreements(const std::vector<DocumentResult>& docs) {
  auto checker = Checker::Create(Options{});
  EXPECT_TRUE(checker.ok());
  size_t n = 0;
  for (const Finding& f : checker->Reconcile(docs)) n += f.type != FindingType::kUpdate;
  return n;
}

TEST(ReconcileHome, SiblingPlacesKeepTheirUnplacedFiguresApart) {
  struct Case {
    std::string name;
    std::vector<std::string> homes;  // Per article; the first three say 31.9, the rest 24.5.
    bool flagged;
  };
  const std::vector<Case> cases = {
      {"two states, three articles each", {"saxony", "saxony", "saxony", "thuringia", "thuringia", "thuringia"}, false},
      {"a city counts for its state", {"saxony", "saxony", "saxony", "thuringia", "erfurt", "thuringia"}, false},
      {"two articles elsewhere are no second camp", {"saxony", "saxony", "saxony", "thuringia", "thuringia"}, true},
      {"city and its region are one camp", {"bavaria", "bavaria", "munich", "munich", "bavaria", "munich"}, true},
      {"no homes", {"", "", "", "", "", ""}, true},
      {"two capitals of two countries are sides", {"moscow", "moscow", "moscow", "kyiv", "kyiv", "kyiv"}, true},
      {"a country and a city of another", {"russia", "russia", "russia", "sumy", "sumy", "sumy"}, true},
  };
  for (const Case& c : cases) {
    std::vector<DocumentResult> docs;
    for (size_t i = 0; i < c.homes.size(); ++i) {
      docs.push_back(Article(static_cast<int>(i), c.homes[i], i < 3 ? 31.9 : 24.5));
    }
    EXPECT_EQ(Disagreements(docs) > 0, c.flagged) << c.name;
  }
}

}  // namespace
}  // namespace crosscheck
