// The entry point: a Checker extracts claims from one document and reconciles extracted ones.
//
//   absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create();
//   absl::StatusOr<crosscheck::DocumentResult> r = checker->Extract(document);
//
// Runs over many documents or over files (threads, stories, progress, the claim store) are
// in run.h. A Checker compiles its language data once in Create(); afterwards it is
// immutable, cheap to copy (copies share the compiled data) and safe to use from many
// threads at once.
#ifndef CROSSCHECK_CHECKER_H_
#define CROSSCHECK_CHECKER_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "crosscheck/options.h"
#include "crosscheck/types.h"

namespace crosscheck {

namespace internal {
class Engine;
}

class Checker {
 public:
  // Compiles the language packs (built in, and options.extract.language_dirs): a missing,
  // empty or malformed table is a FailedPrecondition naming file and line; bad options are
  // InvalidArgument.
  static absl::StatusOr<Checker> Create(Options options = {});

  // Claims of one document. Fails (InvalidArgument, naming the document) on invalid UTF-8 or
  // an oversized text; a language without a pack (built in, or from language_dirs) yields no
  // claims.
  absl::StatusOr<DocumentResult> Extract(const Document& document) const;

  // Findings over already extracted documents; only claims with equal keys in one story
  // (DocumentResult::story, see story.h) are compared. Quotes without the terms they are
  // compared by (read back from JSON, built by hand) get them from this checker's language
  // data first, and so do figures of a projection or a partial count their mark
  // (Claim::value_is_interim).
  std::vector<Finding> Reconcile(const std::vector<DocumentResult>& documents) const;

  const Options& options() const;

 private:
  explicit Checker(std::shared_ptr<const internal::Engine> engine);
  std::shared_ptr<const internal::Engine> engine_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CHECKER_H_
