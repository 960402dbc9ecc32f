// The place an article is set in, for its figures that name none: grouping may put articles
// of two sibling places in one story (two state elections of one evening, two cities struck
// the same night), and the reconciler then keeps their unplaced figures apart.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/quantities/frame.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {

// The place the lead (the title and first paragraphs, up to kLeadBytes) names most, of those
// holding no other place it names: the city over its country ("Sumy" over "Ukraine"). A tie
// goes to the place named first; a lead naming no place gives none.
std::string HomePlace(const DocContext& ctx) {
  constexpr uint32_t kLeadBytes = 1500;  // A news lead names its scene; the tail digresses.
  struct Named {
    std::string_view place;
    uint32_t count;
    bool below_country;  // A city or region, not a country.
  };
  std::vector<Named> named;  // In order of first mention.
  const LanguagePack& pack = *ctx.pack;
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.span.begin >= kLeadBytes) break;
    for (size_t k = 0; k < st.tokens.size(); ++k) {
      const PhraseMatch m = pack.quantities.places.Match(st.tokens, k);
      if (m.length == 0) continue;
      const std::string_view place = m.fields->at(0);
      auto it = std::find_if(named.begin(), named.end(),
                             [&](const Named& n) { return n.place == place; });
      if (it == named.end()) {
        named.push_back({place, 1, !GazetteerTop(place)});
      } else {
        ++it->count;
      }
      k += m.length - 1;
    }
  }
  const Named* best = nullptr;
  for (const Named& n : named) {
    const bool holds_other = std::any_of(named.begin(), named.end(), [&](const Named& o) {
      return o.place != n.place && GazetteerWithin(o.place, n.place);
    });
    if (holds_other) continue;
    // A city or region over a country: a strike on a city names the country that struck
    // more often than the city it struck.
    if (best == nullptr ||
        std::pair(n.below_country, n.count) > std::pair(best->below_country, best->count)) {
      best = &n;
    }
  }
  return best == nullptr ? std::string() : std::string(best->place);
}

}  // namespace crosscheck::internal
