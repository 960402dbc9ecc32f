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

namespace {

void MarkProjectionParagraphs(const std::vector<Span>& paragraphs, std::string_view folded,
                              const LanguagePack& pack, std::vector<Claim>& claims) {
  std::vector<Claim*> shares;
  for (Claim& c : claims) {
    if (IsFigure(c) && c.unit == "vote_share" && c.paragraph < paragraphs.size()) {
      shares.push_back(&c);
    }
  }
  std::sort(shares.begin(), shares.end(),
            [](const Claim* a, const Claim* b) { return a->span.begin < b->span.begin; });
  size_t paragraph = paragraphs.size();  // The paragraph of the last share seen.
  bool projection = false;               // Whether its shares from here on are projected.
  for (Claim* c : shares) {
    if (c->paragraph != paragraph) {
      // The shares of a paragraph right after a projection's go on with it ("Die NPD flog
      // mit 3,2 bis 3,3 Prozent aus dem Landtag"); a paragraph without shares ends it.
      projection = projection && c->paragraph == paragraph + 1;
      paragraph = c->paragraph;
    }
    const uint32_t begin = paragraphs[paragraph].begin;
    if (!projection && c->span.begin > begin && c->span.begin <= folded.size()) {
      projection = LeadNamesInterim(folded.substr(begin, c->span.begin - begin), pack);
    }
    if (projection) c->value_in_projection_report = true;
  }
}

}  // namespace

void MarkReportedProjections(std::string_view folded, const std::vector<Span>& paragraphs,
                             const LanguagePack& pack, std::vector<Claim>& claims) {
  constexpr size_t kLeadBytes = 400;  // The title and the first sentence or two.
  if (LeadNamesInterim(folded.substr(0, kLeadBytes), pack)) {
    MarkLeadInterim(claims);
  } else {
    MarkProjectionParagraphs(paragraphs, folded, pack, claims);
  }
}

}  // namespace crosscheck::internal
