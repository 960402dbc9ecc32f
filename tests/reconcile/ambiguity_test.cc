// The reconciler on an article that gives two readings of one frame: when they blur a finding
// against another article, and when they do not. Claims are built by hand (figures.h).
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"

namespace crosscheck {
namespace {

using namespace test_figures;  // NOLINT: the figure builders are this file's vocabulary.

TEST(ReconcileNumeric, AnArticleTellingBothSidesOfADisputeIsNoAmbiguity) {
  // Article 0 gives two counts of a march (and maybe a third figure); article 1 repeats the
  // police's. Article 0 is clear when each count is attributed and no source gives both:
  // then the dispute is confident. So it is when one of its two counts is attributed: the
  // other is the other side's ("nach eigenen Angaben sprachen sie von 90.000"). With none
  // attributed, its two counts may be of two things (the march and a counter-protest).
  struct Count {
    double value;
    std::string source;
  };
  const std::vector<std::pair<std::vector<Count>, bool>> cases = {
      {{{20000, "police"}, {90000, "organisers"}}, true},
      {{{20000, ""}, {90000, ""}}, false},
      {{{20000, "police"}, {90000, ""}}, true},
      {{{20000, "police"}, {50000, ""}, {90000, ""}}, false},
      // An unattributed figure beside an attributed one of the same size repeats it.
      {{{20000, "police"}, {20000, ""}, {90000, "organisers"}}, true},
      // Two sources for one count, another for the other.
      {{{20000, "police"}, {90000, "organisers"}, {90000, "union"}}, true},
      // One source for both counts: what it counted is unclear.
      {{{20000, "police"}, {90000, "organisers"}, {90000, "police"}}, false},
  };
  for (const auto& [counts, confident] : cases) {
    std::vector<DocumentResult> docs(2);
    docs[0].id = "both";
    for (const Count& k : counts) {
      docs[0].claims.push_back(Quantity({"count", Around(k.value), Modality::kUnspecified,
                                         k.source, "", "participants"},
                                        "_/participants"));
    }
    docs[1].id = "repeat";
    docs[1].claims = {Quantity(
        {"police: 20,000", Around(20000), Modality::kUnspecified, "police", "", "participants"},
        "_/participants")};
    for (DocumentResult& d : docs) {
      for (Claim& x : d.claims) {
        x.aspect = Aspect::kOccasion;
        x.confidence = 0.9;
      }
    }
    double confidence = 0;
    for (const Finding& f : Findings(docs)) confidence = std::max(confidence, f.confidence);
    EXPECT_EQ(confidence >= 0.5, confident) << counts.size() << " counts, first "
                                            << counts[0].source << ", last "
                                            << counts.back().source;
  }
}

TEST(ReconcileNumeric, AFigureOfAnotherYearBesideTodaysIsNoAmbiguity) {
  // Article 0 gives today's turnout and, dated to another year, a historic one; article 1
  // gives another turnout today. Article 0 is clear: the contradiction is confident. A figure
  // of another month of the same year beside an undated one leaves the article unclear.
  const absl::CivilDay today(2024, 7, 6);
  for (const bool other_year : {true, false}) {
    const DateRange then = other_year
                               ? DateRange{absl::CivilDay(1950, 1, 1), absl::CivilDay(1950, 12, 31)}
                               : DateRange{absl::CivilDay(2024, 5, 1), absl::CivilDay(2024, 5, 31)};
    std::vector<DocumentResult> docs(2);
    docs[0].id = "with history";
    docs[0].claims = {
        Quantity({"60%", Around(60, 0.001), Modality::kUnspecified, "", "", "turnout"}, "_/turnout"),
        Quantity({"84%", Around(84, 0.001), Modality::kUnspecified, "", "", "turnout", then},
                 "_/turnout")};
    docs[1].id = "today";
    docs[1].claims = {
        Quantity({"64%", Around(64, 0.001), Modality::kUnspecified, "", "", "turnout"}, "_/turnout")};
    for (DocumentResult& d : docs) {
      d.published = today;
      for (Claim& x : d.claims) x.confidence = 0.9;
    }
    double confidence = 0;
    for (const Finding& f : Findings(docs)) confidence = std::max(confidence, f.confidence);
    if (other_year) {
      EXPECT_GE(confidence, 0.5);
    } else {
      EXPECT_LT(confidence, 0.5);
    }
  }
}

TEST(ReconcileNumeric, OnlyTwoReadingsOfOneFrameThatCannotBothHoldBlurAnArticle) {
  // Article 0 gives two figures, article 1 one that disagrees with article 0's second. Article
  // 0 blurs the finding only when its own two figures cannot both hold for one frame: a vague
  // figure that meets its exact one (though the clusters part them), or two figures it dates
  // to different months, are no second reading; two of one month are (a month beside an
  // undated figure too: AFigureOfAnotherYearBesideTodaysIsNoAmbiguity). Two readings a third
  // apart or more count things of different size: the one near article 1's still stands
  // when both are stated exactly and within 1 % of each other.
  const DateRange september{absl::CivilDay(2024, 9, 1), absl::CivilDay(2024, 9, 30)};
  const DateRange october{absl::CivilDay(2024, 10, 1), absl::CivilDay(2024, 10, 31)};
  struct Case {
    std::string name;
    Figure first, second, other;
    bool confident;
  };
  const std::vector<Case> cases = {
      {"a vague figure meeting the exact one",
       {"around 10,000 hurt", Around(10000, 0.1)}, {"9,249 hurt", Exact(9249)},
       {"9,240 hurt", Exact(9240)}, true},
      {"two exact figures apart", {"12,100 hurt", Exact(12100)}, {"9,249 hurt", Exact(9249)},
       {"9,240 hurt", Exact(9240)}, false},
      {"a far second reading beside a close exact count",
       {"2,000 hurt in the province", Exact(2000)}, {"9,249 hurt", Exact(9249)},
       {"9,240 hurt", Exact(9240)}, true},
      {"a far second reading beside a count 3 % off",
       {"2,000 hurt in the province", Exact(2000)}, {"9,249 hurt", Exact(9249)},
       {"8,970 hurt", Exact(8970)}, false},
      {"a city's share beside the state's, a decimal off elsewhere",
       {"7.1 % in the capital", {7.05, 7.15, false, true}}, {"14.6 %", {14.55, 14.65, false, true}},
       {"14.7 %", {14.65, 14.75, false, true}}, true},
      {"a city's share beside the state's, a rounded share elsewhere",
       {"7.1 % in the capital", {7.05, 7.15, false, true}}, {"14.6 %", {14.55, 14.65, false, true}},
       {"some 14.72 %", Around(14.72, 0.002)}, false},
      {"two stated months",
       {"10.0 % in September", Around(10.0, 0.001), Modality::kUnspecified, "", "", "inflation",
        september},
       {"10.4 % in October", Around(10.4, 0.001), Modality::kUnspecified, "", "", "inflation",
        october},
       {"10.1 % in October", Around(10.1, 0.001), Modality::kUnspecified, "", "", "inflation",
        october},
       true},
      {"two figures of one month",
       {"10.0 % in October", Around(10.0, 0.001), Modality::kUnspecified, "", "", "inflation",
        october},
       {"10.4 % in October", Around(10.4, 0.001), Modality::kUnspecified, "", "", "inflation",
        october},
       {"10.1 % in October", Around(10.1, 0.001), Modality::kUnspecified, "", "", "inflation",
        october},
       false},
  };
  for (const Case& c : cases) {
    const std::vector<DocumentResult> docs =
        TwoBesideOne(c.first, c.second, c.other, absl::CivilDay(2024, 11, 12));
    const double confidence = MostConfidentWith(Findings(docs, AllFindings()), 1).confidence;
    EXPECT_GT(confidence, 0) << c.name;
    EXPECT_EQ(confidence >= 0.5, c.confident) << c.name;
  }
}

TEST(ReconcileNumeric, ExactFiguresALastDigitApartStandBesideAnUnclearArticle) {
  // Article 0 gives two figures that cannot both hold (a main shock and an aftershock; all
  // dead and those of one town), article 1 one near article 0's first. When both are stated
  // exactly and differ by at most three units of their last written digit and 3 %, they are
  // two readings of one count: the finding is not blurred. Further apart, rounded, or a
  // revised measure (a vote share: election night's projections differ by a digit from the
  // result) it is.
  struct Case {
    std::string name;
    Figure first, second, other;
    bool confident;
  };
  auto decimal = [](double v) { return Interval{v - 0.05, v + 0.05, false, true}; };
  const std::vector<Case> cases = {
      {"a tenth apart", {"6.1", decimal(6.1), {}, "", "", "magnitude"},
       {"4.3 aftershock", decimal(4.3), {}, "", "", "magnitude"},
       {"6.2", decimal(6.2), {}, "", "", "magnitude"}, true},
      {"four tenths apart", {"6.1", decimal(6.1), {}, "", "", "magnitude"},
       {"4.3 aftershock", decimal(4.3), {}, "", "", "magnitude"},
       {"6.5", decimal(6.5), {}, "", "", "magnitude"}, false},
      {"three tenths, more than 3 %", {"5.1", decimal(5.1), {}, "", "", "magnitude"},
       {"3.3 aftershock", decimal(3.3), {}, "", "", "magnitude"},
       {"5.4", decimal(5.4), {}, "", "", "magnitude"}, false},
      {"counts two apart", {"83 dead", Exact(83), {}, "", "", "killed"},
       {"12 dead in the town", Exact(12), {}, "", "", "killed"},
       {"85 dead", Exact(85), {}, "", "", "killed"}, true},
      {"a rounded count", {"83 dead", Exact(83), {}, "", "", "killed"},
       {"12 dead in the town", Exact(12), {}, "", "", "killed"},
       {"about 85 dead", Around(85), {}, "", "", "killed"}, false},
      {"a vote share", {"31.4 %", decimal(31.4), {}, "", "", "vote_share"},
       {"25.2 % in the capital", decimal(25.2), {}, "", "", "vote_share"},
       {"31.5 %", decimal(31.5), {}, "", "", "vote_share"}, false},
  };
  for (const Case& c : cases) {
    const std::vector<DocumentResult> docs =
        TwoBesideOne(c.first, c.second, c.other, absl::CivilDay(2024, 11, 12));
    const double confidence = MostConfidentWith(Findings(docs, AllFindings()), 1).confidence;
    EXPECT_GT(confidence, 0) << c.name;
    EXPECT_EQ(confidence >= 0.5, c.confident) << c.name;
  }
}

TEST(ReconcileNumeric, AnArticleTellingItsOwnUpdateBlursOnlyTheReplacedCount) {
  // Article 0 says the toll rose to 40 and gives the first count of 31 beside it; article 1
  // gives 46, article 2 gives 28, all on one day. The rise is article 0's own update: its 40
  // against article 1's 46 is confident, but its replaced 31 against article 2's 28 says
  // little. Without "rose to", article 0 gives two readings of one toll and blurs both. So it
  // is on a live page whose two counts were passed on by two sources (31, the ministry said;
  // "has jumped to 40", an agency's): its own update, not a dispute between the sources.
  struct Case {
    bool told;
    std::string first_source, top_source;
  };
  const Case cases[] = {{true, "", ""}, {false, "", ""}, {true, "ministry", "agency"}};
  for (const Case& k : cases) {
    std::vector<DocumentResult> docs(3);
    docs[0].id = "rose";
    docs[0].claims = Tolls(
        {Quantity({"first 31", Exact(31), Modality::kUnspecified, k.first_source}, "_/killed"),
         Quantity({"rose to 40", Exact(40), k.told ? Modality::kLatest : Modality::kUnspecified,
                   k.top_source},
                  "_/killed")});
    docs[1].id = "higher";
    docs[1].claims = Tolls({Quantity({"46 dead", Exact(46)}, "_/killed")});
    docs[2].id = "lower";
    docs[2].claims = Tolls({Quantity({"28 dead", Exact(28)}, "_/killed")});
    for (DocumentResult& d : docs) {
      d.published = absl::CivilDay(2024, 5, 2);
      d.story = "flood";
    }
    double with_top = 0, with_replaced = 0;
    for (const Finding& f : Findings(docs, AllFindings())) {
      for (const auto* side : {&f.side_a, &f.side_b}) {
        for (const ClaimRef& r : *side) {
          if (r.document == 1) with_top = std::max(with_top, f.confidence);
          if (r.document == 2) with_replaced = std::max(with_replaced, f.confidence);
        }
      }
    }
    EXPECT_EQ(with_top >= 0.5, k.told) << k.top_source;
    EXPECT_GT(with_replaced, 0) << k.top_source;
    EXPECT_LT(with_replaced, 0.5) << k.top_source;
  }
}

TEST(ReconcileNumeric, AProjectionRevisedIsAnUpdateThoughARounderOneHeldTheResult) {
  // On election night one article projects 16 %, another 15 % (14.5 to 15.5); the next day's
  // result is 14.6 %. The round 15 % held the result, the 16 % did not: it was revised, an
  // update. A result that every projection held is none.
  for (const double other : {16.0, 14.9}) {
    std::vector<DocumentResult> docs(3);
    const std::pair<double, double> shares[] = {{15, 0.5}, {other, 0.5}, {14.6, 0.05}};
    for (size_t i = 0; i < docs.size(); ++i) {
      const auto [share, half] = shares[i];
      docs[i].id = "doc" + std::to_string(i);
      docs[i].story = "election";
      docs[i].published = absl::CivilDay(2023, 10, i < 2 ? 8 : 9);
      Claim c = Quantity({"share", {share - half, share + half, false, true}, Modality::kUnspecified,
                          "", "", "vote_share"},
                         "afd/vote_share");
      c.aspect = Aspect::kLevel;
      c.confidence = 0.9;
      docs[i].claims = {c};
    }
    bool update = false;
    for (const Finding& f : Findings(docs)) {
      update = update || (f.type == FindingType::kUpdate && f.side_a.size() == 1 &&
                          f.side_a[0].document == 1 && f.side_b[0].document == 2);
    }
    EXPECT_EQ(update, other == 16.0) << other;
  }
}

}  // namespace
}  // namespace crosscheck
