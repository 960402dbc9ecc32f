#include "lib/extract/quote.h"

namespace crosscheck::internal {

QuoteRecognizer::QuoteRecognizer(const ExtractOptions& options) : options_(options) {}

void QuoteRecognizer::Run(DocContext& ctx) const { (void)ctx; }

}  // namespace crosscheck::internal
