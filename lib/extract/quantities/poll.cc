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

// Whether the document names, among its date claims [0, dates_end), an election day on or
// just before its own day: the vote is held, its count under way.
bool ScanElectionHeld(const DocContext& ctx, size_t dates_end) {
  constexpr int kCountDays = 2;  // A result reported on the night or the days after.
  for (size_t i = 0; i < dates_end && ctx.published; ++i) {
    const Claim& d = ctx.claims[i];
    if (d.kind != ClaimKind::kDate || d.date().event != "election" || !d.date().range) continue;
    const DateRange& r = *d.date().range;
    if (r.begin == r.end && r.end <= *ctx.published && *ctx.published - r.end <= kCountDays) {
      return true;
    }
  }
  return false;
}

// The same, scanned once for the document: dates_end, where the date claims end, is one for
// the whole document (QuantityRecognizer::Run), and those claims stay as they are meanwhile.
bool ElectionHeld(const DocContext& ctx, size_t dates_end) {
  if (ctx.election_held < 0) ctx.election_held = ScanElectionHeld(ctx, dates_end) ? 1 : 0;
  return ctx.election_held == 1;
}

}  // namespace

void PollShare(const DocContext& ctx, size_t index, size_t dates_end, Claim& c) {
  if (c.unit != "vote_share") return;
  const LanguagePack& pack = *ctx.pack;
  bool poll = NamesPoll(ctx.sentences[index].tokens, pack);
  if (!poll && c.source.empty() && index > 0) {
    const SentenceTokens& before = ctx.sentences[index - 1];
    poll = before.sentence.paragraph == ctx.sentences[index].sentence.paragraph &&
           NamesPoll(before.tokens, pack);
  }
  if (poll) {
    CompareOnRequest(c);
  } else if (c.modality == Modality::kProjected && !c.time && ElectionHeld(ctx, dates_end)) {
    // "Drittstärkste Partei wird laut Hochrechnung die AfD mit 13,3 Prozent", on the night:
    // an estimate of the result, as an early count is, no forecast.
    c.modality = Modality::kUnspecified;
  }
}

}  // namespace crosscheck::internal
