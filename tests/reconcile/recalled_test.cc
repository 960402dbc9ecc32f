// The reconciler on hand-built claims: figures that say nothing new against another
// article's, though their numbers differ. A first figure an article recalls beside the count
// that went on past it, a floor written round that the next day's count rounds down to, a
// later hedged figure that holds the earlier count, and a part singled out by its place.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

using test_figures::Exact;
using test_figures::Findings;
using test_figures::Nearly;
using test_figures::Over;
using test_figures::UpTo;
using test_support::Article;

// "around 1,000": a hedge, which the extractor does not mark as a round estimate.
Interval Hedged(double v) { return {v * 0.9, v * 1.1}; }

Claim Figure(const std::string& text, Interval value, const std::string& unit,
             Modality modality = Modality::kUnspecified) {
  Claim c = test_support::FigureClaim("_/" + unit, value, text);
  c.modality = modality;
  c.aspect = Aspect::kCumulative;
  c.confidence = 0.9;
  return c;
}

TEST(ReconcileRecalled, AFigureTheNextDayRepeatsIsNoUpdate) {
  // Day one's figures, then day two's: an update only where day two's count says more.
  struct Case {
    std::string name;
    std::vector<Interval> earlier;
    Interval later;
    bool update;
  };
  const std::vector<Case> cases = {
      // "more than 1,000 dead cranes", then 1,007: the floor was that count written round.
      {"a round floor the count rounds down to", {Over(1000)}, Exact(1007), false},
      {"a round floor of thousands", {Over(3000)}, Exact(3124), false},
      // "more than 1,600", then 1,700: the count went on past the floor's hundreds.
      {"a count past the floor's precision", {Over(1600)}, Exact(1700), true},
      // "more than 150" beside 154, then 159: the day's count was 154, and it rose.
      {"a floor below the day's count", {Over(150), Exact(154)}, Exact(159), true},
      {"far above a round floor", {Over(1000)}, Exact(1900), true},
      // "nearly 1,000 rescued", then "around 1,000": the later hedge holds the earlier count.
      {"a later hedge holding the count", {Nearly(1000)}, Hedged(1000), false},
      {"a later hedge above the count", {Exact(800)}, Hedged(1000), true},
      // "climbed to 105", then "up to 115": a ceiling holds any count below it and says more.
      {"a later ceiling", {Exact(105)}, UpTo(115), true},
  };
  for (const Case& c : cases) {
    std::vector<Claim> first;
    for (const Interval& v : c.earlier) first.push_back(Figure("earlier", v, "killed"));
    const std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2025, 3, 1), first),
        Article("b", absl::CivilDay(2025, 3, 3), {Figure("later", c.later, "killed")})};
    bool update = false;
    for (const Finding& f : Findings(docs)) update = update || f.type == FindingType::kUpdate;
    EXPECT_EQ(update, c.update) << c.name;
  }
}

TEST(ReconcileRecalled, AnExactCountCloseAboveTheFloorBeforeItSetsTheCount) {
  // "more than 200,000 cases" one day, 200,420 the next (the same count within the gap
  // tolerance), then 218,798: the count rose from the exact figure, which the round floor
  // before it (218,798 rounds down to it) would hide.
  struct Case {
    std::string name;
    Interval first, second, third;
    bool update;
  };
  const std::vector<Case> cases = {
      {"a round floor, its exact count, a rise", Over(200000), Exact(200420), Exact(218798), true},
      {"a round floor, its exact count, the same count", Over(1000), Exact(1003), Exact(1004),
       false},
  };
  for (const Case& c : cases) {
    const std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2025, 3, 1), {Figure("first", c.first, "cases")}),
        Article("b", absl::CivilDay(2025, 3, 2), {Figure("second", c.second, "cases")}),
        Article("c", absl::CivilDay(2025, 3, 4), {Figure("third", c.third, "cases")})};
    bool update = false;
    for (const Finding& f : Findings(docs)) {
      for (const ClaimRef& r : f.side_b) {
        update = update || (f.type == FindingType::kUpdate && r.document == 2);
      }
    }
    EXPECT_EQ(update, c.update) << c.name;
  }
}

TEST(ReconcileRecalled, APartSingledOutByItsPlaceReadsNoCountOfTheWhole) {
  // "allein 101 Vermisste in Bangkok" one day, 300 missing three days later: the part bounds
  // the whole from below but was no count of it, so nothing rose. The other way round, a part
  // above the whole counted before ("more than 6,700 in Kunar alone" after 5,400) tells a rise.
  struct Case {
    std::string name;
    Interval earlier, later;
    bool earlier_part, later_part;
    bool update;
  };
  const std::vector<Case> cases = {
      {"a part, then the whole", Over(101), Exact(300), true, false, false},
      {"the whole, then a part above it", Exact(5400), Over(6700), false, true, true},
      {"a floor of the whole, then the whole", Over(101), Exact(300), false, false, true},
  };
  for (const Case& c : cases) {
    Claim earlier = Figure("earlier", c.earlier, "missing");
    Claim later = Figure("later", c.later, "missing");
    for (auto [claim, part] : {std::pair{&earlier, c.earlier_part}, {&later, c.later_part}}) {
      claim->value_is_part = part;
      if (part) claim->place = "bangkok";
    }
    const std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2025, 3, 28), {earlier}),
        Article("b", absl::CivilDay(2025, 3, 31), {later})};
    bool update = false;
    for (const Finding& f : Findings(docs)) update = update || f.type == FindingType::kUpdate;
    EXPECT_EQ(update, c.update) << c.name;
  }
}

TEST(ReconcileRecalled, AFirstFigureRecalledBesideALaterCountMeetsNoOtherArticle) {
  // "Die Polizei ging ursprünglich von 8.000 Teilnehmern aus" beside the police's later
  // 15,000, against another article's first figure of 15,000 to 35,000: the first article
  // tells its own update; its old figure contradicts no other article's.
  {
    Claim recalled = Figure("ursprünglich 8.000", Exact(8000), "participants", Modality::kInitial);
    Claim now = Figure("15.000", Exact(15000), "participants");
    Claim other =
        Figure("zunächst 15.000 bis 35.000", {15000, 35000}, "participants", Modality::kInitial);
    for (Claim* c : {&recalled, &now, &other}) c->aspect = Aspect::kOccasion;
    const std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2023, 1, 14), {recalled, now}),
        Article("b", absl::CivilDay(2023, 1, 14), {other})};
    EXPECT_TRUE(Findings(docs).empty());
  }
  // "up from more than 300 the previous day" beside "at least 600": the floor it recalls was
  // passed in its own article, so it revises nothing another article says (58 of them).
  {
    const std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2024, 6, 20),
                {Figure("at least 600", Over(600), "killed", Modality::kLatest),
                 Figure("up from more than 300", Over(300), "killed", Modality::kInitial)}),
        Article("b", absl::CivilDay(2024, 6, 20), {Figure("58", Exact(58), "killed")})};
    for (const Finding& f : Findings(docs)) {
      for (const ClaimRef& r : f.side_a) EXPECT_FALSE(r.document == 0 && r.claim == 1);
      for (const ClaimRef& r : f.side_b) EXPECT_FALSE(r.document == 0 && r.claim == 1);
    }
  }
  // A first figure its own article's count still meets ("nearly 500 at first ... at least
  // 471") is still revised by another's.
  {
    const std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2024, 6, 20),
                {Figure("initially 300", Exact(300), "killed", Modality::kInitial),
                 Figure("at least 290", Over(290), "killed")}),
        Article("b", absl::CivilDay(2024, 6, 20), {Figure("450", Exact(450), "killed")})};
    bool update = false;
    for (const Finding& f : Findings(docs)) update = update || f.type == FindingType::kUpdate;
    EXPECT_TRUE(update);
  }
  // "Drei Menschen starben. Zuvor war von vier Toten die Rede", against another article's
  // three: the article took its four back itself, so nothing was revised between the two.
  {
    const std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2018, 4, 7),
                {Figure("drei Menschen", Exact(3), "killed"),
                 Figure("zuvor vier Tote", Exact(4), "killed", Modality::kInitial)}),
        Article("b", absl::CivilDay(2018, 4, 7), {Figure("drei Tote", Exact(3), "killed")})};
    EXPECT_TRUE(Findings(docs).empty());
  }
}

TEST(ReconcileRecalled, ACountItsOwnArticleSaysWasReplacedLeavesTheRiseToOthers) {
  // Article b: "the toll has risen to nine; until now five had been reported". Article a of
  // the same day gives five: the rise from a's count to b's newest is an update, and b's own
  // replaced five blurs nothing. Unless a itself is ahead (it gives twelve as well): its five
  // is then no earlier count of the total.
  struct Case {
    std::string name;
    bool b_recalls_five;
    bool a_ahead;
    bool update_from_a;
    bool contradiction;
  };
  const std::vector<Case> cases = {
      {"b recalls the count it replaced", true, false, true, false},
      {"b gives only its newest count", false, false, true, false},
      {"a gives more than b elsewhere", true, true, false, true},
  };
  for (const Case& c : cases) {
    std::vector<Claim> a = {Figure("a fifth victim", Exact(5), "killed")};
    if (c.a_ahead) a.push_back(Figure("twelve", Exact(12), "killed"));
    std::vector<Claim> b = {Figure("risen to nine", Exact(9), "killed", Modality::kLatest)};
    if (c.b_recalls_five) {
      b.push_back(Figure("five until now", Exact(5), "killed", Modality::kHappened));
    }
    const std::vector<DocumentResult> docs = {Article("a", absl::CivilDay(2024, 2, 23), a),
                                              Article("b", absl::CivilDay(2024, 2, 23), b)};
    bool update = false, contradiction = false;
    for (const Finding& f : Findings(docs, test_figures::AllFindings())) {
      bool from_a = false, to_b = false;
      for (const ClaimRef& r : f.side_a) from_a = from_a || (r.document == 0 && r.claim == 0);
      for (const ClaimRef& r : f.side_b) to_b = to_b || (r.document == 1 && r.claim == 0);
      if (!from_a || !to_b) continue;
      update = update || f.type == FindingType::kUpdate;
      contradiction = contradiction || f.type != FindingType::kUpdate;
    }
    EXPECT_EQ(update, c.update_from_a) << c.name;
    EXPECT_EQ(contradiction, c.contradiction) << c.name;
  }
}

TEST(ReconcileRecalled, ACountOfALaterDayDoesNotPartTwoOfTheSameDay) {
  // Friday: one article counts 6 injured, another 15; articles of later days count values
  // between them. Friday's two counts still disagree; vague figures are not compared so.
  struct Case {
    std::string name;
    std::vector<double> later;
    Interval friday_low;
    bool friday_contradiction;
  };
  const std::vector<Case> cases = {
      {"a later count between them", {7}, Exact(6), true},
      {"two later counts between them", {9, 11}, Exact(6), true},
      {"a later count above both", {20}, Exact(6), true},
      {"a vague figure on Friday", {7}, {5, 6.5}, false},
  };
  for (const Case& c : cases) {
    std::vector<DocumentResult> docs = {
        Article("a", absl::CivilDay(2021, 6, 25), {Figure("six", c.friday_low, "injured")}),
        Article("b", absl::CivilDay(2021, 6, 25), {Figure("15", Exact(15), "injured")})};
    for (size_t k = 0; k < c.later.size(); ++k) {
      docs.push_back(Article("later" + std::to_string(k), absl::CivilDay(2021, 6, 26 + k),
                             {Figure("later", Exact(c.later[k]), "injured")}));
    }
    auto has = [](const std::vector<ClaimRef>& side, uint32_t doc) {
      for (const ClaimRef& r : side) {
        if (r.document == doc) return true;
      }
      return false;
    };
    bool found = false;
    for (const Finding& f : Findings(docs)) {
      if (f.type == FindingType::kUpdate) continue;
      found = found || (has(f.side_a, 0) && has(f.side_b, 1)) ||
              (has(f.side_a, 1) && has(f.side_b, 0));
    }
    EXPECT_EQ(found, c.friday_contradiction) << c.name;
  }
}

}  // namespace
}  // namespace crosscheck
