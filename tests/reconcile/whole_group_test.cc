// The reconciler on figures that name no group beside figures of the one group a story gives
// for their measure (ReconcileOptions::whole_groups). Claims are built by hand (figures.h).
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"

namespace crosscheck {
namespace {

using namespace test_figures;  // NOLINT: the figure builders are this file's vocabulary.

// Whether some finding sets a figure of document `a` against one of document `b`.
bool Meet(const std::vector<Finding>& findings, uint32_t a, uint32_t b) {
  for (const Finding& f : findings) {
    for (const ClaimRef& x : f.side_a) {
      for (const ClaimRef& y : f.side_b) {
        if ((x.document == a && y.document == b) || (x.document == b && y.document == a)) {
          return true;
        }
      }
    }
  }
  return false;
}

// Article 0: "a dozen civilians were killed"; article 1, a day later: "14 people have died";
// article 2: "12 civilians died" (a second article naming the group); then `extra` articles
// each giving a figure keyed `third` (with a larger ungrouped figure in the same sentence
// where `breakdown`).
std::vector<DocumentResult> Story(const std::string& grouped, const std::string& ungrouped,
                                  bool twice, const std::string& third, int extra,
                                  bool breakdown) {
  std::vector<Claim> figures = Tolls({Quantity({"a dozen civilians", Around(12, 0.1)}, grouped),
                                      Quantity({"14 people", Exact(14)}, ungrouped)});
  if (twice) figures.push_back(Tolls({Quantity({"12 civilians", Exact(12)}, grouped)})[0]);
  std::vector<DocumentResult> docs = OnePerDocument(figures);
  for (int i = 0; i < extra; ++i) {
    DocumentResult d;
    d.id = "extra" + std::to_string(i);
    d.claims = Tolls({Quantity({"eight", Exact(8)}, third)});
    if (breakdown) d.claims.push_back(Tolls({Quantity({"ten people", Exact(10)}, "_/killed")})[0]);
    for (Claim& x : d.claims) x.sentence = {0, 40};
    docs.push_back(d);
  }
  for (size_t d = 0; d < docs.size(); ++d) {
    docs[d].published = absl::CivilDay(2023, 4, d == 1 ? 29 : 28);
  }
  return docs;
}

TEST(ReconcileWholeGroup, UngroupedFigureMeetsTheStorysMainWholeGroup) {
  struct Case {
    std::string grouped, ungrouped;
    bool twice;  // Two articles name the group.
    std::string third;
    int extra;
    bool breakdown, meet;
  };
  for (const Case& c : {
           Case{"civilians/killed", "_/killed", true, "", 0, false, true},
           Case{"students/seriously_injured", "_/seriously_injured", true, "", 0, false, true},
           // One article's group beside the story's totals may be a side count.
           Case{"civilians/killed", "_/killed", false, "", 0, false, false},
           // Kinds of people that are part of a toll, and nationalities, are not its whole.
           Case{"children/killed", "_/killed", true, "", 0, false, false},
           Case{"foreigners/killed", "_/killed", true, "", 0, false, false},
           Case{"firefighters/injured", "_/injured", true, "", 0, false, false},
           Case{"ukraine/killed", "_/killed", true, "", 0, false, false},
           // The dead never meet the injured.
           Case{"civilians/killed", "_/injured", true, "", 0, false, false},
           // Two whole groups named: the ungrouped figure may be either, or both.
           Case{"civilians/killed", "_/killed", true, "students/killed", 1, false, false},
           // A part named by fewer articles changes nothing: the children stay apart.
           Case{"civilians/killed", "_/killed", true, "children/killed", 1, false, true},
           // Named by as many articles, the children are as much the story's victims.
           Case{"civilians/killed", "_/killed", true, "children/killed", 2, false, false},
           // "ten people, among them eight pupils": the pupils are a part of the dead.
           Case{"students/killed", "_/killed", true, "students/killed", 1, true, false},
       }) {
    const auto docs = Story(c.grouped, c.ungrouped, c.twice, c.third, c.extra, c.breakdown);
    EXPECT_EQ(Meet(Findings(docs, AllFindings()), 0, 1), c.meet)
        << c.grouped << " " << c.ungrouped << " " << c.third << " " << c.extra;
  }
}

TEST(ReconcileWholeGroup, NoWholeGroupsKeepsEveryKeyApart) {
  const auto docs = Story("civilians/killed", "_/killed", true, "", 0, false);
  ReconcileOptions o = AllFindings();
  EXPECT_TRUE(Meet(Findings(docs, o), 0, 1));
  o.whole_groups.clear();
  EXPECT_FALSE(Meet(Findings(docs, o), 0, 1));
}

}  // namespace
}  // namespace crosscheck
