#include "lib/lang/date_words.h"

#include "lib/lang/folder.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kDateRoleNames[] = {
    "ago", "count_back", "count_ahead", "year_prep", "year_list", "range_from", "range_to",
    "and", "range_to_article", "between", "percent", "short_date_prep", "slash_date_prep",
    "fraction_of", "lowercase_word", "full_month", "short_weekday", "ordinal", "ordinal_tens",
    "ordinal_stem", "ordinal_ending", "ordinal_suffix", "of", "article", "week_weekday_prep",
    "period_of", "after_next", "weekend_prep", "weekend_article", "month_part",
    "lowercase_month_prep", "month_prep", "weekday_article", "prep_left", "deadline",
    "year_link", "night", "night_into", "month_article", "month_noun"};
static_assert(std::size(kDateRoleNames) == kDateRoles);

const TableSchema kMonths{"months", {{"form"}, {"month", true, Column::kNumber}}};
const TableSchema kWeekdays{
    "weekdays", {{"form"}, {"weekday", true, Column::kNumber}, {"night", false}}, false, true};
const TableSchema kRelativeDays{
    "relative_days", {{"form"}, {"meaning"}, {"value", false}, {"value", false}}, false, true};
// kind "incident": the happening a story reports (lib/extract/dates/recognizer.cc).
const TableSchema kEvents{"events", {{"form"}, {"event"}, {"kind", false}}, false, true};

// Roles whose words begin a date: "vor drei Tagen", "Anfang Mai", "twenty-first", "Tue May 9".
constexpr DateRole kStartRoles[] = {kCountBack, kCountAhead, kMonthPart, kShortWeekday, kOrdinal,
                                    kOrdinalTens};

}  // namespace

const TableSchema& MonthsSchema() { return kMonths; }
const TableSchema& WeekdaysSchema() { return kWeekdays; }

DateWords::DateWords() : roles(kDateRoleNames) {}

absl::Status DateWords::Load(const LanguageFolder& folder) {
  for (const auto& [schema, table] : {std::pair{&kMonths, &months}, {&kWeekdays, &weekdays},
                                      {&kRelativeDays, &relative_days}, {&kEvents, &events}}) {
    if (absl::Status s = folder.AddTo(*table, *schema); !s.ok()) return s;
  }
  if (absl::Status s = folder.AddRoles(roles, "date_words"); !s.ok()) return s;
  ordinal_endings = roles.FormsOf(kOrdinalEnding);
  any_start = months.has_stems() || weekdays.has_stems() || relative_days.has_stems();
  auto add = [&](std::string_view w) { start_words[w] = true; };
  months.ForEachFirstWord(add);
  weekdays.ForEachFirstWord(add);
  relative_days.ForEachFirstWord(add);
  for (DateRole role : kStartRoles) {
    for (const std::string& form : roles.FormsOf(role)) add(form);
  }
  if (!events.has_stems()) {
    event_tails.assign((size_t{1} << (32 - kTailShift)) / 64, 0);
    events.ForEachFirstWord([&](std::string_view w) {
      if (w.size() >= 4) event_tails[TailBit(w) >> 6] |= uint64_t{1} << (TailBit(w) & 63);
    });
  }
  return absl::OkStatus();
}

}  // namespace crosscheck::internal
