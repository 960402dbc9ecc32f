#include "lib/extract/quantities/property.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

#include "lib/base/concat.h"
#include "lib/extract/attribution.h"
#include "lib/extract/numbers/forms.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/quantities/candidate.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/narrow.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/quantities/property_cues.h"
#include "lib/extract/quantities/quantity.h"
#include "lib/extract/quantities/rate.h"
#include "lib/extract/quantities/time_frame.h"

namespace crosscheck::internal {
namespace {

// How far from its figure a property's noun is looked for: a percentage's
// property may open a long clause ("Die Inflationsrate wird laut ... im Oktober voraussichtlich
// 10,4 Prozent betragen"); a reading on a scale stands next to its noun ("Stärke von 7,7",
// "put the magnitude of the quake at 7.4", "7 degrees on the Richter scale").
constexpr size_t kClauseAfter = kPartyAfter, kScaleBefore = 6, kScaleAfter = 4;
constexpr size_t kListGap = 8;  // "der Erststimmen gekommen, die SPD auf".

// The figure's form: what a property must take to be measured by it. `at`: its unit's start.
std::string_view FormOf(const NumberExpr& e, Tokens tokens, size_t at,
                        const LanguagePack& pack, PhraseMatch* unit) {
  if (e.percent) return "percent";
  *unit = pack.quantities.units.Match(tokens, at);
  if (unit->length > 0) return unit->fields->at(0);
  return "scale";
}

// The property of `takes` nearest to the figure at [first, last) in its clause, with its
// distance in words (markup does not count: "magnitude of {{M|ww}}6.8"). One before the figure
// wins, as the clause names what it speaks of first ("die Senkung der Mehrwertsteuer auf 7
// Prozent wirkte auf die Inflationsrate"), else one after ("80,9 Prozent Marktanteil"); a scale's
// noun only next to it.
struct Found {
  const std::vector<std::string>* row = nullptr;
  size_t distance = SIZE_MAX;
};

Found NearestProperty(Tokens tokens, size_t first, size_t last,
                      std::string_view takes, const LanguagePack& pack) {
  const bool scale = takes == "scale";
  const size_t before = scale ? kScaleBefore : kClauseBefore;
  const size_t after = scale ? kScaleAfter : kClauseAfter;
  // scale_next, length_next: a noun a figure qualifies only when it comes right after it ("a
  // 7.7 earthquake", "a 20 cm blade"), since the noun is a thing, not its property.
  auto matches = [&](size_t k, bool next_to) {
    PhraseMatch m = PropertyAt(tokens, k, pack);
    if (m.length == 0) return static_cast<const std::vector<std::string>*>(nullptr);
    const std::string& row = m.fields->at(1);
    constexpr std::string_view kNext = "_next";
    const bool ok = row == takes || (takes == "percent" && row == kGrowth) ||
                    (next_to && row.size() == takes.size() + kNext.size() &&
                     row.starts_with(takes) && row.ends_with(kNext));
    return ok ? m.fields : nullptr;
  };
  // A scale's noun is its nearest figure's: "magnitude 6 quake killed 800", "the
  // 6.0-magnitude quake has killed 2,205" say nothing of 800 or 2,205.
  auto other_figure = [&](size_t k) { return scale && tokens[k].kind == TokenKind::kNumber; };
  // "6.2 on the Richter scale has risen to 118": past a preposition and an article too, for
  // a noun not right before the figure (`far`; "in 2008 when a magnitude-8.0 temblor").
  auto after_figure = [&](size_t k, bool far) {
    if (k > 1 && tokens[k - 1].folded() == "-" && !tokens[k].space_before) --k;
    for (int n = 0; far && n < 2 && k > 1 && pack.quantities.roles.Has(tokens[k - 1], kNotNoun);
         ++n) {
      --k;
    }
    return k > 0 && other_figure(k - 1);
  };
  Found best;
  size_t words = 0;
  size_t k = first;
  for (; k > 0 && words < before && !EndsClauseBefore(tokens, k, pack); --k) {
    if (other_figure(k - 1)) break;
    if (tokens[k - 1].kind == TokenKind::kPunct) continue;
    if (const auto* row = matches(k - 1, false)) {
      if (after_figure(k - 1, words > 0)) break;
      best = {row, words};
      break;
    }
    ++words;
  }
  if (best.row == nullptr && !scale && k > 0 && EndsClauseBefore(tokens, k, pack)) {
    best.row = SubjectBeforeAside(tokens, k, takes, pack);
    best.distance = first;
  }
  words = 0;
  for (size_t k = last; k < tokens.size() && words < after && !EndsClause(tokens[k]); ++k) {
    // A noun past another figure or a vote word is not the figure's ("49,7 Prozent, im Rahmen
    // der 2 Prozent Fehlermarge", "55,4 Prozent der Stimmen - da die Schwankungsbreite").
    if (tokens[k].kind == TokenKind::kNumber || VoteNounAt(tokens, k, pack)) break;
    if (tokens[k].kind == TokenKind::kPunct) continue;
    if (const auto* row = matches(k, words == 0)) {
      if (best.row == nullptr) best = {row, words};
      break;
    }
    // "40 aftershocks of magnitude 4.5": a word of its own right after the figure is what it
    // counts, so a scale named after that word is another figure's.
    if (scale && words == 0 && !pack.quantities.roles.Has(tokens[k], kNotNoun)) break;
    ++words;
  }
  return best;
}

// Decimals the figure is written with: the digits after the numeral's decimal mark, or as
// many as its value needs when it is spelt out ("7 Komma 4").
int WrittenDecimals(std::string_view text, const NumberExpr& e, Tokens tokens,
                    const LanguagePack& pack) {
  const Token& t = tokens[e.numeral_first];
  int written = 0;
  if (t.kind == TokenKind::kNumber) {
    const std::string_view raw = t.span.Of(text);
    const size_t mark = raw.rfind(pack.grammar.decimal_mark);
    if (mark != std::string_view::npos) written = static_cast<int>(raw.size() - mark - 1);
  }
  constexpr int kMost = 6;
  int needed = 0;
  for (double scaled = e.point; needed < kMost && std::fabs(scaled - std::round(scaled)) > 1e-6;
       scaled *= 10) {
    ++needed;
  }
  return std::max(written, needed);
}

// A property figure's interval: exact to its last digit ("7,6": 7.55 to 7.65; a magnitude to
// a tenth; a share with 2+ decimals may be `cut`: "4,99" up to 5.0 for 4,99502); a hedge adds
// a unit ("etwa 2,1": 2.0 to 2.2), a whole is rounded ("rund 4": 3.5 to 4.5); a range stays.
// Upper ends are open: 7.6 and 7.7 never meet, equal readings do.
Interval ValueOf(const NumberExpr& e, int decimals, double factor, double offset, bool cut = false) {
  Interval v = e.value;
  const double scale = std::pow(10.0, decimals);
  const double digits = std::round(e.point * scale);  // Integers: the same bounds everywhere.
  const bool exact = v.low == v.high && !e.estimate;
  const bool range = v.low == e.point && v.high > e.point && std::isfinite(v.high) && !v.high_open;
  const bool hedged = v.low < e.point && v.high > e.point && !v.low_open && !v.high_open;
  if (exact) {
    v = {(digits - 0.5) / scale, (digits + (cut && decimals >= 2 ? 1 : 0.5)) / scale, false, true};
  } else if (range) {
    v.high_open = true;
  } else if (hedged && decimals > 0 && e.estimate == false) {
    v = {(digits - 1) / scale, (digits + 1) / scale, false, true};
  } else if (hedged && decimals == 0 && e.estimate == false && digits != 0) {
    // "rund 15 Prozent" is 15 rounded: half its last digit's unit, and a round figure's
    // unit is its last non-zero digit's ("rund 2000 Meter": 1500 to 2500).
    double unit = 1;
    for (double n = std::fabs(digits); std::fmod(n, 10) == 0; n /= 10) unit *= 10;
    // A small round figure's unit is most of it ("rund zehn Meter" would be 5 to 15): its
    // width is a quarter of the figure at most, and half a unit at least.
    constexpr double kRoundShare = 0.25;
    const double half = std::max(0.5, std::min(unit / 2, kRoundShare * std::fabs(e.point)));
    v = {e.point - half, e.point + half, false, true};
  }
  v.low = v.low * factor + offset;
  v.high = v.high * factor + offset;
  return v;
}

double Field(const PhraseMatch& m, size_t i, double fallback) {
  double v = fallback;
  if (m.length == 0 || m.fields->size() <= i) return v;
  std::from_chars(m.fields->at(i).data(), m.fields->at(i).data() + m.fields->at(i).size(), v);
  return v;
}

// A figure read as a property's, before its claim is made.
struct Reading {
  const NumberExpr* e;
  std::string property, group;
  bool other_event = false;  // The group is another shock's (OtherEvent).
  size_t end;  // After the figure's unit.
  Interval value;
  int decimals;  // Written after the decimal mark (at least one on a scale).
  std::vector<std::string> shared;  // The parties that each hold it ("SPD und Grüne bei je").
};

// Whether figure `e` of sentence `index` measures a property (fills `r`); `next`: where the
// next figure starts; `anaphor`: the party a pronoun opening the sentence stands for.
bool ReadFigure(const DocContext& ctx, size_t index, Tokens tokens, const NumberExpr& e,
                size_t next, std::string_view anaphor, Reading& r, bool list = false) {
  const std::string_view text = ctx.text;
  const LanguagePack& pack = *ctx.pack;
  if (!e.currency.empty() || e.vague) return false;
  PhraseMatch unit;
  const size_t at = UnitStart(tokens, e);
  const std::string_view takes = FormOf(e, tokens, at, pack, &unit);
  // A reading on a scale is written in digits: "one earthquake" counts one; and it is no span
  // of time ("32 years after a magnitude 8.0 quake").
  if (takes == "scale" && (tokens[e.numeral_first].kind != TokenKind::kNumber ||
                           PeriodAt(tokens, at, pack))) {
    return false;
  }
  const size_t end = unit.length > 0 ? at + unit.length : e.last;
  // A reading with its scale's noun right after it qualifies a noun ("the 6.0-magnitude
  // quake"): a "from" before it governs that noun, and no counted noun can follow.
  const PhraseMatch noun_next =
      takes == "scale" && at < tokens.size() ? PropertyAt(tokens, at, pack) : PhraseMatch{};
  const bool scale_noun_next = noun_next.length > 0 && (noun_next.fields->at(1) == "scale" ||
                                                        noun_next.fields->at(1) == "scale_next");
  Found p = NearestProperty(tokens, e.first, end, takes, pack);
  // "the estimate of voter turnout, 72.8, is correct": a bare figure set off by commas right
  // after a property given in percent is that property's, its sign left unsaid.
  if (p.row == nullptr && takes == "scale") {
    if (const std::vector<std::string>* row = PercentAside(tokens, e, pack)) p = {row, 0};
  }
  if (takes == "percent" && (p.row == nullptr || p.row->at(0) == "vote_share")) {
    if (const std::vector<std::string>* row = ShareOfElectorate(tokens, end, pack)) p = {row, 0};
  }
  // No quake has reached magnitude 10: "More than 150,000 quake victims" counts victims.
  constexpr double kHighestMagnitude = 10;
  if (p.row != nullptr && p.row->at(0) == "magnitude" && e.value.low > kHighestMagnitude) {
    return false;
  }
  const bool growth = p.row != nullptr && p.row->at(1) == kGrowth;
  if (!scale_noun_next && (ChangeOrEarlier(tokens, e.first, end, next, growth, pack) ||
                           ChangeAfter(tokens, end, next, pack))) {
    return false;
  }
  std::string party;
  const bool listed = list && p.row == nullptr && takes == "scale" && ListedShare(tokens, e, pack);
  if ((takes == "percent" || listed) && (p.row == nullptr || p.row->at(0) == "vote_share")) {
    if (SignedShare(text, tokens, e, pack)) return false;
    party = PartyNear(tokens, e.first, end, pack, anaphor);
    if (party.empty()) party = CandidateOfShare(ctx, index, tokens, e.first, end);
    if (party.empty()) r.shared = SharedParties(tokens, e.first, pack);
    if (p.row == nullptr && party.empty() && r.shared.empty()) return false;  // A stray one.
  } else if (p.row == nullptr) {
    return false;
  }
  // "Stärke 7,6" with no counted noun after it: "eine Stärke von 5.000 Soldaten" counts.
  if (takes == "scale" && !scale_noun_next) {
    std::optional<Measure> m = FindMeasure(tokens, e.last, false, pack);
    if (m && m->known) return false;
  }
  // A property not compared (a tax rate: by what is taxed) keeps them from a farther one.
  if (p.row != nullptr && p.row->at(0) == "-") return false;
  r.e = &e;
  r.property = p.row != nullptr ? p.row->at(0) : "vote_share";
  const bool event = takes == "scale" || r.property == "depth";  // An aftershock's, too.
  r.group = !party.empty() ? party : event ? OtherEvent(ctx, index, tokens, e.first, pack) : "";
  r.other_event = party.empty() && !r.group.empty();
  r.end = end;
  // A whole reading on a scale is one rounded ("Stärke 6" beside "6,2"): to half a unit.
  r.decimals = WrittenDecimals(text, e, tokens, pack);
  const bool share = r.property == "vote_share";
  r.value = ValueOf(e, r.decimals, Field(unit, 1, 1), Field(unit, 2, 0), share);
  if (growth && Decrease(tokens, e.first, end, pack)) {
    r.value = {-r.value.high, -r.value.low, r.value.high_open, r.value.low_open};
  }
  return true;
}

// Two shares joined by a word of "respectively" after two joined parties ("zwischen NEOS und
// Grünen mit Werten von 8,8 bzw. 8,6 Prozent"): the first party's and the second's, the
// first figure's unit left unsaid. Appends both readings of numbers[i] and numbers[i + 1].
bool RespectiveShares(std::string_view text, Tokens tokens,
                      const std::vector<NumberExpr>& numbers, size_t i, const LanguagePack& pack,
                      std::vector<Reading>& readings) {
  if (i + 1 >= numbers.size()) return false;
  const NumberExpr &a = numbers[i], &b = numbers[i + 1];
  if (a.percent || !b.percent || a.vague || b.vague || !a.currency.empty() || a.scaled ||
      !a.unit.empty() || tokens[a.numeral_first].kind != TokenKind::kNumber) {
    return false;
  }
  size_t k = a.last;
  const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
  if (m.length == 0 || m.fields->at(1) != "respectively") return false;
  k += m.length;
  if (k < b.first && tokens[k].folded() == ".") ++k;  // "bzw."
  if (k != b.first) return false;
  std::vector<std::string> parties = JoinedPartiesBefore(tokens, a.first, pack);
  if (parties.size() != 2) return false;
  for (size_t n = 0; n < 2; ++n) {
    const NumberExpr& e = n == 0 ? a : b;
    Reading r;
    r.e = &e;
    r.property = "vote_share";
    r.group = std::move(parties[n]);
    r.end = e.last;
    r.decimals = WrittenDecimals(text, e, tokens, pack);
    r.value = ValueOf(e, r.decimals, 1, 0, true);
    readings.push_back(std::move(r));
  }
  return true;
}

// The figures of sentence `index` read as properties', in reading order. `anaphor`: the party a
// pronoun opening the sentence stands for.
std::vector<Reading> ReadFigures(const DocContext& ctx, size_t index, Tokens tokens,
                                 const std::vector<NumberExpr>& numbers, std::string_view anaphor) {
  std::vector<Reading> readings;
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (RespectiveShares(ctx.text, tokens, numbers, i, *ctx.pack, readings)) {
      ++i;  // Both figures of the pair are read.
      continue;
    }
    const size_t next = i + 1 < numbers.size() ? numbers[i + 1].first : tokens.size();
    Reading r;
    if (!ReadFigure(ctx, index, tokens, numbers[i], next, anaphor, r)) continue;
    // A share each of two parties holds is a claim of each.
    std::vector<std::string> shared = std::move(r.shared);
    r.shared.clear();
    for (std::string& party : shared) {
      Reading each = r;
      each.group = std::move(party);
      readings.push_back(std::move(each));
    }
    if (shared.empty()) readings.push_back(std::move(r));
  }
  // "Die CDU kommt auf 35,4, die SPD auf 15,9 Prozent", "… auf 2,3 Prozent. Das BSW bei 2,1":
  // where the sentence, or the paragraph's claim before it, gives a party's share, a bare
  // decimal after another party is its share (ListedShare).
  if (!ShareBefore(ctx, index) && std::none_of(readings.begin(), readings.end(),
                              [](const Reading& o) { return o.property == "vote_share"; })) {
    return readings;
  }
  for (size_t i = 0; i < numbers.size(); ++i) {
    const size_t next = i + 1 < numbers.size() ? numbers[i + 1].first : tokens.size();
    Reading r;
    const auto same = [&](const Reading& o) { return o.e == &numbers[i]; };
    if (std::any_of(readings.begin(), readings.end(), same) ||
        !ReadFigure(ctx, index, tokens, numbers[i], next, anaphor, r, /*list=*/true)) continue;
    readings.insert(std::find_if(readings.begin(), readings.end(),
                                 [&](const Reading& o) { return o.e->first > r.e->first; }),
                    std::move(r));
  }
  return readings;
}

// Parties' shares listed to a tenth ("AfD 30,2 Prozent, BSW 12 Prozent, SPD 8,4 Prozent"):
// a whole number among them is written without its ",0" (12.0), not rounded (11.5 to 12.5);
// one party's share at another time makes no list ("2019 mit 20,5, nun zwölf Prozent").
void TenthsInList(std::vector<Reading>& readings) {
  for (Reading& r : readings) {
    // A hedged share ("rund 4 Prozent") stays as wide as its hedge.
    const bool exact = r.e->value.low == r.e->value.high && !r.e->estimate;
    if (r.property != "vote_share" || r.decimals != 0 || !exact) continue;
    const bool tenths = std::any_of(readings.begin(), readings.end(), [&](const Reading& o) {
      return o.property == "vote_share" && o.decimals == 1 && o.group != r.group;
    });
    if (tenths) r.value = ValueOf(*r.e, 1, 1, 0);
  }
}

// A dated figure of another kind before tokens[first] (from numbers[next]) dates the list it
// opens into `dated`, ending at `dated_end`: "kam vor fünf Jahren auf 15,8 Punkte, die AfD auf 11".
void DateByOtherFigures(const DocContext& ctx, size_t dates_end, Tokens tokens,
                        const std::vector<NumberExpr>& numbers,
                        const std::vector<Reading>& readings, size_t first, size_t& next,
                        std::optional<DateRange>& dated, size_t& dated_end) {
  for (; next < numbers.size() && numbers[next].last <= first; ++next) {
    const NumberExpr& n = numbers[next];
    const bool share = std::any_of(readings.begin(), readings.end(),
                                   [&](const Reading& o) { return o.e == &n; });
    if (auto t = DateNear(ctx, dates_end, tokens, n.first, n.last); t && !share) {
      std::tie(dated, dated_end) = std::pair{t, n.last};
    }
  }
}

// A past occasion the sentence opens with ("Vor vier Jahren waren ... unter 30 Prozent
// geblieben (24,9 Prozent) ... der CDU (26,7 Prozent)"): the time of every share in it that
// no date of its clause gives, brackets and all. Half a year back at least: the story's own
// days are no other occasion.
std::optional<DateRange> OpeningPastDate(const DocContext& ctx, const SentenceTokens& st,
                                         size_t dates_end) {
  Tokens tokens = st.tokens;
  if (!ctx.published || tokens.size() < 2) return std::nullopt;
  const auto stop = ctx.claims.begin() + dates_end;
  const auto d = std::lower_bound(ctx.claims.begin(), stop, st.sentence.span.begin,
                                  [](const Claim& c, uint32_t pos) { return c.span.begin < pos; });
  std::optional<DateRange> range;
  if (d != stop && d->kind == ClaimKind::kDate && d->span.begin <= tokens[1].span.begin) {
    range = d->date().range;
  } else if (const std::optional<int> year = YearAt(ctx.text, tokens, 0, *ctx.pack)) {
    // "2014 war die CDU mit 33,5 Prozent stärkste Kraft geworden, es folgten die Linke mit
    // 28,2 Prozent": a year alone, which the date reader leaves, opens the sentence as well.
    range = DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
  } else if (((st.quantity_lead_roles >> kBackThen) & 1) != 0) {
    // "Vor fünf Jahren ... Damals stimmte nur jeder Zweite ab: Die Wahlbeteiligung betrug".
    return DayPointedBack(ctx, dates_end, tokens, st.sentence.span);
  }
  if (!range || *ctx.published - range->end < kPastOccasionDays) return std::nullopt;
  // "Im Jahr 2019 hatten die Grünen 20,5 Prozent, nun landen sie bei zwölf": now is now.
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (ChangeCueEndsAt(tokens, k, *ctx.pack, "now")) return std::nullopt;
  }
  return range;
}

// A constituency's shares listed under its heading are that part's, not the whole's: its
// place. One unnamed polling station's share is a group of its own, met by no other figure
// (as a place it would be taken for the story's setting when it is the only one named).
void ShareOfSection(const DocContext& ctx, size_t index, Claim& c) {
  std::string section = SectionOf(ctx, index);
  if (std::string_view(section).starts_with("one_") ||
      std::string_view(section).starts_with("mode_")) {
    c.subject = Concat(std::string_view(c.subject), "_", std::string_view(section));
  } else {
    c.place = std::move(section);
  }
}

}  // namespace

void ReadProperties(DocContext& ctx, const SentenceTokens& st, size_t dates_end,
                    const ExtractOptions& options, std::vector<uint8_t>& excluded) {
  const LanguagePack& pack = *ctx.pack;
  Tokens tokens = st.tokens;
  const size_t index = &st - ctx.sentences.data();
  if (!MayHaveProperty(st, pack) && !ShareBefore(ctx, index)) return;
  const std::vector<NumberExpr> numbers =
      FindNumbers(ctx.text, tokens, excluded, pack, options, false, /*keep_percent=*/true);
  std::vector<Reading> readings =
      ReadFigures(ctx, index, tokens, numbers, PartyAnaphor(ctx, index));
  if (readings.empty()) return;
  TenthsInList(readings);
  const SentenceFacts facts = AnalyzeSentence(ctx.text, tokens, pack);
  const std::optional<DateRange> earlier = EarlierSentenceYear(ctx, st, dates_end);
  const std::optional<DateRange> opening = OpeningPastDate(ctx, st, dates_end);
  size_t earlier_end = 0;  // The end of the last figure of an earlier occasion, if any.
  size_t dated_end = 0;  std::optional<DateRange> dated;  // The last dated figure's end, time.
  size_t other = 0;  // The next of the sentence's figures, read as shares or not.
  for (Reading& r : readings) {
    const NumberExpr& e = *r.e;
    DateByOtherFigures(ctx, dates_end, tokens, numbers, readings, e.first, other, dated, dated_end);
    Claim c;
    c.kind = ClaimKind::kQuantity;
    c.sentence = st.sentence.span;
    c.paragraph = st.sentence.paragraph;
    c.span = {tokens[e.first].span.begin, tokens[r.end - 1].span.end};
    c.value = r.value;
    c.confidence = 0.9;
    c.unit = r.property;
    c.modality = ModalityOf(st, e.first, r.end, pack);
    const SourceCue* src = SourceOf(facts, e.first);
    if (src != nullptr) c.source = src->source;
    ApplyFrame(tokens, e.first, r.end, pack, "", c);
    if (c.place.empty()) c.place = PlaceWith(tokens, e.first, pack);
    // "Das GFZ in Potsdam meldete die Stärke 7,6": not where it holds, where who measured is.
    if (src != nullptr && !c.place.empty() && (c.place == c.source || c.place == src->seat)) {
      c.place.clear();
    }
    c.aspect = Aspect::kLevel;  // A reading is its level: "a new range" is no change of a count.
    // "rose 9.1% year over year", "up 1.3 percent compared with a month earlier": a share in
    // percent beside a change's period is the change over it.
    if (e.percent) c.rate = RateNear(tokens, excluded, e.first, r.end, pack, true);
    c.subject = std::move(r.group);
    if (c.place.empty() && c.unit == "vote_share") ShareOfSection(ctx, index, c);
    c.key = Concat(c.subject.empty() ? std::string_view("_") : std::string_view(c.subject), "/",
                         std::string_view(c.unit));
    c.time = DateNear(ctx, dates_end, tokens, e.first, r.end);
    // "bei der Wahl 2018 auf 29,3 Prozent gekommen, die SPD auf 23,3 Prozent": a list goes on
    // in the time of its first figure.
    if (!c.time && dated_end > 0 && ListContinues(tokens, dated_end, e.first, pack, kListGap)) {
      c.time = dated;
    }
    if (!c.time) c.time = opening ? opening : earlier;
    // Another shock's reading is of its report's day: two aftershocks are no update of one.
    if (!c.time && r.other_event && ctx.published) {
      c.time = DateRange{*ctx.published, *ctx.published};
    }
    dated_end = c.time ? r.end : 0;
    dated = c.time;
    // "bei der vorigen Wahl auf 21,2 Prozent, die Grünen auf 13,9": the last election's, with
    // no date to keep it from this one's; shown on request only.
    if (!c.time && (EarlierOccasion(tokens, e.first, r.end, pack) ||
                    (earlier_end > 0 && ListContinues(tokens, earlier_end, e.first, pack)))) {
      c.confidence = kOnRequestConfidence;
      earlier_end = r.end;
    }
    // "Bis zum Nachmittag lag die Wahlbeteiligung bei 48,3 Prozent": a reading before the
    // day was over, not the day's; shown on request only.
    if (ClauseHas(tokens, e.first, r.end, kInterim, pack)) c.confidence = kOnRequestConfidence;
    // A projection for a period that has begun ("im Oktober 2022 voraussichtlich 10,4 Prozent",
    // said on 31 October) estimates the measured value; one undated or for later forecasts.
    if (c.modality == Modality::kProjected && c.time && ctx.published &&
        c.time->begin <= *ctx.published) {
      c.modality = Modality::kUnspecified;
    }
    PollShare(ctx, index, dates_end, c);  // An opinion poll's share is no result.
    for (size_t k = e.first; k < r.end; ++k) excluded[k] = true;
    ctx.claims.push_back(std::move(c));
  }
}

}  // namespace crosscheck::internal
