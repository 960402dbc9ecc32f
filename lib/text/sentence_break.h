// Sentence boundaries by the default rules of Unicode UAX #29 (SB1-SB11, SB998), placed
// exactly where ICU 72's sentence BreakIterator places them for German and English (both use
// ICU's root rules), at a fraction of its cost: a table lookup per character instead of ICU's
// rule engine.
#ifndef CROSSCHECK_LIB_TEXT_SENTENCE_BREAK_H_
#define CROSSCHECK_LIB_TEXT_SENTENCE_BREAK_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck::internal {

// Replaces `out` with the byte offsets at which sentences of `text` (valid UTF-8) end, in
// ascending order, the last being text.size(); empty for empty text. Like ICU, 0 is omitted.
void SentenceBreaks(std::string_view text, std::vector<uint32_t>& out);

// The same boundaries from ICU's BreakIterator for `lang` ("de" or "en"), the oracle for
// tests. Empty when ICU fails.
std::vector<uint32_t> IcuSentenceBreaks(std::string_view text, std::string_view lang);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_TEXT_SENTENCE_BREAK_H_
