// CheckAgainstStore never replaces a stored article: sent again it is noted and checked but not
// stored again; changed, it is stored as a new version beside the old one.
#include <filesystem>
#include <string>

#include "crosscheck/reader.h"
#include "crosscheck/run.h"
#include "crosscheck/store.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/temp_dir.h"

namespace crosscheck {
namespace {

using ::testing::HasSubstr;

class StoreRunTest : public TempDirTest {
 protected:
  StoreRunTest() : TempDirTest("store_run") {}

  // Writes `text` to dir/name and checks it against the store.
  Report CheckFile(const std::string& name, const std::string& text) {
    Write(name, text);
    auto checker = Checker::Create();
    EXPECT_TRUE(checker.ok());
    auto store = ClaimStore::Open((dir_ / "news.db").string());
    EXPECT_TRUE(store.ok()) << store.status();
    absl::StatusOr<Report> r = CheckAgainstStore(*checker, *store, {(dir_ / name).string()});
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? *std::move(r) : Report{};
  }
  uint64_t Stored() {
    auto store = ClaimStore::Open((dir_ / "news.db").string());
    return store.ok() ? *store->DocumentCount() : 0;
  }
};

constexpr const char* kFirst = "Die Armee schickte am Montag 400 Soldaten in die Grenzregion.\n";
constexpr const char* kChanged = "Die Armee schickte am Montag 900 Soldaten in die Grenzregion.\n";

TEST_F(StoreRunTest, NewArticleIsStoredWithoutANote) {
  const Report r = CheckFile("a.txt", kFirst);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "a");
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(Stored(), 1u);
}

TEST_F(StoreRunTest, SameTextAgainIsCheckedNotStoredAgain) {
  CheckFile("a.txt", kFirst);
  const Report r = CheckFile("a.txt", kFirst);
  ASSERT_EQ(r.documents.size(), 1u);  // Not compared with its own stored copy.
  EXPECT_EQ(r.documents[0].id, "a");
  EXPECT_TRUE(r.findings.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_FALSE(r.diagnostics[0].skipped);  // A note: the run's status stays clean.
  EXPECT_THAT(r.diagnostics[0].input, HasSubstr("a.txt"));
  EXPECT_THAT(r.diagnostics[0].message, HasSubstr("stored already with this text"));
  EXPECT_EQ(Stored(), 1u);
}

TEST_F(StoreRunTest, ChangedTextIsKeptAsANewVersion) {
  CheckFile("a.txt", kFirst);
  const Report r = CheckFile("a.txt", kChanged);
  ASSERT_FALSE(r.documents.empty());
  EXPECT_EQ(r.documents[0].id, "a@v2");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_FALSE(r.diagnostics[0].skipped);
  EXPECT_THAT(r.diagnostics[0].message,
              HasSubstr("\"a\" is stored already, not with this text; stored as version 2, \"a@v2\""));
  EXPECT_EQ(Stored(), 2u);
  // Both versions stay, and a third text is a third version.
  const Report third = CheckFile("a.txt", "Am Montag kamen 1.500 Soldaten in die Grenzregion.\n");
  EXPECT_EQ(third.documents[0].id, "a@v3");
  EXPECT_EQ(Stored(), 3u);
  // The first text again is the first version, stored already.
  const Report again = CheckFile("a.txt", kFirst);
  EXPECT_EQ(again.documents[0].id, "a");
  EXPECT_THAT(again.diagnostics[0].message, HasSubstr("stored already with this text"));
  // The second text again is the second version, and is not compared with its stored copy.
  const Report second = CheckFile("a.txt", kChanged);
  ASSERT_EQ(second.diagnostics.size(), 1u);
  EXPECT_THAT(second.diagnostics[0].message, HasSubstr("\"a@v2\" is stored already with this text"));
  EXPECT_EQ(second.documents[0].id, "a@v2");
  for (size_t i = 1; i < second.documents.size(); ++i) EXPECT_NE(second.documents[i].id, "a@v2");
  EXPECT_EQ(Stored(), 3u);
}

}  // namespace
}  // namespace crosscheck
