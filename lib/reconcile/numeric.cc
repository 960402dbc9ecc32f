// Numeric findings: figures with one key whose intervals cannot both hold, compared only
// where their time frames and modalities make the comparison mean something.
#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <tuple>

#include "lib/reconcile/internal.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

namespace {

// What a figure says about the world: a state reached, a target (plan or projection), or an
// initial figure. Only these pairs are compared: state/state, target/target, initial/initial,
// and target/state (more already done than the whole target).
enum class Frame { kState, kTarget, kInitial };

Frame FrameOf(Modality m) {
  switch (m) {
    case Modality::kPlanned:
    case Modality::kProjected: return Frame::kTarget;
    case Modality::kInitial: return Frame::kInitial;
    default: return Frame::kState;
  }
}

std::string_view FrameName(Frame f) {
  switch (f) {
    case Frame::kState: return "figures reached";
    case Frame::kTarget: return "planned or projected figures";
    case Frame::kInitial: return "initial figures";
  }
  return "";
}

using Item = const Fact*;  // A figure of the group, value as stated.
using Items = std::span<const Item>;

// A run of the sorted figures of one bucket.
struct Cluster {
  size_t begin, end;
  Interval common;           // Common intersection of the members.
  double raw_low, raw_high;  // Union of the members, for the explanation.
};

bool TimesDisjoint(const ReconcileContext& ctx, const Fact& a, const Fact& b) {
  if (!a.has_days() || !b.has_days()) return false;
  const DateRange &x = ctx.Days(a), &y = ctx.Days(b);
  return x.end < y.begin || y.end < x.begin;
}

// Whether some figure of a set shares a time frame with a given one (is not TimesDisjoint
// from it), without trying each: a figure without a time frame shares one with every figure;
// the others' frames, sorted by start with the latest end so far, answer by binary search.
class TimeIndex {
 public:
  TimeIndex(const ReconcileContext& ctx, Items set) : ctx_(ctx), empty_(set.empty()) {
    for (Item y : set) {
      if (y->has_days()) {
        frames_.push_back(ctx.Days(*y));
      } else {
        untimed_ = true;
      }
    }
    std::sort(frames_.begin(), frames_.end(),
              [](const DateRange& a, const DateRange& b) { return a.begin < b.begin; });
    for (size_t i = 1; i < frames_.size(); ++i) {
      frames_[i].end = std::max(frames_[i].end, frames_[i - 1].end);  // Latest end so far.
    }
  }
  bool AnyMeets(const Fact& x) const {
    if (empty_) return false;
    if (untimed_ || !x.has_days()) return true;
    const DateRange& d = ctx_.Days(x);
    // Of the frames that start before x's ends, does the latest ending one reach x's start?
    const auto after = std::upper_bound(
        frames_.begin(), frames_.end(), d.end,
        [](absl::CivilDay day, const DateRange& f) { return day < f.begin; });
    return after != frames_.begin() && std::prev(after)->end >= d.begin;
  }

 private:
  const ReconcileContext& ctx_;
  bool empty_, untimed_ = false;
  std::vector<DateRange> frames_;
};

// The claims of two clusters whose time frames do not exclude each other, listed as the scan
// of every pair would list them (a's claims in order, each against b's in order, a claim of
// a taken at its first match and, once more than kEnough are taken, tried against b's first
// claim only) but without trying the pairs of a claim that matches nothing.
void ComparableSides(const ReconcileContext& ctx, Items as, Items bs, std::vector<Item>& sa,
                     std::vector<Item>& sb) {
  constexpr size_t kEnough = 64;  // Enough evidence; keeps huge clusters cheap.
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
      if (!TimesDisjoint(ctx, *x, *bs[0])) {
        sa.push_back(x);
        list_b(0);
      }
      continue;
    }
    if (!b_times.AnyMeets(*x)) continue;
    sa.push_back(x);
    const bool enough = sa.size() > kEnough;  // Then the scan stops at x's first match.
    for (size_t j = 0; j < bs.size(); ++j) {
      if (TimesDisjoint(ctx, *x, *bs[j])) continue;
      list_b(j);
      if (enough) break;
    }
  }
}

// Whether a value starting at `low` can meet an interval ending at `high`. Two closed ends
// may be apart by the gap tolerance; a strict bound excludes its own number ("weniger als
// 350" against 350), so an open end must really be passed.
bool Meets(double high, bool high_open, double low, bool low_open, double tol) {
  if (low < high) return true;
  if (high_open || low_open) return false;
  return low <= high + tol * std::max(std::fabs(high), std::fabs(low));
}

// Greedy sweep over a bucket's intervals, sorted by low end: a cluster is a run whose common
// intersection is not empty (up to tolerance). Consecutive clusters are then incompatible by
// construction.
void ClusterItems(Items items, size_t offset, double tol, std::vector<Cluster>& out) {
  out.clear();
  for (size_t i = 0; i < items.size(); ++i) {
    const Interval& v = items[i]->value;
    if (!out.empty() &&
        Meets(out.back().common.high, out.back().common.high_open, v.low, v.low_open, tol)) {
      Cluster& c = out.back();
      c.end = offset + i + 1;
      if (v.low > c.common.low || (v.low == c.common.low && v.low_open)) {
        c.common.low = v.low;
        c.common.low_open = v.low_open;
      }
      if (v.high < c.common.high || (v.high == c.common.high && v.high_open)) {
        c.common.high = v.high;
        c.common.high_open = v.high_open;
      }
      c.raw_low = std::min(c.raw_low, v.low);
      c.raw_high = std::max(c.raw_high, v.high);
    } else {
      out.push_back({offset + i, offset + i + 1, v, v.low, v.high});
    }
  }
}

// How strongly two clusters disagree: the gap between them measured against how precise they
// are (a gap of twice the precision or more is as strong as it gets).
double Severity(double gap, double mid_a, double width_a, double mid_b, double width_b) {
  auto scale = [](double mid, double width) {
    const double magnitude = std::max(std::fabs(mid), 1.0);
    if (!std::isfinite(width)) return 0.25 * magnitude;  // Open-ended: as vague as it gets.
    return std::clamp(width, 0.02 * magnitude, 0.25 * magnitude);
  };
  const double s = gap / std::max(scale(mid_a, width_a), scale(mid_b, width_b));
  return std::min(1.0, 0.4 + 0.6 * std::min(1.0, s / 2));
}

double Mid(double low, double high) {
  if (!std::isfinite(high)) return low;
  if (!std::isfinite(low)) return high;
  return (low + high) / 2;
}

// What a group's figures count, for people: "killed in Valencia", "troops of North Korea
// per day". Keys stay in the JSON.
void AppendWhat(std::string& e, const Group& g, const Claim& c, std::string_view rate) {
  const std::string_view key = g.key;
  // Money is keyed by what it is for ("military_aid"); other figures by their counted noun.
  const std::string_view what =
      c.kind == ClaimKind::kMoney ? key.substr(key.rfind('/') + 1) : std::string_view(c.unit);
  for (char ch : what) e.push_back(ch == '_' ? ' ' : ch);
  if (c.kind == ClaimKind::kMoney) {
    e += " in "sv;
    e += c.unit;
  }
  if (!c.subject.empty()) {
    e += " of "sv;
    AppendHumanName(e, c.subject);
  }
  if (!c.place.empty()) {
    e += " in "sv;
    AppendHumanName(e, c.place);
  }
  if (!rate.empty()) {
    e += " per "sv;
    e += rate;
  }
}

// Whether a within-article pair is worth telling: the same frame in full (whose figure it is
// known, both counted nouns read from the table, not guessed). Figures of different things
// or a figure and its breakdown in one article mostly differ in a slot the text leaves
// implicit, so anything less is not reported.
bool FullFrame(Items a, Items b) {
  for (const Items side : {a, b}) {
    for (Item x : side) {
      if (x->claim->subject.empty() || x->confidence < 0.9) return false;
    }
  }
  return true;
}

// One finding; `why` appends the reason to the explanation, which is built in one buffer.
// `ambiguous`: documents that give incompatible figures for this frame themselves.
template <typename Why>
void Report(const ReconcileContext& ctx, const Group& g, std::string_view rate, Items a, Items b,
            double severity, FindingType type, const std::vector<uint32_t>& ambiguous, Why why,
            std::vector<Finding>& out) {
  if (type != FindingType::kUpdate) type = ctx.TypeOf(a, b);
  if (type == FindingType::kInconsistency && !FullFrame(a, b)) return;
  Finding& f = out.emplace_back();
  f.kind = FindingKind::kNumeric;
  f.key = std::string(g.key);
  ctx.Finish(f, a, b);
  f.type = type;
  // An article that itself gives two incompatible figures for one frame is counting two
  // things the frame does not tell apart (all victims and the children among them, two
  // matches' audiences): its figures say little against another article's.
  // A running total's reports are read day by day, highest first: another, smaller figure
  // of the same day in one article (a county's toll beside the state's) does not blur them.
  if (type != FindingType::kInconsistency && type != FindingType::kUpdate) {
    bool unclear = false;
    for (const Items side : {a, b}) {
      for (Item x : side) {
        unclear = unclear ||
                  std::binary_search(ambiguous.begin(), ambiguous.end(), x->ref.document);
      }
    }
    if (unclear) f.confidence *= ctx.options().ambiguous_frame_factor;
  }
  const Claim& first = *a.front()->claim;
  // Whose figures these are, or where they hold, is unknown for some: the pair may count
  // different groups or places.
  bool place_unknown = false;
  for (const Items side : {a, b}) {
    for (Item x : side) place_unknown = place_unknown || x->place != a.front()->place;
  }
  // A running total is told with and without its place ("in Myanmar") from day to day; the
  // split of places already keeps two named places apart.
  if (place_unknown && type != FindingType::kUpdate) {
    f.confidence *= ctx.options().unknown_slot_factor;
  }
  if (first.subject.empty() || place_unknown) severity = std::min(severity, 0.8);
  f.severity = severity;
  std::string& e = f.explanation;
  e.reserve(ReconcileContext::ExplanationSize(a, b) + 80);
  e += "Figures for "sv;
  AppendWhat(e, g, first, rate);
  e += ": "sv;
  ctx.CiteTo(e, a);
  e += " against "sv;
  ctx.CiteTo(e, b);
  e += ". "sv;
  why(e);
  if (type == FindingType::kDispute) {
    e += " The sources disagree."sv;
  } else if (type == FindingType::kInconsistency) {
    e += " The article contradicts itself."sv;
  } else if (f.same_source) {
    e += " One source contradicts itself."sv;
  }
}

// The documents whose figures in a bucket fall into more than one of its clusters. `seen` is
// scratch room reused across buckets; a bucket of one cluster (most) needs none.
void AmbiguousDocs(Items items, size_t offset, const std::vector<Cluster>& clusters,
                   std::vector<std::pair<uint32_t, size_t>>& seen, std::vector<uint32_t>& out) {
  out.clear();
  if (clusters.size() < 2) return;
  seen.clear();  // (document, cluster)
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t i = clusters[c].begin; i < clusters[c].end; ++i) {
      seen.emplace_back(items[i - offset]->ref.document, c);
    }
  }
  std::sort(seen.begin(), seen.end());
  for (size_t i = 1; i < seen.size(); ++i) {
    if (seen[i].first == seen[i - 1].first && seen[i].second != seen[i - 1].second &&
        (out.empty() || out.back() != seen[i].first)) {
      out.push_back(seen[i].first);
    }
  }
}

// The figure a running total is reported at: its lower end, or its upper end for "up to".
double Stated(const Fact& x) {
  return x.value.low > 0 && std::isfinite(x.value.low) ? x.value.low : x.value.high;
}

// A running total (a death toll) reported on different days: each day's highest figure
// against the next day's. A rise is an update, information; a fall is a revision, which
// contradicts the earlier count. Only figures dated by their day are taken (a stated
// period is not a report of the toll on a day).
void RunningTotals(const ReconcileContext& ctx, const Group& g, std::string_view rate, Items items,
                   const std::vector<uint32_t>& ambiguous, std::vector<Finding>& out) {
  const double tol = ctx.options().numeric_gap_tolerance;
  std::vector<Item> dated;
  for (Item x : items) {
    if (x->aspect == Aspect::kCumulative && x->has_days() &&
        ctx.Days(*x).begin == ctx.Days(*x).end && std::isfinite(Stated(*x))) {
      dated.push_back(x);
    }
  }
  std::stable_sort(dated.begin(), dated.end(), [&](Item a, Item b) {
    return ctx.Days(*a).begin < ctx.Days(*b).begin;
  });
  // Each day's figures; a finding cites them all (the highest decides).
  std::vector<Item> previous, day;
  double previous_top = 0;
  for (size_t i = 0; i < dated.size();) {
    size_t j = i;
    double top = -INFINITY;
    for (; j < dated.size() && ctx.Days(*dated[j]).begin == ctx.Days(*dated[i]).begin; ++j) {
      top = std::max(top, Stated(*dated[j]));
    }
    day.assign(dated.begin() + i, dated.begin() + j);
    if (!previous.empty() &&
        std::fabs(top - previous_top) > tol * std::max(std::fabs(top), std::fabs(previous_top))) {
      const bool rose = top > previous_top;
      const size_t before = out.size();
      Report(ctx, g, rate, previous, day, rose ? 0.3 : 0.6,
             rose ? FindingType::kUpdate : FindingType::kContradiction, ambiguous,
             [&](std::string& e) {
               e += rose ? "The later count is higher: the total rose between the reports (an update)."sv
                         : "The later count is lower, though a running total only grows: a revision or an error."sv;
             },
             out);
      // A later, lower count is more often of a smaller scope (one county, one cause) that
      // the frame does not tell apart than a revision: reported, but below the default
      // confidence (development set: 4 of 5 such findings were of another scope).
      if (!rose && out.size() > before) out.back().confidence *= ctx.options().ambiguous_frame_factor;
    }
    previous.swap(day);
    previous_top = top;
    i = j;
  }
}

}  // namespace

void ReconcileNumeric(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out) {
  const double tol = ctx.options().numeric_gap_tolerance;
  // Figures are comparable only with the same unit and rate ("per day" vs a total is not)
  // and frame. One sort puts the buckets in the order of their names, and each bucket's
  // figures by value: a bucket is a run of the sorted figures, a cluster a run of its bucket.
  std::vector<Item> items;
  items.reserve(g.facts.size());
  for (const Fact* c : g.facts) {
    if (c->kind != ClaimKind::kQuantity && c->kind != ClaimKind::kMoney) continue;
    if (!(c->value.low <= c->value.high)) continue;  // NaN or inverted: nothing to compare.
    items.push_back(c);
  }
  auto frame = [](Item x) { return static_cast<int>(FrameOf(x->modality)); };
  // A change ("another 500 soldiers") is not the level it changes: changes meet changes.
  auto change = [](Item x) { return x->aspect == Aspect::kChange; };
  // Where a figure holds: a story mostly has one setting, named with some figures and not
  // with others, and those meet. Once two places are named, the figures are of parts (one
  // town, the region): each place's figures meet only each other, and the unplaced ones too.
  bool split_places = false;
  uint32_t first_place = 0;
  for (Item x : items) {
    if (x->place == 0) continue;
    if (first_place == 0) first_place = x->place;
    split_places = split_places || x->place != first_place;
  }
  auto place = [&](Item x) { return split_places ? ctx.NameRank(x->place) : 0; };
  std::sort(items.begin(), items.end(), [&](Item a, Item b) {
    return std::make_tuple(change(a), place(a), ctx.NameRank(a->unit), ctx.NameRank(a->rate),
                           frame(a), a->value.low, a->value.low_open, a->value.high,
                           a->ref.document, a->ref.claim) <
           std::make_tuple(change(b), place(b), ctx.NameRank(b->unit), ctx.NameRank(b->rate),
                           frame(b), b->value.low, b->value.low_open, b->value.high,
                           b->ref.document, b->ref.claim);
  });
  struct Bucket {
    uint32_t unit, rate;  // Interned names.
    int frame;
    bool change;
    uint32_t place;  // Rank of the place when places are split, else 0.
    Items items;
  };
  std::vector<Bucket> buckets;
  buckets.reserve(4);  // A unit and rate in a frame or two, mostly.
  for (size_t i = 0; i < items.size();) {
    size_t j = i + 1;
    while (j < items.size() && items[j]->unit == items[i]->unit &&
           items[j]->rate == items[i]->rate && frame(items[j]) == frame(items[i]) &&
           change(items[j]) == change(items[i]) && place(items[j]) == place(items[i])) {
      ++j;
    }
    buckets.push_back({items[i]->unit, items[i]->rate, frame(items[i]), change(items[i]),
                       place(items[i]), Items(items).subspan(i, j - i)});
    i = j;
  }
  std::vector<Cluster> clusters;
  clusters.reserve(std::min<size_t>(items.size(), 8));
  std::vector<Item> sa, sb;
  std::vector<uint32_t> ambiguous;
  std::vector<std::pair<uint32_t, size_t>> seen;
  for (const Bucket& bucket : buckets) {
    const std::string_view rate = ctx.Name(bucket.rate);
    const size_t offset = bucket.items.data() - items.data();
    ClusterItems(bucket.items, offset, tol, clusters);
    AmbiguousDocs(bucket.items, offset, clusters, seen, ambiguous);
    if (!bucket.change && static_cast<Frame>(bucket.frame) == Frame::kState) {
      RunningTotals(ctx, g, rate, bucket.items, ambiguous, out);
    }
    for (size_t i = 0; i + 1 < clusters.size(); ++i) {
      const Cluster& a = clusters[i];
      const Cluster& b = clusters[i + 1];
      const Items as = Items(items).subspan(a.begin, a.end - a.begin);
      const Items bs = Items(items).subspan(b.begin, b.end - b.begin);
      // Time frames that exclude each other explain the gap: keep only comparable claims.
      bool any_time = false;
      for (Items side : {as, bs}) {
        for (Item x : side) any_time = any_time || x->has_days();
      }
      sa.clear();
      sb.clear();
      if (any_time) ComparableSides(ctx, as, bs, sa, sb);
      if (any_time && sa.empty()) continue;  // Other times: see RunningTotals.
      // The gap between the stated values, not the widened ones: widening only decides
      // compatibility.
      const double severity = Severity(std::max(0.0, b.raw_low - a.raw_high), Mid(a.raw_low, a.raw_high),
                                       a.raw_high - a.raw_low, Mid(b.raw_low, b.raw_high),
                                       b.raw_high - b.raw_low);
      Report(ctx, g, rate, any_time ? Items(sa) : as, any_time ? Items(sb) : bs, severity,
             FindingType::kContradiction, ambiguous,
             [&](std::string& e) {
               e += "They cannot both be true (both are "sv;
               e += FrameName(static_cast<Frame>(bucket.frame));
               e += ")."sv;
             },
             out);
    }
  }
  // Targets against states: a plan or projection is exceeded by what already happened. One
  // finding per bucket: the targets exceeded by the largest state, against the states above
  // the tightest target.
  std::vector<Item> exceeded, exceeding, planned;
  for (size_t k = 0; k < buckets.size(); ++k) {
    const Bucket& bucket = buckets[k];
    if (static_cast<Frame>(bucket.frame) != Frame::kTarget) continue;
    const std::string_view rate = ctx.Name(bucket.rate);
    // Buckets are sorted by unit, rate and frame, and states come before targets: the states
    // of the same unit and rate, if any, are the bucket just before.
    static_assert(Frame::kState < Frame::kTarget);
    const Bucket* states = k > 0 ? &buckets[k - 1] : nullptr;
    if (states == nullptr || states->unit != bucket.unit || states->rate != bucket.rate ||
        states->change != bucket.change || states->place != bucket.place ||
        static_cast<Frame>(states->frame) != Frame::kState) {
      continue;
    }
    // A state exceeds a target when it cannot meet the target's upper end.
    auto exceeds = [&](Item s, Item t) {
      return !Meets(t->value.high, t->value.high_open, s->value.low, s->value.low_open, tol);
    };
    // Only a decision (a plan) is exceeded in a way that contradicts it: a forecast ("25,000
    // expected") that reality beats is just a forecast.
    planned.clear();
    for (Item t : bucket.items) {
      if (t->modality == Modality::kPlanned) planned.push_back(t);
    }
    const Items targets = planned;
    Item tightest = nullptr;  // Target with the lowest ceiling.
    Item largest = nullptr;   // State with the highest floor.
    for (Item t : targets) {
      if (!tightest || t->value.high < tightest->value.high) tightest = t;
    }
    for (Item s : states->items) {
      if (!largest || s->value.low > largest->value.low) largest = s;
    }
    if (!tightest || !largest || !exceeds(largest, tightest)) continue;
    exceeded.clear();
    exceeding.clear();
    exceeded.reserve(targets.size());
    exceeding.reserve(states->items.size());
    Interval t_raw{INFINITY, -INFINITY}, s_raw{INFINITY, -INFINITY};
    for (Item t : targets) {
      if (exceeds(largest, t)) {
        exceeded.push_back(t);
        t_raw.low = std::min(t_raw.low, t->value.low);
        t_raw.high = std::max(t_raw.high, t->value.high);
      }
    }
    const TimeIndex exceeded_times(ctx, exceeded);
    for (Item s : states->items) {
      if (!exceeds(s, tightest)) continue;
      if (!exceeded_times.AnyMeets(*s)) continue;  // No exceeded target shares its time frame.
      exceeding.push_back(s);
      s_raw.low = std::min(s_raw.low, s->value.low);
      s_raw.high = std::max(s_raw.high, s->value.high);
    }
    if (exceeding.empty()) continue;
    // A target being exceeded is slightly less certain than two states disagreeing.
    const double severity =
        0.95 * Severity(std::max(0.0, s_raw.low - t_raw.high), Mid(t_raw.low, t_raw.high),
                        t_raw.high - t_raw.low, Mid(s_raw.low, s_raw.high), s_raw.high - s_raw.low);
    // The targets' and states' own ambiguity was judged within their buckets already.
    Report(ctx, g, rate, exceeded, exceeding, severity, FindingType::kContradiction, {},
           [&](std::string& e) {
             e += "More have already been reached than were planned or projected in all."sv;
           },
           out);
  }
}

}  // namespace crosscheck::internal
