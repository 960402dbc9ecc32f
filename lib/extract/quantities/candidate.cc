#include "lib/extract/quantities/candidate.h"

#include <algorithm>
#include <cstdint>

#include "lib/base/lex_entry.h"
#include "lib/extract/speakers/person.h"

namespace crosscheck::internal {
namespace {

// Past an apposition: "Gálvez, candidate of the coalition …, secured".
constexpr size_t kCandidateBefore = 30;
constexpr size_t kVoteAfter = 4;         // "59.5% of the total votes".

// Whether the properties.tsv row at tokens[k] is one of `takes`.
bool RowAt(Tokens tokens, size_t k, const LanguagePack& pack,
           std::string_view takes) {
  const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
  return m.length > 0 && m.fields->at(1) == takes;
}

// A word of a person's name: capitalised, not all in capitals, and in none of the pack's
// tables, so no place, party, title, month or common word of the reader's ("Sheinbaum").
bool NameWord(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord || !t.upper || t.lex == nullptr) return false;
  // A word all in capitals is an organisation's acronym ("PRD"), not a person's name.
  const std::string_view raw = t.span.Of(text);
  if (raw.size() > 1 && std::none_of(raw.begin(), raw.end(), [](char ch) {
        return ch >= 'a' && ch <= 'z';
      })) {
    return false;
  }
  const LexEntry& e = *t.lex;
  for (uint64_t r : e.roles) {
    if (r != 0) return false;
  }
  return e.classes == 0 && e.speaker_words == 0 && e.speech_flags == 0;
}

// Whether the comma at tokens[comma] opens an aside of a few words closed by another comma
// ("Trump, by contrast, has ...", "Harris, meanwhile, ...").
bool ShortAsideAt(Tokens tokens, size_t comma) {
  constexpr size_t kAsideWords = 3;
  for (size_t k = comma + 1; k < tokens.size() && k <= comma + kAsideWords + 1; ++k) {
    if (tokens[k].folded() == ",") return k > comma + 1;
    if (tokens[k].kind != TokenKind::kWord) return false;
  }
  return false;
}

// The key of the name whose words are tokens [begin, end): its surname, the last word of two
// ("Maria Lindqvist"), the second of more (a given name and two surnames: "Claudia Sheinbaum
// Pardo" meets "Sheinbaum"), as letters without diacritics and without a possessive ending.
std::string NameKey(Tokens tokens, size_t begin, size_t end) {
  constexpr size_t kGivenAndSurname = 2;
  std::string_view w = tokens[end - begin > kGivenAndSurname ? begin + 1 : end - 1].folded();
  w.remove_suffix(PossessiveEnding(w));
  return AsciiName(w);
}

// A name whose words are tokens [begin, end), unless a word before it (properties.tsv: a
// not_candidate row, or one word of a row that reads a figure's level, earlier level or
// from-to pair) makes it an organisation's or a qualifier ("from Movimiento Ciudadano", "the
// Movimiento Ciudadano candidate"): empty then.
std::string NameFrom(Tokens tokens, size_t begin, size_t end,
                     const LanguagePack& pack) {
  // A lone word opening the sentence before a comma is an adverb ("Additionally, …"),
  // unless a short aside closes after it: the name is then the clause's subject ("Trump, by
  // contrast, has won").
  if (begin == 0 && end == 1 && end < tokens.size() && tokens[end].folded() == "," &&
      !ShortAsideAt(tokens, end)) {
    return "";
  }
  // In a language that writes nouns in lower case, a capitalised word before the name (no
  // title) makes it part of a longer name: an organisation's ("the Civic Forum").
  const Token* before = begin > 1 ? &tokens[begin - 1] : nullptr;
  if (!pack.grammar.capitalised_nouns && before != nullptr && before->upper &&
      before->kind == TokenKind::kWord && before->lex != nullptr &&
      !before->lex->Is(kLexTitle)) {
    return "";
  }
  // Where every noun is capitalised, a lower-case word right before makes it a noun: an
  // article, an adjective or a preposition ("dem vorläufigen Gesamtergebnis", "die notwendige
  // Mehrheit", "im Bundestag"). A name follows a given name, a title or nothing.
  if (pack.grammar.capitalised_nouns && begin > 0 && tokens[begin - 1].kind == TokenKind::kWord &&
      !tokens[begin - 1].upper) {
    return "";
  }
  if (begin > 0) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, begin - 1);
    const std::string_view takes = m.length == 1 ? m.fields->at(1) : "";
    if (takes == "not_candidate" || takes == "earlier" || takes == "from_to" ||
        takes == "relative" || takes == "change") {
      return "";
    }
  }
  return NameKey(tokens, begin, end);
}

// Whether a vote word follows tokens[end] closely, in its clause ("of the vote"), and the
// share is not how far the count has come ("99.7% of the ballots counted", "der
// ausgezählten Stimmen": a vote_counted row next to the vote word).
bool VoteWordAfter(Tokens tokens, size_t end, const LanguagePack& pack) {
  for (size_t k = end; k < tokens.size() && k - end < kVoteAfter; ++k) {
    if (tokens[k].kind == TokenKind::kPunct || tokens[k].kind == TokenKind::kNumber) break;
    if (RowAt(tokens, k, pack, "vote_counted")) return false;
    if (RowAt(tokens, k, pack, "vote_noun")) {
      return k + 1 >= tokens.size() || !RowAt(tokens, k + 1, pack, "vote_counted");
    }
  }
  return false;
}

// Whether the share ending at tokens[end] is restated as a count of votes right after it
// ("received 50.89%, or 10,606,628 votes"): a comma, one word, digits, then a vote word.
bool VoteCountAfter(Tokens tokens, size_t end, const LanguagePack& pack) {
  size_t k = end;
  if (k < tokens.size() && tokens[k].folded() == ",") ++k;
  if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return false;
  ++k;
  if (k >= tokens.size() || tokens[k].kind != TokenKind::kNumber) return false;
  while (k < tokens.size() && tokens[k].kind == TokenKind::kNumber) ++k;
  return k < tokens.size() && RowAt(tokens, k, pack, "vote_noun");
}

// Where the count of votes whose digits end at tokens[last] starts, when the share at
// tokens[first] restates it: "35,923,669 votes, representing 59.75%", "2,1 Millionen Stimmen,
// also 52,3 Prozent", "1,524,255 or 9.51%" (a "restated" row of properties.tsv when no vote
// word follows the count). Only a few lower-case words stand between: no name, no other figure.
// SIZE_MAX otherwise.
size_t RestatedCountStart(Tokens tokens, size_t last, size_t first,
                          const LanguagePack& pack) {
  constexpr size_t kLink = 3;  // "which translates to".
  size_t start = last;
  while (start > 0 && tokens[start - 1].kind == TokenKind::kNumber) --start;
  size_t j = last + 1;
  // A scale word before the vote word: "2.3 million votes".
  if (j + 1 < first && tokens[j].kind == TokenKind::kWord &&
      RowAt(tokens, j + 1, pack, "vote_noun")) {
    ++j;
  }
  const bool noun = j < first && RowAt(tokens, j, pack, "vote_noun");
  if (noun) ++j;
  if (noun && j < first && tokens[j].folded() == ",") ++j;
  if (j == first || first - j > kLink) return SIZE_MAX;
  if (!noun && (first - j != 1 || !RowAt(tokens, j, pack, "restated"))) return SIZE_MAX;
  for (; j < first; ++j) {
    if (tokens[j].kind != TokenKind::kWord || tokens[j].upper) return SIZE_MAX;
  }
  return start;
}

// Whether the figure at tokens[first] is written with decimals ("59.75", "52,3").
bool WithDecimals(Tokens tokens, size_t first) {
  const std::string_view digits = tokens[first].folded();
  return tokens[first].kind == TokenKind::kNumber &&
         digits.find_first_of(".,") != std::string_view::npos;
}

// The nearest name before tokens[first] in its sentence, not past another figure, nor into
// brackets or quotation marks (a coalition's name: "“Fuerza y Corazón por México”"). A share
// written with decimals goes past the count of votes it restates; a whole one ("35,833,293
// votes, representing 59%") is a gloss of the count, cut or rounded, which no one compares.
std::string NameBefore(std::string_view text, Tokens tokens, size_t first,
                       const LanguagePack& pack) {
  int depth = 0;
  bool restated = !WithDecimals(tokens, first);
  for (size_t k = first; k > 0 && first - k < kCandidateBefore; --k) {
    const Token& t = tokens[k - 1];
    if (t.kind == TokenKind::kNumber) {
      const size_t start = restated ? SIZE_MAX : RestatedCountStart(tokens, k - 1, first, pack);
      if (start == SIZE_MAX) return "";
      restated = true;
      k = start + 1;  // The loop's step goes on before the count.
      continue;
    }
    if (t.folded() == ")" || t.folded() == "\u201d") ++depth;
    if ((t.folded() == "(" || t.folded() == "\u201c") && depth > 0) --depth;
    if (depth > 0 || !NameWord(text, t)) continue;
    size_t begin = k - 1;
    while (begin > 0 && NameWord(text, tokens[begin - 1])) --begin;
    std::string name = NameFrom(tokens, begin, k, pack);
    if (!name.empty()) return name;
    k = begin + 1;  // Past a qualifier to the name it qualifies.
  }
  return "";
}

// Whether the count at tokens [first, np_end) is a lead or a difference, not a holding ("a
// margin of more than 19 million votes", "by 5 million", "five million more votes", "40
// votes away").
bool Margin(Tokens tokens, size_t first, size_t np_end,
            const LanguagePack& pack) {
  constexpr size_t kMarginBefore = 3;  // "a lead of nearly".
  for (size_t k = first > kMarginBefore ? first - kMarginBefore : 0; k < np_end; ++k) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    const std::string_view takes = m.length == 1 ? m.fields->at(1) : "";
    // "more than 35 million votes" is a hedge ("than" a held_stop row), "five million more
    // votes" a difference.
    const bool hedge = k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord &&
                       RowAt(tokens, k + 1, pack, "held_stop");
    if ((takes == "vote_margin" && !hedge) || (takes == "change" && k + 1 == first)) return true;
  }
  // "40 votes away from winning", "30 Stimmen entfernt": how many a candidate still lacks.
  return np_end < tokens.size() && RowAt(tokens, np_end, pack, "vote_margin_after");
}

}  // namespace

std::string CandidateOfShare(std::string_view text, Tokens tokens,
                             size_t first, size_t end, const LanguagePack& pack) {
  if (VoteWordAfter(tokens, end, pack) || VoteCountAfter(tokens, end, pack)) {
    return NameBefore(text, tokens, first, pack);
  }
  // "against 28.3% of Xóchitl Gálvez": a name right after the figure, in a sentence on votes.
  if (end + 1 >= tokens.size() || !RowAt(tokens, end, pack, "candidate_of") ||
      !NameWord(text, tokens[end + 1])) {
    return "";
  }
  bool votes = false;
  for (size_t k = 0; k < tokens.size() && !votes; ++k) votes = RowAt(tokens, k, pack, "vote_noun");
  if (!votes) return "";
  size_t stop = end + 1;
  while (stop < tokens.size() && NameWord(text, tokens[stop])) ++stop;
  return NameKey(tokens, end + 1, stop);
}

void CandidateOfVotes(std::string_view text, Tokens tokens, size_t first,
                      size_t np_end, const LanguagePack& pack, Claim& c) {
  if ((c.unit != "votes" && c.unit != "electoral_votes") || !c.subject.empty() ||
      c.aspect == Aspect::kChange) {
    return;
  }
  // A lead counts the difference between two candidates, never votes anyone received.
  if (Margin(tokens, first, np_end, pack)) {
    c.unit = "vote_margin";
    return;
  }
  c.subject = NameBefore(text, tokens, first, pack);
}

}  // namespace crosscheck::internal
