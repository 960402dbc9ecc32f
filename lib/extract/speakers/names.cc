// MentionFinder::NameAt and UnnamedAt (declared in mentions.h): where a person's name, or the
// phrase of a speaker the text does not name, starts and ends, and which person it is.
#include <algorithm>

#include "lib/extract/speakers/given_name.h"
#include "lib/extract/speakers/mentions.h"

namespace crosscheck::internal {
namespace {

// The folded words of tokens [b, e), joined by spaces.
std::string FoldedText(Tokens tokens, size_t b, size_t e) {
  std::string s;
  for (size_t k = b; k < e; ++k) {
    if (!s.empty()) s += ' ';
    s += tokens[k].folded();
  }
  return s;
}

}  // namespace

bool MentionFinder::NoTitleOrEntityAt(Tokens tokens, size_t k) const {
  return roles_.Entity(tokens, k).length == 0 && roles_.Match(tokens, k).length == 0;
}

size_t MentionFinder::InitialsAt(Tokens tokens, size_t k) const {
  size_t len = 0;
  while (k + len + 1 < tokens.size() && tokens[k + len].kind == TokenKind::kWord &&
         tokens[k + len].upper && tokens[k + len].folded().size() == 1 &&
         tokens[k + len + 1].folded() == "." && len < 6) {
    len += 2;
  }
  return len;
}

size_t MentionFinder::NameAt(Tokens tokens, size_t i,
                             std::span<const uint8_t> skip, const ArticlePersons& art,
                             int unknown, std::string* id, bool* genitive) const {
  if (i >= tokens.size() || skip[i] || !NameWord(tokens[i])) return 0;
  *genitive = false;
  const ArticlePersons::Skeletons& sk = art.SkeletonsOf(tokens[i]);
  // Known aliases, longest first: "Wolodymyr Selenskyj", "Blinken", "Putins".
  if (sk.starts_alias < 0) {
    sk.starts_alias =
        dir_.StartsAlias(sk.plain) || (!sk.genitive.empty() && dir_.StartsAlias(sk.genitive));
  }
  if (sk.starts_alias) {
    if (const size_t len = KnownAliasAt(tokens, i, skip, art, id, genitive)) return len;
  }
  // A surname written in full earlier in this article.
  if (auto it = art.MayBeSurname(sk.PlainKey()) ? art.by_surname.find(sk.PlainKey())
                                                : art.by_surname.end();
      it != art.by_surname.end()) {
    *id = art.persons[it->second].id;
    return 1;
  }
  if (!sk.genitive.empty() && art.MayBeSurname(sk.GenitiveKey())) {
    if (auto it = art.by_surname.find(sk.GenitiveKey()); it != art.by_surname.end()) {
      *id = art.persons[it->second].id;
      *genitive = true;
      return 1;
    }
  }
  // "Wasserman Schultz" after "Debbie Wasserman Schultz": a surname of two words.
  if (NameWordAt(tokens, i + 1, skip)) {
    if (auto it = art.by_surname.find(art.SkeletonsOf(tokens[i + 1]).PlainKey());
        it != art.by_surname.end() && !art.persons[it->second].unnamed &&
        LoweredNameHasWord(art.persons[it->second].name, tokens[i].folded())) {
      *id = art.persons[it->second].id;
      return 2;
    }
  }
  if (sk.given < 0) sk.given = dir_.IsGivenKey(sk.plain);
  if (sk.given) {
    if (const size_t len = GivenNameAt(tokens, i, skip, art, id)) return len;
  }
  return UnknownNameAt(tokens, i, skip, art, unknown, id, genitive);
}

size_t MentionFinder::KnownAliasAt(Tokens tokens, size_t i,
                                   std::span<const uint8_t> skip, const ArticlePersons& art,
                                   std::string* id, bool* genitive) const {
  const size_t n = tokens.size();
  size_t max_len = 1;
  while (max_len < 3 && i + max_len < n && !skip[i + max_len] && NameWord(tokens[i + max_len])) {
    ++max_len;
  }
  for (size_t len = max_len; len >= 1; --len) {
    std::string text = FoldedText(tokens, i, i + len);
    if (const PersonInfo* p = art.Lookup(dir_, text)) {
      *id = p->id;
      return len;
    }
    const std::string_view g = StripGenitive(tokens[i + len - 1].folded());
    if (!g.empty()) {
      text = FoldedText(tokens, i, i + len - 1);
      if (!text.empty()) text += ' ';
      text += g;
      if (const PersonInfo* p = art.Lookup(dir_, text)) {
        *id = p->id;
        *genitive = true;
        return len;
      }
    }
  }
  return 0;
}

// Given name, optional initials, particles and middle names, surname.
size_t MentionFinder::GivenNameAt(Tokens tokens, size_t i,
                                  std::span<const uint8_t> skip, const ArticlePersons& art,
                                  std::string* id) const {
  const size_t n = tokens.size();
  size_t k = i + 1 + InitialsAt(tokens, i + 1);
  while (k < n && k < i + 8 && !skip[k] && words_.Is(tokens[k], WordClass::kNameParticle)) ++k;
  if (!NameWordAt(tokens, k, skip)) return 0;
  while (k + 1 < n && dir_.IsGivenKey(art.SkeletonsOf(tokens[k]).plain) &&
         NameWordAt(tokens, k + 1, skip)) {
    ++k;  // "John Fitzgerald Kennedy"
  }
  // "Debbie Wasserman Schultz": a surname of two words, when the name then ends.
  if (k + 2 < n && NameWordAt(tokens, k + 1, skip) && !NameWordAt(tokens, k + 2, skip) &&
      !tokens[k + 1].folded().ends_with("s") && tokens[k + 2].kind != TokenKind::kNumber &&
      !words_.Is(tokens[k + 1], WordClass::kNameSuffix)) {
    ++k;
  }
  *id = art.Canonical(dir_, FoldedText(tokens, i, k + 1));
  return k + 1 - i;
}

size_t MentionFinder::UnknownNameAt(Tokens tokens, size_t i,
                                    std::span<const uint8_t> skip, const ArticlePersons& art,
                                    int unknown, std::string* id, bool* genitive) const {
  const size_t n = tokens.size();
  if (unknown <= 0 || roles_.Entity(tokens, i).length > 0 || roles_.Match(tokens, i).length > 0 ||
      words_.Is(tokens[i], WordClass::kNameSuffix)) {
    return 0;
  }
  // A month is a given name only alone next to a cue, with punctuation after it and no
  // number before it ("»Oh!« rief August, »…«", not "said August 5", "am 3. August").
  const uint8_t flags = speech_.Flags(tokens[i]);
  const bool month_name = (flags & SpeechLexicon::kMonth) && i > 0 && i + 1 < n &&
                          tokens[i + 1].kind == TokenKind::kPunct &&
                          tokens[i - 1].kind == TokenKind::kWord && !tokens[i - 1].upper;
  if ((flags & (SpeechLexicon::kTime | SpeechLexicon::kPlace)) && !month_name) return 0;
  if (!art.SkeletonsOf(tokens[i]).genitive.empty() &&
      (speech_.FlagsOf(StripGenitive(tokens[i].folded())) & SpeechLexicon::kTime)) {
    return 0;  // "said Tuesday's guest".
  }
  // "sagte Ökonom Thomas Berger": a known given name after an unknown word starts the name,
  // when a surname follows it; last in the name it is the surname ("said Barney Frank.").
  if (unknown > 1 && i + 2 < n && !skip[i + 1] && NameWord(tokens[i + 1]) &&
      dir_.IsGivenKey(art.SkeletonsOf(tokens[i + 1]).plain) && NameWordAt(tokens, i + 2, skip)) {
    return 0;
  }
  // Capitalised words with initials and particles between ("Anna K. Lowe", "Hassan
  // al-Amiri", "Ursula von der Leyen"); `unknown` counts the capitalised words.
  size_t len = 1;
  for (int words = 1; words < unknown;) {
    size_t k = i + len + InitialsAt(tokens, i + len);
    size_t p = k;
    // "der"/"den" only after "von"/"van" ("sagte Weber der Zeitung" is no name).
    while (p < n && p < k + 3 && !skip[p] && words_.Is(tokens[p], WordClass::kNameParticle) &&
           (p > k || !words_.Is(tokens[p], WordClass::kParticleNotFirst))) {
      ++p;
    }
    // "Hassan al-Amiri": a particle glued to the name by a hyphen. "Jr." ends the name.
    if (p < n && words_.Is(tokens[p], WordClass::kNameSuffix)) break;
    if (NameWordAt(tokens, p, skip) ||
        (p < n && !skip[p] && tokens[p].hyphen && !tokens[p].upper &&
         words_.Is(tokens[p].folded().substr(0, tokens[p].folded().find('-')),
                   WordClass::kNameParticle))) {
      if (speech_.Flags(tokens[p]) & SpeechLexicon::kTime) break;
      len = p + 1 - i;
      ++words;
      continue;
    }
    break;
  }
  // A lone word next to a cue is a surname only when no name follows ("sagte Ökonom Tim Ruf").
  if (unknown == 1 && i + 1 < n && NameWord(tokens[i + 1]) && tokens[i + 1].space_before) return 0;
  std::string text = FoldedText(tokens, i, i + len);
  const std::string_view g = StripGenitive(tokens[i + len - 1].folded());
  if (!g.empty() && g.size() + 2 < tokens[i + len - 1].folded().size()) {  // Only "'s" forms.
    text = FoldedText(tokens, i, i + len - 1) + (len > 1 ? " " : "") + std::string(g);
    *genitive = true;
  }
  // "sagte Merkels Sprecher", "Scholz’ Sprecherin": where every noun is capitalised, a name in
  // -s (or before an apostrophe) right before a role is the role's owner, not the speaker.
  if (size_t k = i + len; grammar_.capitalised_nouns && k < n) {
    const bool apostrophe = tokens[k].folded() == "\xE2\x80\x99" || tokens[k].folded() == "'";
    if (apostrophe) ++k;
    *genitive = *genitive || (k < n && (apostrophe || tokens[i + len - 1].folded().ends_with("s")) &&
                              roles_.Match(tokens, k).length > 0);
  }
  *id = art.Canonical(dir_, text);
  return id->empty() ? 0 : len;
}

size_t MentionFinder::UnnamedPhraseAt(Tokens tokens, size_t i,
                                      std::span<const uint8_t> skip, size_t* head,
                                      size_t end) const {
  const size_t n = std::min(tokens.size(), end);
  const size_t len = grammar_.unnamed_phrase({tokens, skip, n, speech_, words_}, i, head);
  // "Die Backen bedeckten sich mit Röte. »…«": a body part is nobody who speaks.
  return len > 0 && words_.Is(tokens[*head], WordClass::kBodyPart) ? 0 : len;
}

}  // namespace crosscheck::internal
