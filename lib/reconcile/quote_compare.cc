// Quote findings: one speaker, one topic, opposite words — antonyms (any language, compound
// words too), a negation of the same statement, or different numbers in the same words.
// Quotes are indexed by the terms they carry (QuoteFields::quote_*, read at extraction), so a
// speaker's quotes are never compared pairwise; paraphrases share no antonym, no negated
// signature, and so never meet.
#include <algorithm>
#include <charconv>
#include <limits>
#include <span>
#include <tuple>

#include "lib/reconcile/internal.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

namespace {

// One entry of QuoteFields::quote_opposites, "first\tsecond\tside\tword\tplace", read in place. An
// entry with fewer fields (built by hand) lacks what they would say.
struct Opposite {
  std::string_view pair;  // "first\tsecond": what the entries of one antonym pair share.
  int side = 0;           // 0: the quote says the first term, 1: the second.
  std::string_view word;  // The quote's word that carries it.
  uint32_t place = std::numeric_limits<uint32_t>::max();  // In the antonym table; none: last.
};

Opposite ReadOpposite(std::string_view entry) {
  Opposite o;
  const size_t first = entry.find('\t');
  const size_t second = first == std::string_view::npos ? first : entry.find('\t', first + 1);
  o.pair = entry.substr(0, second);
  if (second == std::string_view::npos) return o;
  std::string_view rest = entry.substr(second + 1);  // "side\tword\tplace"
  o.side = !rest.empty() && rest[0] == '1' ? 1 : 0;
  rest.remove_prefix(std::min<size_t>(rest.size(), 2));
  const size_t tab = rest.find('\t');
  o.word = rest.substr(0, tab);
  if (tab != std::string_view::npos) {
    std::from_chars(rest.data() + tab + 1, rest.data() + rest.size(), o.place);
  }
  return o;
}

bool Negated(const Claim& quote) { return quote.quote().quote_negations.size() % 2 == 1; }

// The topics of a side, sorted and distinct.
std::vector<std::string_view> TopicsOf(Sides side) {
  std::vector<std::string_view> out;
  for (const Fact* f : side) {
    out.insert(out.end(), f->claim->quote().topics.begin(), f->claim->quote().topics.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool TopicsMeet(const std::vector<std::string_view>& ta, const std::vector<std::string_view>& tb) {
  if (ta.empty() || tb.empty()) return true;  // Nothing says they are about different things.
  for (size_t i = 0, j = 0; i < ta.size() && j < tb.size();) {
    if (ta[i] == tb[j]) return true;
    ta[i] < tb[j] ? ++i : ++j;
  }
  return false;
}

// `terms` are views into the quotations' claims; the finding keeps them sorted and distinct.
void Add(const ReconcileContext& ctx, const Group& g, Sides a, Sides b, double severity,
         std::string_view why, std::vector<std::string_view>& terms, std::vector<Finding>& out) {
  if (a.empty() || b.empty()) return;
  const std::vector<std::string_view> topics = TopicsOf(a);
  if (!TopicsMeet(topics, TopicsOf(b))) return;
  Finding& f = ctx.NewFinding(out, FindingKind::kQuote, g, severity, a, b);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  f.terms.assign(terms.begin(), terms.end());
  std::string& e = f.explanation;
  AppendHumanName(e, a.front()->claim->quote().speaker);
  e += " is quoted on "sv;
  const size_t start = e.size();
  for (std::string_view t : topics) {
    if (e.size() > start) e += ", "sv;
    AppendHumanName(e, t);
  }
  if (e.size() == start) e += "the same subject"sv;
  e += " with words that cannot both be meant: "sv;
  ctx.CiteTo(e, a);
  e += " against "sv;
  ctx.CiteTo(e, b);
  e += ". "sv;
  const size_t first = e.size();
  e += why;
  if (e.size() > first && e[first] >= 'a' && e[first] <= 'z') {
    e[first] = static_cast<char>(e[first] - 'a' + 'A');
  }
  e += '.';
}

// Runs of equal keys in a sorted vector: calls f(begin, end) for each.
template <typename T, typename Key, typename F>
void ForEachRun(const std::vector<T>& v, Key key, F f) {
  for (size_t i = 0; i < v.size();) {
    size_t j = i + 1;
    while (j < v.size() && key(v[j]) == key(v[i])) ++j;
    f(i, j);
    i = j;
  }
}

// The quotations of a group that can be compared (spoken, not a label, and attributed), in
// reading order (so also in ClaimRef order). Identical quotations (agency copies repeat a
// quote verbatim across articles) are compared by the terms of the first, so that the terms
// of each distinct text are read from memory once.
struct Quotes {
  std::vector<const Fact*> facts;
  std::vector<uint32_t> text;       // Per quotation: its distinct text, an index into `terms`.
  std::vector<const Claim*> terms;  // Per distinct text: the first quotation with it.
  uint32_t size() const { return static_cast<uint32_t>(facts.size()); }
  const Claim& TermsOf(uint32_t i) const { return *terms[text[i]]; }
};

Quotes ComparableQuotes(const Group& g) {
  Quotes q;
  q.facts.reserve(g.facts.size());
  for (const Fact* f : g.facts) {
    const Claim& c = *f->claim;
    if (c.kind != ClaimKind::kQuote || c.form == QuoteForm::kLabel || c.quote().speaker.empty()) {
      continue;
    }
    q.facts.push_back(f);
  }
  std::vector<uint32_t> by_text(q.size());
  for (uint32_t i = 0; i < by_text.size(); ++i) by_text[i] = i;
  auto content = [&](uint32_t i) -> std::string_view { return q.facts[i]->claim->quote().content; };
  std::sort(by_text.begin(), by_text.end(), [&](uint32_t x, uint32_t y) {
    return std::make_pair(content(x), x) < std::make_pair(content(y), y);
  });
  q.text.resize(q.size());
  ForEachRun(by_text, content, [&](size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k) q.text[by_text[k]] = static_cast<uint32_t>(q.terms.size());
    q.terms.push_back(q.facts[by_text[begin]]->claim);
  });
  return q;
}

// A quotation taking one side of an antonym pair with one of its words.
struct Use {
  std::string_view pair;
  int side;
  uint32_t quote;  // Index in Quotes.
  uint32_t place;  // The pair's place in the antonym table.
  std::string_view word;
};

// Every quotation's sides, by pair, side and quotation.
std::vector<Use> UsesOf(const Quotes& quotes) {
  std::vector<Opposite> read;  // Of each distinct text: read[offset[t], offset[t + 1]).
  std::vector<uint32_t> offset(quotes.terms.size() + 1, 0);
  for (size_t t = 0; t < quotes.terms.size(); ++t) {
    for (std::string_view entry : quotes.terms[t]->quote().quote_opposites) {
      read.push_back(ReadOpposite(entry));
    }
    offset[t + 1] = static_cast<uint32_t>(read.size());
  }
  std::vector<Use> uses;
  if (read.empty()) return uses;
  for (uint32_t i = 0; i < quotes.size(); ++i) {
    for (uint32_t k = offset[quotes.text[i]]; k < offset[quotes.text[i] + 1]; ++k) {
      uses.push_back({read[k].pair, read[k].side, i, read[k].place, read[k].word});
    }
  }
  std::sort(uses.begin(), uses.end(), [](const Use& x, const Use& y) {
    return std::tie(x.pair, x.side, x.quote) < std::tie(y.pair, y.side, y.quote);
  });
  return uses;
}

// The uses of one pair: uses[begin, end).
struct PairRun {
  uint32_t place;
  size_t begin, end;
};

// The pairs in the order of the antonym table, where the pairs that split the same quotations
// are told once, by the first.
std::vector<PairRun> PairsInOrder(const std::vector<Use>& uses) {
  std::vector<PairRun> runs;
  ForEachRun(uses, [](const Use& u) { return u.pair; }, [&](size_t begin, size_t end) {
    uint32_t place = uses[begin].place;
    for (size_t k = begin; k < end; ++k) place = std::min(place, uses[k].place);
    runs.push_back({place, begin, end});
  });
  std::sort(runs.begin(), runs.end(), [&](const PairRun& x, const PairRun& y) {
    return std::tie(x.place, uses[x.begin].pair) < std::tie(y.place, uses[y.begin].pair);
  });
  return runs;
}

// The sides of the findings told so far, in one array instead of a set of vector pairs (two
// vectors copied and a node allocated per insertion): a group has a few pairs at most.
class ToldSides {
 public:
  // Whether a against b was told already, either way round (or the two are the same sides);
  // else remembers them.
  bool Told(Sides a, Sides b) {
    auto same = [](Sides x, Sides y) {
      return std::equal(x.begin(), x.end(), y.begin(), y.end());
    };
    if (same(a, b)) return true;
    for (const Entry& t : told_) {
      const Sides x = Sides(facts_).subspan(t.at, t.a), y = Sides(facts_).subspan(t.at + t.a, t.b);
      if ((same(x, a) && same(y, b)) || (same(x, b) && same(y, a))) return true;
    }
    told_.push_back({facts_.size(), a.size(), b.size()});
    facts_.insert(facts_.end(), a.begin(), a.end());
    facts_.insert(facts_.end(), b.begin(), b.end());
    return false;
  }

 private:
  struct Entry {
    size_t at, a, b;  // Side a is facts_[at, at + a), side b the b facts after it.
  };
  std::vector<const Fact*> facts_;
  std::vector<Entry> told_;
};

// Opposite terms: each antonym pair splits the quotes that use it into two sides.
void OppositeTerms(const ReconcileContext& ctx, const Group& g, const Quotes& quotes,
                   std::vector<Finding>& out) {
  const std::vector<Use> uses = UsesOf(quotes);
  ToldSides reported;
  auto less = [](const Fact* x, const Fact* y) {
    return std::tie(x->ref.document, x->ref.claim) < std::tie(y->ref.document, y->ref.claim);
  };
  std::vector<const Fact*> a, b;
  std::vector<std::string_view> terms;  // The pair's words in the quotations, their negations.
  std::string why;
  for (const PairRun& run : PairsInOrder(uses)) {
    a.clear();
    b.clear();
    terms.clear();
    for (size_t k = run.begin; k < run.end; ++k) {
      const Use& u = uses[k];
      terms.push_back(u.word);
      if (k > run.begin && u.side == uses[k - 1].side && u.quote == uses[k - 1].quote) continue;
      (u.side == 0 ? a : b).push_back(quotes.facts[u.quote]);
      const StringList& negations = quotes.TermsOf(u.quote).quote().quote_negations;
      terms.insert(terms.end(), negations.begin(), negations.end());
    }
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    std::erase_if(b,
                  [&](const Fact* r) { return std::binary_search(a.begin(), a.end(), r, less); });
    // Several pairs can join the same quotes ("one-way"/"two-way" and their German twins).
    if (reported.Told(a, b)) continue;
    const std::string_view pair = uses[run.begin].pair;
    const size_t tab = std::min(pair.find('\t'), pair.size());
    why.clear();
    ((((why += "“"sv) += pair.substr(0, tab)) += "” and “"sv) +=
     pair.substr(std::min(tab + 1, pair.size()))) += "” are opposites"sv;
    Add(ctx, g, a, b, 0.85, why, terms, out);
  }
}

// Quotations of one signature (`same`, indices into `quotes`) that differ in their numbers
// only: the first numbers against each other set of them. `numbers` are per distinct text,
// "8000 3 000 ": a quotation's numbers are compared as one string, and its terms are the
// string's pieces between spaces.
void DifferentNumbers(const ReconcileContext& ctx, const Group& g, const Quotes& quotes,
                      const std::vector<std::string>& numbers, std::span<const uint32_t> same,
                      std::vector<Finding>& out) {
  std::vector<std::pair<std::string_view, uint32_t>> lists(same.size());  // (numbers, quotation)
  for (size_t k = 0; k < same.size(); ++k) lists[k] = {numbers[quotes.text[same[k]]], same[k]};
  std::sort(lists.begin(), lists.end());
  std::vector<std::pair<std::string_view, std::vector<const Fact*>>> by_numbers;
  ForEachRun(lists, [](const auto& l) { return l.first; }, [&](size_t nb, size_t ne) {
    auto& [list, side] = by_numbers.emplace_back(lists[nb].first, std::vector<const Fact*>());
    for (size_t k = nb; k < ne; ++k) side.push_back(quotes.facts[lists[k].second]);
  });
  if (by_numbers.size() < 2 || by_numbers.size() > 8) return;
  const auto& [first, first_side] = by_numbers.front();
  std::vector<std::string_view> terms;
  std::string why;
  for (size_t k = 1; k < by_numbers.size(); ++k) {
    const auto& [other, other_side] = by_numbers[k];
    terms.clear();
    for (std::string_view list : {first, other}) {
      for (size_t at = 0, end; at < list.size(); at = end + 1) {
        end = std::min(list.find(' ', at), list.size());
        if (end > at) terms.push_back(list.substr(at, end - at));
      }
    }
    why.clear();
    why += "the same words with different numbers ("sv;
    ((why += first) += "vs "sv) += other;
    why += ')';
    Add(ctx, g, first_side, other_side, 0.6, why, terms, out);
  }
}

// Per distinct text of at least three words (a statement; others are skipped), its rank by
// words: texts with the same words have the same rank.
std::vector<uint32_t> SignatureRanks(const Quotes& quotes) {
  constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
  auto words = [&](uint32_t t) -> const StringList& {
    return quotes.terms[t]->quote().quote_words;
  };
  std::vector<uint32_t> order;
  for (uint32_t t = 0; t < quotes.terms.size(); ++t) {
    if (words(t).size() >= 3) order.push_back(t);
  }
  std::sort(order.begin(), order.end(),
            [&](uint32_t x, uint32_t y) { return words(x) < words(y); });
  std::vector<uint32_t> rank(quotes.terms.size(), kNone);
  for (uint32_t k = 0, r = 0; k < order.size(); ++k) {
    if (k > 0 && words(order[k]) != words(order[k - 1])) ++r;
    rank[order[k]] = r;
  }
  return rank;
}

// The same words with and without a negation, or with other numbers.
void SameWords(const ReconcileContext& ctx, const Group& g, const Quotes& quotes,
               std::vector<Finding>& out) {
  const std::vector<uint32_t> rank = SignatureRanks(quotes);
  std::vector<std::string> numbers(quotes.terms.size());  // Per distinct text, joined.
  std::vector<uint32_t> members;  // The quotations with a signature, by signature.
  members.reserve(quotes.size());
  for (uint32_t i = 0; i < quotes.size(); ++i) {
    if (rank[quotes.text[i]] != std::numeric_limits<uint32_t>::max()) members.push_back(i);
  }
  for (uint32_t t = 0; t < quotes.terms.size(); ++t) {
    if (rank[t] == std::numeric_limits<uint32_t>::max()) continue;
    for (std::string_view n : quotes.terms[t]->quote().quote_numbers) (numbers[t] += n) += ' ';
  }
  auto signature = [&](uint32_t i) { return rank[quotes.text[i]]; };
  std::sort(members.begin(), members.end(), [&](uint32_t x, uint32_t y) {
    return std::make_pair(signature(x), x) < std::make_pair(signature(y), y);
  });
  std::vector<const Fact*> plain, negated;
  std::vector<std::string_view> terms;
  ForEachRun(members, signature, [&](size_t begin, size_t end) {
    plain.clear();
    negated.clear();
    terms.clear();
    for (size_t k = begin; k < end; ++k) {
      const Claim& q = quotes.TermsOf(members[k]);
      (Negated(q) ? negated : plain).push_back(quotes.facts[members[k]]);
      const StringList& negations = q.quote().quote_negations;
      terms.insert(terms.end(), negations.begin(), negations.end());
    }
    Add(ctx, g, plain, negated, 0.75, "the same statement once affirmed and once negated", terms,
        out);
    DifferentNumbers(ctx, g, quotes, numbers,
                     std::span<const uint32_t>(members).subspan(begin, end - begin), out);
  });
}

}  // namespace

void ReconcileQuotes(const ReconcileContext& ctx, const Group& g, std::vector<Finding>& out) {
  const Quotes quotes = ComparableQuotes(g);
  if (quotes.size() < 2) return;  // Every finding needs a quotation on each side.
  OppositeTerms(ctx, g, quotes, out);
  SameWords(ctx, g, quotes, out);
}

}  // namespace crosscheck::internal
