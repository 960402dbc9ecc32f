// crosscheck::Reconcile on hand-built documents, with no Checker and so no language data:
// everything it compares is on the claims, including the terms of quotations, and a pair of
// opposites no table knows is as good as any.
#include <string>
#include <vector>

#include "crosscheck/reconcile.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/claims.h"

namespace crosscheck {
namespace {

using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::HasSubstr;

Claim Quote(const std::string& content, std::vector<std::string> words,
            std::vector<std::string> negations = {}, std::vector<std::string> opposites = {},
            std::vector<std::string> numbers = {}) {
  Claim c = test_support::HandClaim(ClaimKind::kQuote, "quote/ada_lovelace", content);
  c.mutable_quote().speaker = "ada_lovelace";
  c.mutable_quote().content = content;
  c.mutable_quote().topics = {"engines"};
  c.mutable_quote().quote_words = std::move(words);
  c.mutable_quote().quote_negations = std::move(negations);
  c.mutable_quote().quote_opposites = std::move(opposites);
  c.mutable_quote().quote_numbers = std::move(numbers);
  return c;
}

Claim Figure(double value) {
  return test_support::FigureClaim("engines/built", Interval::Exact(value), "engines", "engines");
}

std::vector<DocumentResult> Documents(const std::vector<std::vector<Claim>>& claims) {
  std::vector<DocumentResult> docs;
  for (size_t i = 0; i < claims.size(); ++i) {
    DocumentResult& d = docs.emplace_back();
    d.id = "d" + std::to_string(i);
    d.claims = claims[i];
  }
  return docs;
}

TEST(ReconcileWithoutData, FiguresAndQuotationsAreComparedByTheirFields) {
  // "upward"/"downward" is in no antonym table: the entries alone make them opposites.
  const auto docs = Documents({
      {Figure(12), Quote("it goes upward", {"goes", "it", "upward"}, {},
                         {"upward\tdownward\t0\tupward\t0"})},
      {Figure(40), Quote("it goes downward", {"downward", "goes", "it"}, {},
                         {"upward\tdownward\t1\tdownward\t0"})},
  });
  const std::vector<Finding> findings = Reconcile(docs, ReconcileOptions{});
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].kind, FindingKind::kNumeric);
  EXPECT_EQ(findings[1].kind, FindingKind::kQuote);
  EXPECT_THAT(findings[1].explanation, EndsWith("“upward” and “downward” are opposites."));
  EXPECT_THAT(findings[1].terms, ElementsAre("downward", "upward"));
  EXPECT_THAT(findings[1].side_a, ElementsAre(ClaimRef{0, 1}));
  EXPECT_THAT(findings[1].side_b, ElementsAre(ClaimRef{1, 1}));
}

TEST(ReconcileWithoutData, NegationAndNumbersAreReadFromTheClaims) {
  const std::vector<std::string> words = {"engine", "the", "works"};
  const auto negated = Documents({{Quote("the engine works", words)},
                                  {Quote("the engine never works", words, {"never"})}});
  const std::vector<Finding> a = Reconcile(negated);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_THAT(a[0].explanation, HasSubstr("once affirmed and once negated"));
  EXPECT_THAT(a[0].terms, ElementsAre("never"));

  const auto counted = Documents({{Quote("the engine works 3", words, {}, {}, {"3"})},
                                  {Quote("the engine works 5", words, {}, {}, {"5"})}});
  const std::vector<Finding> b = Reconcile(counted);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_THAT(b[0].explanation, HasSubstr("different numbers (3 vs 5 )"));
}

TEST(ReconcileWithoutData, AQuoteWithoutTermsIsComparedByNothingInItsWords) {
  // What Checker::Reconcile completes: claims read back from JSON carry no terms.
  const auto docs = Documents({{Quote("it is a one-way street", {})},
                               {Quote("it is a two-way street", {})}});
  EXPECT_TRUE(Reconcile(docs).empty());
}

}  // namespace
}  // namespace crosscheck
