// Whose crew or passengers: a collision of two vehicles (a jet and a helicopter, two trains)
// gives each its own crew, and a count aboard one is not a count aboard the other.
#include <string_view>

#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kVehicle = "vehicle", kAboard = "aboard";

// The events.tsv row of `kind` at tokens[k], or null.
const std::vector<std::string>* RowAt(Tokens tokens, size_t k,
                                      std::string_view kind, const LanguagePack& pack,
                                      size_t* length) {
  const PhraseMatch m = pack.dates.events.Match(tokens, k);
  if (m.length == 0 || m.fields->size() < 2 || m.fields->at(1) != kind) return nullptr;
  *length = m.length;
  return m.fields;
}

bool ClauseEnd(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.folded() == "," || t.folded() == ";" || t.folded() == ":" || t.folded() == "." ||
          t.folded() == "(" || t.folded() == ")");
}

}  // namespace

std::string VehicleOf(Tokens tokens, size_t first, size_t np_end,
                      const LanguagePack& pack) {
  constexpr size_t kBefore = 10;  // "a jet carrying 60 passengers and four crew members".
  constexpr size_t kAfter = 6;    // "aboard a U.S. Army helicopter".
  size_t length = 0;
  // Before: a vehicle, then a word of carrying, then the figure, in one clause.
  bool carried = false;
  // The events' filter once a word, where the two rows' Match asked it twice, reloaded.
  const PhraseTable::Gate events = pack.dates.events.Gated();
  for (size_t k = first; k-- > (first > kBefore ? first - kBefore : 0);) {
    if (ClauseEnd(tokens[k])) break;
    if (!events.MayMatch(tokens[k])) continue;  // Neither row starts there.
    // One match for both kinds, where a look-up for each matched the same row twice.
    const PhraseMatch m = pack.dates.events.MatchGated(tokens, k);
    if (m.length == 0 || m.fields->size() < 2) continue;
    if (m.fields->at(1) == kAboard) carried = true;
    if (m.fields->at(1) == kVehicle && carried) return m.fields->at(0);
  }
  // After: a word of carrying right after the figure's noun, then a vehicle.
  if (np_end < tokens.size() && RowAt(tokens, np_end, kAboard, pack, &length) != nullptr) {
    for (size_t k = np_end + length; k < tokens.size() && k < np_end + kAfter; ++k) {
      if (ClauseEnd(tokens[k])) break;
      if (const auto* row = RowAt(tokens, k, kVehicle, pack, &length)) return row->at(0);
    }
  }
  return "";
}

}  // namespace crosscheck::internal
