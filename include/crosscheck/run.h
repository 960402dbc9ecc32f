// Running a Checker over many documents: extraction on several threads (while reading, for
// paths), stories, reconciliation, progress, and the store run.
//
//   absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create();
//   crosscheck::Report report = crosscheck::CheckPaths(*checker, {"articles/", "feed.jsonl"});
//   std::cout << crosscheck::FormatText(report);
//
// Every run keeps documents in input order whatever the thread count, accounts for every
// input as a document or a diagnostic (report.inputs counts both), and reads each id once:
// a later document with an id already read is skipped with a diagnostic naming both.
// ReadOptions come from reader.h and ClaimStore from store.h; include those to pass them.
#ifndef CROSSCHECK_RUN_H_
#define CROSSCHECK_RUN_H_

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "crosscheck/checker.h"
#include "crosscheck/types.h"

namespace crosscheck {

struct ReadOptions;  // reader.h
class ClaimStore;    // store.h

// How far a run has got; passed to RunOptions::progress.
struct Progress {
  uint64_t documents = 0;   // Extracted so far.
  uint64_t bytes = 0;       // Text bytes extracted so far.
  uint64_t total_bytes = 0; // Size of all inputs, 0 when unknown (stdin).
  double seconds = 0;
};

// What becomes of each document's full text once its claims are extracted.
enum class Texts {
  kDefault,  // CheckDocuments() keeps the texts (the caller holds them anyway); CheckPaths()
             // and CheckAgainstStore() drop them.
  kKeep,     // DocumentResult::text holds the text.
  kDrop,     // DocumentResult::text is empty: memory grows with the claims only. Reports
             // still quote the evidence, which every claim carries (its sentence).
  kCited,    // As kDrop, but only the claims a finding cites carry their sentence (context):
             // the others carry their words (ClaimWords), a quotation not even those (its
             // words are its content). FormatText() quotes all it needs; the JSON report
             // would lack the others' sentences. The sentences wait in a temporary file
             // until the findings are known (CheckDocuments and CheckPaths only).
};

struct RunOptions {
  int jobs = 0;            // Extraction threads; 0: all cores.
  bool reconcile = true;   // false: extraction and stories only (the report has no findings).
  Texts texts = Texts::kDefault;
  // Called from the calling thread about twice a second, and once at the end; may be empty.
  std::function<void(const Progress&)> progress;
};

// Extracts the documents, groups them into stories and reconciles them.
Report CheckDocuments(const Checker& checker, std::vector<Document> documents,
                      const RunOptions& run = {});

// Streams the inputs `paths` names (see reader.h) through extraction while reading them, then
// groups and reconciles. Memory holds a few documents' texts at a time (with Texts::kDrop).
Report CheckPaths(const Checker& checker, const std::vector<std::string>& paths,
                  const RunOptions& run = {});
Report CheckPaths(const Checker& checker, const std::vector<std::string>& paths,
                  const ReadOptions& read, const RunOptions& run = {});

// `crosscheck extract --format jsonl`: writes to `out` the bytes FormatClaimsJsonl
// (claims_io.h) gives for CheckPaths() without reconciling, holding a few documents per
// thread instead of all. With StoryOptions::one_story the lines are written as soon as a
// document and all before it are extracted; otherwise a document's story can change with
// any later document, so its lines wait in an unlinked temporary file (in $TMPDIR, else
// /tmp; in memory where none can be made) until the stories are grouped, and memory holds
// only what grouping reads (about a kilobyte per document). Returns the report without its
// documents (the diagnostics and inputs); fails when the output or the temporary file cannot
// be written.
absl::StatusOr<Report> ExtractClaimsJsonl(const Checker& checker,
                                          const std::vector<std::string>& paths,
                                          const ReadOptions& read, const RunOptions& run,
                                          std::ostream& out);

// Extracts the inputs, reconciles them together with the related claims `store` holds,
// reports the findings that involve at least one new claim, then adds the new documents to
// the store (store.h: never replacing one). The report's documents are the new ones followed
// by the stored ones the findings cite. A new document whose id is stored already gets a
// diagnostic that is not a skip: with the same text, it is checked but not stored again;
// with another text, it is checked and stored as a new version ("a1@v2"). Either way it has
// in the report the id it is stored under. Fails only when the store does.
absl::StatusOr<Report> CheckAgainstStore(const Checker& checker, ClaimStore& store,
                                         const std::vector<std::string>& paths,
                                         const RunOptions& run = {});
absl::StatusOr<Report> CheckAgainstStore(const Checker& checker, ClaimStore& store,
                                         const std::vector<std::string>& paths,
                                         const ReadOptions& read, const RunOptions& run = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_RUN_H_
