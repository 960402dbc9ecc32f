// MentionFinder::UnnamedAt (declared in mentions.h): a speaker the text describes but does not
// name ("der Alte", "eine der Frauen", "a Democratic strategist").
#include <algorithm>

#include "lib/extract/attribution.h"
#include "lib/extract/speakers/mentions.h"

namespace crosscheck::internal {
namespace {

// English words that end a descriptive phrase ("a strategist who spoke", "the senator from").
bool EndsEnglishPhrase(std::string_view w) {
  static constexpr std::string_view kEnd[] = {
      "who", "that", "which", "whose", "and", "or", "but", "of", "in", "on", "at", "to", "for",
      "with", "from", "by", "as", "after", "before", "during", "when", "while", "told", "said",
      "says", "is", "was", "has", "had", "have", "will", "would", "said", "says", "added"};
  return std::find(std::begin(kEnd), std::end(kEnd), w) != std::end(kEnd);
}

}  // namespace

size_t MentionFinder::UnnamedAt(const std::vector<Token>& tokens, size_t i,
                                const std::vector<uint8_t>& skip, bool german,
                                size_t* head, size_t end) const {
  const size_t n = std::min(tokens.size(), end);
  if (i >= n || skip[i] || !(speech_.Flags(tokens[i]) & SpeechLexicon::kDeterminer)) return 0;
  size_t k = i + 1;
  if (german) {
    // "einer der Ältesten", "eine der Frauen": the noun after the partitive article.
    const std::string_view first = tokens[i].folded;
    if ((first == "einer" || first == "eine" || first == "eines") && k < n && !skip[k] &&
        (tokens[k].folded == "der" || tokens[k].folded == "des")) {
      ++k;
    }
    // Inflected adjectives, maybe in a list, then the capitalised noun ("der alte Mann", "die
    // Alte", "eine laute, heisere Stimme").
    auto adjective = [&](size_t a) {
      return a < n && !skip[a] && tokens[a].kind == TokenKind::kWord && !tokens[a].upper &&
             HasGermanAdjectiveEnding(tokens[a].folded);
    };
    while (k < n && k < i + 6 &&
           (adjective(k) || (k > i + 1 && tokens[k].folded == "," && adjective(k + 1)))) {
      ++k;
    }
    if (k < n && !skip[k] && tokens[k].kind == TokenKind::kWord && tokens[k].upper &&
        speech_.Flags(tokens[k]) == 0) {
      *head = k;
      // A genitive complement belongs to the phrase ("der Bruder des Grafen").
      size_t g = k + 1;
      if (g + 1 < n && !skip[g] && (tokens[g].folded == "des" || tokens[g].folded == "der")) {
        ++g;
        while (g < n && g < k + 5 && !skip[g] && tokens[g].kind == TokenKind::kWord &&
               !tokens[g].upper && HasGermanAdjectiveEnding(tokens[g].folded)) {
          ++g;
        }
        if (g < n && !skip[g] && tokens[g].kind == TokenKind::kWord && tokens[g].upper &&
            speech_.Flags(tokens[g]) == 0) {
          return g + 1 - i;
        }
      }
      return k + 1 - i;
    }
    // "sagte ein anderer.": the adjective stands for the noun (not in a list of adjectives,
    // "eine unangenehme, brummige Stimme").
    if (k > i + 1 && (k >= n || (tokens[k].kind == TokenKind::kPunct && tokens[k].folded != ","))) {
      *head = k - 1;
      return k - i;
    }
    return 0;
  }
  while (k < n && k < i + 5 && !skip[k] && tokens[k].kind == TokenKind::kWord &&
         !EndsEnglishPhrase(tokens[k].folded) &&
         (speech_.Flags(tokens[k]) & ~SpeechLexicon::kPlace) == 0) {
    ++k;
  }
  // Places may describe the speaker ("an Iowa Democrat") but are not one ("the Ukraine").
  if (k == i + 1 || (speech_.Flags(tokens[k - 1]) & SpeechLexicon::kPlace)) return 0;
  *head = k - 1;
  return k - i;
}

}  // namespace crosscheck::internal
