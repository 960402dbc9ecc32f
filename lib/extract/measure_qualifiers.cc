#include "lib/extract/measure_qualifiers.h"

#include <vector>

#include "lib/extract/tables.h"

namespace crosscheck::internal {
namespace {

const std::vector<MeasureQualifier>& Rows() {
  static const auto* rows = [] {
    constexpr std::string_view kPath = "common/measure_qualifiers.tsv";
    auto* out = new std::vector<MeasureQualifier>;
    for (const auto& row : RequiredRows(kPath, 2)) {
      // The table's views point into the embedded data, which lives as long as the program.
      out->push_back({row[0], row[1]});
    }
    return out;
  }();
  return *rows;
}

}  // namespace

const MeasureQualifier* QualifierOf(std::string_view unit) {
  for (const MeasureQualifier& q : Rows()) {
    if (q.qualified == unit) return &q;
  }
  return nullptr;
}

std::string_view KeyMeasure(std::string_view unit) {
  const MeasureQualifier* q = QualifierOf(unit);
  return q == nullptr ? unit : q->measure;
}

bool HasQualifiers(std::string_view measure) {
  for (const MeasureQualifier& q : Rows()) {
    if (q.measure == measure) return true;
  }
  return false;
}

std::string_view KindByVerb(Tokens tokens, size_t first, size_t np_end, std::string_view unit) {
  struct Verb {
    std::string_view form, qualified;
    bool before;
  };
  static const auto* verbs = [] {
    auto* out = new std::vector<Verb>;
    for (const auto& row : RequiredRows("common/qualifier_verbs.tsv", 3)) {
      out->push_back({row[0], row[1], row[2] == "before"});
    }
    return out;
  }();
  if (!HasQualifiers(unit)) return {};
  constexpr size_t kAfter = 3;  // "cases have been confirmed"
  for (const Verb& v : *verbs) {
    const MeasureQualifier* kind = QualifierOf(v.qualified);
    if (kind == nullptr || kind->measure != unit) continue;
    if (v.before) {
      if (first > 0 && tokens[first - 1].folded() == v.form) return v.qualified;
      continue;
    }
    for (size_t k = np_end; k < tokens.size() && k < np_end + kAfter; ++k) {
      if (tokens[k].kind == TokenKind::kPunct) break;
      if (tokens[k].folded() == v.form) return v.qualified;
    }
  }
  return {};
}

}  // namespace crosscheck::internal
