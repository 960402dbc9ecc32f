// The text layer: UTF-8 validation, NFC normalisation for matching, paragraphs and sentences.
//
//   absl::StatusOr<crosscheck::SegmentedText> seg = crosscheck::Segment(text, "de");
//   for (const crosscheck::Sentence& s : seg->sentences) puts(s.span.Of(text));
//
// Every span refers to the ORIGINAL bytes. When the text is not in NFC, `normalized` holds the
// NFC form and ToOriginal() maps offsets in it back. Segment() is thread-safe.
#ifndef CROSSCHECK_TEXT_H_
#define CROSSCHECK_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "crosscheck/types.h"

namespace crosscheck {

// OK, or InvalidArgument naming the byte offset of the first malformed sequence.
absl::Status ValidateUtf8(std::string_view text);

struct Sentence {
  Span span;  // Trimmed of surrounding white space.
  uint32_t paragraph = 0;
};

struct SegmentedText {
  std::vector<Span> paragraphs;
  std::vector<Sentence> sentences;
  // Empty when the original already is NFC (the common case: no copy is made).
  std::string normalized;
  // (offset in normalized, offset in original) at each point where the two diverge.
  std::vector<std::pair<uint32_t, uint32_t>> offset_map;

  // The text to match against: `normalized` if present, else the original.
  std::string_view MatchText(std::string_view original) const {
    return normalized.empty() ? original : std::string_view(normalized);
  }
  // Maps an offset in MatchText() back to the original text.
  uint32_t ToOriginal(uint32_t offset) const;
};

// Validates, normalises and segments `text`. `lang` ("de", "en", or other) selects
// abbreviation handling. Fails only on invalid UTF-8 or texts of 4 GiB and more.
absl::StatusOr<SegmentedText> Segment(std::string_view text, std::string_view lang);

// "de", "en", or "und" when the text gives too little evidence (the built-in languages'
// function words; a Checker with language_dirs detects its added languages too).
std::string DetectLanguage(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_TEXT_H_
