// German rules of speaker search (the table row is in grammar.cc).
#include "lib/extract/attribution.h"
#include "lib/extract/speakers/grammar.h"

namespace crosscheck::internal {

// "Experten sagen": a plural verb.
bool GermanPluralSubject(std::string_view verb, std::string_view) { return verb.ends_with("en"); }

// Verb-second order finds a subject after the verb; no speech verb is read as a participle.
bool GermanParticiple(std::string_view) { return false; }

// Inflected adjectives, maybe in a list, then the capitalised noun ("der alte Mann", "die
// Alte", "eine laute, heisere Stimme"), with a genitive complement ("der Bruder des Grafen");
// or the adjective alone, standing for the noun ("sagte ein anderer.").
size_t GermanUnnamedPhrase(const PhraseScan& scan, size_t i, size_t* head) {
  Tokens tokens = scan.tokens;
  std::span<const uint8_t> skip = scan.skip;
  const size_t n = scan.end;
  size_t k = i + 1;
  // "einer der Ältesten", "eine der Frauen": the noun after the partitive article.
  if (scan.words.Is(tokens[i], WordClass::kPartitiveArticle) && k < n && !skip[k] &&
      scan.words.Is(tokens[k], WordClass::kGenitiveArticle)) {
    ++k;
  }
  auto adjective = [&](size_t a) {
    return a < n && !skip[a] && tokens[a].kind == TokenKind::kWord && !tokens[a].upper &&
           HasGermanAdjectiveEnding(tokens[a].folded());
  };
  while (k < n && k < i + 6 &&
         (adjective(k) || (k > i + 1 && tokens[k].folded() == "," && adjective(k + 1)))) {
    ++k;
  }
  // "die Frau", "der Herr": a form of address is the noun when no name follows it.
  auto noun = [&](size_t a) {
    if (a >= n || skip[a] || tokens[a].kind != TokenKind::kWord || !tokens[a].upper) return false;
    return scan.speech.Flags(tokens[a]) == 0 ||
           (scan.words.Is(tokens[a], WordClass::kAddressNoun) &&
            (a + 1 >= tokens.size() || skip[a + 1] || !tokens[a + 1].upper));
  };
  if (noun(k)) {
    *head = k;
    // A genitive complement belongs to the phrase ("der Bruder des Grafen").
    size_t g = k + 1;
    if (g + 1 < n && !skip[g] && scan.words.Is(tokens[g], WordClass::kGenitiveArticle)) {
      ++g;
      while (g < n && g < k + 5 && adjective(g)) ++g;
      if (noun(g)) return g + 1 - i;
    }
    return k + 1 - i;
  }
  // "sagte ein anderer.": the adjective stands for the noun (not in a list of adjectives,
  // "eine unangenehme, brummige Stimme").
  // Not a neuter one ("das fürchterliche:", "ein freundliches:"), which names what was said.
  const bool neuter = (!scan.words.Is(tokens[i], WordClass::kMasculineArticle) &&
                       !scan.words.Is(tokens[i], WordClass::kFeminineArticle)) ||
                      tokens[k - 1].folded().ends_with("es");
  if (k > i + 1 && !neuter &&
      (k >= n || (tokens[k].kind == TokenKind::kPunct && tokens[k].folded() != ","))) {
    *head = k - 1;
    return k - i;
  }
  return 0;
}

}  // namespace crosscheck::internal
