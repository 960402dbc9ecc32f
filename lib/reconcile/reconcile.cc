#include "lib/reconcile/reconcile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <tuple>

#include "fmt/compile.h"
#include "fmt/format.h"
#include "lib/reconcile/internal.h"
#include "lib/text/hashed_map.h"
#include "lib/text/string_map.h"

namespace crosscheck::internal {

void AppendNumber(std::string& out, double v) {
  if (std::isinf(v)) {
    out += v > 0 ? "∞" : "−∞";
    return;
  }
  const double a = std::fabs(v);
  if (a >= 1e9 && std::fmod(a, 1e7) == 0) {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE("{:g} billion"), v / 1e9);
  } else if (a >= 1e6 && std::fmod(a, 1e4) == 0) {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE("{:g} million"), v / 1e6);
  } else if (v == std::floor(v) && a < 1e15) {
    // Below 10^15 a whole number is exact as an integer: its digits without a float format.
    char digits[24];
    const size_t n = std::to_chars(digits, digits + sizeof digits, static_cast<uint64_t>(a)).ptr - digits;
    if (v < 0) out.push_back('-');
    for (size_t i = 0; i < n; ++i) {
      if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
  } else {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE("{:.4g}"), v);
  }
}

void AppendInterval(std::string& out, const Interval& i) {
  if (i.low == i.high) return AppendNumber(out, i.low);
  out.push_back(i.low_open ? '(' : '[');
  AppendNumber(out, i.low);
  out += ", ";
  AppendNumber(out, i.high);
  out.push_back(i.high_open ? ')' : ']');
}

void ReconcileContext::Finish(Finding& f) const {
  double a = 0, b = 0;
  for (ClaimRef r : f.side_a) a = std::max(a, claim(r).confidence);
  for (ClaimRef r : f.side_b) b = std::max(b, claim(r).confidence);
  f.confidence = std::min(a, b);
  // One source contradicting itself: every claim from the same document, or all naming the
  // same source.
  bool one_document = true, one_source = true;
  const ClaimRef first = f.side_a.empty() ? f.side_b.front() : f.side_a.front();
  const std::string& source = claim(first).source;
  for (const auto* side : {&f.side_a, &f.side_b}) {
    for (ClaimRef r : *side) {
      one_document = one_document && r.document == first.document;
      one_source = one_source && claim(r).source == source;
    }
  }
  f.same_source = one_document || (one_source && !source.empty());
}

void ReconcileContext::CiteTo(std::string& out, const std::vector<ClaimRef>& side) const {
  constexpr size_t kMaxCited = 3;
  for (size_t i = 0; i < side.size() && i < kMaxCited; ++i) {
    const Claim& c = claim(side[i]);
    if (i) out += "; ";
    out += doc(side[i]).id;
    if (!c.source.empty()) {
      out += " (source: ";
      out += c.source;
      out += ')';
    }
    out += " “";
    out += c.kind == ClaimKind::kQuote ? std::string_view(c.content) : Words(side[i]);
    out += "”";
  }
  if (side.size() > kMaxCited) {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE(" and {} more"), side.size() - kMaxCited);
  }
}

std::vector<Finding> Reconcile(const std::vector<DocumentResult>& documents,
                               const ReconcileOptions& options) {
  // Claims meet only through their key: one pass numbers the keys (an open-addressing table),
  // a second lays each group's claims out in one flat array; nothing compares across keys.
  HashedMap<uint32_t> index;  // Key -> 1 + group number.
  std::vector<Group> groups;
  std::vector<uint32_t> group_of;  // Per claim in reading order; 0: no key.
  std::vector<uint32_t> sizes;
  size_t total = 0;
  for (const DocumentResult& d : documents) total += d.claims.size();
  group_of.reserve(total);
  for (const DocumentResult& d : documents) {
    for (const Claim& c : d.claims) {
      if (c.key.empty()) {
        group_of.push_back(0);
        continue;
      }
      uint32_t& g = index[c.key];
      if (g == 0) {
        groups.push_back({c.key, {}});
        sizes.push_back(0);
        g = static_cast<uint32_t>(groups.size());
      }
      ++sizes[g - 1];
      group_of.push_back(g);
    }
  }
  std::vector<size_t> offset(groups.size() + 1, 0);
  for (size_t g = 0; g < groups.size(); ++g) offset[g + 1] = offset[g] + sizes[g];
  std::vector<ClaimRef> flat(offset.back());
  {
    std::vector<size_t> next(offset.begin(), offset.end() - 1);
    size_t i = 0;
    for (uint32_t d = 0; d < documents.size(); ++d) {
      for (uint32_t c = 0; c < documents[d].claims.size(); ++c, ++i) {
        if (group_of[i] != 0) flat[next[group_of[i] - 1]++] = {d, c};
      }
    }
  }
  for (size_t g = 0; g < groups.size(); ++g) {
    groups[g].refs = std::span<const ClaimRef>(flat.data() + offset[g], sizes[g]);
  }
  const ReconcileContext ctx(documents, options);
  std::vector<Finding> findings;
  std::shared_ptr<const QuoteLexicon> quote_lexicon;  // Built at the first quote group.
  for (const Group& g : groups) {
    if (g.refs.size() < 2) continue;
    const ClaimKind kind = documents[g.refs[0].document].claims[g.refs[0].claim].kind;
    switch (kind) {
      case ClaimKind::kQuantity:
      case ClaimKind::kMoney:
        if (options.check_numeric) ReconcileNumeric(ctx, g, findings);
        break;
      case ClaimKind::kQuote:
        if (!options.check_quote) break;
        if (!quote_lexicon) quote_lexicon = MakeQuoteLexicon(options);
        ReconcileQuotes(ctx, *quote_lexicon, g, findings);
        break;
      case ClaimKind::kRole:
        if (options.check_role) ReconcileRoles(ctx, g, findings);
        break;
      case ClaimKind::kDate:
        if (options.check_date) ReconcileDates(ctx, g, findings);
        break;
    }
  }
  std::erase_if(findings, [&](const Finding& f) { return f.severity < options.min_severity; });
  // Deterministic order, independent of hashing: most severe first.
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    if (const int k = a.key.compare(b.key); k != 0) return k < 0;
    const ClaimRef fa = a.side_a.empty() ? ClaimRef{} : a.side_a.front();
    const ClaimRef fb = b.side_a.empty() ? ClaimRef{} : b.side_a.front();
    return fa < fb;
  });
  return findings;
}

}  // namespace crosscheck::internal
