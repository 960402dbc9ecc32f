#include "lib/extract/quantities/purpose.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {
namespace {

// A thing's worth or its material's: a purpose only when no other is near.
bool IsWorth(const std::vector<std::string>& fields) {
  return fields.at(0) == "value" || fields.at(0) == "material_value";
}

// The first of tokens [i, hi) whose word the purposes' filter passes, or `hi`: a loop of its
// own, in registers, where Match reloaded the table's filters at every word of the window.
// Without stems (English) MayMatch is MayStart: a loop of its own spares the stems' tests.
size_t NextPurpose(Tokens tokens, size_t i, size_t hi, const PhraseTable::Gate& gate) {
  if (gate.stem_quads == nullptr) {
    while (i < hi && !gate.MayStart(tokens[i])) ++i;
    return i;
  }
  while (i < hi && !gate.MayMatch(tokens[i])) ++i;
  return i;
}

}  // namespace

std::string NearestPurpose(Tokens tokens, size_t first, size_t last,
                           const LanguagePack& pack) {
  constexpr size_t kWindow = 30;  // A clause or two; also keeps long sentences linear.
  std::string best;
  size_t best_distance = SIZE_MAX;
  const size_t lo = first > kWindow ? first - kWindow : 0;
  const size_t hi = std::min(tokens.size(), last + kWindow);
  const PhraseTable::Gate gate = pack.money.purposes.Gated();
  for (size_t i = lo; i < hi; ++i) {
    if ((i = NextPurpose(tokens, i, hi, gate)) == hi) break;
    PhraseMatch m = pack.money.purposes.MatchGated(tokens, i);
    if (m.length == 0) continue;
    // A part the sum includes is not what it is for: "einschließlich der Subventionen".
    if (ChangeCueEndsAt(tokens, i, pack, "part") ||
        (i > 0 && ChangeCueEndsAt(tokens, i - 1, pack, "part"))) {
      i += m.length - 1;
      continue;
    }
    // Prefer after; a match running into the figure is as near as one right before it.
    size_t d = i >= last ? i - last : first + 2 - std::min(first, i + m.length);
    // "worth", "im Wert von": the thing's own purpose, if named, is the sum's ("loans worth").
    if (IsWorth(*m.fields)) d += kWindow * 4;
    if (d < best_distance) {
      best_distance = d;
      best = m.fields->at(0);
    }
    i += m.length - 1;
  }
  return best.empty() ? "money" : best;
}

bool IsGiven(std::string_view purpose) {
  return purpose != "damage" && purpose != "value" && purpose != "material_value" &&
         purpose != "ransom";
}

}  // namespace crosscheck::internal
