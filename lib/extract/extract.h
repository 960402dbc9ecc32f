// Extraction of claims from one document: recognizers run over the segmented, tokenized text
// (dates first, then quantities and money, then quotes, speakers and roles), and the spans
// are mapped back to the original bytes at the end.
#ifndef CROSSCHECK_LIB_EXTRACT_EXTRACT_H_
#define CROSSCHECK_LIB_EXTRACT_EXTRACT_H_

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "crosscheck/options.h"
#include "crosscheck/types.h"
#include "lib/extract/dates/date.h"
#include "lib/extract/quantities/quantity.h"
#include "lib/extract/quotes/quote.h"
#include "lib/lang/lang.h"
#include "lib/extract/quote_terms.h"

namespace crosscheck::internal {

class Extractor {
 public:
  // `languages` must outlive the extractor.
  Extractor(const ExtractOptions& options, const LanguageRegistry& languages);
  // Claims of `doc` read as language `lang` (none for a language without a pack); spans
  // index doc.text.
  // `home`, when given, receives where the document is set (DocumentResult::home).
  absl::StatusOr<std::vector<Claim>> Extract(const Document& doc, std::string_view lang,
                                             std::string* home = nullptr) const;
  // What quotations are compared by: claims read back from JSON get it here.
  const QuoteTerms& quote_terms() const { return quote_terms_; }

 private:
  const ExtractOptions& options_;
  const LanguageRegistry& languages_;
  DateRecognizer dates_;
  QuantityRecognizer quantities_;
  QuoteRecognizer quotes_;
  QuoteTerms quote_terms_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_EXTRACT_H_
