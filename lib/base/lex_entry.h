// What the language pack's lexicon (lib/lang/lexicon.h) knows of one folded word: which of
// the pack's tables have a form beginning with it (LexClass bits), the roles of the word alone
// in the grammar role tables, and the speaker search's small-word flags. Each token is looked
// up once per document and carries a pointer to its entry (Token::lex), so that a recognizer
// asks a bit instead of probing a dozen tables per word.
#ifndef CROSSCHECK_LIB_BASE_LEX_ENTRY_H_
#define CROSSCHECK_LIB_BASE_LEX_ENTRY_H_

#include <cstdint>

namespace crosscheck::internal {

// One class per table of the pack: the word begins one of the table's forms.
enum LexClass : int {
  kLexScale, kLexHedge, kLexVague, kLexCurrency, kLexPurpose,         // numbers, money
  kLexMonth, kLexWeekday, kLexRelativeDay, kLexDateEvent, kLexDateStart,  // dates
  kLexMeasure, kLexModifier, kLexRate, kLexBoilerplate, kLexMeasureVerb,  // quantities
  kLexChange, kLexPlace, kLexLocative, kLexUnit, kLexProperty, kLexParty,
  kLexEntity, kLexSource, kLexModality,                                 // attribution
  kLexTitle, kLexTitleEntity,                                           // roles
  kLexNumberRole, kLexDateRole, kLexQuantityRole,                      // grammar words
  // Not a table: the word is no number word or compound (NumberWord of it is none, asked
  // when the pack is built), so FindNumbers passes over it. Set on the lexicon's words
  // only; a word in no table (the empty entry) is asked as before.
  kLexNoNumber,
  // Not a table either: the word matches no stem ('*' form) of the pack's entity table, so
  // LanguagePack::Entity does not look for one. Set on the lexicon's words only.
  kLexNoEntityStem,
  // Not a table: the word fails every test by which FindNumbers' skip loop (SkipPlainWords)
  // stops at a word, the vague table's included, so that loop passes over it at one bit.
  // Set on the lexicon's words only.
  kLexPlainNumber,
  // Not a table: the word starts no date by its own tests in the dates' skip loop
  // (NextDateStart): no digit first, no date start word, no possessive ending. Set on the
  // lexicon's words only.
  kLexPlainDate,
  // Not a table: the word alone is a property's on a scale (properties.tsv, takes "scale":
  // "Stärke", "magnitude"), for the property gate's look a few words back from a figure.
  kLexScaleWord,
  // Not a table: written in lower case without a hyphen, the word is one the mentions' skip
  // loop (NextMentionWord) passes over: no speech flags, no title's first word, no
  // jurisdiction's start. Set on the lexicon's words only.
  kLexPlainMention,
  kLexClasses
};
static_assert(kLexClasses <= 64);

// The role tables whose single-word roles an entry carries (LexEntry::roles).
enum LexRoleSlot : int { kLexNumberRoles, kLexDateRoles, kLexQuantityRoles, kLexRoleSlots };

struct LexEntry {
  uint64_t classes = 0;                // LexClass bits.
  uint64_t roles[kLexRoleSlots] = {};  // RoleTable::Roles of the word alone, by slot.
  uint64_t lead_roles[kLexRoleSlots] = {};  // The roles of every form the word begins.
  uint32_t speaker_words = 0;          // SpeakerWords class bits (speakers/words.h).
  uint8_t speech_flags = 0;            // SpeechLexicon::WordFlag bits (speakers/speech.h).

  bool Is(LexClass c) const { return (classes >> c) & 1; }
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_BASE_LEX_ENTRY_H_
