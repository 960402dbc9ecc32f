// Extraction of claims from one document: recognizers run over the segmented text and the
// claim builder attaches subject, measure, modality, source and speaker.
#ifndef CROSSCHECK_LIB_EXTRACT_EXTRACT_H_
#define CROSSCHECK_LIB_EXTRACT_EXTRACT_H_

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "crosscheck/options.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

class Extractor {
 public:
  explicit Extractor(const ExtractOptions& options);
  // Claims of `doc` read as language `lang`; spans index doc.text.
  absl::StatusOr<std::vector<Claim>> Extract(const Document& doc, std::string_view lang) const;

 private:
  const ExtractOptions& options_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_EXTRACT_H_
