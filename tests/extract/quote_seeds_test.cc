// The quote and role rows of ../shared/seeds/EXPECTED.md: speakers, roles and one canonical
// person per real person across the seed articles. Skips when the folder is absent.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class QuoteSeeds : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path dir = fs::path(CROSSCHECK_SHARED_DIR) / "seeds";
    if (!fs::is_directory(dir)) GTEST_SKIP() << "no " << dir;
    auto checker = Checker::Create();
    ASSERT_TRUE(checker.ok());
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      std::stringstream ss;
      ss << in.rdbuf();
      Document doc;
      doc.id = entry.path().stem().string().substr(0, 3);
      doc.lang = "de";
      doc.text = ss.str();
      auto r = checker->Extract(doc);
      ASSERT_TRUE(r.ok()) << r.status();
      texts_[doc.id] = doc.text;
      results_[doc.id] = *std::move(r);
    }
    if (results_.size() < 5) GTEST_SKIP() << "seed articles missing";
  }

  // The quote claim of document `doc` whose content starts with `prefix`.
  const Claim* Quote(const std::string& doc, const std::string& prefix) {
    for (const Claim& c : results_[doc].claims) {
      if (c.kind == ClaimKind::kQuote && c.quote().content.rfind(prefix, 0) == 0) return &c;
    }
    ADD_FAILURE() << doc << ": no quote starting with " << prefix;
    return nullptr;
  }
  std::string Speaker(const std::string& doc, const std::string& prefix) {
    const Claim* c = Quote(doc, prefix);
    return c == nullptr ? "?" : c->quote().speaker.str();
  }
  bool HasRole(const std::string& doc, const std::string& person, const std::string& role) {
    for (const Claim& c : results_[doc].claims) {
      if (c.kind == ClaimKind::kRole && c.role().person == person && c.role().role == role) {
        return true;
      }
    }
    return false;
  }

  std::map<std::string, std::string> texts_;
  std::map<std::string, DocumentResult> results_;
};

TEST_F(QuoteSeeds, SpeakersAndRoles) {
  EXPECT_TRUE(HasRole("000", "john_kirby", "us_nsc_spokesperson"));
  EXPECT_TRUE(HasRole("000", "lloyd_austin", "us_secretary_of_defense"));
  EXPECT_EQ(Speaker("000", "Es gibt keinen Zweifel"), "john_kirby");

  // The fragment reached through the pronoun "Er".
  const Claim* two_way = Quote("001", "Zweibahnstra");
  ASSERT_NE(two_way, nullptr);
  EXPECT_EQ(two_way->quote().speaker, "antony_blinken");
  EXPECT_EQ(two_way->key, "quote/antony_blinken");
  EXPECT_EQ(two_way->form, QuoteForm::kFragment);
  for (const char* topic : {"russia", "north_korea"}) {
    EXPECT_NE(std::find(two_way->quote().topics.begin(), two_way->quote().topics.end(), topic),
              two_way->quote().topics.end()) << topic;
  }
  EXPECT_TRUE(HasRole("001", "antony_blinken", "us_secretary_of_state"));

  const Claim* one_way = Quote("002", "Tatsächlich");
  ASSERT_NE(one_way, nullptr);
  EXPECT_EQ(one_way->quote().speaker, "antony_blinken");
  EXPECT_EQ(one_way->form, QuoteForm::kDirect);
  for (const char* topic : {"russia", "north_korea"}) {
    EXPECT_NE(std::find(one_way->quote().topics.begin(), one_way->quote().topics.end(), topic),
              one_way->quote().topics.end()) << topic;
  }
  // Multi-paragraph quotations keep their speaker in every paragraph.
  EXPECT_EQ(Speaker("002", "Nordkorea hilft"), "antony_blinken");
  EXPECT_EQ(Speaker("002", "Gleichzeitig"), "antony_blinken");
  EXPECT_EQ(Speaker("002", "Russland setzt"), "andrii_sybiha");
  EXPECT_EQ(Speaker("002", "So untergräbt"), "andrii_sybiha");
  EXPECT_EQ(Speaker("002", "Wenn Sie"), "andrii_sybiha");
  EXPECT_EQ(Speaker("002", "die Zukunft"), "andrii_sybiha");
  EXPECT_TRUE(HasRole("002", "andrii_sybiha", "ukraine_foreign_minister"));

  EXPECT_EQ(Speaker("003", "Sobald"), "vladimir_putin");
  EXPECT_EQ(Speaker("003", "Was wir"), "vladimir_putin");
  EXPECT_EQ(Speaker("003", "unsere Angelegenheit"), "vladimir_putin");
  const Claim* rumours = Quote("003", "grundlose");
  ASSERT_NE(rumours, nullptr);
  EXPECT_EQ(rumours->form, QuoteForm::kLabel);

  const Claim* china = Quote("004", "China muss handeln");
  ASSERT_NE(china, nullptr);
  EXPECT_EQ(china->quote().speaker, "jake_sullivan");
  EXPECT_EQ(china->form, QuoteForm::kDirect);
  EXPECT_TRUE(HasRole("004", "jake_sullivan", "us_national_security_advisor"));
  EXPECT_TRUE(HasRole("004", "matthew_miller", "us_state_department_spokesperson"));
  EXPECT_TRUE(HasRole("004", "volodymyr_zelensky", "ukraine_president"));
}

TEST_F(QuoteSeeds, OneCanonicalPersonEach) {
  std::set<std::string> persons;
  for (const auto& [id, result] : results_) {
    for (const Claim& c : result.claims) {
      if (!c.quote().speaker.empty()) persons.insert(c.quote().speaker.str());
      if (!c.role().person.empty()) persons.insert(c.role().person.str());
    }
  }
  const std::set<std::string> expected = {
      "andrii_sybiha", "antony_blinken", "jake_sullivan",  "john_kirby",         "lloyd_austin",
      "matthew_miller", "vladimir_putin", "volodymyr_zelensky", "xi_jinping"};
  EXPECT_EQ(persons, expected);
}

}  // namespace
}  // namespace crosscheck
