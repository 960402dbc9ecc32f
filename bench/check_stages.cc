// Where a `crosscheck check` run spends its time and memory, stage by stage, on one input:
//
//   ./build/bench/check_stages /tmp/gen100k.jsonl 2 [cited]
//
// prints the wall and CPU time of reading and extracting (one run of `jobs` threads), story
// grouping, reconciliation, the text report and freeing the report, then the bytes the
// report's claims hold, by field (shared strings counted once). With `cited` the run is the
// command line's text report's, Texts::kCited: sentences wait in a temporary file. A program rather than a Google
// Benchmark: each stage runs once, on the whole input, in the order `check` runs them.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "crosscheck/checker.h"
#include "crosscheck/reconcile.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "crosscheck/story.h"
#include "lib/run/cited_evidence.h"
#include "lib/run/extract_stream.h"
#include "lib/run/run_steps.h"

namespace {

using crosscheck::Claim;

double CpuSeconds(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID) {
  timespec t{};
  clock_gettime(clock, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Times one stage: wall and CPU seconds of all threads, the calling thread's CPU seconds, and
// the peak memory up to its end. On a machine shared with other work, wall times stretch with
// the load; the calling thread's CPU time does much less, and after extraction it is about the
// stage's critical path (the stages that share work among threads keep a share for it).
template <typename F>
void Stage(const char* name, F&& f) {
  const auto wall = std::chrono::steady_clock::now();
  const double cpu = CpuSeconds(), own = CpuSeconds(CLOCK_THREAD_CPUTIME_ID);
  f();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%-24s %7.2f s wall %7.2f s CPU %6.2f s this thread, peak RSS so far %6.0f MB\n",
              name, std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count(),
              CpuSeconds() - cpu, CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - own,
              usage.ru_maxrss / 1024.0);
}

// Heap bytes of a shared string, counted once however many claims share it: its count, its
// size and its characters with their NUL, in one block.
struct SharedBytes {
  absl::flat_hash_set<const char*> seen;
  size_t bytes = 0;
  void Add(const crosscheck::SharedString& s) {
    if (!s.empty() && seen.insert(s.data()).second) bytes += 8 + s.size() + 1;
  }
};

// A list's heap block as malloc holds it: with its 8-byte header, in 16-byte steps. (Before
// StringList, a std::vector<std::string>: its 24 bytes, 32 a string, and the longer
// strings' own blocks, without malloc's headers.)
size_t ListBytes(const crosscheck::StringList& list) {
  return list.empty() ? 0 : (list.heap_bytes() + 8 + 15) / 16 * 16;
}

// The heap block of a claim's kind fields: glibc malloc's 8-byte header, in 16-byte steps.
template <typename T>
size_t BlockBytes(const crosscheck::KindFields& d) {
  return d.Holds<T>() ? (sizeof(T) + 8 + 15) / 16 * 16 : 0;
}

void PrintClaimBytes(const crosscheck::Report& report) {
  size_t claims = 0, slack = 0, lists = 0, blocks = 0;
  SharedBytes context, key, other_strings;
  for (const crosscheck::DocumentResult& d : report.documents) {
    claims += d.claims.size();
    slack += (d.claims.capacity() - d.claims.size()) * sizeof(Claim);
    for (const Claim& c : d.claims) {
      context.Add(c.context);
      key.Add(c.key);
      const crosscheck::QuoteFields& q = c.quote();
      for (const crosscheck::SharedString* s :
           {&c.unit, &c.subject, &c.rate, &c.place, &c.date().unresolved, &c.date().event,
            &q.speaker, &q.speaker_name, &q.speaker_role, &q.content, &c.role().person,
            &c.role().role, &c.role().speaker_name, &c.source}) {
        other_strings.Add(*s);
      }
      for (const crosscheck::StringList* l :
           {&q.topics, &q.quote_words, &q.quote_numbers, &q.quote_negations, &q.quote_opposites}) {
        lists += ListBytes(*l);
      }
      blocks += BlockBytes<crosscheck::QuoteFields>(c.detail) +
                BlockBytes<crosscheck::RoleFields>(c.detail) +
                BlockBytes<crosscheck::DateFields>(c.detail);
    }
  }
  if (claims == 0) return;
  const double n = static_cast<double>(claims);
  const size_t heap = slack + context.bytes + key.bytes + other_strings.bytes + lists + blocks;
  std::printf("%zu claims; bytes per claim: sizeof(Claim) %zu, kind fields %.0f, vector slack "
              "%.0f, context %.0f (%zu sentences), key %.0f, other strings %.0f, lists %.0f; "
              "total %.0f\n",
              claims, sizeof(Claim), blocks / n, slack / n, context.bytes / n,
              context.seen.size(), key.bytes / n, other_strings.bytes / n, lists / n,
              sizeof(Claim) + heap / n);
}

// A heap block as glibc malloc holds it: with its 8-byte header, in 16-byte steps.
size_t Chunk(size_t bytes) { return bytes == 0 ? 0 : (bytes + 8 + 15) / 16 * 16; }

// What the findings hold, which reconciliation builds while the claims are still held.
void PrintFindingBytes(const std::vector<crosscheck::Finding>& findings) {
  size_t explanation = 0, sides = 0, other = 0;
  for (const crosscheck::Finding& f : findings) {
    explanation += f.explanation.capacity() > 15 ? Chunk(f.explanation.capacity() + 1) : 0;
    sides += Chunk(f.side_a.capacity() * sizeof(crosscheck::ClaimRef)) +
             Chunk(f.side_b.capacity() * sizeof(crosscheck::ClaimRef));
    other += f.key.capacity() > 15 ? Chunk(f.key.capacity() + 1) : 0;
    other += Chunk(f.terms.capacity() * sizeof(std::string));
  }
  std::printf("%zu findings: sizeof(Finding) %zu, MB: structs %.0f, explanations %.0f, sides %.0f, "
              "keys and terms %.0f\n",
              findings.size(), sizeof(crosscheck::Finding),
              findings.size() * sizeof(crosscheck::Finding) / 1e6, explanation / 1e6, sides / 1e6,
              other / 1e6);
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
  const bool cited = argc > 3 && std::string(argv[3]) == "cited";
  auto* report = new crosscheck::Report;  // Freed as a stage of its own.
  crosscheck::internal::CitedEvidence evidence;
  Stage("read + extract", [&] {
    crosscheck::internal::StreamOptions stream =
        crosscheck::internal::StreamOptionsFor(run, /*keep_text_by_default=*/false);
    if (!cited) {
      *report = crosscheck::internal::ExtractStream(
          *checker, crosscheck::internal::PathSource(paths, read), stream);
      return;
    }
    evidence.Open();
    stream.prepare = [](crosscheck::DocumentResult& d) {
      return crosscheck::internal::CitedEvidence::Take(d);
    };
    const crosscheck::internal::StreamSink sink{
        [&](crosscheck::DocumentResult d, std::string bytes) {
          evidence.Add(bytes);
          report->documents.push_back(std::move(d));
        },
        [&](crosscheck::Diagnostic d) { report->diagnostics.push_back(std::move(d)); }};
    report->inputs = crosscheck::internal::ExtractInOrder(
        *checker, crosscheck::internal::PathSource(paths, read), stream, sink);
  });
  Stage("stories", [&] { crosscheck::AssignStories(report->documents, checker->options().story); });
  // As the run reconciles what it extracted (run.cc): without Checker::Reconcile's look for
  // quotations that lack their terms.
  Stage("reconcile", [&] {
    report->findings = crosscheck::Reconcile(report->documents, checker->options().reconcile);
  });
  if (cited) {
    Stage("cited sentences back", [&] {
      if (!evidence.Restore(*report).ok()) std::fprintf(stderr, "restore failed\n");
    });
  }
  std::string text;
  Stage("text report", [&] { text = crosscheck::FormatText(*report); });
  PrintClaimBytes(*report);
  PrintFindingBytes(report->findings);
  Stage("free the report", [&] { delete report; });
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS %.0f MB, report %zu bytes\n", usage.ru_maxrss / 1024.0, text.size());
  return 0;
}
