#include "lib/extract/extract.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lib/base/huge_pages.h"
#include "lib/extract/interim.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/quantity.h"
#include "lib/lang/pack.h"
#include "lib/text/segment_internal.h"

namespace crosscheck::internal {
namespace {

// A claim's evidence is its sentence; in a sentence longer than this (a hostile or broken
// text, a table flattened into one line) it is the part of the sentence around the claim, so
// that every claim's copy of its evidence stays small and many claims in one endless sentence
// cost memory in proportion to their number, not to claims times sentence length.
constexpr uint32_t kMaxEvidenceBytes = 2048;
constexpr uint32_t kEvidenceMargin = 512;

void NarrowSentence(std::string_view text, Claim& c) {
  if (c.sentence.size() <= kMaxEvidenceBytes) return;
  uint32_t b = c.span.begin > c.sentence.begin + kEvidenceMargin ? c.span.begin - kEvidenceMargin
                                                                  : c.sentence.begin;
  uint32_t e = std::min<uint64_t>(c.sentence.end, uint64_t{c.span.end} + kEvidenceMargin);
  // Whole code points only.
  while (b > c.sentence.begin && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  while (e < c.sentence.end && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  c.sentence = {std::min(b, c.span.begin), std::max(e, c.span.end)};
}

constexpr uint64_t kHigh = 0x8080808080808080ull;
constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
constexpr uint64_t kOnes = 0x0101010101010101ull;

// The number of bytes of w whose bit 7 is set, given only bit-7 bits: their sum lands in
// the top byte (at most 8, no carry).
inline uint64_t HighBits(uint64_t bits) { return ((bits >> 7) * kOnes) >> 56; }

#if defined(__SSE2__)
// The bytes of [b, e) that `match` (a compare of sixteen bytes, -1 where one counts) counts,
// up to the last whole sixteen; b is left after them. The -1s are subtracted into byte
// counters, summed every 255 rounds so that none overflows. The text up to the last claim is
// counted twice (lines, columns): eight bytes at a time cost about 2 instructions a byte each.
template <typename Match>
size_t CountBy16(const char*& b, const char* e, Match match) {
  size_t n = 0;
  while (e - b >= 16) {
    __m128i acc = _mm_setzero_si128();
    for (int k = 0; k < 255 && e - b >= 16; ++k, b += 16) {
      acc = _mm_sub_epi8(acc, match(_mm_loadu_si128(reinterpret_cast<const __m128i*>(b))));
    }
    const __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
    n += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
         static_cast<size_t>(_mm_extract_epi16(sums, 4));
  }
  return n;
}
#endif

// Bytes of [b, e) equal to '\n', eight at a time: with '\n' xored into every byte, a byte x
// is zero exactly when neither ((x & 0x7F) + 0x7F) nor x has bit 7 set (no carry leaves a
// byte). The baseline x86-64 build vectorised std::count poorly (about 2 instructions a
// byte).
size_t CountNewlines(const char* b, const char* e) {
  size_t n = 0;
#if defined(__SSE2__)
  n = CountBy16(b, e, [](__m128i v) { return _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')); });
#endif
  for (; e - b >= 8; b += 8) {
    uint64_t w;
    std::memcpy(&w, b, 8);
    const uint64_t x = w ^ (kOnes * '\n');
    n += 8 - HighBits((((x & kLow7) + kLow7) | x) & kHigh);
  }
  for (; b < e; ++b) n += *b == '\n';
  return n;
}

// Bytes of [b, e) that are no UTF-8 continuation (10xxxxxx), i.e. code points, eight at a
// time: a continuation byte has bit 7 set and bit 6 (shifted into bit 7) clear. std::count_if
// with a lambda cost about 6 instructions a byte.
size_t CountCodePoints(const char* b, const char* e) {
  size_t n = 0;
#if defined(__SSE2__)
  // No continuation byte (0x80..0xBF, -128..-65 signed): greater than -65.
  n = CountBy16(b, e, [](__m128i v) { return _mm_cmpgt_epi8(v, _mm_set1_epi8(-65)); });
#endif
  for (; e - b >= 8; b += 8) {
    uint64_t w;
    std::memcpy(&w, b, 8);
    n += 8 - HighBits(w & ~(w << 1) & kHigh);
  }
  for (; b < e; ++b) n += (static_cast<unsigned char>(*b) & 0xC0) != 0x80;
  return n;
}

// The last '\n' of [b, e), which holds one: sixteen bytes at a time from the end, where the
// byte loop cost four instructions a byte.
const char* LastNewline(const char* b, const char* e) {
#if defined(__SSE2__)
  for (; e - b >= 16; e -= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(e - 16));
    const unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
    if (mask != 0) return e - 16 + (31 - __builtin_clz(mask));
  }
#endif
  while (*--e != '\n') {}
  return e;
}

// Moves (line, column) from text[from] on to text[to]: a line per newline, a column per code
// point (a byte that is no UTF-8 continuation).
void Advance(std::string_view text, uint32_t from, uint32_t to, uint32_t& line,
             uint32_t& column) {
  const char* b = text.data() + from;
  const char* e = text.data() + to;
  if (const size_t newlines = CountNewlines(b, e); newlines > 0) {
    line += static_cast<uint32_t>(newlines);
    b = LastNewline(b, e) + 1;
    column = 1;
  }
  column += static_cast<uint32_t>(CountCodePoints(b, e));
}

// The sentences' tokens, in one store for the document (ctx.token_store), tagged by the
// pack's lexicon; each sentence holds a view of its run.
void TokenizeSentences(const SegmentedText& seg, const LanguagePack& pack, DocContext& ctx) {
  ctx.folded = Fold(ctx.text);
  ctx.sentences.reserve(seg.sentences.size());
  // News text averages over 5 bytes a token, so the store rarely grows; the views into it
  // are set once all sentences are in.
  std::vector<Token>& store = ctx.token_store;
  store.reserve(ctx.text.size() / 5 + 64);
  AdviseHugePages(store.data(), store.capacity() * sizeof(Token));
  std::vector<uint32_t> firsts;
  firsts.reserve(seg.sentences.size() + 1);
  for (const Sentence& s : seg.sentences) {
    SentenceTokens& st = ctx.sentences.emplace_back();
    st.sentence = s;
    firsts.push_back(static_cast<uint32_t>(store.size()));
    TokenizeAppend(ctx.text, s.span, ctx.folded, store, &st.shapes);
    st.classes = pack.lexicon.Tag(std::span<Token>(store).subspan(firsts.back()),
                                  kLexQuantityRoles, &st.quantity_roles,
                                  &st.quantity_lead_roles);
  }
  firsts.push_back(static_cast<uint32_t>(store.size()));
  for (size_t k = 0; k < ctx.sentences.size(); ++k) {
    ctx.sentences[k].tokens = Tokens(store).subspan(firsts[k], firsts[k + 1] - firsts[k]);
  }
}

}  // namespace

Extractor::Extractor(const ExtractOptions& options, const LanguageRegistry& languages)
    : options_(options), languages_(languages), quantities_(options), quotes_(options),
      quote_terms_(options) {}

absl::StatusOr<std::vector<Claim>> Extractor::Extract(const Document& doc, std::string_view lang,
                                                     std::string* home) const {
  absl::StatusOr<SegmentedText> seg = SegmentForMatching(doc.text, lang);
  if (!seg.ok()) return seg.status();
  const LanguagePack* pack = languages_.Find(lang);
  if (pack == nullptr) return std::vector<Claim>{};  // No language data for it.

  DocContext ctx;
  ctx.text = seg->MatchText(doc.text);
  ctx.lang = lang;
  ctx.pack = pack;
  ctx.published = doc.published;
  ctx.options = &options_;
  ctx.seg = &*seg;
  TokenizeSentences(*seg, *pack, ctx);
  // Room for the claims of a dense text (generated news: a claim per 90 bytes), so that the
  // recognizers' push_backs do not move claims on every growth, nor fault in the pages of
  // each larger copy: pages not written cost nothing. Capped for a hostile text of a
  // hundred megabytes. Only this working vector: the result is exact.
  ctx.claims.reserve(std::min<size_t>(ctx.text.size() / 64 + 16, size_t{1} << 20));
  AdviseHugePages(ctx.claims.data(), ctx.claims.capacity() * sizeof(Claim));
  dates_.Run(ctx);
  quantities_.Run(ctx);
  dates_.EventFigures(ctx);
  ReadDistancesFromPlaces(ctx);
  MarkReportedProjections(ctx.folded, seg->paragraphs, *pack, ctx.claims);
  quotes_.Run(ctx);
  quote_terms_.DeriveAll(ctx);

  std::vector<Claim> claims = std::move(ctx.claims);
  HomeAndScopes(ctx, claims, home);
  if (!seg->offset_map.empty()) {
    for (Claim& c : claims) {
      c.span = {seg->ToOriginal(c.span.begin), seg->ToOriginal(c.span.end)};
      c.sentence = {seg->ToOriginal(c.sentence.begin), seg->ToOriginal(c.sentence.end)};
    }
  }
  // Reading order; the recognizers ran one after another. Sorting indices and moving each
  // claim once is cheaper than stable_sort shuffling whole claims.
  // Each index beside its claim's span as one number, so that no comparison reads a claim.
  std::vector<std::pair<uint64_t, uint32_t>> order(claims.size());
  for (uint32_t i = 0; i < order.size(); ++i) {
    order[i] = {uint64_t{claims[i].span.begin} << 32 | claims[i].span.end, i};
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Claim> sorted;
  sorted.reserve(claims.size());
  for (const auto& [span, i] : order) sorted.push_back(std::move(claims[i]));
  // Positions for editors and the evidence each claim carries with it. The claims are in
  // reading order, so one cursor walks the text once: a line with many claims costs its
  // length once, not once per claim.
  uint32_t pos = 0, line = 1, column = 1;
  // Claims of one sentence share its bytes (one string, counted references): in reading order
  // they follow each other, so the previous claim's context is the one to reuse.
  const Claim* previous = nullptr;
  for (Claim& c : sorted) {
    const uint32_t to = std::min<uint32_t>(c.span.begin, static_cast<uint32_t>(doc.text.size()));
    if (pos < to) {
      Advance(doc.text, pos, to, line, column);
      pos = to;
    }
    c.line = line;
    c.column = column;
    NarrowSentence(doc.text, c);
    c.context_begin = std::min(c.span.begin, c.sentence.begin);
    const uint32_t end = std::max(c.span.end, c.sentence.end);
    if (previous != nullptr && previous->context_begin == c.context_begin &&
        previous->context.size() == end - c.context_begin) {
      c.context = previous->context;
    } else {
      c.context = std::string_view(doc.text).substr(c.context_begin, end - c.context_begin);
    }
    previous = &c;
  }
  return sorted;
}

}  // namespace crosscheck::internal
