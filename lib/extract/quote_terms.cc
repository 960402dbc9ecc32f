#include "lib/extract/quote_terms.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <string>

#include "lib/data/embedded.h"
#include "lib/extract/context.h"
#include "lib/extract/tables.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

QuoteTerms::QuoteTerms(const ExtractOptions& options) {
  for (const TableRow& row : CommonTable(kAntonymsTable).rows) {
    Add(std::string(row[0]), std::string(row[1]));
  }
  for (const auto& [a, b] : options.antonyms) Add(a, b);
  negations_.AddTable("de/negations.tsv");
  negations_.AddTable("en/negations.tsv");
}

void QuoteTerms::Add(const std::string& a, const std::string& b) {
  const size_t id = pairs_.size();
  const std::string terms[2] = {Fold(a), Fold(b)};
  pairs_.push_back(terms[0] + '\t' + terms[1]);
  for (int side = 0; side < 2; ++side) {
    const std::string& term = terms[side];
    antonyms_[term].push_back({id, side});
    lengths_.set(std::min(term.size(), lengths_.size() - 1));
    if (term.size() >= 4) tails_.set(Tail(term));
    if (term.size() >= 5) {
      std::vector<uint32_t>& lengths = tail_lengths_[Last4(term)];
      const uint32_t n = static_cast<uint32_t>(term.size());
      auto at = std::lower_bound(lengths.begin(), lengths.end(), n, std::greater<>());
      if (at == lengths.end() || *at != n) lengths.insert(at, n);
    }
    if (term.size() >= 2) {
      starts_.set(Start(term));
      ends_.set(End(term));
    } else {
      short_terms_ = true;
    }
  }
}

// Whether some term could be `s`, from its length and first two bytes: most of the ends of
// words tried below are no term, and this spares them the hash lookup.
bool QuoteTerms::MayBeTerm(std::string_view s) const {
  if (!lengths_.test(std::min(s.size(), lengths_.size() - 1))) return false;
  return s.size() < 2 || starts_.test(Start(s));
}

// The antonym term a word carries: the word itself or the end of a compound, with up to two
// letters of German inflection ("Einbahnstraßen").
const std::vector<QuoteTerms::Side>* QuoteTerms::Term(std::string_view w) const {
  for (size_t cut = 0; cut <= 2 && cut < w.size(); ++cut) {
    const std::string_view stem = w.substr(0, w.size() - cut);
    // A stem of four bytes or more can be, or end in, only a term of four bytes or more (the
    // ends tried below have five), which ends in the stem's last four bytes.
    if (stem.size() >= 4 && !tails_.test(Tail(stem))) continue;
    // Every end of the stem tried below ends as the stem does: most stems end as no term.
    if (stem.size() >= 2 && !short_terms_ && !ends_.test(End(stem))) continue;
    if (MayBeTerm(stem)) {
      auto it = antonyms_.find(stem);
      if (it != antonyms_.end()) return &it->second;
    }
    // The ends tried below are of five bytes or more: each ends in the stem's last four.
    if (stem.size() < 6 || !tails_.test(Tail(stem))) continue;
    const auto lengths = tail_lengths_.find(Last4(stem));
    if (lengths == tail_lengths_.end()) continue;
    // The ends from the second byte on, longest first, that are as long as a term ending in
    // the same four bytes: the others can be no term.
    for (const uint32_t n : lengths->second) {
      if (n + 1 > stem.size()) continue;
      const size_t start = stem.size() - n;
      if ((static_cast<unsigned char>(stem[start]) & 0xC0) == 0x80) continue;
      auto it = antonyms_.find(stem.substr(start));
      if (it != antonyms_.end()) return &it->second;
    }
  }
  return nullptr;
}

// Derive's working vectors, kept by each thread: a document's quotations are many, and
// each allocated its own (about four allocations and frees a quotation).
struct QuoteTerms::Scratch {
  struct Hit {
    const std::vector<Side>* sides;
    std::string_view word;
    size_t sentence;  // Index of the quotation's sentence the word stands in.
  };
  std::string folded;
  std::vector<Token> tokens;
  std::vector<std::string_view> words, numbers;  // Views into `folded`, sorted below.
  std::vector<std::pair<uint64_t, std::string_view>> keyed;  // words by PrefixKey.
  std::vector<Hit> hits;
  std::vector<int> negations;
};

namespace {

// The first eight bytes of s as a big-endian number, zero bytes after a shorter s: ordered by
// it, and by the whole strings where it is equal, strings are in their lexicographic order.
uint64_t PrefixKey(std::string_view s) {
  if (s.size() >= 8) {
    uint64_t w;
    std::memcpy(&w, s.data(), 8);
    return std::endian::native == std::endian::little ? __builtin_bswap64(w) : w;
  }
  uint64_t w = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    w |= uint64_t{static_cast<unsigned char>(s[k])} << (56 - 8 * k);
  }
  return w;
}

// std::sort and std::unique of `words`; the strings' first bytes are compared as numbers, which
// spares most of the calls to memcmp a string comparison makes.
void SortUnique(std::vector<std::string_view>& words,
                std::vector<std::pair<uint64_t, std::string_view>>& keyed) {
  keyed.clear();
  for (std::string_view w : words) keyed.emplace_back(PrefixKey(w), w);
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second < b.second;
  });
  words.clear();
  for (const auto& [key, w] : keyed) {
    if (words.empty() || words.back() != w) words.push_back(w);
  }
}

}  // namespace

QuoteTerms::Scratch& QuoteTerms::ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

void QuoteTerms::Derive(Claim& claim) const {
  Scratch& scratch = ThreadScratch();
  const std::string_view content = claim.quote().content;
  // The tokens' views point into scratch.folded until the fields are assigned at the end.
  scratch.folded = Fold(content);
  scratch.tokens.clear();
  TokenizeAppend(content, {0, static_cast<uint32_t>(content.size())}, scratch.folded,
                 scratch.tokens);
  DeriveFrom(claim, scratch.tokens);
}

void QuoteTerms::DeriveFrom(Claim& claim, Tokens tokens) const {
  Scratch& scratch = ThreadScratch();
  QuoteFields& q = claim.mutable_quote();
  // Views into the tokens, sorted below: a set of strings would allocate a node per word.
  std::vector<std::string_view>& words = scratch.words;
  std::vector<std::string_view>& numbers = scratch.numbers;
  std::vector<Scratch::Hit>& hits = scratch.hits;
  words.clear(), numbers.clear(), hits.clear();
  // Negations per sentence of the quotation: "not under control. We still have an increase"
  // does not negate the increase.
  std::vector<int>& negations = scratch.negations;
  negations.assign(1, 0);
  q.quote_negations.clear();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct && (t.folded() == "." || t.folded() == "!" || t.folded() == "?" ||
                                        t.folded() == ";")) {
      negations.push_back(0);
      continue;
    }
    if (t.kind == TokenKind::kNumber) {
      numbers.emplace_back(t.folded());
      continue;
    }
    if (t.kind != TokenKind::kWord) continue;
    if (negations_.Match(tokens, i).length > 0) {
      q.quote_negations.emplace_back(t.folded());
      ++negations.back();
      continue;
    }
    if (const auto* sides = Term(t.folded())) hits.push_back({sides, t.folded(), negations.size() - 1});
    words.push_back(t.folded());
  }
  q.quote_opposites.clear();
  std::string o;
  for (const auto& [sides, word, sentence] : hits) {
    // A negated sentence takes the other side of its words' pairs ("keine Einbahnstraße").
    const int negated = negations[sentence] % 2;
    for (const Side& s : *sides) {
      o = pairs_[s.pair];
      o += '\t';
      o += static_cast<char>('0' + (s.side ^ negated));
      o += '\t';
      o += word;
      o += '\t';
      o += std::to_string(s.pair);
      q.quote_opposites.push_back(o);
    }
  }
  SortUnique(words, scratch.keyed);
  q.quote_words.assign(words.begin(), words.end());
  std::sort(numbers.begin(), numbers.end());
  q.quote_numbers.assign(numbers.begin(), numbers.end());
}

void QuoteTerms::DeriveAll(std::vector<Claim>& claims) const {
  for (Claim& c : claims) {
    if (c.kind == ClaimKind::kQuote) Derive(c);
  }
}

namespace {

// The document's tokens of a quotation's content, where they are the tokens Tokenize makes
// of the content alone: the content lies in one sentence at a byte of the claim's span (the
// quotation marks before it), and no token of the sentence runs over either of its ends.
// Tokenize starts afresh at every token and at every byte it skips, reads no byte before a
// token, and after a token's last byte only bytes that would have made the token longer;
// Fold maps each character by itself. Else, an empty span with `*found` false.
Tokens DocumentTokens(const DocContext& ctx, const Claim& c, bool* found) {
  *found = false;
  const std::string_view content = c.quote().content;
  const std::string_view text = ctx.text;
  if (content.empty() || c.span.begin >= text.size()) return {};
  // The sentence the claim's span begins in: the last one beginning at or before it.
  auto st = std::upper_bound(ctx.sentences.begin(), ctx.sentences.end(), c.span.begin,
                             [](uint32_t at, const SentenceTokens& s) {
                               return at < s.sentence.span.begin;
                             });
  if (st == ctx.sentences.begin()) return {};
  --st;
  const Span sentence = st->sentence.span;
  constexpr size_t kLongestMark = 4;  // The content begins after the opening mark.
  for (size_t b = c.span.begin; b <= c.span.begin + kLongestMark; ++b) {
    const size_t e = b + content.size();
    if (b < sentence.begin || e > sentence.end) return {};
    if (text.compare(b, content.size(), content) != 0) continue;
    const Tokens t = st->tokens;
    // The first token ending after b, and the first beginning at or after e.
    auto first = std::partition_point(t.begin(), t.end(),
                                      [&](const Token& k) { return k.span.end <= b; });
    auto last = std::partition_point(first, t.end(),
                                     [&](const Token& k) { return k.span.begin < e; });
    if (first != last && (first->span.begin < b || std::prev(last)->span.end > e)) return {};
    *found = true;
    return t.subspan(static_cast<size_t>(first - t.begin()), static_cast<size_t>(last - first));
  }
  return {};
}

}  // namespace

void QuoteTerms::DeriveAll(DocContext& ctx) const {
  for (Claim& c : ctx.claims) {
    if (c.kind != ClaimKind::kQuote) continue;
    bool found = false;
    const Tokens tokens = DocumentTokens(ctx, c, &found);
    if (found) {
      DeriveFrom(c, tokens);
    } else {
      Derive(c);
    }
  }
}

bool LacksQuoteTerms(const std::vector<DocumentResult>& documents) {
  for (const DocumentResult& d : documents) {
    for (const Claim& c : d.claims) {
      const QuoteFields& q = c.quote();
      if (c.kind != ClaimKind::kQuote || !q.quote_words.empty() || !q.quote_numbers.empty() ||
          !q.quote_negations.empty()) {
        continue;
      }
      // Empty terms are what a quotation without words or numbers ("…") is given too: only
      // such rare claims are tokenized here, and claims read back lack terms from the first.
      const std::string folded = Fold(q.content);
      const Span all = {0, static_cast<uint32_t>(q.content.size())};
      for (const Token& t : Tokenize(q.content, all, folded)) {
        if (t.kind != TokenKind::kPunct) return true;
      }
    }
  }
  return false;
}

}  // namespace crosscheck::internal
