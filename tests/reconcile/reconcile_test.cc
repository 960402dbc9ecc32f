// The reconciler on hand-built claims, so that no lexicon change can break these tests.
// Each case: claims (one per document unless stated), then the findings expected.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {
using namespace test_figures;  // NOLINT: the figure builders are this file's vocabulary.

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
    EXPECT_EQ(Findings(docs, AllFindings()).size(), 1u) << ToString(c.modality);
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

TEST(ReconcileNumeric, AFarClusterIsToldAgainstTheCloseOnesBeyondItsNeighbour) {
  // Articles give 3, 14 and 15 (or 3, 9 and 15). 14 and 15 lie close against their gap to 3:
  // the finding of 3 cites both, as a reader tells it, though only neighbours are paired.
  // Spread evenly, each pair is told on its own: 3 against 9, 9 against 15.
  for (const bool close : {true, false}) {
    const auto findings = Findings(OnePerDocument(
        {Quantity({"3 troops", Exact(3)}), Quantity({"x troops", Exact(close ? 14 : 9)}),
         Quantity({"15 troops", Exact(15)})}));
    bool three_against_fifteen = false;
    for (const Finding& f : findings) {
      for (const ClaimRef& a : f.side_a) {
        for (const ClaimRef& b : f.side_b) {
          three_against_fifteen = three_against_fifteen || (a.document == 0 && b.document == 2);
        }
      }
    }
    EXPECT_EQ(three_against_fifteen, close) << (close ? "3, 14, 15" : "3, 9, 15");
    EXPECT_EQ(findings.size(), 2u);
  }
}

TEST(ReconcileNumeric, DifferentKeysNeverMeet) {
  const auto findings = Findings(OnePerDocument(
      {Quantity({"a", Exact(10)}, "north_korea/troops"), Quantity({"b", Exact(99)}, "russia/troops")}));
  EXPECT_TRUE(findings.empty());
}

// A sum with no purpose named ("$42bn", withdrawn; "$209 billion", held) says not what it
// is: such sums never meet. Sums for one named purpose do.
TEST(ReconcileNumeric, SumsOfNoNamedPurposeNeverMeet) {
  auto money = [](const std::string& key, double value) {
    Claim c = Quantity({"sum", Exact(value)}, key);
    c.kind = ClaimKind::kMoney;
    c.unit = "USD";
    return c;
  };
  EXPECT_TRUE(Findings(OnePerDocument({money("_/money", 4.2e10), money("_/money", 2.09e11)})).empty());
  EXPECT_EQ(Findings(OnePerDocument({money("_/loan", 1e8), money("_/loan", 1.7e8)})).size(), 1u);
}

// One figure for one purpose in two currencies: no exchange rate makes them equal. Two sums
// that differ, or sums of no named purpose, are no such finding.
TEST(ReconcileNumeric, SameSumInTwoCurrencies) {
  auto money = [](const std::string& key, double value, const std::string& currency) {
    Claim c = Quantity({"sum", Exact(value)}, key);
    c.kind = ClaimKind::kMoney;
    c.unit = currency;
    return c;
  };
  auto findings = Findings(OnePerDocument({money("_/value", 3.7e6, "EUR"),
                                           money("_/value", 3.7e6, "USD")}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr("in two currencies"));
  EXPECT_TRUE(Findings(OnePerDocument({money("_/value", 3.7e6, "EUR"),
                                       money("_/value", 4.0e6, "USD")})).empty());
  EXPECT_TRUE(Findings(OnePerDocument({money("_/money", 3.7e6, "EUR"),
                                       money("_/money", 3.7e6, "USD")})).empty());
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

  // Counts with no word of their moment: "bereits 15 Tote" (reached so far) would be the
  // newer count on a day they share.
  Figure friday{"10 Tote", Exact(10), Modality::kUnspecified, "", "", "killed"};
  Figure saturday{"15 Tote", Exact(15), Modality::kUnspecified, "", "", "killed"};
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
  findings = Findings(docs, AllFindings());
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

// Whether one side of `f` opens with a claim of document `doc`.
bool SideOpensWith(const Finding& f, uint32_t doc) {
  return f.side_a.at(0).document == doc || f.side_b.at(0).document == doc;
}

TEST(ReconcileNumeric, OnePlaceNamedByTwoArticlesIsTheSettingOfTheUnplacedFigures) {
  // "74 killed in Nice" twice, "80 dead" once: the one place named is the story's setting, so
  // the unplaced toll is Nice's and the pair is told as sure as any, not as a place unknown.
  Figure placed{"74 Tote", Exact(74), Modality::kHappened, "", "", "killed"};
  Figure unplaced{"80 Tote", Exact(80), Modality::kHappened, "", "", "killed"};
  std::vector<Claim> claims = {Quantity(placed, "_/killed"), Quantity(placed, "_/killed"),
                               Quantity(unplaced, "_/killed")};
  claims[0].place = claims[1].place = "nice";
  auto findings = Findings(OnePerDocument(claims));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(SideOpensWith(findings[0], 2));
  EXPECT_GE(findings[0].confidence, 0.85);
  // Named by one article that leaves a toll of its own unplaced: no setting, and the pair
  // is told as one whose place is unknown on one side.
  DocumentResult named;
  named.id = "0";
  named.claims = {claims[0], Quantity(Figure{"3 Tote", Exact(3), Modality::kHappened, "", "",
                                             "killed"}, "_/killed")};
  auto docs = OnePerDocument({claims[2]});
  docs.insert(docs.begin(), named);
  docs[1].id = "1";
  findings = Findings(docs);
  for (const Finding& f : findings) {
    if (SideOpensWith(f, 1)) EXPECT_LT(f.confidence, 0.75) << f.explanation;
  }
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
  EXPECT_TRUE(SideOpensWith(findings[0], 3));
  EXPECT_FALSE(SideOpensWith(findings[0], 2));
  // A place beside the country rather than in it, named by one article against the country's
  // two: a side scene (the other side's dead in a war), and the unplaced figure is still the
  // country's.
  claims[2].place = "india";
  findings = Findings(OnePerDocument(claims));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(SideOpensWith(findings[0], 3));
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
  // Each place named by one article, the country holding the city: the unplaced figure is
  // the country's (a storm's toll beside one region's part of it).
  std::vector<Claim> once = {Quantity(country, "_/killed"), Quantity(city, "_/killed"),
                             Quantity(unplaced, "_/killed")};
  once[0].place = "nepal";
  once[1].place = "kathmandu";
  findings = Findings(OnePerDocument(once));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(SideOpensWith(findings[0], 0));
  EXPECT_FALSE(SideOpensWith(findings[0], 1));
  // Unless the article naming the country leaves a figure of its own unplaced: that one is
  // not the country's, and the unplaced figures meet nothing placed.
  DocumentResult country_doc;
  country_doc.id = "0";
  country_doc.claims = {once[0], Quantity(city, "_/killed")};
  auto docs = OnePerDocument({once[1], once[2]});
  docs.insert(docs.begin(), country_doc);
  for (size_t i = 0; i < docs.size(); ++i) docs[i].id = std::to_string(i);
  ReconcileOptions every;  // Its article giving two figures would blur the finding.
  every.min_confidence = 0;
  for (const Finding& f : Findings(docs, every)) {
    for (const auto& side : {f.side_a, f.side_b}) {
      for (const ClaimRef& r : side) EXPECT_FALSE(r.document == 0 && r.claim == 0);
    }
  }
  // A figure of its own the article dates to another time ("a November fire that killed 112")
  // is another occasion's: the country is the setting again, and its figure meets.
  docs[0].claims[1].time = DateRange{absl::CivilDay(2023, 11, 1), absl::CivilDay(2023, 11, 30)};
  bool cited = false;
  for (const Finding& f : Findings(docs, every)) {
    for (const auto& side : {f.side_a, f.side_b}) {
      for (const ClaimRef& r : side) cited = cited || (r.document == 0 && r.claim == 0);
    }
  }
  EXPECT_TRUE(cited);
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

// A date in digits whose day and month could change places ("11-03-2011") is read in the
// order that meets the group's other dates; written in words, or when neither or both orders
// meet, it is read as parsed.
Claim OnDay(absl::CivilDay day, const std::string& words) {
  Claim c = Date(1, 1);
  c.mutable_date().range = DateRange{day, day};
  c.context = words;
  c.sentence = c.span = {0, static_cast<uint32_t>(words.size())};
  return c;
}

TEST(ReconcileDates, DigitsReadInTheOrderThatMeets) {
  const absl::CivilDay march11(2011, 3, 11), nov3(2011, 11, 3), march5(2011, 3, 5);
  struct Case {
    Claim a, b;
    size_t findings;
  };
  const std::vector<Case> cases = {
      {OnDay(march11, "11 March 2011"), OnDay(nov3, "11-03-2011"), 0},
      {OnDay(march11, "11 March 2011"), OnDay(nov3, "3/11/2011"), 0},
      {OnDay(march11, "11 March 2011"), OnDay(nov3, "November 3, 2011"), 1},  // In words.
      {OnDay(march5, "5 March 2011"), OnDay(nov3, "11-03-2011"), 1},  // Neither order meets.
      {OnDay(march11, "11 March 2011"), OnDay(absl::CivilDay(2011, 11, 30), "11/30/2011"), 1},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Findings(OnePerDocument({c.a, c.b})).size(), c.findings)
        << std::string_view(c.b.context);
  }
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
