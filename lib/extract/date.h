// Dates and date ranges, resolved against the publication date: date claims.
#ifndef CROSSCHECK_LIB_EXTRACT_DATE_H_
#define CROSSCHECK_LIB_EXTRACT_DATE_H_

#include "crosscheck/options.h"
#include "lib/extract/context.h"

namespace crosscheck::internal {

class DateRecognizer {
 public:
  explicit DateRecognizer(const ExtractOptions& options);
  // Appends this recognizer's claims for the document to ctx.claims. Thread-safe.
  void Run(DocContext& ctx) const;

 private:
  const ExtractOptions& options_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_DATE_H_
