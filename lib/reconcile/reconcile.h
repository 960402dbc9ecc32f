// Reconciliation: claims meet only through their key; within a key, values are clustered and
// each pair of incompatible clusters becomes one finding.
#ifndef CROSSCHECK_LIB_RECONCILE_RECONCILE_H_
#define CROSSCHECK_LIB_RECONCILE_RECONCILE_H_

#include <vector>

#include "crosscheck/options.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

std::vector<Finding> Reconcile(const std::vector<DocumentResult>& documents,
                               const ReconcileOptions& options);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RECONCILE_RECONCILE_H_
