// Money: the currency of an amount, written before it ("$", "€", "USD", "US$") or after it
// ("400 Millionen Dollar", "2 Mrd. Euro", "30 MUSD", "Tausende Euro"), from the language's
// currencies.tsv and the money words of numeral_words.tsv.
#ifndef CROSSCHECK_LIB_EXTRACT_MONEY_CURRENCY_H_
#define CROSSCHECK_LIB_EXTRACT_MONEY_CURRENCY_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/options.h"
#include "lib/extract/numbers/forms.h"

namespace crosscheck::internal {

// A currency written before the amount at tokens[i], not before token `earliest`: its first
// token and ISO code.
std::optional<std::pair<size_t, std::string>> CurrencyBefore(Tokens tokens,
                                                             size_t i, size_t earliest,
                                                             const LanguagePack& pack);

// A currency written after the amount: sets e.currency and scales the value when the currency
// carries a scale ("30 MUSD", "75 USD million"). `hedge`, `range` and `scaled` say how the
// value was read.
void ReadCurrencyAfter(Tokens tokens, const LanguagePack& pack,
                       const ExtractOptions& options, Hedge hedge, bool range, bool scaled,
                       NumberExpr& e);

// "Tausende Euro", "einige Milliarden Euro", "thousands of dollars": the currency after a
// vague count.
void VagueCurrency(Tokens tokens, const LanguagePack& pack, NumberExpr& e);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_MONEY_CURRENCY_H_
