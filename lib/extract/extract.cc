#include "lib/extract/extract.h"

#include <algorithm>
#include <tuple>

#include "lib/text/segment_internal.h"

namespace crosscheck::internal {

Extractor::Extractor(const ExtractOptions& options)
    : options_(options), dates_(options), quantities_(options), quotes_(options) {}

absl::StatusOr<std::vector<Claim>> Extractor::Extract(const Document& doc,
                                                      std::string_view lang) const {
  absl::StatusOr<SegmentedText> seg = SegmentForMatching(doc.text, lang);
  if (!seg.ok()) return seg.status();
  if (lang != "de" && lang != "en") return std::vector<Claim>{};  // No language data for it.

  DocContext ctx;
  ctx.text = seg->MatchText(doc.text);
  ctx.lang = lang;
  ctx.published = doc.published;
  ctx.options = &options_;
  ctx.seg = &*seg;
  ctx.sentences.reserve(seg->sentences.size());
  for (const Sentence& s : seg->sentences) {
    ctx.sentences.push_back({s, Tokenize(ctx.text, s.span)});
  }
  dates_.Run(ctx);
  quantities_.Run(ctx);
  quotes_.Run(ctx);

  std::vector<Claim> claims = std::move(ctx.claims);
  if (!seg->offset_map.empty()) {
    for (Claim& c : claims) {
      c.span = {seg->ToOriginal(c.span.begin), seg->ToOriginal(c.span.end)};
      c.sentence = {seg->ToOriginal(c.sentence.begin), seg->ToOriginal(c.sentence.end)};
    }
  }
  // Positions for editors and the evidence each claim carries with it.
  std::vector<uint32_t> line_starts{0};
  for (uint32_t i = 0; i < doc.text.size(); ++i) {
    if (doc.text[i] == '\n') line_starts.push_back(i + 1);
  }
  for (Claim& c : claims) {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), c.span.begin) - 1;
    c.line = static_cast<uint32_t>(it - line_starts.begin()) + 1;
    c.column = 1;
    for (uint32_t i = *it; i < c.span.begin; ++i) {
      c.column += (static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80;
    }
    c.context_begin = std::min(c.span.begin, c.sentence.begin);
    const uint32_t end = std::max(c.span.end, c.sentence.end);
    c.context.assign(doc.text, c.context_begin, end - c.context_begin);
  }
  // Reading order; the recognizers ran one after another. Sorting indices and moving each
  // claim once is cheaper than stable_sort shuffling whole claims.
  std::vector<uint32_t> order(claims.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return std::tie(claims[a].span.begin, claims[a].span.end) <
           std::tie(claims[b].span.begin, claims[b].span.end);
  });
  std::vector<Claim> sorted;
  sorted.reserve(claims.size());
  for (uint32_t i : order) sorted.push_back(std::move(claims[i]));
  return sorted;
}

}  // namespace crosscheck::internal
