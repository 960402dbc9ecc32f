#include "crosscheck/reconcile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "fmt/compile.h"
#include "fmt/format.h"
#include "lib/reconcile/internal.h"
#include "lib/base/hashed_map.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

void AppendNumber(std::string& out, double v) {
  if (std::isinf(v)) {
    out += v > 0 ? "∞" : "−∞";
    return;
  }
  const double a = std::fabs(v);
  // std::to_chars with a precision writes what printf's %g (and fmt's {:g}) writes, faster.
  auto general = [&out](double x, int precision) {
    char buf[32];
    out.append(buf,
               std::to_chars(buf, buf + sizeof buf, x, std::chars_format::general, precision).ptr);
  };
  if (a >= 1e9 && std::fmod(a, 1e7) == 0) {
    general(v / 1e9, 6);
    out += " billion"sv;
  } else if (a >= 1e6 && std::fmod(a, 1e4) == 0) {
    general(v / 1e6, 6);
    out += " million"sv;
  } else if (v == std::floor(v) && a < 1e15) {
    // Below 10^15 a whole number is exact as an integer: its digits without a float format.
    char digits[24];
    const size_t n =
        std::to_chars(digits, digits + sizeof digits, static_cast<uint64_t>(a)).ptr - digits;
    if (v < 0) out.push_back('-');
    for (size_t i = 0; i < n; ++i) {
      if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
  } else {
    general(v, 4);
  }
}

void AppendInterval(std::string& out, const Interval& i) {
  if (i.low == i.high) return AppendNumber(out, i.low);
  out.push_back(i.low_open ? '(' : '[');
  AppendNumber(out, i.low);
  out += ", "sv;
  AppendNumber(out, i.high);
  out.push_back(i.high_open ? ')' : ']');
}

void ReconcileContext::Finish(Finding& f, std::span<const Fact* const> a,
                              std::span<const Fact* const> b) const {
  // The citations read the documents' ids and the claims' words, scattered over memory: asked
  // for now, their cache misses overlap instead of stalling the explanation one by one.
  for (const auto side : {a, b}) {
    for (size_t i = 0; i < side.size() && i < kMaxCited; ++i) {
      __builtin_prefetch(side[i]->words.data());
      __builtin_prefetch(&docs_[side[i]->ref.document].id);
    }
  }
  f.side_a.reserve(a.size());
  f.side_b.reserve(b.size());
  double ca = 0, cb = 0;
  for (const Fact* x : a) {
    f.side_a.push_back(x->ref);
    ca = std::max(ca, x->confidence);
  }
  for (const Fact* x : b) {
    f.side_b.push_back(x->ref);
    cb = std::max(cb, x->confidence);
  }
  f.confidence = std::min(ca, cb);
  // One source contradicting itself: every claim from the same document, or all naming the
  // same source.
  bool one_document = true, one_source = true;
  const Fact& first = a.empty() ? *b.front() : *a.front();
  for (const auto side : {a, b}) {
    for (const Fact* x : side) {
      one_document = one_document && x->ref.document == first.ref.document;
      one_source = one_source && x->source == first.source;
    }
  }
  f.same_source = one_document || (one_source && first.source != 0);
  f.type = TypeOf(a, b);
}

FindingType ReconcileContext::TypeOf(std::span<const Fact* const> a,
                                     std::span<const Fact* const> b) const {
  // A side's source when all its claims name the same one, else 0.
  auto named = [this](std::span<const Fact* const> side) -> uint32_t {
    uint32_t s = side.empty() ? 0 : side.front()->source;
    for (const Fact* x : side) {
      if (x->source != s) return 0;
    }
    return s != 0 && Name(s) != "reports"sv ? s : 0;
  };
  const uint32_t sa = named(a), sb = named(b);
  if (sa != 0 && sb != 0 && sa != sb) return FindingType::kDispute;
  const uint32_t document = a.empty() ? b.front()->ref.document : a.front()->ref.document;
  for (const auto side : {a, b}) {
    for (const Fact* x : side) {
      if (x->ref.document != document) return FindingType::kContradiction;
    }
  }
  return FindingType::kInconsistency;
}

void AppendHumanName(std::string& out, std::string_view key) {
  if (key == "reports"sv) {  // Unnamed reports ("Berichten zufolge").
    out += key;
    return;
  }
  size_t parts = 1;
  for (char ch : key) parts += ch == '+';
  size_t part = 0;
  // Word by word: "us_secretary_of_state" -> "US Secretary of State", "cnn" -> "CNN".
  for (size_t at = 0; at <= key.size();) {
    size_t end = key.find_first_of("_+", at);
    if (end == std::string_view::npos) end = key.size();
    const std::string_view word = key.substr(at, end - at);
    const bool alone = word.size() == key.size();
    const bool acronym = word.size() <= 2 || (alone && word.size() <= 3);
    const bool small = word == "of"sv || word == "and"sv || word == "the"sv;
    for (size_t i = 0; i < word.size(); ++i) {
      const char ch = word[i];
      const bool upper = !small && (acronym || i == 0) && ch >= 'a' && ch <= 'z';
      out.push_back(upper ? static_cast<char>(ch - 'a' + 'A') : ch);
    }
    if (end == key.size()) break;
    if (key[end] == '+') {
      ++part;
      out += part + 1 == parts ? " and "sv : ", "sv;
    } else {
      out.push_back(' ');
    }
    at = end + 1;
  }
}

size_t ReconcileContext::ExplanationSize(std::span<const Fact* const> a,
                                         std::span<const Fact* const> b) {
  size_t n = 160;  // The key and the reason.
  for (const auto side : {a, b}) {
    for (size_t i = 0; i < side.size() && i < kMaxCited; ++i) n += side[i]->words.size() + 40;
  }
  return n;
}

void ReconcileContext::CiteTo(std::string& out, std::span<const Fact* const> side) const {
  for (size_t i = 0; i < side.size() && i < kMaxCited; ++i) {
    const Fact& x = *side[i];
    if (i) out += "; "sv;
    const DocumentResult& d = doc(x.ref);
    out += d.id;
    // When and according to whom, as far as the article says.
    const bool dated = d.published.has_value();
    if (dated || x.source != 0) {
      out += " ("sv;
      if (dated) {
        const absl::CivilDay p = *d.published;
        fmt::format_to(std::back_inserter(out), FMT_COMPILE("{:04}-{:02}-{:02}"), p.year(),
                       p.month(), p.day());
      }
      if (x.source != 0) {
        if (dated) out += ", "sv;
        out += "according to "sv;
        AppendHumanName(out, Name(x.source));
      }
      out += ')';
    }
    out += " “"sv;
    out += x.words;
    out += "”"sv;
  }
  if (side.size() > kMaxCited) {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE(" and {} more"), side.size() - kMaxCited);
  }
}

namespace {

// A key's hash within its story: claims of different stories never share a group.
uint64_t StoryHash(uint64_t key_hash, uint32_t story) {
  return story == 0 ? key_hash : (key_hash ^ story) * 0x9E3779B97F4A7C15ull;
}

// Numbers the keys within each story: an open-addressing table whose slots hold part of the
// hash and where the key is in one arena of key bytes, so that a lookup reads a slot and the
// key's bytes, not a string object in a slot and then the claim that first had the key.
class KeyIndex {
 public:
  // The group of `key` in story number `story`, whose hash is `h` (StoryHash), numbered from
  // 0 in order of first appearance.
  uint32_t Group(std::string_view key, uint32_t story, uint64_t h) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.group_plus_one == 0) {
        keys_.push_back(
            {static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), story});
        arena_.append(key);
        s = {tag, static_cast<uint32_t>(keys_.size()), keys_.back()};
        return s.group_plus_one - 1;
      }
      if (s.tag == tag && s.key.size == key.size() && s.key.story == story &&
          Bytes(s.key) == key) {
        return s.group_plus_one - 1;
      }
    }
  }
  // Asks for the slot where a lookup of hash `h` starts.
  void Prefetch(uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
  }
  size_t size() const { return keys_.size(); }
  std::string_view Key(uint32_t g) const { return Bytes(keys_[g]); }

 private:
  struct Span {
    uint32_t offset, size, story;
  };
  struct Slot {
    uint32_t tag;
    uint32_t group_plus_one;  // 0: empty.
    Span key;
  };
  std::string_view Bytes(Span s) const {
    return std::string_view(arena_.data() + s.offset, s.size);
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.group_plus_one == 0) continue;
      size_t i = StoryHash(HashString(Bytes(s.key)), s.key.story) & mask;
      while (slots_[i].group_plus_one != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  std::vector<Span> keys_;
  std::string arena_;
};

// Numbers the units, rates and sources of the claims so that facts compare them as integers.
class Names {
 public:
  Names() : names_{std::string_view()} {}
  uint32_t Id(const std::string& name) {
    if (name.empty()) return 0;
    uint32_t& id = index_[name];
    if (id == 0) {
      id = static_cast<uint32_t>(names_.size());
      names_.push_back(name);  // A view into the claim, which outlives the reconciliation.
    }
    return id;
  }
  const std::vector<std::string_view>& names() const { return names_; }

 private:
  HashedMap<uint32_t> index_;
  std::vector<std::string_view> names_;
};

// The same with the last name remembered: names mostly repeat from one claim to the next.
class LastName {
 public:
  uint32_t Id(Names& names, const std::string& name) {
    if (name.empty()) return 0;
    if (name != last_) {
      last_ = name;
      id_ = names.Id(name);
    }
    return id_;
  }

 private:
  std::string_view last_;
  uint32_t id_ = 0;
};

struct Interning {
  Names names;
  LastName unit, rate, source, role, place;
  std::vector<DateRange> days;
  int level_days = 0;  // ReconcileOptions::level_days.
};

Fact FactOf(const Claim& c, const DocumentResult& d, ClaimRef ref, uint32_t group,
            Interning& in) {
  Fact f;
  f.claim = &c;
  f.words = c.kind == ClaimKind::kQuote ? std::string_view(c.content) : ClaimWords(c, d.text);
  f.ref = ref;
  f.group = group;
  f.confidence = c.confidence;
  f.value = c.value;
  const std::optional<DateRange>& days = c.kind == ClaimKind::kDate ? c.date : c.time;
  f.days = 0;
  if (days) {
    in.days.push_back(*days);
    f.days = static_cast<uint32_t>(in.days.size());
  }
  f.unit = c.kind == ClaimKind::kRole ? in.role.Id(in.names, c.role) : in.unit.Id(in.names, c.unit);
  f.rate = in.rate.Id(in.names, c.rate);
  f.source = in.source.Id(in.names, c.source);
  f.place = in.place.Id(in.names, c.place);
  f.kind = c.kind;
  f.modality = c.modality;
  f.aspect = c.aspect;
  f.dated_by_publication = false;
  // A figure without a stated date holds as of its article's day: a level for a few days
  // around it, a running total on that day only (a later different total is an update).
  if (f.days == 0 && d.published &&
      (c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney)) {
    const int half = c.aspect == Aspect::kLevel ? in.level_days : 0;
    in.days.push_back({*d.published - half, *d.published + half});
    f.days = static_cast<uint32_t>(in.days.size());
    f.dated_by_publication = true;
  }
  return f;
}

// Room for n facts, each written once before it is read: a vector would first fill them all
// with default values, a pass over 96 bytes a claim that costs as much as the real one.
class FactArray {
 public:
  static_assert(std::is_trivially_destructible_v<Fact>);
  explicit FactArray(size_t n) : data_(std::allocator<Fact>().allocate(n)), size_(n) {}
  ~FactArray() { Release(); }
  FactArray(FactArray&& o) noexcept : data_(std::exchange(o.data_, nullptr)), size_(o.size_) {}
  FactArray& operator=(FactArray&&) = delete;
  void Set(size_t i, const Fact& f) { std::construct_at(data_ + i, f); }
  const Fact& operator[](size_t i) const { return data_[i]; }
  size_t size() const { return size_; }
  void Release() {
    if (data_ != nullptr) std::allocator<Fact>().deallocate(std::exchange(data_, nullptr), size_);
  }

 private:
  Fact* data_;
  size_t size_;
};

}  // namespace
}  // namespace crosscheck::internal

namespace crosscheck {

std::vector<Finding> Reconcile(std::span<const DocumentResult> documents,
                               const ReconcileOptions& options) {
  using namespace internal;
  // Claims meet only through their key; nothing compares across keys. The claims are read in
  // order twice and never jumped through (each is 656 bytes, and every jump was a cache and
  // TLB miss): the first pass numbers the keys, the second copies each claim's fact into the
  // partition of its group (a few hundred runs written in order), and each partition, small
  // enough for the cache, is then ordered by group (pointers to its facts) and compared.
  KeyIndex index;
  std::vector<uint32_t> group_of;  // Per claim in reading order; 0: no key, else 1 + group.
  std::vector<uint32_t> sizes;
  size_t total = 0;
  for (const DocumentResult& d : documents) total += d.claims.size();
  group_of.reserve(total);
  // The keys' hashes first, so that the lookups can ask for their slots a few claims ahead:
  // the table does not fit in the cache, and waiting for each slot in turn was most of this.
  // A claim meets only claims of its own story: the story's number is part of the group.
  std::vector<uint32_t> story_of(documents.size());
  {
    absl::flat_hash_map<std::string_view, uint32_t> numbers;
    for (size_t d = 0; d < documents.size(); ++d) {
      story_of[d] = numbers.try_emplace(documents[d].story, numbers.size()).first->second;
    }
  }
  std::vector<uint64_t> hashes;
  hashes.reserve(total);
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const Claim& c : documents[d].claims) {
      hashes.push_back(StoryHash(HashString(ReconcileKey(documents[d], c)), story_of[d]));
    }
  }
  constexpr size_t kAhead = 16;
  size_t at = 0;
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const Claim& c : documents[d].claims) {
      if (at + kAhead < total) index.Prefetch(hashes[at + kAhead]);
      const uint64_t h = hashes[at++];
      const std::string_view key = ReconcileKey(documents[d], c);
      if (key.empty()) {
        group_of.push_back(0);
        continue;
      }
      const uint32_t g = index.Group(key, story_of[d], h);
      if (g == sizes.size()) sizes.push_back(0);
      ++sizes[g];
      group_of.push_back(g + 1);
    }
  }
  hashes = {};
  // A claim alone with its key meets nothing: its group gets no facts.
  auto compared = [&](uint32_t g) { return sizes[g] >= 2 ? sizes[g] : 0; };
  size_t facts = 0;
  for (uint32_t g = 0; g < sizes.size(); ++g) facts += compared(g);
  // Partition p holds groups [p * per_part, (p + 1) * per_part), in group order.
  constexpr size_t kPartFacts = 4096, kMaxParts = 1024;
  const size_t parts = std::clamp<size_t>(facts / kPartFacts, 1, kMaxParts);
  const size_t per_part = std::max<size_t>(1, (sizes.size() + parts - 1) / parts);
  // One allocation per partition, released once it is compared: the findings then reuse the
  // memory, and peak memory is not all the facts plus all the findings.
  std::vector<size_t> part_size(parts, 0);
  for (uint32_t g = 0; g < sizes.size(); ++g) part_size[g / per_part] += compared(g);
  std::vector<FactArray> parted;
  parted.reserve(parts);
  for (size_t p = 0; p < parts; ++p) parted.emplace_back(part_size[p]);
  Interning interning;
  interning.level_days = options.level_days;
  {
    std::vector<size_t> next(parts, 0);
    size_t i = 0;
    for (uint32_t d = 0; d < documents.size(); ++d) {
      const DocumentResult& doc = documents[d];
      for (uint32_t c = 0; c < doc.claims.size(); ++c, ++i) {
        if (group_of[i] == 0 || compared(group_of[i] - 1) == 0) continue;
        const uint32_t g = group_of[i] - 1;
        const size_t p = g / per_part;
        parted[p].Set(next[p]++, FactOf(doc.claims[c], doc, {d, c}, g, interning));
      }
    }
  }
  group_of = {};
  const std::vector<std::string_view>& names = interning.names.names();
  std::vector<uint32_t> by_name(names.size()), ranks(names.size());
  for (uint32_t i = 0; i < names.size(); ++i) by_name[i] = i;
  std::sort(by_name.begin(), by_name.end(),
            [&](uint32_t a, uint32_t b) { return names[a] < names[b]; });
  for (uint32_t r = 0; r < by_name.size(); ++r) ranks[by_name[r]] = r;
  const ReconcileContext ctx(documents, options, names, ranks, interning.days);
  std::vector<Finding> findings;
  // About one finding per compared group at most in dense data; what is not used is not touched
  // (so not resident), and growing would move every finding and fault fresh pages each time.
  size_t compared_groups = 0;
  for (uint32_t g = 0; g < sizes.size(); ++g) compared_groups += compared(g) > 0;
  findings.reserve(compared_groups);
  std::vector<uint32_t> found_in;  // Per finding: its group.
  found_in.reserve(compared_groups);
  std::vector<const Fact*> flat;  // One partition in group order, reading order within a group.
  std::vector<size_t> offset;
  for (size_t p = 0; p < parts; ++p) {
    const size_t first = p * per_part, last = std::min(sizes.size(), first + per_part);
    if (first >= last) break;
    offset.assign(last - first + 1, 0);
    for (size_t g = first; g < last; ++g) offset[g - first + 1] = offset[g - first] + compared(g);
    flat.resize(offset.back());
    {
      std::vector<size_t> next(offset.begin(), offset.end() - 1);
      for (size_t j = 0; j < parted[p].size(); ++j) {
        flat[next[parted[p][j].group - first]++] = &parted[p][j];
      }
    }
    for (size_t g = first; g < last; ++g) {
      const Group group{index.Key(static_cast<uint32_t>(g)),
                        std::span<const Fact* const>(flat).subspan(offset[g - first], compared(g))};
      if (group.facts.size() < 2) continue;
      switch (group.facts[0]->kind) {
        case ClaimKind::kQuantity:
        case ClaimKind::kMoney:
          if (options.check_numeric) ReconcileNumeric(ctx, group, findings);
          break;
        case ClaimKind::kQuote:
          if (options.check_quote) ReconcileQuotes(ctx, group, findings);
          break;
        case ClaimKind::kRole:
          if (options.check_role) ReconcileRoles(ctx, group, findings);
          break;
        case ClaimKind::kDate:
          if (options.check_date) ReconcileDates(ctx, group, findings);
          break;
      }
      found_in.resize(findings.size(), static_cast<uint32_t>(g));
    }
    parted[p].Release();
  }
  // Deterministic order, independent of hashing: most severe first, then by key, then by the
  // first claim cited, then in the order the group's comparison told them. The order is total
  // and depends only on each group's own claims, so reconciling any set of whole groups on its
  // own and merging by the same order (crosscheck.dask) gives this same sequence. Small
  // stand-ins are sorted instead of the findings, with each key's place among the keys in place
  // of the key: std::sort given the same sequence and the same comparisons moves them exactly
  // as it would move the findings.
  std::vector<uint32_t> keyed;  // The groups with findings, in group order (found_in ascends).
  for (uint32_t g : found_in) {
    if (keyed.empty() || keyed.back() != g) keyed.push_back(g);
  }
  std::vector<std::pair<std::string_view, uint32_t>> by_key(keyed.size());
  for (uint32_t i = 0; i < keyed.size(); ++i) by_key[i] = {index.Key(keyed[i]), i};
  std::sort(by_key.begin(), by_key.end());
  // A key repeats once per story: its groups share one rank, and the first claim cited
  // decides, so the order still depends only on each group's own claims.
  std::vector<uint32_t> key_rank(keyed.size());
  for (uint32_t i = 0, r = 0; i < by_key.size(); ++i) {
    if (i > 0 && by_key[i].first != by_key[i - 1].first) ++r;
    key_rank[by_key[i].second] = r;
  }
  struct Entry {
    double severity;
    uint32_t key;  // Rank of the finding's key.
    ClaimRef first;
    uint32_t finding;
  };
  std::vector<Entry> order;
  order.reserve(findings.size());
  for (uint32_t i = 0, k = 0; i < findings.size(); ++i) {
    while (keyed[k] != found_in[i]) ++k;
    const Finding& f = findings[i];
    if (f.severity < options.min_severity || f.confidence < options.min_confidence) continue;
    order.push_back({f.severity, key_rank[k], f.side_a.empty() ? ClaimRef{} : f.side_a.front(), i});
  }
  std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    if (a.key != b.key) return a.key < b.key;
    if (a.first != b.first) return a.first < b.first;
    return a.finding < b.finding;
  });
  std::vector<Finding> sorted;
  sorted.reserve(order.size());
  for (const Entry& e : order) sorted.push_back(std::move(findings[e.finding]));
  return sorted;
}

}  // namespace crosscheck
