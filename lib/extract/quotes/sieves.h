// Who said a quotation: a list of named sieves, run in order over one quotation's site, each
// adding what it finds to a shared verdict (a cue, a speaker, the quotation's form):
//
//   cue_after_quote        "„…“, sagte Kirby", "“…” a senior diplomat said"
//   cue_before_quote       "Kirby sagte: „…“", a fragment in indirect speech, "sogenannte „…“"
//   cue_later_in_sentence  "Das Bündnis habe eine „…“ gezogen, sagte X."
//   speaker_of_cue         the cue's subject, or the current speaker of an elliptic sentence
//   colon_name             "Kirby: „…“"
//   colon_clause_subject   "Der Doktor fuhr auf: „…“": the subject of the clause before it
//   colon_sentence_before  "Blinken then laid out his plan: „…“"
//   inserted_speaker       "»…! – sagte Matteo – …«" (SpeakerGrammar::inserted_speaker)
//   unnamed_speaker        a speaker the text does not name
//   dialogue_turn          "»…« »…«": a quotation right after another is the other party's
//   standalone_speaker     a quotation standing alone continues the current speaker
//   label_after_name       a label: the nearest person named before it
//   work_title             a title in quotation marks ("on “Meet the Press”") is nobody's
//
// After all quotations ran through the sieves, DialogueBackward reads the turns of a dialogue
// back from a turn a cue names ("»Wohin?« »Heim.« »Allein?« fragte der Wirt").
//
// The sieves are the same for every language; where languages differ, a sieve asks the
// language's SpeakerGrammar (speakers/grammar.h) or its words. A test can name the sieve that
// decided a quotation.
#ifndef CROSSCHECK_LIB_EXTRACT_QUOTES_SIEVES_H_
#define CROSSCHECK_LIB_EXTRACT_QUOTES_SIEVES_H_

#include <span>
#include <string_view>

#include "lib/extract/quotes/site.h"
#include "lib/extract/speakers/article_persons.h"

namespace crosscheck::internal {

// What the sieves have found so far.
struct Verdict {
  Attribution a;
  const Cue* cue = nullptr;  // The speech cue that reports the quotation.
  size_t cue_sentence = 0;
  bool unnamed = false;      // Attributed, but to nobody the article names.
  const Mention* apposed = nullptr;  // A name with an apposition before the cue.
  bool label_cue = false;    // "sogenannte": a label.
  bool work_cue = false;     // "die Sendung": a label nobody speaks.
};

// True when the sieve found or decided something. Sieves may register unnamed speakers.
using SieveRule = bool(const QuoteSite& site, ArticlePersons& art, Verdict& v);

struct QuoteSieve {
  std::string_view name;
  SieveRule* run;
};

// The sieves, each a SieveRule.
SieveRule CueAfterQuote, CueBeforeQuote, CueLaterInSentence, SpeakerOfCue, ColonName,
    ColonClauseSubject, ColonSentenceBefore, InsertedSpeaker, UnnamedSpeaker, DialogueTurn,
    StandaloneSpeaker, LabelAfterName, WorkTitle;

// Whether the quotation opens its clause with a capital: a new turn of a dialogue, not the
// continuation of one.
bool OpensTurn(const QuoteSite& q);

// One quotation (or chain) of an article after the sieves ran, for the backward dialogue pass.
struct DialogueTurnSlot {
  size_t first = 0, last = 0;  // Its pieces in the article's quotations.
  Attribution a;
  std::string_view decided;    // The sieve that decided it.
  bool open = false;           // Standing alone: no speaker, or one carried on or alternated.
  bool opens_turn = false;     // OpensTurn.
  bool anchored = false;       // Its speaker named by a cue, or read back from such a turn.
};

// "»Wohin?« »Nach Hause.« »Allein?« fragte der Wirt.": the turns of a dialogue before the
// first one a cue names, read backwards. A quotation right before another turn (nothing
// between them) is the other party's: the speaker of the turn after next, or else the latest
// other speaker of the scene. Updates `turns` (speaker per quotation) as it fills slots.
// A turn that addresses a person by name is never given to that person.
void DialogueBackward(const QuoteSite& site, const ArticlePersons& art,
                      std::span<DialogueTurnSlot> slots, std::vector<int>& turns);

// The sieves in the order they run.
std::span<const QuoteSieve> QuoteSieves();

// Runs `sieves` over the site. `rule`, when given, receives the name of the last sieve that
// found or decided something (empty when none did).
Attribution AttributeQuote(const QuoteSite& site, ArticlePersons& art,
                           std::span<const QuoteSieve> sieves, std::string_view* rule = nullptr);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_QUOTES_SIEVES_H_
