#include "lib/extract/interim.h"

#include <algorithm>
#include <string>

namespace crosscheck::internal {
namespace {

bool IsFigure(const Claim& c) {
  return c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney;
}

}  // namespace

bool NamesInterim(std::string_view source, const LanguagePack& pack) {
  const std::vector<std::string>& words = pack.quantities.interim_sources;
  return !source.empty() &&
         std::any_of(words.begin(), words.end(),
                     [source](const std::string& w) { return source.find(w) != source.npos; });
}

bool LacksInterimMarks(const std::vector<DocumentResult>& documents,
                       const LanguageRegistry& languages) {
  for (const DocumentResult& d : documents) {
    const LanguagePack* pack = languages.Find(d.lang);
    if (pack == nullptr) continue;
    for (const Claim& c : d.claims) {
      if (IsFigure(c) && !c.value_is_interim && NamesInterim(c.source, *pack)) return true;
    }
  }
  return false;
}

void MarkInterim(DocumentResult& d, const LanguageRegistry& languages) {
  const LanguagePack* pack = languages.Find(d.lang);
  if (pack == nullptr) return;
  for (Claim& c : d.claims) {
    if (IsFigure(c) && NamesInterim(c.source, *pack)) c.value_is_interim = true;
  }
}

bool LeadNamesInterim(std::string_view folded_lead, const LanguagePack& pack) {
  // A word of a letter before it is inside a compound of another head ("Wetterprognose");
  // a hyphen starts a compound's own word ("ARD-Hochrechnung"); endings may follow
  // ("Hochrechnungen").
  auto letter = [](unsigned char b) { return (b >= 'a' && b <= 'z') || b >= 0x80; };
  for (const std::string& phrase : pack.quantities.interim_phrases) {
    for (size_t at = folded_lead.find(phrase); at != folded_lead.npos;
         at = folded_lead.find(phrase, at + 1)) {
      if (at == 0 || !letter(static_cast<unsigned char>(folded_lead[at - 1]))) return true;
    }
  }
  return false;
}

void MarkLeadInterim(std::vector<Claim>& claims) {
  // Vote shares, and the seats and majorities a projection gives them ("the exit poll
  // predicts the Conservatives will win 368 seats"): other figures of such an article
  // (turnout of the last election, a party's members) are no stage of it.
  for (Claim& c : claims) {
    if (!IsFigure(c)) continue;
    const std::string_view unit(c.unit);
    if (unit == "vote_share") c.value_in_projection_report = true;
    // "predicted to win 368", "set to win": the projection's count, not a forecast that the
    // result may beat, so it is compared with the result as a stage of the count. A band
    // ("between 319 and 338 seats") is a forecast's, which the result may fall outside.
    if ((unit == "seats" || unit == "seat_majority") && c.modality == Modality::kProjected &&
        c.value.low == c.value.high) {
      c.modality = Modality::kUnspecified;
      c.value_in_projection_report = true;
    }
  }
}

}  // namespace crosscheck::internal
