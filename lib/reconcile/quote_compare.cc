// Quote findings: one speaker, one topic, opposite words — antonyms (any language, compound
// words too), a negation of the same statement, or different numbers in the same words.
// Quotes are indexed by the terms they carry, so a speaker's quotes are never compared
// pairwise; paraphrases share no antonym, no negated signature, and so never meet.
#include <algorithm>
#include <bitset>
#include <memory>
#include <set>
#include <span>
#include <tuple>

#include "lib/data/embedded.h"
#include "lib/extract/phrase_table.h"
#include "lib/extract/tokens.h"
#include "lib/reconcile/internal.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

// Literals are appended as views: their length is known, no strlen per append.
using std::string_view_literals::operator""sv;

struct QuoteLexicon {
  // term -> every (pair id, side) it takes part in ("two-way" pairs with "one-way" and with
  // "Einbahnstraße").
  StringMap<std::vector<std::pair<size_t, int>>> antonyms;
  std::vector<std::pair<std::string, std::string>> pairs;
  PhraseTable negations;

  explicit QuoteLexicon(const ReconcileOptions& options) {
    for (const auto& row : TableRows("common/antonyms.tsv")) {
      if (row.size() >= 2) Add(std::string(row[0]), std::string(row[1]));
    }
    for (const auto& [a, b] : options.antonyms) Add(a, b);
    negations.AddTable("de/negations.tsv");
    negations.AddTable("en/negations.tsv");
  }
  void Add(const std::string& a, const std::string& b) {
    const size_t id = pairs.size();
    pairs.emplace_back(Fold(a), Fold(b));
    for (int side = 0; side < 2; ++side) {
      const std::string& term = side == 0 ? pairs.back().first : pairs.back().second;
      antonyms[term].emplace_back(id, side);
      lengths.set(std::min(term.size(), lengths.size() - 1));
      if (term.size() >= 2) starts.set(Start(term));
    }
  }
  // Whether some term could be `s`, from its length and first two bytes: most of the ends of
  // words tried below are no term, and this spares them the hash lookup.
  bool MayBeTerm(std::string_view s) const {
    if (!lengths.test(std::min(s.size(), lengths.size() - 1))) return false;
    return s.size() < 2 || starts.test(Start(s));
  }
  // The antonym term a word carries: the word itself or the end of a compound, with up to
  // two letters of German inflection ("Einbahnstraßen").
  const std::vector<std::pair<size_t, int>>* Term(std::string_view w) const {
    for (size_t cut = 0; cut <= 2 && cut < w.size(); ++cut) {
      const std::string_view stem = w.substr(0, w.size() - cut);
      for (size_t start = 0; start + 5 <= stem.size() || start == 0; ++start) {
        if (start > 0 && (static_cast<unsigned char>(stem[start]) & 0xC0) == 0x80) continue;
        if (MayBeTerm(stem.substr(start))) {
          auto it = antonyms.find(stem.substr(start));
          if (it != antonyms.end()) return &it->second;
        }
        if (start + 5 > stem.size()) break;
      }
    }
    return nullptr;
  }

 private:
  static size_t Start(std::string_view s) {
    return static_cast<unsigned char>(s[0]) << 8 | static_cast<unsigned char>(s[1]);
  }
  std::bitset<64> lengths;  // Of the terms; the last bit stands for all longer ones.
  std::bitset<65536> starts;  // First two bytes of the terms.
};

namespace {

// What a quotation's words say, which depends on nothing but the words: computed once per
// distinct quotation of a speaker (agency copies repeat a quote verbatim across articles).
struct QuoteWords {
  std::vector<std::pair<size_t, int>> terms;  // (pair, side) after negation.
  std::vector<std::pair<size_t, std::string>> term_words;  // (pair, word as written, folded)
  std::vector<std::string> negation_words;
  bool negated = false;
  std::string signature;  // Content words without negations and numbers.
  std::string numbers;
  bool long_signature = false;  // At least three words: enough to be the same statement.
};

QuoteWords Analyze(const QuoteLexicon& lex, const std::string& content) {
  QuoteWords q;
  const std::string folded = Fold(content);
  const std::vector<Token> tokens =
      Tokenize(content, {0, static_cast<uint32_t>(content.size())}, folded);
  // Views into the tokens, sorted below: a set of strings would allocate a node per word.
  std::vector<std::string_view> words, numbers;
  words.reserve(tokens.size());
  numbers.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kNumber) {
      numbers.emplace_back(t.folded);
      continue;
    }
    if (t.kind != TokenKind::kWord) continue;
    if (lex.negations.Match(tokens, i).length > 0) {
      q.negated = !q.negated;
      q.negation_words.emplace_back(t.folded);
      continue;
    }
    if (const auto* terms = lex.Term(t.folded)) {
      q.terms.insert(q.terms.end(), terms->begin(), terms->end());
      for (const auto& [pair, side] : *terms) q.term_words.emplace_back(pair, t.folded);
    }
    words.push_back(t.folded);
  }
  for (auto& [pair, side] : q.terms) side ^= q.negated ? 1 : 0;  // "keine Einbahnstraße"
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  q.signature.reserve(folded.size() + words.size());
  for (std::string_view w : words) (q.signature += w) += ' ';
  std::sort(numbers.begin(), numbers.end());
  for (std::string_view n : numbers) (q.numbers += n) += ' ';
  q.long_signature = std::count(q.signature.begin(), q.signature.end(), ' ') >= 3;
  return q;
}

// The topics of a side, sorted and distinct.
std::vector<std::string_view> TopicsOf(std::span<const Fact* const> side) {
  std::vector<std::string_view> out;
  for (const Fact* f : side) {
    out.insert(out.end(), f->claim->topics.begin(), f->claim->topics.end());
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

// `terms` are views into the quotations' analyses; the finding keeps them sorted and distinct.
void Add(const ReconcileContext& ctx, const Group& g, std::span<const Fact* const> a,
         std::span<const Fact* const> b, double severity, std::string_view why,
         std::vector<std::string_view>& terms, std::vector<Finding>& out) {
  if (a.empty() || b.empty()) return;
  const std::vector<std::string_view> topics = TopicsOf(a);
  if (!TopicsMeet(topics, TopicsOf(b))) return;
  Finding& f = out.emplace_back();
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  f.terms.assign(terms.begin(), terms.end());
  f.kind = FindingKind::kQuote;
  f.key = std::string(g.key);
  f.severity = severity;
  ctx.Finish(f, a, b);
  std::string& e = f.explanation;
  e.reserve(ReconcileContext::ExplanationSize(a, b));
  AppendHumanName(e, a.front()->claim->speaker);
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
  if (e.size() > first && e[first] >= 'a' && e[first] <= 'z') e[first] = static_cast<char>(e[first] - 'a' + 'A');
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

}  // namespace

std::shared_ptr<const QuoteLexicon> MakeQuoteLexicon(const ReconcileOptions& options) {
  static const auto* shared = new std::shared_ptr<const QuoteLexicon>(
      std::make_shared<const QuoteLexicon>(ReconcileOptions{}));
  if (options.antonyms.empty()) return *shared;
  return std::make_shared<const QuoteLexicon>(options);
}

void ReconcileQuotes(const ReconcileContext& ctx, const QuoteLexicon& lex, const Group& g,
                     std::vector<Finding>& out) {
  // The quotations that can be compared, in reading order (so also in ClaimRef order).
  std::vector<const Fact*> quotes;
  quotes.reserve(g.facts.size());
  for (const Fact* f : g.facts) {
    const Claim& c = *f->claim;
    if (c.kind != ClaimKind::kQuote || c.form == QuoteForm::kLabel || c.speaker.empty()) continue;
    quotes.push_back(f);
  }
  if (quotes.size() < 2) return;  // Every finding needs a quotation on each side.
  // Identical quotations are analysed once: sorted by text, one analysis per run.
  std::vector<uint32_t> by_text(quotes.size());
  for (uint32_t i = 0; i < by_text.size(); ++i) by_text[i] = i;
  auto text = [&](uint32_t i) -> std::string_view { return quotes[i]->claim->content; };
  std::sort(by_text.begin(), by_text.end(), [&](uint32_t x, uint32_t y) {
    return std::make_pair(text(x), x) < std::make_pair(text(y), y);
  });
  std::vector<QuoteWords> analysed;
  analysed.reserve(quotes.size());
  std::vector<uint32_t> said(quotes.size());  // Per quotation: its analysis.
  ForEachRun(by_text, text, [&](size_t begin, size_t end) {
    analysed.push_back(Analyze(lex, quotes[by_text[begin]]->claim->content));
    for (size_t k = begin; k < end; ++k) {
      said[by_text[k]] = static_cast<uint32_t>(analysed.size() - 1);
    }
  });
  auto words_of = [&](uint32_t i) -> const QuoteWords& { return analysed[said[i]]; };

  // Opposite terms: each antonym pair splits the quotes that use it into two sides.
  struct Use {
    size_t pair;
    int side;
    uint32_t quote;
    auto operator<=>(const Use&) const = default;
  };
  std::vector<Use> uses;
  size_t terms_used = 0;
  for (const QuoteWords& q : analysed) terms_used = std::max(terms_used, q.terms.size());
  uses.reserve(terms_used * quotes.size());
  for (uint32_t i = 0; i < quotes.size(); ++i) {
    for (const auto& [pair, side] : words_of(i).terms) uses.push_back({pair, side, i});
  }
  std::sort(uses.begin(), uses.end());
  uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
  std::set<std::pair<std::vector<const Fact*>, std::vector<const Fact*>>> reported;
  auto less = [](const Fact* x, const Fact* y) {
    return std::tie(x->ref.document, x->ref.claim) < std::tie(y->ref.document, y->ref.claim);
  };
  std::vector<const Fact*> a, b;
  a.reserve(quotes.size());
  b.reserve(quotes.size());
  std::vector<std::string_view> terms;
  std::string why;
  ForEachRun(uses, [](const Use& u) { return u.pair; }, [&](size_t begin, size_t end) {
    const size_t pair = uses[begin].pair;
    a.clear();
    b.clear();
    for (size_t k = begin; k < end; ++k) {
      (uses[k].side == 0 ? a : b).push_back(quotes[uses[k].quote]);
    }
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    std::erase_if(b,
                  [&](const Fact* r) { return std::binary_search(a.begin(), a.end(), r, less); });
    // Several pairs can join the same quotes ("one-way"/"two-way" and their German twins).
    if (!reported.insert({a, b}).second || !reported.insert({b, a}).second) return;
    terms.clear();
    for (size_t k = begin; k < end; ++k) {
      const QuoteWords& q = words_of(uses[k].quote);
      for (const auto& [p, w] : q.term_words) {
        if (p == pair) terms.push_back(w);
      }
      terms.insert(terms.end(), q.negation_words.begin(), q.negation_words.end());
    }
    const auto& [x, y] = lex.pairs[pair];
    why.clear();
    ((((why += "“"sv) += x) += "” and “"sv) += y) += "” are opposites"sv;
    Add(ctx, g, a, b, 0.85, why, terms, out);
  });

  // The same words with and without a negation, or with other numbers.
  std::vector<uint32_t> members;
  members.reserve(quotes.size());
  for (uint32_t i = 0; i < quotes.size(); ++i) {
    if (words_of(i).long_signature) members.push_back(i);
  }
  auto signature = [&](uint32_t i) -> std::string_view { return words_of(i).signature; };
  auto numbers = [&](uint32_t i) -> std::string_view { return words_of(i).numbers; };
  std::sort(members.begin(), members.end(), [&](uint32_t x, uint32_t y) {
    return std::make_pair(signature(x), x) < std::make_pair(signature(y), y);
  });
  std::vector<uint32_t> same;  // One signature's quotations, by their numbers.
  std::vector<const Fact*> plain, negated;
  std::vector<std::pair<std::string_view, std::vector<const Fact*>>> by_numbers;
  ForEachRun(members, signature, [&](size_t begin, size_t end) {
    plain.clear();
    negated.clear();
    terms.clear();
    for (size_t k = begin; k < end; ++k) {
      const QuoteWords& q = words_of(members[k]);
      (q.negated ? negated : plain).push_back(quotes[members[k]]);
      terms.insert(terms.end(), q.negation_words.begin(), q.negation_words.end());
    }
    Add(ctx, g, plain, negated, 0.75, "the same statement once affirmed and once negated", terms,
        out);
    same.assign(members.begin() + begin, members.begin() + end);
    std::sort(same.begin(), same.end(), [&](uint32_t x, uint32_t y) {
      return std::make_pair(numbers(x), x) < std::make_pair(numbers(y), y);
    });
    by_numbers.clear();
    ForEachRun(same, numbers, [&](size_t nb, size_t ne) {
      auto& [list, side] = by_numbers.emplace_back(numbers(same[nb]), std::vector<const Fact*>());
      for (size_t k = nb; k < ne; ++k) side.push_back(quotes[same[k]]);
    });
    if (by_numbers.size() > 1 && by_numbers.size() <= 8) {
      const auto& [first, first_side] = by_numbers.front();
      for (size_t k = 1; k < by_numbers.size(); ++k) {
        const auto& [other, other_side] = by_numbers[k];
        terms.clear();
        for (std::string_view list : {first, other}) {
          for (std::string_view n : Split(list, ' ')) {
            if (!n.empty()) terms.push_back(n);
          }
        }
        why.clear();
        why += "the same words with different numbers ("sv;
        ((why += first) += "vs "sv) += other;
        why += ')';
        Add(ctx, g, first_side, other_side, 0.6, why, terms, out);
      }
    }
  });
}

}  // namespace crosscheck::internal
