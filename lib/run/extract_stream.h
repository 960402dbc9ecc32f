// The core of every run: documents from a source are extracted on several threads while the
// source is still reading, and come out in input order together with the diagnostics.
#ifndef CROSSCHECK_LIB_RUN_EXTRACT_STREAM_H_
#define CROSSCHECK_LIB_RUN_EXTRACT_STREAM_H_

#include <cstdint>
#include <functional>

#include "crosscheck/checker.h"
#include "crosscheck/run.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

using DocumentSink = std::function<void(Document)>;
using DiagnosticSink = std::function<void(Diagnostic)>;
// Yields documents and diagnostics in input order, on the calling thread; returns the number
// of inputs seen (documents and skipped inputs).
using InputSource = std::function<uint64_t(const DocumentSink&, const DiagnosticSink&)>;

struct StreamOptions {
  int jobs = 1;            // Extraction threads, >= 1.
  bool keep_text = false;  // DocumentResult::text keeps the text.
  uint64_t total_bytes = 0;  // For progress; 0 when unknown.
  std::function<void(const Progress&)> progress;
  // Called on an extraction thread with each extracted document while its text is there.
  std::function<void(const Document&, const DocumentResult&)> on_extracted;
};

// Documents and diagnostics in input order, and report.inputs; no stories and no findings.
// A document whose id was read before is skipped with a diagnostic; one that fails to
// extract becomes a diagnostic naming it.
Report ExtractStream(const Checker& checker, const InputSource& source,
                     const StreamOptions& options);

// Threads for `jobs` (RunOptions::jobs): itself if positive, else one per core.
int ThreadCount(int jobs);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_EXTRACT_STREAM_H_
