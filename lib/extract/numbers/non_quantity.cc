// Numerals that count nothing: shares and ratios, codes and phone numbers, parts of names,
// ordinals, years, percentages, times of day, labels and distances from a place.
#include <algorithm>

#include "lib/base/chars.h"
#include "lib/extract/numbers/forms.h"

namespace crosscheck::internal {
namespace {

// Glued to '/', '@', ':' or '+' (URLs, e-mail, phone numbers, times "10:30").
bool GluedToSymbol(std::string_view text, const Token& t) {
  const size_t b = t.span.begin, e = t.span.end;
  for (char c : {'/', '@', '+', ':', '#'}) {
    if ((b > 0 && text[b - 1] == c) || (e < text.size() && text[e] == c)) return true;
  }
  return false;
}

// Phone numbers and codes: a figure written with a leading zero ("0176", "030"), and every
// digit group of a run that one opens ("0800 850 60 70"), count nothing.
bool PhoneOrCode(std::string_view text, Tokens tokens, size_t i) {
  auto leading_zero = [&](const Token& d) {
    const std::string_view raw = d.span.Of(text);
    return raw.size() > 1 && raw[0] == '0' && raw[1] >= '0' && raw[1] <= '9';
  };
  for (size_t k = i;; --k) {
    if (leading_zero(tokens[k])) return true;
    if (k == 0 || !tokens[k].space_before || tokens[k - 1].kind != TokenKind::kNumber) return false;
  }
}

// In a language that does not capitalise nouns, a figure right after a capitalised word
// inside the sentence is part of a name ("Voyager 1", "Boeing 737", "World War 2"), unless
// that word is a place (known, or after a place_prep: "In Kharkiv 40 buildings"), a month, a
// weekday, a currency or ends a party's name ("the Bloc Québécois 22 seats"). (German
// capitalises nouns: "hat Nordkorea 10.000 Soldaten".)
bool PartOfName(Tokens tokens, size_t i, const LanguagePack& pack) {
  if (pack.grammar.capitalised_nouns || i <= 1 || !tokens[i].space_before) return false;
  constexpr size_t kLongestParty = 3;
  if (pack.quantities.parties.EndingAt(tokens, i, kLongestParty).length > 0) return false;
  const Token& w = tokens[i - 1];
  return w.kind == TokenKind::kWord && !HasRole(tokens[i - 2], pack, kPlacePrep) && w.upper &&
         pack.Entity(tokens, i - 1).length == 0 &&
         pack.dates.months.Match(tokens, i - 1).length == 0 &&
         pack.dates.weekdays.Match(tokens, i - 1).length == 0 &&
         pack.money.currencies.Find(w) == nullptr &&
         pack.numbers.hedges.Match(tokens, i - 1).length == 0 &&
         RoleAt(tokens, i - 1, pack, kMinus).length == 0;
}

// Years: a bare four-digit integer between 1000 and 2100, unless a counted noun follows
// ("1500 Polizisten", "1200 flights").
bool IsYear(Tokens tokens, size_t i, const Numeral& n,
            const LanguagePack& pack) {
  const size_t after = n.last;
  if (!n.plain_integer || n.scaled || n.value < 1000 || n.value > 2100 ||
      tokens[i].span.size() != 4) {
    return false;
  }
  // "seit 2019", "since 2019": a year whatever follows ("since 2019 members have paid").
  if (i > 0 && RoleAt(tokens, i - 1, pack, kYearCue).length == 1) return true;
  // "mit rund 1300 angegeben", "more than 1600": a year is not hedged so.
  constexpr size_t kLongestCue = 3;
  for (size_t n = 1; n <= kLongestCue && n <= i; ++n) {
    if (RoleAt(tokens, i - n, pack, kCountCue).length == n) return false;
  }
  return (after >= tokens.size() || pack.quantities.measures.Match(tokens, after).length == 0) &&
         !YearLikeCounts(tokens, after, pack);
}

// A score written with a hyphen: two small whole numbers joined tightly ("a 1-1 draw", "City
// won 2-3 away"), before a score word or after a score verb with nothing counted after them.
// A range would be "20-30 seats".
bool IsScore(std::string_view text, Tokens tokens, size_t i,
             const LanguagePack& pack) {
  if (i + 2 >= tokens.size() || !Is(tokens[i + 1], "-") || tokens[i + 1].space_before ||
      tokens[i + 2].space_before || tokens[i + 2].kind != TokenKind::kNumber) {
    return false;
  }
  for (size_t k : {i, i + 2}) {
    const std::string_view raw = tokens[k].span.Of(text);
    if (raw.size() > 3 || !AllDigits(raw)) return false;
  }
  const size_t after = i + 3;
  if (after < tokens.size() && HasRole(tokens[after], pack, kScore)) return true;
  if (i == 0 || !HasRole(tokens[i - 1], pack, kScoreVerb)) return false;
  return after >= tokens.size() || tokens[after].kind == TokenKind::kPunct ||
         HasRole(tokens[after], pack, kPlacePrep);
}

// What digits alone can be besides a count.
bool DigitsCountNothing(std::string_view text, Tokens tokens, size_t i,
                        const Numeral& n, const LanguagePack& pack) {
  const Token& t = tokens[i];
  const size_t after = n.last;
  if (GluedToSymbol(text, t) || PhoneOrCode(text, tokens, i) || PartOfName(tokens, i, pack) ||
      IsScore(text, tokens, i, pack)) {
    return true;
  }
  // Glued to the word before it ("SCP173"): a name, unless the word is a currency code.
  if (i > 0 && !t.space_before && tokens[i - 1].kind == TokenKind::kWord &&
      pack.money.currencies.Find(tokens[i - 1]) == nullptr) {
    return true;
  }
  // A year cut to two digits after an apostrophe: "Dec19’23", "the summer of '23".
  constexpr size_t kCutYear = 2;
  if (i > 0 && !t.space_before && t.span.size() == kCutYear &&
      (Is(tokens[i - 1], "'") || Is(tokens[i - 1], "\xE2\x80\x99"))) {
    return true;
  }
  // Ordinals written with a full stop: "im 2. Weltkrieg", "am 25. Oktober".
  if (pack.grammar.ordinal_dot && !n.scaled && after + 1 < tokens.size() &&
      Is(tokens[after], ".") && !tokens[after].space_before) {
    return true;
  }
  return IsYear(tokens, i, n, pack);
}

// Percentages and times of day: "12 %", "5 Uhr", "per cent", "8 p.m." (a time_letter and a
// dot).
bool PercentOrTime(Tokens tokens, size_t after, const LanguagePack& pack) {
  if (after >= tokens.size()) return false;
  if (HasRole(tokens[after], pack, kNotCountAfter) ||
      RoleAt(tokens, after, pack, kNotCountAfter).length > 0) {
    return true;
  }
  return after + 1 < tokens.size() && HasRole(tokens[after], pack, kTimeLetter) &&
         Is(tokens[after + 1], ".");
}

// A length followed by a compass direction: "18 kilometres south of Hualien", "40 km (25 mi)
// north-west of Herat", "45 Kilometer südwestlich von Ulm". It says where a place lies from
// another, which each article may measure from another town: no length or depth of anything.
bool DistanceFromPlace(Tokens tokens, size_t after, const LanguagePack& pack) {
  if (after >= tokens.size()) return false;
  const PhraseMatch unit = pack.quantities.units.Match(tokens, after);
  if (unit.length == 0 || unit.fields->at(0) != "length") return false;
  size_t k = after + unit.length;
  // The same distance in another unit, in brackets: "(25 miles)".
  constexpr size_t kBracket = 6;
  if (k < tokens.size() && Is(tokens[k], "(")) {
    const size_t open = k;
    while (k < tokens.size() && k < open + kBracket && !Is(tokens[k], ")")) ++k;
    if (k >= tokens.size() || !Is(tokens[k], ")")) return false;
    ++k;
  } else if (k < tokens.size() && Is(tokens[k], ")")) {
    ++k;  // The converted distance in brackets: "25 km (16 miles) north-west".
  }
  return k < tokens.size() && IsBearing(tokens[k], pack);
}

// A degree sign with minutes or a compass letter or word after it, glued or spaced: a
// latitude or longitude ("32°46′55.2″N", "32.782000°N", "44,876 ° N", "44 ° 48 '00'' Nord"),
// which places an epicentre, measuring nothing.
bool Coordinate(Tokens tokens, size_t after, const LanguagePack& pack) {
  if (after + 1 >= tokens.size() || tokens[after].folded() != "\u00b0") return false;
  const Token& next = tokens[after + 1];
  if (next.kind == TokenKind::kWord) {
    const std::string_view w = next.folded();
    return w == "n" || w == "s" || w == "e" || w == "w" || w == "o" || IsBearing(next, pack);
  }
  if (next.kind != TokenKind::kNumber || after + 2 >= tokens.size()) return false;
  const std::string_view mark = tokens[after + 2].folded();
  return mark == "\u2032" || mark == "'" || mark == "\u2019";
}

// "versuchter Mord in 91 Fällen": how often an offence is charged (counts of an indictment),
// each offence its own tally, not cases of anything counted. A noun (capitalised inside the
// sentence, no place) right before the charge_in word: not "wurde in 16 Fällen bestätigt".
bool CountsOfOffence(Tokens tokens, size_t i, size_t after, const LanguagePack& pack) {
  if (!pack.grammar.capitalised_nouns || i < 3 || after >= tokens.size() ||
      !HasRole(tokens[i - 1], pack, kChargeIn)) {
    return false;
  }
  const Token& noun = tokens[i - 2];
  if (noun.kind != TokenKind::kWord || !noun.upper ||
      pack.quantities.places.Match(tokens, i - 2).length > 0) {
    return false;
  }
  const PhraseMatch m = pack.quantities.measures.Match(tokens, after);
  return m.length > 0 && m.fields->at(0) == "cases";
}

// An age: a figure or range written together with a hyphen and an age suffix ("4-year-olds",
// "1 to 4-year-olds", "5- bis 9-Jährige"; properties.tsv, age_suffix) says how old people
// are, never how many of them there are.
bool AgeSuffixAfter(Tokens tokens, size_t after, const LanguagePack& pack) {
  // The lower end of an age range looks past the upper one: "1 to 4-", "5- bis 9-".
  size_t at = after;
  if (at < tokens.size() && Is(tokens[at], "-")) ++at;
  if (at < tokens.size() && HasRole(tokens[at], pack, kRangeTo)) ++at;
  if (at > after && at < tokens.size() && tokens[at].kind == TokenKind::kNumber) after = at + 1;
  if (after + 1 >= tokens.size() || tokens[after].folded() != "-" ||
      tokens[after].space_before || tokens[after + 1].space_before ||
      tokens[after + 1].kind != TokenKind::kWord) {
    return false;
  }
  const std::vector<std::string>* row = pack.quantities.properties.Find(tokens[after + 1]);
  return row != nullptr && row->at(1) == "age_suffix";
}

// "one of the deadliest attacks", "one of the UK's largest marches": a rank among many (a
// superlative after "one of"), no count of one.
bool RankAmongMany(Tokens tokens, const Numeral& n, size_t after, const LanguagePack& pack) {
  constexpr size_t kReach = 4;  // "of the UK 's largest".
  if (n.value != 1 || n.scaled || after >= tokens.size() || !HasRole(tokens[after], pack, kOf)) {
    return false;
  }
  for (size_t k = after + 1; k < tokens.size() && k <= after + kReach; ++k) {
    if (tokens[k].kind == TokenKind::kNumber || Is(tokens[k], ",") || Is(tokens[k], ".")) break;
    if (HasRole(tokens[k], pack, kSuperlative)) return true;
  }
  return false;
}

// A reference mark glued to the text before it, as encyclopedias print them: "close to
// 1,000,[2][7] while", "wounded.[176]Amnesty's estimates". Read by bytes: a sentence break
// may fall between the bracket and the number.
bool ReferenceMark(std::string_view text, const Token& t) {
  constexpr size_t kDigits = 3;
  const size_t b = t.span.begin, e = t.span.end;
  return t.kind == TokenKind::kNumber && e - b <= kDigits && b >= 2 && e < text.size() &&
         text[b - 1] == '[' && text[e] == ']' && !IsSpaceByte(text[b - 2]);
}

}  // namespace

bool IsBearing(const Token& t, const LanguagePack& pack) {
  if (t.kind != TokenKind::kWord) return false;
  if (HasRole(t, pack, kBearing)) return true;
  // "north-west", "west–northwest": the first part of a compound direction.
  const std::string_view w = t.folded();
  const size_t dash = std::min(w.find('-'), w.find("\xE2\x80\x93"));
  return dash != std::string_view::npos && pack.numbers.roles.Has(w.substr(0, dash), kBearing);
}

bool CountsNothing(std::string_view text, Tokens tokens, size_t i,
                   const Numeral& n, const LanguagePack& pack) {
  const size_t after = n.last;
  if (n.share || IsRatioTail(text, tokens, i, n.value, pack) ||
      IsRatioHead(text, tokens, after, n.value, pack)) {
    return true;
  }
  if (tokens[i].kind == TokenKind::kNumber && DigitsCountNothing(text, tokens, i, n, pack)) {
    return true;
  }
  if (ReferenceMark(text, tokens[i])) return true;
  if (DistanceFromPlace(tokens, after, pack) || AgeSuffixAfter(tokens, after, pack) ||
      Coordinate(tokens, after, pack)) {
    return true;
  }
  if (CountsOfOffence(tokens, i, after, pack) || RankAmongMany(tokens, n, after, pack)) return true;
  // "at one polling station": where a share was counted (properties.tsv, one_section).
  if (n.value == 1 && i > 0 && pack.quantities.PropertyRowAt(tokens, i - 1, "one_section") > 0) {
    return true;
  }
  // Labels: "Artikel 4", "Nr. 12", "Resolution 2231" - unless a counted noun follows: "am Tag
  // 1.500 Soldaten" counts soldiers; nor a scale named right after: "Stufe 6,0 auf der
  // Richterskala" is a magnitude.
  size_t k = i;
  if (k > 0 && Is(tokens[k - 1], ".") && !tokens[k - 1].space_before) --k;
  if (k > 0 && pack.numbers.labels.contains(Key(tokens[k - 1]))) {
    return after >= tokens.size() || (pack.quantities.measures.Match(tokens, after).length == 0 &&
                                      pack.quantities.PropertyRowAt(tokens, after, "scale") == 0);
  }
  return false;
}

bool IsNonQuantity(std::string_view text, Tokens tokens, size_t i,
                   const Numeral& n, const LanguagePack& pack) {
  return PercentOrTime(tokens, n.last, pack) || CountsNothing(text, tokens, i, n, pack);
}

bool ReadPercent(Tokens tokens, const LanguagePack& pack, Numeral& n) {
  const PhraseMatch m = pack.quantities.units.Match(tokens, n.last);
  if (m.length == 0 || m.fields->at(0) != "percent") return false;
  n.last += m.length;
  n.percent = true;
  return true;
}

}  // namespace crosscheck::internal
