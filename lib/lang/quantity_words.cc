#include "lib/lang/quantity_words.h"

#include <algorithm>

#include "lib/lang/folder.h"

namespace crosscheck::internal {
namespace {

constexpr std::string_view kQuantityRoleNames[] = {"not_noun",
                                                   "figure_cue",
                                                   "url",
                                                   "partitive",
                                                   "article",
                                                   "place_noun",
                                                   "place_anaphor",
                                                   "place_with",
                                                   "and_other",
                                                   "list_link",
                                                   "incident_name",
                                                   "partitive_alone",
                                                   "clause_link",
                                                   "counted_before",
                                                   "earlier_verb",
                                                   "among_whole",
                                                   "cause_link",
                                                   "place_part",
                                                   "demonstrative",
                                                   "implied_count",
                                                   "held_part",
                                                   "back_then",
                                                   "interim",
                                                   "capacity",
                                                   "each",
                                                   "focus_part",
                                                   "reason_link",
                                                   "rest",
                                                   "remains_of",
                                                   "crowd_noun",
                                                   "crowd_estimate",
                                                   "toll_word",
                                                   "offset_after",
                                                   "start_verb",
                                                   "besides",
                                                   "adverb",
                                                   "clause_and",
                                                   "local_body",
                                                   "hospital",
                                                   "report_link",
                                                   "that_day",
                                                   "size_of",
                                                   "occasion_relative",
                                                   "by_level",
                                                   "to_level",
                                                   "start_noun",
                                                   "clause_aux",
                                                   "place_verb",
                                                   "further_rise",
                                                   "day_part",
                                                   "place_relative",
                                                   "country_noun",
                                                   "event_pronoun",
                                                   "crew_link",
                                                   "incident_compare",
                                                   "other_incident",
                                                   "hearsay",
                                                   "scope_place",
                                                   "none_of",
                                                   "denominator"};
static_assert(std::size(kQuantityRoleNames) == kQuantityRoles);

const TableSchema kMeasures{"measures", {{"form"}, {"measure"}}};
const TableSchema kModifiers{"modifiers", {{"form"}}, true, true};
const TableSchema kRates{"rates", {{"form"}, {"period"}, {"where", false}}, false, true};
const TableSchema kBoilerplate{"boilerplate", {{"form"}}, false, true};
const TableSchema kMeasureVerbs{"measure_verbs", {{"form"}, {"measure"}}, false, true};
const TableSchema kChanges{"changes", {{"form"}, {"where"}, {"sense", false}}, false, true};
const TableSchema kPlaces{"places", {{"form"}, {"place"}}, false, true};
const TableSchema kLocatives{"locatives", {{"form"}}, false, true};
const TableSchema kUnits{"units",
                         {{"form"},
                          {"dimension"},
                          {"factor", true, Column::kNumber},
                          {"offset", false, Column::kNumber}},
                         false,
                         true};
const TableSchema kProperties{"properties", {{"form"}, {"property"}, {"takes"}}, false, true};
const TableSchema kParties{"parties", {{"form"}, {"party"}, {"written", false}}, false, true};
const TableSchema kMeasureTree{"measure_tree", {{"measure"}, {"parent"}, {"tally"}}};
const TableSchema kAgencies{"agencies", {{"form"}, {"key"}}};
const TableSchema kInterimSources{"interim_sources", {{"word"}}, false, true};

absl::Status LoadOntology(StringMap<MeasureInfo>& tally) {
  absl::StatusOr<Table> tree = LanguageFolder::Common(kMeasureTree);
  if (!tree.ok()) return tree.status();
  StringMap<std::string> parent;
  for (const TableRow& row : tree->rows) {
    tally[std::string(row[0])] = {row[2] == "toll", row[2] == "occasion", row[2] == "generic",
                                  false, row[1] == "-" ? std::string() : std::string(row[1]), {}};
    parent[std::string(row[0])] = std::string(row[1]);
  }
  // A measure counts people when the generic root is among its ancestors (the tree is
  // shallow; the bound only guards against a cycle in a user's table).
  for (auto& [measure, info] : tally) {
    std::string at = measure;
    for (int depth = 0; depth < 16 && !info.person; ++depth) {
      auto p = parent.find(at);
      if (p == parent.end()) break;
      info.person = tally.contains(p->second) && tally[p->second].generic;
      at = p->second;
    }
  }
  // Each measure's ancestors, as far as eight steps up (the bound guards against a cycle).
  constexpr int kDepth = 8;
  for (auto& [measure, info] : tally) {
    const std::string* up = info.parent.empty() ? nullptr : &info.parent;
    for (int d = 0; d < kDepth && up != nullptr; ++d) {
      info.ancestors.push_back(*up);
      const auto p = tally.find(*up);
      up = p == tally.end() || p->second.parent.empty() ? nullptr : &p->second.parent;
    }
  }
  return absl::OkStatus();
}

}  // namespace

const TableSchema& PlacesSchema() { return kPlaces; }

QuantityWords::QuantityWords() : roles(kQuantityRoleNames) {}

const std::string* QuantityWords::ParentOf(std::string_view measure) const {
  const auto it = measure_tally.find(measure);
  return it == measure_tally.end() || it->second.parent.empty() ? nullptr : &it->second.parent;
}

bool QuantityWords::IsKindOf(std::string_view kind, std::string_view whole) const {
  const auto it = measure_tally.find(kind);
  if (it == measure_tally.end()) return false;
  for (const std::string& a : it->second.ancestors) {
    if (a == whole) return true;
  }
  return false;
}

void QuantityWords::AddMeasureVerbs(const Table& table) {
  // A German separable verb is written apart around its objects ("feuerte … 805 Drohnen ab"):
  // its head goes to `split_verbs` with, per particle, the measure, the particle's length and
  // its words ("nahmen": arrested 1 fest, participants 1 teil).
  constexpr std::string_view kGap = "…";
  StringMap<std::vector<std::string>> heads;
  std::vector<std::string> order;  // Heads in table order, so that loading is deterministic.
  for (const TableRow& row : table.rows) {
    const std::string_view form = row[0];
    const size_t gap = form.find(kGap);
    if (gap == std::string_view::npos) {
      measure_verbs.Add(form, {std::string(row[1])});
      continue;
    }
    const std::vector<std::string> head = FoldedWords(form.substr(0, gap));
    const std::vector<std::string> particle = FoldedWords(form.substr(gap + kGap.size()));
    if (head.size() != 1 || particle.empty()) continue;
    auto [at, added] = heads.try_emplace(head[0]);
    if (added) order.push_back(head[0]);
    at->second.emplace_back(row[1]);
    at->second.push_back(std::to_string(particle.size()));
    at->second.insert(at->second.end(), particle.begin(), particle.end());
  }
  for (const std::string& head : order) split_verbs.Add(head, std::move(heads[head]));
}

void QuantityWords::BuildVictimGate() {
  for (const PhraseTable* table : {&measures, &measure_verbs}) {
    table->ForEachRow([&](std::string_view first, bool stem, const std::vector<std::string>& f) {
      // A row without fields is let through too: the reader asks it as before.
      if (!f.empty() && !IsOrKindOf(f[0], "killed") && !IsOrKindOf(f[0], "injured")) return;
      if (!stem) {
        victim_gate.first.Add(HashString(first));
      } else if (first.size() >= 4) {  // A shorter stem matches no word (PhraseTable::Add).
        uint32_t q;
        std::memcpy(&q, first.data(), 4);
        victim_gate.stem_quads.push_back(q);
      }
    });
  }
}

absl::Status QuantityWords::Load(
    const LanguageFolder& folder,
    const std::vector<std::pair<std::string, std::string>>& measure_nouns) {
  for (const auto& [schema, table] :
       {std::pair{&kMeasures, &measures}, {&kModifiers, &modifiers}, {&kRates, &rates},
        {&kBoilerplate, &boilerplate}, {&kChanges, &changes},
        {&kPlaces, &places}, {&kLocatives, &locatives}, {&kUnits, &units},
        {&kProperties, &properties}, {&kParties, &parties}}) {
    if (absl::Status s = folder.AddTo(*table, *schema); !s.ok()) return s;
  }
  absl::StatusOr<Table> verbs = folder.Load(kMeasureVerbs);
  if (!verbs.ok()) return verbs.status();
  AddMeasureVerbs(*verbs);
  for (const auto& [form, measure] : measure_nouns) measures.Add(form, {measure});
  if (absl::Status s = LoadOntology(measure_tally); !s.ok()) return s;
  BuildVictimGate();
  absl::StatusOr<Table> agency_table = LanguageFolder::Common(kAgencies);
  if (!agency_table.ok()) return agency_table.status();
  for (const TableRow& row : agency_table->rows) agencies.insert(std::string(row[1]));
  absl::StatusOr<Table> interim = folder.Load(kInterimSources);
  if (!interim.ok()) return interim.status();
  for (const TableRow& row : interim->rows) {
    std::string word(row[0]);
    interim_phrases.push_back(word);
    std::replace(word.begin(), word.end(), ' ', '_');  // "exit poll" as keys write it.
    interim_sources.push_back(std::move(word));
  }
  return folder.AddRoles(roles, "quantity_words", /*common_only=*/true);
}

}  // namespace crosscheck::internal
