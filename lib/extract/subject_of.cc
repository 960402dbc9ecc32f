// The subject of a figure: whose it is, from the entities its sentence names around it.
#include <algorithm>
#include <cstddef>
#include <string>

#include "lib/extract/attribution.h"

namespace crosscheck::internal {

std::string SubjectOf(Tokens tokens, const SentenceFacts& facts, size_t first, size_t np_end) {
  // Only entities within a clause-sized window count; this also keeps a sentence with many
  // figures and names linear.
  constexpr size_t kWindow = 12;
  const size_t lo = first > kWindow ? first - kWindow : 0;
  const size_t hi = np_end + kWindow;
  auto begin = std::partition_point(facts.entities.begin(), facts.entities.end(),
                                    [&](const EntityMention& m) { return m.first < lo; });
  for (auto it = begin; it != facts.entities.end() && it->first < np_end; ++it) {
    if (it->first >= first && it->last <= np_end) return it->key;
  }
  const EntityMention* before = nullptr;
  const EntityMention* after = nullptr;
  for (auto it = begin; it != facts.entities.end() && it->first < hi; ++it) {
    const EntityMention& m = *it;
    if (m.source || m.destination || m.inside_only) continue;
    if (m.part_lead != SIZE_MAX && first < m.part_lead) continue;  // The whole before it.
    if (m.last <= first) before = &m;
    if (m.first >= np_end && after == nullptr) after = &m;
  }
  // An entity past another figure is that figure's: "sold 6 million buys, Showtime confirmed
  // 4.3 million North American purchases".
  for (size_t k = np_end; after != nullptr && k < after->first && k < tokens.size(); ++k) {
    if (tokens[k].kind == TokenKind::kNumber) after = nullptr;
  }
  // A heading's entity before a colon is not the subject of a clause after it ("US Election
  // Results 2020: Joe Biden has racked up at least 253"); a label's is, right before its
  // figure ("Germany: 500 dead").
  constexpr size_t kLabelGap = 3;
  for (size_t k = before != nullptr ? before->last : first; k < first; ++k) {
    if (tokens[k].folded() == ":" && first - k > kLabelGap) before = nullptr;
  }
  if (before != nullptr) return before->key;
  if (after != nullptr) return after->key;
  return "";
}

std::string SubjectInside(const SentenceFacts& facts, size_t first, size_t np_end) {
  auto it = std::partition_point(facts.entities.begin(), facts.entities.end(),
                                 [&](const EntityMention& m) { return m.first < first; });
  for (; it != facts.entities.end() && it->first < np_end; ++it) {
    if (it->last <= np_end) return it->key;
  }
  return "";
}

}  // namespace crosscheck::internal
