#include "lib/extract/speakers/speech.h"

#include <algorithm>

#include "fmt/format.h"
#include "lib/data/embedded.h"
#include "lib/lang/date_words.h"
#include "lib/lang/folder.h"
#include "lib/lang/quantity_words.h"

namespace crosscheck::internal {

namespace {

const TableSchema kSpeechVerbs{
    "speech_verbs", {{"form"}, {"kind"}, {"particle", false}}, false, true};

// The flag of a small-word kind of speech_verbs.tsv; 0 for a cue.
uint8_t FlagOf(std::string_view kind) {
  return kind == "pronoun_m"   ? SpeechLexicon::kMale
         : kind == "pronoun_f" ? SpeechLexicon::kFemale
         : kind == "det"       ? SpeechLexicon::kDeterminer
         : kind == "stop"      ? SpeechLexicon::kStop
         : kind == "adverb"    ? SpeechLexicon::kAdverb
                               : 0;
}

}  // namespace

absl::Status SpeechLexicon::Load(const LanguageFolder& folder) {
  absl::StatusOr<Table> verbs = folder.Load(kSpeechVerbs);
  if (!verbs.ok()) return verbs.status();
  for (const TableRow& row : verbs->rows) {
    const std::string_view kind = row[1];
    const std::string form = Fold(row[0]);
    if (const uint8_t flag = FlagOf(kind); flag != 0) {
      flags_[form] |= flag;
      continue;
    }
    Entry e;
    if (kind == "verb") e.kind = CueKind::kVerb;
    else if (kind == "after") e.kind = CueKind::kAfter;
    else if (kind == "before") e.kind = CueKind::kBefore;
    else if (kind == "noun") e.kind = CueKind::kNoun;
    else if (kind == "label") e.kind = CueKind::kLabel;
    else if (kind == "work") e.kind = CueKind::kLabel, e.work = true;
    else return verbs->Error(row, fmt::format("unknown kind \"{}\"", kind));
    std::vector<std::string> words;
    for (std::string_view w : Split(form, ' ')) {
      if (!w.empty()) words.emplace_back(w);
    }
    if (words.empty()) continue;
    e.rest.assign(words.begin() + 1, words.end());
    if (row.size() > 2) e.particle = Fold(row[2]);
    first_filter_.Add(HashString(words[0]));
    first_[words[0]].push_back(std::move(e));
  }
  // Weekdays and months are never an unknown name ("sagte Montag", "said Tuesday"), nor is a
  // place ("sagte Kiew"; a known person's name still wins: "Lloyd Austin").
  for (const TableSchema* schema : {&WeekdaysSchema(), &MonthsSchema()}) {
    absl::StatusOr<Table> days = folder.Load(*schema);
    if (!days.ok()) return days.status();
    const uint8_t flags = schema == &MonthsSchema() ? kTime | kMonth : kTime;
    for (const TableRow& row : days->rows) flags_[Fold(row[0])] |= flags;
  }
  absl::StatusOr<Table> places = folder.Load(PlacesSchema());
  if (!places.ok()) return places.status();
  for (const TableRow& row : places->rows) {
    if (row[0].find(' ') == std::string_view::npos) {
      flags_[Fold(row[0])] |= kPlace;
    }
  }
  for (auto& [w, list] : first_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  }
  return absl::OkStatus();
}

bool SpeechLexicon::MatchAt(Tokens tokens, size_t i, Cue* cue) const {
  auto it = first_.find(Key(tokens[i]));
  if (it == first_.end()) return false;
  for (const Entry& e : it->second) {
    if (i + e.rest.size() >= tokens.size() + (e.rest.empty() ? 1 : 0)) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) ok = tokens[i + 1 + k].folded() == e.rest[k];
    if (!ok) continue;
    if (!e.particle.empty()) {
      ok = false;
      for (size_t k = i + 1 + e.rest.size(); k < tokens.size() && !ok; ++k) {
        ok = tokens[k].folded() == e.particle;
      }
      if (!ok) continue;
    }
    cue->token = static_cast<uint32_t>(i);
    cue->length = static_cast<uint32_t>(1 + e.rest.size());
    cue->kind = e.kind;
    cue->work = e.work;
    return true;
  }
  return false;
}

}  // namespace crosscheck::internal
