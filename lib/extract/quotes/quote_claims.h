// The claims of an attributed quotation: one per piece, with its speaker, form and topics.
#ifndef CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_CLAIMS_H_
#define CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_CLAIMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lib/extract/quotes/site.h"
#include "lib/extract/roles/role_lexicon.h"
#include "lib/extract/speakers/article_persons.h"

namespace crosscheck::internal {

// Entities per sentence, for the quotations' topics, found when first asked for: except
// those inside mentions of persons, which name a title ("der ukrainische Außenminister").
class QuoteTopics {
 public:
  QuoteTopics(const DocContext& ctx, const std::vector<SentenceSpeech>& info,
              const RoleLexicon& roles)
      : ctx_(ctx), info_(info), roles_(roles), found_(ctx.sentences.size()) {}
  // (token, entity key) of sentence s, in token order.
  const std::vector<std::pair<uint32_t, std::string>>& Of(size_t s);

 private:
  const DocContext& ctx_;
  const std::vector<SentenceSpeech>& info_;
  const RoleLexicon& roles_;
  std::vector<std::optional<std::vector<std::pair<uint32_t, std::string>>>> found_;
};

// Appends a claim for each piece of the quotation at `site` to `out`.
void EmitQuoteClaims(const QuoteSite& site, const Attribution& a, const ArticlePersons& art,
                     QuoteTopics& topics, std::vector<Claim>& out);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUOTES_QUOTE_CLAIMS_H_
