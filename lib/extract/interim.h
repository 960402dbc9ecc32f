// Figures of a projection or a partial count ("laut Hochrechnung", "according to the exit
// poll"): Claim::value_is_interim, marked at extraction from the figure's source and again
// on claims read back from JSON, which does not carry the mark.
#ifndef CROSSCHECK_LIB_EXTRACT_INTERIM_H_
#define CROSSCHECK_LIB_EXTRACT_INTERIM_H_

#include <string_view>
#include <vector>

#include "crosscheck/types.h"
#include "lib/lang/lang.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

// Whether source key `source` names a projection or a partial count ("hochrechnung",
// "ard-hochrechnung", "exit_poll"): it contains a word of the language's interim_sources.tsv.
bool NamesInterim(std::string_view source, const LanguagePack& pack);

// Whether a figure of `documents` names such a source in its document's language without
// being marked: claims read back from JSON or built by hand.
bool LacksInterimMarks(const std::vector<DocumentResult>& documents,
                       const LanguageRegistry& languages);

// Marks the figures of `d` whose sources name a projection or a partial count, as extraction
// does; a document of a language without a pack keeps its marks.
void MarkInterim(DocumentResult& d, const LanguageRegistry& languages);

// Whether the lead `folded_lead` (the title and first sentences, lower-cased) names a
// projection ("In der ersten Hochrechnung ...", "Live: projections show ..."): an article
// reporting one. Its vote shares are the projection's, though a sentence gives no source
// ("Die SPD liegt demnach bei 25,7 Prozent"), so MarkLeadInterim marks them (two projections of
// one evening are then no contradiction, numeric.cc SomePairOneDay); its seats "predicted"
// or "set to" be won are the projection's count, no forecast.
bool LeadNamesInterim(std::string_view folded_lead, const LanguagePack& pack);
void MarkLeadInterim(std::vector<Claim>& claims);

// MarkLeadInterim when the first 400 bytes of `folded` (the text lower-cased) name a
// projection; else the same for the vote shares of a paragraph that names one before them
// ("Nach den ersten Hochrechnungen der Sender ARD und ZDF kam die SPD auf 30,3 bis 30,4
// Prozent") and of the paragraphs of shares right after it, deep in a report.
void MarkReportedProjections(std::string_view folded, const std::vector<Span>& paragraphs,
                             const LanguagePack& pack, std::vector<Claim>& claims);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_INTERIM_H_
