// The setting of a group's figures: where those that name no place hold.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {

namespace {

// With every place named by one article only: the place that holds all others named
// (Scotland and the United Kingdom: the United Kingdom), if any. An unplaced figure is of the
// whole then, as the others name their parts. Not when the article naming the whole leaves
// another figure unplaced ("10,000 missing in Libya", "as many as 6,000 missing"): that one
// is not the whole's, and the others' may be the part's too.
uint32_t Holding(const ReconcileContext& ctx, Items items,
                 const std::vector<std::pair<uint32_t, uint32_t>>& named) {
  const auto& within = ctx.options().place_within;
  for (const auto& [outer, doc] : named) {
    const std::string_view whole = ctx.Name(outer);
    // A figure the article dates to another time ("a November fire that killed 112") is
    // another occasion's, not one it leaves unplaced.
    bool holds = std::none_of(items.begin(), items.end(), [doc = doc](Item x) {
      return x->place == 0 && x->ref.document == doc &&
             (!x->has_days() || x->dated_by_publication);
    });
    for (const auto& [place, d] : named) {
      holds = holds && (place == outer || within(ctx.Name(place), whole));
    }
    if (holds) return outer;
  }
  return 0;
}

}  // namespace

// A story mostly has one setting: the place more of its articles name than any other (at least
// two). When every other place named lies within it (Kathmandu in Nepal) or holds it (Ukraine
// around Kyiv), an unplaced figure is of the setting: articles name the place of the event
// once and leave it out after. Sibling places (two states a storm crossed) leave no setting,
// since an unplaced figure there may be the total of them all, unless the sibling is named by
// at most half as many articles; so does a tie. Siblings beside a whole named that holds them
// (Germany beside Berlin and Saxony) leave it as the setting: the unplaced figure is its total.
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
  if (best_docs < 2) return Holding(ctx, items, named);
  if (best_docs == runner_up) return 0;
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
      // A whole named beside both (Germany beside Berlin and Saxony, Europe beside Germany
      // and France): the unplaced figures are its total; the innermost of several (Germany,
      // not the world, beside two German states).
      uint32_t whole = 0;
      for (const auto& [w, doc] : named) {
        const std::string_view name = ctx.Name(w);
        if (within(setting, name) && within(other, name) &&
            (whole == 0 || within(name, ctx.Name(whole)))) {
          whole = w;
        }
      }
      return whole;
    }
    i = j;
  }
  return best;
}

namespace {

// Homes (a place and the number of articles set there) grouped into camps: a camp is the
// outermost home holding it, so the articles set in Munich are of Bavaria's camp when others
// are set in Bavaria. Returns per home its camp when at least two camps of `min_articles`
// articles each are siblings (they lie in one country, below it), else nothing: reports from
// two capitals, or from a country and a city of another, are the sides of one story, whose
// figures must meet. A home of a weaker camp gets none.
template <typename Place, typename NameOf>
std::vector<Place> CampsOfHomes(const ReconcileOptions& o, const std::vector<Place>& homes,
                                const std::vector<uint32_t>& articles, uint32_t min_articles,
                                NameOf name) {
  const size_t n = homes.size();
  std::vector<size_t> camp(n);
  for (size_t h = 0; h < n; ++h) {
    camp[h] = h;
    // The walk up ends: each step goes to a strictly outer place.
    for (bool moved = true; moved;) {
      moved = false;
      for (size_t o2 = 0; o2 < n; ++o2) {
        if (o2 != camp[h] && o.place_within(name(homes[camp[h]]), name(homes[o2]))) {
          camp[h] = o2;
          moved = true;
          break;
        }
      }
    }
  }
  std::vector<uint32_t> total(n, 0);
  for (size_t h = 0; h < n; ++h) total[camp[h]] += articles[h];
  size_t strong_camps = 0;
  std::string_view common;
  for (size_t h = 0; h < n; ++h) {
    if (camp[h] != h || total[h] < min_articles) continue;
    ++strong_camps;
    const std::string_view in = o.place_country(name(homes[h]));
    if (in == name(homes[h]) || (!common.empty() && in != common)) return {};
    common = in;
  }
  if (strong_camps < 2) return {};
  std::vector<Place> out(n);
  for (size_t h = 0; h < n; ++h) {
    if (total[camp[h]] >= min_articles) out[h] = homes[camp[h]];
  }
  return out;
}

}  // namespace

HomeCamps HomeCampsOf(const ReconcileContext& ctx, Items items, uint32_t min_articles) {
  const ReconcileOptions& o = ctx.options();
  if (!o.place_within || !o.place_country) return {};
  // Most groups have too few figures of articles with a home: no list for them.
  if (std::count_if(items.begin(), items.end(), [](Item x) { return x->home != 0; }) <
      2 * int64_t{min_articles}) {
    return {};
  }
  std::vector<std::pair<uint32_t, uint32_t>> named;  // (home, document)
  for (Item x : items) {
    if (x->home != 0 && !x->story_camp) named.emplace_back(x->home, x->ref.document);
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  std::vector<uint32_t> homes, articles;
  for (size_t i = 0; i < named.size();) {
    size_t j = i;
    while (j < named.size() && named[j].first == named[i].first) ++j;
    homes.push_back(named[i].first);
    articles.push_back(static_cast<uint32_t>(j - i));
    i = j;
  }
  const std::vector<uint32_t> camps =
      CampsOfHomes(o, homes, articles, min_articles, [&](uint32_t id) { return ctx.Name(id); });
  HomeCamps out;
  for (size_t h = 0; h < camps.size(); ++h) {
    if (camps[h] != 0) out.emplace_back(homes[h], camps[h]);
  }
  return out;
}

std::vector<std::string_view> StoryCamps(std::span<const DocumentResult> docs,
                                         const ReconcileOptions& o) {
  std::vector<std::string_view> out(docs.size());
  if (!o.place_within || !o.place_country) return out;
  // Per story, its articles with a home: (story, home, document), sorted.
  std::vector<std::tuple<std::string_view, std::string_view, uint32_t>> set;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].home.empty()) set.emplace_back(docs[d].story, docs[d].home, d);
  }
  std::sort(set.begin(), set.end());
  for (size_t s = 0; s < set.size();) {
    size_t e = s;
    while (e < set.size() && std::get<0>(set[e]) == std::get<0>(set[s])) ++e;
    std::vector<std::string_view> homes;
    std::vector<uint32_t> articles;
    for (size_t i = s; i < e; ++i) {
      if (homes.empty() || homes.back() != std::get<1>(set[i])) {
        homes.push_back(std::get<1>(set[i]));
        articles.push_back(0);
      }
      ++articles.back();
    }
    const std::vector<std::string_view> camps = CampsOfHomes(
        o, homes, articles, o.home_camp_articles, [](std::string_view p) { return p; });
    for (size_t i = s, h = 0; !camps.empty() && i < e; ++i) {
      if (homes[h] != std::get<1>(set[i])) ++h;
      out[std::get<2>(set[i])] = camps[h];
    }
    s = e;
  }
  return out;
}

uint32_t CampOf(const HomeCamps& camps, uint32_t home) {
  auto it = std::lower_bound(camps.begin(), camps.end(), std::make_pair(home, uint32_t{0}));
  return it != camps.end() && it->first == home ? it->second : 0;
}

// The kind of each measure that its unqualified figures join (ReconcileOptions::joined_kinds).
UnitJoins UnitJoinsOf(const ReconcileContext& ctx, Items items) {
  UnitJoins joins;
  const std::vector<std::string>& kinds = ctx.options().joined_kinds;
  for (Item x : items) {
    const std::string_view name = ctx.Name(x->unit);
    for (int rank = 0; rank < static_cast<int>(kinds.size()); ++rank) {
      if (!name.starts_with(kinds[rank])) continue;
      const std::string_view measure = name.substr(kinds[rank].size());
      auto it = std::find_if(joins.begin(), joins.end(),
                             [&](const UnitJoin& j) { return j.measure == measure; });
      if (it == joins.end()) {
        joins.push_back({measure, rank, x->unit});
      } else if (rank < it->rank) {
        *it = {measure, rank, x->unit};
      }
    }
  }
  return joins;
}

// The unit figures of `unit` meet: the kind an unqualified measure joins, else its own.
uint32_t JoinedUnit(const ReconcileContext& ctx, const UnitJoins& joins, uint32_t unit) {
  if (joins.empty()) return unit;
  const std::string_view name = ctx.Name(unit);
  for (const UnitJoin& j : joins) {
    if (name == j.measure) return j.kind;
  }
  return unit;
}

}  // namespace crosscheck::internal
