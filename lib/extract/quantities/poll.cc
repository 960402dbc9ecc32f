// Opinion polls (party.h, PollShare). Not "poll" alone in English: "the poll" is often the vote
// itself, and an exit poll is a stage of the count (interim_sources.tsv).
#include "lib/extract/quantities/party.h"

namespace crosscheck::internal {
namespace {

bool NamesPoll(Tokens tokens, const LanguagePack& pack) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    if (m.length > 0 && m.fields->at(1) == "poll") return true;
  }
  return false;
}

}  // namespace

void PollShare(const DocContext& ctx, size_t index, Claim& c) {
  if (c.unit != "vote_share") return;
  const LanguagePack& pack = *ctx.pack;
  bool poll = NamesPoll(ctx.sentences[index].tokens, pack);
  if (!poll && c.source.empty() && index > 0) {
    const SentenceTokens& before = ctx.sentences[index - 1];
    poll = before.sentence.paragraph == ctx.sentences[index].sentence.paragraph &&
           NamesPoll(before.tokens, pack);
  }
  if (poll) CompareOnRequest(c);
}

}  // namespace crosscheck::internal
