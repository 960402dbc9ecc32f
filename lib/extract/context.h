// What every recognizer sees of one document, and where it puts its claims.
#ifndef CROSSCHECK_LIB_EXTRACT_CONTEXT_H_
#define CROSSCHECK_LIB_EXTRACT_CONTEXT_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "crosscheck/options.h"
#include "crosscheck/text.h"
#include "crosscheck/types.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

struct LanguagePack;

// A claim read but not trusted enough to be compared by default: its confidence is put below
// ReconcileOptions::min_confidence (0.5), so it is compared only with --all.
constexpr double kOnRequestConfidence = 0.45;
inline void CompareOnRequest(Claim& c) {
  c.confidence = std::min(c.confidence, kOnRequestConfidence);
}

struct SentenceTokens {
  Sentence sentence;          // Span in match text.
  Tokens tokens;              // A view into DocContext::token_store.
  // What the tokens hold, so that a recognizer passes over a sentence none of whose tokens
  // can start what it reads: the OR of their LexClass bits (WordLexicon::Tag) and their
  // TokenShape bits (Tokenize). Only what costs next to nothing while the tokens are made;
  // recognizers test the rest of their first tests themselves.
  uint64_t classes = 0;
  // The OR of the tokens' roles in the quantities' role table (QuantityRole bits, the
  // lexicon's LexEntry::roles[kLexQuantityRoles]): which single-word roles occur at all.
  uint64_t quantity_roles = 0;
  // The OR of the tokens' lead roles there (LexEntry::lead_roles): which roles a form that
  // begins at one of its words may have (RoleTable::At).
  uint64_t quantity_lead_roles = 0;
  uint8_t shapes = 0;
};

struct DocContext {
  std::string_view text;      // The match text (NFC).
  std::string folded;         // Fold(text): what the tokens' folded forms point into.
  std::string_view lang;      // "de", "en", or an added language's code.
  const LanguagePack* pack = nullptr;  // That language's words and rules.
  std::optional<absl::CivilDay> published;
  const ExtractOptions* options = nullptr;
  const SegmentedText* seg = nullptr;
  std::vector<SentenceTokens> sentences;
  // Every sentence's tokens, one after another: one buffer for the document instead of one
  // per sentence. It must not grow once the sentences' views are set.
  std::vector<Token> token_store;
  std::vector<Claim> claims;  // Spans in match text; mapped to the original at the end.
  // Whether the date claims name an election held on or just before the document's day
  // (poll.cc, ElectionHeld): -1 until a recognizer first asks, then 0 or 1 for the document.
  // The date claims come first and do not change once the quantities are read.
  mutable int8_t election_held = -1;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_CONTEXT_H_
