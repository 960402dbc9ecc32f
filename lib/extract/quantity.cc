#include "lib/extract/quantity.h"

namespace crosscheck::internal {

QuantityRecognizer::QuantityRecognizer(const ExtractOptions& options) : options_(options) {}

void QuantityRecognizer::Run(DocContext& ctx) const { (void)ctx; }

}  // namespace crosscheck::internal
