// The core of every run: inputs from a source are parsed and extracted on several threads
// while the source is still reading, and handed on in input order together with the
// diagnostics, as soon as each input and all before it are done.
#ifndef CROSSCHECK_LIB_RUN_EXTRACT_STREAM_H_
#define CROSSCHECK_LIB_RUN_EXTRACT_STREAM_H_

#include <cstdint>
#include <functional>
#include <string>

#include "crosscheck/checker.h"
#include "crosscheck/run.h"
#include "crosscheck/types.h"
#include "lib/io/input_item.h"

namespace crosscheck::internal {

using DiagnosticSink = std::function<void(Diagnostic)>;
// Yields inputs and diagnostics in input order, on the calling thread; returns the number of
// inputs seen (documents and skipped inputs).
using InputSource = std::function<uint64_t(const ItemFn&, const DiagnosticSink&)>;

struct StreamOptions {
  int jobs = 1;            // Extraction threads, >= 1.
  bool keep_text = false;  // DocumentResult::text keeps the text.
  uint64_t total_bytes = 0;  // For progress; 0 when unknown.
  std::function<void(const Progress&)> progress;
  // Called on an extraction thread with each extracted document while its text is there, and
  // its input position (a document whose id turns out to be a duplicate is extracted too,
  // and later skipped: the earliest position of an id is the one that counts).
  std::function<void(uint64_t position, const Document&, const DocumentResult&)> on_extracted;
  // Called on an extraction thread once the text is dropped (unless kept): may slim the
  // result, and returns bytes that go to the sink with it (output formatted in parallel).
  std::function<std::string(DocumentResult&)> prepare;
};

// Where a run's results go: in input order, one call at a time, from any thread of the run.
struct StreamSink {
  std::function<void(DocumentResult, std::string prepared)> document;
  DiagnosticSink diagnostic;
};

// Hands every input to `sink` as a document or diagnostics, in input order; returns the
// inputs seen. At most a few documents per thread are between reading and the sink. A
// document whose id was read before is skipped with a diagnostic; one that fails to extract
// becomes a diagnostic naming it.
uint64_t ExtractInOrder(const Checker& checker, const InputSource& source,
                        const StreamOptions& options, const StreamSink& sink);

// ExtractInOrder() into a report: documents, diagnostics and report.inputs; no stories and
// no findings.
Report ExtractStream(const Checker& checker, const InputSource& source,
                     const StreamOptions& options);

// Threads for `jobs` (RunOptions::jobs): itself if positive, else one per core.
int ThreadCount(int jobs);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_EXTRACT_STREAM_H_
