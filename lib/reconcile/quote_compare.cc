// Quote findings: one speaker, one topic, opposite words — antonyms (any language, compound
// words too), a negation of the same statement, or different numbers in the same words.
// Quotes are indexed by the terms they carry, so a speaker's quotes are never compared
// pairwise; paraphrases share no antonym, no negated signature, and so never meet.
#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "fmt/format.h"
#include "lib/data/embedded.h"
#include "lib/extract/phrase_table.h"
#include "lib/extract/tokens.h"
#include "lib/reconcile/internal.h"
#include "lib/text/string_map.h"

namespace crosscheck::internal {

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
    antonyms[Fold(a)].emplace_back(id, 0);
    antonyms[Fold(b)].emplace_back(id, 1);
  }
  // The antonym term a word carries: the word itself or the end of a compound, with up to
  // two letters of German inflection ("Einbahnstraßen").
  const std::vector<std::pair<size_t, int>>* Term(std::string_view w) const {
    for (size_t cut = 0; cut <= 2 && cut < w.size(); ++cut) {
      const std::string_view stem = w.substr(0, w.size() - cut);
      for (size_t start = 0; start + 5 <= stem.size() || start == 0; ++start) {
        if (start > 0 && (static_cast<unsigned char>(stem[start]) & 0xC0) == 0x80) continue;
        auto it = antonyms.find(stem.substr(start));
        if (it != antonyms.end()) return &it->second;
        if (start + 5 > stem.size()) break;
      }
    }
    return nullptr;
  }
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
  for (std::string_view w : words) (q.signature += w) += ' ';
  std::sort(numbers.begin(), numbers.end());
  for (std::string_view n : numbers) (q.numbers += n) += ' ';
  q.long_signature = std::count(q.signature.begin(), q.signature.end(), ' ') >= 3;
  return q;
}

// The topics of a side, sorted and distinct.
std::vector<std::string_view> TopicsOf(const std::vector<const Fact*>& side) {
  std::vector<std::string_view> out;
  for (const Fact* f : side) out.insert(out.end(), f->claim->topics.begin(), f->claim->topics.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool TopicsMeet(const std::vector<const Fact*>& a, const std::vector<const Fact*>& b) {
  const std::vector<std::string_view> ta = TopicsOf(a), tb = TopicsOf(b);
  if (ta.empty() || tb.empty()) return true;  // Nothing says they are about different things.
  for (size_t i = 0, j = 0; i < ta.size() && j < tb.size();) {
    if (ta[i] == tb[j]) return true;
    ta[i] < tb[j] ? ++i : ++j;
  }
  return false;
}

void AppendTopics(std::string& out, const std::vector<const Fact*>& side) {
  const size_t start = out.size();
  for (std::string_view t : TopicsOf(side)) {
    if (out.size() > start) out += ", ";
    out += t;
  }
  if (out.size() == start) out += "the same subject";
}

void Add(const ReconcileContext& ctx, const Group& g, const std::vector<const Fact*>& a,
         const std::vector<const Fact*>& b, double severity, const std::string& why,
         std::vector<std::string> terms, std::vector<Finding>& out) {
  if (a.empty() || b.empty() || !TopicsMeet(a, b)) return;
  Finding f;
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  f.terms = std::move(terms);
  f.kind = FindingKind::kQuote;
  f.key = std::string(g.key);
  f.severity = severity;
  ctx.Finish(f, a, b);
  std::string& e = f.explanation;
  e.reserve(320);
  e += a.front()->claim->speaker;
  e += " is quoted on ";
  AppendTopics(e, a);
  e += " with words that cannot both be meant: ";
  ctx.CiteTo(e, a);
  e += " vs ";
  ctx.CiteTo(e, b);
  e += ": ";
  e += why;
  out.push_back(std::move(f));
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
  struct Quote {
    const Fact* fact;
    const QuoteWords* said;
  };
  std::vector<Quote> quotes;
  std::deque<QuoteWords> analysed;  // Stable addresses while more are added.
  absl::flat_hash_map<std::string_view, const QuoteWords*, StringHash, StringEqual> by_content;
  for (const Fact& f : g.facts) {
    const Claim& c = *f.claim;
    if (c.kind != ClaimKind::kQuote || c.form == QuoteForm::kLabel || c.speaker.empty()) continue;
    const QuoteWords*& said = by_content[c.content];
    if (said == nullptr) said = &analysed.emplace_back(Analyze(lex, c.content));
    quotes.push_back({&f, said});
  }
  // Opposite terms: each antonym pair splits the quotes that use it into two sides.
  std::map<size_t, std::array<std::vector<size_t>, 2>> by_pair;
  for (size_t i = 0; i < quotes.size(); ++i) {
    for (const auto& [pair, side] : quotes[i].said->terms) {
      auto& list = by_pair[pair][side];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  std::set<std::pair<std::vector<const Fact*>, std::vector<const Fact*>>> reported;
  auto less = [](const Fact* x, const Fact* y) {
    return std::tie(x->ref.document, x->ref.claim) < std::tie(y->ref.document, y->ref.claim);
  };
  for (const auto& [pair, sides] : by_pair) {
    std::vector<const Fact*> a, b;
    for (size_t i : sides[0]) a.push_back(quotes[i].fact);
    for (size_t i : sides[1]) b.push_back(quotes[i].fact);
    std::erase_if(b, [&](const Fact* r) { return std::find(a.begin(), a.end(), r) != a.end(); });
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    // Several pairs can join the same quotes ("one-way"/"two-way" and their German twins).
    if (!reported.insert({a, b}).second || !reported.insert({b, a}).second) continue;
    const auto& [x, y] = lex.pairs[pair];
    std::vector<std::string> words;
    for (int side = 0; side < 2; ++side) {
      for (size_t i : sides[side]) {
        for (const auto& [p, w] : quotes[i].said->term_words) {
          if (p == pair) words.push_back(w);
        }
        const std::vector<std::string>& negation_words = quotes[i].said->negation_words;
        words.insert(words.end(), negation_words.begin(), negation_words.end());
      }
    }
    Add(ctx, g, a, b, 0.85, fmt::format("“{}” and “{}” are opposites", x, y), std::move(words),
        out);
  }
  // The same words with and without a negation, or with other numbers.
  std::map<std::string_view, std::vector<size_t>> by_signature;
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].said->long_signature) by_signature[quotes[i].said->signature].push_back(i);
  }
  for (const auto& [signature, members] : by_signature) {
    std::vector<const Fact*> plain, negated;
    std::vector<std::string> negation_words;
    std::map<std::string_view, std::vector<const Fact*>> by_numbers;
    for (size_t i : members) {
      const QuoteWords& q = *quotes[i].said;
      (q.negated ? negated : plain).push_back(quotes[i].fact);
      by_numbers[q.numbers].push_back(quotes[i].fact);
      negation_words.insert(negation_words.end(), q.negation_words.begin(), q.negation_words.end());
    }
    Add(ctx, g, plain, negated, 0.75, "the same statement once affirmed and once negated",
        std::move(negation_words), out);
    if (by_numbers.size() > 1 && by_numbers.size() <= 8) {
      auto first = by_numbers.begin();
      for (auto it = std::next(first); it != by_numbers.end(); ++it) {
        std::vector<std::string> numbers;
        for (std::string_view list : {first->first, it->first}) {
          for (std::string_view n : Split(list, ' ')) {
            if (!n.empty()) numbers.emplace_back(n);
          }
        }
        Add(ctx, g, first->second, it->second, 0.6,
            fmt::format("the same words with different numbers ({}vs {})", first->first, it->first),
            std::move(numbers), out);
      }
    }
  }
}

}  // namespace crosscheck::internal
