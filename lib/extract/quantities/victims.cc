// Victims ("Opfer", "casualties") are the dead and the injured together, unless the article
// tells of deaths and never of injuries: then the victims it counts are its dead ("Die Zahl
// der Opfer ist auf 36 gestiegen" in a report of a strike's deaths; "the death toll … rising
// to 645 casualties").
// Bodies recovered in a sentence that speaks of the toll are the dead known so far, the toll
// itself, when the sentence gives no other count of the dead ("the toll keeps rising with 48
// bodies pulled out").
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "lib/base/concat.h"
#include "lib/base/lex_entry.h"
#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {
namespace {

// Measures of measure_tree.tsv.
constexpr std::string_view kVictims = "casualties", kDead = "killed", kInjured = "injured",
                           kBodies = "bodies_recovered";

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

// Whether sentence `st` counts bodies as its toll: a toll word (toll_word in
// quantity_words.tsv) and a verb of recovering bodies (measure_verbs.tsv).
bool CountsBodies(const SentenceTokens& st, const QuantityWords& q) {
  bool toll = false, recovered = false;
  for (size_t k = 0; k < st.tokens.size(); ++k) {
    toll = toll || q.roles.Has(st.tokens[k], kTollWord);
    const PhraseMatch m = q.measure_verbs.Match(st.tokens, k);
    recovered = recovered || (m.length > 0 && m.fields->at(0) == kBodies);
  }
  return toll && recovered;
}

// Makes the bodies of a sentence that counts them as its toll, and no other dead, killed.
// One pass over the claims and a look-up per sentence with bodies: asking every sentence about
// every claim made a long article's extraction quadratic (45 % slower on a 256 KiB one).
void BodiesAsToll(DocContext& ctx) {
  std::vector<uint32_t> bodies, dead;  // Starts of the sentences with such figures.
  for (const Claim& c : ctx.claims) {
    if (c.kind != ClaimKind::kQuantity) continue;
    if (c.unit == kBodies) bodies.push_back(c.sentence.begin);
    if (c.unit == kDead) dead.push_back(c.sentence.begin);
  }
  if (bodies.empty()) return;
  std::sort(bodies.begin(), bodies.end());
  bodies.erase(std::unique(bodies.begin(), bodies.end()), bodies.end());
  std::sort(dead.begin(), dead.end());
  std::vector<uint32_t> tolls;  // Sorted, as `bodies` is.
  for (const uint32_t begin : bodies) {
    if (std::binary_search(dead.begin(), dead.end(), begin)) continue;
    const auto st = std::lower_bound(
        ctx.sentences.begin(), ctx.sentences.end(), begin,
        [](const SentenceTokens& x, uint32_t b) { return x.sentence.span.begin < b; });
    if (st != ctx.sentences.end() && st->sentence.span.begin == begin &&
        CountsBodies(*st, ctx.pack->quantities)) {
      tolls.push_back(begin);
    }
  }
  for (Claim& c : ctx.claims) {
    if (c.kind != ClaimKind::kQuantity || c.unit != kBodies ||
        !std::binary_search(tolls.begin(), tolls.end(), c.sentence.begin)) {
      continue;
    }
    c.unit = std::string(kDead);
    c.key = Concat(c.subject.empty() ? std::string_view("_") : std::string_view(c.subject),
                   "/", kDead);
  }
}

}  // namespace

void VictimsAsDead(DocContext& ctx, size_t boilerplate) {
  BodiesAsToll(ctx);
  auto victims = [](const Claim& c) {
    return c.kind == ClaimKind::kQuantity && c.unit == kVictims;
  };
  if (std::none_of(ctx.claims.begin(), ctx.claims.end(), victims)) return;
  const QuantityWords& q = ctx.pack->quantities;
  // Most sentences have no word that begins a measure nor a measure verb: their lexicon
  // classes say so exactly (LanguagePack::Build compiles both tables into them). Stems ('*'
  // forms, German measures) are not in the classes, but only those of the dead or the
  // injured matter; q.victim_gate passes each word that may begin such a row.
  const uint64_t starts = (uint64_t{1} << kLexMeasure) | (uint64_t{1} << kLexMeasureVerb);
  const bool stems = !q.victim_gate.stem_quads.empty();
  const QuantityWords::KindGate::View gate = q.victim_gate.Viewed();
  bool dead = false;
  // The last row each table matched and what it is a kind of: the same rows ("killed",
  // "people") come again and again, and each question walks the measure tree by name.
  struct Seen {
    const std::vector<std::string>* row = nullptr;
    bool injured = false, dead = false;
  } seen[2];
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.paragraph >= boilerplate) break;
    if (!stems && (st.classes & starts) == 0) continue;
    for (size_t k = 0; k < st.tokens.size(); ++k) {
      // A word no row of the dead or injured starts: what either table matches there is
      // some other measure, which decides nothing here.
      if (!gate.MayStart(st.tokens[k])) continue;
      for (int w = 0; w < 2; ++w) {
        const PhraseMatch m = (w == 0 ? q.measure_verbs : q.measures).Match(st.tokens, k);
        if (m.length == 0) continue;
        if (m.fields != seen[w].row) {
          seen[w] = {m.fields, q.IsOrKindOf(m.fields->at(0), kInjured),
                     q.IsOrKindOf(m.fields->at(0), kDead)};
        }
        if (seen[w].injured) return;  // "getötet oder verletzt" too.
        dead = dead || seen[w].dead;
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
