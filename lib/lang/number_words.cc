#include "lib/lang/number_words.h"

#include "lib/lang/folder.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kNumeralRoleNames[] = {
    "decimal", "minus", "fraction", "several", "unit", "plural", "ratio", "vulgar", "change",
    "year_cue", "after", "determiner", "half", "half_a", "indefinite", "and_a_half", "and",
    "hundred", "thousand", "dozen", "article_one", "pronoun_one", "one_determiner",
    "compound_and", "half_suffix", "place_prep", "not_count_after", "time_letter", "range_to",
    "between", "dollar_prefix", "currency_verb", "weight", "weight_of", "of", "vague_von",
    "score", "score_verb", "count_cue", "bearing", "charge_in", "superlative", "bearing_from"};
static_assert(std::size(kNumeralRoleNames) == kNumeralRoles);

const TableSchema kNumbers{"numbers", {{"form"}, {"value", true, Column::kNumber}}};
// glued: the scale counts only written on to the digits ("2b"); metre: the same in lower case
// is the metre ("1m"), so it counts spaced only before a currency or a counted noun;
// capitals: only glued and in capitals ("1MM").
const TableSchema kScales{
    "scales", {{"form"}, {"multiplier", true, Column::kNumber}, {"written", false}}};
const TableSchema kHedges{"hedges", {{"form"}, {"hedge"}}, false, true};
const TableSchema kVague{"vague",
                         {{"form"}, {"low", true, Column::kNumber}, {"high", true, Column::kNumber}},
                         false,
                         true};
const TableSchema kLabels{"labels", {{"form"}}, false, true};
const TableSchema kCurrencies{
    "currencies", {{"form"}, {"code"}, {"multiplier", false, Column::kNumber}}, false, true};
const TableSchema kPurposes{"purposes", {{"form"}, {"purpose"}}, false, true};

// The first form of `role`, or empty.
std::string FirstForm(const RoleTable& t, int role) {
  std::vector<std::string> forms = t.FormsOf(role);
  return forms.empty() ? std::string() : forms.front();
}

// `form` with each spelled letter written out ("fünf" -> "fuenf").
std::string SpelledOut(std::string form, const Grammar& grammar) {
  for (const auto& [written, letter] : grammar.spellings) {
    for (size_t p = form.find(letter); p != std::string::npos; p = form.find(letter, p)) {
      form.replace(p, letter.size(), written);
      p += written.size();
    }
  }
  return form;
}

// Records how `form` ends in `ends` (MayEndNumberWord): a one-byte form ("a") lets every
// word ending in that byte through.
void AddEnd(std::string_view form, LeadingBytes& ends) {
  if (form.size() >= 2) {
    const char last[2] = {form.back(), form[form.size() - 2]};
    ends.Add(std::string_view(last, 2));
  } else if (form.size() == 1) {
    for (int b = 0; b < 256; ++b) {
      const char last[2] = {form[0], static_cast<char>(b)};
      ends.Add(std::string_view(last, 2));
    }
  }
}

}  // namespace

NumberWords::NumberWords() : roles(kNumeralRoleNames) {}

absl::Status NumberWords::Load(const LanguageFolder& folder, const Grammar& grammar) {
  absl::StatusOr<Table> numbers = folder.Load(kNumbers);
  if (!numbers.ok()) return numbers.status();
  for (const TableRow& row : numbers->rows) {
    const std::string form = Fold(row[0]);
    words[form] = NumberAt(row, 1);
    starts.Add(form);
    starts.Add(SpelledOut(form, grammar));
  }
  for (const auto& [schema, table] :
       {std::pair{&kScales, &scales}, {&kHedges, &hedges}, {&kVague, &vague}}) {
    if (absl::Status s = folder.AddTo(*table, *schema); !s.ok()) return s;
  }
  absl::StatusOr<Table> labels_table = folder.Load(kLabels);
  if (!labels_table.ok()) return labels_table.status();
  for (const TableRow& row : labels_table->rows) labels.insert(Fold(row[0]));
  if (absl::Status s = folder.AddRoles(roles, "numeral_words"); !s.ok()) return s;
  hundred = FirstForm(roles, kHundred);
  thousand = FirstForm(roles, kThousand);
  compound_and = FirstForm(roles, kCompoundAnd);
  half_suffix = FirstForm(roles, kHalfSuffix);
  for (const auto& [form, value] : words) AddEnd(form, ends);
  for (const std::string* part : {&hundred, &thousand, &half_suffix}) AddEnd(*part, ends);
  return absl::OkStatus();
}

absl::Status MoneyWords::Load(const LanguageFolder& folder) {
  if (absl::Status s = folder.AddTo(currencies, kCurrencies); !s.ok()) return s;
  return folder.AddTo(purposes, kPurposes);
}

}  // namespace crosscheck::internal
