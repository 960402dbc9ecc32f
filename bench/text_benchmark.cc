// Throughput of the text layer (UTF-8 check, NFC check, paragraphs, sentences).
#include <random>
#include <string>

#include "benchmark/benchmark.h"
#include "crosscheck/text.h"

namespace {

std::string NewsLikeText(size_t bytes, uint32_t seed) {
  static const char* kSentences[] = {
      "Nordkorea hat nach Angaben aus Seoul bereits 1.500 Soldaten nach Russland geschickt. ",
      "„Die Lage ist ernst“, sagte der Sprecher am 25. Oktober in Washington. ",
      "Die USA kündigten zusätzliche 400 Millionen Dollar an Militärhilfe an. ",
      "Laut CNN könnten bis Dezember bis zu 12.000 Soldaten in Russland stationiert sein. ",
      "Außenminister Antony Blinken sprach von einer „Zweibahnstraße“ zwischen beiden Ländern.\n",
  };
  std::mt19937 rng(seed);
  std::string out;
  while (out.size() < bytes) out += kSentences[rng() % 5];
  return out;
}

void BM_Segment(benchmark::State& state) {
  const std::string text = NewsLikeText(static_cast<size_t>(state.range(0)), 42);
  for (auto _ : state) {
    auto seg = crosscheck::Segment(text, "de");
    benchmark::DoNotOptimize(seg);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Segment)->Arg(4 << 10)->Arg(64 << 10)->Arg(1 << 20);

void BM_ValidateUtf8(benchmark::State& state) {
  const std::string text = NewsLikeText(1 << 20, 7);
  for (auto _ : state) benchmark::DoNotOptimize(crosscheck::ValidateUtf8(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ValidateUtf8);

}  // namespace
