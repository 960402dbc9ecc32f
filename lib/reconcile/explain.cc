// How findings are told: the part every check writes alike (kind, key, sides, type,
// confidence), citations of the evidence, and names and numbers as people read them.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <string>

#include "fmt/compile.h"
#include "fmt/format.h"
#include "lib/reconcile/internal.h"

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

Finding& ReconcileContext::NewFinding(std::vector<Finding>& out, FindingKind kind, const Group& g,
                                      double severity, Sides a, Sides b, size_t extra) const {
  // The citations read the documents' ids and the claims' words, scattered over memory: asked
  // for now, their cache misses overlap instead of stalling the explanation one by one.
  for (const Sides side : {a, b}) {
    for (size_t i = 0; i < side.size() && i < kMaxCited; ++i) {
      __builtin_prefetch(side[i]->claim);
      __builtin_prefetch(&docs_[side[i]->ref.document].id);
    }
  }
  Finding& f = out.emplace_back();
  f.kind = kind;
  f.key = std::string(g.key);
  f.severity = severity;
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
  for (const Sides side : {a, b}) {
    for (const Fact* x : side) {
      one_document = one_document && x->ref.document == first.ref.document;
      one_source = one_source && x->source == first.source;
    }
  }
  f.same_source = one_document || (one_source && first.source != 0);
  f.type = TypeOf(a, b);
  f.explanation.reserve(ExplanationSize(a, b) + extra);
  return f;
}

FindingType ReconcileContext::TypeOf(Sides a, Sides b) const {
  // A side's source when all its claims that name one name the same, else 0.
  auto named = [this](Sides side) -> uint32_t {
    uint32_t s = 0;
    for (const Fact* x : side) {
      if (x->source == 0 || Name(x->source) == "reports"sv) continue;
      if (s != 0 && x->source != s) return 0;
      s = x->source;
    }
    return s;
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
    // A name's article or particle ("el_mundo", "banco_de_espana") is no acronym.
    const bool particle = !alone && (word == "el"sv || word == "la"sv || word == "le"sv ||
                                     word == "il"sv || word == "de"sv || word == "di"sv);
    const bool acronym = !particle && (word.size() <= 2 || (alone && word.size() <= 3));
    const bool small =
        word == "of"sv || word == "and"sv || word == "the"sv || (particle && at > 0);
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

size_t ReconcileContext::ExplanationSize(Sides a, Sides b) const {
  size_t n = 160;  // The key and the reason.
  for (const auto side : {a, b}) {
    for (size_t i = 0; i < side.size() && i < kMaxCited; ++i) n += Words(*side[i]).size() + 40;
  }
  return n;
}

std::string_view ReconcileContext::Words(const Fact& f) const {
  const Claim& c = *f.claim;
  if (c.kind == ClaimKind::kQuote) return c.quote().content;
  return ClaimWords(c, doc(f.ref).text);
}

void ReconcileContext::CiteTo(std::string& out, Sides side) const {
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
        out += HumanName(x.source);
      }
      out += ')';
    }
    out += " “"sv;
    out += Words(x);
    out += "”"sv;
  }
  if (side.size() > kMaxCited) {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE(" and {} more"), side.size() - kMaxCited);
  }
}

}  // namespace crosscheck::internal
