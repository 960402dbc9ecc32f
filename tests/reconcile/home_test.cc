// Articles set in sibling places inside one story (DocumentResult::home): their figures that
// name no place stay apart once each place has enough articles; datelines and side scenes
// (fewer articles set elsewhere, or a city inside the other articles' region) change nothing.
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

Claim Share(const std::string& party, double share) {
  Claim c = test_support::FigureClaim(party + "/vote_share", Interval::Exact(share), "CDU share");
  c.modality = Modality::kHappened;
  c.confidence = 0.9;
  return c;
}

DocumentResult Article(int n, const std::string& home, double share) {
  DocumentResult d;
  d.id = "doc" + std::to_string(n);
  d.home = home;
  d.claims.push_back(Share("cdu", share));
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

// The camps are the story's: a party's share that one article of each state gives stays apart
// when each state has its three articles over the story, though not among that party's figures.
TEST(ReconcileHome, CampsHoldOverTheWholeStory) {
  for (const bool homes : {true, false}) {
    std::vector<DocumentResult> docs;
    for (int i = 0; i < 6; ++i) {
      docs.push_back(Article(i, homes ? (i < 3 ? "saxony" : "thuringia") : "", i < 3 ? 31.9 : 24.5));
    }
    docs[0].claims.push_back(Share("fdp", 4.5));
    docs[3].claims.push_back(Share("fdp", 1.2));
    EXPECT_EQ(Disagreements(docs) > 0, !homes) << (homes ? "two camps" : "no homes");
  }
}

// So are the days of the event: one city was struck on a Friday, the other on a Sunday.
TEST(ReconcileHome, CampsKeepTheirDatesApart) {
  for (const bool homes : {true, false}) {
    std::vector<DocumentResult> docs;
    for (int i = 0; i < 6; ++i) {
      docs.push_back(Article(i, homes ? (i < 3 ? "sumy" : "kharkiv") : "", 20));
    }
    for (const int i : {0, 3}) {
      Claim c;
      c.kind = ClaimKind::kDate;
      c.key = "date/attack/_";
      const int day = i == 0 ? 4 : 13;
      c.mutable_date().range = DateRange{absl::CivilDay(2025, 4, day), absl::CivilDay(2025, 4, day)};
      c.confidence = 0.9;
      c.context = "on the day of the strike";
      c.sentence = {0, static_cast<uint32_t>(c.context.size())};
      c.span = c.sentence;
      docs[i].claims.push_back(c);
    }
    EXPECT_EQ(Disagreements(docs) > 0, !homes) << (homes ? "two camps" : "no homes");
  }
}

}  // namespace
}  // namespace crosscheck
