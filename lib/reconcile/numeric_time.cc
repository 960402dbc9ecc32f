// Numeric findings over time: running totals (a death toll) read day by day, and the
// revisions of measures counted as they go on.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

// The figure a running total is reported at: the middle of a stated interval ("about 1,400",
// "between 4,000 and 5,000"), the lower end of an open one ("at least 296"), the upper end
// for "up to". An order of magnitude ("mehrere Dutzend", "hundreds": an upper end four
// times the lower or more) is reported at its lower end: it says the toll reached that much,
// and its middle would outrank the exact counts beside it.
double Stated(const Fact& x) {
  if (!(x.value.low > 0) || !std::isfinite(x.value.low)) return x.value.high;
  constexpr double kVagueSpan = 4;
  if (!std::isfinite(x.value.high) || x.value.high >= kVagueSpan * x.value.low) {
    return x.value.low;
  }
  return (x.value.low + x.value.high) / 2;
}

// A count the text says rose to its figure ("rose to 14", "auf 14 gestiegen"), not to a
// floor or an order of magnitude.
bool RoseTo(const Fact& x) {
  return x.modality == Modality::kLatest && std::isfinite(x.value.high);
}

namespace {

// A floor of a hundred or more in tens ("more than 1,400") is written round; a smaller or
// odd one ("at least 13") is a count.
bool WrittenRound(double floor) { return floor >= 100 && std::fmod(floor, 10) == 0; }

// How far above a floor written round a count of that day is the same count ("more than
// 1,400" against 1,411).
constexpr double kFloorMargin = 0.1;

// Whether a count is one a floor written round stands for: no more than kFloorMargin above
// it, and rounding down to it at the floor's written precision (its trailing zeros): 1,007
// to "more than 1,000", 3,124 to "more than 3,000", but not 1,700 to "more than 1,600".
bool RoundsDownTo(double count, double floor) {
  if (!WrittenRound(floor) || count < floor || count > floor * (1 + kFloorMargin)) return false;
  double unit = 10;
  while (std::fmod(floor, unit * 10) == 0) unit *= 10;
  return std::floor(count / unit) * unit == floor;
}

}  // namespace

// Whether every figure of both days names its scope alike: the same group ("students") or the
// same place ("Syria"). Then a later, lower count is no smaller scope hidden by the frame.
bool ScopeNamed(Items a, Items b) {
  const Fact& first = *a.front();
  for (Items side : {a, b}) {
    for (Item x : side) {
      const bool group = !first.claim->subject.empty() && x->claim->subject == first.claim->subject;
      const bool place = first.place != 0 && x->place == first.place;
      if (!group && !place) return false;
    }
  }
  return true;
}

bool IsRevisedMeasure(std::span<const std::string> revised, std::string_view unit) {
  return std::find(revised.begin(), revised.end(), unit) != revised.end();
}

namespace {

// Whether two figures have a value in common. Written precision makes intervals that touch
// ("3,3" is [3.25, 3.35], "3,2" [3.15, 3.25]): touching is not meeting, unless a figure is a
// single point.
bool Overlap(Item x, Item y) {
  const double lo = std::max(x->value.low, y->value.low);
  const double hi = std::min(x->value.high, y->value.high);
  const bool point = x->value.low == x->value.high || y->value.low == y->value.high;
  return lo < hi || (lo == hi && point);
}

// Days with very many figures are not paired figure by figure.
constexpr size_t kMaxPairs = 4096;

// Whether some figure of `a` meets some figure of `b`: one of the earlier estimates was the
// later figure already. Days with very many figures are taken to.
bool AnyMeets(Items a, Items b) {
  if (a.empty() || b.empty() || a.size() * b.size() > kMaxPairs) return true;
  for (Item x : a) {
    for (Item y : b) {
      if (Overlap(x, y)) return true;
    }
  }
  return false;
}

// The figures of a revised measure's two days that some figure of the other day does not
// meet: an early projection and the result it was revised to ("16 %" at six, 14.6 % in the
// result), though another, rounder projection ("15 %") holds the result too. Empty when all
// meet, or for days with very many figures.
void RevisedApart(Items earlier, Items later, std::vector<Item>& earlier_apart,
                  std::vector<Item>& later_apart) {
  earlier_apart.clear();
  later_apart.clear();
  if (earlier.size() * later.size() > kMaxPairs) return;
  for (Item x : earlier) {
    if (!std::all_of(later.begin(), later.end(), [x](Item y) { return Overlap(x, y); })) {
      earlier_apart.push_back(x);
    }
  }
  for (Item y : later) {
    if (!std::all_of(earlier.begin(), earlier.end(), [y](Item x) { return Overlap(x, y); })) {
      later_apart.push_back(y);
    }
  }
}

// The figures `counted` takes that are dated to one day (a stated period is not a report of
// a count on a day) and have a figure to read, sorted by day.
template <class Counted>
std::vector<Item> DayDated(const ReconcileContext& ctx, Items items, Counted counted) {
  std::vector<Item> dated;
  for (Item x : items) {
    if (counted(x) && x->has_days() && ctx.Days(*x).begin == ctx.Days(*x).end &&
        std::isfinite(Stated(*x))) {
      dated.push_back(x);
    }
  }
  std::stable_sort(dated.begin(), dated.end(), [&](Item a, Item b) {
    return ctx.Days(*a).begin < ctx.Days(*b).begin;
  });
  return dated;
}

// The figure a day's count is read at (its highest), as a set of one.
Items Highest(Items day) {
  auto top = std::max_element(day.begin(), day.end(),
                              [](Item a, Item b) { return Stated(*a) < Stated(*b); });
  return top == day.end() ? day : day.subspan(top - day.begin(), 1);
}

// One day's figures of a running total against an earlier day's: a rise is an update,
// information; a fall a revision, which contradicts the earlier count; a revised measure
// (a vote share) that changed either way an update, and so is a fall of a count that `falls`
// as people are found (the missing). Returns whether the fall was deep and of
// a scope no slot names: then the later day more likely counts a smaller scope.
bool TellDays(const ReconcileContext& ctx, const Group& g, Items earlier,
              double earlier_top, Items later, double later_top, bool revised, bool falls,
              const Unclear& unclear, std::vector<Finding>& out) {
  const bool rose = later_top > earlier_top;
  const bool fell_as_it_may = !rose && !revised && falls;
  const size_t before = out.size();
  // The later day is read at its highest figure: smaller ones beside it in one article are
  // its parts (each state's toll beside the total), no second reading of it. An earlier
  // article's own two readings still blur what was revised, unless a clear article gives
  // the earlier count, and so does a count an article says was replaced when it is the
  // earlier day's highest.
  const bool clear_top = std::any_of(earlier.begin(), earlier.end(), [&](Item x) {
    return Stated(*x) >= earlier_top &&
           !std::binary_search(unclear.docs.begin(), unclear.docs.end(), x->ref.document);
  });
  Unclear blurred;
  for (Item x : earlier) {
    if (std::binary_search(unclear.docs.begin(), unclear.docs.end(), x->ref.document)) {
      if (!clear_top) blurred.docs.push_back(x->ref.document);
    } else if (Stated(*x) >= earlier_top && unclear.Blurs(x)) {
      blurred.replaced.push_back(x);
    }
  }
  std::sort(blurred.docs.begin(), blurred.docs.end());
  for (uint32_t doc : blurred.docs) blurred.apart.push_back(unclear.Apart(doc));
  std::sort(blurred.replaced.begin(), blurred.replaced.end());
  const bool update = rose || revised || fell_as_it_may;
  Report(ctx, g, {}, earlier, later, update ? 0.3 : 0.6,
         update ? FindingType::kUpdate : FindingType::kContradiction, blurred,
         revised ? "The later figure differs: first figures (projections, early counts) are "
                   "revised as the count goes on (an update)."sv
         : rose  ? "The later count is higher: the total rose between the reports (an update)."sv
         : fell_as_it_may
             ? "The later count is lower: fewer are still missing or in hospital as people "
               "are found or discharged (an update)."sv
             : "The later count is lower, though a running total only grows: a revision "
               "or an error."sv,
         out);
  if (update || ScopeNamed(earlier, later)) return false;
  // A later, lower count is more often of a smaller scope (one county, one cause) than a
  // revision (development set: 4 of 5 such findings), and those cut deep: reported below
  // the default confidence. A small fall whose figures no longer meet (25 arrests, then 24)
  // is the same count revised.
  const bool deep = later_top < kRevisionShare * earlier_top;
  if ((deep || AnyMeets(Highest(earlier), Highest(later))) && out.size() > before) {
    out.back().confidence *= ctx.options().ambiguous_frame_factor;
  }
  return deep;
}


// Whether a day's count (`top`, the highest of `day`) says nothing new against the day
// before's (`previous`, read at `previous_top`), though the two differ. A round earlier
// figure ("some 1,400") holds a later count inside its width (1,410). So does a floor written
// round that the count rounds down to, when it was that day's count ("more than 1,000", then
// 1,007; not "more than 1,600", then 1,700: RoundsDownTo; not "more than 150" beside 154,
// then 159). A later hedged figure holding the earlier count ("nearly 1,000", then "around
// 1,000") tells no rise either; a ceiling ("up to 115") holds any count below it and is none.
bool SaysNothingNew(Items previous, double previous_top, Items day, double top) {
  if (previous.empty()) return false;
  return std::any_of(previous.begin(), previous.end(),
                     [top, previous_top](Item x) {
                       return (x->claim->value_is_estimate && x->value.low <= top &&
                               top <= x->value.high) ||
                              (std::isinf(x->value.high) && x->value.low >= previous_top &&
                               RoundsDownTo(top, x->value.low));
                     }) ||
         std::any_of(day.begin(), day.end(), [&](Item y) {
           return Stated(*y) >= top && y->value.low > 0 && std::isfinite(y->value.high) &&
                  y->value.low <= previous_top && previous_top <= y->value.high;
         });
}

// Whether every figure of a day is a floor below the count already reported ("more than
// 130" after 131): each holds that count, so the day tells no fall and sets no new count.
bool OnlyFloorsUnder(Items day, double previous_top) {
  return std::all_of(day.begin(), day.end(), [previous_top](Item x) {
    return std::isinf(x->value.high) && x->value.low < previous_top;
  });
}

// The exact figures of a floor's article that tell its number again ("At least 70 dead",
// then "the toll has reached 70"): the same count, which a finding on the floor cites too.
void AddTwins(Items day, std::vector<Item>& floors) {
  const size_t n = floors.size();
  for (Item x : day) {
    if (x->value.low != x->value.high) continue;
    for (size_t i = 0; i < n; ++i) {
      if (floors[i]->ref.document == x->ref.document && floors[i]->value.low == x->value.low) {
        floors.push_back(x);
        break;
      }
    }
  }
}

// Whether the reports of a running total on two days count other occasions. Reports years
// apart do (another year's cases, another storm), not one total that went on rising; a toll a
// year on is still the same event's. An election's count is revised for weeks, not months: a
// share an article dates months before is another ballot's (the first round in April, the
// rerun in December); a later article's undated result may still be the one counted then.
bool OtherOccasion(const ReconcileContext& ctx, const Fact& earlier, const Fact& later,
                   bool revised) {
  constexpr int kSameEventDays = 730, kSameCountDays = 60;
  const bool stated = !earlier.dated_by_publication || !later.dated_by_publication;
  return ctx.Days(later).begin - ctx.Days(earlier).begin >
         (revised && stated ? kSameCountDays : kSameEventDays);
}

// The figures of one day of a running total, dated[i, end): the day is compared with the
// day before at its highest figure (top), but what a later day revises is read from the
// articles that read the frame once, when there are any (read): one giving two figures that
// cannot both hold (the toll beside a number of rescued read as dead) sets no count. A
// revised measure's days are compared whole. A part singled out is no count of the whole. A
// count of the year so far beside the day's own count ("the deadliest this year after quakes
// in which 50,000 died") is another period's total: the day is read at its own.
struct DayRead {
  size_t end;
  double top, read;
};
DayRead ReadDay(const ReconcileContext& ctx, const std::vector<Item>& dated, size_t i,
                const Unclear& unclear, bool revised) {
  size_t end = i;
  bool own = false;
  for (; end < dated.size() && ctx.Days(*dated[end]).begin == ctx.Days(*dated[i]).begin; ++end) {
    own = own || dated[end]->to_date == 0;
  }
  double top = -INFINITY, read = -INFINITY;
  double whole = -INFINITY;  // The day's highest figure of the whole, not of a part.
  for (size_t j = i; j < end; ++j) {
    if (own && dated[j]->to_date != 0) continue;
    top = std::max(top, Stated(*dated[j]));
    if (IsPart(dated[j])) continue;
    whole = std::max(whole, Stated(*dated[j]));
    if (!std::binary_search(unclear.docs.begin(), unclear.docs.end(), dated[j]->ref.document)) {
      read = std::max(read, Stated(*dated[j]));
    }
  }
  if (revised || !(read > -INFINITY)) read = whole;
  return {end, top, read};
}

}  // namespace

// A running total (a death toll) reported on different days: each day's highest figure
// against the next day's (TellDays). Only figures dated by their day are taken (a stated
// period is not a report of the toll on a day). After a deep fall (a smaller scope), the next
// whole count is also read against the last one before it.
void RunningTotals(const ReconcileContext& ctx, const Group& g, Items items,
                   const Unclear& unclear, std::vector<Finding>& out) {
  const double tol = ctx.options().numeric_gap_tolerance;
  const bool revised =
      !items.empty() &&
      IsRevisedMeasure(ctx.options().revised_measures, ctx.Name(items.front()->unit));
  const bool falls =
      !items.empty() &&
      IsRevisedMeasure(ctx.options().falling_measures, ctx.Name(items.front()->unit));
  const std::vector<Item> dated = DayDated(ctx, items, [revised](Item x) {
    return x->aspect == Aspect::kCumulative || (revised && x->aspect == Aspect::kLevel);
  });
  if (!revised) StepsBesideTheDays(ctx, g, items, dated, out);
  auto differ = [tol](double a, double b) {
    return std::fabs(a - b) > tol * std::max(std::fabs(a), std::fabs(b));
  };
  // Each day's figures; a finding cites them all (the highest decides), or a revised
  // measure's figures apart from the other day's.
  std::vector<Item> previous, day, peak, earlier_apart, later_apart;  // peak: before a deep fall.
  double previous_top = 0, peak_top = 0;
  for (size_t i = 0; i < dated.size();) {
    const auto [j, top, read] = ReadDay(ctx, dated, i, unclear, revised);
    day.assign(dated.begin() + i, dated.begin() + j);
    i = j;
    if (!previous.empty() && OtherOccasion(ctx, *previous.front(), *day.front(), revised)) {
      previous.clear();
      peak.clear();
    }
    if (!revised && !previous.empty() && OnlyFloorsUnder(day, previous_top)) continue;
    // A revised figure is told with its written precision (29,2 is [29.15, 29.25]): an
    // update is a figure that meets some of the day before's not, not a relative gap.
    const bool covered = SaysNothingNew(previous, previous_top, day, top);
    if (revised) RevisedApart(previous, day, earlier_apart, later_apart);
    const bool changed = revised ? !earlier_apart.empty() : differ(top, previous_top) && !covered;
    if (!previous.empty() && changed &&
        TellDays(ctx, g, revised ? earlier_apart : previous, previous_top,
                 revised ? later_apart : day, top, revised, falls, unclear, out) &&
        peak.empty()) {
      std::tie(peak, peak_top) = std::tuple(previous, previous_top);
    }
    if (!peak.empty() && top >= kRevisionShare * peak_top) {
      if (differ(top, peak_top)) {
        TellDays(ctx, g, peak, peak_top, day, top, revised, falls, unclear, out);
      }
      peak.clear();
    }
    // A part singled out ("101 missing in Bangkok alone") bounds the whole from below on its
    // day, so a later day's count above it may rise from it, but reads no count of the whole:
    // a later whole above it rose from nothing it says.
    std::erase_if(day, IsPart);
    if (day.empty()) continue;
    // A day repeating the count ("45 arrests", then again): a rise is told against both,
    // from the higher of the two ("more than 200,000", then 200,420: a later 218,798 rose
    // from the exact count, which the round floor would hide).
    if (revised || previous.empty() || differ(read, previous_top)) {
      previous.clear();
      previous_top = read;
    } else {
      previous_top = std::max(previous_top, read);
    }
    previous.insert(previous.end(), day.begin(), day.end());
  }
}

// "At least 9,057 dead" against another article's 12,391 of the same day: a floor is the
// count confirmed when it was written, so a higher figure of that day is a later count (an
// update) or, when both sides name their own source, another source's count (a dispute).
// The intervals meet, so the clusters never set them apart.
void FloorsBelow(const ReconcileContext& ctx, const Group& g, std::string_view rate, Items items,
                 const Unclear& unclear, std::vector<Finding>& out) {
  const std::vector<Item> dated =
      DayDated(ctx, items, [](Item x) { return x->aspect == Aspect::kCumulative; });
  std::vector<Item> floors, above;
  std::vector<uint32_t> floor_docs;
  for (size_t i = 0; i < dated.size();) {
    size_t j = i;
    Item top = dated[i];
    for (; j < dated.size() && ctx.Days(*dated[j]).begin == ctx.Days(*dated[i]).begin; ++j) {
      if (Stated(*dated[j]) > Stated(*top)) top = dated[j];
    }
    const Items day = Items(dated).subspan(i, j - i);
    i = j;
    // Well below the other's lowest reading: "more than 1,400" against 1,411 is one count
    // written round, "mindestens 60" against "60 bis 80" the same floor. A count the text
    // says rose to its figure ("auf 14 gestiegen") is the newer one above a floor not
    // written round ("mindestens 13").
    constexpr double kMargin = kFloorMargin;
    auto margin = [](Item newer, double floor) {
      return RoseTo(*newer) && !WrittenRound(floor) ? 0 : kMargin;
    };
    floors.clear();
    above.clear();
    double highest_floor = -INFINITY, lowest_floor = INFINITY;
    for (Item x : day) {
      if (IsPart(x)) continue;  // It says nothing of the whole's count on its day.
      if (std::isinf(x->value.high) &&
          x->value.low < top->value.low / (1 + margin(top, x->value.low)) &&
          x->ref.document != top->ref.document) {
        floors.push_back(x);
        highest_floor = std::max(highest_floor, x->value.low);
        lowest_floor = std::min(lowest_floor, x->value.low);
      }
    }
    if (floors.empty()) continue;
    floor_docs.clear();
    for (Item x : floors) floor_docs.push_back(x->ref.document);
    std::sort(floor_docs.begin(), floor_docs.end());
    // Each floor is passed by the counts above it, not only the highest: "at least 6" in the
    // morning, "rose to 9" at noon, "at least 12" and 15 at night; 9 passed the first floor.
    for (Item y : day) {
      if (y->value.low > lowest_floor * (1 + margin(y, lowest_floor)) &&
          !std::binary_search(floor_docs.begin(), floor_docs.end(), y->ref.document)) {
        above.push_back(y);
      }
    }
    if (above.empty()) continue;
    // Without words that say so, a higher exact figure of that day is as often of a wider
    // scope (both fires, both states) as a later count: "rose to" tells it is the newer
    // count, and so does a higher floor ("at least 32", then "at least 36": what was
    // confirmed so far went up), among the counts above or the day's floors themselves
    // ("at least one" in the night, "at least two" in the morning). A floor written round
    // ("more than 1,500") is itself a count of its moment rounded down, which a count well
    // above it went on from. So is a floor far below the count ("at least two killed" in the
    // first hour, sixteen by the evening): a wider scope seldom multiplies a toll by four.
    constexpr double kFarAbove = 4;
    const bool dispute = ctx.TypeOf(floors, above) == FindingType::kDispute;
    const bool newer = WrittenRound(highest_floor) ||
                       highest_floor > lowest_floor * (1 + kMargin) ||
                       std::any_of(above.begin(), above.end(), [highest_floor](Item y) {
                         return y->modality == Modality::kLatest || std::isinf(y->value.high) ||
                                y->value.low >= kFarAbove * highest_floor;
                       });
    if (!dispute && !newer) continue;
    AddTwins(day, floors);
    Report(ctx, g, rate, floors, above, 0.3, dispute ? FindingType::kDispute : FindingType::kUpdate,
           unclear,
           dispute ? "The floor of one count is below the other's figure of the same day."sv
                   : "The later count is higher: the total rose past the floor first given (an "
                     "update)."sv,
           out);
  }
}

}  // namespace crosscheck::internal
