// The entry point: a Checker extracts claims from documents and reconciles them.
//
//   absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create();
//   crosscheck::ReadResult in = crosscheck::ReadInputs({"articles/"});
//   crosscheck::Report report = checker->Check(std::move(in.documents));
//   std::cout << crosscheck::FormatText(report);
//
// A Checker compiles its language data once in Create(); afterwards it is immutable, cheap to
// copy (copies share the compiled data) and safe to use from many threads at once.
#ifndef CROSSCHECK_CHECKER_H_
#define CROSSCHECK_CHECKER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "crosscheck/options.h"
#include "crosscheck/reader.h"
#include "crosscheck/types.h"

namespace crosscheck {

namespace internal {
class Engine;
}

// How far a streaming run has got; passed to RunOptions::progress.
struct Progress {
  uint64_t documents = 0;   // Extracted so far.
  uint64_t bytes = 0;       // Text bytes extracted so far.
  uint64_t total_bytes = 0; // Size of all input files, 0 when unknown (stdin).
  double seconds = 0;
};

struct RunOptions {
  int jobs = 0;            // Extraction threads; 0: all cores.
  bool reconcile = true;   // false: extraction only (the report has no findings).
  // Keep each document's full text in the report. Without it, memory grows with the number
  // of claims only (each claim keeps its sentence as evidence). Default: false.
  bool keep_text = false;
  // Called from the reading thread about twice a second; may be empty.
  std::function<void(const Progress&)> progress;
};

class Checker {
 public:
  static absl::StatusOr<Checker> Create(Options options = {});

  // Claims of one document. Fails (InvalidArgument, naming the document) on invalid UTF-8 or
  // an oversized text; a language other than German or English yields no claims.
  absl::StatusOr<DocumentResult> Extract(const Document& document) const;

  // Findings over already extracted documents; only claims with equal keys are compared.
  // Quotes without the terms they are compared by (read back from JSON, built by hand) get
  // them from this checker's language data first.
  std::vector<Finding> Reconcile(const std::vector<DocumentResult>& documents) const;

  // Extract() every document (in parallel on `jobs` threads, 0 = all cores), then
  // Reconcile(). Documents that fail are reported in diagnostics, never dropped silently.
  Report Check(std::vector<Document> documents, int jobs = 0) const;

  // Streams the inputs named by `paths` (see reader.h) through extraction on `run.jobs`
  // threads while reading, then reconciles. Documents stay in input order whatever the
  // thread count, every input is a document or a diagnostic, and report.inputs counts both.
  Report CheckPaths(const std::vector<std::string>& paths, const ReadOptions& read = {},
                    const RunOptions& run = {}) const;

  const Options& options() const;

 private:
  explicit Checker(std::shared_ptr<const internal::Engine> engine);
  std::shared_ptr<const internal::Engine> engine_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CHECKER_H_
