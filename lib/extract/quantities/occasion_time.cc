#include <optional>

#include "lib/extract/quantities/time_frame.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

std::optional<DateRange> OccasionOfRelativeClause(const DocContext& ctx, size_t dates_end,
                                                  Tokens tokens, size_t first) {
  if (!ctx.published || first < 3) return std::nullopt;
  size_t comma = first;
  while (comma > 0 && tokens[comma - 1].kind != TokenKind::kPunct) --comma;
  if (comma < 2 || tokens[comma - 1].folded() != ",") return std::nullopt;
  const size_t opening = comma;  // The relative clause's first word.
  const auto rel = ctx.pack->quantities.roles.At(tokens, opening, kOccasionRelative);
  if (rel.length == 0 || opening + rel.length > first) return std::nullopt;
  // The occasion's year or date ends its noun phrase or stands in it: "Erdbeben 2010,", "the
  // 2010 quake,".
  constexpr size_t kPhrase = 3;
  for (size_t k = comma - 1; k-- > 0 && k + kPhrase + 1 >= comma;) {
    if (tokens[k].kind == TokenKind::kPunct) break;
    if (const std::optional<int> year = YearAt(ctx.text, tokens, k, *ctx.pack, true);
        year && *year < ctx.published->year()) {
      return DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
    }
    if (const std::optional<DateRange> d = DateEndingAt(ctx, dates_end, tokens[k]);
        d && *ctx.published - d->end >= kPastOccasionDays) {
      return d;
    }
  }
  return std::nullopt;
}

}  // namespace crosscheck::internal
