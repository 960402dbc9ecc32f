// The streaming pipeline: deterministic output whatever the thread count, every input
// accounted for, directories and JSON Lines read alike.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "bench/corpus_generator.h"
#include "crosscheck/checker.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "gtest/gtest.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck_pipeline_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "articles");
    std::ofstream jsonl(dir_ / "all.jsonl", std::ios::binary);
    bench::GeneratorOptions gen;
    gen.contradiction_rate = 0.2;
    gen.stories = 8;
    for (uint64_t i = 0; i < kArticles; ++i) {
      Document d = bench::GenerateArticle(i, i % 2 ? "en" : "de", gen);
      jsonl << bench::ToJsonLine(d);
      std::ofstream(dir_ / "articles" / (d.id + ".txt"), std::ios::binary) << d.text;
    }
    // Two bad inputs that must be reported, not lost.
    jsonl << "{\"id\": 1\n";
    std::ofstream(dir_ / "articles" / "zz_binary.txt", std::ios::binary) << std::string("a\0b", 3);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static constexpr uint64_t kArticles = 300;
  fs::path dir_;
};

TEST_F(PipelineTest, OutputDoesNotDependOnThreadCount) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  RunOptions one, two;
  one.jobs = 1;
  two.jobs = 2;
  const std::string path = (dir_ / "all.jsonl").string();
  const Report a = CheckPaths(*checker, {path}, one);
  const Report b = CheckPaths(*checker, {path}, two);
  EXPECT_EQ(FormatJson(a), FormatJson(b));
  EXPECT_EQ(a.documents.size(), kArticles);
  EXPECT_GT(a.findings.size(), 0u);  // The generator plants contradicting figures.
}

TEST_F(PipelineTest, EveryInputIsADocumentOrADiagnostic) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  for (const std::string name : {"all.jsonl", "articles"}) {
    const Report r = CheckPaths(*checker, {(dir_ / name).string()});
    size_t skipped = 0;
    for (const Diagnostic& d : r.diagnostics) skipped += d.skipped;
    EXPECT_EQ(r.inputs, kArticles + 1) << name;
    EXPECT_EQ(r.documents.size() + skipped, r.inputs) << name;
  }
}

TEST_F(PipelineTest, DroppedTextKeepsEvidence) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  RunOptions keep, drop;
  keep.texts = Texts::kKeep;
  drop.texts = Texts::kDrop;
  const std::string path = (dir_ / "all.jsonl").string();
  const Report with_text = CheckPaths(*checker, {path}, keep);
  const Report without = CheckPaths(*checker, {path}, drop);
  ASSERT_EQ(with_text.documents.size(), without.documents.size());
  EXPECT_TRUE(without.documents[0].text.empty());
  EXPECT_EQ(FormatText(with_text), FormatText(without));
}

}  // namespace
}  // namespace crosscheck
