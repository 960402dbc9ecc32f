#include "lib/extract/quotes/quote_claims.h"

#include <algorithm>
#include <climits>

namespace crosscheck::internal {
namespace {

// Topics: entities of the quotation and its sentences, except those naming the speaker's
// or anyone's title ("der ukrainische Außenminister"). Found once per sentence; in the
// first and last sentence only those within a clause-sized window of the quotation
// count, so that many quotations in one endless sentence stay linear.
std::vector<std::string> TopicsOf(const DocContext& ctx, const QuoteSpan& q, size_t b, size_t e,
                                  QuoteTopics& topics) {
  constexpr uint32_t kTopicWindow = 60;  // Tokens; longer than nearly every sentence.
  std::vector<std::string> out;
  for (size_t s = b; s <= e; ++s) {
    const std::vector<std::pair<uint32_t, std::string>>& found = topics.Of(s);
    const auto& tokens = ctx.sentences[s].tokens;
    const uint32_t open_at = static_cast<uint32_t>(TokenAt(tokens, q.outer.begin));
    const uint32_t from = s == b && open_at > kTopicWindow ? open_at - kTopicWindow : 0;
    const uint32_t to = s == e ? static_cast<uint32_t>(TokenAt(tokens, q.outer.end - 1)) + kTopicWindow
                               : UINT32_MAX;
    auto it = std::lower_bound(found.begin(), found.end(), from,
                               [](const auto& f, uint32_t v) { return f.first < v; });
    for (; it != found.end() && it->first <= to; ++it) out.push_back(it->second);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

const std::vector<std::pair<uint32_t, std::string>>& QuoteTopics::Of(size_t s) {
  auto& slot = found_[s];
  if (slot) return *slot;
  slot.emplace();
  const auto& tokens = ctx_.sentences[s].tokens;
  std::vector<uint8_t> in_mention(tokens.size(), false);
  for (const Mention& m : info_[s].mentions) {
    for (uint32_t i = m.tb; i < m.te && i < tokens.size(); ++i) in_mention[i] = true;
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (in_mention[i]) continue;
    const PhraseMatch pm = roles_.Entity(tokens, i);
    if (pm.length == 0 || pm.fields == nullptr || pm.fields->empty()) continue;
    slot->emplace_back(static_cast<uint32_t>(i), (*pm.fields)[0]);
    i += pm.length - 1;
  }
  return *slot;
}

void EmitQuoteClaims(const QuoteSite& site, const Attribution& a, const ArticlePersons& art,
                     QuoteTopics& topics, std::vector<Claim>& out) {
  const DocContext& ctx = site.ctx;
  const ArticlePerson* speaker = a.person >= 0 ? &art.persons[a.person] : nullptr;
  std::string name;
  if (speaker != nullptr) {
    name = speaker->name;
    if (a.mention >= 0) {
      const Mention& m = site.info[a.mention_sentence].mentions[a.mention];
      if (m.kind != MentionKind::kPronoun && !m.written.empty()) name = m.written;
    }
  }
  for (size_t p = site.k; p <= site.last; ++p) {
    const QuoteSpan& q = site.quotes[p];
    // From the site's first sentence on (Locate's, its quotations' reading order).
    const size_t b = SentenceFrom(ctx.sentences, q.outer.begin, site.s0);
    const size_t e = std::max(b, SentenceFrom(ctx.sentences, q.outer.end - 1, b));
    Claim c;
    c.kind = ClaimKind::kQuote;
    c.span = q.outer;
    c.sentence = {ctx.sentences[b].sentence.span.begin,
                  std::max(ctx.sentences[e].sentence.span.end, q.outer.end)};
    c.paragraph = ctx.sentences[b].sentence.paragraph;
    QuoteFields& quote = c.mutable_quote();
    quote.content = std::string(q.inner.Of(ctx.text));
    c.form = a.form;
    c.confidence = a.confidence;
    if (speaker != nullptr) {
      // An unnamed speaker keeps its words and role but no id: two "residents" of two
      // articles are not one person.
      if (!speaker->unnamed) {
        c.key = "quote/" + speaker->id;
        quote.speaker = speaker->id;
      }
      quote.speaker_name = name;
      quote.speaker_role = speaker->role_key;
    }
    quote.topics = TopicsOf(ctx, q, b, e, topics);
    out.push_back(std::move(c));
  }
}

}  // namespace crosscheck::internal
