// The reconciler on hand-built claims, so that no lexicon change can break these tests.
// Each case: claims (one per document unless stated), then the findings expected.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Figure {
  std::string text;
  Interval value;
  Modality modality = Modality::kUnspecified;
  std::string source;
  std::string rate;
  std::string unit = "troops";
  std::optional<DateRange> time;
};

Claim Quantity(const Figure& f, const std::string& key = "north_korea/troops") {
  // Whose figure it is: the key's first part, as the extractor writes it ("_": unknown).
  Claim c = test_support::FigureClaim(key, f.value, f.text, f.unit);
  // A closed interval around a figure is a rounded figure read with width (Around), as the
  // extractor marks it; a point, a floor or a ceiling is stated as written.
  c.value_is_estimate = f.value.low < f.value.high && std::isfinite(f.value.high) &&
                        !f.value.low_open && !f.value.high_open;
  c.modality = f.modality;
  c.source = f.source;
  c.rate = f.rate;
  c.time = f.time;
  return c;
}

// Figures of a running total (a toll) read from their table nouns, as the extractor marks them.
std::vector<Claim> Tolls(std::vector<Claim> claims) {
  for (Claim& c : claims) {
    c.aspect = Aspect::kCumulative;
    c.confidence = 0.9;
  }
  return claims;
}

std::vector<DocumentResult> OnePerDocument(const std::vector<Claim>& claims) {
  std::vector<DocumentResult> docs;
  for (size_t i = 0; i < claims.size(); ++i) {
    DocumentResult d;
    d.id = "doc" + std::to_string(i);
    d.claims.push_back(claims[i]);
    docs.push_back(d);
  }
  return docs;
}

std::vector<Finding> Findings(const std::vector<DocumentResult>& docs, ReconcileOptions o = {}) {
  Options options;
  options.reconcile = o;
  auto checker = Checker::Create(options);
  EXPECT_TRUE(checker.ok());
  return checker->Reconcile(docs);
}

// The findings that say something is wrong: updates left out.
std::vector<Finding> Disagreements(const std::vector<DocumentResult>& docs) {
  std::vector<Finding> out;
  for (Finding& f : Findings(docs)) {
    if (f.type != FindingType::kUpdate) out.push_back(std::move(f));
  }
  return out;
}

Interval Around(double v, double t = 0.03) { return {v * (1 - t), v * (1 + t)}; }
Interval Nearly(double v) { return {v * 0.95, v, false, true}; }
Interval UpTo(double v) { return {0, v, true, false}; }
Interval Over(double v) { return {v, kInf, true, true}; }
Interval Exact(double v) { return Interval::Exact(v); }

struct NumericCase {
  std::string name;
  Figure a, b;
  bool contradiction;
  Severity at_least = Severity::kLow;
};

TEST(ReconcileNumeric, PairsOfFiguresTable) {
  using M = Modality;
  const std::vector<NumericCase> cases = {
      {"round vs nearly, both reached", {"10.000", Around(10000), M::kHappened},
       {"fast 12.000", Nearly(12000), M::kHappened}, true, Severity::kHigh},
      {"planned total exceeded by what happened", {"insgesamt 10.000", Around(10000), M::kPlanned},
       {"bereits fast 12.000", Nearly(12000), M::kHappened}, true, Severity::kHigh},
      {"happened below the planned total", {"plant 10.000", Around(10000), M::kPlanned},
       {"bereits 1.500", Around(1500), M::kHappened}, false},
      {"projected ceiling not reached yet", {"bis zu 12.000", UpTo(12000), M::kProjected},
       {"fast 12.000", Nearly(12000), M::kHappened}, false},
      {"initial vs happened are not compared", {"ursprünglich bis zu 3.000", UpTo(3000), M::kInitial},
       {"bereits 7.000", Around(7000), M::kHappened}, false},
      {"initial vs initial", {"ursprünglich 3.000", Around(3000), M::kInitial},
       {"initially 9,000", Around(9000), M::kInitial}, true},
      {"planned vs projected overlap", {"plant 10.000", Around(10000), M::kPlanned},
       {"bis zu 12.000", UpTo(12000), M::kProjected}, false},
      {"planned vs planned apart", {"plant 10.000", Around(10000), M::kPlanned},
       {"plans 20,000", Around(20000), M::kPlanned}, true},
      {"over vs about, overlapping", {"über 1.200", Over(1200)}, {"rund 1.300", Around(1300, 0.1)}, false},
      {"over vs about, apart", {"über 1.200", Over(1200)}, {"etwa 600", Around(600, 0.1)}, true,
       Severity::kMedium},
      {"up to vs more", {"bis zu 3.000", UpTo(3000)}, {"mehr als 5.000", Over(5000)}, true},
      {"strict bound excludes the same number", {"weniger als 350", {0, 350, false, true}},
       {"350", Exact(350)}, true},
      {"exact counts meet only when equal", {"747 Drohnen", Exact(747)}, {"751 drones", Exact(751)},
       true},
      {"exact counts equal", {"747", Exact(747)}, {"747 drones", Exact(747)}, false},
      {"converted values within the gap tolerance meet", {"20 km", Exact(20000)},
       {"12.4 miles", Exact(19955.9)}, false},
      {"soft nearly vs round same number", {"fast 12.000", Nearly(12000)}, {"12.000", Around(12000)}, false},
      {"within gap tolerance", {"rund 1.000", Around(1000, 0.1)}, {"1.104", Exact(1104)}, false},
      // The reader's width is the round figure's margin already: past it, a gap of 1 % tells.
      {"past the round figure's width", {"rund 1.000", Around(1000, 0.1)}, {"1.112", Exact(1112)},
       true, Severity::kLow},
      {"just outside gap tolerance", {"rund 1.000", Around(1000, 0.1)}, {"1.130", Exact(1130)}, true},
      {"a stated floor meets an exact count only above it",
       {"mindestens 810", {810, kInf, false, true}}, {"805 Drohnen", Exact(805)}, true},
      {"a stated floor meets an exact count at it", {"mindestens 810", {810, kInf, false, true}},
       {"810 Drohnen", Exact(810)}, false},
      {"different rates are not compared", {"täglich 1.200", Around(1200), M::kUnspecified, "", "day"},
       {"600", Around(600)}, false},
      {"same rate compared", {"täglich 1.200", Around(1200), M::kUnspecified, "", "day"},
       {"600 a day", Around(600), M::kUnspecified, "", "day"}, true},
      {"different units are not compared", {"400 USD", Around(400e6), M::kUnspecified, "", "", "USD"},
       {"800 EUR", Around(800e6), M::kUnspecified, "", "", "EUR"}, false},
      {"disjoint time frames explain the gap",
       {"in October 3,000", Around(3000), M::kHappened, "", "", "troops",
        DateRange{absl::CivilDay(2024, 10, 1), absl::CivilDay(2024, 10, 31)}},
       {"in December 12,000", Around(12000), M::kHappened, "", "", "troops",
        DateRange{absl::CivilDay(2024, 12, 1), absl::CivilDay(2024, 12, 31)}},
       false},
  };
  for (const NumericCase& c : cases) {
    const auto findings = Disagreements(OnePerDocument({Quantity(c.a), Quantity(c.b)}));
    EXPECT_EQ(!findings.empty(), c.contradiction) << c.name;
    if (!findings.empty()) {
      EXPECT_EQ(findings[0].kind, FindingKind::kNumeric) << c.name;
      EXPECT_GE(SeverityLevel(findings[0].severity), c.at_least) << c.name;
      EXPECT_EQ(findings[0].side_a.size() + findings[0].side_b.size(), 2u) << c.name;
      EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr(c.a.text)) << c.name;
      EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr(c.b.text)) << c.name;
    }
  }
}

// Two forecasts that differ (two institutes' projections of one vote) are shown on request
// only; two plans that differ still contradict.
TEST(ReconcileNumeric, ForecastsApartAreShownOnRequestOnly) {
  using M = Modality;
  struct Case {
    M modality;
    bool shown;
  };
  for (const Case c : {Case{M::kProjected, false}, Case{M::kPlanned, true}}) {
    const std::vector<Claim> claims =
        Tolls({Quantity({"wohl 2,9 Prozent", Around(2.9, 0.01), c.modality}),
               Quantity({"likely 3.6 %", Around(3.6, 0.01), c.modality})});
    const auto docs = OnePerDocument(claims);
    EXPECT_EQ(Findings(docs).size(), c.shown ? 1u : 0u) << ToString(c.modality);
    ReconcileOptions all;
    all.min_confidence = 0;
    EXPECT_EQ(Findings(docs, all).size(), 1u) << ToString(c.modality);
  }
}

TEST(ReconcileNumeric, ClustersNotPairs) {
  // Three sources near 10,000 and two near 12,000: one finding listing all five claims.
  std::vector<Claim> claims;
  for (double v : {9900.0, 10000.0, 10100.0}) claims.push_back(Quantity({"a", Around(v)}));
  for (double v : {12000.0, 12050.0}) claims.push_back(Quantity({"b", Around(v)}));
  const auto findings = Findings(OnePerDocument(claims));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].side_a.size() + findings[0].side_b.size(), 5u);
}

TEST(ReconcileNumeric, DifferentKeysNeverMeet) {
  const auto findings = Findings(OnePerDocument(
      {Quantity({"a", Exact(10)}, "north_korea/troops"), Quantity({"b", Exact(99)}, "russia/troops")}));
  EXPECT_TRUE(findings.empty());
}

TEST(ReconcileNumeric, SameSourceIsToldApart) {
  auto docs = OnePerDocument({Quantity({"a", Exact(100), Modality::kHappened, "cnn"}),
                              Quantity({"b", Exact(900), Modality::kHappened, "cnn"})});
  auto findings = Findings(docs);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(findings[0].same_source);
  EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr("contradicts itself"));
  docs[1].claims[0].source = "bbc";
  findings = Findings(docs);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_FALSE(findings[0].same_source);
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
    std::vector<DocumentResult> docs = OnePerDocument(tolls);
    if (c.one_article) {
      docs[0].claims.push_back(docs[1].claims[0]);
      docs.pop_back();
    }
    for (DocumentResult& d : docs) d.published = absl::CivilDay(2024, 7, 30);
    bool update = false;
    for (const Finding& f : Findings(docs)) {
      update = update || (f.type == FindingType::kUpdate && !f.side_a.empty() &&
                          !f.side_b.empty() && f.side_a[0].document != f.side_b[0].document);
    }
    EXPECT_EQ(update, c.update) << c.name;
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

TEST(ReconcileNumeric, ACountBelowAnotherArticlesFloorIsAnEarlierCount) {
  // "20 dead" in one article, "at least 22 dead" the same day in another: the floor is the
  // count confirmed when it was written, so 20 is an earlier count (an update), told even
  // when the first article gives a second figure beside it ("8 in the capital") that would
  // blur a contradiction. An exact 22 is a second reading of the count (a contradiction,
  // blurred); so is a floor from the very article giving the lower count ("6 dead", "at
  // least 7"), which counts two things itself. A rate ("600 a day" against "more than 1,200
  // a day") is no running total: its floor is no later count. A count told as the one the
  // toll rose to ("rises to 22") is the newest when written, as a floor is.
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
    ReconcileOptions all;
    all.min_confidence = 0;
    double confidence = -1;
    std::optional<FindingType> type;
    for (const Finding& f : Findings(docs, all)) {
      bool cross = false;
      for (const ClaimRef& r : f.side_a) cross = cross || r.document == 1;
      for (const ClaimRef& r : f.side_b) cross = cross || r.document == 1;
      if (!cross || f.confidence < confidence) continue;
      confidence = f.confidence;
      type = f.type;
    }
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

TEST(ReconcileNumeric, AnArticleTellingBothSidesOfADisputeIsNoAmbiguity) {
  // Article 0 gives two counts of a march (and maybe a third figure); article 1 repeats the
  // police's. Article 0 is clear when each count is attributed and no source gives both:
  // then the dispute is confident. Unattributed, its two counts may be of two things (the
  // march and a counter-protest).
  struct Count {
    double value;
    std::string source;
  };
  const std::vector<std::pair<std::vector<Count>, bool>> cases = {
      {{{20000, "police"}, {90000, "organisers"}}, true},
      {{{20000, ""}, {90000, ""}}, false},
      {{{20000, "police"}, {90000, ""}}, false},
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
    const std::string key = "_/" + c.first.unit;
    std::vector<DocumentResult> docs(2);
    docs[0].id = "two";
    docs[0].claims = {Quantity(c.first, key), Quantity(c.second, key)};
    docs[1].id = "other";
    docs[1].claims = {Quantity(c.other, key)};
    for (DocumentResult& d : docs) {
      d.published = absl::CivilDay(2024, 11, 12);
      for (Claim& x : d.claims) x.confidence = 0.9;
    }
    ReconcileOptions all;
    all.min_confidence = 0;
    double confidence = -1;
    for (const Finding& f : Findings(docs, all)) {
      for (const ClaimRef& r : f.side_a) {
        if (r.document == 1) confidence = std::max(confidence, f.confidence);
      }
      for (const ClaimRef& r : f.side_b) {
        if (r.document == 1) confidence = std::max(confidence, f.confidence);
      }
    }
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
    const std::string key = "_/" + c.first.unit;
    std::vector<DocumentResult> docs(2);
    docs[0].id = "two";
    docs[0].claims = {Quantity(c.first, key), Quantity(c.second, key)};
    docs[1].id = "other";
    docs[1].claims = {Quantity(c.other, key)};
    for (DocumentResult& d : docs) {
      d.published = absl::CivilDay(2024, 11, 12);
      for (Claim& x : d.claims) x.confidence = 0.9;
    }
    ReconcileOptions all;
    all.min_confidence = 0;
    double confidence = -1;
    for (const Finding& f : Findings(docs, all)) {
      bool cross = false;
      for (const ClaimRef& r : f.side_a) cross = cross || r.document == 1;
      for (const ClaimRef& r : f.side_b) cross = cross || r.document == 1;
      if (cross) confidence = std::max(confidence, f.confidence);
    }
    EXPECT_GT(confidence, 0) << c.name;
    EXPECT_EQ(confidence >= 0.5, c.confident) << c.name;
  }
}

TEST(ReconcileNumeric, AnArticleTellingItsOwnUpdateBlursOnlyTheReplacedCount) {
  // Article 0 says the toll rose to 40 and gives the first count of 31 beside it; article 1
  // gives 46, article 2 gives 28, all on one day. The rise is article 0's own update: its 40
  // against article 1's 46 is confident, but its replaced 31 against article 2's 28 says
  // little. Without "rose to", article 0 gives two readings of one toll and blurs both.
  for (const bool told : {true, false}) {
    std::vector<DocumentResult> docs(3);
    docs[0].id = "rose";
    docs[0].claims = Tolls({Quantity({"first 31", Exact(31)}, "_/killed"),
                            Quantity({"rose to 40", Exact(40),
                                      told ? Modality::kLatest : Modality::kUnspecified},
                                     "_/killed")});
    docs[1].id = "higher";
    docs[1].claims = Tolls({Quantity({"46 dead", Exact(46)}, "_/killed")});
    docs[2].id = "lower";
    docs[2].claims = Tolls({Quantity({"28 dead", Exact(28)}, "_/killed")});
    for (DocumentResult& d : docs) {
      d.published = absl::CivilDay(2024, 5, 2);
      d.story = "flood";
    }
    ReconcileOptions all;
    all.min_confidence = 0;
    double with_top = 0, with_replaced = 0;
    for (const Finding& f : Findings(docs, all)) {
      for (const auto* side : {&f.side_a, &f.side_b}) {
        for (const ClaimRef& r : *side) {
          if (r.document == 1) with_top = std::max(with_top, f.confidence);
          if (r.document == 2) with_replaced = std::max(with_replaced, f.confidence);
        }
      }
    }
    EXPECT_EQ(with_top >= 0.5, told);
    EXPECT_GT(with_replaced, 0);
    EXPECT_LT(with_replaced, 0.5);
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

TEST(ReconcileNumeric, AnOrderOfMagnitudeDoesNotOutrankAToll) {
  // "Several dozen dead" and 49 on the first day, at least 53 the next: the toll rose. Read
  // at its middle (72), the vague figure would make the next day's count a fall.
  Figure dozens{"mehrere Dutzend", {24, 120, false, true}, Modality::kUnspecified, "", "",
                "killed"};
  Figure first{"49", Exact(49), Modality::kUnspecified, "", "", "killed"};
  Figure next{"mindestens 53", {53, kInf, false, true}, Modality::kUnspecified, "", "", "killed"};
  auto docs = OnePerDocument(Tolls({Quantity(dozens, "_/killed"), Quantity(first, "_/killed"),
                                    Quantity(next, "_/killed")}));
  docs[0].published = docs[1].published = absl::CivilDay(2024, 9, 3);
  docs[2].published = absl::CivilDay(2024, 9, 4);
  const std::vector<Finding> found = Findings(docs);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, FindingType::kUpdate);
  EXPECT_THAT(found[0].explanation, ::testing::HasSubstr("The later count is higher"));
}

TEST(ReconcileNumeric, ARevisedMeasureIsUpdatedEitherWay) {
  // Election night's projection, then the result the next morning: a change either way is
  // an update (information), and a result inside an earlier range is none. So is a rate
  // of a running count recomputed as it goes on, and a count that falls as it is worked
  // off (those without power). Deaths falling
  // from one day to the next stay a contradiction: a toll only grows.
  struct Case {
    std::string unit;
    Interval night, morning;
    std::optional<FindingType> want;
  };
  const Interval twelve{11.95, 12.05}, thirteen_and_a_half{13.45, 13.55};
  for (const Case& c : {Case{"vote_share", twelve, thirteen_and_a_half, FindingType::kUpdate},
                        Case{"vote_share", thirteen_and_a_half, twelve, FindingType::kUpdate},
                        Case{"vote_share", {29.0, 30.0}, {29.15, 29.25}, std::nullopt},
                        // 3,3 then 3,2: written precisions that touch do not meet.
                        Case{"vote_share", {3.25, 3.35}, {3.15, 3.25}, FindingType::kUpdate},
                        Case{"turnout", {73.45, 73.55}, {72.85, 72.95}, FindingType::kUpdate},
                        // Seats as the count goes on: 168 at night, 169 once it is done.
                        Case{"seats", Exact(168), Exact(169), FindingType::kUpdate},
                        Case{"seats", Exact(169), Exact(168), FindingType::kUpdate},
                        // An outbreak's fatality rate, recomputed as cases are resolved.
                        Case{"case_fatality_rate", {30.5, 31.5}, {24.15, 24.25},
                             FindingType::kUpdate},
                        // Homes reconnected: fewer without power the next day.
                        Case{"without_power", Exact(50000), Exact(27000), FindingType::kUpdate},
                        Case{"killed", Exact(40), Exact(30), FindingType::kContradiction}}) {
    std::vector<Claim> figures = {
        Quantity({"on election night", c.night, Modality::kUnspecified, "", "", c.unit},
                 "spd/" + c.unit),
        Quantity({"the next morning", c.morning, Modality::kUnspecified, "", "", c.unit},
                 "spd/" + c.unit)};
    for (Claim& x : figures) {
      x.aspect = c.unit == "killed" || c.unit == "without_power" ? Aspect::kCumulative
                                                                  : Aspect::kLevel;
      x.confidence = 0.9;
    }
    auto docs = OnePerDocument(figures);
    docs[0].published = absl::CivilDay(2024, 9, 22);
    docs[1].published = absl::CivilDay(2024, 9, 23);
    const std::vector<Finding> found = Findings(docs);
    if (!c.want) {
      EXPECT_TRUE(found.empty()) << c.unit << " " << c.night.low;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.unit << " " << c.night.low;
    EXPECT_EQ(found[0].type, *c.want) << c.unit << " " << c.night.low;
  }
}

TEST(ReconcileNumeric, ACountOfThoseStillAffectedMayFall) {
  // The missing are found and patients go home: a later, lower count of those still missing
  // or still in hospital is an update, even a deep fall (a third of them found overnight),
  // and told with full confidence. A toll of the dead that falls stays a contradiction.
  struct Case {
    std::string unit;
    double first, next;
    FindingType want;
  };
  for (const Case& c : {Case{"missing", 30, 19, FindingType::kUpdate},
                        Case{"missing", 12, 40, FindingType::kUpdate},
                        Case{"in_hospital", 9, 5, FindingType::kUpdate},
                        Case{"killed", 30, 19, FindingType::kContradiction}}) {
    std::vector<Claim> figures = {
        Quantity({"on Monday", Exact(c.first), Modality::kUnspecified, "", "", c.unit},
                 "_/" + c.unit),
        Quantity({"on Tuesday", Exact(c.next), Modality::kUnspecified, "", "", c.unit},
                 "_/" + c.unit)};
    for (Claim& x : figures) {
      x.aspect = Aspect::kCumulative;
      x.confidence = 0.9;
    }
    auto docs = OnePerDocument(figures);
    docs[0].published = absl::CivilDay(2025, 3, 10);
    docs[1].published = absl::CivilDay(2025, 3, 11);
    ReconcileOptions all;
    all.min_confidence = 0;  // The toll's deep fall is told below the default confidence.
    const std::vector<Finding> found = Findings(docs, all);
    ASSERT_EQ(found.size(), 1u) << c.unit << " " << c.first;
    EXPECT_EQ(found[0].type, c.want) << c.unit << " " << c.first;
    if (c.want == FindingType::kUpdate) {
      EXPECT_DOUBLE_EQ(found[0].confidence, 0.9) << c.unit << " " << c.first;
    }
  }
}

TEST(ReconcileNumeric, FiguresThatMeetDoNotDisagreeThoughAnotherDayChainedThem) {
  // "over 5,000" and "12,000" of one day can both hold. A figure of a later day that meets
  // "over 5,000" only (4,800-5,200 a week on) cuts the clusters between them, and once the
  // later day's figure is set aside the two left must not be called a contradiction. Two
  // figures of that day that cannot both hold still are.
  const DateRange day{absl::CivilDay(2025, 1, 12), absl::CivilDay(2025, 1, 12)};
  const DateRange week_on{absl::CivilDay(2025, 1, 19), absl::CivilDay(2025, 1, 19)};
  for (const bool really_apart : {false, true}) {
    std::vector<Claim> figures = {
        Quantity({"over 5,000", really_apart ? Interval{5000, 5100} : Over(5000),
                  Modality::kUnspecified, "", "", "structures", day},
                 "_/structures"),
        Quantity({"12,000", Exact(12000), Modality::kUnspecified, "", "", "structures", day},
                 "_/structures"),
        Quantity({"4,800 to 5,200", {4800, 5200}, Modality::kUnspecified, "", "", "structures",
                  week_on},
                 "_/structures")};
    for (Claim& x : figures) x.confidence = 0.9;
    EXPECT_EQ(Disagreements(OnePerDocument(figures)).size(), really_apart ? 1u : 0u);
  }
  // At a tie the open end decides: "up to 12,600" and "at least 12,600" share 12,600,
  // "more than 12,600" shares nothing with "up to 12,600".
  std::vector<Claim> tie = {
      Quantity({"up to 12,600", UpTo(12600), Modality::kUnspecified, "", "", "tanks", day},
               "_/tanks"),
      Quantity({"at least 12,600", {12600, kInf}, Modality::kUnspecified, "", "", "tanks", day},
               "_/tanks"),
      Quantity({"more than 12,600", Over(12600), Modality::kUnspecified, "", "", "tanks", day},
               "_/tanks")};
  tie[0].value.low_open = false;
  for (Claim& x : tie) x.confidence = 0.9;
  EXPECT_EQ(Disagreements(OnePerDocument(tie)).size(), 1u);
}

TEST(ReconcileNumeric, TimeFramesAreMatchedWithoutTryingEveryPair) {
  // Two clusters of 20,000 figures whose time frames all exclude each other but for one pair:
  // only that pair is reported, and no pair of frames is tried one by one (400 M pairs).
  constexpr int kEach = 20'000;
  auto day = [](int d) {
    return DateRange{absl::CivilDay(2000, 1, 1) + d, absl::CivilDay(2000, 1, 1) + d};
  };
  std::vector<Claim> claims;
  for (int i = 0; i < kEach; ++i) {
    claims.push_back(Quantity({"a", Exact(10000), Modality::kHappened, "", "", "troops", day(i)}));
  }
  for (int i = 0; i < kEach; ++i) {
    claims.push_back(
        Quantity({"b", Exact(20000), Modality::kHappened, "", "", "troops", day(kEach + i)}));
  }
  claims.push_back(Quantity({"b", Exact(20000), Modality::kHappened, "", "", "troops", day(7)}));
  DocumentResult doc;
  doc.id = "doc";
  doc.claims = claims;
  const auto findings = Findings({doc});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].side_a, (std::vector<ClaimRef>{{0, 7}}));
  EXPECT_EQ(findings[0].side_b, (std::vector<ClaimRef>{{0, 2 * kEach}}));
}

TEST(ReconcileNumeric, ExplanationsAreForPeople) {
  // The figures as written, what they count and whose they are, where, when and according to
  // whom, and why they cannot both hold; no keys, no interval notation.
  auto figure = [](double low, double high, const std::string& text, bool high_open = false) {
    Figure f{text, {low, high, false, high_open}, Modality::kHappened};
    return Quantity(f);
  };
  std::vector<Claim> claims = {figure(9700, 10300, "10.000 Soldaten"),
                               figure(2.5e9, 2.5e9, "2,5 Milliarden"),
                               figure(1.5e6, 1.5e6, "1,5 Millionen")};
  claims[2].source = "cnn";
  claims[0].place = "kursk_oblast";
  claims[2].place = "kursk_oblast";
  auto docs = OnePerDocument(claims);
  docs[0].published = absl::CivilDay(2024, 10, 23);
  auto findings = Findings(docs);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].explanation,
            "Figures for troops of North Korea in Kursk Oblast: doc0 (2024-10-23) “10.000 Soldaten” "
            "against doc2 (according to CNN) “1,5 Millionen”. They cannot both be true (both are "
            "figures reached).");
  EXPECT_EQ(findings[1].explanation,
            "Figures for troops of North Korea in Kursk Oblast: doc2 (according to CNN) “1,5 "
            "Millionen” against doc1 “2,5 Milliarden”. They cannot both be true (both are figures "
            "reached).");
  claims = {figure(10000, 10000, "insgesamt 10.000"), figure(11400, 12000, "fast 12.000")};
  claims[0].modality = Modality::kPlanned;
  claims[0].source = "reports";
  claims[1].source = "ukraine+south_korea+united_states";
  findings = Findings(OnePerDocument(claims));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].explanation,
            "Figures for troops of North Korea: doc0 (according to reports) “insgesamt 10.000” against "
            "doc1 (according to Ukraine, South Korea and United States) “fast 12.000”. More have "
            "already been reached than were planned or projected in all.");
}

TEST(ReconcileNumeric, AFirstFigureIsUpdatedByAnotherArticlesCount) {
  // "zunächst 3.000 Fahrzeuge" in one article, "rund 6.000 Fahrzeuge" in another of the same
  // day: an update. Not when one article gives both (it tells the update itself), when the
  // two are different sources' counts, when the later count is of another day, when they
  // meet, when the later one names a place the first does not (a part of it), or when the
  // first figure's own article gives a higher count (it recalls the first figure beside the
  // count that went on; one its own count falls to is still revised elsewhere).
  struct Case {
    std::string name;
    double later;
    std::string first_source, later_source;
    bool same_article;
    int days_apart;
    bool update;
    std::string later_place = "";
    double own_count = 0;  // A count reached in the first figure's article; 0: none.
  };
  const std::vector<Case> cases = {
      {"other article, same day", 6000, "", "police", false, 0, true},
      {"same article", 6000, "", "police", true, 0, false},
      {"other sources", 6000, "organisers", "police", false, 0, false},
      {"other day", 6000, "", "police", false, 9, false},
      {"they meet", 3050, "", "police", false, 0, false},
      {"a named place's part", 1000, "", "police", false, 0, false, "munich"},
      {"its own article counts higher", 6000, "", "police", false, 0, false, "", 8000},
      {"its own article counts lower", 6000, "", "police", false, 0, true, "", 2000},
  };
  for (const Case& c : cases) {
    Claim first = Quantity({"zunächst 3.000", Around(3000), Modality::kInitial, c.first_source, "",
                            "vehicles"},
                           "_/vehicles");
    Claim later = Quantity({"6.000", Around(c.later), Modality::kUnspecified, c.later_source, "",
                            "vehicles"},
                           "_/vehicles");
    later.place = c.later_place;
    for (Claim* x : {&first, &later}) {
      x->aspect = Aspect::kOccasion;
      x->confidence = 0.9;
    }
    std::vector<DocumentResult> docs(c.same_article ? 1 : 2);
    docs[0].id = "first";
    docs[0].claims = {first};
    if (c.same_article) {
      docs[0].claims.push_back(later);
    } else {
      docs[1].id = "later";
      docs[1].claims = {later};
      docs[1].published = absl::CivilDay(2024, 1, 15) + c.days_apart;
    }
    if (c.own_count > 0) {
      Claim own = later;
      own.value = Around(c.own_count);
      own.place = "";
      docs[0].claims.push_back(own);
    }
    docs[0].published = absl::CivilDay(2024, 1, 15);
    bool update = false;
    for (const Finding& f : Findings(docs)) update = update || f.type == FindingType::kUpdate;
    EXPECT_EQ(update, c.update) << c.name;
  }
}

TEST(ReconcileNumeric, FindingTypes) {
  // Two named sources at the same time: a dispute; a running total that differs a day later:
  // an update; one article against itself with a full frame: an inconsistency.
  Figure police{"300.000", Around(300000), Modality::kHappened, "police", "", "protesters"};
  Figure organisers{"800.000", Around(800000), Modality::kHappened, "organisers", "", "protesters"};
  auto findings = Findings(OnePerDocument({Quantity(police, "_/protesters"),
                                           Quantity(organisers, "_/protesters")}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kDispute);
  EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr("The sources disagree."));
  // An article that repeats the police's figure without naming them does not make that side
  // anonymous; a side naming two sources does.
  auto with_police = [&](const Figure& beside) {
    return Findings(OnePerDocument({Quantity(police, "_/protesters"),
                                    Quantity(beside, "_/protesters"),
                                    Quantity(organisers, "_/protesters")}));
  };
  Figure repeated{"rund 300.000", Around(300000), Modality::kHappened, "", "", "protesters"};
  findings = with_police(repeated);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kDispute);
  Figure city{"310.000", Around(310000), Modality::kHappened, "city", "", "protesters"};
  findings = with_police(city);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kContradiction);

  Figure friday{"10 Tote", Exact(10), Modality::kHappened, "", "", "killed"};
  Figure saturday{"15 Tote", Exact(15), Modality::kHappened, "", "", "killed"};
  auto docs = OnePerDocument(Tolls({Quantity(friday, "_/killed"), Quantity(saturday, "_/killed")}));
  docs[0].published = absl::CivilDay(2024, 10, 25);
  docs[1].published = absl::CivilDay(2024, 10, 26);
  findings = Findings(docs);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kUpdate);
  EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr("The later count is higher"));
  // A later, lower count: a revision or another scope, reported only with --all.
  std::swap(docs[0].published, docs[1].published);
  EXPECT_TRUE(Findings(docs).empty());
  ReconcileOptions all;
  all.min_confidence = 0;
  findings = Findings(docs, all);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kContradiction);
  EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr("a revision or an error"));
  // A small fall (15, then 14) is the same count revised, not a smaller scope: reported by
  // default; one whose figures still meet ("more than 14") is not.
  for (const auto& [later, reported] : {std::pair{Exact(14), true}, std::pair{Over(14), false}}) {
    auto small = docs;
    small[0].claims[0].value = later;  // After the swap, document 0 is the later.
    EXPECT_EQ(Findings(small).size(), reported ? 1u : 0u) << later.low;
  }
  // The same with the group named on both sides ("medical students"): no hidden smaller scope,
  // so the fall is reported by default.
  auto named = docs;
  for (auto& d : named) d.claims[0].subject = "students";
  findings = Findings(named);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kContradiction);
  std::swap(docs[0].published, docs[1].published);
  // The same day: the outlets disagree.
  docs[1].published = docs[0].published;
  findings = Findings(docs);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kContradiction);
  // A level (troops in a region) holds for some days around its article: still compared.
  Figure a{"1.500", Around(1500), Modality::kHappened}, b{"7,000", Around(7000), Modality::kHappened};
  docs = OnePerDocument({Quantity(a), Quantity(b)});
  docs[0].published = absl::CivilDay(2024, 10, 23);
  docs[1].published = absl::CivilDay(2024, 10, 28);
  findings = Findings(docs);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kContradiction);

  // One article against itself.
  DocumentResult one;
  one.id = "doc";
  one.claims = {Quantity(a), Quantity(b)};
  findings = Findings({one});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, FindingType::kInconsistency);
  // ... but not when whose figures these are is unknown: they may count different things.
  one.claims = {Quantity(a, "_/troops"), Quantity(b, "_/troops")};
  EXPECT_TRUE(Findings({one}).empty());
  // ... nor when one has its place and the other none (a city's figure beside the state's).
  one.claims = {Quantity(a), Quantity(b)};
  one.claims[0].place = "kursk";
  EXPECT_TRUE(Findings({one}).empty());
}

TEST(ReconcileNumeric, PlacesSplitOnlyWhenTwoAreNamed) {
  // One place named with some figures and not with others: they meet (at lower confidence).
  // Two places named: each place's figures meet only their own.
  Figure region{"158 Tote", Exact(158), Modality::kHappened, "", "", "killed"};
  Figure town{"62 Tote", Exact(62), Modality::kHappened, "", "", "killed"};
  Figure unplaced{"95 Tote", Exact(95), Modality::kHappened, "", "", "killed"};
  std::vector<Claim> claims = {Quantity(region, "_/killed"), Quantity(unplaced, "_/killed")};
  claims[0].place = "valencia";
  auto findings = Findings(OnePerDocument(claims));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_LT(findings[0].confidence, 0.9);
  claims.push_back(Quantity(town, "_/killed"));
  claims[2].place = "paiporta";
  findings = Findings(OnePerDocument(claims));
  EXPECT_TRUE(findings.empty());
}

TEST(ReconcileNumeric, UnplacedFiguresAreOfTheSettingThatHoldsTheOtherPlaces) {
  // Two articles name the country, one a city in it, one no place: the unplaced figure is the
  // country's and meets its figures; the city's stays a part.
  Figure country{"19 Tote", Exact(19), Modality::kHappened, "", "", "killed"};
  Figure city{"8 Tote", Exact(8), Modality::kHappened, "", "", "killed"};
  Figure unplaced{"36 Tote", Exact(36), Modality::kHappened, "", "", "killed"};
  std::vector<Claim> claims = {Quantity(country, "_/killed"), Quantity(country, "_/killed"),
                               Quantity(city, "_/killed"), Quantity(unplaced, "_/killed")};
  claims[0].place = claims[1].place = "nepal";
  claims[2].place = "kathmandu";
  auto findings = Findings(OnePerDocument(claims));
  ASSERT_EQ(findings.size(), 1u);
  const std::vector<ClaimRef> sides[] = {findings[0].side_a, findings[0].side_b};
  EXPECT_TRUE(std::any_of(std::begin(sides), std::end(sides),
                          [](const auto& side) { return side.at(0).document == 3; }));
  EXPECT_TRUE(std::none_of(std::begin(sides), std::end(sides),
                           [](const auto& side) { return side.at(0).document == 2; }));
  // A place beside the country rather than in it, named by one article against the country's
  // two: a side scene (the other side's dead in a war), and the unplaced figure is still the
  // country's.
  claims[2].place = "india";
  findings = Findings(OnePerDocument(claims));
  ASSERT_EQ(findings.size(), 1u);
  const std::vector<ClaimRef> beside[] = {findings[0].side_a, findings[0].side_b};
  EXPECT_TRUE(std::any_of(std::begin(beside), std::end(beside),
                          [](const auto& side) { return side.at(0).document == 3; }));
  // Named by more than half as many articles (a storm crossing two states): the unplaced
  // figure may be the total of both, and meets nothing.
  std::vector<Claim> storm = claims;
  storm.push_back(Quantity(country, "_/killed"));
  storm.push_back(Quantity(city, "_/killed"));
  storm[4].place = "nepal";
  storm[5].place = "india";
  EXPECT_TRUE(Findings(OnePerDocument(storm)).empty());
  // Nor is there a setting when no place is named by more articles than every other.
  claims[1] = Quantity(city, "_/killed");
  claims[1].place = claims[2].place = "kathmandu";
  claims.push_back(Quantity(country, "_/killed"));
  claims[4].place = "nepal";
  EXPECT_TRUE(Findings(OnePerDocument(claims)).empty());
}

TEST(ReconcileOptionsTest, MinSeverityAndKinds) {
  const auto docs = OnePerDocument({Quantity({"a", Exact(1000)}), Quantity({"b", Exact(1030)})});
  ReconcileOptions o;
  ASSERT_EQ(Findings(docs, o).size(), 1u);
  EXPECT_LT(Findings(docs, o)[0].severity, 0.9);
  o.min_severity = 0.9;
  EXPECT_TRUE(Findings(docs, o).empty());
  o.min_severity = 0;
  o.check_numeric = false;
  EXPECT_TRUE(Findings(docs, o).empty());
}

Claim Quote(const std::string& speaker, const std::string& content,
            std::vector<std::string> topics = {"russia", "north_korea"},
            QuoteForm form = QuoteForm::kDirect) {
  Claim c = test_support::HandClaim(ClaimKind::kQuote, "quote/" + speaker, "„" + content + "“");
  c.mutable_quote().speaker = speaker;
  c.mutable_quote().content = content;
  c.mutable_quote().topics = std::move(topics);
  c.form = form;
  return c;
}

struct QuoteCase {
  std::string name;
  Claim a, b;
  bool contradiction;
};

TEST(ReconcileQuotes, Table) {
  const std::string b = "antony_blinken";
  const std::vector<QuoteCase> cases = {
      {"antonym compound, fragment vs direct", Quote(b, "Zweibahnstraße", {"russia"}, QuoteForm::kFragment),
       Quote(b, "Die Beziehung zwischen Russland und Nordkorea ist eine Einbahnstraße"), true},
      {"antonym across languages", Quote(b, "Die Beziehung ist eine Einbahnstraße"),
       Quote(b, "The relationship is a two-way street"), true},
      {"negation of the same words", Quote(b, "North Korean troops are fighting in Kursk"),
       Quote(b, "North Korean troops are not fighting in Kursk"), true},
      {"negated antonym agrees", Quote(b, "Das ist keine Einbahnstraße"),
       Quote(b, "Das ist eine Zweibahnstraße"), false},
      {"different numbers in the same words", Quote(b, "We have seen 8000 troops in Kursk"),
       Quote(b, "We have seen 3000 troops in Kursk"), true},
      {"paraphrase is no contradiction", Quote(b, "Es ist unser Geschäft"),
       Quote(b, "Das ist unsere Angelegenheit"), false},
      {"same words, other marks", Quote(b, "Die Lage ist ernst und wir handeln"),
       Quote(b, "Die Lage ist ernst und wir handeln"), false},
      {"different topics", Quote(b, "Eine Einbahnstraße", {"china"}),
       Quote(b, "Eine Zweibahnstraße", {"russia"}), false},
      {"labels are not speech", Quote(b, "Einbahnstraße", {"russia"}, QuoteForm::kLabel),
       Quote(b, "Zweibahnstraße"), false},
      {"different speakers never meet", Quote(b, "eine Einbahnstraße"),
       Quote("john_kirby", "eine Zweibahnstraße"), false},
  };
  for (const QuoteCase& c : cases) {
    const auto findings = Findings(OnePerDocument({c.a, c.b}));
    EXPECT_EQ(!findings.empty(), c.contradiction) << c.name;
    if (!findings.empty()) EXPECT_EQ(findings[0].kind, FindingKind::kQuote) << c.name;
  }
}

TEST(ReconcileQuotes, UserAntonyms) {
  const auto docs = OnePerDocument({Quote("x", "the market is bullish"), Quote("x", "the market is bearish")});
  EXPECT_TRUE(Findings(docs).empty());
  // User antonyms are language data, applied where quotations get their terms: here, since
  // these quotes are built by hand, by the checker that reconciles them.
  Options o;
  o.extract.antonyms = {{"bullish", "bearish"}};
  auto checker = Checker::Create(o);
  ASSERT_TRUE(checker.ok());
  EXPECT_EQ(checker->Reconcile(docs).size(), 1u);
}

Claim Role(const std::string& person, const std::string& role) {
  Claim c = test_support::HandClaim(ClaimKind::kRole, "role/" + person, role);
  c.mutable_role().person = person;
  c.mutable_role().role = role;
  return c;
}

TEST(ReconcileRoles, Table) {
  const std::vector<std::tuple<std::string, std::string, bool>> cases = {
      {"us_secretary_of_defense", "us_secretary_of_state", true},
      {"us_secretary_of_state", "us_secretary_of_state", false},
      {"foreign_minister", "ukraine_foreign_minister", false},
      {"ukraine_foreign_minister", "russia_foreign_minister", true},
      {"spokesperson", "us_nsc_spokesperson", false},
  };
  for (const auto& [a, b, contradiction] : cases) {
    const auto findings = Findings(OnePerDocument({Role("lloyd_austin", a), Role("lloyd_austin", b)}));
    EXPECT_EQ(!findings.empty(), contradiction) << a << " vs " << b;
  }
}

Claim Date(int from, int to, const std::string& key = "date/interview/russia") {
  Claim c = test_support::HandClaim(ClaimKind::kDate, key, "am " + std::to_string(from) + ". Oktober");
  c.mutable_date().range = DateRange{absl::CivilDay(2024, 10, from), absl::CivilDay(2024, 10, to)};
  return c;
}

TEST(ReconcileDates, Table) {
  EXPECT_TRUE(Findings(OnePerDocument({Date(27, 28), Date(27, 27)})).empty());   // Overlap.
  EXPECT_EQ(Findings(OnePerDocument({Date(25, 25), Date(18, 18)})).size(), 1u);   // A week apart.
  EXPECT_TRUE(Findings(OnePerDocument({Date(25, 25), Date(18, 18, "date/interview/china")})).empty());
  Claim unresolved = Date(1, 1);
  unresolved.mutable_date().range.reset();
  EXPECT_TRUE(Findings(OnePerDocument({Date(25, 25), unresolved})).empty());
  const auto near = Findings(OnePerDocument({Date(25, 25), Date(24, 24)}));
  ASSERT_EQ(near.size(), 1u);
  EXPECT_LT(SeverityLevel(near[0].severity), Severity::kHigh);  // A day apart: could be time zones.
}

TEST(ReconcileDates, ExplanationSpellsTheDays) {
  Claim early = Date(1, 1);
  early.mutable_date().range = DateRange{absl::CivilDay(987, 2, 3), absl::CivilDay(987, 2, 5)};
  early.context = "im Jahr 987";
  early.sentence = early.span = {0, static_cast<uint32_t>(early.context.size())};
  const auto findings = Findings(OnePerDocument({Date(1, 1), early}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].explanation,
            "Dates of the interview: doc1 “im Jahr 987” against doc0 “am 1. Oktober”. 987-02-03 to "
            "987-02-05 and 2024-10-01 do not overlap (378995 days apart).");
}

// A day whose year the article leaves open ("am 25. Oktober", no publication date) keeps its
// month and day and compares by them with other dates of its key.
Claim Yearless(int from, int to) {
  Claim c = Date(from, to);
  c.mutable_date().range = DateRange{absl::CivilDay(0, 10, from), absl::CivilDay(0, 10, to)};
  return c;
}

TEST(ReconcileDates, DaysWithoutYearCompareByMonthAndDay) {
  EXPECT_TRUE(Findings(OnePerDocument({Yearless(27, 28), Date(27, 27)})).empty());
  EXPECT_TRUE(Findings(OnePerDocument({Yearless(25, 25), Yearless(25, 25)})).empty());
  EXPECT_EQ(Findings(OnePerDocument({Yearless(25, 25), Yearless(18, 18)})).size(), 1u);
  const auto apart = Findings(OnePerDocument({Yearless(25, 25), Date(18, 18)}));
  ASSERT_EQ(apart.size(), 1u);
  EXPECT_NE(apart[0].explanation.find("--10-18 and --10-25 do not overlap (7 days apart)"),
            std::string::npos)
      << apart[0].explanation;
}

TEST(Reconcile, OutputIsSortedAndDeterministic) {
  std::vector<Claim> claims = {Quantity({"a", Exact(1)}), Quantity({"b", Exact(100)}),
                               Role("p", "us_secretary_of_state"), Role("p", "us_secretary_of_defense")};
  const auto first = Findings(OnePerDocument(claims));
  std::reverse(claims.begin(), claims.end());
  const auto second = Findings(OnePerDocument(claims));
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i].severity, second[i].severity);
  for (size_t i = 1; i < first.size(); ++i) EXPECT_GE(first[i - 1].severity, first[i].severity);
}

}  // namespace
}  // namespace crosscheck
