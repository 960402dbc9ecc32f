// Role findings (one person, incompatible offices) and date findings (one event, days that
// exclude each other).
#include <algorithm>
#include <iterator>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/time/civil_time.h"
#include "fmt/compile.h"
#include "fmt/format.h"
#include "lib/base/days.h"
#include "lib/reconcile/internal.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

namespace {

// "foreign_minister" names an office without saying whose; it fits "ukraine_foreign_minister".
bool RolesCompatible(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto ends_with = [](std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0 &&
           s[s.size() - suffix.size() - 1] == '_';
  };
  return ends_with(a, b) || ends_with(b, a);
}

// What absl::FormatCivilTime writes (the year as a number, then "-MM-DD"), without going
// through a time zone; a day of unknown year as FormatDay writes it ("--10-25").
void AppendDay(std::string& out, absl::CivilDay d) {
  if (!YearKnown(d)) {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE("--{:02}-{:02}"), d.month(), d.day());
    return;
  }
  fmt::format_to(std::back_inserter(out), FMT_COMPILE("{}-{:02}-{:02}"), d.year(), d.month(),
                 d.day());
}

struct DatedFact {
  DateRange days;
  const Fact* fact;
};

// Whether a date is written in digits alone with a day and a month that could change places
// ("11-03-2011", "4/5"): British and American writers read it in opposite orders.
bool EitherOrder(const ReconcileContext& ctx, const DatedFact& x) {
  const absl::CivilDay d = x.days.begin;
  if (x.days.end != d || d.day() > 12 || d.day() == d.month()) return false;
  const std::string_view w = ctx.Words(*x.fact);
  return std::none_of(w.begin(), w.end(), [](char c) {
    return absl::ascii_isalpha(c) || static_cast<unsigned char>(c) >= 0x80;  // Or a letter's byte.
  });
}

// A digits-only date whose day and month could change places is read in the order in which
// it meets the other dates of its group, when only that one does: "11-03-2011" beside "11
// March 2011" is that day, written day first, not 3 November. (A contradiction between day
// and month swapped is a writer's order far more often than two events.)
void ReadInTheirOrder(const ReconcileContext& ctx, std::vector<DatedFact>& items) {
  std::vector<DateRange> plain;  // The dates no order question hangs over.
  std::vector<size_t> either;
  for (size_t i = 0; i < items.size(); ++i) {
    if (EitherOrder(ctx, items[i])) {
      either.push_back(i);
    } else {
      plain.push_back(items[i].days);
    }
  }
  if (either.empty() || plain.empty()) return;
  const DayCover cover(std::move(plain));
  auto met = [&cover](absl::CivilDay day) { return cover.Meets({day, day}); };
  for (size_t i : either) {
    const absl::CivilDay d = items[i].days.begin;
    const absl::CivilDay swapped(d.year(), d.day(), d.month());
    if (!met(d) && met(swapped)) items[i].days = {swapped, swapped};
  }
}

// The group's dates in order of their days. A day of unknown year ("am 25. Oktober" with no
// date to anchor it) compares by month and day only: when the group has one, every date is
// read in the unknown year, and a full date that spans a new year is left out.
std::vector<DatedFact> SortedDays(const ReconcileContext& ctx, const Group& g) {
  std::vector<DatedFact> items;
  bool month_day = false;
  for (const Fact* f : g.facts) {
    if (f->kind != ClaimKind::kDate || !f->has_days()) continue;
    items.push_back({ctx.Days(*f), f});
    month_day = month_day || !YearKnown(ctx.Days(*f).begin);
  }
  ReadInTheirOrder(ctx, items);
  if (month_day) {
    std::erase_if(items, [](const DatedFact& x) {
      return YearKnown(x.days.begin) && x.days.begin.year() != x.days.end.year();
    });
    for (DatedFact& x : items) {
      x.days = {absl::CivilDay(kUnknownYear, x.days.begin.month(), x.days.begin.day()),
                absl::CivilDay(kUnknownYear, x.days.end.month(), x.days.end.day())};
    }
  }
  std::sort(items.begin(), items.end(), [](const DatedFact& a, const DatedFact& b) {
    return std::tie(a.days.begin, a.days.end, a.fact->ref.document, a.fact->ref.claim) <
           std::tie(b.days.begin, b.days.end, b.fact->ref.document, b.fact->ref.claim);
  });
  return items;
}

// The findings between `items`' days, in order; between two clusters of dates of articles of no
// camp only when `campless` (ReconcileDates).
void DatesOf(const ReconcileContext& ctx, const Group& g, std::span<const DatedFact> items,
             bool campless, std::vector<Finding>& out) {
  // Clusters of days with a common overlap; consecutive clusters exclude each other.
  struct Cluster {
    std::vector<const Fact*> items;
    absl::CivilDay begin, end;  // Common overlap.
  };
  std::vector<Cluster> clusters;
  for (const auto& [days, it] : items) {
    if (!clusters.empty() && days.begin <= clusters.back().end) {
      Cluster& c = clusters.back();
      c.items.push_back(it);
      c.begin = std::max(c.begin, days.begin);
      c.end = std::min(c.end, days.end);
    } else {
      clusters.push_back({{it}, days.begin, days.end});
    }
  }
  for (size_t i = 0; i + 1 < clusters.size(); ++i) {
    const Cluster& a = clusters[i];
    const Cluster& b = clusters[i + 1];
    auto camp = [](const Cluster& c) {
      return std::any_of(c.items.begin(), c.items.end(), [](const Fact* f) { return f->story_camp; });
    };
    if (!campless && !camp(a) && !camp(b)) continue;
    const long gap = static_cast<long>(b.begin - a.end);
    const double severity = gap >= 3 ? 0.8 : 0.55;  // A day or two apart: time zones, reporting.
    std::string& e =
        ctx.NewFinding(out, FindingKind::kDate, g, severity, a.items, b.items).explanation;
    // The key is date/<event>/<subject>: the event is what the dates are of.
    const std::string_view key = g.key;
    const size_t slash = key.find('/'), second = key.find('/', slash + 1);
    e += "Dates of the "sv;
    for (char ch :
         key.substr(slash + 1, second == std::string_view::npos ? second : second - slash - 1)) {
      e.push_back(ch == '_' ? ' ' : ch);
    }
    e += ": "sv;
    ctx.CiteTo(e, a.items);
    e += " against "sv;
    ctx.CiteTo(e, b.items);
    e += ". "sv;
    AppendDay(e, a.begin);
    if (a.end != a.begin) {
      e += " to "sv;
      AppendDay(e, a.end);
    }
    e += " and "sv;
    AppendDay(e, b.begin);
    if (b.end != b.begin) {
      e += " to "sv;
      AppendDay(e, b.end);
    }
    fmt::format_to(std::back_inserter(e), FMT_COMPILE(" do not overlap ({} days apart)."), gap);
  }
}

}  // namespace

void ReconcileRoles(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out) {
  // The person's claims by office (in the order of the offices' names), in reading order.
  std::vector<const Fact*> roles;
  roles.reserve(g.facts.size());
  for (const Fact* f : g.facts) {
    if (f->kind == ClaimKind::kRole && f->unit != 0) roles.push_back(f);
  }
  std::sort(roles.begin(), roles.end(), [&](const Fact* a, const Fact* b) {
    return std::make_tuple(ctx.NameRank(a->unit), a->ref.document, a->ref.claim) <
           std::make_tuple(ctx.NameRank(b->unit), b->ref.document, b->ref.claim);
  });
  std::vector<Sides> by_role;
  for (size_t i = 0; i < roles.size();) {
    size_t j = i + 1;
    while (j < roles.size() && roles[j]->unit == roles[i]->unit) ++j;
    by_role.push_back(Sides(roles).subspan(i, j - i));
    i = j;
  }
  constexpr size_t kMaxRoles = 16;  // A person with more roles than this is a data problem.
  if (by_role.size() < 2 || by_role.size() > kMaxRoles) return;
  for (size_t i = 0; i < by_role.size(); ++i) {
    for (size_t j = i + 1; j < by_role.size(); ++j) {
      const auto a = by_role[i], b = by_role[j];
      const std::string_view role_a = ctx.Name(a.front()->unit), role_b = ctx.Name(b.front()->unit);
      if (RolesCompatible(role_a, role_b)) continue;
      std::string& e = ctx.NewFinding(out, FindingKind::kRole, g, 0.75, a, b).explanation;
      AppendHumanName(e, a.front()->claim->role().person);
      e += " is called "sv;
      e += ctx.HumanName(a.front()->unit);
      e += " in "sv;
      ctx.CiteTo(e, a);
      e += " but "sv;
      e += ctx.HumanName(b.front()->unit);
      e += " in "sv;
      ctx.CiteTo(e, b);
      e += ". One person cannot hold both offices at once."sv;
    }
  }
}

void ReconcileDates(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out) {
  std::vector<DatedFact> all = SortedDays(ctx, g);
  // Once the story has camps (StoryCamps), a camp's dates meet only its own and those of
  // articles of no camp: the days two cities were struck are two events.
  std::vector<uint32_t> camps;
  for (const DatedFact& x : all) {
    if (x.fact->story_camp) camps.push_back(x.fact->home);
  }
  // In the order of their names, as the findings' order needs.
  std::sort(camps.begin(), camps.end(),
            [&](uint32_t a, uint32_t b) { return ctx.NameRank(a) < ctx.NameRank(b); });
  camps.erase(std::unique(camps.begin(), camps.end()), camps.end());
  if (camps.empty()) {
    DatesOf(ctx, g, all, true, out);
    return;
  }
  std::vector<DatedFact> some;
  for (const uint32_t camp : camps) {
    some.clear();
    // Dates of no camp against each other are told once, with the first camp's.
    for (const DatedFact& x : all) {
      if (!x.fact->story_camp || x.fact->home == camp) some.push_back(x);
    }
    DatesOf(ctx, g, some, camp == camps.front(), out);
  }
}

}  // namespace crosscheck::internal
