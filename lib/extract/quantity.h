// Numbers, hedges, ranges, money and counted things (issue 3): quantity and money claims.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITY_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITY_H_

#include "crosscheck/options.h"
#include "lib/extract/context.h"

namespace crosscheck::internal {

class QuantityRecognizer {
 public:
  explicit QuantityRecognizer(const ExtractOptions& options);
  // Appends this recognizer's claims for the document to ctx.claims. Thread-safe.
  void Run(DocContext& ctx) const;

 private:
  const ExtractOptions& options_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITY_H_
