// Numbers, hedges, ranges, money and counted things (issue 3): quantity and money claims with
// their measure, subject, rate, modality, time frame and source.
#ifndef CROSSCHECK_LIB_EXTRACT_QUANTITY_H_
#define CROSSCHECK_LIB_EXTRACT_QUANTITY_H_

#include "crosscheck/options.h"
#include "lib/extract/context.h"
#include "lib/extract/lexicon.h"

namespace crosscheck::internal {

class QuantityRecognizer {
 public:
  explicit QuantityRecognizer(const ExtractOptions& options);
  // Appends quantity and money claims for the document to ctx.claims. Expects the date
  // claims to be there already, so that dates are not read as quantities. Thread-safe.
  void Run(DocContext& ctx) const;

 private:
  const ExtractOptions& options_;
  Lexicon de_, en_;
};

// Index of the first paragraph of trailing boilerplate (agency footers, disclaimers), or
// paragraphs.size() when there is none.
size_t BoilerplateStart(const DocContext& ctx, const Lexicon& lex);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUANTITY_H_
