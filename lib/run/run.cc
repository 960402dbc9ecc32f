// The public runs of run.h over documents in memory and over paths.
#include "crosscheck/run.h"

#include <algorithm>
#include <utility>

#include "crosscheck/reader.h"
#include "crosscheck/reconcile.h"
#include "crosscheck/story.h"
#include "lib/run/cited_evidence.h"
#include "lib/run/extract_stream.h"
#include "lib/run/run_steps.h"

namespace crosscheck {
namespace internal {

StreamOptions StreamOptionsFor(const RunOptions& run, bool keep_text_by_default) {
  StreamOptions stream;
  stream.jobs = ThreadCount(run.jobs);
  stream.keep_text = run.texts == Texts::kDefault ? keep_text_by_default
                                                   : run.texts == Texts::kKeep;
  stream.progress = run.progress;
  return stream;
}

void GroupAndReconcile(const Checker& checker, Report& report, bool reconcile) {
  AssignStories(report.documents, checker.options().story);
  // Not Checker::Reconcile: its pass over every claim, looking for quotations read back
  // without their terms, finds none here (this run's extraction derived them with the same
  // QuoteTerms), and it read the claims' 450 MB on one thread (0.1 s of 100,000 articles).
  if (reconcile) {
    report.findings = crosscheck::Reconcile(report.documents, checker.options().reconcile);
  }
}

// Extraction, stories and findings; with Texts::kCited, the claims' contexts wait in a
// temporary file meanwhile.
Report Check(const Checker& checker, const InputSource& source, StreamOptions stream,
             const RunOptions& run) {
  if (run.texts != Texts::kCited) {
    Report report = ExtractStream(checker, source, stream);
    GroupAndReconcile(checker, report, run.reconcile);
    return report;
  }
  CitedEvidence evidence;
  evidence.Open();
  stream.prepare = [](DocumentResult& d) { return CitedEvidence::Take(d); };
  Report report;
  const StreamSink sink{[&](DocumentResult d, std::string bytes) {
                          evidence.Add(bytes);
                          report.documents.push_back(std::move(d));
                        },
                        [&](Diagnostic d) { report.diagnostics.push_back(std::move(d)); }};
  report.inputs = ExtractInOrder(checker, source, stream, sink);
  GroupAndReconcile(checker, report, run.reconcile);
  if (absl::Status s = evidence.Restore(report); !s.ok()) {
    report.diagnostics.push_back({"", "evidence lost: " + std::string(s.message()), false});
  }
  return report;
}

}  // namespace internal

Report CheckDocuments(const Checker& checker, std::vector<Document> documents,
                      const RunOptions& run) {
  internal::StreamOptions stream = internal::StreamOptionsFor(run, /*keep_text_by_default=*/true);
  // No more threads than documents.
  stream.jobs = static_cast<int>(std::min<size_t>(stream.jobs, std::max<size_t>(documents.size(), 1)));
  if (run.progress) {
    for (const Document& d : documents) stream.total_bytes += d.text.size();
  }
  return internal::Check(
      checker,
      [&](const internal::ItemFn& on_item, const internal::DiagnosticSink&) {
        for (Document& d : documents) on_item(std::move(d));
        return static_cast<uint64_t>(documents.size());
      },
      stream, run);
}

Report CheckPaths(const Checker& checker, const std::vector<std::string>& paths,
                  const RunOptions& run) {
  return CheckPaths(checker, paths, ReadOptions{}, run);
}

Report CheckPaths(const Checker& checker, const std::vector<std::string>& paths,
                  const ReadOptions& read, const RunOptions& run) {
  internal::StreamOptions stream = internal::StreamOptionsFor(run, /*keep_text_by_default=*/false);
  if (run.progress) stream.total_bytes = InputBytes(paths, read);
  return internal::Check(checker, internal::PathSource(paths, read), stream, run);
}

}  // namespace crosscheck
