// Worst-case extraction time per MB over adversarial shapes at growing sizes: time must grow
// linearly with the input (no backtracking, no quadratic scans).
#include "bench/hostile_inputs.h"
#include "benchmark/benchmark.h"
#include "crosscheck/checker.h"

namespace {

void BM_Hostile(benchmark::State& state) {
  const size_t bytes = static_cast<size_t>(state.range(1));
  const auto inputs = crosscheck::bench::HostileInputs(bytes);
  const auto& input = inputs[static_cast<size_t>(state.range(0))];
  state.SetLabel(input.name);
  auto checker = crosscheck::Checker::Create();
  crosscheck::Document doc;
  doc.id = input.name;
  doc.lang = "de";
  doc.text = input.text;
  for (auto _ : state) benchmark::DoNotOptimize(checker->Extract(doc));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
}

void Shapes(benchmark::internal::Benchmark* b) {
  const int n = static_cast<int>(crosscheck::bench::HostileInputs(16).size());
  for (int i = 0; i < n; ++i) {
    for (int64_t size : {1 << 20, 10 << 20}) b->Args({i, size});
  }
}
BENCHMARK(BM_Hostile)->Apply(Shapes)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
