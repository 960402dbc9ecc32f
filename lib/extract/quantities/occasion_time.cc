#include <algorithm>

#include "lib/extract/quantities/time_frame.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {
namespace {

// The year written alone in token `t` (four digits), if any.
std::optional<int> BareYear(std::string_view text, const Token& t) {
  const std::string_view digits = t.span.Of(text);
  if (t.kind != TokenKind::kNumber || digits.size() != 4 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 +
         (digits[3] - '0');
}

}  // namespace

std::optional<DateRange> OccasionOfRelativeClause(const DocContext& ctx, size_t dates_end,
                                                  Tokens tokens, size_t first) {
  constexpr int kPastDays = 180;  // As a sentence opening in the past (property.cc).
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
  const auto begin = ctx.claims.begin(), stop = ctx.claims.begin() + dates_end;
  for (size_t k = comma - 1; k-- > 0 && k + kPhrase + 1 >= comma;) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kPunct) break;
    if (const std::optional<int> year = BareYear(ctx.text, t);
        year && *year >= 1900 && *year < ctx.published->year()) {
      return DateRange{absl::CivilDay(*year, 1, 1), absl::CivilDay(*year, 12, 31)};
    }
    // Or a date claim ending there.
    auto it = std::lower_bound(begin, stop, t.span.end,
                               [](const Claim& c, uint32_t pos) { return c.span.begin < pos; });
    if (it == begin) continue;
    --it;
    if (it->kind == ClaimKind::kDate && it->span.end == t.span.end && it->date().range &&
        *ctx.published - it->date().range->end >= kPastDays) {
      return it->date().range;
    }
  }
  return std::nullopt;
}

}  // namespace crosscheck::internal
