#include "lib/extract/quantities/property_cues.h"

#include <algorithm>

#include "lib/extract/dates/raw_date.h"
#include "lib/extract/numbers/forms.h"
#include "lib/extract/quantities/candidate.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/quantities/quantity.h"

namespace crosscheck::internal {

PhraseMatch PropertyOfLastPart(const Token& t, const LanguagePack& pack) {
  PhraseMatch m;
  if (const size_t dash = t.folded().rfind('-'); dash != std::string_view::npos) {
    m.fields = pack.quantities.properties.Find(t.folded().substr(dash + 1));
    m.length = m.fields != nullptr ? 1 : 0;
  }
  return m;
}

bool VoteNounAt(Tokens tokens, size_t i, const LanguagePack& pack) {
  const PhraseMatch m = pack.quantities.properties.Match(tokens, i);
  return m.length > 0 && m.fields->at(1) == "vote_noun";
}

// A word before the figure that makes it no level of its property: a change right before it
// ("um 3 Prozent", "by 50 basis points"), the level a change started from a few words before
// it ("down from 5.3%", "from a two-decade high of 5.3 percent"), or the start of a from-to
// pair ("von 19 auf 7 Prozent": the row's property column names the word that must follow the
// figure, and a figure must follow that word). `next`: where the sentence's next figure starts;
// `growth`: the figure is a growth rate, whose "by" gives its level ("grew by 2.4 percent").
bool ChangeOrEarlier(Tokens tokens, size_t figure, size_t end, size_t next,
                     bool growth, const LanguagePack& pack) {
  constexpr size_t kEarlier = 6;  // "from a two-decade high of".
  const size_t first = SignBefore(tokens, figure, pack);  // "um minus 0,3 Prozent".
  for (size_t k = first > kEarlier ? first - kEarlier : 0; k < first; ++k) {
    PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    if (m.length == 0 || k + m.length > first) continue;
    const std::string& takes = m.fields->at(1);
    const bool adjacent = k + m.length == first;
    bool figure_between = false;  // "from 5.3% to 4.8%": 4.8 is no earlier level.
    // "the toll from an earthquake measuring 6.2": "from" governs the event's noun.
    bool event_between = false;
    for (size_t j = k + m.length; j < first; ++j) {
      figure_between = figure_between || tokens[j].kind == TokenKind::kNumber;
      const PhraseMatch noun = pack.quantities.properties.Match(tokens, j);
      event_between = event_between || (noun.length > 0 && noun.fields->at(1) == "scale_next");
    }
    if (takes == "change" && adjacent && !growth) return true;
    if (takes == "earlier" && !figure_between && !event_between) return true;
    if (takes == "from_to" && adjacent && end + 1 == next &&
        tokens[end].folded() == m.fields->at(0)) {
      return true;
    }
  }
  return false;
}

// A share written with its sign ("FDP (-2,8 Prozent)", "Greens (-1.5%)") is the party's gain
// or loss against the last election, in points: a share itself has no sign. (A '+' glued to
// a figure already leaves it out.)
bool SignedShare(std::string_view text, Tokens tokens, const NumberExpr& e,
                 const LanguagePack& pack) {
  // "(minus 4,2 Prozent)", "(plus 1.6 percent)": the sign spoken (changes.tsv, sign).
  if (const size_t n = e.numeral_first; n > 0) {
    const PhraseMatch m = pack.quantities.changes.Match(tokens, n - 1);
    if (m.length == 1 && m.fields->at(0) == "sign") return true;
  }
  const std::string_view before = text.substr(0, tokens[e.numeral_first].span.begin);
  for (std::string_view sign : {"-", "\xE2\x88\x92"}) {
    if (!before.ends_with(sign)) continue;
    const std::string_view rest = before.substr(0, before.size() - sign.size());
    return rest.empty() || rest.back() == ' ' || rest.back() == '(';
  }
  return false;
}

// A word a few words after the figure that makes it a change, not a level ("mit drei Prozent
// die größten Verluste", "3 percent losses"), before the sentence's next figure.
bool ChangeAfter(Tokens tokens, size_t end, size_t next,
                 const LanguagePack& pack) {
  constexpr size_t kAfter = 3;  // "drei Prozent [die größten] Verluste".
  size_t words = 0;
  for (size_t k = end; k < next && words <= kAfter && !EndsClause(tokens[k]); ++k) {
    if (tokens[k].kind == TokenKind::kPunct) continue;
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    if (m.length > 0 && m.fields->at(1) == "change_after") return true;
    ++words;
  }
  return false;
}

// Where the figure's unit may start: after it, or after a hyphen joining them ("20-inch").
size_t UnitStart(Tokens tokens, const NumberExpr& e) {
  const size_t k = e.last;
  const bool joined = k + 1 < tokens.size() && tokens[k].kind == TokenKind::kPunct &&
                      tokens[k].folded() == "-" && !tokens[k].space_before &&
                      !tokens[k + 1].space_before;
  return joined ? k + 1 : k;
}

// Another event's reading before the figure in the sentence ("ein weiteres Beben der Stärke
// 6,4", "a second 7.6 magnitude tremor"): its key, or empty.
std::string OtherEvent(const DocContext& ctx, size_t index, Tokens tokens, size_t first,
                       const LanguagePack& pack) {
  auto named = [&pack](Tokens in, size_t end) -> std::string {
    for (size_t k = 0; k < end; ++k) {
      PhraseMatch m = pack.quantities.properties.Match(in, k);
      if (m.length > 0 && m.fields->at(1) == "other_event") return m.fields->at(0);
    }
    return "";
  };
  if (std::string here = named(tokens, first); !here.empty()) return here;
  if (index == 0 || tokens.empty()) return "";
  // Or the sentence names no quake of its own ("Ein starkes Nachbeben erschütterte die
  // Region. Nach ersten Angaben lag die Stärke bei 4,8").
  auto names_incident = [&]() {
    for (size_t k = 0; k < tokens.size(); ++k) {
      const PhraseMatch m = pack.dates.events.Match(tokens, k);
      if (m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "incident") return true;
    }
    return false;
  };
  if (!pack.quantities.roles.Has(tokens[0], kEventPronoun) && names_incident()) return "";
  const Tokens before = ctx.sentences[index - 1].tokens;
  return named(before, before.size());
}

// Whether a minus sign or a word of decrease (properties.tsv) is before the figure in its clause
// or right after it: "decreased at a rate of 0.3 percent", "the 0.5% contraction", "sank um 0,3".
// Not past a list link or the growth's own noun: "spending declined and GDP grew 0.3 percent",
// "nach dem Rückgang im Vorquartal wuchs das BIP um 0,3 Prozent".
bool Decrease(Tokens tokens, size_t at, size_t end, const LanguagePack& pack) {
  auto is_decrease = [&](size_t k) {
    const PhraseMatch m = PropertyAt(tokens, k, pack);
    return m.length > 0 && m.fields->at(1) == "decrease";
  };
  if (SignBefore(tokens, at, pack) < at || (end < tokens.size() && is_decrease(end))) return true;
  for (size_t k = at; k > 0 && at - k < kClauseBefore; --k) {
    if (EndsClauseBefore(tokens, k, pack) || tokens[k - 1].kind == TokenKind::kNumber ||
        pack.quantities.roles.Has(tokens[k - 1], kListLink)) {
      return false;
    }
    if (is_decrease(k - 1)) return true;
    const PhraseMatch own = PropertyAt(tokens, k - 1, pack);
    if (own.length > 0 && own.fields->at(1) == kGrowth) return false;
  }
  return false;
}

const std::vector<std::string>* PercentAside(Tokens tokens, const NumberExpr& e,
                                             const LanguagePack& pack) {
  constexpr size_t kLongest = 3;  // Words of the longest property's noun.
  if (e.first < 2 || tokens[e.first - 1].folded() != "," || e.last >= tokens.size() ||
      tokens[e.last].folded() != "," || tokens[e.numeral_first].kind != TokenKind::kNumber) {
    return nullptr;
  }
  for (size_t n = 1; n <= kLongest && n + 1 <= e.first; ++n) {
    const PhraseMatch m = PropertyAt(tokens, e.first - 1 - n, pack);
    if (m.length == n && m.fields->at(1) == "percent") return m.fields;
  }
  return nullptr;
}

bool ListedShare(Tokens tokens, const NumberExpr& e, const LanguagePack& pack) {
  constexpr double kWhole = 100;  // A share in percent.
  if (e.percent || e.vague || e.scaled || !e.currency.empty() || !e.unit.empty() ||
      tokens[e.numeral_first].kind != TokenKind::kNumber || !(e.value.high < kWhole)) {
    return false;
  }
  // Written to a tenth: a bare whole number after a party is as likely its seats ("die AfD 40").
  if (tokens[e.numeral_first].folded().find(pack.grammar.decimal_mark) == std::string_view::npos) {
    return false;
  }
  return !NounFollows(tokens, e.last, pack) && !PartyJustBefore(tokens, e.first, pack).empty();
}

namespace {

// The first number token from tokens[i] on, else tokens.size(): a loop of its own, by pointer,
// over the words between a sentence's figures.
size_t NextNumberToken(Tokens tokens, size_t i) {
  const Token* t = tokens.data() + i;
  const Token* const end = tokens.data() + tokens.size();
  while (t != end && t->kind != TokenKind::kNumber) ++t;
  return static_cast<size_t>(t - tokens.data());
}

// A scale's word a few words before a figure, past a genitive ("die Stärke des Bebens mit
// 6,7"): asked only of a sentence with such a word, which the lexicon tags (kLexScaleWord).
bool ScaleWordBefore(const SentenceTokens& st, const LanguagePack& pack) {
  constexpr size_t kBefore = 8;
  Tokens tokens = st.tokens;
  // Every token of a document is tagged, unless the pack has no lexicon.
  const bool tagged = !tokens.empty() && tokens[0].lex != nullptr;
  if (tagged && ((st.classes >> kLexScaleWord) & 1) == 0) return false;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind != TokenKind::kWord) continue;
    if (tagged && !tokens[k].lex->Is(kLexScaleWord)) continue;
    const PhraseMatch m = PropertyAt(tokens, k, pack);
    if (m.length == 0 || m.fields->at(1) != "scale") continue;
    for (size_t j = k + 1; j < tokens.size() && j <= k + kBefore; ++j) {
      if (tokens[j].kind == TokenKind::kNumber) return true;
    }
  }
  return false;
}

// A scale's word, or a noun it qualifies, within two words of a figure ("magnitude of 7.4",
// "a 7.7 earthquake"); or a property in percent before one set off by commas (PercentAside).
bool NearProperty(const SentenceTokens& st, const LanguagePack& pack) {
  constexpr size_t kNear = 2;
  Tokens tokens = st.tokens;
  for (size_t i = 0; (i = NextNumberToken(tokens, i)) < tokens.size(); ++i) {
    for (size_t k = i > kNear ? i - kNear : 0; k < std::min(tokens.size(), i + kNear + 1); ++k) {
      if (tokens[k].kind != TokenKind::kWord) continue;
      const PhraseMatch m = PropertyAt(tokens, k, pack);
      if (m.length > 0 && (m.fields->at(1) == "scale" || m.fields->at(1) == "scale_next" ||
                           (m.fields->at(1) == "percent" && k < i))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool MayHaveProperty(const SentenceTokens& st, const LanguagePack& pack) {
  // Every property takes a percentage or a length, or a bare figure next to its scale word
  // ("Stärke 7,6", "a 7.7 earthquake"): a sentence with neither unit nor a scale word beside
  // a number has none, and most sentences are ruled out by unit lookups alone.
  Tokens tokens = st.tokens;
  // Where no tagged word of the sentence begins a unit (the lexicon's class, exact) and the
  // table has no stems, no word is asked: the figures' loop below finds the digits or none.
  if (((st.classes >> kLexUnit) & 1) || pack.quantities.units.has_stems()) {
    bool unit = false;
    bool number = false;
    for (size_t i = 0; i < tokens.size() && !unit; ++i) {
      if (tokens[i].kind == TokenKind::kNumber) {
        number = true;
        continue;
      }
      if (tokens[i].kind != TokenKind::kWord && tokens[i].folded() != "%") continue;
      const PhraseMatch u = pack.quantities.units.Match(tokens, i);
      unit = u.length > 0 && (u.fields->at(0) == "percent" || u.fields->at(0) == "length");
    }
    if (unit) return true;  // A percentage may be written out ("zehn Prozent").
    if (!number) return false;
  }
  // A sentence with no number token has no digit-led token (its shapes): nothing below.
  if ((st.shapes & kShapeDigitLed) == 0) return false;
  return ScaleWordBefore(st, pack) || NearProperty(st, pack);
}

const std::vector<std::string>* ShareOfElectorate(Tokens tokens, size_t end,
                                                  const LanguagePack& pack) {
  constexpr size_t kWhole = 6;  // "of the country's 40 million eligible voters".
  constexpr size_t kVerb = 3;   // "eligible voters had already cast".
  auto row = [&](size_t k, std::string_view kind) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    return m.length > 0 && m.fields->at(1) == kind ? m : PhraseMatch{};
  };
  if (end >= tokens.size() || row(end, "candidate_of").length == 0) return nullptr;
  for (size_t k = end + 1; k < tokens.size() && k <= end + kWhole; ++k) {
    if (EndsClause(tokens[k])) return nullptr;
    const PhraseMatch whole = row(k, "electorate");
    if (whole.length == 0) continue;
    const size_t after = k + whole.length;
    for (size_t j = after; j < tokens.size() && j < after + kVerb; ++j) {
      if (EndsClause(tokens[j])) return nullptr;
      if (row(j, "ballot_cast").length > 0) return whole.fields;
    }
    return nullptr;
  }
  return nullptr;
}

bool ShareBefore(const DocContext& ctx, size_t index) {
  return !ctx.claims.empty() && ctx.claims.back().unit == "vote_share" &&
         ctx.claims.back().paragraph == ctx.sentences[index].sentence.paragraph;
}

bool PeriodAt(Tokens tokens, size_t at, const LanguagePack& pack) {
  return RelativeAt(tokens, at, pack).kind == Relative::kUnit;
}

bool OffsetBetween(Tokens tokens, uint32_t after, size_t first, const LanguagePack& pack) {
  for (size_t k = first; k-- > 1 && tokens[k - 1].span.begin >= after;) {
    if (PeriodAt(tokens, k - 1, pack) && pack.quantities.roles.Has(tokens[k], kOffsetAfter)) {
      return true;
    }
  }
  return false;
}

// The property a sentence opens with, for a figure's clause that starts at tokens[k] after an
// aside and has no subject of its own ("Final sales to private domestic purchasers, added to
// consumer spending, did increase by 1.9%"): the clause opens with a lower-case word that is
// no article or link (a verb), and the sentence's first clause opens with the property, after
// at most one word ("Real final sales"). Nullptr otherwise.
const std::vector<std::string>* SubjectBeforeAside(Tokens tokens, size_t k,
                                                   std::string_view takes,
                                                   const LanguagePack& pack) {
  constexpr size_t kLead = 1;  // "Real", "The".
  const RoleTable& roles = pack.quantities.roles;
  const Token& t = tokens[k];
  if (t.kind != TokenKind::kWord || t.upper || roles.Has(t, kPartArticle) ||
      roles.Has(t, kListLink) || roles.Has(t, kClauseLink) || roles.Has(t, kNotNoun)) {
    return nullptr;
  }
  for (size_t j = 0; j <= kLead && j < k; ++j) {
    const PhraseMatch m = PropertyAt(tokens, j, pack);
    if (m.length == 0) continue;
    const std::string& row = m.fields->at(1);
    if (row != takes && !(takes == "percent" && row == kGrowth)) return nullptr;
    // The property must be the first clause's subject: a comma right after its noun phrase
    // or a few words later, and no figure before the aside.
    for (size_t i = j + m.length; i < k; ++i) {
      if (tokens[i].kind == TokenKind::kNumber) return nullptr;
    }
    return m.fields;
  }
  return nullptr;
}

}  // namespace crosscheck::internal
