// What the parts of the numeric check share: figures, their time frames (numeric_time.cc) and
// how a numeric finding is told (numeric_report.cc). The check itself is numeric.cc.
#ifndef CROSSCHECK_LIB_RECONCILE_NUMERIC_H_
#define CROSSCHECK_LIB_RECONCILE_NUMERIC_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "crosscheck/types.h"
#include "lib/reconcile/internal.h"

namespace crosscheck::internal {

using Item = const Fact*;  // A figure of the group, value as stated.
using Items = std::span<const Item>;

// Whether two figures' time frames exclude each other (figures without one exclude nothing).
bool TimesDisjoint(const ReconcileContext& ctx, const Fact& a, const Fact& b);

// Whether the days of some figure of a set overlap a given one's, without trying each: a
// figure without a time frame overlaps every figure; the others' frames, sorted by start with
// the latest end so far, answer by binary search. Days only: the periods a figure counts
// (TimesDisjoint's other half) are asked pair by pair of the few that overlap.
class TimeIndex {
 public:
  TimeIndex(const ReconcileContext& ctx, Items set);
  bool AnyMeets(const Fact& x) const;

 private:
  const ReconcileContext& ctx_;
  bool empty_, untimed_ = false;
  DayCover frames_;
};

// The figures of a bucket that say little against other articles' figures: those of documents
// that give incompatible figures for the frame themselves (they count two things the frame
// does not tell apart), and the counts an article itself says were replaced by a newer one.
struct Unclear {
  std::vector<uint32_t> docs;  // Sorted.
  std::vector<double> apart;   // Of each of `docs`: how close its two readings come (StatedGap).
  // Of each of `docs`: the days its two readings span; nullopt when one has none.
  std::vector<std::optional<DateRange>> when;
  std::vector<Item> replaced;  // Sorted.
  // The bucket names one place, its setting (SettingOf): its unplaced figures hold there.
  bool settled = false;
  void clear() {
    docs.clear();
    apart.clear();
    when.clear();
    replaced.clear();
    settled = false;
  }
  // Whether x's document is unclear at x's time: its two readings of another period (two
  // counts of today) say nothing of its figure of 2022.
  bool UnclearAt(const ReconcileContext& ctx, Item x) const {
    const auto it = std::lower_bound(docs.begin(), docs.end(), x->ref.document);
    if (it == docs.end() || *it != x->ref.document) return false;
    const size_t i = it - docs.begin();
    if (i >= when.size() || !when[i] || !x->has_days()) return true;
    const DateRange& d = ctx.Days(*x);
    return !(d.end < when[i]->begin || when[i]->end < d.begin);
  }
  bool Blurs(Item x) const { return UnclearDoc(x->ref.document) || Replaced(x); }
  bool UnclearDoc(uint32_t doc) const {
    return std::binary_search(docs.begin(), docs.end(), doc);
  }
  bool Replaced(Item x) const {
    return std::binary_search(replaced.begin(), replaced.end(), x);
  }
  // How close an unclear document's own two readings come; 0 when not known.
  double Apart(uint32_t doc) const {
    const auto it = std::lower_bound(docs.begin(), docs.end(), doc);
    const size_t i = it - docs.begin();
    return it != docs.end() && *it == doc && i < apart.size() ? apart[i] : 0;
  }
};

// A run of the sorted figures of one bucket.
struct Cluster {
  size_t begin, end;
  Interval common;           // Common intersection of the members.
  double raw_low, raw_high;  // Union of the members, for the explanation.
  bool exact_high;           // common.high is a count stated exactly (ExactEnd).
};

// The clusters [first, last] a finding of neighbouring clusters i and i + 1 cites, each side
// widened by the close clusters beyond it (clusters.cc).
std::pair<size_t, size_t> Widened(Items items, const std::vector<Cluster>& clusters, size_t i,
                                  const Unclear& unclear);
// Whether a value starting at `low` can meet an interval ending at `high`. Two closed ends
// may be apart by the gap tolerance; a strict bound excludes its own number ("weniger als
// 350" against 350), so an open end must really be passed.
bool Meets(double high, bool high_open, double low, bool low_open, double tol);

// The gap between two sets of figures' stated values (the middles of their intervals),
// relative to the largest of them: 0 when the values interleave.
double StatedGap(Items a, Items b);

// Whether all figures of both sides have a point in common (up to tolerance).
bool AllShareAPoint(Items a, Items b, double tol);

// Greedy sweep over a bucket's intervals, sorted by low end: a cluster is a run whose common
// intersection is not empty (up to tolerance). Consecutive clusters are then incompatible by
// construction.
void ClusterItems(Items items, size_t offset, double tol, std::vector<Cluster>& out);

// A document's figure in a bucket: (document, cluster, source, the fact).
using Seen = std::tuple<uint32_t, size_t, uint32_t, const Fact*>;

// The documents that give two figures of a bucket that cannot both hold (see clusters.cc),
// unless they attribute each cluster to its own source; a document whose highest
// figure is a newest count (TellsUpdate) blurs only the counts it replaced. `seen` is scratch
// room reused across buckets; a bucket of one cluster (most) needs none.
void UnclearFigures(const ReconcileContext& ctx, Items items, size_t offset, double tol,
                    const std::vector<Cluster>& clusters, std::vector<Seen>& seen,
                    std::vector<uint32_t>& sources, Unclear& out);

// The claims of two clusters whose time frames do not exclude each other, listed as the scan
// of every pair would list them (a's claims in order, each against b's in order, a claim of
// a taken at its first match and, once more than kEnough are taken, tried against b's first
// claim only) but without trying the pairs of a claim that matches nothing.
void ComparableSides(const ReconcileContext& ctx, Items as, Items bs, std::vector<Item>& sa,
                     std::vector<Item>& sb);

// The setting of a group whose figures name several places (setting.cc): the place more of
// its articles name than any other, when the others lie within it or hold it; 0 when none.
uint32_t SettingOf(const ReconcileContext& ctx, Items items);

// Where a group's unplaced figures hold when its articles are set in sibling places (two
// state elections of one evening that grouping put in one story): (home, camp) pairs sorted
// by home, a camp being the outermost of the homes holding it; empty when fewer than two
// camps of at least `min_articles` articles each hold figures of the group (setting.cc).
using HomeCamps = std::vector<std::pair<uint32_t, uint32_t>>;
HomeCamps HomeCampsOf(const ReconcileContext& ctx, Items items, uint32_t min_articles);
// Kinds of a measure told apart by how sure they are (measure_qualifiers.tsv): suspected and
// confirmed cases each meet their own kind, and a figure no article qualifies ("nearly 2,000
// cases") meets the broadest kind the group names (setting.cc).
struct UnitJoin {
  std::string_view measure;  // "cases"
  int rank;                  // Place of that kind among the kinds joined, broadest first.
  uint32_t kind;             // Interned name of that kind: "suspected_cases".
};
using UnitJoins = std::vector<UnitJoin>;
UnitJoins UnitJoinsOf(const ReconcileContext& ctx, Items items);
// The unit figures of `unit` meet: the kind an unqualified measure joins, else its own.
uint32_t JoinedUnit(const ReconcileContext& ctx, const UnitJoins& joins, uint32_t unit);
// Per document, the camp of its home (Fact::story_camp) when its story's articles are set in
// sibling places, at least two of them by ReconcileOptions::home_camp_articles articles each
// over the whole story (setting.cc); empty for the others. Figures of one key are often given
// by a few articles only, too few for their own camps, while the story shows the two scenes.
std::vector<std::string_view> StoryCamps(std::span<const DocumentResult> docs,
                                         const ReconcileOptions& options);
// The camp of `home` in `camps`, or 0.
uint32_t CampOf(const HomeCamps& camps, uint32_t home);

// How strongly two clusters disagree: the gap between them measured against how precise they
// are (a gap of twice the precision or more is as strong as it gets).
double Severity(double gap, double mid_a, double width_a, double mid_b, double width_b);
// The middle of [low, high], or its finite end.
double Mid(double low, double high);

// One numeric finding between figures a and b, told with `why` after the citations; `rate`
// is the figures' rate ("day"), `unclear` the figures that say little against others'. An inconsistency within one article is told only for a full frame.
void Report(const ReconcileContext& ctx, const Group& g, std::string_view rate, Items a, Items b,
            double severity, FindingType type, const Unclear& unclear,
            std::string_view why, std::vector<Finding>& out);

// What a figure says about the world: a state reached, a target (plan or projection), or an
// initial figure. Only these pairs are compared: state/state, target/target, initial/initial,
// and target/state (more already done than the whole target).
enum class Frame { kState, kTarget, kInitial };

inline Frame FrameOf(Modality m) {
  switch (m) {
    case Modality::kPlanned:
    case Modality::kProjected: return Frame::kTarget;
    case Modality::kInitial: return Frame::kInitial;
    case Modality::kUnspecified:
    case Modality::kHappened:
    case Modality::kLatest: return Frame::kState;
  }
  return Frame::kState;
}

// Drops the first figures an article recalls beside the count that went on past them
// ("ursprünglich 8.000 Teilnehmer", then 15,000; "up from more than 300 the previous day"
// beside "at least 600"): the article tells that update itself, and its old figure is no
// reading of what other articles count now, nor of their first figures. A floor is passed
// by a count above its number, and a first figure is taken back by a count wholly below it
// ("Drei Menschen sterben. Zuvor war von vier Toten die Rede"); a figure its own count still
// meets ("nearly 500 at first ... at least 471") is a first figure that was revised.
void DropRecalled(std::vector<Item>& items);

// A later count of at least this share of the earlier is a revision of the same count; a
// smaller scope (one county of a state's toll) cuts deeper.
inline constexpr double kRevisionShare = 0.8;

// The figure a running total is reported at (numeric_time.cc): the middle of a stated
// interval, the lower end of an open one or of an order of magnitude, the upper for "up to".
double Stated(const Fact& x);
// A count the text says rose to its figure ("rose to 14"), not to a floor.
bool RoseTo(const Fact& x);
// A part singled out by a place its frame keeps ("101 missing in Bangkok alone"): a floor of
// the whole, where the story names no other place to set the whole apart from it.
inline bool IsPart(Item x) { return x->claim->value_is_part && x->place != 0; }

// Whether one side's figures all come from a projection and the other's from none, with
// nothing to order the two, or both sides are projections of one evening: stages of one
// count, never a contradiction (numeric_steps.cc).
bool InterimUnordered(const ReconcileContext& ctx, Items a, Items b);

// Steps of a running total the day-by-day reading misses (numeric_steps.cc): an undated
// count between dated ones, one day's counts each told as risen to, and one day's floors of
// different articles a small step apart ("mindestens elf", "mindestens zwölf").
void StepsBesideTheDays(const ReconcileContext& ctx, const Group& g, Items items,
                        const std::vector<Item>& dated, std::vector<Finding>& out);

// A running total (a death toll) reported on different days: each day's highest figure
// against the next day's (see numeric_time.cc). A rate's figures are no running total.
void RunningTotals(const ReconcileContext& ctx, const Group& g, Items items,
                   const Unclear& unclear, std::vector<Finding>& out);

// A floor ("at least 9,057") against another article's higher figure of the same day (see
// numeric_time.cc).
void FloorsBelow(const ReconcileContext& ctx, const Group& g, std::string_view rate, Items items,
                 const Unclear& unclear, std::vector<Finding>& out);

// A named source's ceiling ("bis zu 30.000") against another named source's figure of the
// same time below half of it (see numeric_time.cc).
void CeilingsAbove(const ReconcileContext& ctx, const Group& g, std::string_view rate,
                   Items items, std::vector<Finding>& out);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RECONCILE_NUMERIC_H_
