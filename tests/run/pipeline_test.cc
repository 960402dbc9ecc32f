// The streaming pipeline: deterministic output whatever the thread count, every input
// accounted for, directories and JSON Lines read alike.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/corpus_generator.h"
#include "crosscheck/checker.h"
#include "crosscheck/claims_io.h"
#include "crosscheck/reader.h"
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

// The claims of CheckPaths() without reconciling, as `extract --format jsonl` wrote them when
// it held every document.
std::string HeldClaimsJsonl(const Checker& checker, const std::string& path, int jobs) {
  RunOptions run;
  run.jobs = jobs;
  run.reconcile = false;
  run.texts = Texts::kDrop;
  return FormatClaimsJsonl(CheckPaths(checker, {path}, run));
}

std::string StreamedClaimsJsonl(const Checker& checker, const std::string& path, int jobs,
                                std::vector<Diagnostic>* diagnostics = nullptr) {
  RunOptions run;
  run.jobs = jobs;
  std::ostringstream out;
  absl::StatusOr<Report> r = ExtractClaimsJsonl(checker, {path}, ReadOptions{}, run, out);
  EXPECT_TRUE(r.ok()) << r.status();
  if (r.ok()) {
    EXPECT_TRUE(r->documents.empty());
    if (diagnostics != nullptr) *diagnostics = r->diagnostics;
  }
  return out.str();
}

TEST_F(PipelineTest, StreamedClaimsAreTheHeldOnes) {
  // Stories named by some lines and grouped for the others, a repeated id, bad lines.
  const fs::path path = dir_ / "mixed.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    std::ifstream in(dir_ / "all.jsonl", std::ios::binary);
    std::string line;
    for (int i = 0; std::getline(in, line) && i < 60; ++i) {
      if (i % 7 == 3) line.insert(1, "\"story\":\"named\",");
      out << line << "\n";
      if (i == 10) out << "not json\n\n" << line << "\n";  // A bad line, a blank, a repeat.
    }
  }
  for (bool one_story : {false, true}) {
    Options options;
    options.story.one_story = one_story;
    auto checker = Checker::Create(options);
    ASSERT_TRUE(checker.ok());
    const std::string held = HeldClaimsJsonl(*checker, path.string(), 2);
    ASSERT_FALSE(held.empty());
    for (int jobs : {1, 2, 5}) {
      std::vector<Diagnostic> diagnostics;
      EXPECT_EQ(StreamedClaimsJsonl(*checker, path.string(), jobs, &diagnostics), held)
          << "one_story " << one_story << ", jobs " << jobs;
      ASSERT_EQ(diagnostics.size(), 2u);
      EXPECT_NE(diagnostics[0].message.find("malformed JSON"), std::string::npos);
      EXPECT_NE(diagnostics[1].message.find("duplicate id"), std::string::npos);
    }
  }
}

TEST_F(PipelineTest, StreamedClaimsWaitInMemoryWhereNoTemporaryFileCanBeMade) {
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  const std::string path = (dir_ / "all.jsonl").string();
  const std::string held = HeldClaimsJsonl(*checker, path, 2);
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old != nullptr ? old : "";
  ::setenv("TMPDIR", (dir_ / "no such folder").c_str(), 1);
  const std::string streamed = StreamedClaimsJsonl(*checker, path, 2);
  if (old != nullptr) {
    ::setenv("TMPDIR", saved.c_str(), 1);
  } else {
    ::unsetenv("TMPDIR");
  }
  EXPECT_EQ(streamed, held);
}

TEST_F(PipelineTest, FirstDocumentWithAnIdKeepsItWhicheverThreadIsFaster) {
  // The first is long and slow, the second short: extracted side by side, the second is
  // done first, and still the first keeps the id.
  const fs::path path = dir_ / "repeat.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    std::string long_text;
    for (uint64_t i = 0; i < 40; ++i) long_text += bench::GenerateArticle(i, "de", {}).text + "\n\n";
    Document first{.id = "same", .lang = "de", .text = long_text};
    Document second{.id = "same", .lang = "de", .text = "Am Montag kamen 300 Menschen."};
    out << bench::ToJsonLine(first) << bench::ToJsonLine(second);
  }
  auto checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  RunOptions run;
  run.jobs = 2;
  const Report r = CheckPaths(*checker, {path.string()}, run);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_GT(r.documents[0].claims.size(), 40u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].input, path.string() + ":2");
}

}  // namespace
}  // namespace crosscheck
