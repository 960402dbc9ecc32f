// Where a `crosscheck check` run spends its time and memory, stage by stage, on one input:
//
//   ./build/bench/check_stages /tmp/gen100k.jsonl 2
//
// prints the wall and CPU time of reading and extracting (one run of `jobs` threads), story
// grouping, reconciliation, the text report and freeing the report, then the bytes the
// report's claims hold, by field. A program rather than a Google Benchmark: each stage runs
// once, on the whole input, in the order `check` runs them.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/checker.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "crosscheck/story.h"
#include "lib/run/extract_stream.h"
#include "lib/run/run_steps.h"

namespace {

using crosscheck::Claim;

double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Times one stage: wall and CPU seconds of all threads.
template <typename F>
void Stage(const char* name, F&& f) {
  const auto wall = std::chrono::steady_clock::now();
  const double cpu = CpuSeconds();
  f();
  std::printf("%-24s %7.2f s wall %7.2f s CPU\n", name,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count(),
              CpuSeconds() - cpu);
}

// Heap bytes of a string beyond the object itself (none while it fits the small buffer).
size_t Heap(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

void PrintClaimBytes(const crosscheck::Report& report) {
  size_t claims = 0, slack = 0, context = 0, key = 0, other_strings = 0, topics = 0;
  for (const crosscheck::DocumentResult& d : report.documents) {
    claims += d.claims.size();
    slack += (d.claims.capacity() - d.claims.size()) * sizeof(Claim);
    for (const Claim& c : d.claims) {
      context += Heap(c.context);
      key += Heap(c.key);
      for (const std::string* s : {&c.unit, &c.subject, &c.rate, &c.place, &c.unresolved,
                                   &c.event, &c.speaker, &c.speaker_name, &c.speaker_role,
                                   &c.content, &c.person, &c.role, &c.source}) {
        other_strings += Heap(*s);
      }
      topics += c.topics.capacity() * sizeof(std::string);
      for (const std::string& t : c.topics) topics += Heap(t);
    }
  }
  if (claims == 0) return;
  const double n = static_cast<double>(claims);
  std::printf("%zu claims; bytes per claim: sizeof(Claim) %zu, vector slack %.0f, context %.0f, "
              "key %.0f, other strings %.0f, topics %.0f; total %.0f\n",
              claims, sizeof(Claim), slack / n, context / n, key / n, other_strings / n,
              topics / n, sizeof(Claim) + (slack + context + key + other_strings + topics) / n);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: check_stages INPUT [JOBS]\n");
    return 2;
  }
  absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create();
  if (!checker.ok()) return 2;
  crosscheck::RunOptions run;
  run.jobs = argc > 2 ? std::atoi(argv[2]) : 0;
  run.texts = crosscheck::Texts::kDrop;  // As the command line runs it.
  const std::vector<std::string> paths = {argv[1]};
  const crosscheck::ReadOptions read;
  auto* report = new crosscheck::Report;  // Freed as a stage of its own.
  Stage("read + extract", [&] {
    *report = crosscheck::internal::ExtractStream(
        *checker, crosscheck::internal::PathSource(paths, read),
        crosscheck::internal::StreamOptionsFor(run, /*keep_text_by_default=*/false));
  });
  Stage("stories", [&] { crosscheck::AssignStories(report->documents, checker->options().story); });
  Stage("reconcile", [&] { report->findings = checker->Reconcile(report->documents); });
  std::string text;
  Stage("text report", [&] { text = crosscheck::FormatText(*report); });
  PrintClaimBytes(*report);
  Stage("free the report", [&] { delete report; });
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS %.0f MB, report %zu bytes\n", usage.ru_maxrss / 1024.0, text.size());
  return 0;
}
