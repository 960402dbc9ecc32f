// The reconciler on revised figures, counts that may fall, time frames and explanations.
// Claims are built by hand (figures.h).
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/reconcile/figures.h"

namespace crosscheck {
namespace {

using namespace test_figures;  // NOLINT: the figure builders are this file's vocabulary.

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
                        // Electoral votes called state by state: 279 at night, 306 once done.
                        Case{"electoral_votes", Exact(279), Exact(306), FindingType::kUpdate},
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

TEST(ReconcileNumeric, AShareDatedMonthsBeforeIsAnotherBallots) {
  // December's rerun: 46.4 % for a candidate, and another article recalls his 35.1 % in the
  // first round, dated to April. A count is revised for weeks, not months: no update. A
  // result both articles leave undated, four months apart, may still be the one counted then
  // (a later article on the official result): still an update.
  for (const bool stated : {true, false}) {
    Claim april = Quantity({"35,1 Prozent", {35.05, 35.15}, Modality::kUnspecified, "", "",
                            "vote_share"}, "hofer/vote_share");
    Claim december = Quantity({"46,4 Prozent", {46.35, 46.45}, Modality::kUnspecified, "", "",
                               "vote_share"}, "hofer/vote_share");
    for (Claim* x : {&april, &december}) x->aspect = Aspect::kLevel, x->confidence = 0.9;
    if (stated) april.time = DateRange{absl::CivilDay(2016, 4, 24), absl::CivilDay(2016, 4, 24)};
    auto docs = OnePerDocument({april, december});
    docs[0].published = stated ? absl::CivilDay(2016, 12, 4) : absl::CivilDay(2016, 8, 4);
    docs[1].published = absl::CivilDay(2016, 12, 4);
    const std::vector<Finding> found = Findings(docs);
    EXPECT_EQ(found.size(), stated ? 0u : 1u) << stated;
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
    // The toll's deep fall is told below the default confidence.
    const std::vector<Finding> found = Findings(docs, AllFindings());
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

TEST(ReconcileNumeric, ANamesArticleIsNoAcronym) {
  // "el_mundo" is El Mundo, "banco_de_espana" Banco de Espana; "cnn" and "us_army" stay CNN, US.
  const std::pair<std::string, std::string> names[] = {{"el_mundo", "El Mundo"},
                                                       {"banco_de_espana", "Banco de Espana"},
                                                       {"us_army", "US Army"}};
  for (const auto& [key, name] : names) {
    std::vector<Claim> claims = {Quantity({"130 Verletzte", {130, 130}, Modality::kHappened}),
                                 Quantity({"143 Verletzte", {143, 143}, Modality::kHappened})};
    claims[1].source = key;
    const auto findings = Findings(OnePerDocument(claims));
    ASSERT_EQ(findings.size(), 1u) << key;
    EXPECT_NE(findings[0].explanation.find("(according to " + name + ")"), std::string::npos)
        << findings[0].explanation;
  }
}

TEST(ReconcileNumeric, AFirstFigureIsUpdatedByAnotherArticlesCount) {
  // "zunächst 3.000 Fahrzeuge" in one article, "rund 6.000 Fahrzeuge" in another of the same
  // day: an update. Not when one article gives both (it tells the update itself), when the
  // two are different sources' counts, when the later count is of another day, when they
  // meet, when the later one names a place the first does not (a part of it), or when the
  // first figure's own article gives another count it does not meet (it recalls the first
  // figure beside the count that went on, or took it back for a lower one).
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
      {"its own article counts lower", 6000, "", "police", false, 0, false, "", 2000},
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

}  // namespace
}  // namespace crosscheck
