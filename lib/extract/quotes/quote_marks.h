// Quotation spans of a text, found in one pass over each paragraph: every mark style („…“,
// ‚…‘, “…”, ”…”, “…“, »…«, «…», ‹…›, straight quotes), nested quotes of another style left
// inside the outer one, and the multi-paragraph convention (a paragraph that opens a quote and
// does not close it, followed by a paragraph that opens again, continues the same quotation).
// An opening mark without its closer is skipped and the scan goes on after it, with the search
// for a closer bounded, so bad text costs linear time and loses nothing after it.
#ifndef CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_MARKS_H_
#define CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_MARKS_H_

#include <string_view>
#include <vector>

#include "crosscheck/types.h"

namespace crosscheck::internal {

struct QuoteSpan {
  Span outer;  // With the marks; an unclosed piece of a multi-paragraph quote ends with its
               // paragraph (trailing white space trimmed).
  Span inner;  // The quoted words, trimmed.
  uint32_t paragraph = 0;
  bool closed = true;
  int chain = -1;  // Index of the first piece when part of a multi-paragraph quotation.
};

// Quotes of `text` in reading order; `paragraphs` are spans into `text`.
std::vector<QuoteSpan> FindQuotes(std::string_view text, const std::vector<Span>& paragraphs);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_MARKS_H_
