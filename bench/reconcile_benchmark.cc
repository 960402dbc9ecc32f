// Reconciliation over generated claims: quantities (most), quotes, roles and dates spread
// over many keys, with a share of contradicting values. Time should grow near-linearly.
#include <sys/resource.h>

#include <ctime>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "crosscheck/checker.h"
#include "fmt/format.h"

namespace {

// A quotation as extraction gives it, with the terms it is compared by (QuoteFields::quote_*),
// which the claims built below copy: a quote without them would be analysed again by
// Checker::Reconcile, as claims read back from JSON are.
crosscheck::Claim ExtractedQuote(const std::string& words) {
  auto checker = crosscheck::Checker::Create();
  crosscheck::Document d;
  d.id = "quote";
  d.lang = "de";
  d.text = "„" + words + "“, sagte Blinken.";
  const absl::StatusOr<crosscheck::DocumentResult> r = checker->Extract(d);
  if (r.ok()) {
    for (const crosscheck::Claim& c : r->claims) {
      if (c.kind == crosscheck::ClaimKind::kQuote) return c;
    }
  }
  std::abort();
}

std::vector<crosscheck::DocumentResult> GenerateClaims(size_t n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  static const crosscheck::Claim kQuotes[2] = {
      ExtractedQuote("Die Beziehung ist eine Zweibahnstraße und sehr eng"),
      ExtractedQuote("Die Beziehung ist eine Einbahnstraße")};
  constexpr size_t kClaimsPerDocument = 20;
  const size_t keys = std::max<size_t>(1, n / 8);  // About eight claims meet per key.
  std::vector<crosscheck::DocumentResult> docs((n + kClaimsPerDocument - 1) / kClaimsPerDocument);
  for (size_t d = 0; d < docs.size(); ++d) docs[d].id = fmt::format("doc{}", d);
  static const char* kSources[] = {"cnn", "bbc", "south_korea", "", "reports"};
  for (size_t i = 0; i < n; ++i) {
    crosscheck::Claim c;
    const size_t key = rng() % keys;
    const double truth = 1000.0 * (1 + key % 97);
    const bool contradict = rng() % 10 == 0;
    c.confidence = 0.9;
    c.source = kSources[rng() % 5];
    c.context = "Es sind 1.000 Soldaten.";
    c.sentence = {0, static_cast<uint32_t>(c.context.size())};
    c.span = {8, 22};
    switch (key % 10) {
      case 0: {  // A quote.
        c.kind = crosscheck::ClaimKind::kQuote;
        c.key = fmt::format("quote/p{}", key);
        crosscheck::QuoteFields& quote = c.mutable_quote();
        quote.speaker = fmt::format("p{}", key);
        quote.topics = {"russia"};
        const crosscheck::QuoteFields& q = kQuotes[contradict ? 1 : 0].quote();
        quote.content = q.content;
        quote.quote_words = q.quote_words;
        quote.quote_numbers = q.quote_numbers;
        quote.quote_negations = q.quote_negations;
        quote.quote_opposites = q.quote_opposites;
        break;
      }
      case 1: {  // A role.
        c.kind = crosscheck::ClaimKind::kRole;
        c.key = fmt::format("role/p{}", key);
        c.mutable_role().person = fmt::format("p{}", key);
        c.mutable_role().role = contradict ? "us_secretary_of_state" : "us_secretary_of_defense";
        break;
      }
      case 2: {  // A date.
        c.kind = crosscheck::ClaimKind::kDate;
        c.key = fmt::format("date/meeting/k{}", key);
        const auto day = absl::CivilDay(2024, 10, 1) + static_cast<int>(key % 20) + (contradict ? 9 : 0);
        c.mutable_date().range = crosscheck::DateRange{day, day};
        break;
      }
      default: {
        c.kind = crosscheck::ClaimKind::kQuantity;
        c.key = fmt::format("k{}/troops", key);
        c.unit = "troops";
        const double v = contradict ? truth * 3 : truth * (0.99 + 0.02 * (rng() % 100) / 100.0);
        c.value = {v * 0.97, v * 1.03};
        c.modality = rng() % 4 == 0 ? crosscheck::Modality::kPlanned : crosscheck::Modality::kHappened;
      }
    }
    docs[i / kClaimsPerDocument].claims.push_back(std::move(c));
  }
  return docs;
}

// CPU milliseconds of the calling thread.
double ThreadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

// Reconciliation runs on all cores: Time is wall time, CPU that of all threads, and
// main_cpu_ms the calling thread's, which does the serial parts and a worker's share. On a
// machine shared with other jobs the wall time waits for them; main_cpu_ms does not, and on
// an idle machine the wall time comes close to it.
void BM_Reconcile(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  const auto docs = GenerateClaims(n, 11);
  auto checker = crosscheck::Checker::Create();
  size_t findings = 0;
  double main_cpu = 0;
  for (auto _ : state) {
    const double start = ThreadCpuMs();
    {
      auto f = checker->Reconcile(docs);
      findings = f.size();
      benchmark::DoNotOptimize(f);
    }
    main_cpu += ThreadCpuMs() - start;
  }
  state.counters["main_cpu_ms"] = main_cpu / static_cast<double>(state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
  state.counters["findings"] = static_cast<double>(findings);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = usage.ru_maxrss / 1024.0;
}
BENCHMARK(BM_Reconcile)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Arg(10'000'000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Iterations(1);

}  // namespace

namespace {
// The same 1M claims with one kind of check at a time, to see where the time goes.
void BM_ReconcileKind(benchmark::State& state) {
  const auto docs = GenerateClaims(1'000'000, 11);
  crosscheck::Options o;
  o.reconcile.check_numeric = state.range(0) == 0;
  o.reconcile.check_quote = state.range(0) == 1;
  o.reconcile.check_role = state.range(0) == 2;
  o.reconcile.check_date = state.range(0) == 3;
  auto checker = crosscheck::Checker::Create(o);
  for (auto _ : state) benchmark::DoNotOptimize(checker->Reconcile(docs));
  state.SetLabel(state.range(0) == 0 ? "numeric" : state.range(0) == 1 ? "quote"
                 : state.range(0) == 2 ? "role" : state.range(0) == 3 ? "date" : "grouping only");
}
BENCHMARK(BM_ReconcileKind)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->Iterations(1);
}  // namespace
