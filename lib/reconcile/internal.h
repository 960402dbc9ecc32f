// Shared pieces of the reconciler: claim access, clustering, and how findings are told.
#ifndef CROSSCHECK_LIB_RECONCILE_INTERNAL_H_
#define CROSSCHECK_LIB_RECONCILE_INTERNAL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/options.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

// What the comparisons and citations read of a claim, copied while the claims are read in
// order and then laid out group by group: the work per key reads a small contiguous array
// instead of claims (about 800 bytes each) scattered over memory, where every access missed.
struct Fact {
  const Claim* claim;  // What a citation quotes comes from it (ReconcileContext::Words).
  ClaimRef ref;
  uint32_t group;  // Number of the claim's key.
  // kDate: the claim's days; other kinds: its time frame. 1 + index in ReconcileContext::Days,
  // 0 for none: most claims have none, and a DateRange would double the size of a fact.
  uint32_t days;
  double confidence;
  Interval value;  // kQuantity, kMoney.
  // Interned names (ReconcileContext::Name): equal ids, equal strings. `unit` is a role's
  // office for kRole.
  uint32_t unit;
  uint32_t rate;
  uint32_t source;
  uint32_t place;
  uint32_t home;  // Where the article of a figure (or camp's date) naming no place is set.
  // A byte each: every compared claim has a fact, and the facts are most of what
  // reconciliation holds and reads.
  ClaimKind kind : 8;
  Modality modality : 8;
  Aspect aspect : 8;
  bool dated_by_publication : 1;  // `days` is the article's publication day, no stated date.
  bool interim : 1;  // Claim::value_is_interim: a projection's or a partial count's figure.
  bool projection_report : 1;  // Claim::value_in_projection_report.
  bool story_camp : 1;  // `home` is the camp of the article's home over its story (StoryCamps).
  // The period counted up to the article's day ("so far this year", "seit Jahresbeginn"):
  // 1 the month so far, 2 the year so far, 0 none. `days` are then its report's days.
  uint8_t to_date : 2;

  bool has_days() const { return days != 0; }
};

// The claims of one side of a finding.
using Sides = std::span<const Fact* const>;

struct Group {
  std::string_view key;  // Points into the key index, which outlives the group's work.
  Sides facts;           // In reading order.
};

class ReconcileContext {
 public:
  // `names` are the interned names, `ranks` their places in sorted order, `human` how people
  // read them, `days` the facts' days.
  ReconcileContext(std::span<const DocumentResult> docs, const ReconcileOptions& options,
                   const std::vector<std::string_view>& names, const std::vector<uint32_t>& ranks,
                   const std::vector<std::string>& human, const std::vector<DateRange>& days)
      : docs_(docs), options_(options), names_(names), ranks_(ranks), human_(human), days_(days) {}
  const DocumentResult& doc(ClaimRef r) const { return docs_[r.document]; }
  const ReconcileOptions& options() const { return options_; }
  // An interned unit, rate or source; 0 is the empty name.
  std::string_view Name(uint32_t id) const { return names_[id]; }
  // The same as AppendHumanName writes it, written once per name instead of once per citation.
  std::string_view HumanName(uint32_t id) const { return human_[id]; }
  // Orders names as their strings do, without comparing them.
  uint32_t NameRank(uint32_t id) const { return ranks_[id]; }
  // A fact's days; only for a fact that has_days().
  const DateRange& Days(const Fact& f) const { return days_[f.days - 1]; }

  // Appends a finding of `kind` about the group's key between sides a and b, with all but its
  // explanation: severity, sides, type, confidence and same_source. Every check starts its
  // findings here; the explanation is reserved at about its size (`extra`: bytes beyond the
  // citations) for the check to write.
  Finding& NewFinding(std::vector<Finding>& out, FindingKind kind, const Group& g, double severity,
                      Sides a, Sides b, size_t extra = 0) const;
  // What two sides that disagree are: one article against itself (an inconsistency), two
  // named sources (a dispute), else a contradiction between articles.
  FindingType TypeOf(Sides a, Sides b) const;
  static constexpr size_t kMaxCited = 3;  // Claims quoted per side; the rest are counted.
  // About the length of an explanation citing both sides, so that it is allocated once.
  size_t ExplanationSize(Sides a, Sides b) const;
  // Appends "de_01 (2024-10-23, according to South Korea) “1.500 Soldaten”" for each claim of
  // a side (the first three, then "and N more"). Explanations are built in place, without
  // temporaries.
  void CiteTo(std::string& out, Sides side) const;
  // What a citation of `f` quotes: the quotation, else the claim's words.
  std::string_view Words(const Fact& f) const;

 private:
  std::span<const DocumentResult> docs_;
  const ReconcileOptions& options_;
  const std::vector<std::string_view>& names_;
  const std::vector<uint32_t>& ranks_;
  const std::vector<std::string>& human_;
  const std::vector<DateRange>& days_;
};

// Appends a key as people read it: "south_korea" -> "South Korea", "a+b" -> "A and B".
void AppendHumanName(std::string& out, std::string_view key);

// Appends 12,000 / 3.5 / 1.2 million, or an interval of them, for explanations.
void AppendNumber(std::string& out, double v);
void AppendInterval(std::string& out, const Interval& i);

// A set of day ranges, sorted by start with the latest end so far, so that whether any of them
// meets a range is one binary search (numeric_sides.cc).
class DayCover {
 public:
  explicit DayCover(std::vector<DateRange> ranges);
  bool Meets(const DateRange& d) const;

 private:
  std::vector<DateRange> ranges_;
};

// Whether `unit` is one of ReconcileOptions::revised_measures (a vote share, a turnout).
bool IsRevisedMeasure(std::span<const std::string> revised, std::string_view unit);

void ReconcileNumeric(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out);
void ReconcileQuotes(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out);
void ReconcileRoles(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out);
void ReconcileDates(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_RECONCILE_INTERNAL_H_
