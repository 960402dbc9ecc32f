#include "lib/extract/numeral.h"

#include <charconv>
#include <cmath>
#include <limits>

#include "lib/extract/numeral_forms.h"

namespace crosscheck::internal {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

enum class Hedge { kNone, kNearly, kUpTo, kOver, kAtLeast, kUnder, kAtMost, kApprox, kGood };

Hedge HedgeFromName(std::string_view name) {
  if (name == "nearly") return Hedge::kNearly;
  if (name == "upto") return Hedge::kUpTo;
  if (name == "over") return Hedge::kOver;
  if (name == "atleast") return Hedge::kAtLeast;
  if (name == "under") return Hedge::kUnder;
  if (name == "atmost") return Hedge::kAtMost;
  if (name == "approx") return Hedge::kApprox;
  if (name == "good") return Hedge::kGood;
  return Hedge::kNone;
}

// Index after an abbreviation's full stop ("Mio." "ca." "Nr."), which tokenizes separately.
size_t AbsorbDot(const std::vector<Token>& tokens, size_t j) {
  if (j < tokens.size() && tokens[j].kind == TokenKind::kPunct && Is(tokens[j], ".") &&
      !tokens[j].space_before) {
    return j + 1;
  }
  return j;
}

}  // namespace

// Written-out numbers over one or more tokens, with scale words inside them: "zwei Millionen
// eintausendeinhundertfünfzig", "twenty-one trillion and three hundred", "fünf Dutzend".
std::optional<Numeral> WordNumeral(const std::vector<Token>& tokens, size_t i, const Lexicon& lex) {
  // Most words are no number: the loop below reads the first word only as a number word or
  // as "half", so anything else is rejected here with a bit test.
  if (const std::string_view w = tokens[i].folded;
      !lex.MayBeNumberWord(w) && w != "half" && w != "halbe" && w != "halben" && w != "halbes") {
    return std::nullopt;
  }
  double total = 0, cur = 0;
  size_t j = i, end = i;
  bool any = false, scaled = false;
  double last_mult = 1;
  while (j < tokens.size()) {
    if (tokens[j].kind != TokenKind::kWord) {
      // "fifty - two": a spaced hyphen between tens and units still makes one number.
      const bool tens = any && cur >= 20 && cur < 100 && std::fmod(cur, 10) == 0;
      if (tens && Is(tokens[j], "-") && j + 1 < tokens.size() &&
          tokens[j + 1].kind == TokenKind::kWord) {
        const std::optional<double> unit = lex.NumberWordExact(tokens[j + 1].folded);
        if (unit && *unit >= 1 && *unit <= 9) {
          ++j;
          continue;
        }
      }
      break;
    }
    const std::string_view w = tokens[j].folded;
    // "two and a half million", "three and a half tons".
    if (any && w == "and" && j + 2 < tokens.size() && Is(tokens[j + 1], "a") &&
        Is(tokens[j + 2], "half") && cur == std::floor(cur)) {
      cur += 0.5;
      j += 3;
      end = j;
      continue;
    }
    if (any && (w == "and" || w == "und") && j + 1 < tokens.size() &&
        (lex.NumberWord(tokens[j + 1].folded) || lex.scales.Match(tokens, j + 1).length > 0)) {
      ++j;
      continue;
    }
    if (any) {
      PhraseMatch sc = lex.scales.Match(tokens, j);
      const bool word_scale = sc.length > 0 && tokens[j].folded.size() > 3;  // Not "m", "bn".
      if (word_scale) {
        const double mult = ScaleValue(sc);
        total += (cur == 0 ? 1 : cur) * mult;
        cur = 0;
        scaled = true;
        last_mult = mult;
        j += sc.length;
        end = j;
        continue;
      }
    }
    // "half a million", "eine halbe Million", "ein halbes Dutzend": a half, whatever the
    // article says.
    if ((w == "half" || w == "halbe" || w == "halben" || w == "halbes") && j + 1 < tokens.size()) {
      size_t k = j + 1;
      if (w == "half" && (tokens[k].folded == "a" || tokens[k].folded == "an")) ++k;
      PhraseMatch sc = k < tokens.size() ? lex.scales.Match(tokens, k) : PhraseMatch{};
      const bool dozen = k < tokens.size() && lex.NumberWordExact(tokens[k].folded) == 12.0;
      if (dozen || (sc.length > 0 && tokens[k].folded.size() > 3)) {
        if (dozen) sc.length = 1;
        const double mult = dozen ? 12 : ScaleValue(sc);
        total += 0.5 * mult;
        cur = 0;
        scaled = !dozen;  // Six is no round estimate.
        last_mult = dozen ? 1 : mult;
        any = true;
        j = k + sc.length;
        end = j;
        break;
      }
    }
    std::optional<double> v = lex.NumberWord(w);
    if (!v) break;
    if (w == "hundred" || w == "hundert") {
      cur = (cur == 0 ? 1 : cur) * 100;
    } else if (w == "thousand" || (w == "tausend" && any)) {
      total += (cur == 0 ? 1 : cur) * 1000;
      cur = 0;
    } else if (w == "dozen" || w == "dutzend") {
      cur = (cur == 0 ? 1 : cur) * 12;
    } else if (any && lex.lang == "de" && !scaled) {
      break;  // German writes a number below a million as one word: "zwölf zwei" is two.
    } else if (any && cur != 0 && *v >= 1 && *v < 10 && std::fmod(cur, 10) != 0) {
      break;  // "three two" is two numbers.
    } else {
      cur += *v;
    }
    any = true;
    ++j;
    end = j;
  }
  if (!any) return std::nullopt;
  Numeral n;
  n.value = total + cur;
  n.first = i;
  n.last = end;
  // "three thousand four hundred fifty-six" has a scale word but is a precise figure.
  n.scaled = scaled && cur == 0;
  n.multiplier = last_mult;
  n.fractional = n.value != std::floor(n.value);
  return n;
}

namespace {

// Articles double as the number one only before a scale or "dozen": "eine Million", "a dozen".
bool IsArticleOne(std::string_view w) {
  return w == "a" || w == "an" || w == "ein" || w == "eine" || w == "einen" || w == "einer" ||
         w == "einem" || w == "half";
}

}  // namespace

std::optional<double> ParseDigits(std::string_view s, std::string_view lang) {
  std::string clean;
  clean.reserve(s.size());
  char thousands = lang == "en" ? ',' : '.';
  char decimal = lang == "en" ? '.' : ',';
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

namespace {

std::optional<Numeral> ParseNumeral(std::string_view text, const std::vector<Token>& tokens,
                                    size_t i, const Lexicon& lex) {
  std::optional<Numeral> n;
  const Token& t = tokens[i];
  if (t.kind == TokenKind::kNumber) {
    const std::string_view raw = t.span.Of(text);
    const bool leading_mark = LeadingDecimalMark(tokens, i) && AllDigits(raw);
    std::optional<double> v =
        leading_mark ? ParseDigits(std::string("0.").append(raw), "en") : ParseDigits(raw, lex.lang);
    if (!v) return std::nullopt;
    n = Numeral{};
    n->value = *v;
    n->first = leading_mark ? i - 1 : i;
    n->last = i + 1;
    n->from_digits = true;
    n->plain_integer = !leading_mark && AllDigits(raw);
    n->fractional = *v != std::floor(*v);
  } else if (t.kind == TokenKind::kWord) {
    n = WordNumeral(tokens, i, lex);
    if (!n) {
      if (t.hyphen) return HyphenShare(t, i, lex);
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (ReadShare(tokens, lex, *n)) return n;
  ReadSpokenDecimal(text, tokens, lex, *n);
  ReadVulgarFraction(tokens, lex, *n);
  ReadHyphenScale(tokens, lex, *n);
  ReadHedgeAfter(tokens, lex, *n);
  // Scale words after digits: "Millionen", "Mio.", "bn", attached "m".
  const size_t j = n->last;
  if (j < tokens.size() && (n->from_digits || n->spoken_decimal) && !n->scaled) {
    PhraseMatch s = lex.scales.Match(tokens, j);
    if (s.length > 0) {
      const std::string_view form = tokens[j].folded;
      const std::string_view raw = tokens[j].span.Of(text);
      const bool attached = !tokens[j].space_before;
      bool applies = true;
      if (form == "m" && raw == "m") {
        // "£50m" pays and "1.2m refugees" counts; a bare "1m" measures a metre: a length,
        // not a count.
        const bool sign_before = i > 0 && tokens[i - 1].kind == TokenKind::kPunct &&
                                 lex.currencies.Match(tokens, i - 1).length == 1;
        const bool currency_after =
            j + 1 < tokens.size() && lex.currencies.Match(tokens, j + 1).length > 0;
        const bool counted_after =
            j + 1 < tokens.size() && lex.measures.Match(tokens, j + 1).length > 0;
        if (attached && !sign_before && !currency_after && !counted_after) return std::nullopt;
        applies = attached;
      } else if (form == "mm") {
        applies = attached && raw == "MM";  // "1MM" is finance's million; "5 mm" a length.
      } else if (form.size() == 1 && form != "k") {
        applies = attached;  // "M", "b": only attached; "k" either way ("2.33 k").
      }
      if (applies) {
        const double mult = ScaleValue(s);
        n->value *= mult;
        n->multiplier = mult;
        n->scaled = true;
        // "Mio.", "Mrd.", "Mill." end in a full stop of their own (the table lists them with
        // it); "million." and "10M." end the sentence.
        const bool abbreviation =
            form.size() == 3 || lex.scales.Find(std::string(form).append(".")) != nullptr;
        n->last = abbreviation ? AbsorbDot(tokens, j + s.length) : j + s.length;
      }
    }
  }
  // "the one you mentioned", "which one": a pronoun, not the number one.
  if (!n->from_digits && n->last - n->first == 1 && Is(tokens[i], "one") && i > 0) {
    static constexpr std::string_view kDeterminers[] = {"the",   "this", "that",    "which", "each",
                                                        "every", "any",  "another", "no"};
    for (std::string_view d : kDeterminers) {
      if (Is(tokens[i - 1], d)) return std::nullopt;
    }
  }
  if (!n->from_digits && n->last - n->first == 1 && IsArticleOne(tokens[i].folded) && !n->scaled &&
      (n->last >= tokens.size() || tokens[n->last].kind != TokenKind::kWord ||
       lex.currencies.Match(tokens, n->last).length == 0)) {
    return std::nullopt;
  }
  return n;
}

// Whether the numeral at tokens[i] is something other than a quantity.
bool IsNonQuantity(std::string_view text, const std::vector<Token>& tokens, size_t i,
                   const Numeral& n, const Lexicon& lex) {
  const Token& t = tokens[i];
  const size_t after = n.last;
  auto next_is = [&](std::string_view s) { return after < tokens.size() && Is(tokens[after], s); };
  if (n.share || IsRatioTail(text, tokens, i, n.value, lex) ||
      IsRatioHead(text, tokens, after, n.value, lex)) {
    return true;
  }
  if (t.kind == TokenKind::kNumber) {
    // Glued to '/', '@', ':' or '+' (URLs, e-mail, phone numbers, times "10:30").
    const size_t b = t.span.begin, e = t.span.end;
    auto glued = [&](char c) {
      return (b > 0 && text[b - 1] == c) || (e < text.size() && text[e] == c);
    };
    if (glued('/') || glued('@') || glued('+') || glued(':') || glued('#')) {
      return true;
    }
    // Phone numbers and codes: a figure written with a leading zero ("0176", "030"), and
    // the digit group after one, count nothing.
    auto leading_zero = [&](const Token& d) {
      const std::string_view raw = d.span.Of(text);
      return raw.size() > 1 && raw[0] == '0' && raw[1] >= '0' && raw[1] <= '9';
    };
    if (leading_zero(t) || (i > 0 && t.space_before && tokens[i - 1].kind == TokenKind::kNumber &&
                            leading_zero(tokens[i - 1]))) {
      return true;
    }
    // English: right after a capitalised word inside the sentence, a figure is part of a name
    // ("Voyager 1", "Boeing 737", "World War 2"), unless that word is a place (known, or after
    // a preposition: "In Kharkiv 40 buildings"), a month, a weekday or a currency. (German
    // capitalises nouns: "hat Nordkorea 10.000 Soldaten".)
    static const auto* kPlacePrepositions = new StringSet{
        "in", "at", "near", "from", "across", "around", "outside", "inside", "throughout"};
    if (lex.lang == "en" && i > 1 && t.space_before && tokens[i - 1].kind == TokenKind::kWord &&
        !kPlacePrepositions->contains(Key(tokens[i - 2])) &&
        tokens[i - 1].upper && lex.Entity(tokens, i - 1).length == 0 &&
        lex.months.Match(tokens, i - 1).length == 0 &&
        lex.weekdays.Match(tokens, i - 1).length == 0 &&
        lex.currencies.Find(tokens[i - 1].folded) == nullptr &&
        lex.hedges.Match(tokens, i - 1).length == 0 &&
        RoleAt(tokens, i - 1, lex, "minus").length == 0) {
      return true;
    }
    // Glued to the word before it ("SCP173"): a name, unless the word is a currency code.
    if (i > 0 && !t.space_before && tokens[i - 1].kind == TokenKind::kWord &&
        lex.currencies.Find(tokens[i - 1].folded) == nullptr) {
      return true;
    }
    // German ordinals: "im 2. Weltkrieg", "am 25. Oktober".
    if (lex.lang == "de" && !n.scaled && next_is(".") && !tokens[after].space_before &&
        after + 1 < tokens.size()) {
      return true;
    }
    // Years: a bare four-digit integer between 1000 and 2100, unless a counted noun follows
    // ("1500 Polizisten", "1200 flights").
    if (n.plain_integer && !n.scaled && n.value >= 1000 && n.value <= 2100 && t.span.size() == 4) {
      // "seit 2019", "since 2019": a year whatever follows ("since 2019 members have paid").
      if (i > 0 && RoleAt(tokens, i - 1, lex, "year_cue").length == 1) return true;
      if ((after >= tokens.size() || lex.measures.Match(tokens, after).length == 0) &&
          !YearLikeCounts(tokens, after, lex)) {
        return true;
      }
    }
  }
  // Percentages and times of day.
  if (next_is("%") || next_is("prozent") || next_is("percent") || next_is("prozentpunkte") ||
      next_is("percentage") ||
      next_is("uhr") || next_is("pm") || next_is("am") || next_is("gmt") || next_is("utc")) {
    if (!(lex.lang == "de" && next_is("am"))) return true;
  }
  // "8 p.m.", "9 a.m.": tokenized as a letter and a dot.
  if (lex.lang == "en" && after + 1 < tokens.size() && (next_is("p") || next_is("a")) &&
      Is(tokens[after + 1], ".")) {
    return true;
  }
  if (after + 1 < tokens.size() && Is(tokens[after], "per") && Is(tokens[after + 1], "cent")) {
    return true;
  }
  // Labels: "Artikel 4", "Nr. 12", "Resolution 2231" - unless a counted noun follows: "am Tag
  // 1.500 Soldaten" counts soldiers.
  size_t k = i;
  if (k > 0 && Is(tokens[k - 1], ".") && !tokens[k - 1].space_before) --k;
  if (k > 0 && lex.labels.contains(Key(tokens[k - 1]))) {
    return after >= tokens.size() || lex.measures.Match(tokens, after).length == 0;
  }
  return false;
}

Interval Apply(Hedge h, double v, const ExtractOptions& o, bool* estimate) {
  switch (h) {
    case Hedge::kNearly:
      return {v * (1 - o.nearly_tolerance), v, false, true};
    case Hedge::kUpTo:
      return {0, v, true, false};
    case Hedge::kOver:
      return {v, kInf, true, true};
    case Hedge::kAtLeast:
      return {v, kInf, false, true};
    case Hedge::kUnder:
      return {0, v, false, true};
    case Hedge::kAtMost:
      return {0, v, false, false};
    case Hedge::kApprox:
      return {v * (1 - o.approx_tolerance), v * (1 + o.approx_tolerance)};
    case Hedge::kGood:
      return {v, v * (1 + o.approx_tolerance)};
    case Hedge::kNone:
      break;
  }
  if (*estimate) return {v * (1 - o.round_tolerance), v * (1 + o.round_tolerance)};
  return Interval::Exact(v);
}

// The upper bound of a range after the numeral `n`: "10.000 bis 12.000", "10,000–12,000",
// "zwischen 2 und 3 Milliarden"; with `signed_low`, the bound may carry its own minus sign
// ("zwischen minus 5 und minus 10 Grad"), reported in *negative.
std::optional<Numeral> RangeUpper(std::string_view text, const std::vector<Token>& tokens,
                                  const std::vector<uint8_t>& excluded, const Lexicon& lex,
                                  const Numeral& n, bool between, bool has_currency,
                                  bool signed_low, bool* negative) {
  if (n.last + 1 >= tokens.size()) return std::nullopt;
  const Token& sep = tokens[n.last];
  const bool dash = Is(sep, "-") || Is(sep, "\xE2\x80\x93") || Is(sep, "\xE2\x80\x94");
  const bool word =
      Is(sep, "bis") || Is(sep, "to") || (between && (Is(sep, "und") || Is(sep, "and")));
  if (!dash && !word) return std::nullopt;
  size_t at = n.last + 1;
  // "30- bis 40.000": German elides the first scale with a hyphen before "bis".
  if (dash && at + 1 < tokens.size() && (Is(tokens[at], "bis") || Is(tokens[at], "to"))) ++at;
  // "between $2 and $3 billion": the currency may be repeated before the upper bound.
  if (has_currency && at + 1 < tokens.size() && lex.currencies.Match(tokens, at).length == 1 &&
      tokens[at].kind == TokenKind::kPunct) {
    ++at;
  }
  if (signed_low && at + 1 < tokens.size() && SignBefore(tokens, at + 1, lex) == at) {
    *negative = true;
    ++at;
  }
  if (excluded[at]) return std::nullopt;
  std::optional<Numeral> upper = ParseNumeral(text, tokens, at, lex);
  if (upper && IsNonQuantity(text, tokens, at, *upper, lex)) upper.reset();
  return upper;
}

// A bare figure is an estimate when it is round: scaled ("400 Millionen") or ending in 00.
bool IsRound(const Numeral& n) {
  if (n.scaled) return true;
  if (n.fractional || n.value < 100) return false;
  return std::fmod(n.value, 100) == 0;
}

// A currency written before the amount: "$", "€", "USD", "US$".
std::optional<std::pair<size_t, std::string>> CurrencyBefore(const std::vector<Token>& tokens,
                                                             size_t i, size_t earliest,
                                                             const Lexicon& lex) {
  if (i >= 2 && i - 2 >= earliest && Is(tokens[i - 1], "$")) {
    // "US$ 5", "USD$ 15", "U.S. $ 100" and "u.s $ 100" all name the US dollar twice.
    if (Is(tokens[i - 2], "us") || Is(tokens[i - 2], "usd")) return std::pair{i - 2, "USD"};
    size_t k = i - 2;
    if (Is(tokens[k], ".") && k > 0) --k;
    if (k >= 2 && k - 2 >= earliest && Is(tokens[k], "s") && Is(tokens[k - 1], ".") &&
        Is(tokens[k - 2], "u")) {
      return std::pair{k - 2, "USD"};
    }
  }
  for (size_t back = 1; back <= 2 && back <= i && i - back >= earliest; ++back) {
    PhraseMatch m = lex.currencies.Match(tokens, i - back);
    // "won" (and other currency words) before a number are verbs or nouns ("won 3-1"):
    // only signs and ISO codes ("$", "€", "USD") stand before an amount.
    if (m.length == back &&
        (tokens[i - back].kind == TokenKind::kPunct ||
         (tokens[i - back].folded.size() == 3 && tokens[i - back].folded != "won"))) {
      return std::pair{i - back, m.fields->at(0)};
    }
  }
  return std::nullopt;
}

// The scale inside a currency form ("musd" is a million dollars), 1 for plain forms.
double CurrencyMultiplier(const PhraseMatch& c) { return NumberField(c, 1, 1); }

// "350 pounds of cement" weighs; "361 million pounds" pays.
bool IsWeightNotMoney(const std::vector<Token>& tokens, size_t currency_at, size_t length) {
  const std::string_view w = tokens[currency_at].folded;
  return (w == "pound" || w == "pounds") && currency_at + length < tokens.size() &&
         Is(tokens[currency_at + length], "of");
}

// A currency written after the amount: "400 Millionen Dollar", "2 Mrd. Euro", "30 MUSD",
// "75 USD million"; sets e.currency and scales the value when the currency carries a scale.
void ReadCurrencyAfter(const std::vector<Token>& tokens, const Lexicon& lex,
                       const ExtractOptions& options, Hedge hedge, bool range, bool scaled,
                       NumberExpr& e) {
  if (e.last >= tokens.size()) return;
  PhraseMatch c = lex.currencies.Match(tokens, e.last);
  const size_t after = e.last + c.length;
  // "3 USD50 cards": a code glued to the next figure belongs to that figure.
  const bool glued_to_next = after < tokens.size() && tokens[after].kind == TokenKind::kNumber &&
                             !tokens[after].space_before;
  if (c.length == 0 || glued_to_next || IsWeightNotMoney(tokens, e.last, c.length)) return;
  e.currency = c.fields->at(0);
  e.last = after;
  // "30 MUSD": a code with the million in it; "75 USD million": the scale after it.
  double mult = CurrencyMultiplier(c);
  if (mult == 1 && e.last < tokens.size() && !range && !scaled) {
    PhraseMatch sc = lex.scales.Match(tokens, e.last);
    if (sc.length > 0 && tokens[e.last].folded.size() > 3) {
      mult = ScaleValue(sc);
      e.last += sc.length;
    }
  }
  if (mult == 1) return;
  e.point *= mult;
  if (hedge == Hedge::kNone && !range) {
    e.estimate = true;  // Scaled, so round: "30 MUSD" as "30 million dollars".
    e.value = Apply(Hedge::kNone, e.point, options, &e.estimate);
  } else {
    e.value.low *= mult;
    e.value.high *= mult;
  }
}

}  // namespace

std::vector<NumberExpr> FindNumbers(std::string_view text, const std::vector<Token>& tokens,
                                    const std::vector<uint8_t>& excluded, const Lexicon& lex,
                                    const ExtractOptions& options, bool all_numerals) {
  std::vector<NumberExpr> out;
  // hedge_end[k]: the hedge phrase that ends right before token k.
  std::vector<std::pair<Hedge, size_t>> hedge_end(tokens.size() + 1, {Hedge::kNone, 0});
  for (size_t j = 0; j < tokens.size(); ++j) {
    PhraseMatch m = lex.hedges.Match(tokens, j);
    if (m.length == 0) continue;
    const size_t end = AbsorbDot(tokens, j + m.length);
    // "no fewer than" ends where "fewer than" ends: the longer, earlier phrase wins.
    if (hedge_end[end].first == Hedge::kNone) hedge_end[end] = {HedgeFromName(m.fields->at(0)), j};
  }
  size_t consumed = 0;  // Tokens before this belong to an earlier expression.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (excluded[i]) continue;
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kWord) {
      // Vague plurals: "Tausende", "tens of thousands"; vague multiples: "mehrere hundert".
      std::optional<NumberExpr> vm = VagueMultiple(tokens, i, lex);
      if (!vm) vm = DigitPlural(text, tokens, i, lex);
      PhraseMatch v = vm ? PhraseMatch{} : lex.vague.Match(tokens, i);
      if (vm || v.length > 0) {
        NumberExpr e;
        if (vm) {
          e = *vm;
        } else {
          e.first = e.numeral_first = i;
          e.last = i + v.length;
          e.value = {NumberField(v, 0, 0), NumberField(v, 1, 0), false, true};
          e.numeral_last = e.last;
          e.amount_first = e.first;
          e.vague = true;
          VagueScale(tokens, lex, e);
        }
        VagueCurrency(tokens, lex, e);
        out.push_back(e);
        consumed = e.last;
        i = e.last - 1;
        continue;
      }
    }
    if (t.kind != TokenKind::kNumber && t.kind != TokenKind::kWord) continue;
    // "siebenhundert-Euro", "five-dollar": the amount and its currency in one word.
    if (const size_t dash = t.folded.rfind('-');
        t.kind == TokenKind::kWord && dash != std::string::npos && dash > 0) {
      const std::vector<std::string>* code = lex.currencies.Find(t.folded.substr(dash + 1));
      const std::optional<double> v = lex.NumberWord(t.folded.substr(0, dash));
      if (code != nullptr && v) {
        NumberExpr e;
        e.first = e.numeral_first = e.amount_first = i;
        e.last = e.numeral_last = i + 1;
        e.point = *v;
        Numeral n;
        n.value = *v;
        auto [hedge, hedge_start] = hedge_end[i];
        if (hedge != Hedge::kNone) e.first = hedge_start;
        e.estimate = hedge == Hedge::kNone && IsRound(n);
        e.value = Apply(hedge, *v, options, &e.estimate);
        e.currency = code->at(0);
        consumed = e.last;
        out.push_back(e);
        continue;
      }
    }
    std::optional<Numeral> n = ParseNumeral(text, tokens, i, lex);
    // The second figure of a score or code that is no range ("3-1 win", "555-0123"): a
    // range would have taken it as its upper bound.
    const bool joined_to_figure = i >= 2 && !t.space_before && Is(tokens[i - 1], "-") &&
                                  !tokens[i - 1].space_before &&
                                  tokens[i - 2].kind == TokenKind::kNumber;
    if (!n || (!all_numerals && (joined_to_figure || IsNonQuantity(text, tokens, i, *n, lex)))) {
      if (n) i = n->last - 1;
      continue;
    }
    NumberExpr e;
    const size_t start = n->first;  // Before i for ",5".
    e.numeral_first = start;
    e.numeral_last = n->last;
    e.point = n->value;
    e.scaled = n->scaled;
    e.first = start;
    e.last = n->last;
    std::string currency;
    size_t sign = SignBefore(tokens, start, lex);
    if (sign < start && (sign < consumed || excluded[sign])) sign = start;
    size_t hedge_pos = sign;
    if (auto c = CurrencyBefore(tokens, start, consumed, lex)) {
      currency = c->second;
      e.first = c->first;
      hedge_pos = c->first;
      sign = start;
    }
    e.amount_first = e.first;
    auto [hedge, hedge_start] = hedge_end[hedge_pos];
    if (hedge == Hedge::kNone && !n->hedge_after.empty()) {
      hedge = HedgeFromName(n->hedge_after);
      hedge_start = e.first;
    }
    if (hedge != Hedge::kNone) e.first = hedge_start;
    // A range: "10.000 bis 12.000", "10,000–12,000", "zwischen 2 und 3 Milliarden".
    std::optional<Numeral> upper;
    bool upper_negative = false;
    const size_t lead = hedge == Hedge::kNone && sign < start ? sign : e.first;
    const bool between =
        lead > 0 && (Is(tokens[lead - 1], "zwischen") || Is(tokens[lead - 1], "between"));
    // An approximate hedge before a range ("some 11,000 to 12,000") leaves the range as is.
    if ((hedge == Hedge::kNone || hedge == Hedge::kApprox) && !all_numerals) {
      upper = RangeUpper(text, tokens, excluded, lex, *n, between, !currency.empty(),
                         sign < start, &upper_negative);
    }
    if (between) e.first = lead - 1;
    if (upper) {
      double lo = n->value;
      if (!n->scaled) lo *= upper->multiplier;  // The scale word is shared: "2 bis 3 Milliarden".
      if (!n->scaled && upper->multiplier == 1) lo = SharedThousands(*n, *upper);
      if (lo <= upper->value) {
        e.value = {lo, upper->value, false, false};
        e.last = upper->last;
        if (hedge == Hedge::kApprox) e.first = hedge_start;
      } else {
        upper.reset();
      }
    }
    if (!upper) {
      e.estimate = hedge == Hedge::kNone && IsRound(*n);
      e.value = Apply(hedge, n->value, options, &e.estimate);
    }
    if (currency.empty()) {
      ReadCurrencyAfter(tokens, lex, options, hedge, upper.has_value(), n->scaled, e);
    } else {
      e.currency = currency;
    }
    ApplySign(tokens, lex, sign, sign < start, upper ? upper_negative : sign < start,
              upper.has_value(), e);
    if (e.point < 0 && hedge == Hedge::kNone && !between) e.first = sign;
    consumed = e.last;
    out.push_back(e);
    i = e.last - 1;
  }
  return out;
}

}  // namespace crosscheck::internal
