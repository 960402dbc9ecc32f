// Which of a sentence's source cues a figure takes: the nearest, one right after its words,
// not one that a figure of its own follows.
#include <algorithm>
#include <cstddef>

#include "lib/extract/attribution.h"

namespace crosscheck::internal {

const SourceCue* SourceOf(const SentenceFacts& facts, size_t at, size_t end) {
  const SourceCue* best = nullptr;
  size_t best_distance = SIZE_MAX;
  // The nearest cues on either side are enough: look at a few around `at`.
  auto mid = std::partition_point(facts.sources.begin(), facts.sources.end(),
                                  [&](const SourceCue& c) { return c.last <= at; });
  auto from = mid - std::min<std::ptrdiff_t>(2, mid - facts.sources.begin());
  auto to = mid + std::min<std::ptrdiff_t>(2, facts.sources.end() - mid);
  for (auto it = from; it != to; ++it) {
    const SourceCue& c = *it;
    if (end != SIZE_MAX && (c.first == end || c.first == end + 1)) return &c;
    const size_t d = c.last <= at ? at - c.last : (c.first - at) + 3;  // Prefer cues before.
    if (d < best_distance) {
      best = &c;
      best_distance = d;
    }
  }
  return best;
}

bool CueOfNextFigure(Tokens tokens, size_t np_end, const SourceCue& cue) {
  // "sprachen von rund 10.000"; past the source's words in the cue's own clause: "nach
  // Angaben der Einwohner Bams waren es dagegen 60.000".
  constexpr size_t kReach = 10;
  if (cue.first < np_end) return false;
  bool clause_break = false;
  for (size_t k = np_end; k < cue.first; ++k) clause_break |= tokens[k].clause_break;
  for (size_t k = cue.last; clause_break && k < tokens.size() && k < cue.last + kReach; ++k) {
    if (tokens[k].kind == TokenKind::kNumber) return true;
    if (tokens[k].clause_break) break;
  }
  return false;
}

}  // namespace crosscheck::internal
