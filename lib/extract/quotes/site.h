// Where a quotation stands in its article, as the attribution sieves (sieves.h) read it, and
// what they conclude about it.
#ifndef CROSSCHECK_LIB_EXTRACT_QUOTES_SITE_H_
#define CROSSCHECK_LIB_EXTRACT_QUOTES_SITE_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/context.h"
#include "lib/extract/quotes/quote_marks.h"
#include "lib/extract/speakers/mentions.h"
#include "lib/extract/speakers/reading.h"

namespace crosscheck::internal {

// Confidence of a quote claim by how its speaker was found.
constexpr double kNamedConfidence = 0.9;
constexpr double kReferredConfidence = 0.8;  // Pronoun or title.
constexpr double kFragmentConfidence = 0.75;
constexpr double kContinuedConfidence = 0.65;
constexpr double kLabelConfidence = 0.5;

struct Attribution {
  int person = -1;
  int mention = -1;  // In the cue's sentence, for the name as written.
  uint32_t mention_sentence = 0;
  QuoteForm form = QuoteForm::kLabel;
  double confidence = kLabelConfidence;
};

// A quotation (one piece, or the pieces of a multi-paragraph chain) and its surroundings.
struct QuoteSite {
  const DocContext& ctx;
  const std::vector<SentenceSpeech>& info;  // The first pass's findings, per sentence.
  const MentionFinder& finder;
  const std::vector<QuoteSpan>& quotes;     // All of the article's quotations.
  size_t k = 0, last = 0;  // Its first and last piece in `quotes`.
  size_t s0 = 0, s1 = 0;   // Sentences of its opening and of its closing mark.
  size_t open = 0;         // Token of the opening mark in s0.
  int prev = -1;           // The last token before `open` outside other quotations.
  bool clause_initial = false;  // No word of its clause before it.
  bool colon = false;           // A colon right before it.
  // The speaker of each earlier quotation spoken in direct speech, by index in `quotes`
  // (-1: none or not direct): the turns of a dialogue.
  const std::vector<int>* turns = nullptr;

  const QuoteSpan& first_q() const { return quotes[k]; }
  const QuoteSpan& last_q() const { return quotes[last]; }
  Tokens t0() const { return ctx.sentences[s0].tokens; }
  Tokens t1() const { return ctx.sentences[s1].tokens; }
};

// The sentence holding byte `pos`.
inline size_t SentenceOf(const std::vector<SentenceTokens>& sents, uint32_t pos) {
  auto it = std::upper_bound(sents.begin(), sents.end(), pos,
                             [](uint32_t p, const SentenceTokens& s) { return p < s.sentence.span.begin; });
  return it == sents.begin() ? 0 : static_cast<size_t>(it - sents.begin() - 1);
}

// SentenceOf(sents, pos), walked forward from sentence `from` when it begins at or before
// `pos` and the answer is a few sentences on: the quotations come in reading order, a few
// sentences apart, where the binary search over all sentences cost a hundred instructions.
inline size_t SentenceFrom(const std::vector<SentenceTokens>& sents, uint32_t pos, size_t from) {
  constexpr size_t kWalk = 8;
  if (from >= sents.size() || sents[from].sentence.span.begin > pos) return SentenceOf(sents, pos);
  for (size_t s = from, stop = std::min(sents.size(), from + kWalk); s < stop; ++s) {
    if (s + 1 == sents.size() || sents[s + 1].sentence.span.begin > pos) return s;
  }
  return SentenceOf(sents, pos);
}

// The first token starting at or after byte `pos`.
inline size_t TokenAt(Tokens tokens, uint32_t pos) {
  return std::lower_bound(tokens.begin(), tokens.end(), pos,
                          [](const Token& t, uint32_t p) { return t.span.begin < p; }) -
         tokens.begin();
}

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUOTES_SITE_H_
