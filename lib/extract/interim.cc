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
  // Vote shares only: a projection gives shares (and seats from them); other figures of
  // such an article (turnout of the last election, a party's members) are no stage of it.
  for (Claim& c : claims) {
    if (IsFigure(c) && std::string_view(c.unit) == "vote_share") {
      c.value_in_projection_report = true;
    }
  }
}

}  // namespace crosscheck::internal
