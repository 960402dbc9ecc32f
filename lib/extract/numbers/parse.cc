// Reading one numeral: digits with the language's marks, or number words with scale words
// inside them, and what is written on to it (a scale after digits, a spoken decimal part, a
// fraction, a hedge after a hyphen).
#include <charconv>
#include <cstdint>
#include <cmath>

#include "lib/base/lex_entry.h"
#include "lib/extract/numbers/forms.h"
#include "lib/extract/numbers/number_words.h"

namespace crosscheck::internal {
namespace {

// What one more word does to a written number being read (WordNumeral).
struct WordReading {
  double total = 0, cur = 0;
  bool any = false, scaled = false;
  double last_mult = 1;
};

// "half a million", "eine halbe Million", "ein halbes Dutzend": a half of the scale or dozen
// after tokens[j], whatever the article says. Returns the index after it, or 0.
size_t HalfOf(Tokens tokens, size_t j, const LanguagePack& pack,
              WordReading& r) {
  size_t k = j + 1;
  if (HasRole(tokens[j], pack, kHalfA) && HasRole(tokens[k], pack, kIndefinite)) ++k;
  PhraseMatch sc = k < tokens.size() ? pack.numbers.scales.Match(tokens, k) : PhraseMatch{};
  const bool dozen = k < tokens.size() && NumberWordExact(pack, tokens[k].folded()) == 12.0;
  if (!dozen && (sc.length == 0 || tokens[k].folded().size() <= 3)) return 0;
  if (dozen) sc.length = 1;
  const double mult = dozen ? 12 : ScaleValue(sc);
  r.total += 0.5 * mult;
  r.cur = 0;
  r.scaled = !dozen;  // Six is no round estimate.
  r.last_mult = dozen ? 1 : mult;
  r.any = true;
  return k + sc.length;
}

// NumberWord of t's word: the lexicon's kLexNoNumber (NumberWord of the word is none, asked
// when the pack is built) answers most words after a number's first without the look-up
// and, in German, the compound's reading.
std::optional<double> NumberWordOf(const LanguagePack& pack, const Token& t) {
  if (t.lex != nullptr && t.lex->Is(kLexNoNumber)) return std::nullopt;
  return NumberWord(pack, t.folded());
}

// Adds the number word `w` of value `v` to the reading; false when it starts another number.
bool AddNumberWord(const Token& t, double v, const LanguagePack& pack, WordReading& r) {
  if (HasRole(t, pack, kHundred)) {
    r.cur = (r.cur == 0 ? 1 : r.cur) * 100;
  } else if (HasRole(t, pack, kThousand) && (r.any || !pack.grammar.one_word_numbers)) {
    r.total += (r.cur == 0 ? 1 : r.cur) * 1000;
    r.cur = 0;
  } else if (HasRole(t, pack, kDozen)) {
    r.cur = (r.cur == 0 ? 1 : r.cur) * 12;
  } else if (r.any && pack.grammar.one_word_numbers && !r.scaled) {
    return false;  // A number below a million is one word: "zwölf zwei" is two.
  } else if (r.any && r.cur != 0 && v >= 1 && v < 10 && std::fmod(r.cur, 10) != 0) {
    return false;  // "three two" is two numbers.
  } else {
    r.cur += v;
  }
  return true;
}

// "fifty - two": a spaced hyphen between tens and units still makes one number.
bool SpacedHyphen(Tokens tokens, size_t j, const LanguagePack& pack,
                  const WordReading& r) {
  const bool tens = r.any && r.cur >= 20 && r.cur < 100 && std::fmod(r.cur, 10) == 0;
  if (!tens || !Is(tokens[j], "-") || j + 1 >= tokens.size() ||
      tokens[j + 1].kind != TokenKind::kWord) {
    return false;
  }
  const std::optional<double> unit = NumberWordExact(pack, tokens[j + 1].folded());
  return unit && *unit >= 1 && *unit <= 9;
}

// Whether `unit` is a count of the dead or missing, or with `injured` also of the injured.
bool TollOfPeople(const QuantityWords& q, const std::string& unit, bool injured) {
  for (const std::string_view toll : {"killed", "missing", "injured"}) {
    if (toll == "injured" && !injured) return false;
    if (unit == toll || q.IsKindOf(unit, toll)) return true;
  }
  return false;
}

// Whether a count stands in tokens [0, end): a figure, a number word, a vague quantifier.
bool CountBefore(Tokens tokens, size_t end, const LanguagePack& pack) {
  for (size_t j = 0; j < end; ++j) {
    const Token& t = tokens[j];
    if (t.kind == TokenKind::kNumber ||
        (t.kind == TokenKind::kWord &&
         (NumberWordExact(pack, t.folded()) || pack.numbers.vague.Match(tokens, j).length > 0 ||
          pack.quantities.roles.Has(t, kCountedBefore)))) {
      return true;
    }
  }
  return false;
}

// Whether the article before tokens[k] counts one: before a capitalised noun that is itself a
// count of the dead, injured or missing ("einen Toten", "ein Todesopfer"; not a toll that
// also names other things: "einen Verlust"), or before a person whose death or disappearance
// the clause tells ("ist ein Mitarbeiter ums Leben gekommen", "ein Passagier sei tot", "Eine
// Frau gilt als vermisst"). Not after another count in the sentence: "Drei Verletzte sind in
// Behandlung, ein Verletzter wird ambulant behandelt", "Einige liegen in Säcken, ein Toter
// ...": one of those counted.
bool TollNounAt(Tokens tokens, size_t k, const LanguagePack& pack) {
  if (k >= tokens.size() || !tokens[k].upper || tokens[k].kind != TokenKind::kWord) return false;
  const QuantityWords& q = pack.quantities;
  const PhraseMatch m = q.measures.Match(tokens, k);
  if (m.length != 1) return false;
  bool one = TollOfPeople(q, m.fields->at(0), true);
  const auto kind = q.measure_tally.find(m.fields->at(0));
  if (!one && kind != q.measure_tally.end() && (kind->second.person || kind->second.generic)) {
    constexpr size_t kClause = 8;  // "gilt laut dem Innenminister als vermisst".
    for (size_t j = k + 1; j < tokens.size() && j <= k + kClause; ++j) {
      if (tokens[j].kind == TokenKind::kPunct || tokens[j].kind == TokenKind::kNumber) break;
      if (const PhraseMatch v = q.measure_verbs.Match(tokens, j); v.length > 0) {
        one = TollOfPeople(q, v.fields->at(0), false);
        break;
      }
    }
    // "Vermisst werde nun noch eine Person": a participle that opens the sentence, in the
    // article's clause (not "starb ein Mann, vier weitere ...": one of those counted).
    if (!one && k >= 2 && k - 1 <= kClause) {
      bool clause = true;
      for (size_t j = 1; j + 1 < k && clause; ++j) {
        clause = tokens[j].kind != TokenKind::kPunct && tokens[j].kind != TokenKind::kNumber;
      }
      const PhraseMatch v = q.measure_verbs.Match(tokens, 0);
      one = clause && v.length > 0 && v.length < k && TollOfPeople(q, v.fields->at(0), false);
    }
  }
  // The article is tokens[k - 1]: the words before it.
  return one && !CountBefore(tokens, k - 1, pack);
}

// Articles double as the number one only before a scale or "dozen": "eine Million", "a dozen",
// or after a hedge that says a count ("mindestens ein Mensch"), and before a toll's own noun
// ("einen Toten", TollNounAt). "the one you mentioned",
// "which one": a pronoun, not the number one.
bool IsPronounOrArticle(Tokens tokens, size_t i, const Numeral& n,
                        const LanguagePack& pack) {
  if (n.from_digits || n.last - n.first != 1) return false;
  constexpr size_t kLongestHedge = 3;  // "nicht mehr als".
  if (i > 0 && HasRole(tokens[i], pack, kArticleOne) &&
      pack.numbers.hedges
              .EndingAt(tokens, i, kLongestHedge,
                        [](const PhraseMatch& h, size_t) { return h.fields->at(0) == "atleast"; })
              .length > 0) {
    return false;
  }
  if (HasRole(tokens[i], pack, kPronounOne) && i > 0 &&
      HasRole(tokens[i - 1], pack, kOneDeterminer)) {
    return true;
  }
  if (HasRole(tokens[i], pack, kArticleOne) && !n.scaled && TollNounAt(tokens, n.last, pack)) {
    return false;
  }
  return HasRole(tokens[i], pack, kArticleOne) && !n.scaled &&
         (n.last >= tokens.size() || tokens[n.last].kind != TokenKind::kWord ||
          pack.money.currencies.Match(tokens, n.last).length == 0);
}

// "1 million-plus", "2 billion-odd": a scale word and a hedge after it written as one word.
// Always true: a word that is neither leaves the numeral as it was.
bool ReadHyphenScale(const Token& t, const LanguagePack& pack, Numeral& n) {
  const std::string_view form = t.folded();
  const size_t dash = form.find('-');
  // A scale word of three letters or more ("bn-plus" is none), spaced from the digits.
  if (!t.hyphen || !t.space_before || dash == std::string_view::npos || dash < 3) return true;
  const std::vector<std::string>* scale = pack.numbers.scales.Find(form.substr(0, dash));
  const std::vector<std::string>* hedge = pack.numbers.roles.Values(form.substr(dash + 1), kAfter);
  if (scale == nullptr || hedge == nullptr || hedge->empty()) return true;
  const double mult = ScaleValue(PhraseMatch{1, scale});
  n.value *= mult;
  n.multiplier = mult;
  n.scaled = true;
  n.hedge_after = hedge->at(0);
  ++n.last;
  return true;
}

// Scale words after digits: "Millionen", "Mio.", "bn", attached "m". Returns false when the
// numeral is no count at all ("1m" is a metre).
bool ReadScaleAfter(std::string_view text, Tokens tokens, size_t i,
                    const LanguagePack& pack, Numeral& n) {
  const size_t j = n.last;
  if (j >= tokens.size() || !(n.from_digits || n.spoken_decimal) || n.scaled) return true;
  PhraseMatch s = pack.numbers.scales.Match(tokens, j);
  if (s.length == 0) return ReadHyphenScale(tokens[j], pack, n);
  const std::string_view form = tokens[j].folded();
  const std::string_view raw = tokens[j].span.Of(text);
  const bool attached = !tokens[j].space_before;
  const std::string_view written =
      s.fields->size() > 1 ? std::string_view(s.fields->at(1)) : std::string_view();
  bool applies = true;
  if (written == "metre" && raw == form) {
    // "£50m" pays and "1.2m refugees" counts; a bare "1m" measures a metre: a length, not
    // a count.
    const bool sign_before = i > 0 && tokens[i - 1].kind == TokenKind::kPunct &&
                             pack.money.currencies.Match(tokens, i - 1).length == 1;
    const bool currency_after =
        j + 1 < tokens.size() && pack.money.currencies.Match(tokens, j + 1).length > 0;
    const bool counted_after =
        j + 1 < tokens.size() && pack.quantities.measures.Match(tokens, j + 1).length > 0;
    if (attached && !sign_before && !currency_after && !counted_after) return false;
    applies = attached;
  } else if (written == "capitals") {
    // "1MM" is finance's million; "5 mm" a length.
    applies = attached && std::none_of(raw.begin(), raw.end(), [](char c) {
                return c >= 'a' && c <= 'z';
              });
  } else if (written == "glued" || written == "metre") {
    applies = attached;  // "M", "b": only written on; "k" either way ("2.33 k").
  }
  if (!applies) return true;
  const double mult = ScaleValue(s);
  n.value *= mult;
  n.multiplier = mult;
  n.scaled = true;
  // "Mio.", "Mrd.", "Mill." end in a full stop of their own (the table lists them with it);
  // "million." and "10M." end the sentence.
  const bool abbreviation =
      form.size() == 3 || pack.numbers.scales.Find(std::string(form).append(".")) != nullptr;
  n.last = abbreviation ? AbsorbDot(tokens, j + s.length) : j + s.length;
  return true;
}

}  // namespace

size_t AbsorbDot(Tokens tokens, size_t j) {
  if (j < tokens.size() && tokens[j].kind == TokenKind::kPunct && Is(tokens[j], ".") &&
      !tokens[j].space_before) {
    return j + 1;
  }
  return j;
}

// Written-out numbers over one or more tokens, with scale words inside them: "zwei Millionen
// eintausendeinhundertfünfzig", "twenty-one trillion and three hundred", "fünf Dutzend".
std::optional<Numeral> WordNumeral(Tokens tokens, size_t i,
                                   const LanguagePack& pack) {
  // Most words are no number: the loop below reads the first word only as a number word or
  // as a half, so anything else is rejected here with a bit test.
  if (!pack.numbers.MayBeNumberWord(tokens[i].folded()) && !HasRole(tokens[i], pack, kHalf)) {
    return std::nullopt;
  }
  WordReading r;
  size_t j = i, end = i;
  while (j < tokens.size()) {
    if (tokens[j].kind != TokenKind::kWord) {
      if (!SpacedHyphen(tokens, j, pack, r)) break;
      ++j;
      continue;
    }
    // "two and a half million", "three and a half tons".
    if (r.any && r.cur == std::floor(r.cur)) {
      if (const size_t half = RoleAt(tokens, j, pack, kAndAHalf).length; half > 0) {
        r.cur += 0.5;
        j += half;
        end = j;
        continue;
      }
    }
    if (r.any && HasRole(tokens[j], pack, kAnd) && j + 1 < tokens.size() &&
        (NumberWordOf(pack, tokens[j + 1]) ||
         pack.numbers.scales.Match(tokens, j + 1).length > 0)) {
      ++j;
      continue;
    }
    if (r.any) {
      PhraseMatch sc = pack.numbers.scales.Match(tokens, j);
      if (sc.length > 0 && tokens[j].folded().size() > 3) {  // A word, not "m" or "bn".
        const double mult = ScaleValue(sc);
        r.total += (r.cur == 0 ? 1 : r.cur) * mult;
        r.cur = 0;
        r.scaled = true;
        r.last_mult = mult;
        j += sc.length;
        end = j;
        continue;
      }
    }
    if (HasRole(tokens[j], pack, kHalf) && j + 1 < tokens.size()) {
      if (const size_t after = HalfOf(tokens, j, pack, r); after > 0) {
        end = j = after;
        break;
      }
    }
    std::optional<double> v = NumberWordOf(pack, tokens[j]);
    if (!v || !AddNumberWord(tokens[j], *v, pack, r)) break;
    r.any = true;
    ++j;
    end = j;
  }
  if (!r.any) return std::nullopt;
  Numeral n;
  n.value = r.total + r.cur;
  n.first = i;
  n.last = end;
  // "three thousand four hundred fifty-six" has a scale word but is a precise figure.
  n.scaled = r.scaled && r.cur == 0;
  n.multiplier = r.last_mult;
  n.fractional = n.value != std::floor(n.value);
  return n;
}

std::optional<double> ParseDigits(std::string_view s, char decimal_mark) {
  // Digits alone (years, most counts), fifteen at most: the value is below 2^53 and exact as
  // a double, which is what from_chars gives for them below, without the copy.
  if (!s.empty() && s.size() <= 15) {
    uint64_t v = 0;
    size_t k = 0;
    for (; k < s.size() && static_cast<unsigned>(s[k] - '0') < 10u; ++k) {
      v = v * 10 + static_cast<unsigned>(s[k] - '0');
    }
    if (k == s.size()) return static_cast<double>(v);
  }
  std::string clean;
  clean.reserve(s.size());
  char decimal = decimal_mark;
  char thousands = decimal == '.' ? ',' : '.';
  // Both marks in one figure ("1.111,11" in an English text, "1,111.11" in a German one):
  // the last one is the decimal mark, whatever the language's convention.
  const size_t last_dot = s.rfind('.'), last_comma = s.rfind(',');
  if (last_dot != std::string_view::npos && last_comma != std::string_view::npos) {
    decimal = last_dot > last_comma ? '.' : ',';
    thousands = decimal == '.' ? ',' : '.';
  }
  size_t group_digits = 0;
  bool seen_sep = false, seen_decimal = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      clean.push_back(c);
      ++group_digits;
    } else if (c == thousands || c == '\'' || c == ' ' || static_cast<unsigned char>(c) >= 0x80) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        while (i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
          ++i;  // Skip the rest of a no-break or thin space.
        }
      }
      if (seen_decimal) return std::nullopt;
      if (seen_sep && group_digits != 3) return std::nullopt;
      if (!seen_sep && (group_digits == 0 || group_digits > 3)) return std::nullopt;
      seen_sep = true;
      group_digits = 0;
    } else if (c == decimal) {
      if (seen_decimal) return std::nullopt;
      if (seen_sep && group_digits != 3) return std::nullopt;
      seen_decimal = true;
      clean.push_back('.');
      group_digits = 0;
    } else {
      return std::nullopt;
    }
  }
  if (seen_sep && !seen_decimal && group_digits != 3) {
    // "1.5" in German or "3,5" in English: one separator with other than three digits after
    // it is read as a decimal mark, as writers mixing conventions mean it.
    if (std::count(s.begin(), s.end(), thousands) != 1) return std::nullopt;
    std::string alt(s);
    for (char& c : alt) {
      if (c == thousands) c = '.';
    }
    clean = alt;
  }
  double v = 0;
  auto [p, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (ec != std::errc() || p != clean.data() + clean.size()) return std::nullopt;
  return v;
}

std::optional<Numeral> ParseNumeral(std::string_view text, Tokens tokens,
                                    size_t i, const LanguagePack& pack) {
  std::optional<Numeral> n;
  const Token& t = tokens[i];
  if (t.kind == TokenKind::kNumber) {
    const std::string_view raw = t.span.Of(text);
    const bool leading_mark = LeadingDecimalMark(tokens, i) && AllDigits(raw);
    std::optional<double> v = leading_mark ? ParseDigits(std::string("0.").append(raw), '.')
                                           : ParseDigits(raw, pack.grammar.decimal_mark);
    if (!v) return std::nullopt;
    n = Numeral{};
    n->value = *v;
    n->first = leading_mark ? i - 1 : i;
    n->last = i + 1;
    n->from_digits = true;
    n->plain_integer = !leading_mark && AllDigits(raw);
    n->fractional = *v != std::floor(*v);
    if (n->fractional && !leading_mark) {
      const size_t mark = raw.rfind(pack.grammar.decimal_mark);
      if (mark != std::string_view::npos) n->decimals = static_cast<int>(raw.size() - mark - 1);
    }
  } else if (t.kind == TokenKind::kWord) {
    n = WordNumeral(tokens, i, pack);
    if (!n) {
      if (!t.hyphen) return std::nullopt;
      n = HyphenShare(t, i, pack);
      if (n) ReadScaleOfShare(tokens, pack, *n);
      return n;
    }
  } else {
    return std::nullopt;
  }
  if (ReadShare(tokens, pack, *n)) return n;
  ReadSpokenDecimal(text, tokens, pack, *n);
  ReadVulgarFraction(tokens, pack, *n);
  ReadHyphenScale(tokens, pack, *n);
  ReadHedgeAfter(tokens, pack, *n);
  if (!ReadScaleAfter(text, tokens, i, pack, *n)) return std::nullopt;
  if (IsPronounOrArticle(tokens, i, *n, pack)) return std::nullopt;
  return n;
}

}  // namespace crosscheck::internal
