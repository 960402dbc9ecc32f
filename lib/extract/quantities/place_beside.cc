// Places named right beside a figure's phrase: one before the word that opens it ("Bayern mit
// einer Wahlbeteiligung von"), a hospital's name (whose figures are that hospital's).
#include <string>

#include "lib/extract/quantities/frame.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {

// A place just before the word that opens the figure's phrase (quantity_words.tsv,
// place_with): "Bayern mit einer Wahlbeteiligung von 84,5 Prozent", "Bavaria, with 84.5%".
std::string PlaceWith(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kPhrase = 6;  // "mit einer Wahlbeteiligung von 84,5".
  constexpr size_t kLongestPlace = 3;
  for (size_t k = first; k-- > 0 && k + kPhrase >= first;) {
    if (tokens[k].kind == TokenKind::kPunct) return "";
    if (!pack.quantities.roles.Has(tokens[k], kPlaceWith)) continue;
    size_t end = k;
    if (end > 0 && tokens[end - 1].folded() == ",") --end;  // "Bavaria, with".
    for (size_t s = end > kLongestPlace ? end - kLongestPlace : 0; s < end; ++s) {
      const PhraseMatch m = pack.quantities.places.Match(tokens, s);
      if (m.length > 0 && s + m.length == end) return m.fields->at(0);
    }
    return "";
  }
  return "";
}

// A hospital is named by capitalised words before its noun ("Uvalde Memorial Hospital",
// "Evangelisches Krankenhaus"), not by "a second hospital" or "ins Krankenhaus". Its
// figures are those it treats or received: a part of the toll, as a town's is, and another
// hospital's figures count other people. Before the figure anywhere in its sentence (who
// reports them: "University Hospital said it has four victims"), after it in its clause.
std::string HospitalNear(Tokens tokens, size_t first, size_t last, const LanguagePack& pack) {
  constexpr size_t kBefore = 30, kLongestName = 3;
  const RoleTable& roles = pack.quantities.roles;
  const size_t to = ClauseAround(tokens, first, last, kBefore).second;
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (size_t i = first > kBefore ? first - kBefore : 0; i < to; ++i) {
    if (i >= first && i < last) continue;
    if (!tokens[i].upper || !roles.Has(tokens[i], kHospital)) continue;
    size_t start = i;
    while (start > 0 && i - start < kLongestName && tokens[start - 1].upper &&
           tokens[start - 1].kind == TokenKind::kWord && !roles.Has(tokens[start - 1], kHospital) &&
           !roles.Has(tokens[start - 1], kNotNoun) && !roles.Has(tokens[start - 1], kPartArticle) &&
           pack.quantities.locatives.Match(tokens, start - 1).length == 0) {  // "Im", "The".
      --start;
    }
    if (start == i) continue;
    const size_t d = i >= last ? i - last : first - i;
    if (d >= best_distance) continue;
    best_distance = d;
    best.clear();
    for (size_t k = start; k <= i; ++k) {
      if (!best.empty()) best += '_';
      best += tokens[k].folded();
    }
  }
  return best;
}

// An adverb of scope in the figure's clause ("Weltweit sind mehr als 89.000 Menschen
// infiziert", "6,000 cases worldwide"): the place it names, the nearest to the figure.
std::string ScopePlace(Tokens tokens, size_t first, size_t last, const LanguagePack& pack,
                       const FigureClauses* clauses) {
  constexpr size_t kWindow = 12;
  const auto [from, to] = ClauseOf(clauses, tokens, first, last, kWindow);
  std::string_view best;
  size_t best_distance = SIZE_MAX;
  for (size_t k = from; k < to; k = k + 1 == first ? last : k + 1) {
    if (!pack.quantities.roles.Has(tokens[k], kScopePlace)) continue;
    const PhraseMatch m = pack.quantities.places.Match(tokens, k);
    const size_t d = k < first ? first - k : k - last;
    if (m.length == 1 && d < best_distance) best_distance = d, best = m.fields->at(0);
  }
  // "In Brandenburg teilte das Ministerium mit, es seien landesweit 1.115 Fälle": the place
  // the sentence opens with is the Land or holds the country meant.
  if (IsScopeMark(best)) {
    if (const std::string opening = OpeningPlace(tokens, first, pack); !opening.empty()) {
      return std::string(ScopeAt(best, opening));
    }
  }
  return std::string(best);
}

std::string LastPlace(Tokens tokens, size_t from, size_t to, const LanguagePack& pack) {
  std::string last;
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    if (PhraseMatch m = pack.quantities.places.Match(tokens, k); m.length > 0) {
      last = m.fields->at(0);
      k += m.length - 1;
    }
  }
  return last;
}

bool InPlaceList(Tokens tokens, size_t locative, size_t place, const LanguagePack& pack) {
  const RoleTable& roles = pack.quantities.roles;
  // "in Görlitz und Leipzig": a link between the preposition and the place.
  for (size_t j = locative + 1; j < place; ++j) {
    if (roles.Has(tokens[j], kListLink)) return true;
  }
  // "im sächsischen Görlitz und in Leipzig": a name after an earlier preposition, then a link.
  const size_t i = locative;
  if (i < 3 || !roles.Has(tokens[i - 1], kListLink) || !tokens[i - 2].upper ||
      tokens[i - 2].kind != TokenKind::kWord) {
    return false;
  }
  const auto& locatives = pack.quantities.locatives;
  return locatives.Match(tokens, i - 3).length > 0 ||
         (i >= 4 && tokens[i - 3].kind == TokenKind::kWord &&
          locatives.Match(tokens, i - 4).length > 0);
}

std::string TollPlaceBefore(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kReach = 30, kGap = 3;  // Words back; words between preposition and name.
  const QuantityWords& q = pack.quantities;
  for (size_t k = first; k-- > 0 && k + kReach >= first;) {
    const Token& t = tokens[k];
    // A mark or another figure between: the toll is not this figure's.
    if (t.kind == TokenKind::kNumber || (t.kind == TokenKind::kPunct && t.folded() != "-")) break;
    if (!q.roles.Has(t, kTollWord) || k + 1 >= first ||
        q.locatives.Match(tokens, k + 1).length == 0) {
      continue;
    }
    for (size_t j = k + 2; j < first && j <= k + 1 + kGap; ++j) {
      if (const PhraseMatch m = q.places.Match(tokens, j); m.length > 0) return m.fields->at(0);
    }
    return "";
  }
  return "";
}

// A loop of its own, the role slot in a register: PlaceNear's loop asked the article's role
// of every word of the clause and spilt its state to the stack.
size_t NextArticledDemonym(Tokens tokens, size_t k, size_t to, size_t first, size_t last,
                           const RoleTable& roles) {
  const int slot = roles.lex_slot();
  auto has = [&](const Token& t, int role) {  // RoleTable::Has, the slot read once.
    const uint64_t r = t.lex != nullptr && slot >= 0 ? t.lex->roles[slot] : roles.Roles(t);
    return ((r >> role) & 1) != 0;
  };
  for (; k < to; k = k + 1 == first ? last : k + 1) {
    if (has(tokens[k - 1], kPartArticle) && k + 1 < tokens.size() &&
        has(tokens[k + 1], kPlaceNoun)) {
      break;
    }
  }
  return k;
}

}  // namespace crosscheck::internal
