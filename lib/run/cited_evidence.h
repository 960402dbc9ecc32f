// Texts::kCited (run.h): while extraction runs, the claims' contexts (their sentences) go to a
// temporary file, leaving each claim what reconciliation reads of it; once the findings are
// known, the claims they cite get their contexts back. The sentences were a third of the
// memory a `check` run held at its peak, and the text report quotes only the cited ones.
#ifndef CROSSCHECK_LIB_RUN_CITED_EVIDENCE_H_
#define CROSSCHECK_LIB_RUN_CITED_EVIDENCE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "crosscheck/types.h"
#include "lib/run/spill.h"

namespace crosscheck::internal {

class CitedEvidence {
 public:
  void Open() { spill_.Open(); }

  // On an extraction thread: the contexts of `d`'s claims as bytes for Add(), the claims left
  // with their words (a quotation, whose words reconciliation reads from its content, with
  // none). A document without a story signature keeps its contexts: grouping reads them.
  static std::string Take(DocumentResult& d);

  // In input order, once for every document of the report, with what Take() gave.
  void Add(std::string_view bytes);

  // After reconciliation: the claims that `report.findings` cite get their contexts back.
  absl::Status Restore(Report& report);

 private:
  // Restore() for a run of the sorted citations that holds whole documents.
  absl::Status RestoreRange(Report& report, std::span<const ClaimRef> cited);

  Spill spill_;
  std::vector<uint64_t> offsets_;  // Where each document's bytes begin in the spill.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RUN_CITED_EVIDENCE_H_
