// Who and what a figure in a sentence is about: entity mentions, attribution to a source,
// modality cues. Shared by the quantity and date recognizers.
#ifndef CROSSCHECK_LIB_EXTRACT_ATTRIBUTION_H_
#define CROSSCHECK_LIB_EXTRACT_ATTRIBUTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/types.h"
#include "lib/extract/tokens.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

struct EntityMention {
  size_t first = 0, last = 0;  // Tokens.
  std::string key;
  bool destination = false;  // After "nach", "to", "gegen", ...: where things go, not who acts.
  bool source = false;       // Named as the source of a claim ("laut CNN").
  // A group named by an adjective ("drei männliche Todesopfer", entities.tsv type "group"):
  // whose figure it is only inside the figure's own noun phrase, never a source.
  bool inside_only = false;
  // The token of an "including" before it (source_words.tsv part_lead), else SIZE_MAX: a
  // part's group, never that of a whole named before that word.
  size_t part_lead = SIZE_MAX;
};

struct SourceCue {
  size_t first = 0, last = 0;
  std::string source;  // "south_korea", "cnn", "ukraine+united_states", "reports".
  std::string seat;  // Where the source sits ("Das GFZ in Potsdam meldete", "police in Kent").
};

struct SentenceFacts {
  std::vector<EntityMention> entities;
  std::vector<SourceCue> sources;
};

// Whether a German lower-case word has the ending of an attributive adjective ("zusätzliche",
// "ukrainischen"); a lower-case word with another ending is a verb or adverb ("verliert",
// "weiterhin").
bool HasGermanAdjectiveEnding(std::string_view folded);

SentenceFacts AnalyzeSentence(std::string_view text, Tokens tokens,
                              const Lexicon& lex);
// The same into `f` (emptied first): facts kept across sentences keep their vectors' room.
void AnalyzeSentenceInto(std::string_view text, Tokens tokens, const Lexicon& lex,
                         SentenceFacts& f);

// The subject of a figure at tokens [first, last) whose counted noun ends at `np_end`: an
// entity inside the noun phrase, else the nearest acting entity before it, else after it (not
// past another figure).
std::string SubjectOf(Tokens tokens, const SentenceFacts& facts, size_t first, size_t np_end);

// An entity inside the noun phrase of a figure at tokens [first, np_end) ("224 Iranian
// civilians"), or empty.
std::string SubjectInside(const SentenceFacts& facts, size_t first, size_t np_end);

// The source cue nearest to a figure at token `at`, or nullptr. A cue right after the
// figure's words, which end at `end` (maybe past a comma), is the figure's own: "nach
// Polizeiangaben 8000, 20.000 laut den Veranstaltern".
const SourceCue* SourceOf(const SentenceFacts& facts, size_t at, size_t end = SIZE_MAX);
// Whether `cue`, after the clause of a figure whose words end at `np_end`, is that of a figure
// of its own right after it: "Sie zählte rund 2500 Teilnehmer, die Veranstalter sprachen von
// 10.000" says nothing of who counted 2500.
bool CueOfNextFigure(Tokens tokens, size_t np_end, const SourceCue& cue);

// The modality cue nearest to token range [first, last); commas count as distance.
Modality ModalityOf(Tokens tokens, size_t first, size_t last,
                    const Lexicon& lex);
struct SentenceTokens;  // lib/extract/context.h
// The same for a figure of sentence `st`: where no tagged word of it begins a modality cue
// (the sentence's lexicon classes, exact) and the table has no stems, no word is asked.
Modality ModalityOf(const SentenceTokens& st, size_t first, size_t last, const Lexicon& lex);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_ATTRIBUTION_H_
