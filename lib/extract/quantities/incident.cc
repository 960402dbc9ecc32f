// Which of a story's several named incidents a toll belongs to: the dead of "the Eaton Fire"
// are not the dead of "the Palisades Fire"; each fire's toll is a part of the story's whole.
#include <algorithm>
#include <cstdint>
#include <string_view>

#include "lib/base/concat.h"
#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {
namespace {

constexpr size_t kNameWords = 3;  // "the Sierra Madre Fire".

// The incident named at tokens[k] ("name_kind"), or empty: a capitalised name between an
// article and an incident noun, the noun not heading a longer name ("the Eaton Fire", not
// "the Los Angeles Fire Department"), or a German compound ("dem Eaton-Feuer"). `start`: where
// the name begins.
std::string IncidentAt(Tokens tokens, size_t k, const LanguagePack& pack,
                       size_t* start) {
  *start = k;
  const Token& t = tokens[k];
  if (t.kind != TokenKind::kWord) return "";
  const RoleTable& roles = pack.quantities.roles;
  if (t.hyphen && t.upper) {
    const size_t dash = t.folded().rfind('-');
    if (dash == 0 || dash == std::string_view::npos) return "";
    const auto* kind = roles.Values(t.folded().substr(dash + 1), kIncidentName);
    if (kind == nullptr || kind->empty()) return "";
    return Concat(t.folded().substr(0, dash), "_", kind->at(0));
  }
  // German capitalises every noun: "in dem Gebäude Feuer gelegt" names no fire. Its names
  // are compounds ("Eaton-Feuer").
  if (pack.grammar.capitalised_nouns) return "";
  const auto* kind = roles.Values(t.folded(), kIncidentName);
  if (kind == nullptr || kind->empty() || k == 0) return "";
  if (k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord && tokens[k + 1].upper) {
    return "";
  }
  size_t j = k;
  while (j > 0 && k - j < kNameWords && tokens[j - 1].kind == TokenKind::kWord &&
         tokens[j - 1].upper && !roles.Has(tokens[j - 1], kPartArticle)) {
    --j;
  }
  if (j == k || j == 0 || !roles.Has(tokens[j - 1], kPartArticle)) return "";
  // "the California wildfire", "the Monday blaze": a place or a day says where or when the
  // story's fire burnt, it names no second one.
  if (k - j == 1 && (pack.quantities.places.Match(tokens, j).length > 0 ||
                     pack.dates.weekdays.Match(tokens, j).length > 0 ||
                     pack.dates.months.Match(tokens, j).length > 0)) {
    return "";
  }
  *start = j;
  std::string name;
  for (size_t i = j; i < k; ++i) {
    name += tokens[i].folded();
    name += '_';
  }
  return name + kind->at(0);
}

// Whether a comma or a list link ("and", "while") stands in tokens[from, to).
bool LinkBetween(Tokens tokens, size_t from, size_t to,
                 const LanguagePack& pack) {
  for (size_t i = from; i < to && i < tokens.size(); ++i) {
    if (tokens[i].folded() == "," || pack.quantities.roles.Has(tokens[i], kListLink)) return true;
  }
  return false;
}

// Whether the incident named from tokens[start] is a past one the story is measured against:
// a comparison word and an article before it ("deadliest since the Cloquet Fire").
bool ComparedWith(Tokens tokens, size_t start, const LanguagePack& pack) {
  const RoleTable& roles = pack.quantities.roles;
  return start >= 2 && roles.Has(tokens[start - 1], kPartArticle) &&
         roles.Has(tokens[start - 2], kIncidentCompare);
}

}  // namespace

std::string NamedIncidentOf(Tokens tokens, size_t first, size_t np_end,
                       const LanguagePack& pack) {
  constexpr size_t kWindow = 12;
  const auto [from, to] = ClauseAround(tokens, first, np_end, kWindow);
  // The nearest to the figure: "14 in the Ridge Fire and another six in the Cedar Fire".
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (size_t k = from; k < to; k = k + 1 == first ? np_end : k + 1) {
    size_t start = k;
    std::string incident = IncidentAt(tokens, k, pack, &start);
    if (incident.empty()) continue;
    // From the name's start after the figure ("six in the Cedar Fire"), from its noun before;
    // at equal distance the one after, the figure's own phrase ("17 in the Ridge Fire and six
    // in the Cedar Fire").
    const bool after = start >= np_end;
    // A name after a list link or comma belongs to the next part ("the Eaton Fire killed five
    // and the Palisades Fire seven").
    if (after && LinkBetween(tokens, np_end, start, pack)) continue;
    const size_t d = after ? start - np_end : first - std::min(first, k);
    if (d < best_distance || (after && d == best_distance)) {
      best = std::move(incident);
      best_distance = d;
    }
  }
  return best;
}

std::string IncidentReferredTo(const DocContext& ctx, size_t index, size_t first, size_t np_end) {
  constexpr size_t kWindow = 12;
  constexpr size_t kSentences = 3;  // A paragraph's lead and what follows it.
  const LanguagePack& pack = *ctx.pack;
  Tokens tokens = ctx.sentences[index].tokens;
  const auto [from, to] = ClauseAround(tokens, first, np_end, kWindow);
  bool points = false;  // "this fire", "dieses Feuer": a demonstrative and an incident noun.
  for (size_t k = from; k + 1 < to && !points; ++k) {
    points = pack.quantities.roles.Has(tokens[k], kDemonstrative) &&
             pack.quantities.roles.Has(tokens[k + 1], kIncidentName);
  }
  if (!points) return "";
  const uint32_t paragraph = ctx.sentences[index].sentence.paragraph;
  for (size_t back = 0; back <= kSentences && back <= index; ++back) {
    const SentenceTokens& st = ctx.sentences[index - back];
    if (st.sentence.paragraph != paragraph) break;
    std::string last;
    const size_t end = back == 0 ? from : st.tokens.size();
    for (size_t k = 0; k < end; ++k) {
      size_t start = k;
      if (std::string incident = IncidentAt(st.tokens, k, pack, &start); !incident.empty()) {
        last = std::move(incident);
      }
    }
    if (!last.empty()) return last;
  }
  return "";
}

size_t NamedIncidents(const std::vector<SentenceTokens>& sentences, const LanguagePack& pack,
                      size_t boilerplate) {
  std::string first;
  for (const SentenceTokens& st : sentences) {
    if (st.sentence.paragraph >= boilerplate) break;  // Links to other stories' fires.
    // Only a word of the role or a hyphenated one is asked: the sentence's roles and shapes
    // (its tokens tagged) tell when it has none.
    if (((st.quantity_roles >> kIncidentName) & 1) == 0 && (st.shapes & kShapeHyphenWord) == 0) {
      continue;
    }
    for (size_t k = 0; k < st.tokens.size(); ++k) {
      if (!pack.quantities.roles.Has(st.tokens[k], kIncidentName) && !st.tokens[k].hyphen) {
        continue;
      }
      size_t start = k;
      std::string incident = IncidentAt(st.tokens, k, pack, &start);
      if (incident.empty() || ComparedWith(st.tokens, start, pack)) continue;
      if (first.empty()) first = std::move(incident);
      else if (incident != first) return 2;
    }
  }
  return first.empty() ? 0 : 1;
}

bool PartByIncident(const DocContext& ctx, size_t index, size_t first, size_t np_end,
                    const Claim* previous, Claim& c) {
  const LanguagePack& pack = *ctx.pack;
  const auto t = pack.quantities.measure_tally.find(c.unit);
  if (c.kind != ClaimKind::kQuantity || t == pack.quantities.measure_tally.end() ||
      !t->second.toll) {
    return false;
  }
  std::string incident = NamedIncidentOf(ctx.sentences[index].tokens, first, np_end, pack);
  if (incident.empty()) incident = IncidentReferredTo(ctx, index, first, np_end);
  if (incident.empty()) return false;
  if (c.aspect == Aspect::kChange && previous != nullptr &&
      previous->sentence.begin == c.sentence.begin && !previous->subject.ends_with(incident)) {
    c.aspect = Aspect::kCumulative;
  }
  c.subject = c.subject.empty() ? incident : Concat(std::string_view(c.subject), "_", incident);
  return true;
}

}  // namespace crosscheck::internal
