// Quotations, their speakers, person mentions with roles (issue 4): quote and role claims.
//
// A document is read in three steps: quotation spans are found first (one pass over the
// bytes, see quote_marks.h), then each sentence's speech cues, names, titles and pronouns are
// resolved in reading order (speakers/reading.h), which also yields the role claims
// (roles/role_claims.h), and finally every quotation is attributed by a list of named sieves
// over a bounded window around it (sieves.h): a cue right after it ("„…“, sagte Kirby"), a
// colon introduction ("erklärte: „…“"), a cue earlier in its sentence (a fragment in indirect
// speech), the current speaker for a quotation standing alone, or none (a label).
#ifndef CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_H_
#define CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_H_

#include <string_view>
#include <vector>

#include "crosscheck/options.h"
#include "lib/extract/context.h"
#include "lib/extract/roles/role_claims.h"
#include "lib/extract/speakers/lexicon.h"
#include "lib/extract/speakers/person.h"

namespace crosscheck::internal {

class QuoteRecognizer {
 public:
  explicit QuoteRecognizer(const ExtractOptions& options);
  // Appends this recognizer's claims for the document to ctx.claims, read with the words of
  // ctx.pack (its speaker and role lexicons). Thread-safe.
  // `decided`, when given, receives for each quotation (or chain) in reading order the name
  // of the sieve that decided its speaker (sieves.h), for tests.
  void Run(DocContext& ctx, std::vector<std::string_view>* decided = nullptr) const;

  const PersonDirectory& persons() const { return persons_; }

 private:
  const ExtractOptions& options_;
  PersonDirectory persons_;  // Persons and role kinds are the same in every language.
  RoleClaims role_claims_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_H_
