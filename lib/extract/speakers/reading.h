// The first pass over an article, sentence by sentence in reading order: speech cues, the
// mentions of persons (names, titles, pronouns, unnamed speakers) and who each cue's subject
// is, so that a pronoun or a title later on resolves against what was read before it. The
// quotation pass (quotes/) and the role claims (roles/) read its result.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_READING_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_READING_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/context.h"
#include "lib/extract/quotes/quote_marks.h"
#include "lib/extract/speakers/article_persons.h"
#include "lib/extract/speakers/mentions.h"
#include "lib/extract/speakers/speech.h"

namespace crosscheck::internal {

// What one sentence holds for attribution.
struct SentenceSpeech {
  std::span<const uint8_t> skip;  // Token inside a quotation: a view of SpeakerReading::skips.
  std::vector<Mention> mentions;
  std::vector<Cue> cues;
};

// A title bound to a named person, with the person as the article has named them by the end
// of the sentence.
struct RoleSighting {
  size_t sentence = 0;
  Span span;  // The title and name phrase.
  std::string person_id, person_name, key;
};

struct SpeakerReading {
  ArticlePersons art;
  std::vector<uint8_t> skips;  // The sentences' `skip` flags, one buffer for the document.
  std::vector<SentenceSpeech> sentences;  // One per sentence of the document.
  std::vector<RoleSighting> roles;        // Reading order.

  SpeakerReading() = default;
  SpeakerReading(SpeakerReading&&) = default;
  SpeakerReading& operator=(SpeakerReading&&) = default;
  // Gives `sentences` (their mention and cue vectors emptied, their room kept) to the thread's
  // next reading: most sentences have a mention or a cue, and each vector cost an allocation
  // and a free an article.
  ~SpeakerReading();
};

// Where pronouns look back to from a paragraph: the start of the paragraph before it.
uint32_t WindowBegin(const std::vector<Span>& paragraphs, uint32_t paragraph);

// Whether the capitalised word at token `at` of sentence `s` stands elsewhere inside a
// sentence nearby after a lower-case word that is no determiner ("…, sah August an"), and
// never after a determiner ("das Wasser"): a name, where a word opening a sentence might be an
// adverb or a noun.
bool NamedNearby(const std::vector<SentenceTokens>& sents, size_t s, size_t at,
                 const SpeechLexicon& speech);

// Reads ctx's sentences; tokens inside `quotes` are no mentions and no cues.
SpeakerReading ReadSpeakers(const DocContext& ctx, const std::vector<QuoteSpan>& quotes,
                            const MentionFinder& finder);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_READING_H_
