// Segmentation in match coordinates, for the extractors (which match against NFC text).
#ifndef CROSSCHECK_LIB_TEXT_SEGMENT_INTERNAL_H_
#define CROSSCHECK_LIB_TEXT_SEGMENT_INTERNAL_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "crosscheck/text.h"

namespace crosscheck::internal {

// Like Segment(), but paragraph and sentence spans index MatchText(), not the original.
absl::StatusOr<SegmentedText> SegmentForMatching(std::string_view text, std::string_view lang);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_TEXT_SEGMENT_INTERNAL_H_
