// Which figures of two sides have time frames that meet (ComparableSides), through an index
// of one side's frames (TimeIndex).
#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {

DayCover::DayCover(std::vector<DateRange> ranges) : ranges_(std::move(ranges)) {
  std::sort(ranges_.begin(), ranges_.end(),
            [](const DateRange& a, const DateRange& b) { return a.begin < b.begin; });
  for (size_t i = 1; i < ranges_.size(); ++i) {
    ranges_[i].end = std::max(ranges_[i].end, ranges_[i - 1].end);  // Latest end so far.
  }
}

bool DayCover::Meets(const DateRange& d) const {
  // Of the ranges that start before d's end, does the latest ending one reach d's start?
  const auto after =
      std::upper_bound(ranges_.begin(), ranges_.end(), d.end,
                       [](absl::CivilDay day, const DateRange& f) { return day < f.begin; });
  return after != ranges_.begin() && std::prev(after)->end >= d.begin;
}

namespace {

std::vector<DateRange> TimedFrames(const ReconcileContext& ctx, Items set, bool* untimed) {
  std::vector<DateRange> frames;
  for (Item y : set) {
    if (y->has_days()) {
      frames.push_back(ctx.Days(*y));
    } else {
      *untimed = true;
    }
  }
  return frames;
}

}  // namespace

TimeIndex::TimeIndex(const ReconcileContext& ctx, Items set)
    : ctx_(ctx), empty_(set.empty()), frames_(TimedFrames(ctx, set, &untimed_)) {}

bool TimeIndex::AnyMeets(const Fact& x) const {
  if (empty_) return false;
  if (untimed_ || !x.has_days()) return true;
  return frames_.Meets(ctx_.Days(x));
}

namespace {

// The first day an article of the sides was published, if any was dated.
std::optional<absl::CivilDay> FirstReport(const ReconcileContext& ctx, Items as, Items bs) {
  std::optional<absl::CivilDay> first;
  for (Items side : {as, bs}) {
    for (Item x : side) {
      const std::optional<absl::CivilDay>& p = ctx.doc(x->ref).published;
      if (p && (!first || *p < *first)) first = p;
    }
  }
  return first;
}

}  // namespace

void ComparableSides(const ReconcileContext& ctx, Items as, Items bs, std::vector<Item>& sa,
                     std::vector<Item>& sb) {
  constexpr size_t kEnough = 64;  // Enough evidence; keeps huge clusters cheap.
  // A figure its article dates a year or more before the story's first report ("the
  // 9.1-magnitude 2004 quake" in an undated page on the 2011 one) is background: it meets
  // figures dated to its time, not those of no stated time, which are the story's.
  constexpr int kBackgroundDays = 365;
  const std::optional<absl::CivilDay> first = FirstReport(ctx, as, bs);
  auto background = [&](Item x) {
    return first && x->has_days() && !x->dated_by_publication &&
           ctx.Days(*x).end < *first - kBackgroundDays;
  };
  auto apart = [&](Item x, Item y) {
    return TimesDisjoint(ctx, *x, *y) || (!x->has_days() && background(y)) ||
           (!y->has_days() && background(x));
  };
  const TimeIndex b_times(ctx, bs);
  std::vector<bool> listed(bs.size(), false);
  auto list_b = [&](size_t j) {
    if (!listed[j]) {
      listed[j] = true;
      sb.push_back(bs[j]);
    }
  };
  for (Item x : as) {
    if (sa.size() > kEnough) {
      if (!apart(x, bs[0])) {
        sa.push_back(x);
        list_b(0);
      }
      continue;
    }
    if (!b_times.AnyMeets(*x)) continue;
    const bool enough = sa.size() + 1 > kEnough;  // Then the scan stops at x's first match.
    bool met = false;  // Days that meet may still be of other periods (TimesDisjoint).
    for (size_t j = 0; j < bs.size(); ++j) {
      if (apart(x, bs[j])) continue;
      list_b(j);
      met = true;
      if (enough) break;
    }
    if (met) sa.push_back(x);
  }
}

}  // namespace crosscheck::internal
