// How a bucket's figures are cut into clusters of compatible ones, and which articles'
// figures in them say little against other articles' (Unclear).
#include <algorithm>
#include <cmath>
#include <span>
#include <tuple>
#include <vector>

#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {

bool Meets(double high, bool high_open, double low, bool low_open, double tol) {
  if (low < high) return true;
  if (high_open || low_open) return false;
  return low <= high + tol * std::max(std::fabs(high), std::fabs(low));
}

double StatedGap(Items a, Items b) {
  double low[2] = {INFINITY, INFINITY}, high[2] = {-INFINITY, -INFINITY};
  for (int k = 0; k < 2; ++k) {
    for (Item x : k == 0 ? a : b) {
      const double m = Mid(x->value.low, x->value.high);
      low[k] = std::min(low[k], m);
      high[k] = std::max(high[k], m);
    }
  }
  const double gap = std::max({0.0, low[1] - high[0], low[0] - high[1]});
  const double scale = std::max({std::fabs(low[0]), std::fabs(high[0]), std::fabs(low[1]),
                                 std::fabs(high[1])});
  return std::isfinite(gap) && scale > 0 && std::isfinite(scale) ? gap / scale : 0;
}

namespace {

// An end of a figure that is a whole number stated as such: "747 Drohnen", the floor of
// "mindestens 810 Drohnen". Two such ends meet only when equal; the gap tolerance is for
// figures read with some width (rounded, converted from another unit), where a small gap is
// the writers' rounding.
bool ExactEnd(double end, bool open, Item x) {
  return std::isfinite(end) && !open && end == std::floor(end) && !x->claim->value_is_estimate;
}

}  // namespace

bool AllShareAPoint(Items a, Items b, double tol) {
  Item lowest_high = nullptr, highest_low = nullptr;
  for (Items side : {a, b}) {
    for (Item x : side) {
      // On a tie the open end is the stricter: "über 12.600" against "bis zu 12.600".
      const Interval& v = x->value;
      if (!highest_low || v.low > highest_low->value.low ||
          (v.low == highest_low->value.low && v.low_open)) {
        highest_low = x;
      }
      if (!lowest_high || v.high < lowest_high->value.high ||
          (v.high == lowest_high->value.high && v.high_open)) {
        lowest_high = x;
      }
    }
  }
  if (!highest_low) return true;
  const Interval& h = lowest_high->value;
  const Interval& l = highest_low->value;
  const bool exact = ExactEnd(h.high, h.high_open, lowest_high) &&
                     ExactEnd(l.low, l.low_open, highest_low);
  return Meets(h.high, h.high_open, l.low, l.low_open, exact ? 0 : tol);
}

void ClusterItems(Items items, size_t offset, double tol, std::vector<Cluster>& out) {
  out.clear();
  for (size_t i = 0; i < items.size(); ++i) {
    const Interval& v = items[i]->value;
    const bool exact_high = ExactEnd(v.high, v.high_open, items[i]);
    const double gap_tol =
        !out.empty() && out.back().exact_high && ExactEnd(v.low, v.low_open, items[i]) ? 0 : tol;
    if (!out.empty() &&
        Meets(out.back().common.high, out.back().common.high_open, v.low, v.low_open, gap_tol)) {
      Cluster& c = out.back();
      c.end = offset + i + 1;
      if (v.low > c.common.low || (v.low == c.common.low && v.low_open)) {
        c.common.low = v.low;
        c.common.low_open = v.low_open;
      }
      if (v.high < c.common.high || (v.high == c.common.high && v.high_open)) {
        c.common.high = v.high;
        c.common.high_open = v.high_open;
        c.exact_high = exact_high;
      }
      c.raw_low = std::min(c.raw_low, v.low);
      c.raw_high = std::max(c.raw_high, v.high);
    } else {
      out.push_back({offset + i, offset + i + 1, v, v.low, v.high, exact_high});
    }
  }
}

// Whether a figure of what happened counts a stated period of a month or longer ("in June",
// "in 2022", "last year"), not the days around a report.
static bool CountsPeriod(const ReconcileContext& ctx, const Fact& f) {
  constexpr int kPeriodDays = 27;  // The shortest month, less its first day.
  if (!f.has_days() || f.dated_by_publication || f.to_date != 0 ||
      f.modality == Modality::kPlanned || f.modality == Modality::kProjected) {
    return false;
  }
  const DateRange& d = ctx.Days(f);
  return d.end - d.begin >= kPeriodDays;
}

// Whether two periods of several years are one stretch dated to the month by one article and
// to the year by another ("October 2010 to February 2019", "between 2010 and 2019"): the same
// first and last years, the shorter one most of the longer.
static bool SameYearsSpan(const DateRange& x, const DateRange& y) {
  constexpr double kMost = 0.8;
  if (x.begin.year() == x.end.year() || x.begin.year() != y.begin.year() ||
      x.end.year() != y.end.year()) {
    return false;
  }
  const double lx = x.end - x.begin, ly = y.end - y.begin;
  return std::min(lx, ly) >= kMost * std::max(lx, ly);
}

bool TimesDisjoint(const ReconcileContext& ctx, const Fact& a, const Fact& b) {
  if (!a.has_days() || !b.has_days()) return false;
  const DateRange &x = ctx.Days(a), &y = ctx.Days(b);
  if (x.end < y.begin || y.end < x.begin) return true;
  // The period a figure counts is part of what it is: the year so far is not the month so
  // far, nor a stated month or year ("545 cases so far this year" against "566 in January"),
  // and a month's count is not its year's.
  if (a.to_date != b.to_date && (a.to_date != 0 || b.to_date != 0)) {
    if ((a.to_date != 0 && b.to_date != 0) || CountsPeriod(ctx, a) || CountsPeriod(ctx, b)) {
      return true;
    }
  }
  return CountsPeriod(ctx, a) && CountsPeriod(ctx, b) && !(x == y) && !SameYearsSpan(x, y);
}

namespace {

// Whether one document's figures of a bucket, sorted by (cluster, source), tell a dispute:
// each cluster's figures from named sources, no source in two clusters ("police said
// 300,000, organisers 800,000"). Such an article reports who counted what; an unattributed
// figure beside an attributed one of its cluster ("hundreds of thousands") repeats it.
bool TellsDispute(std::span<const Seen> run, bool rally, std::vector<uint32_t>& sources) {
  sources.clear();
  size_t unattributed = 0, clusters = 0;
  for (size_t i = 0; i < run.size();) {
    const size_t cluster = std::get<1>(run[i]);
    bool attributed = false;
    size_t j = i;
    for (; j < run.size() && std::get<1>(run[j]) == cluster; ++j) {
      const uint32_t source = std::get<2>(run[j]);
      if (source == 0) continue;
      if (!attributed || std::get<2>(run[j - 1]) != source) sources.push_back(source);
      attributed = true;
    }
    ++clusters;
    unattributed += !attributed;
    i = j;
  }
  // Two counts of a rally's crowd, one named ("laut Polizei 15.000", "nach eigenen Angaben
  // sprachen sie von 35.000"): the other is the other side's, as police and organisers each
  // count a rally (not a broadcast's viewers).
  if (unattributed > (clusters == 2 && rally ? 1u : 0u)) return false;
  std::sort(sources.begin(), sources.end());
  return std::adjacent_find(sources.begin(), sources.end()) == sources.end();
}

// Whether one document's figures of a bucket, sorted by cluster, tell an update: the highest
// is the newest count ("the toll rose to 49"), so the lower ones beside it are the counts it
// replaced ("41 dead in the first reports"), not a second reading of the same thing.
bool TellsUpdate(std::span<const Seen> run) {
  const size_t top = std::get<1>(run.back());
  for (auto it = run.rbegin(); it != run.rend() && std::get<1>(*it) == top; ++it) {
    if (std::get<3>(*it)->modality == Modality::kLatest) return true;
  }
  return false;
}

bool YearsApart(const ReconcileContext& ctx, const Fact& a, const Fact& b) {
  if (!a.has_days() || !b.has_days()) return false;
  const DateRange &x = ctx.Days(a), &y = ctx.Days(b);
  return x.end.year() < y.begin.year() || y.end.year() < x.begin.year();
}

// Whether two of one document's figures of a bucket, in different clusters, are two
// readings of one frame that cannot both hold. Not when the greedy cut parted figures that
// meet ("around 10,000" beside "9,249"; "just over 40 %" beside "40.12 %"), nor when the
// article dates them apart: a figure of another year ("83.9 % in 1950") beside today's is
// history, and so is one of another stated month ("10.0 % in September" beside "10.4 % in
// October"). A stated month beside an undated figure is as unclear as before: the undated
// one may be of that month.
bool TwoReadings(const ReconcileContext& ctx, const Fact& a, const Fact& b, double tol) {
  if (YearsApart(ctx, a, b)) return false;
  if (!a.dated_by_publication && !b.dated_by_publication && TimesDisjoint(ctx, a, b)) {
    return false;
  }
  const Item pair[] = {&a, &b};
  return !AllShareAPoint(Items(pair, 1), Items(pair + 1, 1), tol);
}

// The smallest StatedGap of two of one document's figures, sorted by cluster, that are
// TwoReadings; negative when none are. `when`: the days those readings span (none when one
// is undated).
double ReadsTwice(const ReconcileContext& ctx, std::span<const Seen> run, double tol,
                  std::optional<DateRange>& when) {
  constexpr size_t kMany = 64;  // Beyond this the pairs cost too much: assume they are, close.
  when.reset();
  if (run.size() > kMany) return 0;
  double least = -1;
  bool undated = false;
  for (size_t i = 0; i < run.size(); ++i) {
    for (size_t j = i + 1; j < run.size(); ++j) {
      const Fact& a = *std::get<3>(run[i]);
      const Fact& b = *std::get<3>(run[j]);
      if (std::get<1>(run[j]) == std::get<1>(run[i]) || !TwoReadings(ctx, a, b, tol)) continue;
      const Item pair[] = {&a, &b};
      const double gap = StatedGap(Items(pair, 1), Items(pair + 1, 1));
      if (least < 0 || gap < least) least = gap;
      for (const Fact* f : pair) {
        if (!f->has_days()) {
          undated = true;
          continue;
        }
        const DateRange& d = ctx.Days(*f);
        when = when ? DateRange{std::min(when->begin, d.begin), std::max(when->end, d.end)} : d;
      }
    }
  }
  if (undated) when.reset();
  return least;
}

}  // namespace

void UnclearFigures(const ReconcileContext& ctx, Items items, size_t offset, double tol,
                    const std::vector<Cluster>& clusters, std::vector<Seen>& seen,
                    std::vector<uint32_t>& sources, Unclear& out) {
  out.clear();
  if (clusters.size() < 2) return;
  const bool rally = ctx.Name(items.front()->unit) == "participants";
  seen.clear();
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t i = clusters[c].begin; i < clusters[c].end; ++i) {
      const Fact& x = *items[i - offset];
      seen.emplace_back(x.ref.document, c, x.source, &x);
    }
  }
  std::sort(seen.begin(), seen.end());
  for (size_t i = 0; i < seen.size();) {
    size_t j = i + 1;
    bool several = false;
    for (; j < seen.size() && std::get<0>(seen[j]) == std::get<0>(seen[i]); ++j) {
      several = several || std::get<1>(seen[j]) != std::get<1>(seen[i]);
    }
    const auto run = std::span<const Seen>(seen).subspan(i, j - i);
    i = j;
    // A live page's counts, each by whom it was passed on ("141, Iran said ... 328, the
    // agency said ... has jumped to 407"): its newest replaced the rest, no dispute among them.
    if (!several || ((rally || !TellsUpdate(run)) && TellsDispute(run, rally, sources))) continue;
    std::optional<DateRange> when;
    const double apart = ReadsTwice(ctx, run, tol, when);
    if (apart < 0) continue;
    if (!TellsUpdate(run)) {
      out.docs.push_back(std::get<0>(run.front()));
      out.apart.push_back(apart);
      out.when.push_back(when);
      continue;
    }
    for (const Seen& x : run) {
      if (std::get<1>(x) != std::get<1>(run.back())) out.replaced.push_back(std::get<3>(x));
    }
  }
  std::sort(out.replaced.begin(), out.replaced.end());
}

// The clusters [first, last] a finding of neighbouring clusters i and i + 1 cites: each side
// widened by the clusters beyond it that lie close to it against the pair's gap, as a reader
// tells "2 in intensive care" against "11" and "12" (the pair 2-12 is no neighbour, and 12
// would go untold beside 2). A widening stops at a figure that says little against others
// (Unclear), and after a few clusters.
std::pair<size_t, size_t> Widened(Items items, const std::vector<Cluster>& clusters, size_t i,
                                  const Unclear& unclear) {
  constexpr double kNear = 0.25;  // Of the pair's gap (StatedGap).
  constexpr size_t kMost = 4;     // Clusters added to a side at most.
  auto of = [&](size_t c) {
    return items.subspan(clusters[c].begin, clusters[c].end - clusters[c].begin);
  };
  auto clear = [&](size_t c) {
    const Items xs = of(c);
    return std::none_of(xs.begin(), xs.end(), [&](Item x) { return unclear.Blurs(x); });
  };
  const double gap = StatedGap(of(i), of(i + 1));
  size_t first = i, last = i + 1;
  while (first > 0 && i - first < kMost && clear(first - 1) &&
         StatedGap(of(first - 1), of(i)) <= kNear * gap) {
    --first;
  }
  while (last + 1 < clusters.size() && last - i - 1 < kMost && clear(last + 1) &&
         StatedGap(of(i + 1), of(last + 1)) <= kNear * gap) {
    ++last;
  }
  return {first, last};
}

}  // namespace crosscheck::internal
