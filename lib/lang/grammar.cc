#include "lib/lang/grammar.h"

#include <span>
#include <string_view>
#include <utility>

#include "fmt/format.h"

namespace crosscheck::internal {
namespace {

// One rule a grammar.tsv may name: how many values it takes and what it sets. The comments
// on Grammar's fields say what each rule means.
struct GrammarRule {
  std::string_view name;
  size_t values;
  // Sets the rule from the row's values; an error message, or empty.
  std::string (*apply)(Grammar& g, const TableRow& row);
};

std::string Flag(bool& field) {
  field = true;
  return "";
}

// A rule whose value is one of `choices`: sets `field`, or says what the choices are.
template <typename E>
std::string Choose(const TableRow& row, std::span<const std::pair<std::string_view, E>> choices,
                   E& field) {
  std::string names;
  for (const auto& [name, value] : choices) {
    if (name == row[1]) {
      field = value;
      return "";
    }
    names += names.empty() ? fmt::format("\"{}\"", name) : fmt::format(" or \"{}\"", name);
  }
  return fmt::format("{} is {}", row[0], names);
}

constexpr std::pair<std::string_view, char> kMarks[] = {{",", ','}, {".", '.'}};
constexpr std::pair<std::string_view, Grammar::Compounds> kCompounds[] = {
    {"joined", Grammar::Compounds::kJoined}, {"hyphenated", Grammar::Compounds::kHyphenated}};
constexpr std::pair<std::string_view, Grammar::NumericOrder> kOrders[] = {
    {"dmy", Grammar::NumericOrder::kDayMonth}, {"mdy", Grammar::NumericOrder::kMonthDay}};

constexpr GrammarRule kGrammarRules[] = {
    {"decimal_mark", 1,
     [](Grammar& g, const TableRow& r) { return Choose<char>(r, kMarks, g.decimal_mark); }},
    {"number_compounds", 1,
     [](Grammar& g, const TableRow& r) {
       return Choose<Grammar::Compounds>(r, kCompounds, g.number_compounds);
     }},
    {"spelling", 2,
     [](Grammar& g, const TableRow& r) -> std::string {
       g.spellings.emplace_back(r[1], r[2]);
       return "";
     }},
    {"one_word_numbers", 0, [](Grammar& g, const TableRow&) { return Flag(g.one_word_numbers); }},
    {"ordinal_dot", 0, [](Grammar& g, const TableRow&) { return Flag(g.ordinal_dot); }},
    {"capitalised_nouns", 0,
     [](Grammar& g, const TableRow&) { return Flag(g.capitalised_nouns); }},
    {"lowercase_adjectives", 0,
     [](Grammar& g, const TableRow&) { return Flag(g.lowercase_adjectives); }},
    {"compound_nouns", 0, [](Grammar& g, const TableRow&) { return Flag(g.compound_nouns); }},
    {"plural_suffix", 1,
     [](Grammar& g, const TableRow& r) -> std::string {
       g.plural_suffix = std::string(r[1]);
       return "";
     }},
    {"participle", 2,
     [](Grammar& g, const TableRow& r) -> std::string {
       g.participle_prefix = std::string(r[1]);
       g.participle_suffix = std::string(r[2]);
       return "";
     }},
    {"perfect", 1,
     [](Grammar& g, const TableRow& r) -> std::string {
       g.perfect_auxiliaries.emplace_back(r[1]);
       return "";
     }},
    {"past_modal", 1,
     [](Grammar& g, const TableRow& r) -> std::string {
       g.past_modals.emplace_back(r[1]);
       return "";
     }},
    {"strong_participle", 1,
     [](Grammar& g, const TableRow& r) -> std::string {
       g.strong_participle_suffix = std::string(r[1]);
       return "";
     }},
    {"numeric_order", 1,
     [](Grammar& g, const TableRow& r) {
       return Choose<Grammar::NumericOrder>(r, kOrders, g.numeric_order);
     }},
    {"day_month", 0, [](Grammar& g, const TableRow&) { return Flag(g.day_month); }},
    {"month_day", 0, [](Grammar& g, const TableRow&) { return Flag(g.month_day); }},
    {"ordinal_word_month", 0,
     [](Grammar& g, const TableRow&) { return Flag(g.ordinal_word_month); }},
    {"month_range_word", 0, [](Grammar& g, const TableRow&) { return Flag(g.month_range_word); }},
    {"capitalised_months", 0,
     [](Grammar& g, const TableRow&) { return Flag(g.capitalised_months); }},
    {"weekday_week_direct", 0,
     [](Grammar& g, const TableRow&) { return Flag(g.weekday_week_direct); }},
};

}  // namespace

TableSchema Grammar::Schema() {
  return {"grammar", {{"rule"}, {"value", false}, {"value", false}}};
}

absl::StatusOr<Grammar> Grammar::FromTable(const Table& table) {
  Grammar g;
  for (const TableRow& row : table.rows) {
    const GrammarRule* rule = nullptr;
    for (const GrammarRule& r : kGrammarRules) {
      if (r.name == row[0]) rule = &r;
    }
    if (rule == nullptr) return table.Error(row, fmt::format("unknown rule \"{}\"", row[0]));
    if (row.size() != rule->values + 1) {
      return table.Error(row, fmt::format("{} takes {} values", rule->name, rule->values));
    }
    if (std::string error = rule->apply(g, row); !error.empty()) return table.Error(row, error);
  }
  return g;
}

}  // namespace crosscheck::internal
