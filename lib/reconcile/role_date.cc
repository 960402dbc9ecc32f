// Role findings (one person, incompatible offices) and date findings (one event, days that
// exclude each other).
#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

#include "absl/time/civil_time.h"
#include "fmt/compile.h"
#include "fmt/format.h"
#include "lib/reconcile/internal.h"

namespace crosscheck::internal {
namespace {

// "foreign_minister" names an office without saying whose; it fits "ukraine_foreign_minister".
bool RolesCompatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  auto ends_with = [](const std::string& s, const std::string& suffix) {
    return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0 &&
           s[s.size() - suffix.size() - 1] == '_';
  };
  return ends_with(a, b) || ends_with(b, a);
}

}  // namespace

void ReconcileRoles(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out) {
  std::map<std::string, std::vector<ClaimRef>> by_role;
  for (ClaimRef r : g.refs) {
    const Claim& c = ctx.claim(r);
    if (c.kind == ClaimKind::kRole && !c.role.empty()) by_role[c.role].push_back(r);
  }
  constexpr size_t kMaxRoles = 16;  // A person with more roles than this is a data problem.
  if (by_role.size() < 2 || by_role.size() > kMaxRoles) return;
  for (auto a = by_role.begin(); a != by_role.end(); ++a) {
    for (auto b = std::next(a); b != by_role.end(); ++b) {
      if (RolesCompatible(a->first, b->first)) continue;
      Finding f;
      f.kind = FindingKind::kRole;
      f.key = std::string(g.key);
      f.severity = 0.75;
      f.side_a = a->second;
      f.side_b = b->second;
      ctx.Finish(f);
      std::string& e = f.explanation;
      e.reserve(320);
      e += ctx.claim(f.side_a.front()).person;
      e += " is called ";
      e += a->first;
      e += " in ";
      ctx.CiteTo(e, f.side_a);
      e += " but ";
      e += b->first;
      e += " in ";
      ctx.CiteTo(e, f.side_b);
      e += ": one person cannot hold both offices at once";
      out.push_back(std::move(f));
    }
  }
}

void ReconcileDates(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out) {
  struct Item {
    ClaimRef ref;
    absl::CivilDay begin, end;
  };
  std::vector<Item> items;
  for (ClaimRef r : g.refs) {
    const Claim& c = ctx.claim(r);
    if (c.kind == ClaimKind::kDate && c.date) items.push_back({r, c.date->begin, c.date->end});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.begin, a.end, a.ref.document, a.ref.claim) <
           std::tie(b.begin, b.end, b.ref.document, b.ref.claim);
  });
  // Clusters of days with a common overlap; consecutive clusters exclude each other.
  struct Cluster {
    std::vector<ClaimRef> refs;
    absl::CivilDay begin, end;  // Common overlap.
  };
  std::vector<Cluster> clusters;
  for (const Item& it : items) {
    if (!clusters.empty() && it.begin <= clusters.back().end) {
      Cluster& c = clusters.back();
      c.refs.push_back(it.ref);
      c.begin = std::max(c.begin, it.begin);
      c.end = std::min(c.end, it.end);
    } else {
      clusters.push_back({{it.ref}, it.begin, it.end});
    }
  }
  for (size_t i = 0; i + 1 < clusters.size(); ++i) {
    const Cluster& a = clusters[i];
    const Cluster& b = clusters[i + 1];
    const long gap = static_cast<long>(b.begin - a.end);
    Finding f;
    f.kind = FindingKind::kDate;
    f.key = std::string(g.key);
    f.severity = gap >= 3 ? 0.8 : 0.55;  // A day or two apart may be time zones or reporting.
    f.side_a = a.refs;
    f.side_b = b.refs;
    ctx.Finish(f);
    std::string& e = f.explanation;
    e.reserve(320);
    e += g.key;
    e += ": ";
    ctx.CiteTo(e, f.side_a);
    e += " vs ";
    ctx.CiteTo(e, f.side_b);
    fmt::format_to(std::back_inserter(e), FMT_COMPILE(": {} – {} and {} – {} do not overlap ({} days apart)"),
                   absl::FormatCivilTime(a.begin), absl::FormatCivilTime(a.end),
                   absl::FormatCivilTime(b.begin), absl::FormatCivilTime(b.end), gap);
    out.push_back(std::move(f));
  }
}

}  // namespace crosscheck::internal
