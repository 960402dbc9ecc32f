// Steps the runs of run.h share.
#ifndef CROSSCHECK_LIB_RUN_RUN_STEPS_H_
#define CROSSCHECK_LIB_RUN_RUN_STEPS_H_

#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "crosscheck/reader.h"
#include "crosscheck/run.h"
#include "lib/run/extract_stream.h"

namespace crosscheck::internal {

// The stream options of `run`; Texts::kDefault keeps the texts if `keep_text_by_default`.
StreamOptions StreamOptionsFor(const RunOptions& run, bool keep_text_by_default);

// The inputs `paths` names, read as ForEachInput() reads them (JSON Lines records are parsed
// on the extraction threads).
inline InputSource PathSource(const std::vector<std::string>& paths, const ReadOptions& read) {
  return [&paths, &read](const ItemFn& on_item, const DiagnosticSink& on_diagnostic) {
    return ForEachInputItem(paths, read, on_item, on_diagnostic);
  };
}

// Assigns stories, then (if `reconcile`) the findings.
void GroupAndReconcile(const Checker& checker, Report& report, bool reconcile);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_RUN_STEPS_H_
