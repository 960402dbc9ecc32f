// Crowds of a counter-protest: a figure of marchers after a gathering held against another
// (events.tsv, kinds "gathering" and "counter") counts that one's, not the rally's. Crowds
// summed over many gatherings are no one gathering's.
#include <algorithm>
#include <string_view>

#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {
namespace {

// Measures of measure_tree.tsv: the people at a rally, and those at a counter-protest.
constexpr std::string_view kMarchers = "participants", kCounterMarchers = "counter_protesters";
constexpr std::string_view kGatherings = "protests";  // "400 Kundgebungen", "300 rallies".
constexpr std::string_view kOpeningMarks = "\u201c\u201e\u00bb\u00ab\u2018\"'";

// Whether the gathering named last before the figure at `first` in its sentence, with no
// other figure between, is one held against another (events.tsv, kind "counter"): "a
// counter-protest by the coalition, which drew roughly 5,000 participants". Not when it sits
// in an aside about a rally named before it: "The rally, which passed a counter-protest, drew
// 110,000 people".
bool AfterCounterGathering(Tokens tokens, size_t first,
                           const LanguagePack& pack) {
  constexpr size_t kWindow = 20;  // "a rival demonstration, the “March Against Fascism,” drew".
  constexpr size_t kNone = SIZE_MAX;
  size_t rally = kNone, counter = kNone;  // The last gathering of each kind.
  for (size_t k = first > kWindow ? first - kWindow : 0; k < first;) {
    if (tokens[k].kind == TokenKind::kNumber) rally = counter = kNone;
    const PhraseMatch m = pack.dates.events.Match(tokens, k);
    if (m.length == 0 || k + m.length > first || m.fields->size() < 2) {
      ++k;
      continue;
    }
    if (m.fields->at(1) == "counter") counter = k;
    // A quoted name ("the “March for Peace”") names the gathering, it is not another.
    const bool named = k > 0 && tokens[k - 1].kind == TokenKind::kPunct &&
                       kOpeningMarks.find(tokens[k - 1].folded()) != std::string_view::npos;
    if (m.fields->at(1) == "gathering" && !named) rally = k;
    k += m.length;
  }
  if (counter == kNone || (rally != kNone && rally > counter)) return false;
  auto comma_between = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (tokens[k].kind == TokenKind::kPunct && tokens[k].folded() == ",") return true;
    }
    return false;
  };
  return rally == kNone || !comma_between(rally, counter) || !comma_between(counter, first);
}

// The kind of the gathering (events.tsv, "gathering" or "counter") named right after a
// crowd's noun ending at tokens[np_end], with no mark or figure between, else empty: "17.000
// Menschen bei der Kundgebung", "people at the rally" were there, wherever the article is set.
std::string_view GatheringAfter(Tokens tokens, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kReach = 5;  // "were at the women's march", "bei der großen Kundgebung".
  for (size_t k = np_end; k < tokens.size() && k < np_end + kReach; ++k) {
    if (tokens[k].kind == TokenKind::kPunct || tokens[k].kind == TokenKind::kNumber) return {};
    const PhraseMatch m = pack.dates.events.Match(tokens, k);
    if (m.length > 0 && m.fields->size() > 1) {
      const std::string& kind = m.fields->at(1);
      return kind == "gathering" || kind == "counter" ? std::string_view(kind) : std::string_view();
    }
  }
  return {};
}

}  // namespace

const Tokens* SentenceBefore(const DocContext& ctx, size_t index) {
  if (index == 0 || ctx.sentences[index - 1].sentence.paragraph !=
                        ctx.sentences[index].sentence.paragraph) {
    return nullptr;
  }
  return &ctx.sentences[index - 1].tokens;
}

bool NamesAGathering(const DocContext& ctx, size_t boilerplate) {
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.paragraph >= boilerplate) break;
    for (size_t k = 0; k < st.tokens.size(); ++k) {
      const PhraseMatch m = ctx.pack->dates.events.Match(st.tokens, k);
      if (m.length > 0 && m.fields->size() > 1 &&
          (m.fields->at(1) == "gathering" || m.fields->at(1) == "counter")) {
        return true;
      }
    }
  }
  return false;
}

bool CrowdOfRally(Tokens tokens, size_t first, size_t np_end,
                  const LanguagePack& pack, const GatheringArticle& rally, Claim& c) {
  const RoleTable& roles = pack.quantities.roles;
  if (np_end <= first || !roles.Has(tokens[np_end - 1], kCrowdNoun)) return false;
  const bool estimate = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
    return roles.Has(t, kCrowdEstimate);
  });
  if (!(estimate && rally()) && GatheringAfter(tokens, np_end, pack).empty()) return false;
  c.unit = std::string(kMarchers);  // A counter-protest's: ApplyFrame's CounterMeasure.
  return true;
}

bool OverGatherings(Tokens tokens, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kReach = 5;    // "Menschen bei gut 400 Kundgebungen".
  constexpr size_t kNounGap = 2;  // "400 weiteren Kundgebungen".
  for (size_t k = np_end; k < tokens.size() && k < np_end + kReach; ++k) {
    if (tokens[k].kind == TokenKind::kPunct) return false;
    if (tokens[k].kind != TokenKind::kNumber) continue;
    for (size_t j = k + 1; j < tokens.size() && j <= k + kNounGap; ++j) {
      const PhraseMatch m = pack.quantities.measures.Match(tokens, j);
      if (m.length > 0) return m.fields->at(0) == kGatherings;
    }
    return false;
  }
  return false;
}

std::string_view CounterMeasure(Tokens tokens, size_t first, size_t np_end,
                                std::string_view unit, std::string_view parent,
                                const LanguagePack& pack) {
  if (unit != kMarchers && parent != kMarchers) return {};
  return AfterCounterGathering(tokens, first, pack) ||
                 GatheringAfter(tokens, np_end, pack) == "counter"
             ? kCounterMarchers
             : std::string_view();
}

}  // namespace crosscheck::internal
