#include "lib/extract/quotes/quote.h"

#include <algorithm>
#include <climits>
#include <vector>

#include "lib/extract/quotes/quote_claims.h"
#include "lib/extract/quotes/quote_marks.h"
#include "lib/extract/quotes/sieves.h"
#include "lib/extract/speakers/mentions.h"
#include "lib/extract/speakers/reading.h"
#include "lib/extract/speakers/subjects.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {
namespace {

// Per sentence, the first token outside quotations that is a word or number: a quotation
// opening before it opens its clause. (Once per sentence, not once per quotation.)
// And per token, the last token at or before it outside quotations (-1: none), so that
// finding what precedes a quotation does not walk back over all the quotations before it.
struct ClauseStarts {
  std::vector<int> first_wordish;
  std::vector<int> last_free;     // All sentences' tokens in one buffer ...
  std::vector<uint32_t> offsets;  // ... sentence s's from offsets[s] on.

  ClauseStarts(const DocContext& ctx, const std::vector<SentenceSpeech>& info)
      : first_wordish(ctx.sentences.size(), INT_MAX) {
    offsets.reserve(ctx.sentences.size());
    size_t total = 0;
    for (const SentenceTokens& st : ctx.sentences) {
      offsets.push_back(static_cast<uint32_t>(total));
      total += st.tokens.size();
    }
    last_free.resize(total);
    for (size_t s = 0; s < ctx.sentences.size(); ++s) {
      const auto& tokens = ctx.sentences[s].tokens;
      int* const out = last_free.data() + offsets[s];
      int last = -1;
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (!info[s].skip[i]) {
          last = static_cast<int>(i);
          if (first_wordish[s] == INT_MAX && IsWordish(tokens[i])) first_wordish[s] = last;
        }
        out[i] = last;
      }
    }
  }
  int LastFree(size_t s, size_t i) const { return last_free[offsets[s] + i]; }
};

// "»…«, sagte Marie. – »…«": a dash right after a quotation or the end of a clause opens a
// new turn of a dialogue, though no full stop splits the sentence before it.
bool TurnDash(const QuoteSite& site) {
  if (site.prev < 0) return false;
  Tokens t0 = site.t0();
  const std::string_view dash = t0[site.prev].folded();
  if (dash != "\xE2\x80\x93" && dash != "\xE2\x80\x94") return false;
  const int before = site.prev - 1;
  if (before < 0 || site.info[site.s0].skip[before]) return true;
  const std::string_view p = t0[before].folded();
  return p == "." || p == ";" || p == "!" || p == "?";
}

// The site of the quotation whose pieces are quotes[k..last].
void Locate(const ClauseStarts& starts, size_t k, size_t last, QuoteSite& site) {
  const auto& sents = site.ctx.sentences;
  site.k = k;
  site.last = last;
  site.s0 = SentenceFrom(sents, site.first_q().outer.begin, site.s0);  // The last site's.
  site.s1 = SentenceFrom(sents, site.last_q().outer.end - 1, site.s0);
  Tokens t0 = site.t0();
  site.open = TokenAt(t0, site.first_q().outer.begin);
  site.prev = site.open > 0 ? starts.LastFree(site.s0, site.open - 1) : -1;
  site.clause_initial = starts.first_wordish[site.s0] > site.prev || TurnDash(site);
  site.colon = site.prev >= 0 && t0[site.prev].folded() == ":";
}

}  // namespace

QuoteRecognizer::QuoteRecognizer(const ExtractOptions& options)
    : options_(options), persons_(options) {}

void QuoteRecognizer::Run(DocContext& ctx, std::vector<std::string_view>* decided) const {
  if (ctx.sentences.empty() || ctx.seg == nullptr || ctx.pack == nullptr) return;
  const SpeakerLexicon& lex = *ctx.pack->speakers;
  const MentionFinder finder(persons_, lex);
  const std::vector<QuoteSpan> quotes = FindQuotes(ctx.text, ctx.seg->paragraphs);

  // Pass 1: mentions, cues and speech events, sentence by sentence in reading order.
  SpeakerReading reading = ReadSpeakers(ctx, quotes, finder);
  role_claims_.Emit(reading, ctx);

  // Pass 2: attribute every quotation (or multi-paragraph chain) and emit its claims.
  const ClauseStarts starts(ctx, reading.sentences);
  QuoteTopics topics(ctx, reading.sentences, lex.roles);
  const std::span<const QuoteSieve> sieves = QuoteSieves();
  QuoteSite site{ctx, reading.sentences, finder, quotes};
  std::vector<int> turns(quotes.size(), -1);
  site.turns = &turns;
  std::vector<DialogueTurnSlot> slots;
  for (size_t k = 0; k < quotes.size();) {
    size_t last = k;
    if (quotes[k].chain >= 0) {
      while (last + 1 < quotes.size() && quotes[last + 1].chain == quotes[k].chain) ++last;
    }
    Locate(starts, k, last, site);
    DialogueTurnSlot& slot = slots.emplace_back();
    slot.first = k;
    slot.last = last;
    slot.a = AttributeQuote(site, reading.art, sieves, &slot.decided);
    slot.opens_turn = OpensTurn(site);
    slot.anchored = slot.a.confidence > kContinuedConfidence;
    slot.open = slot.opens_turn && (slot.decided.empty() || slot.decided == "standalone_speaker" ||
                                    slot.decided == "dialogue_turn");
    if (slot.a.form == QuoteForm::kDirect) {
      std::fill(turns.begin() + k, turns.begin() + last + 1, slot.a.person);
    }
    k = last + 1;
  }
  // Claims after the backward pass: a later cue can name an earlier turn's speaker.
  DialogueBackward(site, reading.art, slots, turns);
  for (const DialogueTurnSlot& slot : slots) {
    Locate(starts, slot.first, slot.last, site);
    if (decided != nullptr) decided->push_back(slot.decided);
    EmitQuoteClaims(site, slot.a, reading.art, topics, ctx.claims);
  }
}

}  // namespace crosscheck::internal
