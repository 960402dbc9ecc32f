// A claim's per-kind fields (KindFields in types.h): held out of line, one kind at a time,
// copied with the claim.
#include <utility>

#include "crosscheck/types.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

TEST(KindFields, AFigureHoldsNone) {
  Claim c;
  EXPECT_TRUE(c.detail.empty());
  EXPECT_TRUE(c.quote().content.empty());
  EXPECT_TRUE(c.role().person.empty());
  EXPECT_FALSE(c.date().range.has_value());
  EXPECT_TRUE(c.speaker_name().empty());
  EXPECT_EQ(sizeof(KindFields), sizeof(void*));
}

TEST(KindFields, EachKindReadsItsOwnAndOthersEmpty) {
  Claim quote;
  quote.kind = ClaimKind::kQuote;
  quote.mutable_quote().speaker_name = "Ada Lovelace";
  EXPECT_EQ(quote.speaker_name(), "Ada Lovelace");
  EXPECT_TRUE(quote.detail.Holds<QuoteFields>());
  EXPECT_TRUE(quote.role().speaker_name.empty());
  EXPECT_TRUE(quote.date().event.empty());

  Claim role;
  role.kind = ClaimKind::kRole;
  role.mutable_role().speaker_name = "Ada";
  EXPECT_EQ(role.speaker_name(), "Ada");
  EXPECT_TRUE(role.quote().speaker_name.empty());

  Claim date;
  date.kind = ClaimKind::kDate;
  date.mutable_date().range = DateRange{absl::CivilDay(2024, 10, 1), absl::CivilDay(2024, 10, 2)};
  EXPECT_EQ(date.date().range->end, absl::CivilDay(2024, 10, 2));
  EXPECT_TRUE(date.detail.Holds<DateFields>());
}

TEST(KindFields, CopiesAreValues) {
  Claim a;
  a.kind = ClaimKind::kQuote;
  a.mutable_quote().content = "Wir bleiben";
  a.mutable_quote().quote_words = {"bleiben", "wir"};
  Claim b = a;
  b.mutable_quote().content = "Wir gehen";
  EXPECT_EQ(a.quote().content, "Wir bleiben");
  EXPECT_EQ(b.quote().quote_words, a.quote().quote_words);
  a = b;
  EXPECT_EQ(a.quote().content, "Wir gehen");
  Claim moved = std::move(a);
  EXPECT_EQ(moved.quote().content, "Wir gehen");
  a = moved;  // Assigning to a moved-from claim.
  EXPECT_EQ(a.quote().content, "Wir gehen");
  a = a;  // NOLINT: self-assignment keeps the fields.
  EXPECT_EQ(a.quote().content, "Wir gehen");
}

TEST(KindFields, AnotherKindReplacesWhatWasHeld) {
  Claim c;
  c.mutable_role().person = "ada_lovelace";
  c.mutable_date().event = "interview";
  EXPECT_TRUE(c.role().person.empty());
  EXPECT_EQ(c.date().event, "interview");
}

}  // namespace
}  // namespace crosscheck
