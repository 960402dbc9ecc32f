#include "lib/extract/quantities/repeated.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace crosscheck::internal {
namespace {

// The claims of [from, end) that `told` picks, in order of key and then of reading: a claim
// looks for its repeats among those of its key only, so a document of many figures is not
// compared pairwise.
template <typename Told>
std::vector<size_t> ByKey(const std::vector<Claim>& claims, size_t from, Told told) {
  std::vector<size_t> out;
  for (size_t i = from; i < claims.size(); ++i) {
    if (told(claims[i])) out.push_back(i);
  }
  std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    return std::string_view(claims[a].key) < std::string_view(claims[b].key);
  });
  return out;
}

// The first claim of `by_key` (ByKey) in reading order with the key of `c` that `same` accepts,
// or nullptr.
template <typename Same>
const Claim* FirstTelling(const std::vector<Claim>& claims, const std::vector<size_t>& by_key,
                          const Claim& c, Same same) {
  const std::string_view key(c.key);
  auto it = std::lower_bound(by_key.begin(), by_key.end(), key, [&](size_t i, std::string_view k) {
    return std::string_view(claims[i].key) < k;
  });
  for (; it != by_key.end() && std::string_view(claims[*it].key) == key; ++it) {
    if (same(claims[*it])) return &claims[*it];
  }
  return nullptr;
}

}  // namespace

void DateRepeatedCrowds(DocContext& ctx, size_t dates_end) {
  auto crowd = [](const Claim& c) {
    return c.kind == ClaimKind::kQuantity && c.aspect == Aspect::kOccasion;
  };
  const std::vector<size_t> dated =
      ByKey(ctx.claims, dates_end, [&](const Claim& c) { return crowd(c) && c.time; });
  for (size_t i = dates_end; i < ctx.claims.size() && !dated.empty(); ++i) {
    Claim& c = ctx.claims[i];
    if (!crowd(c) || c.time) continue;
    const Claim* x = FirstTelling(ctx.claims, dated, c, [&](const Claim& x) {
      return x.place == c.place && x.source == c.source &&
             std::max(x.value.low, c.value.low) <= std::min(x.value.high, c.value.high);
    });
    if (x != nullptr) c.time = x->time;
  }
}

void RateRepeatedCounts(DocContext& ctx, size_t dates_end) {
  auto exact = [](const Claim& c) {
    return c.kind == ClaimKind::kQuantity && c.aspect != Aspect::kChange &&
           c.value.low == c.value.high && !c.value_is_estimate;
  };
  // The rated telling may be a floor or a change ("at least 12 deaths", "12 new deaths").
  const std::vector<size_t> rated = ByKey(ctx.claims, dates_end, [](const Claim& x) {
    return x.kind == ClaimKind::kQuantity && !x.rate.empty() && !x.value_is_estimate;
  });
  for (size_t i = dates_end; i < ctx.claims.size() && !rated.empty(); ++i) {
    Claim& c = ctx.claims[i];
    if (!exact(c) || !c.rate.empty() || c.key.empty()) continue;
    const Claim* x = FirstTelling(ctx.claims, rated, c, [&](const Claim& x) {
      return x.value.low == c.value.low &&
             (x.place == c.place || x.place.empty() || c.place.empty());
    });
    if (x != nullptr) {
      c.rate = x->rate;
      c.aspect = x->aspect;
    }
  }
}

}  // namespace crosscheck::internal
