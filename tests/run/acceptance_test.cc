// End to end over the bundled example corpus (examples/corpus/expected_findings.tsv and
// near_misses.tsv) and, when present, the seed articles in ../shared/seeds (EXPECTED.md).
#include <fstream>
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "gtest/gtest.h"
#include "lib/data/embedded.h"

namespace crosscheck {
namespace {

struct Pair {
  std::string kind, doc_a, evidence_a, doc_b, evidence_b;
};

std::vector<Pair> ReadPairs(const std::string& path) {
  std::vector<Pair> out;
  std::ifstream in(path);
  std::string line;
  for (bool header = true; std::getline(in, line); header = false) {
    if (header || line.empty() || line[0] == '#') continue;
    auto f = internal::Split(line, '\t');
    if (f.size() < 5) continue;
    out.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2]), std::string(f[3]),
                   std::string(f[4])});
  }
  return out;
}

// Whether some claim of `side` comes from `doc` and its sentence holds `evidence`.
bool SideHas(const Report& r, const std::vector<ClaimRef>& side, const std::string& doc,
             const std::string& evidence) {
  for (ClaimRef ref : side) {
    const DocumentResult& d = r.documents[ref.document];
    const Claim& c = d.claims[ref.claim];
    if (d.id != doc) continue;
    const std::string_view context = c.context;
    if (context.find(evidence) != std::string_view::npos) return true;
  }
  return false;
}

const Finding* FindPair(const Report& r, const Pair& p) {
  for (const Finding& f : r.findings) {
    if (p.kind != "any" && ToString(f.kind) != p.kind) continue;
    if ((SideHas(r, f.side_a, p.doc_a, p.evidence_a) && SideHas(r, f.side_b, p.doc_b, p.evidence_b)) ||
        (SideHas(r, f.side_b, p.doc_a, p.evidence_a) && SideHas(r, f.side_a, p.doc_b, p.evidence_b))) {
      return &f;
    }
  }
  return nullptr;
}

Report CheckFolder(const std::string& dir) {
  auto checker = Checker::Create();
  EXPECT_TRUE(checker.ok());
  return CheckPaths(*checker, {dir});
}

TEST(ExampleCorpus, EveryExpectedFindingAndNoNearMiss) {
  const std::string dir = std::string(CROSSCHECK_SOURCE_DIR) + "/examples/corpus";
  const Report r = CheckFolder(dir);
  EXPECT_EQ(r.documents.size(), 14u);  // Two stories: ten articles and four.
  const auto expected = ReadPairs(dir + "/expected_findings.tsv");
  ASSERT_GE(expected.size(), 7u);
  for (const Pair& p : expected) {
    const Finding* f = FindPair(r, p);
    EXPECT_NE(f, nullptr) << "missing " << p.kind << ": " << p.doc_a << " “" << p.evidence_a
                          << "” vs " << p.doc_b << " “" << p.evidence_b << "”";
    // Each is a disagreement (EXPECTED.md), not a count that went on: a rate per day's floor
    // was once taken for a later count.
    if (f != nullptr) EXPECT_NE(f->type, FindingType::kUpdate) << p.doc_a << " vs " << p.doc_b;
  }
  const auto near_misses = ReadPairs(dir + "/near_misses.tsv");
  ASSERT_GE(near_misses.size(), 8u);
  for (Pair p : near_misses) {
    p.kind = "any";  // Not a contradiction of any kind.
    const Finding* f = FindPair(r, p);
    EXPECT_EQ(f, nullptr) << "near-miss reported: " << p.doc_a << " “" << p.evidence_a << "” vs "
                          << p.doc_b << " “" << p.evidence_b << "”: " << (f ? f->explanation : "");
  }
  std::printf("example corpus: %zu findings, %zu expected, %zu near-misses checked\n",
              r.findings.size(), expected.size(), near_misses.size());
}

class Seeds : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::ifstream(dir_ + "/EXPECTED.md")) GTEST_SKIP() << "no seeds at " << dir_;
    report_ = CheckFolder(dir_);
  }
  const std::string dir_ = std::string(CROSSCHECK_SHARED_DIR) + "/seeds";
  Report report_;
};

// Evidence strings below are the short figures EXPECTED.md names, not article sentences.
TEST_F(Seeds, FindingsOneAndTwoAreHighAndThreeIsReported) {
  ASSERT_EQ(report_.documents.size(), 5u);
  const std::vector<std::pair<Pair, bool>> required = {
      {{"numeric", "000_acc65baeb0846a8b", "10.000 Truppen", "003_91f66663345dfa9c", "fast 12.000 Truppen"}, true},
      {{"quote", "001_3acf40d0337350dd", "Zweibahnstraße", "002_38c34c08e91c3e96", "Einbahnstraße"}, true},
      {{"numeric", "000_acc65baeb0846a8b", "1.500", "003_91f66663345dfa9c", "fast 12.000"}, false},
  };
  for (const auto& [p, high] : required) {
    const Finding* f = FindPair(report_, p);
    ASSERT_NE(f, nullptr) << p.evidence_a << " vs " << p.evidence_b;
    if (high) EXPECT_EQ(SeverityLevel(f->severity), Severity::kHigh) << f->explanation;
  }
}

TEST_F(Seeds, NothingFromTheMustNotList) {
  const std::vector<Pair> must_not = {
      {"any", "000_acc65baeb0846a8b", "400 Millionen Dollar", "001_3acf40d0337350dd", "2 Milliarden Dollar"},
      {"any", "003_91f66663345dfa9c", "Geschäft", "003_91f66663345dfa9c", "Angelegenheit"},
      {"any", "003_91f66663345dfa9c", "27.-28. Oktober", "004_4ee9a8dc62dd3d06", "27. Oktober"},
      {"any", "000_acc65baeb0846a8b", "1.500", "004_4ee9a8dc62dd3d06", "bis zu 3.000"},
  };
  for (const Pair& p : must_not) {
    const Finding* f = FindPair(report_, p);
    EXPECT_EQ(f, nullptr) << (f ? f->explanation : "");
  }
  // The agency footer of 002, G7, Artikel 4 and years never become quantities.
  for (const DocumentResult& d : report_.documents) {
    for (const Claim& c : d.claims) {
      if (c.kind != ClaimKind::kQuantity && c.kind != ClaimKind::kMoney) continue;
      const std::string_view w = ClaimWords(c, d.text);
      for (std::string_view bad : {"6.500", "86.000", "3,5 Millionen", "90 L", "G7", "Artikel", "2025"}) {
        EXPECT_EQ(w.find(bad), std::string_view::npos) << d.id << ": " << w;
      }
    }
  }
  std::printf("seeds: %zu findings\n", report_.findings.size());
  for (const Finding& f : report_.findings) {
    std::printf("  %s %.2f %s\n", std::string(ToString(f.kind)).c_str(), f.severity, f.key.c_str());
  }
}

}  // namespace
}  // namespace crosscheck
