#include "lib/lang/pack.h"

#include <algorithm>
#include <iterator>

#include "lib/extract/speakers/lexicon.h"

namespace crosscheck::internal {
namespace {

const TableSchema kEntities{"entities", {{"form"}, {"key"}, {"type"}}, false, true};
const TableSchema kDemonyms{"demonyms", {{"form"}, {"country"}}, false, true};
const TableSchema kSources{"sources", {{"form"}, {"where"}}, false, true};
const TableSchema kModality{
    "modality", {{"form"}, {"modality"}, {"needs", false}}, false, true};
const TableSchema kCounters{"counters", {{"form"}, {"key"}}, false, true};

// Entities serve attribution and, without the demonyms, the jurisdictions of titles.
absl::Status LoadAttribution(const LanguageFolder& folder, LanguagePack& pack) {
  absl::StatusOr<Table> entities = folder.Load(kEntities);
  if (!entities.ok()) return entities.status();
  AddRows(pack.entities, *entities);
  if (absl::Status s = pack.roles.Load(folder, *entities); !s.ok()) return s;
  // Nationality words of every country are entities too ("212 Bangladeshis", "40 Kenyan
  // runners"): whose figure it is. The hand-kept entities table, read first, wins.
  absl::StatusOr<Table> demonyms = folder.Load(kDemonyms);
  if (!demonyms.ok()) return demonyms.status();
  for (const TableRow& row : demonyms->rows) {
    pack.entities.Add(row[0], {std::string(row[1]), "demonym"});
  }
  if (absl::Status s = folder.AddTo(pack.sources, kSources); !s.ok()) return s;
  if (absl::Status s = folder.AddTo(pack.counters, kCounters); !s.ok()) return s;
  // A misspelt modality or need would silently read as none: refused with its line.
  absl::StatusOr<Table> modality = folder.Load(kModality);
  if (!modality.ok()) return modality.status();
  for (const TableRow& row : modality->rows) {
    const std::string_view needs = row.Get(2);
    if (std::none_of(std::begin(kCueModalities), std::end(kCueModalities),
                     [&](Modality m) { return ToString(m) == row[1]; })) {
      return modality->Error(row,
                             "modality must be happened, initial, planned, projected or latest");
    }
    if (!needs.empty() && needs != "infinitive" && needs != "present" && needs != "next" &&
        needs != "hedged" && needs != "opening" && !needs.starts_with("after") &&
        !needs.starts_with("between ")) {
      return modality->Error(row,
                             "needs must be infinitive, present, next, hedged, opening, after "
                             "[word] or between word");
    }
  }
  AddRows(pack.modality, *modality);
  return absl::OkStatus();
}

}  // namespace

LanguagePack::LanguagePack() = default;
LanguagePack::~LanguagePack() = default;

absl::StatusOr<std::unique_ptr<LanguagePack>> LanguagePack::Build(const LanguageFolder& folder,
                                                                  Lang id,
                                                                  const ExtractOptions& options) {
  auto pack = std::make_unique<LanguagePack>();
  pack->id = id;
  pack->lang = folder.code();
  absl::StatusOr<Table> grammar = folder.Load(Grammar::Schema());
  if (!grammar.ok()) return grammar.status();
  absl::StatusOr<Grammar> g = Grammar::FromTable(*grammar);
  if (!g.ok()) return g.status();
  pack->grammar = *std::move(g);
  for (absl::Status s : {pack->numbers.Load(folder, pack->grammar), pack->money.Load(folder),
                         pack->dates.Load(folder),
                         pack->quantities.Load(folder, options.measure_nouns),
                         LoadAttribution(folder, *pack)}) {
    if (!s.ok()) return s;
  }
  absl::StatusOr<std::unique_ptr<const SpeakerLexicon>> speakers =
      BuildSpeakerLexicon(folder, pack->roles);
  if (!speakers.ok()) return speakers.status();
  pack->speakers = *std::move(speakers);
  CompileLexicon(*pack);
  return pack;
}

PhraseMatch LanguagePack::HyphenEntity(std::string_view w) const {
  if (size_t dash = w.find('-'); dash != std::string::npos && dash > 0) {
    if (const auto* f = entities.Find(w.substr(0, dash))) return {1, f};
  }
  return {};
}

}  // namespace crosscheck::internal
