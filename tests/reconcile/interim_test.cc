// A projection's figure against a result with nothing to order them: stages of one count,
// not a contradiction (lib/reconcile/numeric.cc, InterimUnordered). Hand-built claims.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

Claim Share(const std::string& text, double value) {
  Claim c = test_support::FigureClaim("greens/vote_share", Interval::Exact(value), text);
  c.confidence = 0.9;
  return c;
}

// The evening's figure (`evening`) and an undated result, in articles of language `lang`.
size_t Shown(const Claim& evening, const std::string& lang = "") {
  std::vector<DocumentResult> docs(2);
  docs[0].id = "evening";
  docs[0].lang = lang;
  docs[0].claims.push_back(evening);
  docs[1].id = "result";
  docs[1].lang = lang;
  docs[1].claims.push_back(Share("Die Grünen erreichten 14,8 Prozent.", 14.8));
  auto checker = Checker::Create();
  EXPECT_TRUE(checker.ok());
  return checker->Reconcile(docs).size();
}

TEST(ReconcileInterim, ProjectionAgainstResultIsNoContradiction) {
  // "Laut Hochrechnung liegen die Grünen bei 15,5 Prozent" beside an undated "14,8 Prozent":
  // the evening's projection and the result. Two figures of no projection still contradict,
  // whoever gives them.
  Claim projected = Share("Die Grünen liegen bei 15,5 Prozent.", 15.5);
  projected.source = "hochrechnung";
  projected.value_is_interim = true;
  EXPECT_EQ(Shown(projected), 0u);
  for (const std::string source : {"", "police"}) {
    Claim counted = Share("Die Grünen liegen bei 15,5 Prozent.", 15.5);
    counted.source = source;
    EXPECT_EQ(Shown(counted), 1u) << source;
  }
}

TEST(ReconcileInterim, ClaimsReadBackAreMarkedByTheirSource) {
  // JSON does not carry the mark: the checker marks a figure whose source names a projection
  // in its article's language (interim_sources.tsv), as extraction does.
  struct Case {
    std::string source, lang;
    size_t shown;
  };
  for (const Case& c : {Case{"hochrechnung", "de", 0}, Case{"ard-hochrechnung", "de", 0},
                        Case{"prognosen", "de", 0}, Case{"exit_poll", "en", 0},
                        Case{"police", "de", 1}, Case{"hochrechnung", "", 1}}) {
    Claim read = Share("Die Grünen liegen bei 15,5 Prozent.", 15.5);
    read.source = c.source;
    EXPECT_EQ(Shown(read, c.lang), c.shown) << c.source << " " << c.lang;
  }
}

TEST(ReconcileInterim, TwoProjectionsOfOneEveningAreNoContradiction) {
  // Two articles of one evening, each reporting a projection in its lead (15,5 at seven, 14,9 at ten):
  // stages of the count. A projection of the next day against the evening's stays compared.
  for (const int day : {26, 28}) {
    std::vector<DocumentResult> docs(2);
    for (size_t i = 0; i < 2; ++i) {
      Claim c = Share("Die Grünen liegen demnach bei " + std::string(i ? "14,9" : "15,5") +
                          " Prozent.", i ? 14.9 : 15.5);
      c.value_in_projection_report = true;  // Each article's lead names a projection.
      docs[i].id = i ? "late" : "early";
      docs[i].published = absl::CivilDay(2021, 9, i ? day : 26);
      docs[i].claims.push_back(c);
    }
    auto checker = Checker::Create();
    ASSERT_TRUE(checker.ok());
    EXPECT_EQ(checker->Reconcile(docs).size(), day == 26 ? 0u : 1u) << day;
  }
}

}  // namespace
}  // namespace crosscheck
