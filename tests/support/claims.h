// Claims built by hand for the reconciler's tests, shaped as the extractor writes them: a kind,
// a key, and words that are the claim's evidence (its context, and a sentence and span that
// cover them). Each test sets what its rule reads on top:
//
//   Claim c = test_support::FigureClaim("greens/vote_share", Interval::Exact(15.5), "15,5 %");
//   c.source = "police";
#ifndef CROSSCHECK_TESTS_SUPPORT_CLAIMS_H_
#define CROSSCHECK_TESTS_SUPPORT_CLAIMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/types.h"

namespace crosscheck::test_support {

// A claim of `kind` about `key` whose words are `text`.
inline Claim HandClaim(ClaimKind kind, std::string key, std::string text) {
  Claim c;
  c.kind = kind;
  c.key = std::move(key);
  c.context = std::move(text);
  c.sentence = {0, static_cast<uint32_t>(c.context.size())};
  c.span = c.sentence;
  return c;
}

// A figure (kQuantity) of `value` about `key`, "subject/measure" as the extractor writes it:
// its subject is the key's first part ("_": none), its unit `unit`, else the key's measure.
inline Claim FigureClaim(const std::string& key, Interval value, std::string text,
                         std::optional<std::string> unit = std::nullopt) {
  Claim c = HandClaim(ClaimKind::kQuantity, key, std::move(text));
  const size_t slash = key.find('/');
  if (const std::string who = key.substr(0, slash); who != "_") c.subject = who;
  if (!unit && slash != std::string::npos) unit = key.substr(slash + 1);
  c.unit = unit.value_or("");
  c.value = value;
  return c;
}

// A document `id` published on `published` that holds `claims`.
inline DocumentResult Article(std::string id, absl::CivilDay published, std::vector<Claim> claims) {
  DocumentResult d;
  d.id = std::move(id);
  d.published = published;
  d.claims = std::move(claims);
  return d;
}

}  // namespace crosscheck::test_support

#endif  // CROSSCHECK_TESTS_SUPPORT_CLAIMS_H_
