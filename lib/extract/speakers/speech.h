// Speech cues ("sagte", "according to", "Putins Erklärung", "sogenannte") and the small-word
// classes speaker search asks about every token (pronouns, determiners, stop words, adverbs,
// weekdays, months, places), one language at a time. Built once per language and immutable.
#ifndef CROSSCHECK_LIB_EXTRACT_SPEAKERS_SPEECH_H_
#define CROSSCHECK_LIB_EXTRACT_SPEAKERS_SPEECH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lib/extract/tokens.h"
#include "lib/base/hash_filter.h"
#include "lib/base/hashed_map.h"
#include "lib/base/lex_entry.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

enum class CueKind : uint8_t {
  kVerb,    // "sagte", "said": subject before or after the verb.
  kAfter,   // "laut X", "according to X", ", so X": the speaker follows.
  kBefore,  // "X zufolge": the speaker precedes.
  kNoun,    // "Putins Erklärung", "the minister's statement".
  kLabel,   // "sogenannte", "so-called": the next quote is a label.
};

struct Cue {
  uint32_t token = 0;   // Index in the sentence's tokens.
  uint32_t length = 1;
  CueKind kind = CueKind::kVerb;
  int person = -1;      // Resolved speaker, -1 when unknown.
  int mention = -1;     // Index of the subject mention in the sentence, -1 when none.
  bool work = false;    // A label naming a work, paper or programme ("die Sendung").
  // Where the subject after the verb starts, past objects and phrases ("schrie ihm mit
  // heiserer Stimme der Wirt zu"; SpeakerGrammar::verb_second); kNoSubject when none.
  static constexpr uint32_t kNoSubject = UINT32_MAX;
  uint32_t subject_at = kNoSubject;
  // Lower-case adverbs right before the verb ("Kirby also said", "“…,” Kirby later said"):
  // a subject before the verb ends before them.
  uint8_t lead = 0;
  uint32_t before() const { return token - lead; }  // Where a subject before the cue ends.
};

class LanguageFolder;

class SpeechLexicon {
 public:
  // Reads the folder's speech_verbs.tsv, weekdays.tsv, months.tsv and places.tsv (all but
  // months optional in a folder added at run time); a broken table is a FailedPrecondition
  // naming file and line.
  absl::Status Load(const LanguageFolder& folder);
  // The cue starting at tokens[i], or nullopt-like {length 0}. Inline, since it is asked at
  // every token and the filter rejects nearly every word.
  bool Match(Tokens tokens, size_t i, Cue* cue) const {
    if (!MayMatch(tokens[i])) return false;
    return MatchAt(tokens, i, cue);
  }
  // Match's filter: false, Match is false at the word.
  bool MayMatch(const Token& t) const {
    return t.kind == TokenKind::kWord && first_filter_.MayContain(t.hash);
  }
  // Small-word classes, looked up together since every token needs them.
  // kTime: a weekday or month (from <lang>/weekdays.tsv and months.tsv), never an unknown name
  // but for a month alone next to a cue (kMonth).
  // kAdverb: may stand between a speech verb and its speaker ("sagte dann der Alte").
  // kPlace: a place (from <lang>/places.tsv), never an unknown name on its own ("said Kyiv").
  enum WordFlag : uint8_t {
    kMale = 1, kFemale = 2, kDeterminer = 4, kStop = 8, kTime = 16, kAdverb = 32, kPlace = 64,
    kMonth = 128  // A month (also kTime): may be a given name next to a cue ("rief August").
  };
  uint8_t Flags(const Token& t) const {
    if (t.lex != nullptr) return t.lex->speech_flags;  // Tagged by this pack's lexicon.
    const uint8_t* f = flags_.Find(t.folded(), t.hash);
    return f == nullptr ? 0 : *f;
  }
  uint8_t FlagsOf(std::string_view folded) const {
    const uint8_t* f = flags_.Find(folded);
    return f == nullptr ? 0 : *f;
  }
  // Calls f(folded word) for every word with flags, for the pack's lexicon.
  template <typename F>
  void ForEachFlagged(F f) const {
    flags_.ForEachKey(f);
  }
  // 'm', 'f' for a personal pronoun that can be a speaker ("er", "she"), else 0.
  static char Pronoun(uint8_t flags) {
    return (flags & kMale) ? 'm' : (flags & kFemale) ? 'f' : 0;
  }

 private:
  struct Entry {
    std::vector<std::string> rest;
    CueKind kind;
    bool work = false;
    std::string particle;  // Must occur later in the sentence ("fügte ... hinzu").
  };
  // Match past its filter.
  bool MatchAt(Tokens tokens, size_t i, Cue* cue) const;
  StringMap<std::vector<Entry>> first_;
  HashFilter first_filter_;   // Rejects most words before the probe of first_.
  HashedMap<uint8_t> flags_;  // WordFlag bits; capitalised stop words never start a name.
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SPEAKERS_SPEECH_H_
