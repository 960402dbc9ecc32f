// The setting of a group's figures: where those that name no place hold.
#include <algorithm>
#include <utility>
#include <vector>

#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {

// A story mostly has one setting: the place more of its articles name than any other (at least
// two). When every other place named lies within it (Kathmandu in Nepal) or holds it (Ukraine
// around Kyiv), an unplaced figure is of the setting: articles name the place of the event
// once and leave it out after. Sibling places (two states a storm crossed) leave no setting,
// since an unplaced figure there may be the total of them all, unless the sibling is named by
// at most half as many articles; so does a tie.
uint32_t SettingOf(const ReconcileContext& ctx, Items items) {
  const auto& within = ctx.options().place_within;
  if (!within) return 0;
  std::vector<std::pair<uint32_t, uint32_t>> named;  // (place, document)
  for (Item x : items) {
    if (x->place != 0) named.emplace_back(x->place, x->ref.document);
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  uint32_t best = 0, best_docs = 0, runner_up = 0;
  for (size_t i = 0; i < named.size();) {
    size_t j = i;
    while (j < named.size() && named[j].first == named[i].first) ++j;
    const uint32_t docs = static_cast<uint32_t>(j - i);
    if (docs > best_docs) {
      runner_up = best_docs;
      best_docs = docs;
      best = named[i].first;
    } else {
      runner_up = std::max(runner_up, docs);
    }
    i = j;
  }
  if (best_docs < 2 || best_docs == runner_up) return 0;
  const std::string_view setting = ctx.Name(best);
  for (size_t i = 0; i < named.size();) {
    size_t j = i;
    while (j < named.size() && named[j].first == named[i].first) ++j;
    const std::string_view other = ctx.Name(named[i].first);
    // A sibling named by at most half as many articles is a side scene (the other side's dead
    // in a war, a neighbouring island's toll), not a second setting.
    const bool side_scene = 2 * (j - i) <= best_docs;
    if (named[i].first != best && !side_scene && !within(other, setting) &&
        !within(setting, other)) {
      return 0;
    }
    i = j;
  }
  return best;
}

}  // namespace crosscheck::internal
