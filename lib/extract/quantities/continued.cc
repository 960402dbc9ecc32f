#include "lib/extract/quantities/continued.h"

#include <algorithm>

#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/implied.h"
#include "lib/extract/quantities/quantity.h"

namespace crosscheck::internal {
namespace {

// Whether `previous` is a count in the same sentence as `c`, which may go on from it.
bool CountBefore(const Claim* previous, const Claim& c) {
  return previous != nullptr && previous->sentence.begin == c.sentence.begin &&
         previous->kind == ClaimKind::kQuantity;
}

// Whether the figure ending at tokens[last] is said to be among a whole counted after it in
// its clause ("four people directly involved were among 11 detained").
bool AmongAWhole(Tokens tokens, size_t last, const LanguagePack& pack) {
  constexpr size_t kReach = 8;  // "directly involved in the attack were among".
  for (size_t k = last; k < tokens.size() && k < last + kReach; ++k) {
    if (IsClauseBreak(tokens[k]) || tokens[k].kind == TokenKind::kNumber) return false;
    if (!pack.quantities.roles.Has(tokens[k], kAmongWhole)) continue;
    size_t n = k + 1;
    if (n < tokens.size() && pack.quantities.roles.Has(tokens[n], kPartArticle)) ++n;
    return n < tokens.size() && tokens[n].kind == TokenKind::kNumber;
  }
  return false;
}

// Whether the figure at tokens[first] opens with the place of a next part of a list after a
// comma or a list link, past who counted and adverbs: "25.000 Menschen, in München 40.000",
// "in Hamburg laut Polizei ebenfalls 70.000". The place must end right there, so a clause
// with its own verb or noun ("in Berlin nahm die Polizei 30 fest") is none.
bool PlaceLedPart(const FigureContext& s, size_t first) {
  constexpr size_t kLongestPlace = 3;
  Tokens t = s.tokens;
  const size_t end = SkipSourceAndAdverbs(t, first, s.pack, s.sources);
  for (size_t p = end; p-- > 0 && p + kLongestPlace >= end;) {
    const PhraseMatch place = s.pack.quantities.places.Match(t, p);
    if (place.length == 0 || p + place.length != end) continue;
    // The locative, maybe with an article between ("in der Schweiz").
    for (size_t gap = 0; gap <= 1 && gap + 1 <= p; ++gap) {
      const size_t loc = p - gap - 1;
      const PhraseMatch l = s.pack.quantities.locatives.Match(t, loc);
      if (l.length != 1 || loc == 0) continue;
      if (gap == 1 && !s.pack.quantities.roles.Has(t[p - 1], kPartArticle)) continue;
      return t[loc - 1].folded() == "," || s.pack.quantities.roles.Has(t[loc - 1], kListLink);
    }
  }
  return false;
}

}  // namespace

// A figure with no noun that continues a breakdown of the sentence's figure before it, for the
// part its own clause names, a place or a named incident: "five of the dead were linked to the
// Palisades Fire, while 11 were attributed to the Eaton Fire", "16 in Texas and another nine
// in Oklahoma", "zwölf in Bayern und drei in Hessen". It counts what that figure counts. The
// link stands right before the figure or before a change cue ("and another nine"), so "and
// injured 30 in Oklahoma" is not read.
bool BreakdownFigure(const FigureContext& s, const NumberExpr& e, const Claim* previous,
                     Claim& c) {
  constexpr size_t kWindow = 12;
  Tokens t = s.tokens;
  if (e.vague || !CountBefore(previous, c) ||
      !s.pack.quantities.measure_tally.contains(previous->unit) || e.first == 0) {
    return false;
  }
  const RoleTable& roles = s.pack.quantities.roles;
  // Or the breakdown opens right after the whole's phrase: "23 reports: 17 in …".
  constexpr size_t kHead = 2;  // Words of the whole's noun phrase past its claim ("reports").
  // Where the words after the figure before begin, at most `words` words back from the mark
  // before this figure; 0 when that figure ends farther back.
  auto after_previous = [&](size_t words) -> size_t {
    size_t k = e.first - 1;
    while (k > 0 && e.first - 1 - k < words && t[k - 1].span.end > previous->span.end) --k;
    return k > 0 && t[k - 1].span.end == previous->span.end ? k : 0;
  };
  bool opens = e.first > 1 &&
               (t[e.first - 1].folded() == ":" || t[e.first - 1].folded() == ",") &&
               after_previous(kHead) > 0;
  // Or the figure before ends its clause with a place of its own: "182 of the cases are in
  // England, 58 are in Scotland".
  constexpr size_t kPlaced = 5;  // "are reported in New York State".
  if (!opens && e.first > 1 && Is(t[e.first - 1], ",")) {
    const size_t k = after_previous(kPlaced);
    opens = k > 0 &&
            s.pack.quantities.places
                    .EndingAt(t, e.first - 1, e.first - 1 - k,
                              [k](const PhraseMatch&, size_t start) { return start >= k; })
                    .length > 0;
  }
  const bool linked = opens || roles.Has(t[e.first - 1], kListLink) ||
                      (e.first > 1 && roles.Has(t[e.first - 2], kListLink) &&
                       s.pack.quantities.changes.Match(t, e.first - 1).length == 1 &&
                       !ChangeCueEndsAt(t, e.first - 1, s.pack, "now"));
  const bool place_led = !linked && PlaceLedPart(s, e.first);
  if (!linked && !place_led) return false;
  const size_t to = ClauseAround(t, e.first, e.last, kWindow).second;
  if (!place_led && LastPlace(t, e.last, to, s.pack).empty() &&
      NamedIncidentOf(t, e.first, e.last, s.pack).empty()) {
    return false;
  }
  c.unit = previous->unit;
  c.confidence = std::min(c.confidence, previous->confidence);
  return true;
}

namespace {
bool IsBullet(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (Is(t, "•") || Is(t, "·") || Is(t, "▪") || Is(t, "‣") || Is(t, "*") || Is(t, "-") ||
          Is(t, "–"));
}
}  // namespace

void ListHead::Read(Tokens tokens, const LanguagePack& pack) {
  if (tokens.empty() || IsBullet(tokens[0])) return;
  measure_.clear();
  if (tokens.size() < 2 || !Is(tokens.back(), ":")) return;
  if (auto m = MeasureBefore(tokens, tokens.size() - 1, pack)) measure_ = std::move(m->first);
}

bool BulletFigure(const FigureContext& s, const NumberExpr& e, std::string_view head, Claim& c) {
  constexpr size_t kPlace = 4;  // "in New York State".
  if (head.empty() || e.vague || e.first == 0 || !IsBullet(s.tokens[e.first - 1]) ||
      LastPlace(s.tokens, e.last, std::min(s.tokens.size(), e.last + kPlace), s.pack).empty()) {
    return false;
  }
  c.unit = std::string(head);
  return true;
}

// A figure of people with no verb of its own that continues a list of the sentence's figure
// before it, part by part: "starben in Rumänien 7 Menschen, in Polen 5 Menschen und in
// Österreich je 1 Person". It counts what that figure counts.
void ListPart(const FigureContext& s, const NumberExpr& e, const Claim* previous, Claim& c) {
  constexpr size_t kGap = 8;  // ", in der Tschechischen Republik und Österreich je".
  Tokens t = s.tokens;
  if (c.confidence >= 0.9 || !CountBefore(previous, c) || previous->confidence < 0.9 ||
      !s.pack.quantities.IsKindOf(previous->unit, c.unit) || previous->unit == c.unit) {
    return;
  }
  size_t k = e.first;  // The first token after the figure before.
  while (k > 0 && e.first - k <= kGap && t[k - 1].span.begin >= previous->span.end) --k;
  if (k == 0 || e.first - k > kGap) return;
  bool linked = false;
  for (size_t j = k; j < e.first; ++j) {
    linked = linked || t[j].folded() == "," || s.pack.quantities.roles.Has(t[j], kListLink);
  }
  if (!linked || LastPlace(t, k, e.first, s.pack).empty()) return;
  c.unit = previous->unit;
  c.aspect = previous->aspect;
  c.confidence = previous->confidence;
}

void PartOfWhole(const FigureContext& s, const NumberExpr& e, const Claim* previous, Claim& c) {
  const QuantityWords& q = s.pack.quantities;
  // "Four children were among 11 people killed" counts the children; "four people involved
  // were among 11 detained" a part only its qualifier tells.
  if (c.subject.empty() && AmongAWhole(s.tokens, e.last, s.pack)) {
    CompareOnRequest(c);
  }
  // A part after a part cue, or the next of a list of parts ("darunter zwei Frauen und zwei
  // Kinder"): right after a part of a kind, by a list link.
  Tokens t = s.tokens;
  const bool next_part = CountBefore(previous, c) && !previous->subject.empty() &&
                         e.first >= 2 && q.roles.Has(t[e.first - 1], kListLink) &&
                         t[e.first - 2].span.end == previous->span.end;
  const bool part = CountBefore(previous, c) &&
                    (ChangeCueEndsAt(t, e.first, s.pack, "part") || next_part);
  // "2,743 residents of Kherson Oblast were evacuated, including 205 children": a part is
  // counted where its whole was. A part of no kind of its own ("93 dead, including 46 in
  // July") is no group of the whole's.
  if (part && c.place.empty()) c.place = previous->place;
  // "150 Menschen waren an Bord, darunter 67 Deutsche": a nationality's people are a group
  // of what the whole counts.
  if (part && c.unit == "people" && !c.subject.empty() && previous->unit != "people" &&
      q.measure_tally.contains(previous->unit) && q.IsKindOf(previous->unit, "people")) {
    c.unit = previous->unit;
    c.aspect = previous->aspect;
    return;
  }
  if (c.confidence >= 0.9 || !CountBefore(previous, c) || previous->confidence < 0.9 ||
      !q.measure_tally.contains(previous->unit) || !q.IsKindOf(c.unit, "people") ||
      c.unit == "people" || c.unit == previous->unit || !part) {
    return;
  }
  c.subject = c.unit;
  c.unit = previous->unit;
  c.aspect = previous->aspect;
  c.confidence = previous->confidence;
}

// A figure with no noun in brackets at the end of another's clause gives the same count by
// another source ("245,000 marchers (30,000 according to the police)", "80.000 Teilnehmer
// (laut Polizei 50.000)"): it counts what that figure counts, where that one was counted.
bool BracketedFigure(const FigureContext& s, const NumberExpr& e, const Claim* previous,
                     Claim& c) {
  Tokens t = s.tokens;
  if (e.vague || !CountBefore(previous, c) || e.first < 2) {
    return false;
  }
  // A source may stand before the figure inside the bracket ("(Polizei: 50.000"), not a
  // year ("(2019: 95)").
  constexpr size_t kSourceWords = 4;
  size_t open = e.first - 1;
  while (open > 0 && e.first - open <= kSourceWords && t[open].folded() != "(" &&
         t[open].span.begin > previous->span.end && t[open].kind != TokenKind::kNumber) {
    --open;
  }
  if (t[open].folded() != "(") return false;
  // The bracket names who counted ("according to the police", "laut Polizei", "Polizei:"):
  // "(Vorjahr: 95.000)", "(last year: 95,000)" are other counts.
  constexpr size_t kBracketWords = 8;
  bool named = false;
  for (size_t j = open + 1; j < t.size() && j <= open + kBracketWords && t[j].folded() != ")"; ++j) {
    named = named || s.pack.sources.Match(t, j).length > 0 ||
            s.pack.counters.Match(t, j).length > 0;
  }
  if (!named) return false;
  // The bracket closes the previous figure's clause: only words between ("80,000 marched in
  // Lyon (").
  constexpr size_t kClauseWords = 6;
  size_t k = open;
  while (k > 0 && open - k < kClauseWords && t[k - 1].span.begin >= previous->span.end &&
         t[k - 1].kind == TokenKind::kWord) {
    --k;
  }
  if (k == 0 || t[k - 1].span.end != previous->span.end) return false;
  c.unit = previous->unit;
  c.subject = previous->subject;
  c.place = previous->place;
  c.confidence = std::min(c.confidence, previous->confidence);
  return true;
}

namespace {

// "Sie zählte rund 2500 Teilnehmer, die Veranstalter sprachen von 10.000.": a figure with no
// noun that ends its clause, right after a body that counts and its verb ("before" cues of
// sources.tsv) opening the clause after a comma or a link.
bool SpokenBy(const FigureContext& s, const NumberExpr& e) {
  constexpr size_t kLongestCue = 3;  // "put the number", "sprachen von".
  Tokens t = s.tokens;
  const RoleTable& roles = s.pack.quantities.roles;
  if (e.last < t.size() && !IsClauseBreak(t[e.last]) && t[e.last].kind != TokenKind::kPunct) {
    return false;
  }
  size_t cue_start = 0;
  const PhraseMatch cue = s.pack.sources.EndingAt(
      t, e.first, kLongestCue,
      [](const PhraseMatch& m, size_t) { return m.fields->at(0) == "before"; }, &cue_start);
  if (cue.length == 0 || cue_start == 0) return false;
  for (size_t who = cue_start > 2 ? cue_start - 2 : 0; who < cue_start; ++who) {
    const PhraseMatch body = s.pack.counters.Match(t, who);
    if (body.length == 0 || who + body.length != cue_start) continue;
    size_t open = who;
    if (open > 0 && roles.Has(t[open - 1], kPartArticle)) --open;
    // Or a dash: "120 000 Menschen demonstriert - die Polizei sprach von 100 000".
    return open > 0 && (Is(t[open - 1], ",") || IsAnyDash(t[open - 1]) ||
                        roles.Has(t[open - 1], kListLink) || roles.Has(t[open - 1], kClauseLink));
  }
  return false;
}

}  // namespace

// A figure with no noun right before a source's cue, after another count of the sentence,
// gives that count by another source: "7,000 marched, according to the police, and 60,000
// according to the unions". It counts what that figure counts, where that one was counted
// (a place of its own clause replaces it later).
bool SourcedFigure(const FigureContext& s, const NumberExpr& e, const Claim* previous,
                   Claim& c) {
  Tokens t = s.tokens;
  if (e.vague || !CountBefore(previous, c) || previous->confidence < 0.9 || e.first == 0 ||
      e.last > t.size()) {
    return false;
  }
  if (SpokenBy(s, e)) {
    c.unit = previous->unit;
    c.subject = previous->subject;
    c.confidence = std::min(c.confidence, previous->confidence);
    return true;
  }
  if (e.last == t.size()) return false;
  const PhraseMatch cue = s.pack.sources.Match(t, e.last);
  if (cue.length == 0 ||
      (cue.fields->at(0) != "after" && !cue.fields->at(0).starts_with("source:"))) {
    return false;
  }
  const Token& link = t[e.first - 1];
  if (link.folded() != "," && !s.pack.quantities.roles.Has(link, kListLink)) return false;
  // The cue names who counted: a body that counts ("the unions") or a name ("CGT"), not a
  // word that only shares the cue's form ("15 so schwer, dass …").
  if (cue.fields->at(0) == "after") {
    size_t who = e.last + cue.length;
    if (who + 1 < t.size() && s.pack.quantities.roles.Has(t[who], kPartArticle)) ++who;
    if (who >= t.size() ||
        (s.pack.counters.Match(t, who).length == 0 && !t[who].upper)) {
      return false;
    }
  }
  c.unit = previous->unit;
  c.subject = previous->subject;
  c.place = previous->place;
  c.confidence = std::min(c.confidence, previous->confidence);
  return true;
}

OthersCue OthersCueAround(Tokens tokens, const NumberExpr& e, const LanguagePack& pack) {
  constexpr size_t kLongest = 2;  // "a further".
  auto others = [&](size_t k) {
    const PhraseMatch m = pack.quantities.changes.Match(tokens, k);
    const bool names = m.length > 0 && (m.fields->at(0) == "before" || m.fields->at(0) == "both" ||
                                        m.fields->at(0) == "after");
    return names ? m.length : size_t{0};
  };
  OthersCue cue;
  for (size_t n = 1; n <= kLongest && n <= e.first && cue.before == 0; ++n) {
    if (others(e.first - n) == n) cue.before = n;
  }
  if (e.last < tokens.size()) cue.after = others(e.last);
  return cue;
}

size_t PartitiveAt(Tokens tokens, size_t k, const LanguagePack& pack) {
  if (k + 1 < tokens.size() &&
      (pack.numbers.roles.Has(tokens[k], kOf) || pack.numbers.roles.Has(tokens[k], kRatio)) &&
      pack.quantities.roles.Has(tokens[k + 1], kPartitive)) {
    return 2;
  }
  return k < tokens.size() && pack.quantities.roles.Has(tokens[k], kPartitiveAlone) ? 1 : 0;
}

std::string KindAfterPartitive(Tokens tokens, const NumberExpr& e, const LanguagePack& pack) {
  const size_t part = PartitiveAt(tokens, e.last, pack);
  if (part == 0) return "";
  size_t k = e.last + part;
  constexpr size_t kLink = 2;  // "being", "were all".
  for (size_t n = 0; k < tokens.size() && n <= kLink; ++k, ++n) {
    if (tokens[k].kind != TokenKind::kWord) return "";
    const PhraseMatch m = pack.quantities.measures.Match(tokens, k);
    if (m.length == 0) continue;
    const auto t = pack.quantities.measure_tally.find(m.fields->at(0));
    const bool kind = t != pack.quantities.measure_tally.end() && t->second.generic &&
                      !t->second.parent.empty();
    return kind ? std::string(m.fields->at(0)) : "";
  }
  return "";
}

// Whether `unit` counts victims of an incident by their fate: the dead, the injured, the
// missing (measure_tree.tsv).
bool VictimFate(std::string_view unit, const LanguagePack& pack) {
  constexpr std::string_view kVictims = "casualties", kMissing = "missing";
  return pack.quantities.IsOrKindOf(unit, kVictims) || pack.quantities.IsOrKindOf(unit, kMissing);
}

// "At least 15 people were killed. Another 18 were injured", "sechs Menschen kamen ums
// Leben, weitere 40 wurden verletzt": after a count of victims of another fate, "another"
// names people other than those, not a rise; the figure is the level of its own fate. Not
// after a count of the same fate or a part of it ("another 18 people died"). The count may
// stand paragraphs before ("22 were killed … an additional 50 sustained injuries").
void VictimTally::Add(const Claim& c, const LanguagePack& pack) {
  if (c.kind != ClaimKind::kQuantity || !VictimFate(c.unit, pack)) return;
  for (Fate& f : fates_) {
    if (f.unit != c.unit) continue;
    f.varied = f.varied || f.low != c.value.low || f.high != c.value.high;
    return;
  }
  fates_.push_back(Fate{std::string(c.unit), c.value.low, c.value.high, false});
}

void OtherVictims(Tokens tokens, size_t first, size_t np_end, const VictimTally& before,
                  const LanguagePack& pack, Claim& c) {
  // Bodies recovered add to those found before ("two more bodies were pulled out").
  constexpr std::string_view kBodies = "bodies_recovered";
  if (c.aspect != Aspect::kChange || c.value.low < 0 || !VictimFate(c.unit, pack) ||
      pack.quantities.IsOrKindOf(c.unit, kBodies)) {
    return;
  }
  // "the new fatalities": newly counted ones of the same group, a rise.
  constexpr size_t kBefore = 3;
  for (size_t k = first > kBefore ? first - kBefore : 0; k <= np_end && k < tokens.size(); ++k) {
    const PhraseMatch m = pack.quantities.changes.Match(tokens, k);
    if (m.length > 0 && m.fields->size() > 1 && m.fields->at(1) == "new") return;
  }
  // Others than the victims of another fate counted before. Where the article counted this
  // fate already at another figure, "another" is a rise of it ("five died, 30 were injured …
  // two more died"); the same figure is a headline's restated.
  // A part or a whole of its fate (the seriously injured among the injured) tells neither.
  bool other_fate = false;
  for (const VictimTally::Fate& b : before.fates_) {
    if (b.unit == c.unit) {
      if (b.varied || b.low != c.value.low || b.high != c.value.high) return;
    } else if (!pack.quantities.IsKindOf(c.unit, b.unit) &&
               !pack.quantities.IsKindOf(b.unit, c.unit)) {
      other_fate = true;
    }
  }
  if (!other_fate) return;
  c.aspect = Aspect::kCumulative;
}

void GroupOfOtherFate(const FigureContext& s, const NumberExpr& e, size_t np_end,
                      const Claim* previous, Claim& c) {
  if (c.kind != ClaimKind::kQuantity || !c.subject.empty() || e.vague ||
      !CountBefore(previous, c) || previous->subject.empty() || previous->unit == c.unit) {
    return;
  }
  const auto& tally = s.pack.quantities.measure_tally;
  auto toll = [&tally](const auto& unit) {
    const auto t = tally.find(unit);
    return t != tally.end() && t->second.toll;
  };
  if (!toll(c.unit) || !toll(previous->unit)) return;
  // Only after the sentence's first figure: "34 were killed, including two children, and 117
  // were wounded" counts no children's wounded.
  for (size_t k = 0; k < s.tokens.size() && s.tokens[k].span.begin < previous->span.begin; ++k) {
    if (s.tokens[k].kind == TokenKind::kNumber ||
        s.pack.numbers.MayBeNumberWord(s.tokens[k].folded())) {
      return;
    }
  }
  // Its own noun, if any, names a fate ("15 wounded"), not people of its own ("20 people").
  if (np_end > e.last) {
    const PhraseMatch m = s.pack.quantities.measures.Match(s.tokens, e.last);
    if (m.length == 0 || !toll(m.fields->at(0))) return;
  }
  c.subject = previous->subject;
}

}  // namespace crosscheck::internal
