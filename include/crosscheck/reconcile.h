// Reconciliation: the findings among extracted claims, by comparing them alone. It reads no
// language data and needs no Checker, so it runs wherever claims are (a reduce step of a
// distributed run, a tool reading claims from elsewhere):
//
//   std::vector<crosscheck::DocumentResult> docs = ...;   // extracted, stories assigned
//   std::vector<crosscheck::Finding> findings = crosscheck::Reconcile(docs, options.reconcile);
//
// Claims meet only claims with the same ReconcileKey in a document of the same story; within
// a key, compatible values form clusters and each pair of incompatible clusters is one
// finding. Quotations are compared by the terms extraction gave them (QuoteFields::quote_words
// and the other quote_* fields); a quote without them (read back from claims JSON, built by
// hand) is compared by nothing in its words: Checker::Reconcile derives them first.
#ifndef CROSSCHECK_RECONCILE_H_
#define CROSSCHECK_RECONCILE_H_

#include <span>
#include <vector>

#include "crosscheck/options.h"
#include "crosscheck/types.h"

namespace crosscheck {

// The findings among the documents' claims, most severe first, in an order that depends only
// on the claims (see reconcile.cc), without those below options.min_severity or
// options.min_confidence. ClaimRef::document indexes `documents`. Thread-safe.
std::vector<Finding> Reconcile(std::span<const DocumentResult> documents,
                               const ReconcileOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_RECONCILE_H_
