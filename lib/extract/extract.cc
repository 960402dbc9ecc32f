#include "lib/extract/extract.h"

#include "lib/text/segment_internal.h"

namespace crosscheck::internal {

Extractor::Extractor(const ExtractOptions& options) : options_(options) {}

absl::StatusOr<std::vector<Claim>> Extractor::Extract(const Document& doc,
                                                      std::string_view lang) const {
  absl::StatusOr<SegmentedText> seg = SegmentForMatching(doc.text, lang);
  if (!seg.ok()) return seg.status();
  std::vector<Claim> claims;
  if (lang != "de" && lang != "en") return claims;  // No language data for it.
  return claims;
}

}  // namespace crosscheck::internal
