// Numeric findings: figures with one key whose intervals cannot both hold, compared only
// where their time frames and modalities make the comparison mean something. A group's
// figures are sorted into buckets of comparable figures, each bucket into clusters of
// compatible ones; neighbouring clusters contradict each other, and a plan can be exceeded by
// what already happened.
#include "lib/reconcile/numeric.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <utility>

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

namespace {

// Why two neighbouring clusters of a bucket contradict each other.
std::string_view ClustersDisagree(Frame f) {
  switch (f) {
    case Frame::kState: return "They cannot both be true (both are figures reached).";
    case Frame::kTarget: return "They cannot both be true (both are planned or projected figures).";
    case Frame::kInitial: return "They cannot both be true (both are initial figures).";
  }
  return "";
}

// Figures comparable with each other: the same unit and rate ("per day" vs a total is not),
// frame, change or not, and place where places are split. A run of the sorted figures.
struct Bucket {
  uint32_t unit, rate;  // Interned names.
  Frame frame;
  bool change;
  uint32_t place;  // Rank of the place when places are split, else 0.
  Items items;
};

// Sorts the group's figures so that one sort puts the buckets in the order of their names and
// each bucket's figures by value: a bucket is a run of the sorted figures, a cluster a run of
// its bucket.
void BucketsOf(const ReconcileContext& ctx, std::vector<Item>& items,
               std::vector<Bucket>& buckets) {
  // A change ("another 500 soldiers") is not the level it changes: changes meet changes.
  auto change = [](Item x) { return x->aspect == Aspect::kChange; };
  // Where a figure holds: a story mostly has one setting, named with some figures and not
  // with others, and those meet. Once two places are named, each place's figures meet only
  // each other (parts: a town, the region), and the unplaced ones those of the SettingOf.
  bool split_places = false;
  uint32_t first_place = 0;
  for (Item x : items) {
    if (x->place == 0) continue;
    if (first_place == 0) first_place = x->place;
    split_places = split_places || x->place != first_place;
  }
  // Articles set in sibling places, each by several articles: an unplaced figure is of its
  // article's place.
  const HomeCamps camps = HomeCampsOf(ctx, items, ctx.options().home_camp_articles);
  const bool story_camps =
      std::any_of(items.begin(), items.end(), [](Item x) { return x->story_camp; });
  const bool split = split_places || story_camps || !camps.empty();
  // Where an unplaced figure outside every camp holds: the story's setting, if it has one.
  const uint32_t setting = split ? SettingOf(ctx, items) : 0;
  auto place = [&](Item x) {
    if (!split) return uint32_t{0};
    if (x->place != 0) return ctx.NameRank(x->place);
    const uint32_t camp = x->story_camp ? x->home : CampOf(camps, x->home);
    return ctx.NameRank(camp != 0 ? camp : setting);
  };
  const UnitJoins joins = UnitJoinsOf(ctx, items);
  auto unit = [&](Item x) { return JoinedUnit(ctx, joins, x->unit); };
  auto frame = [](Item x) { return static_cast<int>(FrameOf(x->modality)); };
  std::sort(items.begin(), items.end(), [&](Item a, Item b) {
    return std::make_tuple(change(a), place(a), ctx.NameRank(unit(a)), ctx.NameRank(a->rate),
                           frame(a), a->value.low, a->value.low_open, a->value.high,
                           a->ref.document, a->ref.claim) <
           std::make_tuple(change(b), place(b), ctx.NameRank(unit(b)), ctx.NameRank(b->rate),
                           frame(b), b->value.low, b->value.low_open, b->value.high,
                           b->ref.document, b->ref.claim);
  });
  buckets.clear();
  for (size_t i = 0; i < items.size();) {
    size_t j = i + 1;
    while (j < items.size() && unit(items[j]) == unit(items[i]) &&
           items[j]->rate == items[i]->rate && frame(items[j]) == frame(items[i]) &&
           change(items[j]) == change(items[i]) && place(items[j]) == place(items[i])) {
      ++j;
    }
    buckets.push_back({unit(items[i]), items[i]->rate, FrameOf(items[i]->modality),
                       change(items[i]), place(items[i]), Items(items).subspan(i, j - i)});
    i = j;
  }
}

// Whether the higher of two neighbouring clusters of a running total holds only floors ("at
// least 22 dead") of other articles than the lower one's counts (20 dead): a floor is the
// count confirmed when it was written, so the lower count is an earlier one, not a second
// reading of what the floor counts. So is a count the text says the total rose to ("Death
// toll rises to 50") or reached so far ("Bereits 36 Todesopfer"): the newest when written.
// An article giving both ("6 dead", "at least 7") counts two things itself. Not for a rate
// ("600 a day"): it is no running total.
bool FloorAbove(Items lower, Items floors) {
  for (Item y : floors) {
    if (y->aspect != Aspect::kCumulative ||
        !(std::isinf(y->value.high) || RoseTo(*y) || y->modality == Modality::kHappened)) {
      return false;
    }
  }
  for (Item x : lower) {
    if (x->aspect != Aspect::kCumulative) return false;
    for (Item y : floors) {
      if (x->ref.document == y->ref.document) return false;
    }
  }
  return true;
}

// The test a side's figures are asked all to pass: a forecast ("25,000 expected").
bool Projected(Item x) { return x->modality == Modality::kProjected; }
bool All(Items side, bool (*test)(Item)) { return std::all_of(side.begin(), side.end(), test); }

// Scratch room reused across the buckets of a group, and across the groups a thread compares.
struct Scratch {
  std::vector<Cluster> clusters;
  std::vector<Item> sa, sb, kept;
  std::vector<uint32_t> sources;
  Unclear unclear;
  std::vector<Seen> seen;
  std::vector<Finding> wide;
};

// The finding of two neighbouring clusters a and b, citing figures `as` and `bs` (theirs, or
// widened by close clusters beyond them), when their figures' time frames meet.
void TellPair(const ReconcileContext& ctx, const Group& g, const Bucket& bucket,
              const Cluster& a, const Cluster& b, Items as, Items bs, Scratch& s,
              std::vector<Finding>& out) {
  const double tol = ctx.options().numeric_gap_tolerance;
  const std::string_view rate = ctx.Name(bucket.rate);
  // Time frames that exclude each other explain the gap: keep only comparable claims.
  bool any_time = false;
  for (Items side : {as, bs}) {
    for (Item x : side) any_time = any_time || x->has_days();
  }
  s.sa.clear();
  s.sb.clear();
  if (any_time) ComparableSides(ctx, as, bs, s.sa, s.sb);
  if (any_time && s.sa.empty()) return;  // Other times: see RunningTotals.
  // The clusters were cut over all times; the figures left on both sides may all meet (a
  // later day's figure chained a cluster): then they do not disagree.
  if (any_time && AllShareAPoint(s.sa, s.sb, tol)) return;
  // The gap between the stated values, not the widened ones: widening only decides
  // compatibility.
  const double severity =
      Severity(std::max(0.0, b.raw_low - a.raw_high), Mid(a.raw_low, a.raw_high),
               a.raw_high - a.raw_low, Mid(b.raw_low, b.raw_high), b.raw_high - b.raw_low);
  const size_t before = out.size();
  Items lower = any_time ? Items(s.sa) : as, upper = any_time ? Items(s.sb) : bs;
  // A count its own article says a newer one replaced ("bisher fünf Tote" beside "auf neun
  // gestiegen") tells its rise there: the others' lower counts tell the rise to a floor above;
  // not those whose own article gives as much elsewhere (ahead: a part or an older stage).
  s.kept.clear();
  for (Item x : lower) {
    if (!s.unclear.Replaced(x)) s.kept.push_back(x);
  }
  auto ahead = [&](Item x) {
    return std::any_of(bucket.items.begin(), bucket.items.end(), [&](Item y) {
      return y != x && y->ref.document == x->ref.document && y->value.low >= upper[0]->value.low;
    });
  };
  if (s.kept.size() < lower.size() && std::any_of(s.kept.begin(), s.kept.end(), ahead)) {
    s.kept.clear();
  }
  if (!bucket.change && bucket.frame == Frame::kState && rate.empty() && !s.kept.empty() &&
      FloorAbove(s.kept, upper)) {
    lower = s.kept;
    Report(ctx, g, rate, lower, upper, severity, FindingType::kUpdate, s.unclear,
           "The higher count is a floor or one the total rose to: it was confirmed after "
           "the other, as the count went on (an update)."sv,
           out);
    return;
  }
  Report(ctx, g, rate, lower, upper, severity,
         FindingType::kContradiction, s.unclear, ClustersDisagree(bucket.frame), out);
  // Forecasts differ by who makes them and when (two institutes' projections on election
  // night): their disagreement is no error of either article.
  if (out.size() > before && All(as, Projected) && All(bs, Projected)) {
    out.back().confidence *= ctx.options().ambiguous_frame_factor;
  }
  if (out.size() > before && InterimUnordered(ctx, lower, upper)) {
    out.back().confidence *= ctx.options().ambiguous_frame_factor;
  }
}

// Whether the figures name one place, with and without it, and at least two articles name it:
// their setting (SettingOf), where the unplaced ones hold. "74 killed in Nice" and "80 dead"
// are told of one toll then, not of two places. Named by one article, the unplaced figure
// may still be a larger or smaller whole.
bool Settled(Items items) {
  uint32_t place = 0, naming = 0, other_naming = 0;
  bool unplaced = false;
  for (Item x : items) {
    if (x->place == 0) {
      unplaced = true;
    } else if (place != 0 && x->place != place) {
      return false;
    } else {
      place = x->place;
      if (naming == 0) {
        naming = x->ref.document + 1;
      } else if (x->ref.document + 1 != naming) {
        other_naming = x->ref.document + 1;
      }
    }
  }
  return unplaced && other_naming != 0;
}

// Clusters all of later days than cluster i's (Saturday's 7 injured between Friday's 6 and
// 15) part none of i's figures from the next cluster of their time: i meets that one, of the
// next few. Clear exact counts only: a replaced or vague figure chained so reads nothing.
void AcrossLaterTimes(const ReconcileContext& ctx, const Group& g, const Bucket& bucket,
                      Items items, size_t i, Scratch& s, std::vector<Finding>& out) {
  const auto& cs = s.clusters;
  auto of = [&](size_t c) { return items.subspan(cs[c].begin, cs[c].end - cs[c].begin); };
  auto clear = [&](Items xs) {
    return std::all_of(xs.begin(), xs.end(), [&](Item x) {
      return x->has_days() && !s.unclear.Blurs(x) && x->value.low == x->value.high &&
             x->value.low == std::floor(x->value.low);
    });
  };
  const Items as = of(i);
  if (!clear(as)) return;
  absl::CivilDay last = ctx.Days(*as[0]).end;
  for (Item x : as) last = std::max(last, ctx.Days(*x).end);
  for (size_t j = i + 1; j < cs.size() && j <= i + 4; ++j) {  // Few: the days drift apart.
    const Items bs = of(j);
    s.sa.clear();
    s.sb.clear();
    ComparableSides(ctx, as, bs, s.sa, s.sb);
    if (!s.sa.empty()) {
      if (j > i + 1 && clear(bs)) TellPair(ctx, g, bucket, cs[i], cs[j], as, bs, s, out);
      return;
    }
    auto earlier = [&](Item y) { return !y->has_days() || ctx.Days(*y).begin <= last; };
    if (std::any_of(bs.begin(), bs.end(), earlier)) return;
  }
}

// One finding for each two neighbouring clusters of a bucket whose figures' time frames meet
// (Widened), and the running totals of the bucket. `items` are all the group's figures, sorted.
void CompareClusters(const ReconcileContext& ctx, const Group& g, Items items, const Bucket& bucket,
                     Scratch& s, std::vector<Finding>& out) {
  const double tol = ctx.options().numeric_gap_tolerance;
  const std::string_view rate = ctx.Name(bucket.rate);
  const size_t offset = bucket.items.data() - items.data();
  ClusterItems(bucket.items, offset, tol, s.clusters);
  UnclearFigures(ctx, bucket.items, offset, tol, s.clusters, s.seen, s.sources, s.unclear);
  s.unclear.settled = Settled(bucket.items);
  if (!bucket.change && bucket.frame == Frame::kState) {
    // A rate ("28 killed in the last 24 hours", "600 a day") is no running total: each
    // day's count is of its own day, and another day's is no update of it.
    if (rate.empty()) RunningTotals(ctx, g, bucket.items, s.unclear, out);
    FloorsBelow(ctx, g, rate, bucket.items, s.unclear, out);
    CeilingsAbove(ctx, g, rate, bucket.items, out);
  }
  for (size_t i = 0; i + 1 < s.clusters.size(); ++i) {
    const Cluster& a = s.clusters[i];
    const Cluster& b = s.clusters[i + 1];
    const size_t before = out.size();
    if (!bucket.change && bucket.frame == Frame::kState && rate.empty()) {
      AcrossLaterTimes(ctx, g, bucket, items, i, s, out);
      if (out.size() != before) continue;
    }
    TellPair(ctx, g, bucket, a, b, items.subspan(a.begin, a.end - a.begin),
             items.subspan(b.begin, b.end - b.begin), s, out);
    if (out.size() != before + 1) continue;  // No finding to widen.
    const auto [first, last] = Widened(items, s.clusters, i, s.unclear);
    if (first == i && last == i + 1) continue;
    // The pair's finding, told with the close clusters beyond it: how sure and how strong it
    // is stays the pair's.
    s.wide.clear();
    TellPair(ctx, g, bucket, a, b,
             items.subspan(s.clusters[first].begin, a.end - s.clusters[first].begin),
             items.subspan(b.begin, s.clusters[last].end - b.begin), s, s.wide);
    Finding& f = out.back();
    if (s.wide.size() != 1 || s.wide[0].type != f.type) continue;
    f.side_a.swap(s.wide[0].side_a);
    f.side_b.swap(s.wide[0].side_b);
    f.explanation.swap(s.wide[0].explanation);
    f.same_source = s.wide[0].same_source;
  }
}

// A state exceeds a target when it cannot meet the target's upper end.
bool Exceeds(Item state, Item target, double tol) {
  return !Meets(target->value.high, target->value.high_open, state->value.low,
                state->value.low_open, tol);
}

// A plan exceeded by what already happened: the planned targets of bucket `targets` exceeded
// by the largest state of `states` (the states of the same unit and rate), against the states
// above the tightest target, in one finding. Only a decision (a plan) is exceeded in a way that
// contradicts it: a forecast ("25,000 expected") that reality beats is just a forecast.
void PlanExceeded(const ReconcileContext& ctx, const Group& g, const Bucket& states,
                  const Bucket& targets, std::vector<Finding>& out) {
  const double tol = ctx.options().numeric_gap_tolerance;
  std::vector<Item> planned;
  for (Item t : targets.items) {
    if (t->modality == Modality::kPlanned) planned.push_back(t);
  }
  Item tightest = nullptr;  // Target with the lowest ceiling.
  Item largest = nullptr;   // State with the highest floor.
  for (Item t : planned) {
    if (!tightest || t->value.high < tightest->value.high) tightest = t;
  }
  for (Item s : states.items) {
    if (!largest || s->value.low > largest->value.low) largest = s;
  }
  if (!tightest || !largest || !Exceeds(largest, tightest, tol)) return;
  std::vector<Item> exceeded, exceeding;
  Interval t_raw{INFINITY, -INFINITY}, s_raw{INFINITY, -INFINITY};
  for (Item t : planned) {
    if (!Exceeds(largest, t, tol)) continue;
    exceeded.push_back(t);
    t_raw.low = std::min(t_raw.low, t->value.low);
    t_raw.high = std::max(t_raw.high, t->value.high);
  }
  const TimeIndex exceeded_times(ctx, exceeded);
  for (Item s : states.items) {
    if (!Exceeds(s, tightest, tol)) continue;
    if (!exceeded_times.AnyMeets(*s)) continue;  // No exceeded target shares its time frame.
    exceeding.push_back(s);
    s_raw.low = std::min(s_raw.low, s->value.low);
    s_raw.high = std::max(s_raw.high, s->value.high);
  }
  if (exceeding.empty()) return;
  // A target being exceeded is slightly less certain than two states disagreeing.
  const double severity =
      0.95 * Severity(std::max(0.0, s_raw.low - t_raw.high), Mid(t_raw.low, t_raw.high),
                      t_raw.high - t_raw.low, Mid(s_raw.low, s_raw.high), s_raw.high - s_raw.low);
  // The targets' and states' own ambiguity was judged within their buckets already.
  Report(ctx, g, ctx.Name(targets.rate), exceeded, exceeding, severity,
         FindingType::kContradiction, {},
         "More have already been reached than were planned or projected in all."sv, out);
}

// A first figure ("zunächst 3.000 Fahrzeuge", "initially 300") against another article's
// figures reached of the same time that it does not meet: the count went on (an update). The
// states of other days are of other occasions; an article giving both tells the update
// itself, and another source's figure is its own count, not the revised one.
void InitialRevised(const ReconcileContext& ctx, const Group& g, const Bucket& states,
                    const Bucket& initials, std::vector<Finding>& out) {
  const double tol = ctx.options().numeric_gap_tolerance;
  // The first figures their own article's count went on past are gone (DropRecalled).
  const Items first = initials.items;
  if (first.empty()) return;
  const TimeIndex first_times(ctx, first);
  std::vector<Item> revised;
  for (Item s : states.items) {
    if (!first_times.AnyMeets(*s)) continue;
    // "Allein am Flughafen München rund 400 Flüge" against a first 1,000 of the airline: a
    // named place's figure is its part, no revision of a figure that names none.
    if (std::none_of(first.begin(), first.end(), [s](Item x) { return x->place == s->place; })) {
      continue;
    }
    bool meets = false, told = false;
    for (Item x : first) {
      told = told || x->ref.document == s->ref.document ||
             (x->source != 0 && s->source != 0 && x->source != s->source);
      meets = meets || (Meets(x->value.high, x->value.high_open, s->value.low, s->value.low_open,
                              tol) &&
                        Meets(s->value.high, s->value.high_open, x->value.low, x->value.low_open,
                              tol));
    }
    if (!meets && !told) revised.push_back(s);
  }
  if (revised.empty()) return;
  Report(ctx, g, ctx.Name(initials.rate), first, revised, 0.3, FindingType::kUpdate, {},
         "The first figure was revised as the count went on (an update)."sv, out);
}

// A thread's room for the groups it compares, kept from one group to the next: most groups
// are small, and allocating and freeing their vectors anew was about a tenth of this check.
struct Workspace {
  std::vector<Item> items;
  std::vector<Bucket> buckets;
  Scratch scratch;
};

// One sum of a measure (not a bare "$42bn") given by two articles in two currencies with the
// same figure ("knapp 3,7 Millionen Dollar" in a repost of "knapp 3,7 Millionen Euro"): no
// exchange rate makes two currencies equal, so one article has the currency wrong.
void SameSumOtherCurrency(const ReconcileContext& ctx, const Group& g,
                          const std::vector<Bucket>& buckets, Scratch& s,
                          std::vector<Finding>& out) {
  for (size_t i = 0; i < buckets.size(); ++i) {
    const Bucket& a = buckets[i];
    if (a.items.front()->kind != ClaimKind::kMoney) continue;
    for (size_t j = i + 1; j < buckets.size(); ++j) {
      const Bucket& b = buckets[j];
      if (b.items.front()->kind != ClaimKind::kMoney || b.unit == a.unit || b.rate != a.rate ||
          b.frame != a.frame || b.change != a.change || b.place != a.place) {
        continue;
      }
      for (Item x : a.items) {
        const auto y = std::find_if(b.items.begin(), b.items.end(), [&](Item y) {
          return y->ref.document != x->ref.document && y->value.low == x->value.low &&
                 y->value.high == x->value.high && y->value.low_open == x->value.low_open &&
                 y->value.high_open == x->value.high_open;
        });
        if (y == b.items.end()) continue;
        const Item one[] = {x}, other[] = {*y};
        s.sa.clear();
        s.sb.clear();
        if (x->has_days() || (*y)->has_days()) {
          ComparableSides(ctx, Items(one), Items(other), s.sa, s.sb);
          if (s.sa.empty()) continue;  // Sums of other times.
        }
        s.unclear.clear();
        constexpr double kSevere = 0.8;  // A whole sum in doubt, with no gap to weigh.
        Report(ctx, g, ctx.Name(a.rate), Items(one), Items(other), kSevere,
               FindingType::kContradiction, s.unclear,
               "The same figure in two currencies: no exchange rate makes them equal, so one "
               "article has the currency wrong."sv,
               out);
        break;
      }
    }
  }
}

}  // namespace

void ReconcileNumeric(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out) {
  thread_local Workspace workspace;
  std::vector<Item>& items = workspace.items;
  items.clear();
  for (const Fact* c : g.facts) {
    if (c->kind != ClaimKind::kQuantity && c->kind != ClaimKind::kMoney) continue;
    if (!(c->value.low <= c->value.high)) continue;  // NaN or inverted: nothing to compare.
    // A sum the sentence names no purpose for ("$42bn", "500 Milliarden Euro") says nothing of
    // what it is: withdrawals, assets, a fund, a limit. Two such sums are no one measure.
    if (c->kind == ClaimKind::kMoney && std::string_view(c->claim->key).ends_with("/money")) continue;
    items.push_back(c);
  }
  DropRecalled(items);
  const std::vector<Bucket>& buckets = workspace.buckets;
  BucketsOf(ctx, items, workspace.buckets);
  for (const Bucket& bucket : buckets) {
    CompareClusters(ctx, g, items, bucket, workspace.scratch, out);
  }
  SameSumOtherCurrency(ctx, g, buckets, workspace.scratch, out);
  // Targets against states. Buckets are sorted by unit, rate and frame, and states come before
  // targets: the states of a target bucket's unit and rate, if any, are the bucket before it.
  static_assert(Frame::kState < Frame::kTarget);
  for (size_t k = 1; k < buckets.size(); ++k) {
    const Bucket& targets = buckets[k];
    const Bucket& states = buckets[k - 1];
    if (targets.frame != Frame::kTarget || states.frame != Frame::kState ||
        states.unit != targets.unit || states.rate != targets.rate ||
        states.change != targets.change || states.place != targets.place) {
      continue;
    }
    PlanExceeded(ctx, g, states, targets, out);
  }
  // Initial figures against states: the bucket of states is one or two before (a target
  // bucket may lie between).
  static_assert(Frame::kTarget < Frame::kInitial);
  for (size_t k = 1; k < buckets.size(); ++k) {
    const Bucket& initials = buckets[k];
    if (initials.frame != Frame::kInitial) continue;
    for (size_t back = 1; back <= 2 && back <= k; ++back) {
      const Bucket& states = buckets[k - back];
      if (states.frame == Frame::kState && states.unit == initials.unit &&
          states.rate == initials.rate && states.change == initials.change &&
          states.place == initials.place) {
        InitialRevised(ctx, g, states, initials, out);
        break;
      }
    }
  }
  // The room a huge group took is not kept for the rest of the thread's life.
  constexpr size_t kKept = 1 << 16;
  if (items.capacity() > kKept || workspace.scratch.seen.capacity() > kKept) {
    workspace = Workspace();
  }
}

}  // namespace crosscheck::internal
