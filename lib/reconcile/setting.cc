// The setting of a group's figures: where those that name no place hold.
#include <algorithm>
#include <cstdint>
#include <string_view>
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

HomeCamps HomeCampsOf(const ReconcileContext& ctx, Items items, uint32_t min_articles) {
  const auto& within = ctx.options().place_within;
  const auto& country = ctx.options().place_country;
  if (!within || !country) return {};
  // Most groups have too few figures of articles with a home: no list for them.
  if (std::count_if(items.begin(), items.end(), [](Item x) { return x->home != 0; }) <
      2 * int64_t{min_articles}) {
    return {};
  }
  std::vector<std::pair<uint32_t, uint32_t>> homes;  // (home, document)
  for (Item x : items) {
    if (x->home != 0) homes.emplace_back(x->home, x->ref.document);
  }
  std::sort(homes.begin(), homes.end());
  homes.erase(std::unique(homes.begin(), homes.end()), homes.end());
  struct Home {
    uint32_t id, articles, camp;
  };
  std::vector<Home> distinct;
  for (size_t i = 0; i < homes.size();) {
    size_t j = i;
    while (j < homes.size() && homes[j].first == homes[i].first) ++j;
    distinct.push_back({homes[i].first, static_cast<uint32_t>(j - i), homes[i].first});
    i = j;
  }
  // A camp is the outermost home holding it: the articles set in Munich are of Bavaria's camp
  // when others are set in Bavaria. The walk up ends: each step goes to a strictly outer place.
  for (Home& h : distinct) {
    for (bool moved = true; moved;) {
      moved = false;
      for (const Home& o : distinct) {
        if (o.id != h.camp && within(ctx.Name(h.camp), ctx.Name(o.id))) {
          h.camp = o.id;
          moved = true;
          break;
        }
      }
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> camps;  // (camp, articles)
  for (const Home& h : distinct) {
    auto it = std::find_if(camps.begin(), camps.end(), [&](auto& c) { return c.first == h.camp; });
    if (it == camps.end()) {
      camps.emplace_back(h.camp, h.articles);
    } else {
      it->second += h.articles;
    }
  }
  auto strong = [&](uint32_t camp) {
    for (const auto& [id, articles] : camps) {
      if (id == camp) return articles >= min_articles;
    }
    return false;
  };
  // At least two strong camps, and siblings: they lie in one country, below it. Reports from
  // two capitals, or from a country and a city of another, are the sides of one story, whose
  // figures must meet.
  size_t strong_camps = 0;
  std::string_view common;
  for (const auto& [id, articles] : camps) {
    if (articles < min_articles) continue;
    ++strong_camps;
    const std::string_view in = country(ctx.Name(id));
    if (in == ctx.Name(id) || (!common.empty() && in != common)) return {};
    common = in;
  }
  if (strong_camps < 2) return {};
  HomeCamps out;
  for (const Home& h : distinct) {
    if (strong(h.camp)) out.emplace_back(h.id, h.camp);
  }
  return out;
}

uint32_t CampOf(const HomeCamps& camps, uint32_t home) {
  auto it = std::lower_bound(camps.begin(), camps.end(), std::make_pair(home, uint32_t{0}));
  return it != camps.end() && it->first == home ? it->second : 0;
}

}  // namespace crosscheck::internal
