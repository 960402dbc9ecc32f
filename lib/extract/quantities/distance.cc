// How far the story's scene lies from a named place: "about 250 kilometres east of
// Montreal", "rund 45 Kilometer südöstlich von Zagreb".
#include <algorithm>
#include <cmath>
#include <string>

#include "lib/base/concat.h"
#include "lib/extract/numbers/forms.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/quantity.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {
namespace {

// A rounded distance or one said to be about so far ("about 100 kilometers") spans a tenth
// either side; one given to the kilometre or mile, a fiftieth (a writer's rounding).
constexpr double kApprox = 0.1, kExact = 0.02;

// The place after "of", "von" at tokens[k], past an article and a noun ("of the capital
// Addis Ababa"), as a place key, or empty.
std::string PlaceMeasuredFrom(Tokens t, size_t k, const LanguagePack& pack) {
  if (k >= t.size() || !HasRole(t[k], pack, kBearingFrom)) return {};
  // The last place named: "von Kroatiens Hauptstadt Zagreb" is Zagreb, not Croatia.
  constexpr size_t kReach = 3;
  std::string place;
  for (size_t j = k + 1; j < t.size() && j <= k + kReach; ++j) {
    if (t[j].kind == TokenKind::kPunct) break;
    if (const PhraseMatch m = pack.quantities.places.Match(t, j); m.length > 0) {
      place = m.fields->at(0);
      j += m.length - 1;
    }
  }
  return place;
}

// Whether the figure at tokens[first] stands in a relative clause that locates the noun
// before it ("das Atomkraftwerk Krsko, das sich etwa 50 Kilometer nordöstlich von Zagreb
// befindet"): where that thing lies, not where the story happened.
bool LocatesAnotherThing(Tokens t, size_t first, const LanguagePack& pack) {
  constexpr size_t kReach = 4;
  for (size_t k = first; k > 0 && first - k < kReach; --k) {
    if (t[k - 1].kind != TokenKind::kPunct) continue;
    return Is(t[k - 1], ",") && pack.quantities.roles.At(t, k, kOccasionRelative).length > 0;
  }
  return false;
}

void ReadIn(DocContext& ctx, const SentenceTokens& st, std::vector<Claim>& out) {
  const LanguagePack& pack = *ctx.pack;
  Tokens t = st.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != TokenKind::kNumber) continue;
    const std::optional<Numeral> n = ParseNumeral(ctx.text, t, i, pack);
    if (!n || n->last >= t.size()) continue;
    const PhraseMatch unit = pack.quantities.units.Match(t, n->last);
    if (unit.length == 0 || unit.fields->at(0) != "length") continue;
    const size_t bearing = n->last + unit.length, from = bearing + 1;
    if (bearing >= t.size() || !IsBearing(t[bearing], pack)) continue;
    const std::string place = PlaceMeasuredFrom(t, from, pack);
    if (place.empty()) continue;
    if (LocatesAnotherThing(t, i, pack)) continue;
    size_t first = i;
    const PhraseMatch hedge = i > 0 ? pack.numbers.hedges.Match(t, i - 1) : PhraseMatch{};
    const bool approx = (hedge.length == 1 && hedge.fields->front() == "approx") ||
                        (n->plain_integer && std::fmod(n->value, 10) == 0);
    if (hedge.length == 1) first = i - 1;
    const auto scale = UnitScale(*unit.fields);
    if (!scale) continue;
    const double metres = n->value * scale->first + scale->second;
    const double slack = metres * (approx ? kApprox : kExact);
    Claim c;
    c.kind = ClaimKind::kQuantity;
    c.span = {t[first].span.begin, t[from - 1].span.end};
    c.sentence = st.sentence.span;
    c.paragraph = st.sentence.paragraph;
    c.confidence = 0.9;
    c.value = {metres - slack, metres + slack, false, false};
    c.value_is_estimate = approx;
    c.unit = "distance_from";
    c.subject = place;
    c.key = Concat(std::string_view(place), "/distance_from");
    out.push_back(std::move(c));
    i = from - 1;
  }
}

}  // namespace

void ReadDistancesFromPlaces(DocContext& ctx) {
  std::vector<Claim> found;
  for (const SentenceTokens& st : ctx.sentences) {
    // A distance is a number with a unit after it: no unit word, no distance.
    if ((st.shapes & kShapeDigitLed) == 0 ||
        (((st.classes >> kLexUnit) & 1) == 0 && !ctx.pack->quantities.units.has_stems())) {
      continue;
    }
    ReadIn(ctx, st, found);
  }
  for (Claim& c : found) ctx.claims.push_back(std::move(c));
}

}  // namespace crosscheck::internal
