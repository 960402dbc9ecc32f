#include "lib/extract/quantities/narrow.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "lib/base/lex_entry.h"
#include "lib/extract/numbers/number_words.h"
#include "lib/extract/quantities/continued.h"
#include "lib/extract/quantities/frame.h"
#include "lib/extract/quantities/party.h"

namespace crosscheck::internal {

const std::vector<std::string>* HeldSomewhere(Tokens tokens, size_t np_end,
                                              const LanguagePack& pack) {
  static const std::vector<std::string> kNone;
  constexpr size_t kReach = 12;  // "injured in the attack, including six children, remained".
  const RoleTable& roles = pack.quantities.roles;
  size_t reach = np_end + kReach;
  for (size_t k = np_end; k < tokens.size() && k < reach; ++k) {
    if (IsClauseBreak(tokens[k])) {
      // Past an aside about a part of the figure ("…, including six children,"), the verb
      // that follows is still the figure's, however long the aside.
      const PhraseMatch cue = pack.quantities.changes.Match(tokens, k + 1);
      if (tokens[k].folded() != "," || cue.length == 0 || cue.fields->at(0) != "part") return nullptr;
      const size_t opens = k;
      k += cue.length;
      while (k + 1 < tokens.size() && !IsClauseBreak(tokens[k + 1])) ++k;
      ++k;  // The aside's closing comma.
      reach += k - opens;
      continue;
    }
    if (const RoleTable::Match m = roles.At(tokens, k, kHeldPart); m.length > 0) {
      // "next": a place only right after the noun ("63 Verletzte in Krankenhäusern"); further
      // on it may tell where a part is ("…, drei davon befinden sich im Krankenhaus").
      if (m.values != nullptr && m.values->size() > 1 && (*m.values)[1] == "next" && k != np_end) {
        continue;
      }
      return m.values != nullptr ? m.values : &kNone;
    }
  }
  return nullptr;
}

bool ClauseHas(Tokens tokens, size_t first, size_t np_end, int role,
               const LanguagePack& pack) {
  constexpr size_t kWindow = 10;
  const auto [from, to] = ClauseAround(tokens, first, np_end, kWindow);
  // "In the capital alone, 312 were ...": the word may close a phrase set before the clause.
  if (role == kFocusPart && from > 1 && tokens[from - 1].folded() == "," &&
      pack.quantities.roles.Has(tokens[from - 2], role)) {
    return true;
  }
  for (size_t k = from; k < (role == kEach ? first : to); ++k) {
    if (pack.quantities.roles.At(tokens, k, role).length > 0) {
      // "140 on Monday — 60 in Ontario alone": the word is the aside's figure's.
      return k < np_end || !InFigureAside(tokens, np_end, k, pack);
    }
  }
  return false;
}

// Whether the word singling the figure out closes a day ("On Tuesday alone, 135 bodies"): the
// figure is what that day brought, a day's count, not a part of a total reported that day.
bool DaySingledOut(Tokens tokens, size_t first, size_t np_end, const LanguagePack& pack) {
  constexpr size_t kWindow = 10;
  const auto [from, to] = ClauseAround(tokens, first, np_end, kWindow);
  auto day = [&](size_t k) {
    if (k == 0 || !pack.quantities.roles.Has(tokens[k], kFocusPart)) return false;
    const Token& t = tokens[k - 1];
    return t.lex != nullptr && (t.lex->Is(kLexWeekday) || t.lex->Is(kLexRelativeDay));
  };
  if (from > 1 && tokens[from - 1].folded() == "," && day(from - 2)) return true;
  for (size_t k = from; k < to; ++k) {
    if (day(k)) return true;
  }
  return false;
}

// Whether a word of searching (events.tsv, event "search") stands a few words before tokens[at]
// ("to locate the", "search for the").
bool SearchBefore(Tokens tokens, size_t at, const LanguagePack& pack) {
  constexpr size_t kGap = 3;  // "to locate the", "suchen nach den".
  for (size_t k = at > kGap ? at - kGap : 0; k < at; ++k) {
    const PhraseMatch m = pack.dates.events.Match(tokens, k);
    if (m.length > 0 && k + m.length <= at && m.fields->at(0) == "search") return true;
  }
  return false;
}

// "bodies of two missing workers were recovered": the figure counts bodies (the phrase's
// measure), not the missing; a kind of people named after it says whose.
void RemainsOf(Tokens tokens, size_t first, const LanguagePack& pack, Claim& c) {
  constexpr size_t kLongest = 3;  // "remains of only".
  for (size_t len = 1; len <= kLongest && len <= first; ++len) {
    const RoleTable::Match m = pack.quantities.roles.At(tokens, first - len, kRemainsOf);
    if (m.length != len || m.values == nullptr || m.values->empty()) continue;
    // "to locate the remains of six workers": the bodies sought are the missing, not yet
    // recovered.
    if (SearchBefore(tokens, first - len, pack)) return;
    const auto t = pack.quantities.measure_tally.find(c.unit);
    if (c.subject.empty() && t != pack.quantities.measure_tally.end() && t->second.person &&
        !t->second.generic && !t->second.toll) {
      c.subject = c.unit.str();
    }
    c.unit = m.values->front();
    c.aspect = Aspect::kCumulative;
    return;
  }
}

void NarrowedFigure(Tokens tokens, size_t first, size_t np_end,
                    const LanguagePack& pack, Claim& c, uint64_t lead_roles) {
  // Whether a word of the sentence may begin a form of `role`: else no clause has one.
  auto may = [lead_roles](int role) { return ((lead_roles >> role) & 1) != 0; };
  if (c.kind == ClaimKind::kMoney) {
    // "Each year" is a rate, which the frame keeps; "each locker is insured for" one item.
    if (c.rate.empty() && may(kEach) && ClauseHas(tokens, first, np_end, kEach, pack)) {
      CompareOnRequest(c);
    }
    return;
  }
  const QuantityWords& q = pack.quantities;
  RemainsOf(tokens, first, pack, c);
  if (const std::vector<std::string>* held = HeldSomewhere(tokens, np_end, pack)) {
    // People still in hospital are counted as such, and meet the same count on other days
    // ("11 remained in hospital", then "seven"); other things held somewhere are a part.
    const bool named = !held->empty() && !held->front().empty();
    if (named && q.IsOrKindOf(c.unit, "killed")) {
      // "Drei Menschen starben im Krankenhaus": where they died, still the dead.
    } else if (named && (q.IsKindOf(c.unit, "people") || q.IsKindOf(c.unit, "casualties"))) {
      c.unit = held->front();
    } else {
      CompareOnRequest(c);
    }
  }
  if (may(kCapacity) && ClauseHas(tokens, first, np_end, kCapacity, pack)) CompareOnRequest(c);
  // "57 Sitze im 183 Sitze starken Nationalrat": the house's seats, which no party holds.
  if (np_end < tokens.size() && q.roles.Has(tokens[np_end], kSizeOf) &&
      PartiesHold(c.unit.str(), pack)) {
    c.subject.clear();
    CompareOnRequest(c);
  }
  // "6,700 homes in Kunar alone", "Allein in Nordbrandenburg fast 1.000 tote Tiere": the whole
  // is at least the part. A period's count ("in the past week alone") is that period's.
  if (c.rate.empty() && may(kFocusPart) && DaySingledOut(tokens, first, np_end, pack)) {
    c.rate = "day";
  } else if (c.rate.empty() && may(kFocusPart) &&
             ClauseHas(tokens, first, np_end, kFocusPart, pack)) {
    // The whole is at least the figure given ("around 11,300 in Derna alone"), not at least
    // the hedge's lowest reading of it: a running total read at its lower end would seem to
    // fall against an earlier "11,300".
    if (!c.value.high_open && std::isfinite(c.value.high)) {
      c.value.low = std::max(c.value.low, (c.value.low + c.value.high) / 2);
    }
    c.value.high = std::numeric_limits<double>::infinity();
    c.value.high_open = true;
    c.value_is_part = true;
  }
}

// "nine people were in critical condition and 246 others were injured": a count of others
// beside the sentence's figure before it, when that one counts a narrower kind of the same
// measure, is the rest of the whole (the injured not in critical condition), a part of it.
bool RestBeside(Tokens tokens, size_t first, size_t np_end,
                const Claim* previous, const LanguagePack& pack, const Claim& c) {
  if (c.kind != ClaimKind::kQuantity) return false;
  bool rest = false;
  for (size_t k = first + 1; k < np_end && !rest; ++k) {
    rest = pack.quantities.roles.Has(tokens[k], kRest);
  }
  if (!rest) return false;
  // "Neben den Einsatzkräften wurden zwei weitere Menschen verletzt", "besides the officers,
  // two others were hurt": the others beside those the clause names first, who were hurt
  // too. Not beside those another toll counts ("Neben den Todesopfern wurden drei weitere
  // verletzt": all the injured).
  // The phrase may open the sentence before a comma ("Besides the crew, four others").
  constexpr size_t kWindow = 10, kNoun = 3;  // "neben den beiden Polizisten".
  size_t from = first;
  while (from > 0 && first - from < kWindow && tokens[from - 1].folded() != ";" &&
         tokens[from - 1].folded() != ":") {
    --from;
  }
  for (size_t k = from; k < first; ++k) {
    const size_t cue = pack.quantities.roles.At(tokens, k, kBesides).length;
    if (cue == 0) continue;
    bool other_toll = false;
    for (size_t j = k + cue; j < first && j < k + cue + kNoun && !other_toll; ++j) {
      const PhraseMatch m = pack.quantities.measures.Match(tokens, j);
      if (m.length == 0) continue;
      const std::string_view unit = m.fields->at(0);
      const auto t = pack.quantities.measure_tally.find(unit);
      other_toll = t != pack.quantities.measure_tally.end() && t->second.toll &&
                   unit != c.unit.str() && !pack.quantities.IsKindOf(unit, c.unit.str());
    }
    return !other_toll;
  }
  const bool count_before = previous != nullptr && previous->sentence.begin == c.sentence.begin;
  // "Lynch, seine Tochter und fünf weitere Personen", "the gunman and two other people": the
  // others listed after named ones, with no count before them, are the rest of a total.
  if (!count_before && first >= 2 && pack.quantities.roles.Has(tokens[first - 1], kListLink) &&
      tokens[first - 2].kind == TokenKind::kWord) {
    return true;
  }
  return count_before && pack.quantities.IsKindOf(previous->unit.str(), c.unit.str());
}

bool WholeOfPart(Tokens tokens, size_t first, const LanguagePack& pack) {
  // After a "whole" row of properties.tsv: "Sieben der insgesamt 17", "out of a total of".
  for (size_t n = 1; n <= 4 && n < first; ++n) {
    const PhraseMatch w = pack.quantities.properties.Match(tokens, first - n);
    const Token& b = tokens[first - n - 1];
    if (w.length == n && w.fields->at(1) == "whole" &&
        (b.kind == TokenKind::kNumber || NumberWordExact(pack, b.folded()))) return true;
  }
  size_t k = first;
  if (k > 0 && pack.quantities.roles.Has(tokens[k - 1], kPartArticle)) --k;
  if (k > 0 && (pack.numbers.roles.Has(tokens[k - 1], kOf) ||
                pack.numbers.roles.Has(tokens[k - 1], kRatio))) {
    --k;  // "fünf von 20 Passagieren" (a ratio's whole counts nothing, see IsRatioTail).
  }
  if (k == first || k == 0) return false;
  return tokens[k - 1].kind == TokenKind::kNumber ||
         NumberWordExact(pack, tokens[k - 1].folded()) ||
         pack.quantities.roles.Has(tokens[k - 1], kNoneOf);
}

bool SmallerPartOfSame(Tokens tokens, size_t first, size_t last, const Claim* previous,
                       const LanguagePack& pack, const Claim& c) {
  if (c.kind != ClaimKind::kQuantity || previous == nullptr || previous->unit != c.unit ||
      previous->paragraph != c.paragraph || !(c.value.high < previous->value.low) ||
      c.place != previous->place || c.subject != previous->subject) {
    return false;  // "430 of them being children": a group of its own.
  }
  // "zwei von ihnen", "two of them"; "von denen zwei", "of whom two".
  return PartitiveAt(tokens, last, pack) > 0 ||
         (first >= 2 && PartitiveAt(tokens, first - 2, pack) == 2);
}

bool PartOnly(Tokens tokens, const NumberExpr& e, size_t np_end, const Claim* previous,
              const LanguagePack& pack, bool incident, const std::string& part_of,
              const Claim& c) {
  // "five of the fatalities", "two of the children injured": a part of the whole, unless a
  // verb or an incident names a narrower one ("seven of the patients were hospitalized",
  // "five of the dead were linked to the Palisades Fire"). "Labour won 94 of the 150 seats":
  // a party's part of the house is its holding. "neun davon in Kiew": a part singled out by
  // its place is that place's count.
  const bool held = !c.subject.empty() && PartiesHold(c.unit, pack);
  const bool placed = c.unit == part_of && !c.place.empty();
  if (!part_of.empty() && !incident && !held && !placed &&
      !pack.quantities.IsKindOf(c.unit, part_of)) {
    return true;
  }
  return RestBeside(tokens, e.first, np_end, previous, pack, c) ||
         SmallerPartOfSame(tokens, e.first, e.last, previous, pack, c);
}

}  // namespace crosscheck::internal
