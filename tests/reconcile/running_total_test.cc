// The reconciler on running totals (tolls) told over days and articles: which figures are
// steps of one count, and which disagree. Claims are built by hand (figures.h).
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"

namespace crosscheck {
namespace {

using namespace test_figures;  // NOLINT: the figure builders are this file's vocabulary.

// Whether two tolls, one an article (or both in one when `one_article`), all published on
// `day`, give an update from one article to another.
bool CrossArticleUpdate(const std::vector<Claim>& tolls, bool one_article, absl::CivilDay day) {
  std::vector<DocumentResult> docs = OnePerDocument(tolls);
  if (one_article) {
    docs[0].claims.push_back(docs[1].claims[0]);
    docs.pop_back();
  }
  for (DocumentResult& d : docs) d.published = day;
  for (const Finding& f : Findings(docs)) {
    if (f.type == FindingType::kUpdate && !f.side_a.empty() && !f.side_b.empty() &&
        f.side_a[0].document != f.side_b[0].document) {
      return true;
    }
  }
  return false;
}

TEST(ReconcileNumeric, RunningTotalIsReadAtItsWrittenFigure) {
  // "some 13.5 million" and, days later, "more than 13 million": the written figures fell a
  // little, which is no rise (the lower end of "some 13.5 million" would have made one).
  // "at least 296" then "632": a rise, though the two can both hold. "some 1,400" then 1,410:
  // the round figure's width holds the later count, no rise.
  struct Case {
    Interval earlier, later;
    bool update;
  };
  for (const Case& c : {Case{Around(13.5e6, 0.1), Over(13e6), false},
                        Case{Over(296), Exact(632), true},
                        Case{{4000, 5000}, Exact(9418), true},
                        Case{Around(1400, 0.1), Exact(1410), false},
                        // Exact counts a day apart: one more dead is a later count.
                        Case{Exact(143), Exact(144), true}}) {
    std::vector<Claim> tolls = Tolls({Quantity({"earlier", c.earlier}, "_/affected"),
                                Quantity({"later", c.later}, "_/affected")});
    auto docs = OnePerDocument(tolls);
    docs[0].published = absl::CivilDay(2023, 2, 9);
    docs[1].published = absl::CivilDay(2023, 2, 27);
    bool update = false;
    for (const Finding& f : Findings(docs)) update = update || f.type == FindingType::kUpdate;
    EXPECT_EQ(update, c.update) << c.later.low;
  }
}

TEST(ReconcileNumeric, ARiseIsToldAgainstEveryDayThatGaveTheCountBefore) {
  // 31 arrests on Monday and the same 31 on Thursday, then 38 on Saturday: the rise is told
  // against both reports of 31, not only the nearer one. A count that changed in between
  // (31, then 34) is told from its last value only.
  for (const bool repeated : {true, false}) {
    std::vector<Claim> tolls =
        Tolls({Quantity({"31 arrests", Exact(31)}, "_/arrested"),
               Quantity({"31 arrests", Exact(repeated ? 31 : 34)}, "_/arrested"),
               Quantity({"38 people", Exact(38)}, "_/arrested")});
    auto docs = OnePerDocument(tolls);
    docs[0].published = absl::CivilDay(2024, 7, 8);
    docs[1].published = absl::CivilDay(2024, 7, 11);
    docs[2].published = absl::CivilDay(2024, 7, 13);
    std::vector<uint32_t> earlier;  // Who the rise to 38 is told against.
    for (const Finding& f : Findings(docs)) {
      if (f.type != FindingType::kUpdate || f.side_b.at(0).document != 2) continue;
      for (const ClaimRef& side : f.side_a) earlier.push_back(side.document);
    }
    if (repeated) {
      EXPECT_THAT(earlier, ::testing::UnorderedElementsAre(0u, 1u));
    } else {
      EXPECT_THAT(earlier, ::testing::ElementsAre(1u));
    }
  }
}

TEST(ReconcileNumeric, RunningTotalsYearsApartAreOtherOccasions) {
  // 48 cases in an article of 2013 and about 550 in one of 2024: two years' outbreaks, not
  // one count that rose; a toll given again a year on is still the same event's.
  struct Case {
    absl::CivilDay later;
    bool update;
  };
  for (const Case& c : {Case{absl::CivilDay(2024, 10, 1), false},
                        Case{absl::CivilDay(2014, 9, 1), true}}) {
    std::vector<Claim> tolls = Tolls({Quantity({"earlier", Exact(48)}, "_/cases"),
                                Quantity({"later", Around(550, 0.1)}, "_/cases")});
    auto docs = OnePerDocument(tolls);
    docs[0].published = absl::CivilDay(2013, 9, 10);
    docs[1].published = c.later;
    bool update = false;
    for (const Finding& f : Findings(docs)) update = update || f.type == FindingType::kUpdate;
    EXPECT_EQ(update, c.update) << c.later;
  }
}

TEST(ReconcileNumeric, ARiseIsReadFromTheLastWholeCountPastASmallerScope) {
  // 47 injured on Monday, "four" on Tuesday (those still critical: a smaller scope the frame
  // does not tell), 79 on Thursday: the rise from 47 is an update, beside the one from four.
  // Without the dip the rise is reported once.
  for (const bool dip : {true, false}) {
    std::vector<Claim> tolls = Tolls({Quantity({"47 injured", Exact(47)}, "_/injured"),
                                Quantity({"four", Exact(4)}, "_/injured"),
                                Quantity({"79 injured", Exact(79)}, "_/injured")});
    auto docs = OnePerDocument(tolls);
    docs[0].published = absl::CivilDay(2025, 5, 26);
    docs[1].published = absl::CivilDay(2025, 5, 27);
    docs[2].published = absl::CivilDay(2025, 5, 29);
    if (!dip) docs.erase(docs.begin() + 1);
    std::vector<std::pair<uint32_t, uint32_t>> updates;
    for (const Finding& f : Findings(docs)) {
      if (f.type != FindingType::kUpdate) continue;
      updates.emplace_back(f.side_a.at(0).document, f.side_b.at(0).document);
    }
    const uint32_t last = dip ? 2 : 1;
    EXPECT_THAT(updates, ::testing::Contains(std::pair<uint32_t, uint32_t>(0, last))) << dip;
    EXPECT_EQ(updates.size(), dip ? 2u : 1u);
  }
}

TEST(ReconcileNumeric, ALaterTotalWithItsPartsIsReadAtTheTotal) {
  // 243 dead on one day; weeks later an article gives 230 in all and 42 in one state: the
  // total was revised down (reported by default), the 42 beside it is a part, no second
  // reading of the total. The earlier article giving two readings itself still blurs it.
  for (const bool earlier_blurred : {false, true}) {
    DocumentResult earlier, later;
    earlier.id = "earlier";
    later.id = "later";
    earlier.claims = {Quantity({"243 deaths", Exact(243)}, "_/killed")};
    if (earlier_blurred) earlier.claims.push_back(Quantity({"130 deaths", Exact(130)}, "_/killed"));
    later.claims = {Quantity({"230 people", Exact(230)}, "_/killed"),
                    Quantity({"42", Exact(42)}, "_/killed")};
    for (DocumentResult* d : {&earlier, &later}) d->claims = Tolls(d->claims);
    earlier.published = absl::CivilDay(2024, 10, 11);
    later.published = absl::CivilDay(2024, 11, 6);
    bool revised = false;
    for (const Finding& f : Findings({earlier, later})) {
      revised = revised || (f.type == FindingType::kContradiction &&
                            f.explanation.find("later count is lower") != std::string::npos);
    }
    EXPECT_EQ(revised, !earlier_blurred);
  }
}

TEST(ReconcileNumeric, ADaysCountIsReadFromTheArticlesThatReadItOnce) {
  // On the first day one article gives 30 dead, another 30 and, beside it, 48 (the people
  // rescued, read as dead: two readings that cannot both hold). Three days later a third
  // article gives its count. What that day revises is the clear count, 30: 36 is a rise (an
  // update) and 29 a revision, which the unclear article's 30 beside it does not blur.
  // Without the clear article the first day is read at its highest, 48: 36 is then no rise,
  // and 29 no revision told.
  struct Row {
    double later;      // The third article's count.
    FindingType told;  // What it is against the first day when a clear article gave 30.
  };
  const Row rows[] = {{36, FindingType::kUpdate}, {29, FindingType::kContradiction}};
  for (const Row& row : rows) {
    for (const bool clear : {true, false}) {
      std::vector<DocumentResult> docs(3);
      docs[0].claims = {Quantity({"30 dead", Exact(30)}, "_/killed")};
      docs[1].claims = {Quantity({"30 killed", Exact(30)}, "_/killed"),
                        Quantity({"48 people", Exact(48)}, "_/killed")};
      docs[2].claims = {Quantity({"later dead", Exact(row.later)}, "_/killed")};
      docs[0].published = docs[1].published = absl::CivilDay(2025, 4, 6);
      docs[2].published = absl::CivilDay(2025, 4, 9);
      if (!clear) docs.erase(docs.begin());
      for (DocumentResult& d : docs) d.claims = Tolls(d.claims);
      bool told = false;
      for (const Finding& f : Findings(docs)) {
        told = told || (f.type == row.told && !f.side_b.empty() &&
                        f.side_b[0].document == docs.size() - 1);
      }
      EXPECT_EQ(told, clear) << row.later << (clear ? " with" : " without") << " the clear 30";
    }
  }
}

TEST(ReconcileNumeric, AFloorIsPassedOnItsDayOnlyByANewerCountOrAnotherSource) {
  // "At least 9,057 dead" and, the same day, another article's figure well above it. The two
  // can both hold; an update when the higher one is told as the newest count ("rose to") or
  // is a higher floor itself ("at least 32", then "at least 36": the toll confirmed so far
  // went up), a dispute when each side names its own source, nothing otherwise (an exact
  // figure of a wider scope is as likely), and nothing for a floor written round ("more than
  // 1,400" against 1,411); "rose to 14" passes "at least 13", a floor that is a count. A
  // floor written round is a count of its moment rounded down: 2,817 well above "more than
  // 1,500" went on from it, with or without a cue.
  struct Case {
    std::string name;
    Interval floor, higher;
    Modality higher_modality;
    std::string floor_source, higher_source;
    std::optional<FindingType> type;
  };
  for (const Case& c : {
           Case{"rose to", Over(9057), Exact(12391), Modality::kLatest, "", "", FindingType::kUpdate},
           Case{"no cue", Over(9057), Exact(12391), Modality::kUnspecified, "", "", std::nullopt},
           Case{"higher floor", Over(32), Over(36), Modality::kUnspecified, "", "",
                FindingType::kUpdate},
           Case{"floor written round", Over(32), Over(34), Modality::kUnspecified, "", "",
                std::nullopt},
           Case{"two sources", Over(224), Over(406), Modality::kUnspecified, "ministry",
                "rights_group", FindingType::kDispute},
           Case{"round floor", Over(1400), Exact(1411), Modality::kLatest, "", "", std::nullopt},
           Case{"well above a round floor, no cue", Over(1500), Exact(2817),
                Modality::kUnspecified, "", "", FindingType::kUpdate},
           Case{"just above a round floor, no cue", Over(1400), Exact(1411),
                Modality::kUnspecified, "", "", std::nullopt},
           Case{"rose to, just above a count", Over(13), Exact(14), Modality::kLatest, "", "",
                FindingType::kUpdate},
           Case{"just above a count, no cue", Over(13), Exact(14), Modality::kUnspecified, "", "",
                std::nullopt},
           Case{"rose to, just above a round floor", Over(150), Exact(153), Modality::kLatest, "",
                "", std::nullopt},
           Case{"range from the floor", Over(60), {60, 80}, Modality::kLatest, "", "",
                std::nullopt},
           // An early floor far below the day's count ("at least two", then sixteen).
           Case{"four times a floor, no cue", Over(2), Exact(16), Modality::kUnspecified, "",
                "", FindingType::kUpdate},
           Case{"thrice a floor, no cue", Over(5), Exact(15), Modality::kUnspecified, "", "",
                std::nullopt},
       }) {
    std::vector<Claim> tolls = Tolls({
        Quantity({"at least", c.floor, Modality::kUnspecified, c.floor_source, "", "killed"},
                 "_/killed"),
        Quantity({"higher", c.higher, c.higher_modality, c.higher_source, "", "killed"},
                 "_/killed")});
    auto docs = OnePerDocument(tolls);
    docs[0].published = docs[1].published = absl::CivilDay(2023, 2, 9);
    const auto findings = Findings(docs);
    ASSERT_EQ(findings.size(), c.type ? 1u : 0u) << c.name;
    if (c.type) EXPECT_EQ(findings[0].type, *c.type) << c.name;
  }
}

TEST(ReconcileNumeric, AFloorBelowTheLastCountSetsNoNewCount) {
  // 131 dead on the 5th, "more than 130" on the 8th, 135 on the 24th: the floor holds 131, so
  // it tells no fall, and 135 rose from 131. A floor above the last count is a new count.
  struct Case {
    Interval middle;
    std::vector<std::pair<uint32_t, uint32_t>> updates;
    size_t contradictions;
  };
  for (const Case& c : {Case{Over(130), {{0, 2}}, 0},
                        Case{Over(132), {{0, 1}}, 0}}) {
    std::vector<Claim> tolls = Tolls({Quantity({"131", Exact(131)}, "_/killed"),
                                      Quantity({"more than", c.middle}, "_/killed"),
                                      Quantity({"135", Exact(135)}, "_/killed")});
    auto docs = OnePerDocument(tolls);
    docs[0].published = absl::CivilDay(2022, 10, 5);
    docs[1].published = absl::CivilDay(2022, 10, 8);
    docs[2].published = absl::CivilDay(2022, 10, 24);
    std::vector<std::pair<uint32_t, uint32_t>> updates;
    size_t contradictions = 0;
    for (const Finding& f : Findings(docs)) {
      if (f.type == FindingType::kUpdate) {
        updates.emplace_back(f.side_a.at(0).document, f.side_b.at(0).document);
      } else {
        ++contradictions;
      }
    }
    EXPECT_THAT(updates, ::testing::IsSupersetOf(c.updates)) << c.middle.low;
    EXPECT_EQ(contradictions, c.contradictions) << c.middle.low;
  }
}

TEST(ReconcileNumeric, AnUndatedCountBetweenTwoDatedOnesIsAStepOfTheTotal) {
  // A toll of 610 on one day, an article without a date giving 655, 690 two weeks later: the
  // undated count lies between them, an update from the first and to the last. Not when the
  // dated counts fall with the days (690 first, 610 later: other scopes), nor for an undated
  // figure far from both (300).
  struct Case {
    std::string name;
    double first, undated, last;
    bool steps;
  };
  for (const Case& c : {Case{"between", 610, 655, 690, true},
                        Case{"dated counts fall", 690, 655, 610, false},
                        Case{"far below", 610, 300, 690, false}}) {
    auto docs = OnePerDocument(Tolls({
        Quantity({"first", Exact(c.first), Modality::kUnspecified, "", "", "killed"}, "_/killed"),
        Quantity({"undated", Exact(c.undated), Modality::kUnspecified, "", "", "killed"},
                 "_/killed"),
        Quantity({"last", Exact(c.last), Modality::kUnspecified, "", "", "killed"}, "_/killed")}));
    docs[0].published = absl::CivilDay(2024, 9, 20);
    docs[2].published = absl::CivilDay(2024, 10, 4);
    bool from = false, to = false;
    for (const Finding& f : Findings(docs)) {
      if (f.type != FindingType::kUpdate) continue;
      for (const ClaimRef& r : f.side_b) from = from || r.document == 1;
      for (const ClaimRef& r : f.side_a) to = to || r.document == 1;
    }
    EXPECT_EQ(from && to, c.steps) << c.name;
    EXPECT_EQ(from || to, c.steps) << c.name;
  }
}

TEST(ReconcileNumeric, CountsEachToldAsRisenToOnOneDayAreSteps) {
  // "The toll climbed to 41" and, the same day in another article, "rose to 58": each is the
  // newest count when written, so 41 is an earlier count of the day (an update). Not when
  // one of them is not told as the count reached ("58 dead"), nor when one article tells
  // both.
  struct Case {
    std::string name;
    Modality higher;
    bool one_article, update;
  };
  for (const Case& c : {Case{"both rose to", Modality::kLatest, false, true},
                        Case{"higher without a cue", Modality::kUnspecified, false, false},
                        Case{"one article", Modality::kLatest, true, false}}) {
    const std::vector<Claim> tolls = Tolls({
        Quantity({"climbed to 41", Exact(41), Modality::kLatest, "", "", "killed"}, "_/killed"),
        Quantity({"rose to 58", Exact(58), c.higher, "", "", "killed"}, "_/killed")});
    EXPECT_EQ(CrossArticleUpdate(tolls, c.one_article, absl::CivilDay(2024, 7, 30)), c.update)
        << c.name;
  }
}

TEST(ReconcileNumeric, EachFloorOfADayIsPassedByTheCountsAboveIt) {
  // One day's reports: "at least 6" (article 0), a count of 9 (article 1), maybe "at least 12"
  // (article 2), 15 (article 3). The count of 9 passed the first floor though not the
  // second: cited when told as the newest count ("rose to 9") or when the day's floors rose
  // (6, then 12: the toll went on that day); without either it is not
  // (AFloorIsPassedOnItsDayOnlyByANewerCountOrAnotherSource).
  struct Case {
    std::string name;
    Modality nine;
    bool second_floor, nine_cited;
  };
  for (const Case& c : {Case{"rose to 9", Modality::kLatest, true, true},
                        Case{"9, floors rose", Modality::kUnspecified, true, true},
                        Case{"9, one floor, no cue", Modality::kUnspecified, false, false}}) {
    std::vector<Claim> q = {
        Quantity({"at least 6", Over(6), Modality::kUnspecified, "", "", "killed"}, "_/killed"),
        Quantity({"9", Exact(9), c.nine, "", "", "killed"}, "_/killed"),
        Quantity({"15", Exact(15), Modality::kUnspecified, "", "", "killed"}, "_/killed")};
    if (c.second_floor) {
      q.insert(q.begin() + 2, Quantity({"at least 12", Over(12), Modality::kUnspecified, "", "",
                                        "killed"}, "_/killed"));
    }
    auto docs = OnePerDocument(Tolls(q));
    for (DocumentResult& d : docs) d.published = absl::CivilDay(2024, 4, 17);
    bool cited = false;
    for (const Finding& f : Findings(docs)) {
      for (const ClaimRef& r : f.side_b) cited = cited || (r.document == 1 && f.type == FindingType::kUpdate);
    }
    EXPECT_EQ(cited, c.nine_cited) << c.name;
  }
}

TEST(ReconcileNumeric, FloorsAStepApartOnOneDayAreSteps) {
  // "mindestens elf Verletzte" and, the same day in another article, "mindestens zwölf": what
  // was confirmed went up (an update), though within the tenth by which a floor written
  // round may stand for a count (EachFloorOfADayIsPassedByTheCountsAboveIt). Not a floor
  // written round ("über 40") against the next number, not one article's two.
  struct Case {
    std::string name;
    Interval lower, higher;
    bool one_article, update;
  };
  for (const Case& c : {Case{"11 then 12", AtLeast(11), AtLeast(12), false, true},
                        Case{"255 then 280", AtLeast(255), AtLeast(280), false, true},
                        Case{"over 40, at least 41", Over(40), AtLeast(41), false, false},
                        Case{"one article", AtLeast(11), AtLeast(12), true, false}}) {
    const std::vector<Claim> tolls =
        Tolls({Quantity({"lower", c.lower, Modality::kUnspecified, "", "", "injured"}, "_/injured"),
               Quantity({"higher", c.higher, Modality::kUnspecified, "", "", "injured"},
                        "_/injured")});
    EXPECT_EQ(CrossArticleUpdate(tolls, c.one_article, absl::CivilDay(2018, 12, 12)), c.update)
        << c.name;
  }
}

TEST(ReconcileNumeric, AFloorPassedIsCitedWithItsArticlesExactTwin) {
  // "At least 70 dead" and "the toll has reached 70" in one article, "rose to 82" in another
  // the same day: the update past the floor cites both readings of 70, not "at least 70"
  // alone.
  std::vector<DocumentResult> docs(2);
  docs[0].id = "floor";
  docs[0].claims = Tolls({Quantity({"At least 70", {70, kInf, false, true}, Modality::kUnspecified,
                                    "", "", "killed"}, "_/killed"),
                          Quantity({"70", Exact(70), Modality::kUnspecified, "", "", "killed"},
                                   "_/killed")});
  docs[1].id = "later";
  docs[1].claims = Tolls({Quantity({"82", Exact(82), Modality::kLatest, "", "", "killed"},
                                   "_/killed")});
  for (DocumentResult& d : docs) d.published = absl::CivilDay(2024, 12, 8);
  bool floor_cited = false;
  for (const Finding& f : Findings(docs, AllFindings())) {
    if (f.type != FindingType::kUpdate || f.side_b.at(0).document != 1) continue;
    std::vector<std::string> earlier;
    for (const ClaimRef& r : f.side_a) {
      earlier.push_back(docs[r.document].claims[r.claim].context.str());
    }
    if (!::testing::Value(earlier, ::testing::Contains("At least 70"))) continue;
    floor_cited = true;
    EXPECT_THAT(earlier, ::testing::Contains("70"));
  }
  EXPECT_TRUE(floor_cited);
}

TEST(ReconcileNumeric, ACountBelowAnotherArticlesFloorIsAnEarlierCount) {
  // "20 dead" in one article, "at least 22 dead" the same day in another: the floor is the
  // count confirmed when it was written, so 20 is an earlier count (an update), told even
  // when the first article gives a second figure beside it ("8 in the capital") that would
  // blur a contradiction. An exact 22 is a second reading of the count (a contradiction,
  // blurred); so is a floor from the very article giving the lower count ("6 dead", "at
  // least 7"), which counts two things itself. A rate ("600 a day" against "more than 1,200
  // a day") is no running total: its floor is no later count. A count told as the one the
  // toll rose to ("rises to 22") is the newest when written, as a floor is, and so is one
  // told as reached so far ("bereits 22 Tote", "already 22 dead").
  struct Case {
    std::string name;
    std::vector<Interval> first;  // Article 0's figures.
    Interval other;               // Article 1's.
    std::optional<FindingType> type;
    bool confident;
    std::string rate;
    Modality other_modality = Modality::kUnspecified;
  };
  for (const Case& c : {
           Case{"floor above", {Exact(20)}, Over(22), FindingType::kUpdate, true},
           Case{"floor above a blurred count", {Exact(20), Exact(8)}, Over(22),
                FindingType::kUpdate, true},
           Case{"exact above a blurred count", {Exact(20), Exact(8)}, Exact(22),
                FindingType::kContradiction, false},
           Case{"the article's own floor", {Exact(6), Over(7)}, Exact(6), std::nullopt, false},
           Case{"a rate per day", {Exact(600)}, Over(1200), FindingType::kContradiction, true,
                "day"},
           Case{"risen to above", {Exact(20)}, Exact(22), FindingType::kUpdate, true, "",
                Modality::kLatest},
           // "Bereits 36 Todesopfer", "already 22 dead": the count reached so far.
           Case{"reached so far above", {Exact(20)}, Exact(22), FindingType::kUpdate, true, "",
                Modality::kHappened},
       }) {
    std::vector<DocumentResult> docs(2);
    docs[0].id = "first";
    for (const Interval& v : c.first) {
      docs[0].claims.push_back(Quantity({"dead", v, Modality::kUnspecified, "", c.rate, "killed"},
                                        "_/killed"));
    }
    docs[1].id = "other";
    docs[1].claims = {
        Quantity({"dead", c.other, c.other_modality, "", c.rate, "killed"}, "_/killed")};
    for (DocumentResult& d : docs) {
      d.published = absl::CivilDay(2024, 7, 8);
      d.claims = Tolls(d.claims);
    }
    const auto [confidence, type] = MostConfidentWith(Findings(docs, AllFindings()), 1);
    if (c.type) {
      EXPECT_EQ(type, c.type) << c.name;
    } else {
      EXPECT_NE(type, FindingType::kUpdate) << c.name;
    }
    EXPECT_EQ(confidence >= 0.5, c.confident) << c.name;
  }
}

TEST(ReconcileNumeric, ANamedCeilingFarAboveAnotherSourcesCountIsADispute) {
  // Organisers' "bis zu 30.000" in one article, the police's 8,500 in another: a dispute,
  // though the intervals meet. Not for a count above half the ceiling, nor without two named
  // sources, nor for "fewer than" (an open end), nor for the same source.
  struct Case {
    std::string name;
    Interval ceiling, count;
    std::string ceiling_source, count_source;
    bool dispute;
  };
  for (const Case& c : {Case{"far below", UpTo(30000), Around(8500), "organisers", "police", true},
                        Case{"near", UpTo(30000), Around(20000), "organisers", "police", false},
                        Case{"unnamed", UpTo(30000), Around(8500), "organisers", "", false},
                        Case{"same source", UpTo(30000), Around(8500), "police", "police", false},
                        Case{"fewer than", {0, 30000, false, true}, Around(8500), "organisers",
                             "police", false}}) {
    std::vector<Claim> crowd = {
        Quantity({"ceiling", c.ceiling, Modality::kUnspecified, c.ceiling_source, "",
                  "participants"},
                 "_/participants"),
        Quantity({"count", c.count, Modality::kUnspecified, c.count_source, "", "participants"},
                 "_/participants")};
    for (Claim& x : crowd) {
      x.aspect = Aspect::kOccasion;
      x.confidence = 0.9;
    }
    auto docs = OnePerDocument(crowd);
    docs[0].published = docs[1].published = absl::CivilDay(2024, 1, 15);
    const auto findings = Findings(docs);
    ASSERT_EQ(findings.size(), c.dispute ? 1u : 0u) << c.name;
    if (c.dispute) EXPECT_EQ(findings[0].type, FindingType::kDispute);
  }
}

TEST(ReconcileNumeric, AnOccasionMeetsReportsOfTheNextDays) {
  // A rally's crowd told the evening of the rally and in the next day's paper is one
  // occasion; a projection published days before is not what happened.
  struct Case {
    absl::CivilDay later;
    Modality earlier_modality;
    bool finding;
  };
  for (const Case& c : {Case{absl::CivilDay(2024, 3, 2), Modality::kUnspecified, true},
                        Case{absl::CivilDay(2024, 3, 4), Modality::kUnspecified, true},
                        Case{absl::CivilDay(2024, 3, 9), Modality::kUnspecified, false},
                        Case{absl::CivilDay(2024, 3, 2), Modality::kProjected, false}}) {
    std::vector<Claim> crowd = {
        Quantity({"police said 20,000 people marched", Around(20000), c.earlier_modality,
                  "police", "", "participants"},
                 "_/participants"),
        Quantity({"organisers said 90,000 marched", Around(90000), Modality::kUnspecified,
                  "organisers", "", "participants"},
                 "_/participants")};
    for (Claim& x : crowd) {
      x.aspect = Aspect::kOccasion;
      x.confidence = 0.9;
    }
    auto docs = OnePerDocument(crowd);
    docs[0].published = absl::CivilDay(2024, 3, 1);
    docs[1].published = c.later;
    EXPECT_EQ(Disagreements(docs).size(), c.finding ? 1u : 0u) << c.later;
  }
}

}  // namespace
}  // namespace crosscheck
