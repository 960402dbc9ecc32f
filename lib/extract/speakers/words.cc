#include "lib/extract/speakers/words.h"

#include <algorithm>
#include <iterator>

#include "fmt/format.h"
#include "lib/lang/folder.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kClassNames[] = {
    "name_particle",    "particle_before_cue", "particle_not_first", "title_function",
    "clause_intro",     "cue_after_comma",     "agent_of_noun",      "title_of",
    "title_slot",       "nominative_article",  "partitive_article",  "genitive_article",
    "polite_pronoun",   "phrase_end",          "not_reply_verb",     "copula",
    "preposition",      "oblique_article",     "coordinating",       "indefinite_subject",
    "interjection",     "address_noun",        "address_title",      "masculine_article",
    "feminine_article", "focus_particle",      "body_part",          "other_office",
    "not_name",         "name_suffix"};
static_assert(std::size(kClassNames) == static_cast<size_t>(WordClass::kCount));
static_assert(static_cast<size_t>(WordClass::kCount) <= 32, "classes are bits of a uint32_t");

// Optional in a language folder: a language may need no words of its own.
const TableSchema kSpeakerWords{"speaker_words", {{"word"}, {"class"}}, false, true};

}  // namespace

absl::Status SpeakerWords::Load(const LanguageFolder& folder) {
  absl::StatusOr<Table> common = LanguageFolder::Common(kSpeakerWords);
  if (!common.ok()) return common.status();
  if (absl::Status s = AddTable(*common); !s.ok()) return s;
  absl::StatusOr<Table> own = folder.Load(kSpeakerWords);
  if (!own.ok()) return own.status();
  return AddTable(*own);
}

absl::Status SpeakerWords::AddTable(const Table& table) {
  for (const TableRow& row : table.rows) {
    const auto* name = std::find(std::begin(kClassNames), std::end(kClassNames), row[1]);
    if (name == std::end(kClassNames)) {
      return table.Error(row, fmt::format("unknown word class \"{}\"", row[1]));
    }
    classes_[Fold(row[0])] |= static_cast<uint32_t>(1u << (name - std::begin(kClassNames)));
  }
  return absl::OkStatus();
}

}  // namespace crosscheck::internal
