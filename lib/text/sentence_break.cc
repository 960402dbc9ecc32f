// UAX #29 sentence boundaries by a forward scan: a boundary can only follow a terminator
// (SB11) or a paragraph separator (SB4), so the scan classifies each character and only looks
// around those; see sentence_break.h.
#include "lib/text/sentence_break.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace crosscheck::internal {
namespace {

// Sentence_Break classes, numbered as ICU numbers them.
enum : uint8_t {
  kOther = U_SB_OTHER, kATerm = U_SB_ATERM, kClose = U_SB_CLOSE, kFormat = U_SB_FORMAT,
  kLower = U_SB_LOWER, kNumeric = U_SB_NUMERIC, kOLetter = U_SB_OLETTER, kSep = U_SB_SEP,
  kSp = U_SB_SP, kSTerm = U_SB_STERM, kUpper = U_SB_UPPER, kCR = U_SB_CR,
  kExtend = U_SB_EXTEND, kLF = U_SB_LF, kSContinue = U_SB_SCONTINUE,
};
static_assert(U_SB_COUNT <= 32, "classes fit a 32-bit mask");

constexpr uint32_t Bit(uint8_t c) { return uint32_t{1} << c; }
// The classes the main scan stops at: terminators and paragraph separators.
constexpr uint32_t kStops = Bit(kATerm) | Bit(kSTerm) | Bit(kCR) | Bit(kLF) | Bit(kSep);

// ICU's property values, looked up once for the code points news text is made of: Latin up
// to Latin Extended-B, and General Punctuation (quotation marks, dashes, U+2029).
class ClassTable {
 public:
  ClassTable() {
    for (char32_t c = 0; c < kLowEnd; ++c) low_[c] = Query(c);
    for (char32_t c = 0; c < kPunctSize; ++c) punct_[c] = Query(kPunctBegin + c);
    for (unsigned b = 0; b < 0x80; ++b) plain_[b] = (Bit(low_[b]) & kStops) == 0;
    // The scan decodes a character whose lead byte is not plain whole, so it meets
    // continuation bytes only after a plain lead byte: they are plain. A two-byte lead byte
    // is plain when none of its 64 code points is a stop ("ä" is skipped undecoded).
    for (unsigned b = 0x80; b < 0xC0; ++b) plain_[b] = true;
    for (unsigned b = 0xC2; ((b & 0x1Fu) + 1) * 64 <= kLowEnd; ++b) {
      plain_[b] = true;
      for (char32_t c = (b & 0x1Fu) << 6; c < ((b & 0x1Fu) + 1) << 6; ++c) {
        if (Bit(low_[c]) & kStops) plain_[b] = false;
      }
    }
  }
  uint8_t Ascii(unsigned char c) const { return low_[c]; }
  // Indexed by byte: whether the scan can step over it (it starts no terminator or separator).
  const bool* plain() const { return plain_; }
  uint8_t Of(char32_t c) const {
    if (c < kLowEnd) return low_[c];
    if (c - kPunctBegin < kPunctSize) return punct_[c - kPunctBegin];
    return Query(c);
  }

 private:
  static uint8_t Query(char32_t c) {
    return static_cast<uint8_t>(
        u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
  }
  static constexpr char32_t kLowEnd = 0x250, kPunctBegin = 0x2000, kPunctSize = 0x70;
  uint8_t low_[kLowEnd];
  uint8_t punct_[kPunctSize];
  bool plain_[0x100] = {};
};

const ClassTable& Classes() {
  static const ClassTable* table = new ClassTable();
  return *table;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text)
      : s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()),
        k_(Classes()) {}

  // The class of the code point at `i` (valid UTF-8); `*next` is set to the offset after it.
  uint8_t At(size_t i, size_t* next) const {
    const unsigned c = s_[i];
    if (c < 0x80) {
      *next = i + 1;
      return k_.Ascii(static_cast<unsigned char>(c));
    }
    char32_t cp;
    if (c < 0xE0) {
      cp = ((c & 0x1Fu) << 6) | (s_[i + 1] & 0x3Fu);
      *next = i + 2;
    } else if (c < 0xF0) {
      cp = ((c & 0x0Fu) << 12) | ((s_[i + 1] & 0x3Fu) << 6) | (s_[i + 2] & 0x3Fu);
      *next = i + 3;
    } else {
      cp = ((c & 0x07u) << 18) | ((s_[i + 1] & 0x3Fu) << 12) | ((s_[i + 2] & 0x3Fu) << 6) |
           (s_[i + 3] & 0x3Fu);
      *next = i + 4;
    }
    return k_.Of(cp);
  }

  void Run(std::vector<uint32_t>& out) const {
    size_t i = 0, next;
    const bool* const plain = k_.plain();
    const unsigned char* const s = s_;
    const size_t n = n_;
    while (true) {
      // Most bytes need no decoding; four at a time, as most runs are longer.
      while (i + 4 <= n && (plain[s[i]] & plain[s[i + 1]] & plain[s[i + 2]] & plain[s[i + 3]])) {
        i += 4;
      }
      while (i < n && plain[s[i]]) ++i;
      if (i >= n) break;
      const uint8_t c = At(i, &next);
      if ((Bit(c) & kStops) == 0) {
        i = next;  // SB998: no boundary inside a sentence (Extend and Format included).
      } else if (c == kATerm || c == kSTerm) {
        i = AfterTerminator(i, next, c, out);
      } else {
        i = AfterParaSep(c, next);  // SB3, SB4.
        out.push_back(static_cast<uint32_t>(i));
      }
    }
    if (n_ > 0 && (out.empty() || out.back() != n_)) out.push_back(static_cast<uint32_t>(n_));
  }

 private:
  size_t AfterParaSep(uint8_t c, size_t next) const {
    return c == kCR && next < n_ && s_[next] == '\n' ? next + 1 : next;
  }

  // The offset after the Extend and Format characters at `i`, which SB5 attaches to the
  // character before them.
  size_t SkipExtend(size_t i) const {
    size_t next;
    while (i < n_) {
      const uint8_t c = At(i, &next);
      if (c != kExtend && c != kFormat) break;
      i = next;
    }
    return i;
  }

  // The class of the character before offset `i`, looking through Extend and Format.
  uint8_t Before(size_t i) const {
    size_t next;
    while (i > 0) {
      size_t b = i - 1;
      while (b > 0 && (s_[b] & 0xC0) == 0x80) --b;
      const uint8_t c = At(b, &next);
      if (c != kExtend && c != kFormat) return c;
      i = b;
    }
    return kOther;
  }

  // SB8: whether the next letter-like character from `i` on is lower case.
  bool LowerFollows(size_t i) const {
    size_t next;
    for (; i < n_; i = next) {
      const uint8_t c = At(i, &next);
      if (c == kLower) return true;
      if (Bit(c) & (kStops | Bit(kOLetter) | Bit(kUpper))) return false;
    }
    return false;
  }

  // Handles the terminator `term` at `at` (ending at `i`): records the boundary after its
  // Close* Sp* ParaSep? when there is one, and returns where the scan goes on.
  size_t AfterTerminator(size_t at, size_t i, uint8_t term, std::vector<uint32_t>& out) const {
    size_t j = SkipExtend(i), next;
    if (term == kATerm && j < n_) {
      const uint8_t c = At(j, &next);
      if (c == kNumeric) return j;  // SB6: "3.5".
      if (c == kUpper) {
        const uint8_t b = Before(at);
        if (b == kUpper || b == kLower) return j;  // SB7: "U.S".
      }
    }
    while (j < n_ && At(j, &next) == kClose) j = SkipExtend(next);
    while (j < n_ && At(j, &next) == kSp) j = SkipExtend(next);
    if (j == n_) return j;  // Run() records the end.
    const uint8_t c = At(j, &next);
    if (term == kATerm && LowerFollows(j)) return j;                // SB8: "etc. and".
    if (c == kSContinue || c == kATerm || c == kSTerm) return j;    // SB8a: "?!", "a., b".
    if (c == kCR || c == kLF || c == kSep) j = AfterParaSep(c, next);  // SB9-SB11.
    out.push_back(static_cast<uint32_t>(j));
    return j;
  }

  const unsigned char* s_;
  size_t n_;
  const ClassTable& k_;
};

struct BreakIteratorDeleter {
  void operator()(icu::BreakIterator* b) const { delete b; }
};

// ICU iterators are not thread-safe; each thread creates one per language.
icu::BreakIterator* IcuIterator(std::string_view lang) {
  thread_local std::unique_ptr<icu::BreakIterator, BreakIteratorDeleter> de, en;
  auto& slot = lang == "en" ? en : de;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    // Not "@ss=standard": ICU's German suppression list swallows real sentence ends
    // ("ist klar. Zweiter ..."); the segmenter's own abbreviation table is used instead.
    slot.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale(lang == "en" ? "en" : "de"), status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

}  // namespace

void SentenceBreaks(std::string_view text, std::vector<uint32_t>& out) {
  out.clear();
  Scanner(text).Run(out);
}

std::vector<uint32_t> IcuSentenceBreaks(std::string_view text, std::string_view lang) {
  std::vector<uint32_t> out;
  icu::BreakIterator* bi = IcuIterator(lang);
  if (bi == nullptr) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) {
    bi->setText(ut, status);
    for (int32_t b = bi->next(); U_SUCCESS(status) && b != icu::BreakIterator::DONE;
         b = bi->next()) {
      out.push_back(static_cast<uint32_t>(b));
    }
  }
  utext_close(ut);
  return out;
}

}  // namespace crosscheck::internal
