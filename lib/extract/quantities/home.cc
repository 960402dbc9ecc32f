// The place an article is set in, for its figures that name none: grouping may put articles
// of two sibling places in one story (two state elections of one evening, two cities struck
// the same night), and the reconciler then keeps their unplaced figures apart.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/quantities/frame.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {

namespace {

struct Named {
  std::string_view place;
  uint32_t count;
  bool below_country;  // A city or region, not a country.
};

// The places the lead names, in order of first mention, with their counts.
std::vector<Named> NamedInLead(const DocContext& ctx) {
  constexpr uint32_t kLeadBytes = 1500;  // A news lead names its scene; the tail digresses.
  std::vector<Named> named;
  const LanguagePack& pack = *ctx.pack;
  // The lead is most of a short article's words, and nearly all begin no place: the tagged
  // word's lexicon class says so exactly (the table's first words are kLexPlace) where the
  // table has no stems, before Match's own gates.
  const bool stems = pack.quantities.places.has_stems();
  constexpr uint64_t kPlace = uint64_t{1} << kLexPlace;
  const PhraseTable::Gate gate = pack.quantities.places.Gated();  // Held in the loop.
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.span.begin >= kLeadBytes) break;
    for (size_t k = 0; k < st.tokens.size(); ++k) {
      const Token& t = st.tokens[k];
      if (!stems && t.lex != nullptr && (t.lex->classes & kPlace) == 0) continue;
      if (!gate.MayMatch(t)) continue;
      const PhraseMatch m = pack.quantities.places.MatchGated(st.tokens, k);
      if (m.length == 0) continue;
      const std::string_view place = m.fields->at(0);
      if (IsScopeMark(place)) continue;  // "bundesweit": the home's country, no home itself.
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
  return named;
}

}  // namespace

// The place the lead (the title and first paragraphs, up to kLeadBytes) names most, of those
// holding no other place it names, its regions named counting for it: the city over its
// country ("Sumy" over "Ukraine"). A tie goes to the place named first, except between two
// sibling places of one country (below); a lead naming no place gives none.
std::string HomePlace(const DocContext& ctx) {
  const std::vector<Named> named = NamedInLead(ctx);
  const size_t count = named.size();
  // Whether named[a] lies within named[b], asked of the gazetteer once a pair: the tests
  // below ask a pair up to four times, and each question walks up the gazetteer by hash.
  std::vector<int8_t> known(count * count, -1);
  auto within = [&](const Named& a, const Named& b) {
    int8_t& k = known[static_cast<size_t>(&a - named.data()) * count +
                      static_cast<size_t>(&b - named.data())];
    if (k < 0) k = GazetteerWithin(a.place, b.place) ? 1 : 0;
    return k == 1;
  };
  // A place's scene: its own mentions and those of the regions named that hold it (Erfurt and
  // Thuringia are one scene).
  auto scene = [&](const Named& n) {
    uint32_t sum = n.count;
    for (const Named& o : named) {
      if (o.below_country && o.place != n.place && within(n, o)) sum += o.count;
    }
    return sum;
  };
  auto holds_other = [&](const Named& n) {
    return std::any_of(named.begin(), named.end(), [&](const Named& o) {
      return o.place != n.place && within(o, n);
    });
  };
  const Named* best = nullptr;
  uint32_t best_scene = 0;
  for (const Named& n : named) {
    if (holds_other(n)) continue;
    // A city or region over a country: a strike on a city names the country that struck
    // more often than the city it struck.
    const uint32_t s = scene(n);
    if (best == nullptr ||
        std::pair(n.below_country, s) > std::pair(best->below_country, best_scene)) {
      best = &n;
      best_scene = s;
    }
  }
  if (best == nullptr) return std::string();
  // A lead that names two sibling cities or regions of one country as much (a match between
  // two cities' teams, two states' elections told side by side) is set in neither; a place of
  // another country is the other side's (the capital that struck).
  for (const Named& n : named) {
    if (&n == best || !best->below_country || !n.below_country || holds_other(n) ||
        GazetteerCountry(n.place) != GazetteerCountry(best->place)) {
      continue;
    }
    if (!within(*best, n) && !within(n, *best) && scene(n) >= best_scene) {
      return std::string();
    }
  }
  return std::string(best->place);
}

std::string_view ScopeAt(std::string_view mark, std::string_view at) {
  // A Land of Germany or Austria is what "landesweit" names there; elsewhere the country.
  constexpr std::string_view kLaender[] = {"germany", "austria"};
  if (at.empty()) return at;
  const std::string_view country = GazetteerCountry(at);
  const bool laender = std::find(std::begin(kLaender), std::end(kLaender), country) !=
                       std::end(kLaender);
  return mark == "~land" && laender && at != country ? GazetteerRegion(at) : country;
}

void ResolveScopePlaces(std::vector<Claim>& claims, std::string_view home) {
  for (Claim& c : claims) {
    if (IsScopeMark(c.place)) c.place = SharedString(ScopeAt(c.place, home));
  }
}

void HomeAndScopes(const DocContext& ctx, std::vector<Claim>& claims, std::string* home) {
  const bool scoped = std::any_of(claims.begin(), claims.end(),
                                  [](const Claim& c) { return IsScopeMark(c.place); });
  if (home == nullptr && !scoped) return;
  std::string at = HomePlace(ctx);
  if (scoped) ResolveScopePlaces(claims, at);
  if (home != nullptr) *home = std::move(at);
}

}  // namespace crosscheck::internal
