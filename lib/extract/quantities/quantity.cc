#include "lib/extract/quantities/quantity.h"

#include <algorithm>

#include "lib/base/concat.h"
#include "lib/extract/attribution.h"
#include "lib/extract/dates/raw_date.h"
#include "lib/extract/measure_qualifiers.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/quantities/continued.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/implied.h"
#include "lib/extract/quantities/narrow.h"
#include "lib/extract/quantities/ordinal.h"
#include "lib/extract/quantities/candidate.h"
#include "lib/extract/quantities/party.h"
#include "lib/extract/quantities/age.h"
#include "lib/extract/quantities/property.h"
#include "lib/extract/quantities/purpose.h"
#include "lib/extract/quantities/rate.h"
#include "lib/extract/quantities/repeated.h"
#include "lib/extract/quantities/time_frame.h"

namespace crosscheck::internal {
namespace {

Span TokenSpan(Tokens tokens, size_t first, size_t last) {
  return {tokens[first].span.begin, tokens[last - 1].span.end};
}

// What the recognizer knows of one sentence while it makes its claims.
struct SentenceState {
  Tokens tokens;
  const SentenceFacts& facts;
  const LanguagePack& pack;
  bool talks_about_a_figure;
  const Tokens* before;  // The paragraph's sentence before, or nullptr.
  uint64_t quantity_roles;  // SentenceTokens::quantity_roles: the roles its words have.
  std::string_view list_head;  // ListHead::measure(): a bulleted list's heading's measure.
};

// An amount of money: its subject (or whoever announces it) and what it is for.
void MoneyClaim(const SentenceState& s, const NumberExpr& e, Claim& c) {
  c.kind = ClaimKind::kMoney;
  c.unit = e.currency;
  c.subject = SubjectOf(s.tokens, s.facts, e.first, e.last);
  // A dollar's country letters ("US$3.4 billion") name the money, not its owner.
  for (const EntityMention& m : s.facts.entities) {
    if (m.first >= e.first && m.last < e.last && m.key == c.subject &&
        s.tokens[m.last].folded() == "$") c.subject.clear();
  }
  // An amount someone announces is usually theirs to give: "Austin (US) kündigte … an". Not
  // a sum nobody gives (a loss, a worth, a ransom), which whoever counts it only estimates.
  const std::string purpose = NearestPurpose(s.tokens, e.first, e.last, s.pack);
  if (const SourceCue* src = SourceOf(s.facts, e.first);
      c.subject.empty() && src != nullptr && src->source != "reports" && IsGiven(purpose)) {
    c.subject = src->source;
  }
  c.key = Concat(c.subject.empty() ? std::string_view("_") : std::string_view(c.subject), "/",
                       purpose);
}

// A figure whose noun is left out (not "41-jähriger", not a vague "dozens"). Its clause's
// verb says what it counts ("four are still missing", "zwei weitere wurden schwer verletzt"):
// a generic count that ApplyFrame refines by that verb. A partitive ("721 of whom are in
// serious condition", "15 von ihnen schwer", "three of them") is a part of the whole named
// before, whose measure goes to `part_of`; with no verb it counts the whole's measure.
// False when neither.
bool ElidedNoun(const SentenceState& s, const NumberExpr& e, const Claim* previous, Claim& c,
                std::string* part_of) {
  constexpr size_t kVerbGroup = 4;  // "wurden schwer verletzt", "are still missing".
  Tokens t = s.tokens;
  // A loose figure ("thousands") is counted by a verb only right after it ("hundreds gathered").
  if (e.vague && !VerbNotNoun(t, e.last, s.pack)) return false;
  // A cue that names others may stand between ("wounded another 90") or after the figure
  // ("verletzte acht weitere", "17 weitere wurden … verletzt"): still no noun.
  const OthersCue others = OthersCueAround(t, e, s.pack);
  const size_t end = e.last + others.after;
  // The object of a measure verb, ending its clause or a list: "the crash killed 12 and
  // injured 40".
  if (VerbRightBefore(t, e.first - others.before, s.pack) &&
      (end >= t.size() || t[end].kind == TokenKind::kPunct ||
       s.pack.numbers.roles.Has(t[end], kAnd) ||
       (others.after > 0 && !NounFollows(t, end, s.pack)))) {
    c.unit = "people";
    c.subject = SubjectOf(s.tokens, s.facts, e.first, e.last);
    return true;
  }
  if (e.last >= t.size() || t[e.last].kind != TokenKind::kWord) return false;
  // "15 of them", "15 von ihnen", or one word for both: "16 davon".
  const bool part = PartitiveAt(t, e.last, s.pack) > 0;
  // A verb past another figure is that figure's ("the toll climbed to 87 as 70 others remain
  // missing"). After a figure that names others the verb ends the clause, past a source: "17
  // weitere wurden nach Angaben der Polizei verletzt".
  constexpr size_t kOthersClause = 8;
  size_t window = (others.after > 0 ? kOthersClause : part ? kVerbGroup + 2 : kVerbGroup) +
                  HearsayWords(t, e.last, s.pack);
  for (size_t k = e.last, words = 0; k < t.size() && words < window; ++k) {
    if (t[k].kind == TokenKind::kNumber) window = words;
    // An adverb widens the verb group by its word: "only 44 so far have been confirmed".
    if (t[k].kind == TokenKind::kWord && ++words < window && IsAdverb(t[k], s.pack)) ++window;
  }
  const bool verb =
      !MeasureVerbAfter(t, e.last, window, s.pack).empty() ||
      !GappedMeasure(t, e.last, s.pack).empty();
  if (!verb && !part) return false;
  // With no fate verb, "von ihnen" is read at its clause end or before a kind, not in "83 von
  // ihnen befinden sich im Spital".
  if (const size_t after = e.last + PartitiveAt(t, e.last, s.pack);
      !verb && part && s.pack.numbers.roles.Has(t[e.last], kRatio) && after < t.size() &&
      !IsClauseBreak(t[after]) &&
      !s.pack.numbers.roles.Has(t[after], kAnd) && KindAfterPartitive(t, e, s.pack).empty()) {
    return false;
  }
  if (part) {
    std::string whole;
    bool carried = false;  // The previous claim's: a count of things there is no "them".
    if (auto before = MeasureBefore(t, e.first, s.pack)) {
      whole = before->first;
      // "22 Menschen wurden getötet, neun davon in Kiew": the whole is what the verb made them.
      if (previous != nullptr && previous->sentence.begin == c.sentence.begin &&
          s.pack.quantities.IsKindOf(previous->unit, whole)) {
        whole = std::string(std::string_view(previous->unit));
      }
    } else if (previous != nullptr && !(previous->value.high < e.point) &&
               (previous->paragraph == c.paragraph ||
                (s.before == nullptr && previous->paragraph + 1 == c.paragraph))) {
      // "them" opening a paragraph: the one before's last count ("¶ Four of them are children").
      // Not a count smaller than the part ("48 Personen, darunter zwei Fahrer. 31 von ihnen"):
      // "them" is then the whole that count was listed in.
      whole = previous->unit;
      carried = true;
    } else if (!verb) {
      return false;
    }
    // A part whose own verb names its fate counts that fate when the whole is the people
    // there or the event's victims ("600 von ihnen wurden getötet", "sieben von ihnen liegen
    // auf Intensivstationen"); of a group (guests, passengers) it is only the group's part.
    const auto tally = s.pack.quantities.measure_tally.find(whole);
    const bool known = tally != s.pack.quantities.measure_tally.end();
    const bool group = known && !tally->second.toll && !tally->second.generic &&
                       (tally->second.person || !carried);
    if (!verb || group) *part_of = std::move(whole);
  }
  c.unit = verb ? "people" : *part_of;
  c.subject = SubjectOf(s.tokens, s.facts, e.first, e.last);
  return true;
}

// A figure whose noun is left out after its modifiers ("259 probable cases are reported out of
// the 965 registered"): it counts the noun its sentence named before, not one joined with
// another ("dead and injured"). False when there is none.
bool ModifiedElided(const SentenceState& s, const NumberExpr& e, Claim& c) {
  const auto before = MeasureBefore(s.tokens, e.first, s.pack);
  if (!before || JoinedMeasures(s.tokens, before->second, s.pack)) return false;
  c.unit = before->first;
  c.confidence = 0.6;
  c.subject = SubjectOf(s.tokens, s.facts, e.first, e.last);
  return true;
}

// A figure with a scale word and nothing after it but punctuation ("mit 27,154 Millionen
// (80,9 Prozent)", "the semi-final had 23.1 million."): a count too large to be anything but
// the sentence's or paragraph's counted thing, left unsaid as in "the figure rose to 1.2
// million".
// It takes the previous figure's thing only when of the same order ("26,27 Millionen
// Zuschauern ... 27,154 Millionen"), not "12 players ... cost 5 million".
bool ScaledAlone(Tokens tokens, const NumberExpr& e, const Claim* previous) {
  if (!e.scaled) return false;
  if (e.last < tokens.size() &&
      (tokens[e.last].kind != TokenKind::kPunct || tokens[e.last].folded() == "-")) {
    return false;
  }
  constexpr double kOrder = 10;
  return previous != nullptr && previous->value.low > 0 && e.point <= previous->value.low * kOrder &&
         e.point * kOrder >= previous->value.low;
}

// Counts of votes, whose candidate is named beside each of them.
bool VoteCount(std::string_view unit) {
  return unit == "votes" || unit == "electoral_votes" || unit == "vote_margin";
}

// Whether a figure with no group of its own takes that of the figure before it in its
// paragraph; not the whole after its part ("3 of the 31 passengers": `whole`, WholeOfPart).
bool CarriesSubject(const Claim* previous, const Claim& c, bool whole) {
  return previous != nullptr && previous->paragraph == c.paragraph && !whole;
}

// Whether the figure before counts people of a nationality or a kind by its noun ("12
// Germans", "67 Deutsche", "32 Kinder", "two teachers"): that group is the noun's, told of that
// figure alone, not of a later one with a noun of its own ("150 people were on board").
bool GroupIsItsNoun(const SentenceState& s, const Claim& previous) {
  if (GroupOfNoun(previous.subject, s.pack)) return true;
  for (const Tokens* t : {&s.tokens, s.before}) {
    if (t == nullptr) continue;
    // The noun ends the figure's span; tokens are in text order.
    const auto it = std::lower_bound(t->begin(), t->end(), previous.span.end,
                                     [](const Token& x, uint32_t end) { return x.span.end < end; });
    if (it == t->end() || it->span.end != previous.span.end) continue;
    const PhraseMatch m = s.pack.Entity(*t, static_cast<size_t>(it - t->begin()));
    return m.length == 1 && m.fields->size() > 1 && m.fields->at(1) == "demonym" &&
           m.fields->at(0) == previous.subject;
  }
  return false;
}

// A count: what it counts and whose. Returns the end of its noun phrase, or 0 when the
// figure counts nothing and is no claim. `part_of`: the whole's measure of a partitive
// ("five of the fatalities"), else empty. `own_subject`: whose toll the noun heading the
// figure's clause names ("die Zahl der ägyptischen Toten stieg auf 600").
size_t QuantityClaim(const SentenceState& s, const NumberExpr& e, const Claim* previous, Claim& c,
                     std::string* part_of, std::string* own_subject, std::optional<bool>* whole) {
  c.kind = ClaimKind::kQuantity;
  // "pro 100.000 Einwohner": what the rate before it is counted against.
  if (e.first > 0 && s.pack.quantities.roles.Has(s.tokens[e.first - 1], kDenominator)) return 0;
  size_t np_end = e.last;
  std::optional<Measure> m;
  if (const size_t whole = PartitiveNoun(s.tokens, e.last, s.pack); whole != e.last) {
    m = FindMeasure(s.tokens, whole, false, s.pack);
    if (m && m->known) {
      *part_of = m->name;
    } else {
      m.reset();
    }
  }
  if (!m) m = FindMeasure(s.tokens, e.last, e.vague || e.scaled, s.pack);
  // "in more than a hundred years": a span of time, which no verb or toll makes a count.
  if (!m && e.last < s.tokens.size() && s.tokens[e.last].lex != nullptr &&
      s.tokens[e.last].lex->Is(kLexRelativeDay) &&
      RelativeAt(s.tokens, e.last, s.pack).kind == Relative::kUnit) {
    return 0;
  }
  // "-3 °C": a unit the numeral reader knows stands in for a missing noun.
  if (!m && !e.unit.empty()) m = Measure{e.unit, e.unit_end, true};
  if (m) {
    c.unit = m->name;
    np_end = m->end;
    // "43 confirmed cases have recovered": the recovered.
    if (std::string fate = FateOfCases(s.tokens, np_end, c.unit, s.pack); !fate.empty()) {
      c.unit = std::move(fate);
    } else if (std::string_view kind = KindByVerb(s.tokens, e.first, np_end, c.unit);
               !kind.empty()) {
      c.unit = std::string(kind);  // "the agency confirmed 2,863 cases": confirmed cases.
    }
    // A noun in no table may count anything ("26 seconds", "three seats of a party"): kept,
    // but compared only on request (below ReconcileOptions::min_confidence).
    if (!m->known) c.confidence = kOnRequestConfidence;
    c.subject = SubjectOf(s.tokens, s.facts, e.first, np_end);
  } else if (PartyListFigure(s.tokens, e, previous, s.pack, c)) {
    // The next party's holding in a list ("die CDU hat 41 Mandate, die AfD 40").
  } else if (!NounFollows(s.tokens, e.last, s.pack) && ElidedNoun(s, e, previous, c, part_of)) {
    // Counted by its verb or a part of a whole named before. A verb right after the figure
    // ("1,277 hospitalised", "4,000 perished") was once read as its noun and compared only on
    // request; compared by default, such figures raised false alarms on the development sets.
    if (VerbNotNoun(s.tokens, e.last, s.pack)) CompareOnRequest(c);
  } else if (!e.vague && !NounFollows(s.tokens, e.last, s.pack) &&
             BreakdownFigure({s.tokens, s.pack, &s.facts.sources}, e, previous, c)) {
    // Counted as the figure before it, for another part.
  } else if (!NounFollows(s.tokens, e.last, s.pack) &&
             BulletFigure({s.tokens, s.pack}, e, s.list_head, c)) {
    // An item of a bulleted list under a heading that names what it counts.
  } else if (const size_t end = e.vague ? 0 : ModifiersToClauseEnd(s.tokens, e.last, s.pack);
             end > 0 && ModifiedElided(s, e, c)) {
    np_end = end;  // "259 probable cases … out of the 965 registered": cases.
  } else if (BracketedFigure({s.tokens, s.pack}, e, previous, c)) {
    // The figure before it, by another count.
  } else if (SourcedFigure({s.tokens, s.pack}, e, previous, c)) {
    // The figure before it, by the source named after it.
  } else if (e.vague || NounFollows(s.tokens, e.last, s.pack) ||
             UnitJoined(s.tokens, e.last, s.pack) ||
             !(s.talks_about_a_figure || ScaledAlone(s.tokens, e, previous) ||
               MeasureEndsBefore(s.tokens, e.first, s.pack) ||
               TollRoseTo(s.tokens, e.first, s.pack) ||
               ImpliedCountCue(s.tokens, e, s.pack, &s.facts.sources) != nullptr) ||
             !ImpliedMeasure({s.tokens, s.before, s.pack}, s.facts, e, np_end, previous, c,
                             own_subject)) {
    return 0;  // A bare number with nothing counted is no claim.
  }
  // Not the whole after its part ("3 of the 31 passengers"): the part's group is not its.
  // A count of votes is its candidate's, named before it (RelateCount); the candidate of
  // the figure before goes on only where none is named. Asked once, for the frame's too.
  if (whole->emplace(WholeOfPart(s.tokens, e.first, s.pack)); c.subject.empty() &&
      !VoteCount(c.unit) && CarriesSubject(previous, c, **whole) &&
      !(np_end > e.last && GroupIsItsNoun(s, *previous))) {
    c.subject = previous->subject;
  }
  if (**whole) CompareOnRequest(c);
  return UnitPhrase(s.tokens, np_end, s.pack, c);
}

// A figure's claim before it is read: its sentence, its value and how far it is trusted.
Claim FigureOf(const Sentence& sentence, const NumberExpr& e) {
  Claim c;
  c.sentence = sentence.span;
  c.paragraph = sentence.paragraph;
  c.value = e.value;
  c.value_is_estimate = e.estimate;
  // "Tausende", "dozens": a reporter's loose word, weak evidence against a count.
  c.confidence = e.vague ? kOnRequestConfidence : 0.9;
  return c;
}

// What a count's neighbours say of it: a list's part, a part of a whole, a party's holding,
// a candidate's share, other victims than those counted `before` in the article.
void RelateCount(std::string_view text, const SentenceState& s, const NumberExpr& e,
                 size_t np_end, const Claim* previous, const std::string& anaphor,
                 const VictimTally& before, Claim& c, std::string& part_of) {
  if (c.kind != ClaimKind::kQuantity) return;
  ListPart({s.tokens, s.pack}, e, previous, c);
  PartOfWhole({s.tokens, s.pack}, e, previous, c);
  PartyOfHolding(s.tokens, e.first, e.last, np_end, anaphor, s.pack, c);
  CandidateOfVotes(text, s.tokens, e.first, np_end, s.pack, c);
  if (c.subject.empty() && VoteCount(c.unit) &&
      CarriesSubject(previous, c, WholeOfPart(s.tokens, e.first, s.pack))) {
    c.subject = previous->subject;
  }
  OtherVictims(s.tokens, e.first, np_end, before, s.pack, c);
  GroupOfOtherFate({s.tokens, s.pack}, e, np_end, previous, c);
  // "499 of them being children": the children's count of the whole's measure.
  if (!part_of.empty() && c.unit == part_of) {
    if (std::string kind = KindAfterPartitive(s.tokens, e, s.pack); !kind.empty()) {
      c.subject = std::move(kind);
      part_of.clear();
    }
  }
}

// Who counted, then the frame. "The health ministry in Gaza put the toll at 70": where who
// counted sits is not where the counted are (as for a property's reading), unless a local
// force counted there ("Police in Leeds said").
void SourceAndFrame(const SentenceState& s, const NumberExpr& e, size_t np_end,
                    const std::string& own_subject, const GatheringArticle& rally,
                    const FigureClauses& clauses, Claim& c) {
  const SourceCue* src = SourceOf(s.facts, e.first, np_end);
  if (src != nullptr && CueOfNextFigure(s.tokens, np_end, *src)) src = nullptr;
  if (src != nullptr) c.source = src->source;
  ApplyFrame(s.tokens, e.first, np_end, s.pack,
             own_subject.empty() ? SubjectInside(s.facts, e.first, np_end) : own_subject, c, &rally,
             s.quantity_roles, &clauses);
  if (src != nullptr && !c.place.empty() && c.place == src->seat &&
      !s.pack.quantities.roles.Has(std::string_view(src->source), kLocalBody)) {
    c.place.clear();
  }
}

// The figures of sentence `st` into `numbers` (emptied first; a vector kept across the
// sentences keeps its room), the ordinal tolls among them ("the fourth person has died").
void SentenceNumbers(const DocContext& ctx, const SentenceTokens& st,
                     std::span<const uint8_t> excluded, const ExtractOptions& options,
                     std::vector<NumberExpr>& numbers) {
  numbers.clear();
  if (MayHoldFigure(st, *ctx.pack)) {
    FindNumbersInto(ctx.text, st.tokens, excluded, *ctx.pack, options, numbers, st.classes);
  }
  AddOrdinalTolls(st.tokens, excluded, *ctx.pack, numbers);
}

}  // namespace

void QuantityRecognizer::Run(DocContext& ctx) const {
  const LanguagePack& pack = *ctx.pack;
  const size_t boilerplate = BoilerplateStart(ctx, pack);
  const size_t dates_end = ctx.claims.size();  // Date claims come first.
  FigureTimes times;
  // The last quantity claim, for implied counted nouns. An index: push_back moves claims.
  std::optional<size_t> previous_index;
  const bool several_incidents = NamedIncidents(ctx.sentences, pack, boilerplate) > 1;
  const GatheringArticle rally(ctx, boilerplate);  // Whose estimates count its crowd.
  std::vector<uint8_t> excluded;  // Per sentence; one buffer for all of them.
  std::vector<NumberExpr> numbers;  // Per sentence too, as are the sentence's facts.
  SentenceFacts facts;
  VictimTally victims;            // The article's counts of victims so far (OtherVictims).
  ListHead head;
  for (const SentenceTokens& st : ctx.sentences) {
    if (st.sentence.paragraph >= boilerplate) break;
    Tokens tokens = st.tokens;
    excluded.assign(tokens.size(), false);
    head.Read(tokens, pack);
    times.Read(ctx, st, dates_end, excluded);
    ReadProperties(ctx, st, dates_end, options_, excluded);  // Percentages, depths, magnitudes.
    ReadSuspectAge(ctx, st, excluded);
    SentenceNumbers(ctx, st, excluded, options_, numbers);
    if (numbers.empty()) continue;
    AnalyzeSentenceInto(ctx.text, tokens, pack, facts);
    const SentenceState s{tokens, facts, pack, TalksAboutAFigure(st, pack),
                          SentenceBefore(ctx, &st - ctx.sentences.data()), st.quantity_roles,
                          head.measure()};
    const std::string anaphor = PartyAnaphor(ctx, &st - ctx.sentences.data());
    for (const NumberExpr& e : numbers) {
      const Claim* previous = previous_index ? &ctx.claims[*previous_index] : nullptr;
      Claim c = FigureOf(st.sentence, e);
      size_t np_end = e.last;
      std::string part_of, own_subject;
      std::optional<bool> whole;  // QuantityClaim's WholeOfPart, read again by the frame.
      if (!e.currency.empty()) {
        MoneyClaim(s, e, c);
      } else if ((np_end = QuantityClaim(s, e, previous, c, &part_of, &own_subject, &whole)) == 0) {
        continue;
      }
      c.span = TokenSpan(tokens, e.first, np_end);
      c.rate = RateNear(tokens, excluded, e.first, np_end, pack);
      // A figure that goes on from another keeps its mood when its own words give none.
      if (Modality m = ModalityOf(st, e.first, np_end, pack); m != Modality::kUnspecified) {
        c.modality = m;
      }
      const FigureClauses clauses(tokens, e.first, np_end, whole);  // Read by the frames.
      SourceAndFrame(s, e, np_end, own_subject, rally, clauses, c);
      RelateCount(ctx.text, s, e, np_end, previous, anaphor, victims, c, part_of);
      NarrowedFigure(tokens, e.first, np_end, pack, c, st.quantity_lead_roles);  // Held, capacity.
      PlaceFromParagraph(ctx, &st - ctx.sentences.data(), e.first, np_end, c, &clauses);
      const bool incident =
          several_incidents &&
          PartByIncident(ctx, &st - ctx.sentences.data(), e.first, np_end, previous, c);
      if (PartOnly(tokens, e, np_end, previous, pack, incident, part_of, c)) CompareOnRequest(c);
      if (c.kind == ClaimKind::kQuantity) {
        if (CountsPlacesReached(tokens, e.first, c, previous, pack)) c.aspect = Aspect::kCumulative;
        // A kind of cases ("suspected_cases") is keyed by what it counts, so that its
        // figures meet the unqualified ones (measure_qualifiers.tsv).
        c.key = Concat(c.subject.empty() ? std::string_view("_") : std::string_view(c.subject),
                             "/", KeyMeasure(c.unit));
      }
      TimeFrameOf(ctx, dates_end, times, tokens, e.first, np_end, clauses, c);
      // A span of time ("in the last 24 hours") is no count the next figures go on from.
      const bool is_quantity = c.kind == ClaimKind::kQuantity && c.unit != "duration";
      victims.Add(c, pack);
      ctx.claims.push_back(std::move(c));
      if (is_quantity) previous_index = ctx.claims.size() - 1;
    }
  }
  VictimsAsDead(ctx, boilerplate);
  DateRepeatedCrowds(ctx, dates_end);
  RateRepeatedCounts(ctx, dates_end);
}

}  // namespace crosscheck::internal
