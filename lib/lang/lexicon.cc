#include "lib/lang/lexicon.h"

#include "lib/extract/numbers/forms.h"
#include "lib/extract/numbers/number_words.h"
#include "lib/extract/speakers/lexicon.h"
#include "lib/lang/pack.h"

namespace crosscheck::internal {

const LexEntry WordLexicon::kNone{};

LexEntry& WordLexicon::Add(std::string_view folded) {
  const uint64_t hash = HashString(folded);
  if (const LexEntry* e = Find(folded, hash)) return const_cast<LexEntry&>(*e);
  if ((entries_.size() + 1) * 4 > slots_.size()) Grow();
  keys_.emplace_back(folded);
  entries_.emplace_back();
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].entry != 0) i = (i + 1) & mask;
  slots_[i] = {static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(entries_.size())};
  return entries_.back();
}

void WordLexicon::Grow() {
  // The slots keep half the hash only: place the words anew from their keys.
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (size_t k = 0; k < keys_.size(); ++k) {
    const uint64_t hash = HashString(keys_[k]);
    size_t i = hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = {static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(k + 1)};
  }
}

namespace {

// Adds the first words of `t` as class `c` and tells the table.
void AddPhrases(WordLexicon& lex, PhraseTable& t, LexClass c) {
  t.ForEachFirstWord([&](std::string_view w) { lex.Add(w).classes |= uint64_t{1} << c; });
  t.SetLexClass(c);
}

void AddRoles(WordLexicon& lex, RoleTable& t, LexClass c, LexRoleSlot slot) {
  t.ForEachFirstWord([&](std::string_view w) { lex.Add(w).classes |= uint64_t{1} << c; });
  t.SetLex(c, slot);
}

// SkipPlainWords' (numbers/find.cc) tests of a tagged word, each answered by the word's entry
// and its bytes: no role "several" of a form it begins, no half, not digit-led, no vague
// form's first word or stem, and no number word's beginning.
bool PlainForNumbers(const NumberWords& n, std::string_view w, const LexEntry& e) {
  const int slot = n.roles.lex_slot();
  if (slot < 0 || ((e.lead_roles[slot] >> kSeveral) & 1) || ((e.roles[slot] >> kHalf) & 1)) {
    return false;
  }
  const PhraseTable::Gate vague = n.vague.Gated();
  if (DigitLed(w) || (e.classes & vague.lex_mask) != 0 || vague.MayBeStem(w)) return false;
  return !n.MayBeNumberWord(w) || e.Is(kLexNoNumber);
}

// NextMentionWord's (speakers/mentions.cc) tests of a word written in lower case without a
// hyphen: no speech flags, no title's first word (MayStartTitle), and no jurisdiction may
// start at it (MayStartJurisdiction: one letter, a bare dotted form, the entities' first
// words and stems). Asked after the speech flags and both tables' classes are set.
bool PlainForMentions(RoleLexicon& roles, std::string_view w, const LexEntry& e) {
  if (e.speech_flags != 0 || e.Is(kLexTitle)) return false;
  const PhraseTable::Gate entities = roles.entities().Gated();
  return w.size() != 1 && !roles.dotted_bare() && !e.Is(kLexTitleEntity) &&
         !entities.MayBeStem(w);
}

}  // namespace

void CompileLexicon(LanguagePack& pack) {
  WordLexicon& lex = pack.lexicon;
  NumberWords& n = pack.numbers;
  AddPhrases(lex, n.scales, kLexScale);
  AddPhrases(lex, n.hedges, kLexHedge);
  AddPhrases(lex, n.vague, kLexVague);
  AddPhrases(lex, pack.money.currencies, kLexCurrency);
  AddPhrases(lex, pack.money.purposes, kLexPurpose);
  DateWords& d = pack.dates;
  AddPhrases(lex, d.months, kLexMonth);
  AddPhrases(lex, d.weekdays, kLexWeekday);
  AddPhrases(lex, d.relative_days, kLexRelativeDay);
  AddPhrases(lex, d.events, kLexDateEvent);
  d.start_words.ForEachKey(
      [&](std::string_view w) { lex.Add(w).classes |= uint64_t{1} << kLexDateStart; });
  QuantityWords& q = pack.quantities;
  const std::pair<PhraseTable*, LexClass> quantity_tables[] = {
      {&q.measures, kLexMeasure},       {&q.modifiers, kLexModifier}, {&q.rates, kLexRate},
      {&q.boilerplate, kLexBoilerplate}, {&q.measure_verbs, kLexMeasureVerb},
      {&q.changes, kLexChange},         {&q.places, kLexPlace},       {&q.locatives, kLexLocative},
      {&q.units, kLexUnit},             {&q.properties, kLexProperty}, {&q.parties, kLexParty}};
  for (const auto& [table, c] : quantity_tables) AddPhrases(lex, *table, c);
  AddPhrases(lex, pack.entities, kLexEntity);
  AddPhrases(lex, pack.sources, kLexSource);
  AddPhrases(lex, pack.modality, kLexModality);
  AddPhrases(lex, pack.roles.entities(), kLexTitleEntity);
  pack.roles.ForEachTitleWord(
      [&](std::string_view w) { lex.Add(w).classes |= uint64_t{1} << kLexTitle; });
  pack.roles.SetLexClass(kLexTitle);
  AddRoles(lex, n.roles, kLexNumberRole, kLexNumberRoles);
  AddRoles(lex, d.roles, kLexDateRole, kLexDateRoles);
  AddRoles(lex, q.roles, kLexQuantityRole, kLexQuantityRoles);
  const SpeakerLexicon& sp = *pack.speakers;
  sp.speech.ForEachFlagged([&](std::string_view w) { lex.Add(w); });
  sp.words.ForEachWord([&](std::string_view w) { lex.Add(w); });
  // What each table says of the word alone, asked of the tables themselves.
  lex.ForEach([&](std::string_view w, LexEntry& e) {
    e.roles[kLexNumberRoles] = n.roles.Roles(w);
    e.roles[kLexDateRoles] = d.roles.Roles(w);
    e.roles[kLexQuantityRoles] = q.roles.Roles(w);
    e.lead_roles[kLexNumberRoles] = n.roles.LeadRoles(w);
    e.lead_roles[kLexDateRoles] = d.roles.LeadRoles(w);
    e.lead_roles[kLexQuantityRoles] = q.roles.LeadRoles(w);
    e.speech_flags = sp.speech.FlagsOf(w);
    e.speaker_words = sp.words.Classes(w);
    // Every number table is loaded: NumberWord answers as it will during extraction.
    if (!NumberWord(pack, w)) e.classes |= uint64_t{1} << kLexNoNumber;
    if (!pack.entities.MatchesStem(w)) e.classes |= uint64_t{1} << kLexNoEntityStem;
    if (PlainForNumbers(n, w, e)) e.classes |= uint64_t{1} << kLexPlainNumber;
    const std::vector<std::string>* property = q.properties.Find(w);
    if (property != nullptr && property->size() > 1 && (*property)[1] == "scale") {
      e.classes |= uint64_t{1} << kLexScaleWord;
    }
    const bool digit_first = !w.empty() && w[0] >= '0' && w[0] <= '9';
    if (!digit_first && !e.Is(kLexDateStart) && PossessiveEnding(w) == 0) {
      e.classes |= uint64_t{1} << kLexPlainDate;
    }
    if (PlainForMentions(pack.roles, w, e)) e.classes |= uint64_t{1} << kLexPlainMention;
  });
  pack.entities.SetLexNoStem(kLexNoEntityStem);
}

}  // namespace crosscheck::internal
