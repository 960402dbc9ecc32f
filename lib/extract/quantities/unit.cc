// A figure in a unit of measurement ("20 Kilometer", "70 °F") in its dimension's base unit,
// so that figures in other units of the same dimension meet it: 20 °C and 68 °F agree.
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lib/extract/quantities/frame.h"

namespace crosscheck::internal {

std::optional<std::pair<double, double>> UnitScale(const std::vector<std::string>& u) {
  if (u.size() < 2) return std::nullopt;
  double factor = 0, offset = 0;
  std::from_chars(u[1].data(), u[1].data() + u[1].size(), factor);
  if (u.size() > 2) std::from_chars(u[2].data(), u[2].data() + u[2].size(), offset);
  if (!(factor > 0)) return std::nullopt;
  return std::pair{factor, offset};
}

namespace {

// Converts `c` by a units.tsv row (dimension, factor, offset) to the dimension's base unit; false
// when the row has no factor.
bool ConvertBy(const std::vector<std::string>& u, Claim& c) {
  const auto scale = UnitScale(u);
  if (!scale) return false;
  const auto [factor, offset] = *scale;
  c.value.low = c.value.low * factor + offset;
  c.value.high = c.value.high * factor + offset;
  // The unit says how, not what is measured (a depth, a distance, a height): the figure
  // keeps the low confidence of a noun in no measure table, shown only with --all.
  c.unit = u[0];
  return true;
}

}  // namespace

void ConvertUnit(const LanguagePack& pack, Claim& c) {
  if (const std::vector<std::string>* u = pack.quantities.units.Find(c.unit)) ConvertBy(*u, c);
}

size_t UnitPhrase(Tokens tokens, size_t np_end, const LanguagePack& pack, Claim& c) {
  if (np_end == 0 || np_end > tokens.size()) return np_end;
  const PhraseMatch m = pack.quantities.units.Match(tokens, np_end - 1);
  if (m.length < 2 || !ConvertBy(*m.fields, c)) return np_end;
  return np_end - 1 + m.length;
}

}  // namespace crosscheck::internal
