#include "lib/extract/source_words.h"

#include <algorithm>
#include <cstdint>

#include "fmt/format.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {

const SourceWords& SourceWordsOnce() {
  static const SourceWords* words = [] {
    auto* w = new SourceWords;
    constexpr std::string_view kPath = "common/source_words.tsv";
    for (const auto& row : RequiredRows(kPath, 2)) {
      StringSet* set = row[1] == "destination" ? &w->destination
                       : row[1] == "name_skip" ? &w->name_skip
                       : row[1] == "joiner"    ? &w->joiners
                       : row[1] == "information" ? &w->information
                       : row[1] == "seat_of"   ? &w->seat_of
                       : row[1] == "verb_last_intro" ? &w->verb_last_intro
                       : row[1] == "subject_lead" ? &w->subject_lead
                       : row[1] == "genitive"  ? &w->genitive
                       : row[1] == "part_lead" ? &w->part_lead
                       : row[1] == "held"      ? &w->held
                       : row[1] == "agent"     ? &w->agent
                                               : nullptr;
      if (row[1] == "body_ending") {
        w->body_endings.push_back(Fold(row[0]));
        continue;
      }
      if (set == nullptr) BrokenTable(kPath, fmt::format("names an unknown class \"{}\"", row[1]));
      const std::string folded = Fold(row[0]);
      if (set == &w->part_lead) w->part_lead_bits |= SourceWords::WordBit(HashString(folded));
      if (set == &w->held) w->held_bits |= SourceWords::WordBit(HashString(folded));
      set->insert(folded);
    }
    return w;
  }();
  return *words;
}

// Whether a word names an authority by its ending ("Forstbehörde", "authorities").
bool NamesBody(const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  const std::string_view w = t.folded();
  const auto& endings = SourceWordsOnce().body_endings;
  return std::any_of(endings.begin(), endings.end(),
                     [w](const std::string& e) { return w.ends_with(e); });
}

// Whether a participle of holding ground and its agent's word come right before the entity at
// tokens[i], an article at most between ("the bank controlled by the Ukrainian army"): the
// entity holds the place, the figures there are not its own.
bool HeldBy(Tokens tokens, size_t i) {
  const SourceWords& w = SourceWordsOnce();
  for (size_t back = 2; back <= 3 && back <= i; ++back) {
    const Token& held = tokens[i - back];
    if ((w.held_bits & SourceWords::WordBit(held.hash)) != 0 && w.held.contains(Key(held)) &&
        w.agent.contains(Key(tokens[i - back + 1]))) {
      return true;
    }
  }
  return false;
}

// Where the phrase that lists a part of a figure before it opens, when the entity at
// tokens[at] is named in it ("68 passengers, including five Indians", "60 people, including
// U.S. and Russian skaters"), else SIZE_MAX. The phrase ends at a comma.
size_t PartLeadBefore(Tokens tokens, size_t at) {
  constexpr size_t kReach = 8;  // "including two U . S . and Russian" (tokens).
  const SourceWords& words = SourceWordsOnce();
  const StringSet& lead = words.part_lead;
  for (size_t k = at; k > 0 && k + kReach > at;) {
    --k;
    if (IsPunct(tokens[k], ",") || IsPunct(tokens[k], ";") || IsPunct(tokens[k], ":")) break;
    if ((words.part_lead_bits & SourceWords::WordBit(tokens[k].hash)) != 0 &&
        lead.contains(Key(tokens[k]))) {
      return k;
    }
  }
  return SIZE_MAX;
}

bool IsQuoteMark(const Token& t) {
  const std::string_view f = t.folded();
  return t.kind == TokenKind::kPunct && (f == "\"" || f == "\xE2\x80\x9E" || f == "\xE2\x80\x9C" ||
                                         f == "\xE2\x80\x9D" || f == "\xC2\xAB" || f == "\xC2\xBB");
}

namespace {
constexpr size_t kLongestQuotedName = 4;  // Words between the marks.
}  // namespace

std::string QuotedName(Tokens tokens, size_t open, size_t close) {
  if (close <= open + 1 || close - open > kLongestQuotedName + 1 || close >= tokens.size() ||
      !IsQuoteMark(tokens[open]) || !IsQuoteMark(tokens[close]) || !tokens[open + 1].upper) {
    return "";
  }
  std::string name;
  for (size_t k = open + 1; k < close; ++k) {
    if (tokens[k].kind != TokenKind::kWord) return "";
    if (!name.empty()) name += '_';
    name += tokens[k].folded();
  }
  return name;
}

std::string QuotedNameFrom(Tokens tokens, size_t open) {
  for (size_t close = open + 2; close < tokens.size() && close <= open + kLongestQuotedName + 1;
       ++close) {
    if (IsQuoteMark(tokens[close])) return QuotedName(tokens, open, close);
  }
  return "";
}

std::string QuotedNameTo(Tokens tokens, size_t close) {
  for (size_t open = close; open-- > 0 && close - open <= kLongestQuotedName + 1;) {
    if (IsQuoteMark(tokens[open])) return QuotedName(tokens, open, close);
  }
  return "";
}

}  // namespace crosscheck::internal
