// Steps of a running total that reading it day by day (numeric_time.cc) misses: a count
// from an article without a date, and counts of one day that each say the total rose to them;
// stages of a count that are none of its errors: projections of one evening; and a source's
// ceiling far above another source's count.
#include <algorithm>
#include <cmath>
#include <optional>

#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

namespace {
constexpr size_t kMaxPairs = 4096;  // Dated figures beyond this are not paired one by one.

// Whether a figure is of a projection or a partial count ("laut Hochrechnung",
// Claim::value_is_interim), or of an article reporting one (its lead names it).
bool Interim(Item x) { return x->interim; }
bool Reported(Item x) { return x->interim || x->projection_report; }
bool All(Items side, bool (*test)(Item)) { return std::all_of(side.begin(), side.end(), test); }
bool None(Items side, bool (*test)(Item)) { return std::none_of(side.begin(), side.end(), test); }


// Whether some figure of one side and some of the other, projections all, fall on one day,
// or one of them is undated: two projections of one evening (ARD's at 19:30 and ZDF's at
// 21:47) are stages of the count, and their disagreement is no error of either article. Sides
// whose figures all lie on other days stay compared (projections of two days). Some pair,
// not every pair: a side is a cluster of near values, and one projection of it from the
// other side's evening is enough to take the two as stages of one count.
bool SomePairOneDay(const ReconcileContext& ctx, Items a, Items b) {
  for (Item x : a) {
    for (Item y : b) {
      if (!x->has_days() || !y->has_days()) return true;
      const auto dx = ctx.Days(*x), dy = ctx.Days(*y);
      if (dx.begin == dx.end && dx.begin == dy.begin && dy.begin == dy.end) return true;
    }
  }
  return false;
}

}  // namespace

// Whether one side's figures all come from a projection and the other's from none, with
// nothing to order the two (one day, or a side undated): two moments of one count, the
// evening's projection and a result, which a reader takes as stages of the count, never as a
// contradiction. A projection dated before the result stays a finding (the count's update).
bool InterimUnordered(const ReconcileContext& ctx, Items a, Items b) {
  if (a.empty() || b.empty()) return false;
  if (All(a, Reported) && All(b, Reported)) return SomePairOneDay(ctx, a, b);
  const bool a_interim = All(a, Interim) && None(b, Interim);
  if (!a_interim && !(All(b, Interim) && None(a, Interim))) return false;
  const Items interim = a_interim ? a : b, other = a_interim ? b : a;
  // Some pair unordered: an undated figure, or an interim one ending no earlier than another
  // begins. One pass per side (the latest interim end, the earliest other begin).
  std::optional<absl::CivilDay> latest_interim, earliest_other;
  for (Item x : interim) {
    if (!x->has_days()) return true;
    const absl::CivilDay end = ctx.Days(*x).end;
    if (!latest_interim || end > *latest_interim) latest_interim = end;
  }
  for (Item y : other) {
    if (!y->has_days()) return true;
    const absl::CivilDay begin = ctx.Days(*y).begin;
    if (!earliest_other || begin < *earliest_other) earliest_other = begin;
  }
  return *latest_interim >= *earliest_other;
}

namespace {

// An article without a date ("a total of 840 deaths") among dated reports of a running total,
// 724 on one day, 844 and 866 on later ones: when every close dated count below its count is
// of an earlier day than every one above it, the undated count is a report of the days
// between, which the earlier counts rose to and the later ones went on from (two updates).
// Close: within kRevisionShare of it (a figure far off is of another scope); counts of an
// order that does not rise with the days are of other things.
void UndatedBetween(const ReconcileContext& ctx, const Group& g,
                    Items items, const std::vector<Item>& dated, std::vector<Finding>& out) {
  if (dated.size() < 2 || dated.size() > kMaxPairs) return;  // A hostile bucket: no pairing.
  std::vector<Item> below, above;
  for (Item u : items) {
    if (u->has_days() || u->aspect != Aspect::kCumulative || !std::isfinite(u->value.high) ||
        u->value.low != u->value.high) {
      continue;
    }
    const double v = Stated(*u);
    below.clear();
    above.clear();
    for (Item x : dated) {
      const double s = Stated(*x);
      if (x->ref.document == u->ref.document || s < kRevisionShare * v ||
          v < kRevisionShare * s || s == v) {
        continue;
      }
      (s < v ? below : above).push_back(x);
    }
    if (below.empty() || above.empty()) continue;
    auto day = [&ctx](Item x) { return ctx.Days(*x).begin; };
    // `dated` is sorted by day: the last below and the first above are the closest days.
    if (!(ctx.Days(*below.back()).end < day(above.front()))) continue;
    const Item one[] = {u};
    Report(ctx, g, {}, below, one, 0.3, FindingType::kUpdate, {},
           "The undated count lies between dated ones: the total rose to it (an update)."sv, out);
    Report(ctx, g, {}, one, above, 0.3, FindingType::kUpdate, {},
           "The undated count lies between dated ones: the total went on from it (an "
           "update)."sv,
           out);
  }
}

// Counts of one day that articles each say the total rose to ("climbed to 87", "rose to
// 127"): each is the newest count when written, so the lower ones are earlier counts of
// that day, which the highest went on from (an update), not a second reading of it.
void RoseOnTheDay(const ReconcileContext& ctx, const Group& g,
                  const std::vector<Item>& dated, std::vector<Finding>& out) {
  std::vector<Item> lower, top;
  for (size_t i = 0; i < dated.size();) {
    size_t j = i;
    double high = -INFINITY;
    for (; j < dated.size() && ctx.Days(*dated[j]).begin == ctx.Days(*dated[i]).begin; ++j) {
      if (RoseTo(*dated[j])) high = std::max(high, Stated(*dated[j]));
    }
    lower.clear();
    top.clear();
    for (size_t k = i; k < j; ++k) {
      if (!RoseTo(*dated[k])) continue;
      (Stated(*dated[k]) < high ? lower : top).push_back(dated[k]);
    }
    i = j;
    if (lower.empty() || top.empty()) continue;
    // One article giving both tells the update itself; it is not two reports.
    if (std::any_of(lower.begin(), lower.end(), [&top](Item x) {
          return std::any_of(top.begin(), top.end(),
                             [x](Item y) { return x->ref.document == y->ref.document; });
        })) {
      continue;
    }
    Report(ctx, g, {}, lower, top, 0.3, FindingType::kUpdate, {},
           "Each count is the one the total rose to when written: the higher one is the later "
           "count (an update)."sv,
           out);
  }
}

// One day's floors a small step apart in different articles ("mindestens elf Verletzte",
// then "mindestens zwölf"; "at least 255 dead", then "at least 280"): each is what was
// confirmed when written, so the higher is a later count (an update). FloorsBelow takes a
// count within a tenth above a floor for the same count written round, which two floors are
// not. Floors further apart on one day are as often of other scopes (one town and the whole
// region, another incident) as of a later count, and are left alone.
void FloorsRoseOnTheDay(const ReconcileContext& ctx, const Group& g,
                        const std::vector<Item>& dated, std::vector<Finding>& out) {
  constexpr double kStep = 0.1;
  // "At least 41" is the count confirmed; "über 40", "over a dozen" is one written round
  // down, which the other may only restate.
  auto floor = [](Item x) {
    return std::isinf(x->value.high) && std::isfinite(x->value.low) && !x->value.low_open &&
           !IsPart(x);
  };
  std::vector<Item> lowest, higher;
  for (size_t i = 0; i < dated.size();) {
    size_t j = i;
    double low = INFINITY;
    for (; j < dated.size() && ctx.Days(*dated[j]).begin == ctx.Days(*dated[i]).begin; ++j) {
      if (floor(dated[j])) low = std::min(low, dated[j]->value.low);
    }
    lowest.clear();
    higher.clear();
    for (size_t k = i; k < j; ++k) {
      const double v = dated[k]->value.low;
      if (!floor(dated[k]) || v > low * (1 + kStep)) continue;
      (v == low ? lowest : higher).push_back(dated[k]);
    }
    i = j;
    // An article giving both floors tells the step itself.
    std::erase_if(higher, [&lowest](Item y) {
      return std::any_of(lowest.begin(), lowest.end(),
                         [y](Item x) { return x->ref.document == y->ref.document; });
    });
    if (lowest.empty() || higher.empty() ||
        ctx.TypeOf(lowest, higher) == FindingType::kDispute) {
      continue;
    }
    Report(ctx, g, {}, lowest, higher, 0.3, FindingType::kUpdate, {},
           "Each floor is what was confirmed when written: the higher one is the later count "
           "(an update)."sv,
           out);
  }
}

}  // namespace

void StepsBesideTheDays(const ReconcileContext& ctx, const Group& g, Items items,
                        const std::vector<Item>& dated, std::vector<Finding>& out) {
  UndatedBetween(ctx, g, items, dated, out);
  RoseOnTheDay(ctx, g, dated, out);
  FloorsRoseOnTheDay(ctx, g, dated, out);
}

// "Bis zu 30.000", say the organisers; 8,500, says the police in another article: a ceiling
// is what its source claims at most, read as [0, 30,000], so it meets any lower count. When
// another named source's figure of the same time is below half of it, the two sources
// disagree (a dispute); without named sources the ceiling may be of another thing.
void CeilingsAbove(const ReconcileContext& ctx, const Group& g, std::string_view rate,
                   Items items, std::vector<Finding>& out) {
  constexpr double kFar = 0.5;
  // "bis zu", "up to": a closed upper end; "fewer than 350" (open) says only that few came.
  auto ceiling = [](Item x) {
    return x->value.low == 0 && std::isfinite(x->value.high) && x->value.high > 0 &&
           !x->value.high_open;
  };
  // Most buckets have no ceiling: then nothing is collected (and allocated).
  if (std::none_of(items.begin(), items.end(), ceiling)) return;
  std::vector<Item> ceilings, named;
  for (Item x : items) {
    if (x->source == 0) continue;
    named.push_back(x);
    if (ceiling(x)) ceilings.push_back(x);
  }
  if (ceilings.empty() || ceilings.size() * named.size() > kMaxPairs) return;
  for (Item c : ceilings) {
    std::vector<Item> below;
    for (Item y : named) {
      if (y->ref.document == c->ref.document || y->source == c->source ||
          !(y->value.low > 0) || y->value.high >= kFar * c->value.high ||
          TimesDisjoint(ctx, *c, *y)) {
        continue;
      }
      below.push_back(y);
    }
    if (below.empty()) continue;
    const Item side[] = {c};
    if (ctx.TypeOf(below, side) != FindingType::kDispute) continue;
    Report(ctx, g, rate, below, side, 0.6, FindingType::kDispute, {},
           "The ceiling one source gives is more than twice the other's count."sv, out);
  }
}

void DropRecalled(std::vector<Item>& items) {
  auto passed = [](Item first, Item now) {
    const double bar = std::isfinite(first->value.high) ? first->value.high : first->value.low;
    return now->ref.document == first->ref.document && FrameOf(now->modality) == Frame::kState &&
           now->unit == first->unit && now->rate == first->rate &&
           (now->aspect == Aspect::kChange) == (first->aspect == Aspect::kChange) &&
           (now->place == first->place || now->place == 0 || first->place == 0) &&
           (now->value.low > bar || now->value.high < first->value.low);
  };
  if (std::none_of(items.begin(), items.end(),
                   [](Item x) { return x->modality == Modality::kInitial; })) {
    return;
  }
  // Most groups hold few figures of one article; a quadratic scan per article would be cheap,
  // but a hostile group of one article's thousands is bounded by sorting by document.
  std::vector<Item> states;
  for (Item x : items) {
    if (FrameOf(x->modality) == Frame::kState) states.push_back(x);
  }
  std::sort(states.begin(), states.end(),
            [](Item a, Item b) { return a->ref.document < b->ref.document; });
  std::erase_if(items, [&](Item x) {
    if (x->modality != Modality::kInitial) return false;
    auto it = std::lower_bound(states.begin(), states.end(), x->ref.document,
                               [](Item s, uint32_t doc) { return s->ref.document < doc; });
    for (; it != states.end() && (*it)->ref.document == x->ref.document; ++it) {
      if (passed(x, *it)) return true;
    }
    return false;
  });
}

}  // namespace crosscheck::internal
