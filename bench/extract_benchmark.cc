// Throughput of extraction (everything up to claims) and of segmentation alone, on generated
// German and English news-like text.
#include <string>

#include "bench/corpus_generator.h"
#include "benchmark/benchmark.h"
#include "crosscheck/checker.h"
#include "crosscheck/text.h"

namespace {

void Extract(benchmark::State& state, const std::string& lang) {
  const std::string text =
      crosscheck::bench::GenerateText(static_cast<size_t>(state.range(0)), lang, 7);
  auto checker = crosscheck::Checker::Create();
  crosscheck::Document doc;
  doc.id = "bench";
  doc.lang = lang;
  doc.published = absl::CivilDay(2024, 11, 6);
  doc.text = text;
  size_t claims = 0;
  for (auto _ : state) {
    auto r = checker->Extract(doc);
    claims = r->claims.size();
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["claims"] = static_cast<double>(claims);
}

void BM_Extract_De(benchmark::State& state) { Extract(state, "de"); }
void BM_Extract_En(benchmark::State& state) { Extract(state, "en"); }
BENCHMARK(BM_Extract_De)->Arg(16 << 10)->Arg(256 << 10)->Arg(4 << 20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract_En)->Arg(16 << 10)->Arg(256 << 10)->Arg(4 << 20)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  const std::string text = crosscheck::bench::GenerateText(static_cast<size_t>(state.range(0)), "de", 3);
  for (auto _ : state) {
    auto seg = crosscheck::Segment(text, "de");
    benchmark::DoNotOptimize(seg);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Segment)->Arg(64 << 10)->Arg(4 << 20)->Unit(benchmark::kMillisecond);

}  // namespace
