// UAX #29 sentence boundaries by a forward scan: a boundary can only follow a terminator
// (SB11) or a paragraph separator (SB4), so the scan classifies each character and only looks
// around those; see sentence_break.h.
#include "lib/text/sentence_break.h"

#include <memory>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    int count = 0;
    for (unsigned b = 0; b < 0x80; ++b) {
      if (plain_[b]) continue;
      if (count < kMaxAsciiStops) ascii_stops_[count] = static_cast<char>(b);
      ++count;
    }
    few_ascii_stops_ = count <= kMaxAsciiStops;
    // The rest repeat a stop (or are 0x80, a byte above 0x7F), so that all are compared.
    for (int k = count; k < kMaxAsciiStops; ++k) {
      ascii_stops_[k] = count > 0 ? ascii_stops_[0] : static_cast<char>(0x80);
    }
  }
  // The ASCII bytes that are not plain (".", "!", "?", CR, LF), when there are at most
  // kMaxAsciiStops of them: sixteen bytes none of which is one of them, nor above 0x7F,
  // are all plain.
  static constexpr int kMaxAsciiStops = 6;
  bool few_ascii_stops() const { return few_ascii_stops_; }
  const char* ascii_stops() const { return ascii_stops_; }
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
  char ascii_stops_[kMaxAsciiStops] = {};
  bool few_ascii_stops_ = false;
};

const ClassTable& Classes() {
  static const ClassTable* table = new ClassTable();
  return *table;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text)
      : s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()),
        k_(Classes()) {
#if defined(__SSE2__)
    for (int k = 0; k < ClassTable::kMaxAsciiStops; ++k) {
      stops_[k] = _mm_set1_epi8(k_.ascii_stops()[k]);
    }
    // 0xC3 where it is plain; else a byte no lead is compared (0x00: never a lead).
    c3_ = _mm_set1_epi8(k_.plain()[0xC3] ? static_cast<char>(0xC3) : 0);
#endif
  }

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
      // Most bytes need no decoding: sixteen ASCII ones at a time, a plain byte above 0x7F
      // ("ä") one at a time; the last fifteen bytes as before.
      for (i = SkipAsciiPlain(i); i + 16 <= n && plain[s[i]]; i = SkipAsciiPlain(i + 1)) {}
      // Four at a time, as most runs are longer.
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
  // The first byte from `i` on, before the last fifteen, that is an ASCII byte that is not
  // plain or a lead byte other than 0xC3; `i` when SSE2 or few_ascii_stops() is missing.
  size_t SkipAsciiPlain(size_t i) const {
#if defined(__SSE2__)
    if (!k_.few_ascii_stops()) return i;
    for (; i + 16 <= n_; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_ + i));
      __m128i hit = _mm_setzero_si128();
      for (int k = 0; k < ClassTable::kMaxAsciiStops; ++k) {
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, stops_[k]));
      }
      // A byte from 0xC0 on leads a character of two bytes or more; of those only 0xC3 (the
      // letters "ä", "é", "ß") is skipped here. The bytes 0x80..0xBF that continue it are
      // plain (see ClassTable).
      const __m128i lead = _mm_and_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()),
                                         _mm_cmpgt_epi8(v, _mm_set1_epi8(-65)));
      hit = _mm_or_si128(hit, _mm_andnot_si128(_mm_cmpeq_epi8(v, c3_), lead));
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
      if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
    }
#endif
    return i;
  }

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
#if defined(__SSE2__)
  __m128i stops_[ClassTable::kMaxAsciiStops];  // ClassTable::ascii_stops(), sixteen of each.
  __m128i c3_;
#endif
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
