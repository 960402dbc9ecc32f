// Figures built by hand for the reconciler's tests (reconcile_test.cc and its siblings), so
// that no lexicon change can break them: a figure's words, value and frame slots, and the
// findings the reconciler gives for documents made of them.
#ifndef CROSSCHECK_TESTS_RECONCILE_FIGURES_H_
#define CROSSCHECK_TESTS_RECONCILE_FIGURES_H_

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck::test_figures {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

struct Figure {
  std::string text;
  Interval value;
  Modality modality = Modality::kUnspecified;
  std::string source;
  std::string rate;
  std::string unit = "troops";
  std::optional<DateRange> time;
};

inline Claim Quantity(const Figure& f, const std::string& key = "north_korea/troops") {
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
inline std::vector<Claim> Tolls(std::vector<Claim> claims) {
  for (Claim& c : claims) {
    c.aspect = Aspect::kCumulative;
    c.confidence = 0.9;
  }
  return claims;
}

inline std::vector<DocumentResult> OnePerDocument(const std::vector<Claim>& claims) {
  std::vector<DocumentResult> docs;
  for (size_t i = 0; i < claims.size(); ++i) {
    DocumentResult d;
    d.id = "doc" + std::to_string(i);
    d.claims.push_back(claims[i]);
    docs.push_back(d);
  }
  return docs;
}

inline std::vector<Finding> Findings(const std::vector<DocumentResult>& docs,
                                     ReconcileOptions o = {}) {
  Options options;
  options.reconcile = o;
  auto checker = Checker::Create(options);
  EXPECT_TRUE(checker.ok());
  return checker->Reconcile(docs);
}

// Options that keep every finding, however unsure.
inline ReconcileOptions AllFindings() {
  ReconcileOptions all;
  all.min_confidence = 0;
  return all;
}

// The findings that say something is wrong: updates left out.
inline std::vector<Finding> Disagreements(const std::vector<DocumentResult>& docs) {
  std::vector<Finding> out;
  for (Finding& f : Findings(docs)) {
    if (f.type != FindingType::kUpdate) out.push_back(std::move(f));
  }
  return out;
}

inline Interval Around(double v, double t = 0.03) { return {v * (1 - t), v * (1 + t)}; }
inline Interval Nearly(double v) { return {v * 0.95, v, false, true}; }
inline Interval UpTo(double v) { return {0, v, true, false}; }
inline Interval Over(double v) { return {v, kInf, true, true}; }
inline Interval AtLeast(double v) { return {v, kInf, false, true}; }
inline Interval Exact(double v) { return Interval::Exact(v); }

struct NumericCase {
  std::string name;
  Figure a, b;
  bool contradiction;
  Severity at_least = Severity::kLow;
};

// The most confident finding with a claim of `document` on either side, and its type
// (confidence -1 and no type when there is none).
struct Touching {
  double confidence = -1;
  std::optional<FindingType> type;
};
inline Touching MostConfidentWith(const std::vector<Finding>& findings, uint32_t document) {
  Touching out;
  for (const Finding& f : findings) {
    bool touches = false;
    for (const ClaimRef& r : f.side_a) touches = touches || r.document == document;
    for (const ClaimRef& r : f.side_b) touches = touches || r.document == document;
    if (!touches || f.confidence < out.confidence) continue;
    out = {f.confidence, f.type};
  }
  return out;
}

// Article "two" gives `first` and `second`, article "other" gives `other`, both published on
// `day`, each figure read at confidence 0.9.
inline std::vector<DocumentResult> TwoBesideOne(const Figure& first, const Figure& second,
                                                const Figure& other, absl::CivilDay day) {
  const std::string key = "_/" + first.unit;
  std::vector<DocumentResult> docs(2);
  docs[0].id = "two";
  docs[0].claims = {Quantity(first, key), Quantity(second, key)};
  docs[1].id = "other";
  docs[1].claims = {Quantity(other, key)};
  for (DocumentResult& d : docs) {
    d.published = day;
    for (Claim& x : d.claims) x.confidence = 0.9;
  }
  return docs;
}

}  // namespace crosscheck::test_figures

#endif  // CROSSCHECK_TESTS_RECONCILE_FIGURES_H_
