#include "lib/extract/quantities/repeated.h"

#include <algorithm>
#include <vector>

namespace crosscheck::internal {

void DateRepeatedCrowds(DocContext& ctx, size_t dates_end) {
  auto crowd = [](const Claim& c) {
    return c.kind == ClaimKind::kQuantity && c.aspect == Aspect::kOccasion;
  };
  std::vector<size_t> dated;
  for (size_t i = dates_end; i < ctx.claims.size(); ++i) {
    if (crowd(ctx.claims[i]) && ctx.claims[i].time) dated.push_back(i);
  }
  for (size_t i = dates_end; i < ctx.claims.size() && !dated.empty(); ++i) {
    Claim& c = ctx.claims[i];
    if (!crowd(c) || c.time) continue;
    for (size_t d : dated) {
      const Claim& x = ctx.claims[d];
      if (x.key == c.key && x.place == c.place && x.source == c.source &&
          std::max(x.value.low, c.value.low) <= std::min(x.value.high, c.value.high)) {
        c.time = x.time;
        break;
      }
    }
  }
}

void RateRepeatedCounts(DocContext& ctx, size_t dates_end) {
  auto exact = [](const Claim& c) {
    return c.kind == ClaimKind::kQuantity && c.aspect != Aspect::kChange &&
           c.value.low == c.value.high && !c.value_is_estimate;
  };
  // The rated telling may be a floor or a change ("at least 12 deaths", "12 new deaths").
  std::vector<size_t> rated;
  for (size_t i = dates_end; i < ctx.claims.size(); ++i) {
    const Claim& x = ctx.claims[i];
    if (x.kind == ClaimKind::kQuantity && !x.rate.empty() && !x.value_is_estimate) {
      rated.push_back(i);
    }
  }
  for (size_t i = dates_end; i < ctx.claims.size() && !rated.empty(); ++i) {
    Claim& c = ctx.claims[i];
    if (!exact(c) || !c.rate.empty() || c.key.empty()) continue;
    for (size_t r : rated) {
      const Claim& x = ctx.claims[r];
      if (x.key == c.key && x.value.low == c.value.low &&
          (x.place == c.place || x.place.empty() || c.place.empty())) {
        c.rate = x.rate;
        c.aspect = x.aspect;
        break;
      }
    }
  }
}

}  // namespace crosscheck::internal
