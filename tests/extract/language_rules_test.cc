// The rules languages name in their grammar.tsv, each called by its name with the pack of a
// language that follows it and one that does not.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lib/extract/dates/raw_date.h"
#include "lib/extract/numbers/number_words.h"
#include "lib/lang/lang.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {
namespace {

class LanguageRules : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { languages_ = *LanguageRegistry::Create({}); }
  static const LanguagePack& De() { return *languages_->Find("de"); }
  static const LanguagePack& En() { return *languages_->Find("en"); }

  // The tokens of `text`, kept alive by the fixture.
  internal::Tokens Tokens(const std::string& text) {
    text_ = text;
    folded_ = Fold(text_);
    tokens_ = Tokenize(text_, {0, static_cast<uint32_t>(text_.size())}, folded_);
    return tokens_;
  }

  static std::shared_ptr<const LanguageRegistry> languages_;
  std::string text_, folded_;
  std::vector<Token> tokens_;
};

std::shared_ptr<const LanguageRegistry> LanguageRules::languages_;

TEST_F(LanguageRules, NumberCompoundsJoined) {
  EXPECT_EQ(JoinedNumberWord(De().numbers, "dreiundzwanzig"), 23);
  EXPECT_EQ(JoinedNumberWord(De().numbers, "zweihundertfünfzigtausend"), 250000);
  EXPECT_EQ(JoinedNumberWord(De().numbers, "dreieinhalb"), 3.5);
  EXPECT_EQ(NumberWord(De(), "fuenfzehn"), 15);  // spelling ue ü
  EXPECT_EQ(NumberWord(En(), "dreiundzwanzig"), std::nullopt);
}

TEST_F(LanguageRules, NumberCompoundsHyphenated) {
  EXPECT_EQ(HyphenatedNumberWord(En(), "twenty-five"), 25);
  EXPECT_EQ(HyphenatedNumberWord(En(), "nine-thousand"), 9000);
  EXPECT_EQ(HyphenatedNumberWord(En(), "one-and-a-half"), 1.5);
  EXPECT_EQ(NumberWord(De(), "twenty-five"), std::nullopt);
}

// NumberWordExact turns away words that end as no number word or compound part before the
// compound rules run: over compounds of up to three parts (and their ends with a letter or
// two of something else) it answers as the rules themselves do.
TEST_F(LanguageRules, CompoundEndGateKeepsEveryCompound) {
  for (const LanguagePack* pack : {&De(), &En()}) {
    const NumberWords& n = pack->numbers;
    const bool joined = pack->grammar.number_compounds == Grammar::Compounds::kJoined;
    std::vector<std::string> parts = {n.hundred, n.thousand, n.compound_and, n.half_suffix};
    for (const auto& [form, value] : n.words) parts.push_back(form);
    const std::string glue = joined ? "" : "-";
    size_t compounds = 0;
    for (const std::string& a : parts) {
      for (const std::string& b : parts) {
        for (const std::string& c : {std::string(), n.hundred, n.thousand, std::string("s")}) {
          for (const std::string& w : {a + glue + b + c, a + glue + b + glue + c + "e"}) {
            std::optional<double> rules =
                joined ? JoinedNumberWord(n, w) : HyphenatedNumberWord(*pack, w);
            if (auto it = n.words.find(w); it != n.words.end()) rules = it->second;
            EXPECT_EQ(NumberWordExact(*pack, w), rules) << w;
            compounds += rules.has_value();
          }
        }
      }
    }
    EXPECT_GT(compounds, 100u);
  }
}

TEST_F(LanguageRules, OrdinalDotDayMonth) {
  const auto& t = Tokens("am 27.-28. Oktober 2024");
  const Parsed p = DayDotMonth(t, 1, De(), RawDate{});
  ASSERT_TRUE(p.date.has_value());
  EXPECT_EQ(p.date->day_from, 27);
  EXPECT_EQ(p.date->day_to, 28);
  EXPECT_EQ(p.date->month, 10);
  EXPECT_EQ(p.date->year, 2024);
  EXPECT_TRUE(ParseAt(t, 1, De()).has_value());
  EXPECT_FALSE(ParseAt(t, 1, En()).has_value());  // English names no ordinal_dot.
}

TEST_F(LanguageRules, DayMonthAndMonthDay) {
  const auto& t = Tokens("25th of October and October 25, 2024");
  std::optional<RawDate> d = DayMonth(t, 0, En(), RawDate{});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->day_from, 25);
  EXPECT_EQ(d->month, 10);
  RawDate month;
  month.month = 10;
  month.last = 5;  // After "October".
  d = MonthDay(t, En(), month);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->day_from, 25);
  EXPECT_EQ(d->year, 2024);
}

TEST_F(LanguageRules, OrdinalWordMonth) {
  EXPECT_EQ(OrdinalWord("zweiten", De()), 2);
  EXPECT_EQ(OrdinalWord("ersten", De()), 1);  // An ordinal_stem.
  EXPECT_EQ(OrdinalWord("neunundzwanzigsten", De()), 29);
  const auto& t = Tokens("am zweiten Mai");
  std::optional<RawDate> d = OrdinalWordMonth(t, 1, De(), RawDate{});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->day_from, 2);
  EXPECT_EQ(d->month, 5);
}

TEST_F(LanguageRules, SpelledOrdinalsAndMonthRanges) {
  const auto& t = Tokens("twenty-first twenty first Nov-Feb 2017");
  EXPECT_EQ(SpelledOrdinal(t, 0, En())->first, 21);
  EXPECT_EQ(SpelledOrdinal(t, 1, En()), (std::pair<int, size_t>{21, 3}));
  std::optional<RawDate> d = MonthRangeWord(t, 3, En(), RawDate{});
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->month, 11);
  EXPECT_EQ(d->month_to, 2);
  EXPECT_EQ(d->year, 2016);
}

}  // namespace
}  // namespace crosscheck::internal
