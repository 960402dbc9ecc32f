#include "lib/extract/quantities/change.h"

#include <algorithm>

#include "lib/extract/numbers/forms.h"

namespace crosscheck::internal {

namespace {

// "lowered by 106 to 253", "revised down by more than 100, to about 253", "um 106 auf 253
// gesenkt": a figure after a by_level word (quantity_words.tsv) with a to_level word and a
// level after it, past a comma and a hedge or two, is the difference between two levels.
bool ByToLevel(Tokens tokens, size_t first, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kHedgeWords = 3;  // "to about", "auf rund", "to “about".
  const RoleTable& roles = pack.quantities.roles;
  size_t k = first;
  while (k > 0 && tokens[k - 1].kind != TokenKind::kWord && first - k < 2) --k;  // "‘".
  if (k == 0 || !roles.Has(tokens[k - 1], kByLevel)) return false;
  size_t j = np_end;
  if (j < tokens.size() && Is(tokens[j], ",")) ++j;
  if (j >= tokens.size() || !roles.Has(tokens[j], kToLevel)) return false;
  for (size_t n = j + 1; n < tokens.size() && n <= j + kHedgeWords; ++n) {
    if (tokens[n].kind == TokenKind::kNumber) return true;
  }
  return false;
}

}  // namespace

// "um 300 gestiegen" is not read ("um die 300" is a hedge), nor "by 300" alone ("killed by
// 300"), but "by 106 to 253" is.
bool IsChange(Tokens tokens, size_t first, size_t np_end, const LanguagePack& pack,
              bool negative) {
  // "32,7 Prozent (minus 4,2 Prozent)", "(+2,5)": a sign the figure's unit does not take (a
  // share, seats, a count) makes it the change beside a level.
  // A minus the unit rejected shows in the value; a plus before a unit that takes signs
  // ("plus 20 Grad") is the level's own.
  if (!negative && first > 0) {
    const PhraseMatch w = pack.quantities.changes.Match(tokens, first - 1);
    const bool plus = (Is(tokens[first - 1], "+") && !tokens[first].space_before) ||
                      (w.length == 1 && w.fields->at(0) == "sign");
    if (SignBefore(tokens, first, pack) < first ||
        (plus && (first + 1 >= tokens.size() || RoleAt(tokens, first + 1, pack, kUnit).length == 0))) {
      return true;
    }
  }
  if (ByToLevel(tokens, first, np_end, pack)) return true;
  constexpr size_t kBefore = 3;  // "weitere rund 500", "by a further 300".
  // "could rise further as 37 are in serious condition": the rise is the clause's before.
  const bool reason = first > 0 && pack.quantities.roles.Has(tokens[first - 1], kReasonLink);
  for (size_t k = reason ? first : first > kBefore ? first - kBefore : 0; k < first; ++k) {
    // "nach neuen Angaben etwa 100 Tote": a noun after the cue is what it qualifies.
    if (PhraseMatch m = pack.quantities.changes.Match(tokens, k);
        m.length > 0 && (m.fields->at(0) == "before" || m.fields->at(0) == "both") &&
        k + m.length <= first &&
        std::none_of(tokens.begin() + k + m.length, tokens.begin() + first,
                     [](const Token& t) { return t.upper; })) {
      return true;
    }
  }
  // "nearly 1 million fewer jobs": a cue read only after the figure, inside its noun phrase.
  for (size_t k = first + 1; k + 1 < np_end; ++k) {
    const PhraseMatch m = pack.quantities.changes.Match(tokens, k);
    if (m.length > 0 && m.fields->at(0) == "after" &&
        (tokens[k - 1].kind == TokenKind::kNumber ||
         pack.numbers.scales.Match(tokens, k - 1).length == 1)) {
      return true;
    }
  }
  // "500 more soldiers", "300 mehr": the cue right after the figure or its noun; "730
  // Neuinfektionen": a noun that is itself a new count ("noun"), as "730 new infections".
  // Not a word of a hedge the figure opens with: "weit mehr als 50.000" is no "50.000 mehr".
  const size_t hedge = pack.numbers.hedges.Match(tokens, first).length;
  for (size_t k : {np_end, first + 1, np_end - 1}) {
    if (k < tokens.size() && (k <= first || k >= first + hedge)) {
      const PhraseMatch m = pack.quantities.changes.Match(tokens, k);
      const std::string_view where = m.length > 0 ? std::string_view(m.fields->at(0)) : "";
      if (where == "after" || where == "both" || (where == "noun" && k + 1 == np_end)) return true;
    }
  }
  return false;
}

bool MoreFound(Tokens tokens, size_t first, const LanguagePack& pack, const Claim& c) {
  const PhraseMatch m = first + 1 < tokens.size() ? pack.quantities.changes.Match(tokens, first + 1)
                                                  : PhraseMatch{};
  return c.unit == "bodies_recovered" && m.length > 0 && m.fields->at(0) == "before";
}

}  // namespace crosscheck::internal
