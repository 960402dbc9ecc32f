#include "lib/extract/speakers/words.h"

#include <algorithm>
#include <iterator>

#include "fmt/format.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kClassNames[] = {
    "name_particle",  "particle_before_cue", "particle_not_first", "title_function",
    "clause_intro",   "cue_after_comma",     "agent_of_noun",      "title_of",
    "title_slot",     "nominative_article",  "partitive_article",  "genitive_article",
    "polite_pronoun", "phrase_end",          "not_reply_verb",     "copula",
    "preposition",
    "oblique_article", "coordinating",        "indefinite_subject"};
static_assert(std::size(kClassNames) == static_cast<size_t>(WordClass::kCount));
static_assert(static_cast<size_t>(WordClass::kCount) <= 32, "classes are bits of a uint32_t");

}  // namespace

SpeakerWords::SpeakerWords(std::string_view lang) {
  AddTable("common/speaker_words.tsv");
  AddTable(fmt::format("{}/speaker_words.tsv", lang));
}

void SpeakerWords::AddTable(std::string_view path) {
  for (const auto& row : RequiredRows(path, 2)) {
    const auto* name = std::find(std::begin(kClassNames), std::end(kClassNames), row[1]);
    if (name == std::end(kClassNames)) {
      BrokenTable(path, fmt::format("names an unknown word class \"{}\"", row[1]));
    }
    classes_[Fold(row[0])] |= static_cast<uint32_t>(1u << (name - std::begin(kClassNames)));
  }
}

}  // namespace crosscheck::internal
