// Shared pieces of the reconciler: claim access, clustering, and how findings are told.
#ifndef CROSSCHECK_LIB_RECONCILE_INTERNAL_H_
#define CROSSCHECK_LIB_RECONCILE_INTERNAL_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/options.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

struct Group {
  std::string_view key;  // Points into the claims, which outlive the reconciliation.
  std::span<const ClaimRef> refs;  // Into one flat array for all groups.
};

class ReconcileContext {
 public:
  ReconcileContext(const std::vector<DocumentResult>& docs, const ReconcileOptions& options)
      : docs_(docs), options_(options) {}
  const Claim& claim(ClaimRef r) const { return docs_[r.document].claims[r.claim]; }
  const DocumentResult& doc(ClaimRef r) const { return docs_[r.document]; }
  std::string_view Words(ClaimRef r) const { return ClaimWords(claim(r), doc(r).text); }
  const ReconcileOptions& options() const { return options_; }

  // Fills confidence and same_source from the claims of both sides.
  void Finish(Finding& f) const;
  // Appends "de_01 (source: south_korea) “1.500 Soldaten”" for each claim of a side (the
  // first three, then "and N more"). Explanations are built in place, without temporaries.
  void CiteTo(std::string& out, const std::vector<ClaimRef>& side) const;

 private:
  const std::vector<DocumentResult>& docs_;
  const ReconcileOptions& options_;
};

// Appends 12,000 / 3.5 / 1.2 million, or an interval of them, for explanations.
void AppendNumber(std::string& out, double v);
void AppendInterval(std::string& out, const Interval& i);

void ReconcileNumeric(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out);
// The antonyms and negations quotes are compared with: the built-in ones are shared, a lexicon
// with user antonyms is built once per reconciliation.
struct QuoteLexicon;
std::shared_ptr<const QuoteLexicon> MakeQuoteLexicon(const ReconcileOptions& options);
void ReconcileQuotes(const ReconcileContext& ctx, const QuoteLexicon& lex, const Group& g,
                     std::vector<Finding>& out);
void ReconcileRoles(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out);
void ReconcileDates(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RECONCILE_INTERNAL_H_
