// Modality cues (modality.tsv): whether a figure is a plan, a forecast, a first count or the
// newest one, by the cue nearest to it. Moved here from attribution.cc, which it outgrew.
#include <algorithm>

#include "lib/extract/attribution.h"
#include "lib/extract/context.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {
namespace {

// Whether a token is a figure's last or first word: digits, or a word the lexicon does not
// rule out as a number word ("from three to eight").
bool MayBeNumber(const Token& t) {
  return t.kind == TokenKind::kNumber ||
         (t.kind == TokenKind::kWord && t.lex != nullptr && !t.lex->Is(kLexNoNumber));
}

// Whether an attribution cue stands in tokens [from, to).
bool SaysBetween(Tokens tokens, size_t from, size_t to, const Lexicon& lex) {
  for (size_t k = from; k < to; ++k) {
    if (tokens[k].kind == TokenKind::kWord && lex.sources.Match(tokens, k).length > 0) return true;
  }
  return false;
}

// Whether a past participle follows `from` in its clause ("werden getötet"), by the
// language's participle rule: then an auxiliary that also makes the future is a passive.
// Further on, only the clause's last word: "werden ... noch 16 Menschen vermisst."
// Whether a lower-case word is a past participle by the language's rule. Short words
// ("nicht", "jetzt") end like participles and are none.
bool IsParticiple(const Token& t, const Grammar& g) {
  if (t.kind != TokenKind::kWord || t.upper) return false;
  const std::string_view w = t.folded();
  return (!g.participle_prefix.empty() && w.size() >= 5 && w.starts_with(g.participle_prefix)) ||
         (!g.participle_suffix.empty() && w.size() >= 6 && w.ends_with(g.participle_suffix));
}

bool ParticipleFollows(Tokens tokens, size_t from, const Grammar& g) {
  if (g.participle_prefix.empty() && g.participle_suffix.empty()) return false;
  constexpr size_t kReach = 6, kClauseReach = 14;
  for (size_t k = from; k < tokens.size() && k < from + kClauseReach; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kPunct) return false;
    if (t.kind != TokenKind::kWord || t.upper) continue;
    if (k >= from + kReach && k + 1 < tokens.size() && tokens[k + 1].kind != TokenKind::kPunct) continue;
    if (IsParticiple(t, g)) return true;
  }
  return false;
}

// Whether the auxiliary at `cue` follows a participle that opens the sentence ("Vermisst
// werden noch zwei Menschen"): a passive put first, no future.
bool ParticipleOpens(Tokens tokens, size_t cue, const Grammar& g) {
  if (cue != 1 || tokens[0].kind != TokenKind::kWord) return false;
  Token t = tokens[0];
  t.upper = false;  // Capitalised as the sentence's first word only.
  return IsParticiple(t, g);
}

// Whether the auxiliary at `cue` closes a passive infinitive after a participle that a past
// modal earlier in its clause governs ("mussten ins Krankenhaus eingeliefert werden"): it
// tells no future of its own.
bool PastModalGoverns(Tokens tokens, size_t cue, const Grammar& g) {
  constexpr size_t kClauseReach = 12;
  if (g.past_modals.empty() || cue == 0) return false;
  // Right before the auxiliary, a strong participle of a separable verb counts too
  // ("festgenommen", "aufgenommen": the prefix's "ge" after the particle).
  const Token& p = tokens[cue - 1];
  const std::string_view w = p.folded();
  constexpr size_t kShortest = 8, kParticle = 2, kPrefixReach = 6;
  const size_t ge = g.participle_prefix.empty()
                        ? std::string_view::npos
                        : w.substr(0, kPrefixReach).find(g.participle_prefix);
  const bool separable = p.kind == TokenKind::kWord && !p.upper && w.size() >= kShortest &&
                         ge != std::string_view::npos && ge >= kParticle &&
                         !g.strong_participle_suffix.empty() &&
                         w.ends_with(g.strong_participle_suffix);
  if (!separable && !IsParticiple(p, g)) return false;
  for (size_t k = cue - 1; k > 0 && cue - k <= kClauseReach; --k) {
    const Token& t = tokens[k - 1];
    if (t.kind == TokenKind::kPunct) return false;
    if (std::find(g.past_modals.begin(), g.past_modals.end(), t.folded()) != g.past_modals.end()) {
      return true;
    }
  }
  return false;
}

// Whether the clause from `from` on ends in a perfect infinitive: a perfect auxiliary as its
// last word, after a lower-case participle ("getötet worden sein", "ums Leben gekommen sein",
// "erschossen haben"), by the participle rules; a noun ("40 Einwohner haben") is none.
bool PerfectCloses(Tokens tokens, size_t from, const Grammar& g) {
  if (g.perfect_auxiliaries.empty()) return false;
  constexpr size_t kClauseReach = 20;
  size_t k = from;
  while (k < tokens.size() && k < from + kClauseReach && tokens[k].kind != TokenKind::kPunct) ++k;
  if (k == from || k - from < 2 || (k < tokens.size() && tokens[k].kind != TokenKind::kPunct)) {
    return false;
  }
  const Token& aux = tokens[k - 1];
  const Token& before = tokens[k - 2];
  if (std::find(g.perfect_auxiliaries.begin(), g.perfect_auxiliaries.end(), aux.folded()) ==
          g.perfect_auxiliaries.end() ||
      before.kind != TokenKind::kWord || before.upper) {
    return false;
  }
  const std::string_view w = before.folded();
  return w.size() >= 5 && ((!g.participle_prefix.empty() &&
                            w.substr(0, 6).find(g.participle_prefix) != std::string_view::npos) ||
                           (!g.participle_suffix.empty() && w.ends_with(g.participle_suffix)) ||
                           (!g.strong_participle_suffix.empty() &&
                            w.ends_with(g.strong_participle_suffix)));
}

// Whether a cue at `cue` follows the figure [first, last) within one word, and the word
// before the figure is `before` (" auf") where one is named.
bool CueRightAfter(Tokens tokens, size_t first, size_t last, size_t cue,
                   std::string_view before) {
  if (cue < last || cue - last > 1) return false;
  while (!before.empty() && before.front() == ' ') before.remove_prefix(1);
  return before.empty() || (first > 0 && tokens[first - 1].folded() == before);
}

// Whether a modality cue matched at `cue` (`length` tokens) tells of the figure [first, last).
bool CueApplies(Tokens tokens, size_t first, size_t last, size_t cue,
                size_t length, std::string_view needs, const Lexicon& lex) {
  if (needs == "infinitive" && (ParticipleFollows(tokens, cue + length, lex.grammar) ||
                                ParticipleOpens(tokens, cue, lex.grammar) ||
                                PastModalGoverns(tokens, cue, lex.grammar))) {
    return false;
  }
  if (needs == "present" && PerfectCloses(tokens, cue + length, lex.grammar)) return false;
  if (needs == "opening") return false;  // The sentence's opening: ModalityOf asks it last.
  if (needs == "next") {
    // "down from 27", "nach zuvor 12": a cue of the figure right after it only, the first
    // after it ("rose to 50 from 30" tells nothing of the 30).
    constexpr size_t kNextReach = 5;  // "initial fears that as many as 27".
    if (cue >= first || first - (cue + length) > kNextReach) return false;
    for (size_t k = cue + length; k < first; ++k) {
      if (tokens[k].kind == TokenKind::kNumber) return false;
    }
  }
  // "revised to 275 from 288", "rose from 90 to 170" (a rise, ChangeFromTo): the figure right
  // after the cue, with another figure that the named word introduces on either side.
  if (needs.starts_with("between ") &&
      (first != cue + length ||
       !((cue >= 2 && MayBeNumber(tokens[cue - 1]) &&
          tokens[cue - 2].folded() == needs.substr(8)) ||
         (last + 1 < tokens.size() && tokens[last].folded() == needs.substr(8) &&
          MayBeNumber(tokens[last + 1]) &&
          ChangeFromTo(tokens, first, tokens[last], lex))))) {
    return false;
  }
  // "auf 50 gestiegen": a cue right after the figure, with the word before it if named.
  if (needs.starts_with("after") && !CueRightAfter(tokens, first, last, cue, needs.substr(5))) {
    return false;
  }
  // "rose to at least 23, and authorities say they expect it to rise": a cue after the
  // figure that another speaker's words introduce is about what they say, not the figure.
  return !(cue >= last && SaysBetween(tokens, last, cue, lex));
}

// Whether a comma and a speech participle stand in [from, to): the figure after them is in
// what was said, a clause of its own.
bool ReportedAfter(Tokens tokens, size_t from, size_t to, const Lexicon& lex) {
  for (size_t k = from; k + 1 < to; ++k) {
    if (IsPunct(tokens[k], ",") && lex.quantities.roles.Has(tokens[k + 1], kReportLink)) {
      return true;
    }
  }
  return false;
}

// Whether a figure follows the cue ending at `from` within its clause ("has reached 70 and
// could exceed 100"): the cue is that figure's, not one before it.
bool FigureAfterCue(Tokens tokens, size_t from) {
  constexpr size_t kReach = 6;  // "could rise to as many as 100".
  for (size_t k = from; k < tokens.size() && k < from + kReach; ++k) {
    if (tokens[k].kind == TokenKind::kNumber) return true;
    if (tokens[k].kind == TokenKind::kPunct && tokens[k].folded() != "-") return false;
  }
  return false;
}

// Whether a verb of further rise follows a cue after the figure, past "to" or "weiter"
// ("increases to 7, expected to rise", "expected to climb further"): the cue is the rise's.
bool RiseFollows(Tokens tokens, size_t at, const Lexicon& lex) {
  constexpr size_t kReach = 3;  // "expected | to rise", "dürfte | aber weiter steigen".
  for (size_t k = at; k < tokens.size() && k < at + kReach; ++k) {
    if (lex.quantities.roles.Has(tokens[k], kFurtherRise)) return true;
  }
  return false;
}

// The modality a table row names, by the names the claims' JSON uses (pack.cc refuses others).
Modality ModalityNamed(std::string_view name) {
  for (const Modality m : kCueModalities) {
    if (ToString(m) == name) return m;
  }
  return Modality::kUnspecified;
}

// "Earlier, a newspaper reported that three people had been killed": a sentence opening with
// a cue of need "opening" and a comma, or with such a phrase of several words, tells of an
// earlier report, whose figures a newer count replaced, wherever they stand in it.
Modality OpeningModality(Tokens tokens, size_t first, const Lexicon& lex) {
  if (tokens.size() <= 2) return Modality::kUnspecified;
  const PhraseMatch m = lex.modality.Match(tokens, 0);
  if (m.length == 0 || m.fields->size() < 2 || m.fields->at(1) != "opening") {
    return Modality::kUnspecified;
  }
  // "Zuvor war von zwei Toten die Rede": a phrase of several words opens the report itself.
  if (m.length > 1) {
    return m.length <= first ? ModalityNamed(m.fields->at(0)) : Modality::kUnspecified;
  }
  // "Earlier Wednesday, the mayor had put the toll at six": past the day the report came.
  size_t comma = m.length;
  constexpr size_t kDayWords = 3;  // "on Wednesday morning".
  for (size_t k = m.length; k < tokens.size() && k <= m.length + kDayWords; ++k) {
    if (tokens[k].lex != nullptr && tokens[k].lex->Is(kLexWeekday)) comma = k + 1;
  }
  if (comma < tokens.size() && comma + 1 < tokens.size() && !IsPunct(tokens[comma], ",") &&
      comma > m.length) {
    ++comma;  // "morning", "night" after the weekday.
  }
  return comma < first && IsPunct(tokens[comma], ",") ? ModalityNamed(m.fields->at(0))
                                                       : Modality::kUnspecified;
}

// Whether the cue at tokens[cue] follows another figure right after its digits ("von 2400
// geplanten Flügen rund 400", "400 of its 2,400 scheduled flights"): a plan or forecast of
// that figure's noun.
bool CueOfOtherFigure(Tokens tokens, size_t first, size_t cue, std::string_view modality) {
  if (cue == 0 || tokens[cue - 1].kind != TokenKind::kNumber ||
      (modality != "planned" && modality != "projected")) {
    return false;
  }
  // A year is no figure: "die bis 2030 geplanten 5000 Stellen".
  if (YearOfDigits(tokens[cue - 1].folded()) != 0) return false;
  if (cue - 1 < first) return true;
  // Digits after another number in the figure's phrase: "400 of its 2,400 scheduled"; not
  // after its hedge ("rund 5000 erwarteten").
  size_t run = cue - 1;
  while (run > first && tokens[run - 1].kind == TokenKind::kNumber) --run;
  return std::any_of(tokens.begin() + first, tokens.begin() + run,
                     [](const Token& t) { return t.kind == TokenKind::kNumber; });
}

// Whether a cue word is a month's name ("since May", "May 5"): a capital past the sentence's
// opening, or before a figure.
bool MonthNamed(Tokens tokens, size_t i) {
  const Token& t = tokens[i];
  if (!t.upper || t.lex == nullptr || !t.lex->Is(kLexMonth)) return false;
  return i > 0 || (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kNumber);
}

}  // namespace

Modality ModalityOf(Tokens tokens, size_t first, size_t last,
                    const Lexicon& lex) {
  constexpr size_t kMaxDistance = 12;
  constexpr size_t kCommaCost = 4;
  Modality best = Modality::kUnspecified;
  size_t best_distance = kMaxDistance + 1;
  bool latest = false;
  bool hedged = false;  // The nearest cue is a hedged past ("may have").
  const size_t lo = first > kMaxDistance + 3 ? first - kMaxDistance - 3 : 0;
  const size_t hi = std::min(tokens.size(), last + kMaxDistance + 1);
  for (size_t i = lo; i < hi; ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    PhraseMatch m = lex.modality.Match(tokens, i);
    if (m.length == 0 || (m.length == 1 && MonthNamed(tokens, i))) continue;
    const std::string_view needs =
        m.fields->size() > 1 ? std::string_view(m.fields->at(1)) : std::string_view();
    if (!CueApplies(tokens, first, last, i, m.length, needs, lex) ||
        (i >= last && FigureAfterCue(tokens, i + m.length)) ||
        (needs.empty() && CueOfOtherFigure(tokens, first, i, m.fields->at(0)))) {
      i += m.length - 1;
      continue;
    }
    const size_t from = i < first ? i : last, to = i < first ? first : i;
    // A figure in the reason clause of the one before ("could rise as 37 are ...") takes none,
    // nor one in the words a speaker's participle reports ("likely to change, saying 98 are").
    if (i < first && (lex.quantities.roles.Has(tokens[first - 1], kReasonLink) ||
                      ReportedAfter(tokens, i + m.length, first, lex))) {
      continue;
    }
    // A cue after another clause opens speaks of that clause ("190 yesterday while the
    // authorities expected it to rise"), and so does one after a comma and words of their own
    // ("13 wurden verletzt, eine Frau schwebte zunächst in Lebensgefahr"); a cue right after
    // the comma goes on the figure's clause ("liegt bei 4 %, könnte aber ...").
    bool other_clause = false;
    for (size_t k = last; k < i && !other_clause; ++k) {
      other_clause = lex.quantities.roles.Has(tokens[k], kClauseLink) ||
                     (IsPunct(tokens[k], ",") && k + 1 < i) ||
                     (k >= last + 2 && k + 1 < i &&
                      lex.quantities.roles.Has(tokens[k], kClauseAnd) &&
                      lex.quantities.roles.Has(tokens[k + 1], kPartArticle)) ||
                     // "184 injured and this figure is expected to rise": a subject of its own.
                     (k + 1 < i && lex.quantities.roles.Has(tokens[k], kClauseAnd) &&
                      lex.quantities.roles.Has(tokens[k + 1], kDemonstrative)) ||
                     // "rose to 112 and is likely to climb further", "and could rise": the
                     // figure's subject goes on to what may come, which is not the figure.
                     (i <= k + 2 && lex.quantities.roles.Has(tokens[k], kClauseAnd));
    }
    if (other_clause || (i >= last && RiseFollows(tokens, i + m.length, lex))) {
      i += m.length - 1;
      continue;
    }
    const Modality said = ModalityNamed(m.fields->at(0));
    // A participle between the figure and its noun ("rund 5000 erwarteten Teilnehmern", "the
    // 300 planned posts") is the noun phrase's own: no cue is nearer.
    const bool inside = i > first && i + m.length <= last;
    size_t d = inside ? 0 : to - from;
    for (size_t k = from; k < to; ++k) {
      if (IsPunct(tokens[k], ",")) d += kCommaCost;
    }
    if (i >= last) d += 1;  // Cues before the figure bind more closely.
    // "könnte auf 200 gestiegen sein": the newest count only where nothing says the figure
    // is a plan, a forecast or a first figure.
    if (said == Modality::kLatest) {
      latest = latest || d <= kMaxDistance;
    } else if (d < best_distance) {
      best_distance = d;
      best = said;
      hedged = needs == "hedged";
    }
    i += m.length - 1;
  }
  if (best == Modality::kUnspecified && !latest) return OpeningModality(tokens, first, lex);
  // "may have killed 70" tells a count so far, but "may have risen to 100" a forecast of it.
  if (latest && hedged) return Modality::kProjected;
  return latest && (best == Modality::kUnspecified || best == Modality::kHappened)
             ? Modality::kLatest
             : best;
}

Modality ModalityOf(const SentenceTokens& st, size_t first, size_t last, const Lexicon& lex) {
  if (!((st.classes >> kLexModality) & 1) && !lex.modality.has_stems()) {
    return Modality::kUnspecified;  // What the scan below returns when no cue matches.
  }
  return ModalityOf(st.tokens, first, last, lex);
}

}  // namespace crosscheck::internal
