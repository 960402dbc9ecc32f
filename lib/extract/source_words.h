#ifndef CROSSCHECK_LIB_EXTRACT_SOURCE_WORDS_H_
#define CROSSCHECK_LIB_EXTRACT_SOURCE_WORDS_H_

// The small words that the source and subject of a figure are read with
// (common/source_words.tsv), and the tests of an entity's context built on them.

#include <cstddef>
#include <string>
#include <vector>

#include "lib/base/string_map.h"
#include "lib/extract/tokens.h"

namespace crosscheck::internal {

// The words of common/source_words.tsv by class, read once: the same for every language.
struct SourceWords {
  StringSet destination, name_skip, joiners, information, seat_of, verb_last_intro, subject_lead,
      genitive, part_lead, held, agent;
  std::vector<std::string> body_endings;
  // A bit per WordBit of the words of part_lead and of held: a word whose bit is clear is not
  // in the set, told without a probe (PartLeadBefore and HeldBy ask words before each entity).
  uint64_t part_lead_bits = 0, held_bits = 0;
  static uint64_t WordBit(uint64_t hash) { return uint64_t{1} << (hash >> 58); }
};

const SourceWords& SourceWordsOnce();

// Whether a word names an authority by its ending ("Forstbehörde", "authorities").
bool NamesBody(const Token& t);

// Whether a participle of holding ground and its agent's word come right before the entity at
// tokens[i], an article at most between ("the bank controlled by the Ukrainian army"): the
// entity holds the place, the figures there are not its own.
bool HeldBy(Tokens tokens, size_t i);

// Where the phrase that lists a part of a figure before it opens, when the entity at
// tokens[at] is named in it ("68 passengers, including five Indians"), else SIZE_MAX.
size_t PartLeadBefore(Tokens tokens, size_t at);

// Whether a token is a quotation mark that may enclose a name: " „ “ ” « ».
bool IsQuoteMark(const Token& t);
// A name of up to four words, the first capitalised, between the quotation marks at tokens[open]
// and tokens[close] ("die Zeitung „El Mundo“ berichtete", "laut «Le Monde»"): its words
// folded and joined by '_'; empty if not so.
std::string QuotedName(Tokens tokens, size_t open, size_t close);
// The quoted name that opens at tokens[open] (a quotation mark), if any.
std::string QuotedNameFrom(Tokens tokens, size_t open);
// The quoted name that closes at tokens[close] (a quotation mark), if any.
std::string QuotedNameTo(Tokens tokens, size_t close);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_SOURCE_WORDS_H_
