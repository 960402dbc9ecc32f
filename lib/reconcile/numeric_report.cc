// How a numeric finding is told: how strong the disagreement is, what the figures count, and
// how sure the finding is when frames are known on one side only.
#include <algorithm>
#include <cmath>

#include "lib/reconcile/numeric.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

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

namespace {

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
    // "distance from Zagreb": a measure that ends in its own preposition takes no "of".
    e += what.ends_with("_from") ? " "sv : " of "sv;
    AppendHumanName(e, c.subject);
  }
  if (!c.place.empty()) {
    e += " in "sv;
    AppendHumanName(e, c.place);
  }
  if (rate == "war") {
    e += " over the whole war"sv;  // rates.tsv: "seit Kriegsbeginn", "since the war began".
  } else if (!rate.empty()) {
    e += " per "sv;
    for (const char ch : rate) e += ch == '_' ? ' ' : ch;  // "square_metre".
  }
}

// Whether a within-article pair is worth telling: the same frame in full (whose figure it is
// known, both counted nouns read from the table, not guessed). Figures of different things
// or a figure and its breakdown in one article mostly differ in a slot the text leaves
// implicit, so anything less is not reported; so is a figure with its place beside one
// without (a city's share beside the state's).
bool FullFrame(Items a, Items b) {
  for (const Items side : {a, b}) {
    for (Item x : side) {
      if (x->claim->subject.empty() || x->confidence < 0.9 || x->place != a.front()->place) {
        return false;
      }
    }
  }
  return true;
}

// A figure stated to its unit or its written decimal ("53.993 Finisher", "14,6 Prozent"):
// not rounded ("rund 50"), not a range or an open end.
bool StatedExactly(Item x) {
  const double width = x->value.high - x->value.low;
  constexpr double kDecimal = 0.1, kShare = 0.01;
  constexpr double kSlack = 1.001;  // "7,5" is [7.45, 7.55): its width is 0.1 up to rounding.
  return !x->claim->value_is_estimate && std::isfinite(width) &&
         width <= kSlack * std::max(kDecimal, kShare * std::fabs(x->value.high));
}

// Whether a document's own two readings leave its figure standing against another
// article's: when they lie at least a third apart, the article counts two things of
// different size (the main shock and an aftershock, all finishers and the women among them,
// a state's share and a city's), and another article's exactly stated figure within 1 % of
// its own exact one is a second count of the same thing, not of the other.
bool StandsApart(const Unclear& unclear, uint32_t doc, bool close_exact) {
  constexpr double kApart = 1.0 / 3;
  return close_exact && unclear.Apart(doc) >= kApart;
}

// Whether the figures of both sides are all stated exactly and differ by no more than a few
// units of their last written digit (7,5 against 7,6; 70 against 72), and by 3 % at most:
// two readings of one count, the writers' last digit, not two things of different size an
// unclear article also counts (a subgroup, another match, an aftershock lie further off).
// Not for a revised measure (a vote share): its close figures are stages of the count, the
// projections of election night and then the result.
bool NearInLastDigit(const ReconcileContext& ctx, Items a, Items b) {
  constexpr double kDigits = 3, kShare = 0.03;
  constexpr double kSlack = 1.001;  // A written decimal's width is its digit up to rounding.
  double low = INFINITY, high = -INFINITY, digit = 0;
  for (const Items side : {a, b}) {
    for (Item x : side) {
      if (!StatedExactly(x) ||
          IsRevisedMeasure(ctx.options().revised_measures, ctx.Name(x->unit))) {
        return false;
      }
      // A count is stated to its unit; a written decimal to its width.
      const double width = x->value.high - x->value.low;
      digit = std::max(digit, width > 0 ? width : 1.0);
      const double m = Mid(x->value.low, x->value.high);
      low = std::min(low, m);
      high = std::max(high, m);
    }
  }
  return high - low <= kSlack * kDigits * digit &&
         high - low <= kShare * std::max(std::fabs(low), std::fabs(high));
}

// Whether the figures of both sides are all stated exactly and lie within 1 % of each other.
bool CloseAndExact(Items a, Items b) {
  constexpr double kClose = 0.01;
  double low = INFINITY, high = -INFINITY;
  for (const Items side : {a, b}) {
    for (Item x : side) {
      if (!StatedExactly(x)) return false;
      const double m = Mid(x->value.low, x->value.high);
      low = std::min(low, m);
      high = std::max(high, m);
    }
  }
  return high - low <= kClose * std::max(std::fabs(low), std::fabs(high));
}

}  // namespace

void Report(const ReconcileContext& ctx, const Group& g, std::string_view rate, Items a, Items b,
            double severity, FindingType type, const Unclear& unclear,
            std::string_view why, std::vector<Finding>& out) {
  if (type != FindingType::kUpdate) type = ctx.TypeOf(a, b);
  if (type == FindingType::kInconsistency && !FullFrame(a, b)) return;
  const Claim& first = *a.front()->claim;
  // Whose figures these are, or where they hold, is unknown for some: the pair may count
  // different groups or places.
  bool place_unknown = false;
  for (const Items side : {a, b}) {
    for (Item x : side) place_unknown = place_unknown || x->place != a.front()->place;
  }
  if (first.subject.empty() || place_unknown) severity = std::min(severity, 0.8);
  Finding& f = ctx.NewFinding(out, FindingKind::kNumeric, g, severity, a, b, 80);
  f.type = type;
  // An article that itself gives two incompatible figures for one frame is counting two
  // things the frame does not tell apart (all victims and the children among them, two
  // matches' audiences): its figures say little against another article's; so does a count
  // the article itself says was replaced ("the toll rose from 41 to 49").
  // A running total's reports are read day by day, highest first: another, smaller figure
  // of the same day in one article (a county's toll beside the state's) does not blur them.
  if (type != FindingType::kInconsistency && type != FindingType::kUpdate) {
    const bool close_exact = CloseAndExact(a, b);
    bool blurred = false;
    const bool near = NearInLastDigit(ctx, a, b);
    for (const Items side : {a, b}) {
      for (Item x : side) {
        blurred = blurred || unclear.Replaced(x) ||
                  (unclear.UnclearAt(ctx, x) && !near &&
                   !StandsApart(unclear, x->ref.document, close_exact));
      }
    }
    if (blurred) f.confidence *= ctx.options().ambiguous_frame_factor;
  }
  // A running total is told with and without its place ("in Myanmar") from day to day; the
  // split of places already keeps two named places apart.
  if (place_unknown && !unclear.settled && type != FindingType::kUpdate) {
    f.confidence *= ctx.options().unknown_slot_factor;
  }
  std::string& e = f.explanation;
  e += "Figures for "sv;
  AppendWhat(e, g, first, rate);
  e += ": "sv;
  ctx.CiteTo(e, a);
  e += " against "sv;
  ctx.CiteTo(e, b);
  e += ". "sv;
  e += why;
  if (type == FindingType::kDispute) {
    e += " The sources disagree."sv;
  } else if (type == FindingType::kInconsistency) {
    e += " The article contradicts itself."sv;
  } else if (f.same_source) {
    e += " One source contradicts itself."sv;
  }
}

}  // namespace crosscheck::internal
