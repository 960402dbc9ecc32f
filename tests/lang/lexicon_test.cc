// The pack's lexicon (lib/lang/lexicon.h) answers for a tagged token exactly what the tables
// answer when they probe themselves: every table is asked about every token of a text twice,
// once tagged and once not, and the answers must agree. The text is the example corpus and
// the tables' own words, so that every entry of the lexicon is looked at.
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lib/extract/speakers/lexicon.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {
namespace {

std::unique_ptr<LanguagePack> Pack(const std::string& code, Lang id) {
  absl::StatusOr<std::unique_ptr<LanguagePack>> pack =
      LanguagePack::Build(LanguageFolder(EmbeddedSource(), code, true), id, ExtractOptions{});
  EXPECT_TRUE(pack.ok()) << pack.status();
  return pack.ok() ? *std::move(pack) : nullptr;
}

// The example corpus in `code`, then every word of the lexicon, capitalised and not.
std::string Text(const std::string& code, WordLexicon& lexicon) {
  std::string text;
  const std::filesystem::path dir = std::string(CROSSCHECK_SOURCE_DIR) + "/examples/corpus";
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    if (f.path().filename().string().rfind(code + "_", 0) != 0) continue;
    std::ifstream in(f.path());
    std::stringstream s;
    s << in.rdbuf();
    text += s.str() + "\n";
  }
  lexicon.ForEach([&](std::string_view w, LexEntry&) {
    text.append(w).append(" ");
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') {
      text += static_cast<char>(w[0] - 'a' + 'A');
      text.append(w.substr(1)).append(" ");
    }
  });
  return text;
}

std::vector<const PhraseTable*> PhraseTables(const LanguagePack& p) {
  const QuantityWords& q = p.quantities;
  return {&p.numbers.scales, &p.numbers.hedges, &p.numbers.vague, &p.money.currencies,
          &p.money.purposes, &p.dates.months, &p.dates.weekdays, &p.dates.relative_days,
          &p.dates.events, &q.measures, &q.modifiers, &q.rates, &q.boilerplate,
          &q.measure_verbs, &q.changes, &q.places, &q.locatives, &q.units, &q.properties,
          &q.parties, &p.entities, &p.sources, &p.modality};
}

void ExpectSameAnswers(const std::string& code, Lang id) {
  std::unique_ptr<LanguagePack> pack = Pack(code, id);
  ASSERT_NE(pack, nullptr);
  EXPECT_GT(pack->lexicon.size(), 1000u);
  const std::string text = Text(code, pack->lexicon);
  const std::string folded = Fold(text);
  const std::vector<Token> plain =
      Tokenize(text, {0, static_cast<uint32_t>(text.size())}, folded);
  EXPECT_GT(plain.size(), 2 * pack->lexicon.size());
  std::vector<Token> tagged = plain;
  pack->lexicon.Tag(tagged);
  const LanguagePack& p = *pack;
  const SpeakerLexicon& sp = *p.speakers;
  const std::pair<const RoleTable*, int> role_tables[] = {
      {&p.numbers.roles, kNumeralRoles}, {&p.dates.roles, kDateRoles},
      {&p.quantities.roles, kQuantityRoles}};
  for (size_t i = 0; i < plain.size(); ++i) {
    SCOPED_TRACE(std::string(plain[i].folded()));
    ASSERT_NE(tagged[i].lex, nullptr);
    EXPECT_EQ(sp.speech.Flags(tagged[i]), sp.speech.Flags(plain[i]));
    for (int c = 0; c < static_cast<int>(WordClass::kCount); ++c) {
      EXPECT_EQ(sp.words.Is(tagged[i], WordClass(c)), sp.words.Is(plain[i], WordClass(c)));
    }
    for (const auto& [table, roles] : role_tables) {
      EXPECT_EQ(table->Roles(tagged[i]), table->Roles(plain[i]));
      for (int r = 0; r < roles; ++r) {
        const RoleTable::Match a = table->At(tagged, i, r), b = table->At(plain, i, r);
        EXPECT_EQ(a.length, b.length);
        EXPECT_EQ(a.values, b.values);
      }
    }
    for (const PhraseTable* table : PhraseTables(p)) {
      const PhraseMatch a = table->Match(tagged, i), b = table->Match(plain, i);
      EXPECT_EQ(a.length, b.length);
      EXPECT_EQ(a.fields, b.fields);
    }
    EXPECT_EQ(p.roles.MayStartTitle(tagged[i]), p.roles.MayStartTitle(plain[i]));
    const RoleMatch a = p.roles.Match(tagged, i), b = p.roles.Match(plain, i);
    EXPECT_EQ(a.length, b.length);
    EXPECT_EQ(a.office, b.office);
    EXPECT_EQ(p.roles.Entity(tagged, i).length, p.roles.Entity(plain, i).length);
    EXPECT_EQ(p.Entity(tagged, i).fields, p.Entity(plain, i).fields);
  }
}

TEST(Lexicon, TaggedTokensGetTheTablesOwnAnswersGerman) {
  ExpectSameAnswers("de", Lang::kGerman);
}

TEST(Lexicon, TaggedTokensGetTheTablesOwnAnswersEnglish) {
  ExpectSameAnswers("en", Lang::kEnglish);
}

// A word in no table gets the empty entry, not nullptr: nullptr means "not looked up".
TEST(Lexicon, UnknownWordsGetTheEmptyEntry) {
  std::unique_ptr<LanguagePack> pack = Pack("de", Lang::kGerman);
  ASSERT_NE(pack, nullptr);
  const std::string text = "Quxbarzel Januar";
  const std::string folded = Fold(text);
  std::vector<Token> t = Tokenize(text, {0, static_cast<uint32_t>(text.size())}, folded);
  pack->lexicon.Tag(t);
  ASSERT_EQ(t.size(), 2u);
  ASSERT_NE(t[0].lex, nullptr);
  EXPECT_EQ(t[0].lex->classes, 0u);
  EXPECT_TRUE(t[1].lex->Is(kLexMonth));
  EXPECT_TRUE(t[1].lex->Is(kLexDateStart));
}

}  // namespace
}  // namespace crosscheck::internal
