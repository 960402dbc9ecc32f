#include "lib/extract/quantities/candidate.h"

#include <algorithm>
#include <cstdint>

#include "lib/base/lex_entry.h"
#include "lib/extract/context.h"
#include "lib/extract/speakers/person.h"
#include "lib/extract/speakers/words.h"

namespace crosscheck::internal {

bool NameWord(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord || !t.upper || t.lex == nullptr) return false;
  // A word all in capitals is an organisation's acronym ("PRD"), not a person's name.
  const std::string_view raw = t.span.Of(text);
  if (raw.size() > 1 && std::none_of(raw.begin(), raw.end(), [](char ch) {
        return ch >= 'a' && ch <= 'z';
      })) {
    return false;
  }
  // "der 72-Jährige": the rest of a number's compound describes, it names no one.
  if (const size_t b = t.span.begin;
      b >= 2 && text[b - 1] == '-' && text[b - 2] >= '0' && text[b - 2] <= '9') {
    return false;
  }
  const LexEntry& e = *t.lex;
  for (uint64_t r : e.roles) {
    if (r != 0) return false;
  }
  return e.classes == 0 && e.speaker_words == 0 && e.speech_flags == 0;
}

namespace {

// Past an apposition: "Gálvez, candidate of the coalition …, secured".
constexpr size_t kCandidateBefore = 30;
constexpr size_t kVoteAfter = 5;  // "58.59% of the total valid votes".

// Whether `t` is a word of the speaker_words class `c`.
bool OfClass(const Token& t, WordClass c) {
  return t.kind == TokenKind::kWord && t.lex != nullptr &&
         (t.lex->speaker_words >> static_cast<unsigned>(c)) & 1u;
}

// A lower-case word inside a name ("Van der Bellen", "da Silva"; speaker_words.tsv).
bool Particle(const Token& t) { return OfClass(t, WordClass::kNameParticle); }

// Where the name ending at tokens[end - 1] (a name word) starts: past name words and past
// particles that stand before a name word or are capitalised ("Alexander Van der Bellen").
size_t NameStart(std::string_view text, Tokens tokens, size_t end) {
  size_t begin = end - 1;
  while (begin > 0) {
    const Token& t = tokens[begin - 1];
    const bool joins = begin > 1 && (NameWord(text, tokens[begin - 2]) ||
                                     Particle(tokens[begin - 2]));
    // A capitalised one opens a name after a word or before another particle ("für Van
    // Gogh", "Van der Bellen"); at the sentence's start it is an article ("Der Bewerber").
    const bool opens = t.upper && ((begin > 1 && tokens[begin - 2].kind == TokenKind::kWord) ||
                                   (Particle(tokens[begin]) && !tokens[begin].upper));
    if (!NameWord(text, t) && !(Particle(t) && (opens || joins))) break;
    --begin;
  }
  return begin;
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
// Where every noun is capitalised, or with a particle, the last word: a noun may open the run
// ("Schuhfabrikant Heinrich Staudinger"), and a particle leads to the surname.
std::string NameKey(Tokens tokens, size_t begin, size_t end, bool last = false) {
  constexpr size_t kGivenAndSurname = 2;
  while (end - begin > 1 && OfClass(tokens[end - 1], WordClass::kNameSuffix)) --end;  // "Jr."
  for (size_t k = begin; k < end; ++k) last = last || Particle(tokens[k]);
  const size_t at = end - begin > kGivenAndSurname && !last ? begin + 1 : end - 1;
  std::string_view w = tokens[at].folded();
  w.remove_suffix(PossessiveEnding(w));
  return AsciiName(w);
}

// A name whose words are tokens [begin, end), unless a word before it (properties.tsv: a
// not_candidate row, or one word of a row that reads a figure's level, earlier level or
// from-to pair) makes it an organisation's or a qualifier ("from Movimiento Ciudadano", "the
// Movimiento Ciudadano candidate"): empty then.
std::string NameFrom(Tokens tokens, size_t begin, size_t end,
                     const LanguagePack& pack) {
  // A relative clause after a comma tells of the name whatever stands before it ("led by
  // Milei, who obtained 30.1% of the votes"), unless the name is one beaten ("a lead over
  // Bolsonaro, winning 50.8%").
  if (end + 1 < tokens.size() && tokens[end].folded() == "," &&
      pack.quantities.PropertyRowAt(tokens, end + 1, "relative") &&
      (begin == 0 || !pack.quantities.PropertyRowAt(tokens, begin - 1, "held_stop"))) {
    return NameKey(tokens, begin, end, pack.grammar.capitalised_nouns);
  }
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
  // A particle tells a name ("kommt Van der Bellen auf", "für Anna van der Wende").
  const bool particle = std::any_of(tokens.begin() + begin, tokens.begin() + end, Particle);
  if (pack.grammar.capitalised_nouns && begin > 0 && tokens[begin - 1].kind == TokenKind::kWord &&
      !tokens[begin - 1].upper && !particle) {
    return "";
  }
  if (begin > 0) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, begin - 1);
    const std::string_view takes = m.length == 1 ? std::string_view(m.fields->at(1)) : "";
    // "die Liste Madeleine Petrovic": a list's or party's name, read as a party's (party.h).
    if (takes == "not_candidate" || takes == "earlier" || takes == "from_to" ||
        takes == "relative" || takes == "change" || takes == "party_noun" ||
        takes == "party_named") {
      return "";
    }
    // "a lead over Bolsonaro, winning 50.8%": the one beaten, unless the figure is the
    // name's own ("ahead of Brenner's tally of 48.6%" is Brenner's).
    if (takes == "held_stop" && PossessiveEnding(tokens[end - 1].folded()) == 0) return "";
  }
  return NameKey(tokens, begin, end, pack.grammar.capitalised_nouns);
}

// NameFrom, and where every noun is capitalised and it finds none, the same without the first
// of three or more words, a noun before a given name and surname ("der Bierpartei Dominik
// Wlazny", "und Schuhfabrikant Heinrich Staudinger").
std::string NameOrLaterFrom(Tokens tokens, size_t begin, size_t end,
                            const LanguagePack& pack) {
  constexpr size_t kNounAndName = 3;
  std::string name = NameFrom(tokens, begin, end, pack);
  if (name.empty() && pack.grammar.capitalised_nouns && end - begin >= kNounAndName &&
      !Particle(tokens[begin])) {
    name = NameFrom(tokens, begin + 1, end, pack);
  }
  return name;
}

// Whether a vote word follows tokens[end] closely, in its clause ("of the vote"), and the
// share is not how far the count has come ("99.7% of the ballots counted", "der
// ausgezählten Stimmen": a vote_counted row next to the vote word).
bool VoteWordAfter(Tokens tokens, size_t end, const LanguagePack& pack) {
  for (size_t k = end; k < tokens.size() && k - end < kVoteAfter; ++k) {
    if (tokens[k].kind == TokenKind::kPunct || tokens[k].kind == TokenKind::kNumber) break;
    if (pack.quantities.PropertyRowAt(tokens, k, "vote_counted")) return false;
    if (pack.quantities.PropertyRowAt(tokens, k, "vote_noun")) {
      return k + 1 >= tokens.size() ||
             !pack.quantities.PropertyRowAt(tokens, k + 1, "vote_counted");
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
  return k < tokens.size() && pack.quantities.PropertyRowAt(tokens, k, "vote_noun");
}

// Where the count of votes whose digits end at tokens[last] starts, when the share at
// tokens[first] restates it: "35,923,669 votes, representing 59.75%", "2,1 Millionen Stimmen,
// also 52,3 Prozent", "6,942,930 votes (48.5%)", "1,524,255 or 9.51%" (a "restated" row of
// properties.tsv when no vote word follows the count). Only a few lower-case words stand
// between, or an opening bracket: no name, no other figure. SIZE_MAX otherwise.
size_t RestatedCountStart(Tokens tokens, size_t last, size_t first,
                          const LanguagePack& pack) {
  constexpr size_t kLink = 3;  // "which translates to".
  size_t start = last;
  while (start > 0 && tokens[start - 1].kind == TokenKind::kNumber) --start;
  size_t j = last + 1;
  // A scale word before the vote word: "2.3 million votes".
  if (j + 1 < first && tokens[j].kind == TokenKind::kWord &&
      pack.quantities.PropertyRowAt(tokens, j + 1, "vote_noun")) {
    ++j;
  }
  const bool noun = j < first && pack.quantities.PropertyRowAt(tokens, j, "vote_noun");
  if (noun) ++j;
  if (noun && j < first && tokens[j].folded() == ",") ++j;
  if (j == first || first - j > kLink) return SIZE_MAX;
  if (!noun && (first - j != 1 || !pack.quantities.PropertyRowAt(tokens, j, "restated"))) {
    return SIZE_MAX;
  }
  // "6,942,930 votes (48.5%)": the share in brackets after the count.
  if (noun && first - j == 1 && tokens[j].folded() == "(") return start;
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
    const size_t begin = NameStart(text, tokens, k);
    // "Poland's main ruling party, took 50.3%": the possessor of a noun in an aside is not
    // the holder ("Lindqvist's lead held at 52.3%", "Sheinbaum's victory with 60.2%" are).
    if (PossessiveEnding(t.folded()) > 0 &&
        std::any_of(tokens.begin() + k, tokens.begin() + first,
                    [](const Token& x) { return x.folded() == ","; })) {
      k = begin + 1;
      continue;
    }
    std::string name = NameOrLaterFrom(tokens, begin, k, pack);
    if (!name.empty()) return name;
    k = begin + 1;  // Past a qualifier to the name it qualifies.
  }
  return "";
}

// Whether the share ending at tokens[end] is how far the count has come, its vote_counted
// row a few words on ("with 99.1% of voting machines counted", "after 60% of the votes were
// tallied"): no one's share.
bool CountedAfter(Tokens tokens, size_t end, const LanguagePack& pack) {
  constexpr size_t kCountedAfter = 6;
  for (size_t k = end; k < tokens.size() && k - end < kCountedAfter; ++k) {
    if (tokens[k].kind != TokenKind::kWord) return false;
    if (pack.quantities.PropertyRowAt(tokens, k, "vote_counted")) return true;
  }
  return false;
}

// Whether a name starts at `t`: a name word, or a capitalised particle ("Van der Bellen").
bool StartsName(std::string_view text, const Token& t) {
  return NameWord(text, t) || (Particle(t) && t.upper);
}

// The key of the name starting at tokens[begin] (StartsName), through its name words and
// particles.
std::string NameAfter(std::string_view text, Tokens tokens, size_t begin) {
  size_t stop = begin + 1;
  while (stop < tokens.size() && (NameWord(text, tokens[stop]) || Particle(tokens[stop]))) ++stop;
  while (stop > begin + 1 && Particle(tokens[stop - 1])) --stop;
  return NameKey(tokens, begin, stop);
}

// The name the votes after a share go to ("49.17% of votes went to Bolsonaro"): a held_to row
// right after the vote word, then a name. Empty otherwise.
std::string NameGoneTo(std::string_view text, Tokens tokens, size_t end,
                       const LanguagePack& pack) {
  for (size_t k = end; k < tokens.size() && k - end <= kVoteAfter; ++k) {
    if (tokens[k].kind != TokenKind::kWord) return "";
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    if (m.length == 0 || m.fields->at(1) != "held_to") continue;
    const size_t at = k + m.length;
    return at < tokens.size() && StartsName(text, tokens[at]) ? NameAfter(text, tokens, at) : "";
  }
  return "";
}

// The name just before a share, past at most four lower-case words and no figure, mark or
// capitalised noun ("Rosenkranz erreicht mit 18,9 Prozent", "Nawrocki in the lead with 50.7
// percent", "ahead of Trzaskowski at 49 percent"), or right before its opening bracket
// ("Dominik Wlazny (8,2 Prozent)"). Empty when none.
std::string NameJustBefore(std::string_view text, Tokens tokens, size_t first,
                           const LanguagePack& pack) {
  constexpr size_t kGap = 4;
  size_t k = first;
  if (k > 0 && tokens[k - 1].folded() == "(") --k;
  for (size_t words = 0; k > 0 && words <= kGap; --k, ++words) {
    const Token& t = tokens[k - 1];
    if (NameWord(text, t)) return NameOrLaterFrom(tokens, NameStart(text, tokens, k), k, pack);
    if (t.kind != TokenKind::kWord || t.upper) return "";
  }
  return "";
}

// Whether `t` is a lower-case word.
bool LowerWord(const Token& t) { return t.kind == TokenKind::kWord && !t.upper; }

// The key of the last name of two words or more in tokens [0, end) ("Alexander Van der
// Bellen"), empty when none.
std::string LastFullName(std::string_view text, Tokens tokens, size_t end) {
  constexpr size_t kGivenAndSurname = 2;
  for (size_t j = end; j > 0; --j) {
    if (!NameWord(text, tokens[j - 1])) continue;
    const size_t begin = NameStart(text, tokens, j);
    if (j - begin >= kGivenAndSurname) return NameKey(tokens, begin, j, true);
    j = begin + 1;
  }
  return "";
}

// Where every noun is capitalised, the person a description just before a share stands for
// ("erhielt der Amtsinhaber 55,4 Prozent der Stimmen", "kommt der ehemalige Grünen-Chef auf
// 54,6 Prozent"): an article of a person (speaker_words.tsv), at most two lower-case words
// and a noun that names no party, place or property, then at most two lower-case words
// before the figure. The person is the one named last by a full name before it in its
// sentence, else in the sentence before. Empty otherwise.
std::string DescribedBefore(const DocContext& ctx, size_t index, Tokens tokens,
                            size_t first) {
  constexpr size_t kGap = 2;
  if (!ctx.pack->grammar.capitalised_nouns) return "";
  size_t k = first;
  for (size_t words = 0; k > 0 && words < kGap && LowerWord(tokens[k - 1]); ++words) --k;
  if (k < 2) return "";
  const Token& noun = tokens[k - 1];
  if (noun.kind != TokenKind::kWord || !noun.upper || noun.lex == nullptr ||
      noun.lex->Is(kLexParty) || noun.lex->Is(kLexPlace) || noun.lex->Is(kLexProperty)) {
    return "";
  }
  size_t a = k - 1;
  // "der 72-Jährige": the number and hyphen of the noun's compound.
  if (a >= 2 && !noun.space_before && Is(tokens[a - 1], "-") && !tokens[a - 1].space_before &&
      tokens[a - 2].kind == TokenKind::kNumber) {
    a -= 2;
  }
  auto article = [&](const Token& t) {
    return OfClass(t, WordClass::kMasculineArticle) || OfClass(t, WordClass::kFeminineArticle);
  };
  for (size_t words = 0; a > 0 && words < kGap && LowerWord(tokens[a - 1]) &&
                         !article(tokens[a - 1]);
       ++words) {
    --a;
  }
  if (a == 0 || !article(tokens[a - 1])) return "";
  std::string name = LastFullName(ctx.text, tokens, a - 1);
  if (name.empty() && index > 0) {
    Tokens before = ctx.sentences[index - 1].tokens;
    name = LastFullName(ctx.text, before, before.size());
  }
  return name;
}

// Whether the article speaks of a vote: a vote or election word (properties.tsv: vote_noun,
// election_noun) in sentence `index` or anywhere else, as a live report may name the vote
// only further down; where every noun is capitalised, only a capitalised one ("Stimmen", not
// "sie stimmen zu").
bool OnVotes(const DocContext& ctx, size_t index) {
  const LanguagePack& pack = *ctx.pack;
  for (size_t n = 0; n < ctx.sentences.size(); ++n) {
    // The figure's own sentence first, where the word most often is.
    Tokens tokens = ctx.sentences[n == 0 ? index : n - (n <= index)].tokens;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].kind != TokenKind::kWord ||
          (pack.grammar.capitalised_nouns && !tokens[k].upper)) {
        continue;
      }
      if (pack.quantities.PropertyRowAt(tokens, k, "vote_noun") ||
          pack.quantities.PropertyRowAt(tokens, k, "election_noun")) {
        return true;
      }
    }
  }
  return false;
}

// Whether the count at tokens [first, np_end) is a lead or a difference, not a holding ("a
// margin of more than 19 million votes", "by 5 million", "five million more votes", "40
// votes away").
bool Margin(Tokens tokens, size_t first, size_t np_end,
            const LanguagePack& pack) {
  constexpr size_t kMarginBefore = 3;  // "a lead of nearly".
  for (size_t k = first > kMarginBefore ? first - kMarginBefore : 0; k < np_end; ++k) {
    const PhraseMatch m = pack.quantities.properties.Match(tokens, k);
    const std::string_view takes = m.length == 1 ? std::string_view(m.fields->at(1)) : "";
    // "more than 35 million votes" is a hedge ("than" a held_stop row), "five million more
    // votes" a difference.
    const bool hedge = k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord &&
                       pack.quantities.PropertyRowAt(tokens, k + 1, "held_stop");
    if ((takes == "vote_margin" && !hedge) || (takes == "change" && k + 1 == first)) return true;
  }
  // "40 votes away from winning", "30 Stimmen entfernt": how many a candidate still lacks.
  return np_end < tokens.size() &&
         pack.quantities.PropertyRowAt(tokens, np_end, "vote_margin_after");
}

// Whether a majority's noun and "of" stand just before the figure ("a majority of 80", "a
// working majority of just 12", "eine Mehrheit von einem Mandat"); not "without an absolute
// majority, winning 182 out of 577 seats".
bool SeatMajority(Tokens tokens, size_t first, const LanguagePack& pack) {
  constexpr size_t kMajorityBefore = 3;  // "majority of just".
  for (size_t k = first > kMajorityBefore ? first - kMajorityBefore : 0; k + 1 < first; ++k) {
    if (pack.quantities.PropertyRowAt(tokens, k, "seat_majority") &&
        (pack.numbers.roles.Has(tokens[k + 1], kOf) ||
         pack.numbers.roles.Has(tokens[k + 1], kRatio))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string CandidateOfShare(const DocContext& ctx, size_t index, Tokens tokens,
                             size_t first, size_t end) {
  const std::string_view text = ctx.text;
  const LanguagePack& pack = *ctx.pack;
  if (VoteWordAfter(tokens, end, pack) || VoteCountAfter(tokens, end, pack)) {
    if (std::string to = NameGoneTo(text, tokens, end, pack); !to.empty()) return to;
    std::string name = NameBefore(text, tokens, first, pack);
    return name.empty() ? DescribedBefore(ctx, index, tokens, first) : name;
  }
  if (CountedAfter(tokens, end, pack)) return "";
  // "against 28.3% of Xóchitl Gálvez", "54,6 Prozent für Van der Bellen": a name right after
  // the figure, in a sentence or an article on votes.
  if (end + 1 < tokens.size() && pack.quantities.PropertyRowAt(tokens, end, "candidate_of") &&
      StartsName(text, tokens[end + 1])) {
    bool votes = false;
    for (size_t k = 0; k < tokens.size() && !votes; ++k) {
      votes = pack.quantities.PropertyRowAt(tokens, k, "vote_noun");
    }
    return votes || OnVotes(ctx, index) ? NameAfter(text, tokens, end + 1) : "";
  }
  // "Odinga got 6,942,930 votes (48.5%)": the share in brackets restates the count before it.
  if (first > 1 && tokens[first - 1].folded() == "(") {
    if (std::string name = NameBefore(text, tokens, first, pack); !name.empty()) return name;
  }
  // "Rosenkranz erreicht mit 18,9 Prozent": in an article on votes, the name just before.
  std::string name = NameJustBefore(text, tokens, first, pack);
  if (name.empty()) name = DescribedBefore(ctx, index, tokens, first);
  return !name.empty() && OnVotes(ctx, index) ? name : "";
}

void CandidateOfVotes(std::string_view text, Tokens tokens, size_t first,
                      size_t np_end, const LanguagePack& pack, Claim& c) {
  // "giving it a majority of 80", "eine Mehrheit von zwölf Sitzen": the lead over all
  // others, never the seats a party holds.
  if (c.unit == "seats" && c.aspect != Aspect::kChange && SeatMajority(tokens, first, pack)) {
    c.unit = "seat_majority";
    return;
  }
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
