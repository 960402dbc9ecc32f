// RunOptions of the runs in run.h: which runs keep the texts, and ids read once.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "crosscheck/reader.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

constexpr const char* kText = "Die Regierung kündigte 300 Millionen Euro für den Wiederaufbau an.\n";

struct TextsCase {
  std::string name;
  bool from_paths;  // CheckPaths, else CheckDocuments.
  Texts texts;
  bool kept;
};

void PrintTo(const TextsCase& c, std::ostream* os) { *os << c.name; }

class TextsTest : public ::testing::TestWithParam<TextsCase> {};

TEST_P(TextsTest, TextIsKeptOrDroppedAsAsked) {
  const TextsCase& c = GetParam();
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  RunOptions run;
  run.texts = c.texts;
  Report r;
  if (c.from_paths) {
    const fs::path file = fs::temp_directory_path() /
                          ("crosscheck_texts_" + std::to_string(::getpid()) + "_" + c.name + ".txt");
    std::ofstream(file) << kText;
    r = CheckPaths(*checker, {file.string()}, run);
    fs::remove(file);
  } else {
    r = CheckDocuments(*checker, {Document{.id = "a", .text = kText}}, run);
  }
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, c.kept ? kText : "");
  ASSERT_FALSE(r.documents[0].claims.empty());
  EXPECT_EQ(ClaimWords(r.documents[0].claims[0], r.documents[0].text), "300 Millionen Euro");
}

INSTANTIATE_TEST_SUITE_P(
    Runs, TextsTest,
    ::testing::Values(TextsCase{"documents_keep_by_default", false, Texts::kDefault, true},
                      TextsCase{"documents_drop", false, Texts::kDrop, false},
                      TextsCase{"documents_keep", false, Texts::kKeep, true},
                      TextsCase{"paths_drop_by_default", true, Texts::kDefault, false},
                      TextsCase{"paths_keep", true, Texts::kKeep, true},
                      TextsCase{"paths_drop", true, Texts::kDrop, false}),
    [](const ::testing::TestParamInfo<TextsCase>& info) { return info.param.name; });

TEST(CheckDocuments, RepeatedIdIsSkippedWithADiagnostic) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  Report r = CheckDocuments(*checker, {Document{.id = "a", .text = kText, .origin = "one"},
                                       Document{.id = "a", .text = kText, .origin = "two"},
                                       Document{.id = "b", .text = kText}});
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[1].id, "b");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].input, "two");
  EXPECT_EQ(r.diagnostics[0].message, "duplicate id \"a\" (first read from one); skipped");
  EXPECT_EQ(r.inputs, 3u);
}

TEST(CheckDocuments, ProgressEndsAtEveryDocument) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  Progress last;
  RunOptions run;
  run.progress = [&](const Progress& p) { last = p; };
  CheckDocuments(*checker, {Document{.id = "a", .text = kText}, Document{.id = "b", .text = kText}},
                 run);
  EXPECT_EQ(last.documents, 2u);
  EXPECT_EQ(last.bytes, 2 * std::string(kText).size());
  EXPECT_EQ(last.total_bytes, last.bytes);
}

}  // namespace
}  // namespace crosscheck
