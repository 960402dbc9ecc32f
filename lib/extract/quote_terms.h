// What comparing quotations reads of a quote, derived from its words at extraction: the folded
// words, numbers and negations, and the antonym pairs its words take part in
// (QuoteFields::quote_*).
// The reconciler compares these and needs no tokens and no language data.
#ifndef CROSSCHECK_LIB_EXTRACT_QUOTE_TERMS_H_
#define CROSSCHECK_LIB_EXTRACT_QUOTE_TERMS_H_

#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "crosscheck/options.h"
#include "crosscheck/types.h"
#include "lib/base/string_map.h"
#include "lib/extract/phrase_table.h"

namespace crosscheck::internal {

struct DocContext;  // lib/extract/context.h

// Whether some quote among the documents' claims has words or numbers but no terms derived
// from them: claims read back from JSON, which does not carry them, or built by hand.
bool LacksQuoteTerms(const std::vector<DocumentResult>& documents);

// The lexicon quotations are read with, and the reading.
class QuoteTerms {
 public:
  // The antonyms of common/antonyms.tsv and options.antonyms, the negations of every language
  // (a quotation is compared with quotations in other languages).
  explicit QuoteTerms(const ExtractOptions& options);
  // Sets the quote_* fields of a kQuote claim from its content.
  void Derive(Claim& quote) const;
  // Derive() for every quote among `claims`.
  void DeriveAll(std::vector<Claim>& claims) const;
  // The same for the claims of the document being extracted (ctx.claims), whose quotations
  // mostly take their tokens from the document's instead of tokenizing their words again.
  void DeriveAll(DocContext& ctx) const;

 private:
  struct Side {
    size_t pair;  // Index in pairs_.
    int side;     // 0: the pair's first term, 1: its second.
  };
  struct Scratch;
  static Scratch& ThreadScratch();  // Each thread's own.
  // Derive() from the tokens of the quotation's content.
  void DeriveFrom(Claim& quote, Tokens tokens) const;
  void Add(const std::string& a, const std::string& b);
  const std::vector<Side>* Term(std::string_view word) const;
  bool MayBeTerm(std::string_view s) const;
  static size_t Start(std::string_view s) {
    return static_cast<unsigned char>(s[0]) << 8 | static_cast<unsigned char>(s[1]);
  }
  static size_t End(std::string_view s) { return Start(s.substr(s.size() - 2)); }
  static uint32_t Last4(std::string_view s) {  // s has four bytes or more.
    uint32_t w;
    std::memcpy(&w, s.data() + s.size() - 4, 4);
    return w;
  }
  static size_t Tail(std::string_view s) { return (Last4(s) * 0x9E3779B1u) >> 16; }

  // term -> every (pair, side) it takes part in ("two-way" pairs with "one-way" and with
  // "Einbahnstraße").
  StringMap<std::vector<Side>> antonyms_;
  std::vector<std::string> pairs_;  // "first\tsecond", folded.
  PhraseTable negations_;
  std::bitset<64> lengths_;    // Of the terms; the last bit stands for all longer ones.
  std::bitset<65536> starts_;  // First two bytes of the terms.
  std::bitset<65536> ends_;    // Last two bytes of the terms.
  // Hashes of the last four bytes of the terms of four bytes or more: a compound's end is
  // tried at each of its starts only when the word ends as such a term does.
  std::bitset<65536> tails_;
  // The lengths of the terms of five bytes or more by their last four bytes, longest first:
  // the only ends of a compound that can be such a term.
  absl::flat_hash_map<uint32_t, std::vector<uint32_t>> tail_lengths_;
  bool short_terms_ = false;   // A term of one byte, which ends_ does not hold.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUOTE_TERMS_H_
