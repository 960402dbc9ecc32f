// What a quotation is compared by, read from its words at extraction (QuoteFields::quote_*): the
// reconciler compares these fields and nothing else of a quotation's words.
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/extract/quote_terms.h"
#include "tests/support/extract_one.h"

namespace crosscheck {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::StartsWith;

Claim Derived(const std::string& content, const ExtractOptions& options = {}) {
  Claim c;
  c.kind = ClaimKind::kQuote;
  c.mutable_quote().content = content;
  internal::QuoteTerms(options).Derive(c);
  return c;
}

TEST(QuoteTerms, WordsNumbersAndNegationsAreKeptApart) {
  const Claim c = Derived("Wir haben nicht 3000 Soldaten, wir haben 8.000 Soldaten");
  EXPECT_THAT(c.quote().quote_words, ElementsAre("haben", "soldaten", "wir"));  // Folded, distinct.
  EXPECT_THAT(c.quote().quote_numbers, ElementsAre("3000", "8.000"));
  EXPECT_THAT(c.quote().quote_negations, ElementsAre("nicht"));
  EXPECT_THAT(c.quote().quote_opposites, IsEmpty());
}

TEST(QuoteTerms, AntonymsAreFoundInInflectedWordsAndCompounds) {
  // Entries are "first\tsecond\tside\tword\tplace"; the place depends on the table's order.
  const Claim plural = Derived("Das sind Einbahnstraßen");
  EXPECT_THAT(plural.quote().quote_opposites,
              Contains(StartsWith("einbahnstraße\tzweibahnstraße\t0\teinbahnstraßen\t")));
  const Claim compound = Derived("Es ist eine Nord-Zweibahnstraße");
  EXPECT_THAT(compound.quote().quote_opposites,
              Contains(StartsWith("einbahnstraße\tzweibahnstraße\t1\tnord-zweibahnstraße\t")));
}

TEST(QuoteTerms, ANegatedQuoteTakesTheOtherSide) {
  const Claim c = Derived("Das ist keine Einbahnstraße");
  EXPECT_THAT(c.quote().quote_negations, ElementsAre("keine"));
  EXPECT_THAT(c.quote().quote_opposites,
              Contains(StartsWith("einbahnstraße\tzweibahnstraße\t1\teinbahnstraße\t")));
  // Two negations cancel.
  EXPECT_THAT(Derived("Das ist nicht keine Einbahnstraße").quote().quote_opposites,
              Contains(StartsWith("einbahnstraße\tzweibahnstraße\t0\t")));
}

TEST(QuoteTerms, ANegationReachesOnlyItsOwnSentence) {
  // The rise is affirmed in both: "not" belongs to the first sentence, "no" to the decrease.
  const Claim apart = Derived("The fever is not contained yet. Each week brings an increase in patients.");
  EXPECT_THAT(apart.quote().quote_opposites,
              Contains(StartsWith("increase\tdecrease\t0\tincrease\t")));
  const Claim own = Derived("Wards are full; there is no decrease in admissions.");
  EXPECT_THAT(own.quote().quote_opposites,
              Contains(StartsWith("increase\tdecrease\t0\tdecrease\t")));
  // Within one sentence the negation still turns the word.
  EXPECT_THAT(Derived("We see no increase in patients").quote().quote_opposites,
              Contains(StartsWith("increase\tdecrease\t1\tincrease\t")));
}

TEST(QuoteTerms, UserAntonymsAreLanguageDataOfExtraction) {
  EXPECT_THAT(Derived("The market is bullish").quote().quote_opposites, IsEmpty());
  ExtractOptions options;
  options.antonyms = {{"Bullish", "Bearish"}};
  EXPECT_THAT(Derived("The market is bullish", options).quote().quote_opposites,
              ElementsAre(StartsWith("bullish\tbearish\t0\tbullish\t")));
}

TEST(QuoteTerms, ExtractedQuotesCarryThem) {
  absl::StatusOr<DocumentResult> r =
      test_support::ExtractOne("de", "„Die Beziehung ist keine Einbahnstraße“, sagte Blinken.");
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<Claim> quotes;
  for (const Claim& c : r->claims) {
    if (c.kind == ClaimKind::kQuote) quotes.push_back(c);
  }
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_THAT(quotes[0].quote().quote_words,
              ElementsAre("beziehung", "die", "einbahnstraße", "ist"));
  EXPECT_THAT(quotes[0].quote().quote_negations, ElementsAre("keine"));
  EXPECT_FALSE(internal::LacksQuoteTerms({*r}));
  // Read back from JSON, a quote has its words but not its terms.
  DocumentResult read_back = *r;
  for (Claim& c : read_back.claims) {
    if (c.kind != ClaimKind::kQuote) continue;
    c.mutable_quote().quote_words.clear();
    c.mutable_quote().quote_negations.clear();
    c.mutable_quote().quote_opposites.clear();
  }
  EXPECT_TRUE(internal::LacksQuoteTerms({read_back}));
  // A quotation without words or numbers has no terms, and lacks none.
  read_back.claims = {Derived("…?!")};
  EXPECT_THAT(read_back.claims[0].quote().quote_words, IsEmpty());
  EXPECT_FALSE(internal::LacksQuoteTerms({read_back}));
}

}  // namespace
}  // namespace crosscheck
