#include <vector>

#include "lib/extract/quantities/quantity.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {

size_t BoilerplateStart(const DocContext& ctx, const LanguagePack& pack) {
  const size_t n = ctx.seg->paragraphs.size();
  // Boilerplate trails the article: only the second half is searched, so a story about a
  // press release is not cut off. The sentences' tokens are reused, not made again.
  const std::vector<Span>& paras = ctx.seg->paragraphs;
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.paragraph < n / 2) continue;
    // A credit line of its own with more article after it than before ("Quelle: www…, ©
    // dpa" under a lead) does not trail the article: the text goes on past it.
    constexpr uint32_t kCreditLine = 160;  // Bytes: a line, not a paragraph of prose.
    const Span& p = paras[st.sentence.paragraph];
    if (p.end - p.begin <= kCreditLine && paras.back().end - p.end > p.begin) continue;
    // No word beginning a boilerplate phrase (and no stems) nor an address word: the
    // sentence's lexicon classes and roles tell without asking each word.
    if (((st.classes >> kLexBoilerplate) & 1) == 0 && !pack.quantities.boilerplate.has_stems() &&
        ((st.quantity_roles >> kUrl) & 1) == 0) {
      continue;
    }
    Tokens tokens = st.tokens;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (pack.quantities.boilerplate.Match(tokens, i).length > 0 ||
          pack.quantities.roles.Has(tokens[i], kUrl)) {
        return st.sentence.paragraph;
      }
    }
  }
  return n;
}

}  // namespace crosscheck::internal
