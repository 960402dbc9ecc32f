// Quotations, their speakers, person mentions with roles (issue 4): quote and role claims.
#ifndef CROSSCHECK_LIB_EXTRACT_QUOTE_H_
#define CROSSCHECK_LIB_EXTRACT_QUOTE_H_

#include "crosscheck/options.h"
#include "lib/extract/context.h"

namespace crosscheck::internal {

class QuoteRecognizer {
 public:
  explicit QuoteRecognizer(const ExtractOptions& options);
  // Appends this recognizer's claims for the document to ctx.claims. Thread-safe.
  void Run(DocContext& ctx) const;

 private:
  const ExtractOptions& options_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUOTE_H_
