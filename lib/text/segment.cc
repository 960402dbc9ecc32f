// Paragraphs by line structure, sentences by UAX #29 (as ICU places them) with abbreviation
// suppression, plus repairs the Unicode rules cannot know about (German ordinals such as
// "am 25. Oktober").
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/text.h"
#include "lib/base/chars.h"
#include "lib/text/segment_internal.h"
#include "lib/text/sentence_break.h"

namespace crosscheck {
namespace {

// Words that end in a full stop without ending the sentence, beyond ICU's own lists.
const absl::flat_hash_set<std::string_view>& Abbreviations() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "z", "b", "d", "h", "u", "a", "s", "o", "dr", "prof", "nr", "ca", "bzw", "mio", "mrd", "bio", "mill", "mia",
      "tsd", "abs", "art", "usw", "vgl", "st", "jan", "feb", "febr", "mär", "apr", "jun",
      "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec", "mr", "mrs", "ms",
      "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "etc", "vs", "no", "inc",
      "corp", "co", "ltd", "jr", "sr", "bzgl", "ggf", "evtl", "inkl", "zzgl", "ehem",
      "hrsg", "str", "tel", "u.s", "u.k", "u.n", "e.u", "z.b", "d.h", "u.a", "o.ä", "mind"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& MonthWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
      "september", "oktober", "november", "dezember"};
  return *words;
}

// Whether text[b - 1] belongs to the word that goes on at b (letters, digits, inner dots,
// hyphens).
bool WordGoesBack(std::string_view text, size_t b) {
  const unsigned char c = static_cast<unsigned char>(text[b - 1]);
  if (c == '.') return b >= 2 && internal::IsWordByte(text[b - 2]);  // "U.S" keeps its dots.
  return internal::IsWordByte(c) || c == '-';
}

// Where the word that ends right before `end` begins.
size_t WordStart(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 && WordGoesBack(text, b)) --b;
  return b;
}

// Whether the word that ends right before `end` has more than `n` bytes: WordStart's walk,
// stopped after n + 1 of them (most words before a full stop are longer than n).
bool WordLongerThan(std::string_view text, size_t end, size_t n) {
  size_t b = end;
  while (b > 0 && end - b <= n && WordGoesBack(text, b)) --b;
  return end - b > n;
}

// Bytes [b, e) of text lower-cased into `buf` of `n` bytes (ASCII only; "März" stays "märz"
// after the first byte), no string made; "" when longer, as no word of the sets SuppressBreak
// looks it up in is.
std::string_view LowerInto(std::string_view text, size_t b, size_t e, char* buf, size_t n) {
  if (e - b > n) return {};
  for (size_t k = b; k < e; ++k) buf[k - b] = absl::ascii_tolower(text[k]);
  return {buf, e - b};
}

bool IsOrdinalToken(std::string_view w) {
  // "25", "27.-28" (a day range): one or two digits, maybe a dash and more.
  if (w.empty() || w.size() > 6) return false;
  size_t digits = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      if (++digits > 2) return false;
    } else if (c == '-' || c == '.') {
      digits = 0;
    } else {
      return false;
    }
  }
  return std::isdigit(static_cast<unsigned char>(w.back()));
}

// Whether the break after a full stop at `dot` should be undone.
bool SuppressBreak(std::string_view text, size_t dot, size_t next, std::string_view lang) {
  // No abbreviation has more than four bytes, an initial one, an ordinal at most six: a
  // longer word (most before a full stop) ends the sentence without its lower-cased copy.
  constexpr size_t kLongestSuppressing = 6;
  if (WordLongerThan(text, dot, kLongestSuppressing)) return false;
  // The word has at most kLongestSuppressing bytes; the months and the words before an
  // ordinal have fewer than 16.
  char lower[kLongestSuppressing], after_buf[16], prev_buf[16];
  const size_t start = WordStart(text, dot);
  const std::string_view before = LowerInto(text, start, dot, lower, kLongestSuppressing);
  if (before.empty()) return false;
  if (Abbreviations().contains(before)) return true;
  if (before.size() == 1 && std::isalpha(static_cast<unsigned char>(before[0]))) {
    return true;  // An initial: "John F. Kennedy".
  }
  if (lang != "en" && IsOrdinalToken(before)) {
    size_t a = next;
    while (a < text.size() && (text[a] == ' ' || text[a] == '\t')) ++a;
    size_t e = a;
    while (e < text.size() && internal::IsWordByte(text[e])) ++e;
    if (MonthWords().contains(LowerInto(text, a, e, after_buf, sizeof after_buf))) return true;
    // "im 2. Weltkrieg": a German ordinal before a noun, unless it ends a figure.
    const size_t prev_end = start > 0 ? start - 1 : 0;
    const std::string_view prev =
        LowerInto(text, WordStart(text, prev_end), prev_end, prev_buf, sizeof prev_buf);
    static const auto* kOrdinalContext = new absl::flat_hash_set<std::string_view>{
        "am", "im", "vom", "zum", "ab", "bis", "dem", "den", "der", "die", "das", "des", "seit"};
    if (kOrdinalContext->contains(prev)) return true;
  }
  return false;
}

// "Prozent. 2019 waren es 61 Prozent": UAX #29 (SB8) joins a full stop to what follows when a
// lower-case word comes before the next capital, even across a number. A full stop after a
// word (not an abbreviation, an initial or a figure) followed by a number ends the sentence.
bool WordStopBeforeNumber(std::string_view text, size_t dot, std::string_view lang) {
  size_t j = dot + 1;
  if (j >= text.size() || (text[j] != ' ' && text[j] != '\t')) return false;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
  if (j >= text.size() || !std::isdigit(static_cast<unsigned char>(text[j]))) return false;
  // Lower-casing changes no length, dot or digit: the word as written answers.
  const size_t word = WordStart(text, dot);
  const std::string_view before = text.substr(word, dot - word);
  constexpr size_t kShortest = 3;  // Shorter words are mostly abbreviations ("Nr", "S").
  if (before.size() < kShortest || before.find('.') != std::string_view::npos) return false;
  if (std::isdigit(static_cast<unsigned char>(before.back()))) return false;
  return !SuppressBreak(text, dot, j, lang);
}

bool EndsParagraph(std::string_view line) {
  // Punctuation, closing quotes and brackets that can end a paragraph.
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  if (line.empty()) return true;
  const unsigned char c = static_cast<unsigned char>(line.back());
  if (c < 0x80) return std::string_view(".!?:;\")'»«]").find(static_cast<char>(c)) !=
                       std::string_view::npos || std::isdigit(c);
  return true;  // Non-ASCII endings are mostly quotes and ellipses.
}

std::vector<Span> SplitParagraphs(std::string_view text) {
  std::vector<Span> out;
  size_t pos = 0;
  bool join_next = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Span line = internal::Trim(text, {static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)});
    if (line.size() == 0) {
      join_next = false;
    } else {
      const unsigned char first = static_cast<unsigned char>(text[line.begin]);
      // A hard-wrapped paragraph: the previous line did not end a sentence and this one
      // continues in lower case.
      if (join_next && !out.empty() && std::islower(first)) {
        out.back().end = line.end;
      } else {
        out.push_back(line);
      }
      join_next = !EndsParagraph(line.Of(text));
    }
    pos = nl + 1;
  }
  return out;
}

// Whether every character of `text` (valid UTF-8) is one NFC leaves as it is whatever stands
// around it (quick check Yes, combining class 0, second of no composition): ASCII,
// U+0080..U+02FF, and the rows of punctuation and currency signs U+2002..U+205F and
// U+20A0..U+20BF (quotation marks, dashes, the euro sign). Such a text is NFC, which ICU's
// check finds at several times the cost; of any other text ICU decides.
bool SurelyNfc(std::string_view text) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0;;) {
    i = internal::SkipLatinBlocks(text, i);
    if (i >= n) return true;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xCB) {
      i += 2;
    } else if (c == 0xE2 && i + 2 < n &&
               ((p[i + 1] == 0x80 && p[i + 2] >= 0x82) || (p[i + 1] == 0x81 && p[i + 2] <= 0x9F) ||
                (p[i + 1] == 0x82 && p[i + 2] >= 0xA0))) {
      i += 3;
    } else {
      return false;
    }
  }
}

// A paragraph SplitParagraphs joined from hard-wrapped lines, with its line ends as spaces:
// UAX #29 ends a sentence after every line end, where these are none. The same length, so the
// breaks are offsets into the paragraph as written; `scratch` holds the copy when one is made.
std::string_view Unwrapped(std::string_view paragraph, std::string& scratch) {
  if (paragraph.find('\n') == std::string_view::npos) return paragraph;
  scratch.assign(paragraph);
  for (char& ch : scratch) {
    if (ch == '\n' || ch == '\r') ch = ' ';
  }
  return scratch;
}

}  // namespace

uint32_t SegmentedText::ToOriginal(uint32_t offset) const {
  if (offset_map.empty()) return offset;
  auto it = std::upper_bound(offset_map.begin(), offset_map.end(), offset,
                             [](uint32_t v, const auto& p) { return v < p.first; });
  if (it == offset_map.begin()) return offset;
  --it;
  return it->second + (offset - it->first);
}

namespace internal {

absl::StatusOr<SegmentedText> SegmentForMatching(std::string_view text, std::string_view lang) {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    return absl::InvalidArgumentError(
        absl::StrCat("text of ", text.size(), " bytes exceeds the 4 GiB limit"));
  }
  if (absl::Status s = ValidateUtf8(text); !s.ok()) return s;

  SegmentedText out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return absl::InternalError("ICU NFC normaliser unavailable");
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (!SurelyNfc(text) && !nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    icu::Edits edits;
    icu::StringByteSink<std::string> sink(&out.normalized);
    nfc->normalizeUTF8(0, piece, sink, &edits, status);
    if (U_FAILURE(status)) return absl::InternalError("ICU NFC normalisation failed");
    // Record (normalized, original) at the end of every change so offsets map piecewise.
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(status)) {
      if (it.hasChange()) {
        out.offset_map.emplace_back(it.destinationIndex(), it.sourceIndex());
        out.offset_map.emplace_back(it.destinationIndex() + it.newLength(),
                                    it.sourceIndex() + it.oldLength());
      }
    }
  }
  const std::string_view match = out.MatchText(text);

  out.paragraphs = SplitParagraphs(match);
  std::vector<uint32_t> breaks;
  std::vector<uint32_t> cuts;  // Sentence ends inside a paragraph, absolute offsets.
  std::string unwrapped;       // A hard-wrapped paragraph with its line ends as spaces.
  for (uint32_t p = 0; p < out.paragraphs.size(); ++p) {
    const Span para = out.paragraphs[p];
    cuts.clear();
    SentenceBreaks(Unwrapped(para.Of(match), unwrapped), breaks);
    for (const uint32_t b : breaks) {
      const uint32_t abs = para.begin + b;
      if (abs >= para.end) break;
      // Find the last non-space byte before the cut; undo breaks after abbreviations.
      uint32_t q = abs;
      while (q > para.begin && (match[q - 1] == ' ' || match[q - 1] == '\t')) --q;
      if (q > para.begin && match[q - 1] == '.' && SuppressBreak(match, q - 1, abs, lang)) {
        continue;
      }
      cuts.push_back(abs);
    }
    // Full stops found by memchr: a byte-by-byte test cost about four instructions a byte.
    for (uint32_t q = para.begin; q + 2 < para.end; ++q) {
      const void* dot = std::memchr(match.data() + q, '.', para.end - 2 - q);
      if (dot == nullptr) break;
      q = static_cast<uint32_t>(static_cast<const char*>(dot) - match.data());
      if (WordStopBeforeNumber(match.substr(0, para.end), q, lang)) {
        uint32_t cut = q + 1;
        while (cut < para.end && (match[cut] == ' ' || match[cut] == '\t')) ++cut;
        cuts.push_back(cut);
      }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.push_back(para.end);
    uint32_t start = para.begin;
    for (uint32_t cut : cuts) {
      Span s = Trim(match, {start, cut});
      if (s.size() > 0) out.sentences.push_back({s, p});
      start = cut;
    }
  }
  return out;
}

}  // namespace internal

absl::StatusOr<SegmentedText> Segment(std::string_view text, std::string_view lang) {
  absl::StatusOr<SegmentedText> seg = internal::SegmentForMatching(text, lang);
  if (!seg.ok() || seg->offset_map.empty()) return seg;
  for (Span& p : seg->paragraphs) p = {seg->ToOriginal(p.begin), seg->ToOriginal(p.end)};
  for (Sentence& s : seg->sentences) {
    s.span = {seg->ToOriginal(s.span.begin), seg->ToOriginal(s.span.end)};
  }
  return seg;
}

}  // namespace crosscheck
