// End to end: CheckPaths (read, extract on N threads, reconcile) over a generated
// corpus, given as one JSON Lines file and as a directory of .txt files. Arguments: articles,
// threads. Reports MB/s of article text, documents per second, claims and the process's
// peak resident memory (which includes the benchmark's own copy of nothing: the corpus is
// read from files written once before timing).
#include <sys/resource.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <string>

#include "bench/corpus_generator.h"
#include "benchmark/benchmark.h"
#include "crosscheck/run.h"
#include "fmt/format.h"

namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::string jsonl, dir;
  uint64_t text_bytes = 0;
};

// Writes `articles` generated articles once per size, reused by every run.
const Corpus& CorpusOf(uint64_t articles) {
  static std::map<uint64_t, Corpus> cache;
  Corpus& c = cache[articles];
  if (!c.jsonl.empty()) return c;
  const fs::path root = fs::temp_directory_path() / fmt::format("crosscheck-e2e-{}", articles);
  fs::remove_all(root);
  fs::create_directories(root / "dir");
  c.jsonl = (root / "corpus.jsonl").string();
  c.dir = (root / "dir").string();
  std::ofstream out(c.jsonl, std::ios::binary);
  const crosscheck::bench::GeneratorOptions options;
  for (uint64_t i = 0; i < articles; ++i) {
    const crosscheck::Document d = crosscheck::bench::GenerateArticle(i, i % 2 ? "en" : "de", options);
    out << crosscheck::bench::ToJsonLine(d);
    std::ofstream(root / "dir" / (d.id + ".txt"), std::ios::binary) << d.text;
    c.text_bytes += d.text.size();
  }
  return c;
}

void Run(benchmark::State& state, bool as_dir) {
  const Corpus& corpus = CorpusOf(static_cast<uint64_t>(state.range(0)));
  auto checker = crosscheck::Checker::Create();
  crosscheck::RunOptions run;
  run.jobs = static_cast<int>(state.range(1));
  size_t claims = 0, findings = 0, documents = 0;
  for (auto _ : state) {
    crosscheck::Report r = crosscheck::CheckPaths(*checker, {as_dir ? corpus.dir : corpus.jsonl}, run);
    documents = r.documents.size();
    findings = r.findings.size();
    claims = 0;
    for (const auto& d : r.documents) claims += d.claims.size();
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * documents));
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["findings"] = static_cast<double>(findings);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = usage.ru_maxrss / 1024.0;
}

void BM_CheckJsonl(benchmark::State& state) { Run(state, false); }
void BM_CheckDir(benchmark::State& state) { Run(state, true); }

// {articles, threads}; 100,000 articles is the scale (hundreds of MB of JSON).
BENCHMARK(BM_CheckJsonl)
    ->Args({10'000, 1})->Args({10'000, 2})->Args({100'000, 1})->Args({100'000, 2})
    ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_CheckDir)
    ->Args({10'000, 1})->Args({10'000, 2})->Args({100'000, 2})
    ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
