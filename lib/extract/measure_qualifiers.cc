#include "lib/extract/measure_qualifiers.h"

#include <vector>

#include "lib/extract/tables.h"

namespace crosscheck::internal {

const TableSchema kMeasureQualifiersTable{"measure_qualifiers", {{"measure"}, {"qualified"}}};
const TableSchema kQualifierVerbsTable{"qualifier_verbs", {{"form"}, {"qualified"}, {"where"}}};

namespace {

// The two tables as the readers ask them, built once from the common tables: each verb row
// with the measure its kind counts, so that KindByVerb reads the rows once instead of
// looking up every row's kind. A few rows each: a scan costs less than a hash.
struct Qualifiers {
  std::vector<MeasureQualifier> rows;
  struct Verb {
    std::string_view form, qualified, measure;
    bool before;
  };
  std::vector<Verb> verbs;  // Rows of qualifier_verbs.tsv whose kind is a measure's, in order.
};

const Qualifiers& QualifiersOnce() {
  static const Qualifiers* q = [] {
    auto* out = new Qualifiers;
    // The tables' views point into the embedded data, which lives as long as the program.
    for (const TableRow& row : CommonTable(kMeasureQualifiersTable).rows) {
      out->rows.push_back({row[0], row[1]});
    }
    for (const TableRow& row : CommonTable(kQualifierVerbsTable).rows) {
      for (const MeasureQualifier& kind : out->rows) {
        if (kind.qualified != row[1]) continue;
        out->verbs.push_back({row[0], row[1], kind.measure, row[2] == "before"});
        break;
      }
    }
    return out;
  }();
  return *q;
}

}  // namespace

const MeasureQualifier* QualifierOf(std::string_view unit) {
  for (const MeasureQualifier& q : QualifiersOnce().rows) {
    if (q.qualified == unit) return &q;
  }
  return nullptr;
}

std::string_view KeyMeasure(std::string_view unit) {
  const MeasureQualifier* q = QualifierOf(unit);
  return q == nullptr ? unit : q->measure;
}

bool HasQualifiers(std::string_view measure) {
  for (const MeasureQualifier& q : QualifiersOnce().rows) {
    if (q.measure == measure) return true;
  }
  return false;
}

std::string_view KindByVerb(Tokens tokens, size_t first, size_t np_end, std::string_view unit) {
  if (!HasQualifiers(unit)) return {};
  constexpr size_t kAfter = 3;  // "cases have been confirmed"
  for (const Qualifiers::Verb& v : QualifiersOnce().verbs) {
    if (v.measure != unit) continue;
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
