// Victims ("Opfer", "casualties") are the dead and the injured together, unless the article
// tells of deaths and never of injuries: then the victims it counts are its dead ("Die Zahl
// der Opfer ist auf 36 gestiegen" in a report of a strike's deaths; "the death toll … rising
// to 645 casualties").
#include <algorithm>

#include "lib/base/concat.h"
#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {
namespace {

// Measures of measure_tree.tsv.
constexpr std::string_view kVictims = "casualties", kDead = "killed", kInjured = "injured";

// Whether an article stands before the figure of `c`: "the two victims" are people named
// before (those found, those identified), not the toll.
bool NamedBefore(const DocContext& ctx, const Claim& c) {
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.span.begin != c.sentence.begin) continue;
    for (size_t k = 1; k < st.tokens.size(); ++k) {
      if (st.tokens[k].span.begin == c.span.begin) {
        return ctx.pack->quantities.roles.Has(st.tokens[k - 1], kPartArticle);
      }
    }
  }
  return false;
}

}  // namespace

void VictimsAsDead(DocContext& ctx, size_t boilerplate) {
  auto victims = [](const Claim& c) {
    return c.kind == ClaimKind::kQuantity && c.unit == kVictims;
  };
  if (std::none_of(ctx.claims.begin(), ctx.claims.end(), victims)) return;
  const QuantityWords& q = ctx.pack->quantities;
  auto is = [&q](const std::string& measure, std::string_view whole) {
    return measure == whole || q.IsKindOf(measure, whole);
  };
  bool dead = false;
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.paragraph >= boilerplate) break;
    for (size_t k = 0; k < st.tokens.size(); ++k) {
      for (const PhraseTable* words : {&q.measure_verbs, &q.measures}) {
        const PhraseMatch m = words->Match(st.tokens, k);
        if (m.length == 0) continue;
        if (is(m.fields->at(0), kInjured)) return;  // "getötet oder verletzt" too.
        dead = dead || is(m.fields->at(0), kDead);
      }
    }
  }
  if (!dead) return;
  for (Claim& c : ctx.claims) {
    if (!victims(c) || NamedBefore(ctx, c)) continue;
    c.unit = std::string(kDead);
    c.key = Concat(c.subject.empty() ? std::string_view("_") : std::string_view(c.subject), "/",
                   kDead);
  }
}

}  // namespace crosscheck::internal
