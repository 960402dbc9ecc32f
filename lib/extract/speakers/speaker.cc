#include "lib/extract/speakers/speaker.h"

#include <algorithm>

#include "fmt/format.h"
#include "lib/data/embedded.h"
#include "lib/extract/attribution.h"

namespace crosscheck::internal {
namespace {

// How far back pronouns and titles look, in logged mentions; keeps resolution O(1) per use.
constexpr size_t kMaxLookback = 400;
// Lower-case words allowed inside a name ("Ursula von der Leyen").
constexpr std::string_view kParticles[] = {"von", "van", "der", "de", "den", "al", "bin", "da",
                                           "di", "du", "la", "le", "ter", "el", "ibn", "abu", "del"};

bool IsParticle(std::string_view folded) {
  return std::find(std::begin(kParticles), std::end(kParticles), folded) != std::end(kParticles);
}

// "Putins" -> "Putin", "Sullivan's" -> "Sullivan"; empty when no genitive ending.
std::string_view StripGenitive(std::string_view w) {
  for (std::string_view e : {"'s", "\xE2\x80\x99s", "s", "'"}) {
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) {
      return w.substr(0, w.size() - e.size());
    }
  }
  return {};
}

std::string LastWordKey(std::string_view name) {
  std::string key = NameSkeleton(name);
  const size_t space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

}  // namespace

SpeechLexicon::SpeechLexicon(std::string_view lang) {
  for (const auto& row : TableRows(fmt::format("{}/speech_verbs.tsv", lang))) {
    if (row.size() < 2) continue;
    const std::string_view kind = row[1];
    const std::string form = Fold(row[0]);
    const uint8_t flag = kind == "pronoun_m" ? kMale
                         : kind == "pronoun_f" ? kFemale
                         : kind == "det"       ? kDeterminer
                         : kind == "stop"      ? kStop
                         : kind == "adverb"    ? kAdverb
                                               : 0;
    if (flag != 0) {
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
    else continue;
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
  for (const char* table : {"weekdays", "months"}) {
    for (const auto& row : TableRows(fmt::format("{}/{}.tsv", lang, table))) {
      if (!row.empty() && !row[0].empty()) flags_[Fold(row[0])] |= kTime;
    }
  }
  for (const auto& row : TableRows(fmt::format("{}/places.tsv", lang))) {
    if (!row.empty() && !row[0].empty() && row[0].find(' ') == std::string_view::npos) {
      flags_[Fold(row[0])] |= kPlace;
    }
  }
  for (auto& [w, list] : first_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  }
}

bool SpeechLexicon::Match(const std::vector<Token>& tokens, size_t i, Cue* cue) const {
  if (tokens[i].kind != TokenKind::kWord || !first_filter_.MayContain(tokens[i].hash)) return false;
  auto it = first_.find(Key(tokens[i]));
  if (it == first_.end()) return false;
  for (const Entry& e : it->second) {
    if (i + e.rest.size() >= tokens.size() + (e.rest.empty() ? 1 : 0)) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) ok = tokens[i + 1 + k].folded == e.rest[k];
    if (!ok) continue;
    if (!e.particle.empty()) {
      ok = false;
      for (size_t k = i + 1 + e.rest.size(); k < tokens.size() && !ok; ++k) {
        ok = tokens[k].folded == e.particle;
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

const ArticlePersons::Skeletons& ArticlePersons::SkeletonsOf(const Token& t) const {
  uint32_t& index = skeleton_index.At(t.folded, t.hash);
  if (index == 0) {
    Skeletons& s = skeletons.emplace_back();
    s.plain = NameSkeleton(t.folded);
    const std::string_view stripped = StripGenitive(t.folded);
    if (!stripped.empty()) s.genitive = NameSkeleton(stripped);
    index = static_cast<uint32_t>(skeletons.size());
  }
  return skeletons[index - 1];
}

int ArticlePersons::Register(const PersonDirectory& dir, const std::string& id,
                             std::string_view written) {
  int index;
  if (auto it = by_id.find(id); it != by_id.end()) {
    index = it->second;
  } else {
    index = static_cast<int>(persons.size());
    ArticlePerson p;
    p.id = id;
    if (const PersonInfo* info = dir.ById(id)) {
      p.known_office = info->office;
      p.known_country = info->country;
      p.gender = info->gender;
    }
    persons.push_back(std::move(p));
    by_id.emplace(id, index);
  }
  ArticlePerson& p = persons[index];
  if (written.size() > p.name.size()) p.name = std::string(written);
  by_surname[LastWordKey(written)] = index;
  return index;
}

int ArticlePersons::RegisterUnnamed(std::string_view head, std::string_view written) {
  const std::string id = "~" + std::string(head);
  if (auto it = by_id.find(id); it != by_id.end()) return it->second;
  const int index = static_cast<int>(persons.size());
  ArticlePerson p;
  p.id = id;
  p.name = std::string(written);
  p.role_key = std::string(head);
  p.unnamed = true;
  persons.push_back(std::move(p));
  by_id.emplace(id, index);
  return index;
}

namespace {

// Where a backward search for entries before `pos` starts: at the end while the list is being
// built (only the current sentence lies beyond `pos`, and the caller skips it within its
// look-back bound), by binary search once the list is sorted.
using PosList = std::vector<std::pair<uint32_t, int>>;
PosList::const_reverse_iterator LastBefore(const PosList& list, uint32_t pos, bool sorted) {
  if (!sorted) return list.rbegin();
  auto at = std::lower_bound(list.begin(), list.end(), pos,
                             [](const std::pair<uint32_t, int>& e, uint32_t p) { return e.first < p; });
  return PosList::const_reverse_iterator(at);
}

}  // namespace

void ArticlePersons::SortByPosition() {
  auto by_pos = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(mentions.begin(), mentions.end(), by_pos);
  std::stable_sort(speakers.begin(), speakers.end(), by_pos);
  sorted = true;
}

int ArticlePersons::ResolveTitle(std::string_view office, std::string_view jurisdiction,
                                 uint32_t pos) const {
  size_t seen = 0;
  for (auto it = LastBefore(mentions, pos, sorted); it != mentions.rend() && seen < kMaxLookback;
       ++it, ++seen) {
    if (it->first >= pos) continue;
    const ArticlePerson& p = persons[it->second];
    const std::string& held = p.office.empty() ? p.known_office : p.office;
    const std::string& country = p.jurisdiction.empty() ? p.known_country : p.jurisdiction;
    if (!RoleLexicon::OfficeCovers(office, held)) continue;
    if (!jurisdiction.empty() && !country.empty() && jurisdiction != country) continue;
    return it->second;
  }
  return -1;
}

int ArticlePersons::ResolvePronoun(char gender, uint32_t pos, uint32_t window_begin) const {
  auto fits = [&](int person) {
    const char g = persons[person].gender;
    return g == '?' || gender == 0 || g == gender;
  };
  size_t seen = 0;
  for (auto it = LastBefore(speakers, pos, sorted); it != speakers.rend() && seen < kMaxLookback;
       ++it, ++seen) {
    if (it->first >= pos) continue;
    if (it->first < window_begin) break;
    if (fits(it->second)) return it->second;
  }
  seen = 0;
  for (auto it = LastBefore(mentions, pos, sorted); it != mentions.rend() && seen < kMaxLookback;
       ++it, ++seen) {
    if (it->first < pos && fits(it->second)) return it->second;
  }
  return -1;
}

bool MentionFinder::NameWord(const Token& t) const {
  return t.kind == TokenKind::kWord && t.upper &&
         (speech_.Flags(t) & ~(SpeechLexicon::kTime | SpeechLexicon::kPlace)) == 0;
}

size_t MentionFinder::InitialsAt(const std::vector<Token>& tokens, size_t k) const {
  size_t len = 0;
  while (k + len + 1 < tokens.size() && tokens[k + len].kind == TokenKind::kWord &&
         tokens[k + len].upper && tokens[k + len].folded.size() == 1 &&
         tokens[k + len + 1].folded == "." && len < 6) {
    len += 2;
  }
  return len;
}

namespace {

// English words that end a descriptive phrase ("a strategist who spoke", "the senator from").
bool EndsEnglishPhrase(std::string_view w) {
  static constexpr std::string_view kEnd[] = {
      "who", "that", "which", "whose", "and", "or", "but", "of", "in", "on", "at", "to", "for",
      "with", "from", "by", "as", "after", "before", "during", "when", "while", "told", "said",
      "says", "is", "was", "has", "had", "have", "will", "would", "said", "says", "added"};
  return std::find(std::begin(kEnd), std::end(kEnd), w) != std::end(kEnd);
}

}  // namespace

size_t MentionFinder::UnnamedAt(const std::vector<Token>& tokens, size_t i,
                                const std::vector<uint8_t>& skip, bool german,
                                size_t* head, size_t end) const {
  const size_t n = std::min(tokens.size(), end);
  if (i >= n || skip[i] || !(speech_.Flags(tokens[i]) & SpeechLexicon::kDeterminer)) return 0;
  size_t k = i + 1;
  if (german) {
    // "einer der Ältesten", "eine der Frauen": the noun after the partitive article.
    const std::string_view first = tokens[i].folded;
    if ((first == "einer" || first == "eine" || first == "eines") && k < n && !skip[k] &&
        (tokens[k].folded == "der" || tokens[k].folded == "des")) {
      ++k;
    }
    // Inflected adjectives, maybe in a list, then the capitalised noun ("der alte Mann", "die
    // Alte", "eine laute, heisere Stimme").
    auto adjective = [&](size_t a) {
      return a < n && !skip[a] && tokens[a].kind == TokenKind::kWord && !tokens[a].upper &&
             HasGermanAdjectiveEnding(tokens[a].folded);
    };
    while (k < n && k < i + 6 &&
           (adjective(k) || (k > i + 1 && tokens[k].folded == "," && adjective(k + 1)))) {
      ++k;
    }
    if (k < n && !skip[k] && tokens[k].kind == TokenKind::kWord && tokens[k].upper &&
        speech_.Flags(tokens[k]) == 0) {
      *head = k;
      // A genitive complement belongs to the phrase ("der Bruder des Grafen").
      size_t g = k + 1;
      if (g + 1 < n && !skip[g] && (tokens[g].folded == "des" || tokens[g].folded == "der")) {
        ++g;
        while (g < n && g < k + 5 && !skip[g] && tokens[g].kind == TokenKind::kWord &&
               !tokens[g].upper && HasGermanAdjectiveEnding(tokens[g].folded)) {
          ++g;
        }
        if (g < n && !skip[g] && tokens[g].kind == TokenKind::kWord && tokens[g].upper &&
            speech_.Flags(tokens[g]) == 0) {
          return g + 1 - i;
        }
      }
      return k + 1 - i;
    }
    // "sagte ein anderer.": the adjective stands for the noun (not in a list of adjectives,
    // "eine unangenehme, brummige Stimme").
    if (k > i + 1 && (k >= n || (tokens[k].kind == TokenKind::kPunct && tokens[k].folded != ","))) {
      *head = k - 1;
      return k - i;
    }
    return 0;
  }
  while (k < n && k < i + 5 && !skip[k] && tokens[k].kind == TokenKind::kWord &&
         !EndsEnglishPhrase(tokens[k].folded) &&
         (speech_.Flags(tokens[k]) & ~SpeechLexicon::kPlace) == 0) {
    ++k;
  }
  // Places may describe the speaker ("an Iowa Democrat") but are not one ("the Ukraine").
  if (k == i + 1 || (speech_.Flags(tokens[k - 1]) & SpeechLexicon::kPlace)) return 0;
  *head = k - 1;
  return k - i;
}

size_t MentionFinder::NameAt(const std::vector<Token>& tokens, size_t i,
                             const std::vector<uint8_t>& skip, const ArticlePersons& art,
                             int unknown, std::string* id, bool* genitive) const {
  const size_t n = tokens.size();
  if (i >= n || skip[i] || !NameWord(tokens[i])) return 0;
  *genitive = false;
  auto is_name_word = [&](size_t k) {
    return k < n && !skip[k] && NameWord(tokens[k]) && tokens[k].space_before &&
           roles_.Entity(tokens, k).length == 0 && roles_.Match(tokens, k).length == 0;
  };
  auto text_of = [&](size_t b, size_t e) {
    std::string s;
    for (size_t k = b; k < e; ++k) {
      if (!s.empty()) s += ' ';
      s += tokens[k].folded;
    }
    return s;
  };
  const ArticlePersons::Skeletons& sk = art.SkeletonsOf(tokens[i]);
  const std::string& first = sk.plain;
  const std::string& first_gen = sk.genitive;
  // Known aliases, longest first: "Wolodymyr Selenskyj", "Blinken", "Putins".
  if (dir_.StartsAlias(first) || (!first_gen.empty() && dir_.StartsAlias(first_gen))) {
    size_t max_len = 1;
    while (max_len < 3 && i + max_len < n && !skip[i + max_len] && NameWord(tokens[i + max_len])) {
      ++max_len;
    }
    for (size_t len = max_len; len >= 1; --len) {
      std::string text = text_of(i, i + len);
      if (const PersonInfo* p = dir_.Lookup(text)) {
        *id = p->id;
        return len;
      }
      const std::string_view g = StripGenitive(tokens[i + len - 1].folded);
      if (!g.empty()) {
        text = text_of(i, i + len - 1);
        if (!text.empty()) text += ' ';
        text += g;
        if (const PersonInfo* p = dir_.Lookup(text)) {
          *id = p->id;
          *genitive = true;
          return len;
        }
      }
    }
  }
  // A surname written in full earlier in this article.
  if (auto it = art.by_surname.find(first); it != art.by_surname.end()) {
    *id = art.persons[it->second].id;
    return 1;
  }
  if (!first_gen.empty()) {
    if (auto it = art.by_surname.find(first_gen); it != art.by_surname.end()) {
      *id = art.persons[it->second].id;
      *genitive = true;
      return 1;
    }
  }
  // Given name, optional initials, particles and middle names, surname.
  if (dir_.IsGivenKey(first)) {
    size_t k = i + 1 + InitialsAt(tokens, i + 1);
    while (k < n && k < i + 8 && !skip[k] && IsParticle(tokens[k].folded)) ++k;
    if (is_name_word(k)) {
      while (k + 1 < n && dir_.IsGivenKey(art.SkeletonsOf(tokens[k]).plain) && is_name_word(k + 1)) {
        ++k;  // "John Fitzgerald Kennedy"
      }
      *id = dir_.Canonical(text_of(i, k + 1));
      return k + 1 - i;
    }
  }
  if (unknown <= 0 || roles_.Entity(tokens, i).length > 0 || roles_.Match(tokens, i).length > 0) {
    return 0;
  }
  if (speech_.Flags(tokens[i]) & (SpeechLexicon::kTime | SpeechLexicon::kPlace)) return 0;
  if (!first_gen.empty() && (speech_.FlagsOf(StripGenitive(tokens[i].folded)) & SpeechLexicon::kTime)) {
    return 0;  // "said Tuesday's guest".
  }
  // "sagte Ökonom Thomas Berger": a known given name after an unknown word starts the name.
  if (unknown > 1 && i + 1 < n && !skip[i + 1] && NameWord(tokens[i + 1]) &&
      dir_.IsGivenKey(art.SkeletonsOf(tokens[i + 1]).plain)) {
    return 0;
  }
  // Capitalised words with initials and particles between ("Anna K. Lowe", "Hassan
  // al-Amiri", "Ursula von der Leyen"); `unknown` counts the capitalised words.
  size_t len = 1;
  for (int words = 1; words < unknown;) {
    size_t k = i + len + InitialsAt(tokens, i + len);
    size_t p = k;
    // "der"/"den" only after "von"/"van" ("sagte Weber der Zeitung" is no name).
    while (p < n && p < k + 3 && !skip[p] && IsParticle(tokens[p].folded) &&
           (p > k || (tokens[p].folded != "der" && tokens[p].folded != "den"))) {
      ++p;
    }
    if (is_name_word(p) || (p < n && !skip[p] && tokens[p].hyphen && !tokens[p].upper &&
                            IsParticle(tokens[p].folded.substr(0, tokens[p].folded.find('-'))))) {
      if (speech_.Flags(tokens[p]) & SpeechLexicon::kTime) break;
      len = p + 1 - i;
      ++words;
      continue;
    }
    break;
  }
  // A lone word next to a cue is a surname only when no name follows ("sagte Ökonom Tim Ruf").
  if (unknown == 1 && i + 1 < n && NameWord(tokens[i + 1]) && tokens[i + 1].space_before) return 0;
  std::string text = text_of(i, i + len);
  const std::string_view g = StripGenitive(tokens[i + len - 1].folded);
  if (!g.empty() && g.size() + 2 < tokens[i + len - 1].folded.size()) {  // Only "'s" forms.
    text = text_of(i, i + len - 1) + (len > 1 ? " " : "") + std::string(g);
    *genitive = true;
  }
  *id = dir_.Canonical(text);
  return id->empty() ? 0 : len;
}

}  // namespace crosscheck::internal
