// The sieves that find a speech cue for a quotation, the one that reads its speaker off the
// cue, the one for titles of works, and the order all of them run in.
#include "lib/extract/quotes/sieves.h"

#include <algorithm>

#include "lib/extract/speakers/given_name.h"
#include "lib/extract/speakers/subjects.h"

namespace crosscheck::internal {
namespace {

// Where a reply to a closed quotation starts ("„…“, sagte Kirby"): the first token after the
// closing mark past up to two marks of punctuation, in the quotation's last sentence or, when
// the quotation's own full stop ended it, in the next sentence of the paragraph (`*next`).
size_t ReplyStart(const QuoteSite& q, size_t* sentence, bool* next) {
  const auto& sents = q.ctx.sentences;
  Tokens t1 = q.t1();
  size_t i = TokenAt(t1, q.last_q().outer.end);
  // Not when a colon introduced it ("Sagte das Weib: »…« Der Graf bat"), unless a lower-case
  // word goes on after it, which opens no sentence ("beginnen: »Wie?« fragte der Wirt").
  // (Any earlier cue in its sentence was measured too: German fiction F1 65.3 -> 63.9.)
  // Nor when a word of its clause stands right before it: "X called Y “…”. Z said" is Z's own
  // cue.
  const bool after_word = q.prev >= 0 && IsWordish(q.t0()[q.prev]);
  *next = i >= t1.size() && !after_word && q.s1 + 1 < sents.size() &&
          sents[q.s1 + 1].sentence.paragraph == sents[q.s1].sentence.paragraph &&
          (!q.colon || (!sents[q.s1 + 1].tokens.empty() &&
                        sents[q.s1 + 1].tokens[0].kind == TokenKind::kWord &&
                        !sents[q.s1 + 1].tokens[0].upper));
  *sentence = q.s1;
  if (*next) {
    *sentence = q.s1 + 1;
    i = 0;
  }
  Tokens ta = sents[*sentence].tokens;
  for (int n = 0; n < 2 && i < ta.size() && !IsWordish(ta[i]) && ta[i].folded() != "." &&
                  ta[i].folded() != "!" && ta[i].folded() != "?" && ta[i].folded() != "(";
       ++n) {
    ++i;
  }
  return i;
}

// Whether cue `c` in the reply at token i reports the quotation: it stands right there, or
// its subject does ("he said", "Kirby zufolge").
bool ReportsQuote(const Mention* at_i, Tokens ta, const Cue& c, size_t i,
                  bool next, const SpeakerWords& words) {
  const bool hit = (c.token == i && c.kind != CueKind::kBefore) ||
                   (at_i != nullptr && at_i->te == c.before());
  if (!hit) return false;
  // In the next sentence only a cue that reports the quotation, not a new statement.
  if (!next) return true;
  const size_t after = c.token + c.length;
  return c.kind == CueKind::kVerb && (c.token != i || !ta[i].upper) &&
         (after >= ta.size() || !IntroducesClause(ta[after], words));
}

}  // namespace

// 1. A cue right after the closing mark: "„…“, sagte Kirby", "'…,' he said", also when
// the quotation's own full stop ended the sentence ("»Gut!« erwiderte der Knabe.",
// "“…” Priebus said.").
bool CueAfterQuote(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  if (!q.last_q().closed) return false;
  size_t sa = q.s1;
  bool next = false;
  const size_t i = ReplyStart(q, &sa, &next);
  Tokens ta = q.ctx.sentences[sa].tokens;
  const SentenceSpeech& info = q.info[sa];
  // Cues and mentions are in token order: only cues from the reply's start on, up to the
  // farthest reach below, can report the quotation (a sentence of a thousand quotations and
  // cues stays linear).
  constexpr size_t kReach = 16;
  auto m_at = std::partition_point(info.mentions.begin(), info.mentions.end(),
                                   [&](const Mention& m) { return m.tb < i; });
  const Mention* at_i = m_at != info.mentions.end() && m_at->tb == i ? &*m_at : nullptr;
  const size_t last = std::max<size_t>(i + kReach, at_i != nullptr ? at_i->te : 0);
  auto from = std::partition_point(info.cues.begin(), info.cues.end(),
                                   [&](const Cue& c) { return c.token < i; });
  for (auto it = from; it != info.cues.end() && it->token <= last; ++it) {
    const Cue& c = *it;
    if (c.kind != CueKind::kVerb && c.kind != CueKind::kAfter && c.kind != CueKind::kBefore) continue;
    if (ReportsQuote(at_i, ta, c, i, next, q.finder.words())) {
      v.cue = &c;
      v.cue_sentence = sa;
      return true;
    }
    // "„…“, a senior diplomat said": a speaker this text does not name.
    // Not after a conjunction: "“…” and said" goes on with the clause's own subject.
    bool plain = !next && c.kind == CueKind::kVerb && c.token > i && c.token <= i + 6 &&
                 !q.finder.words().Is(ta[i], WordClass::kNotReplyVerb);
    for (uint32_t k = static_cast<uint32_t>(i); plain && k < c.token; ++k) {
      plain = IsWordish(ta[k]) && !info.skip[k];
    }
    // "“…” a NY1 representative said", "“…” screenwriter Cole Haddon wrote": the words
    // before the verb end in a mention of its subject.
    if (plain && c.mention >= 0 && info.mentions[c.mention].te == c.before()) {
      v.cue = &c;
      v.cue_sentence = sa;
      return true;
    }
    if (plain) {
      v.unnamed = true;
      return true;
    }
    // "“…” Jenna Golden, Twitter’s director of advertising, said": a name, its
    // apposition, then the verb.
    if (!next && c.kind == CueKind::kVerb && c.token <= i + kReach && i + 1 < ta.size() &&
        at_i != nullptr) {
      const Mention& m = *at_i;
      if (m.kind == MentionKind::kName && m.te < c.token && ta[m.te].folded() == "," &&
          ta[c.token - 1].folded() == ",") {
        v.apposed = &m;
        v.cue = &c;
        v.cue_sentence = sa;
        return true;
      }
    }
  }
  return false;
}

namespace {

// Whether cue `c`, earlier in the quotation's sentence, reports an earlier turn of a dialogue
// rather than this quotation: another quotation stands between them and this one follows it
// with no colon ("»…«, meinte Marie, »…« – »…«"), or the cue follows a quotation and a dash
// opens the next turn ("»I«, antwortete der Engländer. – »…«").
bool ReportsEarlierTurn(const QuoteSite& q, const Cue& c) {
  Tokens t0 = q.t0();
  std::span<const uint8_t> skip = q.info[q.s0].skip;
  bool quoted = false, words_after = false, dash = false;
  for (size_t k = c.token + c.length; k < q.open; ++k) {
    if (skip[k]) {
      quoted = true;
      words_after = false;
    } else if (t0[k].folded() == ":") {
      return false;
    } else {
      words_after = words_after || IsWordish(t0[k]);
      dash = dash || IsAnyDash(t0[k]);
    }
  }
  return (quoted && !words_after) || (dash && AfterQuote(t0, c.token));
}

}  // namespace

// Whether the quotation's first word is in lower case: it goes on with the sentence.
bool LowerCaseStart(const QuoteSite& q) {
  Tokens t0 = q.t0();
  const size_t first = TokenAt(t0, q.first_q().inner.begin);
  return first < t0.size() && t0[first].kind == TokenKind::kWord && !t0[first].upper;
}

// 2. A colon introduction or a cue earlier in the sentence.
bool CueBeforeQuote(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  if (v.cue != nullptr || v.unnamed) return false;
  for (const Cue& c : q.info[q.s0].cues) {
    if (c.token >= q.open) break;
    if (ReportsEarlierTurn(q, c)) continue;
    if (c.kind == CueKind::kLabel) {
      // Right before the quotation, or but for a mark ("the film, “…”"); a word between
      // makes it a clause of its own ("said the program was “…”").
      const size_t after = c.token + c.length;
      v.label_cue = after >= q.open || (after + 1 == q.open && !IsWordish(q.t0()[after]));
      v.work_cue = v.label_cue && c.work;
      continue;
    }
    if (c.kind == CueKind::kNoun && c.token + c.length + 2 < q.open) continue;
    // "denounced Trump's remarks as “hurtful”", "Trump's comments “are baseless”": words going
    // on in lower case describe the remarks; they are not the remarks. Where every noun is
    // capitalised, a quotation right after the noun is its apposition ("Putins Erklärung
    // „unsere Angelegenheit“").
    if (c.kind == CueKind::kNoun && !q.colon && LowerCaseStart(q) &&
        (!q.finder.grammar().capitalised_nouns || c.token + c.length < q.open)) {
      continue;
    }
    if (c.mention < 0 && c.kind != CueKind::kVerb) continue;
    v.cue = &c;
  }
  return v.cue != nullptr || v.label_cue;
}

// 3. Reported speech with the cue further on: "Das Bündnis habe eine „…“ gezogen, sagte X."
bool CueLaterInSentence(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  if (v.cue != nullptr || v.label_cue || v.unnamed) return false;
  Tokens t1 = q.t1();
  std::span<const uint8_t> skip = q.info[q.s1].skip;
  // A cue past another turn of a dialogue reports that one ("»…« – »…«, sagte Marie"): a
  // quotation that follows this one with no word between them.
  size_t next_turn = TokenAt(t1, q.last_q().outer.end);
  while (next_turn < t1.size() && !skip[next_turn] && !IsWordish(t1[next_turn])) ++next_turn;
  if (next_turn < t1.size() && !skip[next_turn]) next_turn = t1.size();
  for (const Cue& c : q.info[q.s1].cues) {
    if (c.token > next_turn) break;
    if (c.kind == CueKind::kVerb && c.person >= 0 &&
        t1[c.token].span.begin >= q.last_q().outer.end) {
      v.cue = &c;
      v.cue_sentence = q.s1;
      return true;
    }
  }
  return false;
}

namespace {

// No subject in the cue's sentence at all ("Und fügte hinzu: „…“"): the current speaker.
int EllipticSpeaker(const QuoteSite& q, const ArticlePersons& art, const Verdict& v) {
  const auto& ct = q.ctx.sentences[v.cue_sentence].tokens;
  const SentenceSpeech& info = q.info[v.cue_sentence];
  for (uint32_t i = 0; i < v.cue->token; ++i) {
    if (!info.skip[i] && ct[i].upper && i > 0) return -1;
  }
  // "Sprechchöre riefen:": the sentence's first word, no small word, is the verb's subject.
  if (v.cue->token == 1 && !info.skip[0] && ct[0].kind == TokenKind::kWord &&
      q.finder.speech().Flags(ct[0]) == 0) {
    return -1;
  }
  return art.ResolvePronoun(
      0, ct[v.cue->token].span.begin,
      WindowBegin(q.ctx.seg->paragraphs, q.ctx.sentences[v.cue_sentence].sentence.paragraph));
}

// An interrupted quotation: "„…“, sagte X, „…“" continues direct speech.
bool Interrupted(const QuoteSite& q, const Verdict& v) {
  const Cue& cue = *v.cue;
  if (q.clause_initial || v.cue_sentence != q.s0 || cue.token == 0 || cue.token >= q.open) {
    return false;
  }
  const SentenceSpeech& info = q.info[q.s0];
  Tokens t0 = q.t0();
  const Mention* sm = v.a.mention >= 0 ? &info.mentions[v.a.mention] : nullptr;
  int k = static_cast<int>(cue.token) - 1;
  while (k >= 0 && !info.skip[k] &&
         (!IsWordish(t0[k]) || (sm != nullptr && k >= static_cast<int>(sm->tb) &&
                                k < static_cast<int>(sm->te)))) {
    --k;
  }
  bool interrupted = k >= 0 && info.skip[k];
  for (size_t i = cue.token + cue.length; interrupted && i < q.open; ++i) {
    const bool in_subject = sm != nullptr && i >= sm->tb && i < sm->te;
    interrupted = !IsWordish(t0[i]) || in_subject;
  }
  return interrupted;
}

}  // namespace

// The speaker a found cue names, and the quotation's form: direct when it opens its clause,
// follows a colon or a comma after the verb, or is interrupted by the cue; else a fragment.
bool SpeakerOfCue(const QuoteSite& q, ArticlePersons& art, Verdict& v) {
  if (v.cue == nullptr) return false;
  const Cue& cue = *v.cue;
  Attribution& a = v.a;
  a.person = cue.person;
  a.mention = cue.mention;
  if (v.apposed != nullptr) {
    a.person = v.apposed->person;
    a.mention = static_cast<int>(v.apposed - q.info[v.cue_sentence].mentions.data());
  }
  a.mention_sentence = static_cast<uint32_t>(v.cue_sentence);
  // (Not when the cue has a subject that resolved to nobody: "Dann sprach er:" after a woman.)
  if (a.person < 0 && cue.kind == CueKind::kVerb && cue.mention < 0) {
    a.person = EllipticSpeaker(q, art, v);
  }
  const bool interrupted = Interrupted(q, v);
  // "said, “…”": a comma right after the verb introduces direct speech like a colon.
  const bool comma_intro = v.cue_sentence == q.s0 && q.prev >= 1 && q.t0()[q.prev].folded() == "," &&
                           cue.token + cue.length == static_cast<uint32_t>(q.prev);
  const bool direct = q.clause_initial || q.colon || interrupted || comma_intro;
  a.form = v.label_cue ? QuoteForm::kLabel : direct ? QuoteForm::kDirect : QuoteForm::kFragment;
  const bool named = a.mention >= 0 &&
                     q.info[v.cue_sentence].mentions[a.mention].kind == MentionKind::kName;
  a.confidence = !direct ? kFragmentConfidence : named ? kNamedConfidence : kReferredConfidence;
  return false;  // Reads the cue another sieve found.
}

// "Kirby: „…“".
bool ColonName(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  if (v.cue != nullptr || !q.colon || q.prev < 1) return false;
  bool found = false;
  const std::vector<Mention>& ms = q.info[q.s0].mentions;
  Tokens t0 = q.t0();
  for (const Mention& m : ms) {
    // "delivered a blunt message to Trump:": a name after a word of its clause is an object,
    // unless the subject follows its verb ("sprach der Wirt:").
    const bool opens = m.tb == 0 || q.info[q.s0].skip[m.tb - 1] || !IsWordish(t0[m.tb - 1]) ||
                       q.finder.grammar().verb_second;
    if (m.te == static_cast<uint32_t>(q.prev) && m.kind != MentionKind::kPronoun && opens) {
      v.a.person = m.person;
      v.a.mention = static_cast<int>(&m - ms.data());
      v.a.mention_sentence = static_cast<uint32_t>(q.s0);
      v.a.form = QuoteForm::kDirect;
      v.a.confidence = kNamedConfidence;
      found = true;
    }
  }
  return found;
}

// "Der Doktor fuhr auf: »…«", "Ziepe schimpfte: »…«": the subject of the clause the colon
// ends, its first mention where the clause opens, speaks, unless the clause is built on a
// copula. A pronoun resolves to the current speaker of its gender.
// Also when the cue before the colon found no subject of its own ("Der Alte, der …, rief:").
bool ColonClauseSubject(const QuoteSite& q, ArticlePersons& art, Verdict& v) {
  if ((v.cue != nullptr && v.cue_sentence != q.s0) || v.unnamed || v.a.person >= 0 || !q.colon) {
    return false;
  }
  const std::vector<Mention>& ms = q.info[q.s0].mentions;
  Tokens t0 = q.t0();
  std::span<const uint8_t> skip = q.info[q.s0].skip;
  // "Und die Jüngere warf den Kopf zurück:", "Nun begann der andere …:": the subject that
  // opens the clause in verb-second order, after a conjunction or the verb.
  size_t opening = SIZE_MAX, head = 0;
  if (!q.finder.grammar().subject_by_article ||
      OpeningSubject(t0, skip, static_cast<size_t>(q.prev), q.finder, &opening, &head) == 0) {
    opening = SIZE_MAX;
  }
  // "Da stand Heinrich auf und sagte:": a name after the adverb and verb opening the clause.
  size_t begin = 0;
  while (begin < t0.size() && (skip[begin] || t0[begin].kind == TokenKind::kPunct)) ++begin;
  const size_t inverted = q.finder.grammar().subject_by_article
                              ? AdverbVerbSubject(t0, skip, begin, static_cast<size_t>(q.prev),
                                                  q.finder.lexicon())
                              : SIZE_MAX;
  for (const Mention& m : ms) {
    if (m.tb >= q.open) break;
    const bool opens = m.tb == 0 || skip[m.tb - 1] || m.tb == opening ||
                       (m.tb == inverted && m.kind == MentionKind::kName) ||
                       (t0[m.tb - 1].kind == TokenKind::kPunct && t0[m.tb - 1].folded() != ",");
    if (!opens || m.genitive) continue;
    // "Das Schlimmste sei überstanden: „…“": a clause that describes quotes nobody.
    for (size_t i = m.te; i < q.open; ++i) {
      if (q.finder.words().Is(t0[i], WordClass::kCopula)) return false;
    }
    int person = m.person;
    if (m.kind == MentionKind::kPronoun && person < 0) {
      person = art.ResolvePronoun(
          m.gender, t0[m.tb].span.begin,
          WindowBegin(q.ctx.seg->paragraphs, q.ctx.sentences[q.s0].sentence.paragraph));
    }
    if (person < 0) return false;
    v.a.person = person;
    v.a.mention = m.kind == MentionKind::kPronoun ? -1 : static_cast<int>(&m - ms.data());
    v.a.mention_sentence = static_cast<uint32_t>(q.s0);
    v.a.form = QuoteForm::kDirect;
    v.a.confidence = kReferredConfidence;
    return true;
  }
  // "Norbert hatte so viel Mut gefasst, dass er antwortete:": a given name alone opening it
  // (after an auxiliary too: a person, unlike "Das Schlimmste sei überstanden:"), in a short
  // sentence with no semicolon (where "Georg …; andere fanden:" is another clause's).
  constexpr size_t kClauseWords = 20;
  if (static_cast<size_t>(q.prev) > begin + kClauseWords) return false;
  for (size_t i = begin; i < static_cast<size_t>(q.prev); ++i) {
    if (t0[i].folded() == ";") return false;
  }
  v.a.person = GivenNameSubject(q.ctx.text, t0, skip, begin, static_cast<size_t>(q.prev), q.finder, art);
  if (v.a.person < 0) return false;
  v.a.form = QuoteForm::kDirect;
  v.a.confidence = kReferredConfidence;
  return true;
}

namespace {

// Whether the words of `inner` read as a title: two to eight words, each content word
// capitalised (English: every word but short function words; German: every word but articles
// and prepositions, which leaves nouns and adjectives, since a verb would be lower case).
bool IsTitle(Tokens tokens, Span inner, const SpeakerWords& function_words) {
  size_t words = 0;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), inner.begin,
                             [](const Token& t, uint32_t p) { return t.span.begin < p; });
  for (; it != tokens.end() && it->span.end <= inner.end; ++it) {
    if (it->kind == TokenKind::kPunct) {
      // American style keeps the sentence's comma or full stop inside the closing mark
      // ("on “Meet the Press,” Kirby said"): only a mark that ends `inner` may be one.
      const bool last = it + 1 == tokens.end() || (it + 1)->span.end > inner.end;
      if ((it->folded() == "," && !last) || it->folded() == "!" || it->folded() == "?") return false;
      continue;
    }
    ++words;
    if (it->kind == TokenKind::kNumber || it->upper) continue;
    if (words == 1 || !function_words.Is(*it, WordClass::kTitleFunction)) return false;
  }
  if (tokens.empty() || tokens.back().span.end < inner.end) return false;  // Runs on.
  return words >= 2 && words <= 8;
}

}  // namespace

// "on “Meet the Press”", "im „Hamburger Abendblatt“": a name in title case that no cue
// introduces is a label of a work, paper or programme, spoken by nobody; so is a quotation
// after a label word ("die Sendung „…“", "the ship “…”").
// Where every noun is capitalised, a title also needs an article or preposition right
// before it ("im „Hamburger Abendblatt“", not "mehr „Tempo und Entschlossenheit“").
bool WorkTitle(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  Tokens t0 = q.t0();
  const SpeakerWords& words = q.finder.words();
  const bool title_slot =
      !q.finder.grammar().capitalised_nouns ||
      (q.prev >= 0 && q.prev + 1 == static_cast<int>(q.open) &&
       words.Is(t0[q.prev], WordClass::kTitleSlot));
  if (v.work_cue || (v.a.form != QuoteForm::kDirect && q.k == q.last && title_slot &&
                     IsTitle(t0, q.first_q().inner, words))) {
    v.a = Attribution{};
    return true;
  }
  return false;
}

Attribution AttributeQuote(const QuoteSite& site, ArticlePersons& art,
                           std::span<const QuoteSieve> sieves, std::string_view* rule) {
  Verdict v;
  v.cue_sentence = site.s0;
  std::string_view decided;
  for (const QuoteSieve& sieve : sieves) {
    if (sieve.run(site, art, v)) decided = sieve.name;
  }
  if (rule != nullptr) *rule = decided;
  return v.a;
}

namespace {

constexpr QuoteSieve kSieves[] = {
    {"cue_after_quote", CueAfterQuote},
    {"cue_before_quote", CueBeforeQuote},
    {"cue_later_in_sentence", CueLaterInSentence},
    {"speaker_of_cue", SpeakerOfCue},
    {"colon_name", ColonName},
    {"colon_clause_subject", ColonClauseSubject},
    {"colon_sentence_before", ColonSentenceBefore},
    {"inserted_speaker", InsertedSpeaker},
    {"unnamed_speaker", UnnamedSpeaker},
    {"dialogue_turn", DialogueTurn},
    {"standalone_speaker", StandaloneSpeaker},
    {"label_after_name", LabelAfterName},
    {"work_title", WorkTitle},
};

}  // namespace

std::span<const QuoteSieve> QuoteSieves() { return kSieves; }

}  // namespace crosscheck::internal
