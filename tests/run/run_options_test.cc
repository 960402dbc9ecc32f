// RunOptions of the runs in run.h: which runs keep the texts, and ids read once.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "crosscheck/reader.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "crosscheck/types.h"
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
                      TextsCase{"paths_drop", true, Texts::kDrop, false},
                      TextsCase{"documents_cited", false, Texts::kCited, false},
                      TextsCase{"paths_cited", true, Texts::kCited, false}),
    [](const ::testing::TestParamInfo<TextsCase>& info) { return info.param.name; });

// Texts::kCited: the claims a finding cites keep their sentences, which the text report
// quotes as with kDrop; the others keep their words only.
TEST(CheckDocuments, CitedTextsKeepTheSentencesTheFindingsCite) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  const std::vector<Document> docs = {
      Document{.id = "a", .lang = "de",
               .text = "Außenministerin Anna Berger sprach in Wien.\n„Der Handel mit Moskau ist "
                       "eine Einbahnstraße“, sagte Berger. Die Regierung kündigte 300 Millionen "
                       "Euro für den Wiederaufbau an."},
      Document{.id = "b", .lang = "en",
               .text = "Foreign Minister Anna Berger spoke in Vienna.\n“Trade with Moscow is a "
                       "two-way street,” Berger said."}};
  RunOptions run;
  run.jobs = 1;
  run.texts = Texts::kDrop;
  const Report dropped = CheckDocuments(*checker, docs, run);
  run.texts = Texts::kCited;
  const Report cited = CheckDocuments(*checker, docs, run);
  ASSERT_FALSE(cited.findings.empty()) << FormatText(cited);
  EXPECT_EQ(FormatText(cited), FormatText(dropped));
  const ClaimRef ref = cited.findings[0].side_a[0];
  const Claim& quoted = cited.documents[ref.document].claims[ref.claim];
  EXPECT_EQ(SentenceWords(quoted, ""),
            SentenceWords(dropped.documents[ref.document].claims[ref.claim], ""));
  EXPECT_FALSE(SentenceWords(quoted, "").empty());
  bool figure = false;
  for (const Claim& c : cited.documents[0].claims) {
    if (c.kind != ClaimKind::kMoney) continue;
    figure = true;
    EXPECT_EQ(ClaimWords(c, ""), "300 Millionen Euro");
    EXPECT_EQ(SentenceWords(c, ""), "");
  }
  EXPECT_TRUE(figure);
}

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
