#include "lib/extract/date.h"

namespace crosscheck::internal {

DateRecognizer::DateRecognizer(const ExtractOptions& options) : options_(options) {}

void DateRecognizer::Run(DocContext& ctx) const { (void)ctx; }

}  // namespace crosscheck::internal
