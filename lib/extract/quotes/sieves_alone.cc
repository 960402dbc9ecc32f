// The sieves for a quotation no cue reports: a colon, the narrator's insertion, the current
// speaker of a dialogue and the name before a label (titles of works: sieves.cc).
#include <algorithm>

#include "lib/extract/quotes/sieves.h"
#include "lib/extract/speakers/given_name.h"
#include "lib/extract/speakers/subjects.h"

namespace crosscheck::internal {
namespace {

// Bytes between a quotation and the reply to it.
constexpr uint32_t kReplyGap = 200;

// "Frau Thienwiebel fing an zu husten. »Da, nimm doch das Kind!«": a quotation with no cue
// right after a sentence of narrative (no quotation in it) that opens with a person is that
// person's.
// Where the grammar finds subjects by their article, also an article phrase followed by its
// verb ("Die Alte blickte auf. »…«").
int NarrativeSubject(std::string_view text, const std::vector<SentenceTokens>& sents,
                     const std::vector<SentenceSpeech>& info, size_t s0, const MentionFinder& finder,
                     ArticlePersons& art) {
  if (s0 == 0) return -1;
  const SentenceSpeech& prev = info[s0 - 1];
  if (std::find(prev.skip.begin(), prev.skip.end(), 1) != prev.skip.end()) return -1;
  Tokens tokens = sents[s0 - 1].tokens;
  // "Olaf blätterte weiter.", "Schnell beugte sich jetzt Olaf vor.": a given name alone
  // opening the sentence or right after its adverb and verb.
  size_t begin = 0;
  while (begin < tokens.size() && tokens[begin].kind == TokenKind::kPunct) ++begin;
  if (const int p = GivenNameSubject(text, tokens, prev.skip, begin, tokens.size(), finder, art);
      p >= 0) {
    return p;
  }
  // "Frau Thienwiebel fing an zu husten.", "Graf Orlow klemmte …": a title of address or a
  // role and a capitalised word opening the sentence before its verb in lower case.
  if (const size_t at = begin + 1; at + 1 < tokens.size() && !prev.skip[at] &&
                                   tokens[begin].upper && tokens[at].upper &&
                                   tokens[at + 1].kind == TokenKind::kWord && !tokens[at + 1].upper &&
                                   (finder.words().Is(tokens[begin], WordClass::kAddressTitle) ||
                                    finder.lexicon().roles.Match(tokens, begin).length == 1)) {
    std::string id;
    bool genitive = false;
    if (finder.NameAt(tokens, at, prev.skip, art, 1, &id, &genitive) == 1 && !genitive) {
      return art.Register(finder.directory(), id,
                          text.substr(tokens[begin].span.begin, tokens[at].span.end - tokens[begin].span.begin));
    }
  }
  // "Hafenbrack trat ein.": another word the text names so.
  if (const int p = NamedWordSubject(text, sents, s0 - 1, prev.skip, begin, finder, art); p >= 0) {
    return p;
  }
  // "Der große Thienwiebel, der …, sah ihr zu.": the article phrase that opens the sentence
  // before its verb.
  size_t tb = 0, head = 0;
  const size_t len = finder.grammar().subject_by_article
                         ? OpeningSubject(tokens, prev.skip, tokens.size(), finder, &tb, &head)
                         : 0;
  if (!prev.mentions.empty()) {
    const Mention& m = prev.mentions.front();
    if (m.genitive || m.kind == MentionKind::kPronoun) return -1;
    if (m.tb > 1 && (len == 0 || m.tb < tb || m.tb >= tb + len)) return -1;  // "Frau X", "Der Y".
    return m.person;
  }
  if (len == 0) return -1;
  return art.RegisterUnnamed(tokens[head].folded(),
                             text.substr(tokens[tb].span.begin, tokens[tb + len - 1].span.end - tokens[tb].span.begin),
                             ArticleGender(tokens[tb], finder.words()));
}

// The speaker named by a narrator's insertion between dashes inside a quotation ("– sagte
// Matteo –", "– schrie jetzt der Alte –"): a person of the article or an unnamed phrase.
int InsertedSpeakerOf(std::string_view text, const std::vector<SentenceTokens>& sents,
                      const QuoteSpan& q, const MentionFinder& finder, ArticlePersons& art) {
  const SpeechLexicon& speech = finder.speech();
  static constexpr std::string_view kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94", "-"};
  auto is_dash = [](const Token& t) {
    return std::find(std::begin(kDashes), std::end(kDashes), t.folded()) != std::end(kDashes);
  };
  const size_t s = SentenceOf(sents, q.inner.begin);
  Tokens tokens = sents[s].tokens;
  // Inside the quotation on purpose: nothing is skipped. Kept zero across calls, grown only
  // (a sentence may be a whole hostile document: no fresh buffer per quotation).
  static thread_local std::vector<uint8_t> open;
  if (open.size() < tokens.size()) open.resize(tokens.size(), 0);
  for (size_t i = TokenAt(tokens, q.inner.begin); i + 2 < tokens.size() && tokens[i].span.end <= q.inner.end; ++i) {
    Cue cue;
    if (!is_dash(tokens[i]) || !speech.Match(tokens, i + 1, &cue) || cue.kind != CueKind::kVerb) continue;
    const size_t at = SkipAdverbs(tokens, open, i + 1 + cue.length, speech);
    if (at >= tokens.size()) return -1;
    if (auto it = art.by_surname.find(art.SkeletonsOf(tokens[at]).PlainKey());
        tokens[at].upper && it != art.by_surname.end()) {
      return it->second;
    }
    // "– versetzte Matteo –": right after the verb, a capitalised word with no article is a
    // name, though the article has not named the person before.
    std::string id;
    bool genitive = false;
    if (const size_t nl = tokens[at].upper && speech.Flags(tokens[at]) == 0
                              ? finder.NameAt(tokens, at, open, art, 1, &id, &genitive)
                              : 0;
        nl > 0 && !genitive) {
      return art.Register(finder.directory(), id,
                          text.substr(tokens[at].span.begin, tokens[at + nl - 1].span.end - tokens[at].span.begin));
    }
    size_t head = 0;
    const size_t len = finder.UnnamedAt(tokens, at, open, &head);
    if (len == 0) return -1;
    return art.RegisterUnnamed(tokens[head].folded(),
                               text.substr(tokens[at].span.begin, tokens[at + len - 1].span.end - tokens[at].span.begin),
                               ArticleGender(tokens[at], finder.words()));
  }
  return -1;
}

// How far Addressee reads a form of address.
enum class Vocative : uint8_t {
  kKnown,     // Only the article's named persons.
  kLookup,    // Also a vocative registered before (see kRegister).
  kRegister,  // Also a new vocative, registered as an unnamed person.
};

// Calls f(token, vocative, titled) for each word quotation q may address someone by: a capitalised
// word after a comma or at the start, before punctuation ("Eine verkehrte Methode, Amalie!").
// `vocative`: after a comma, no small word or place, and after no other capitalised word
// ("Du hier, Ursel!", "Ja, Mutter.", not "Vorsicht, Geduld?") or interjection ("Nein, ach,
// Gott!"): a form of address even when it names no person of the article. `titled`: after a
// title of address ("Herr Graf", speaker_words address_title). Stops when f returns true.
template <typename F>
void ForEachAddress(const std::vector<SentenceTokens>& sents, const QuoteSpan& q,
                    const MentionFinder& finder, F f) {
  const SpeechLexicon& speech = finder.speech();
  for (size_t s = SentenceOf(sents, q.inner.begin); s < sents.size(); ++s) {
    Tokens tokens = sents[s].tokens;
    if (sents[s].sentence.span.begin >= q.inner.end) break;
    for (size_t i = TokenAt(tokens, q.inner.begin); i < tokens.size() && tokens[i].span.end <= q.inner.end; ++i) {
      if (tokens[i].kind != TokenKind::kWord || !tokens[i].upper) continue;
      const bool after_comma = i > 0 && tokens[i - 1].folded() == ",";
      // "Selbstredend, Herr Graf, …", "Fräulein Pitras, …": a title of address before it.
      const bool titled = i > 0 && finder.words().Is(tokens[i - 1], WordClass::kAddressTitle) &&
                          (tokens[i - 1].span.begin == q.inner.begin ||
                           (i >= 2 && tokens[i - 2].folded() == ","));
      const bool opens = tokens[i].span.begin == q.inner.begin || after_comma || titled;
      const bool closes = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kPunct &&
                          tokens[i + 1].folded() != "-";
      if (!opens || !closes) continue;
      const bool vocative = !titled && after_comma && i >= 2 && speech.Flags(tokens[i]) == 0 &&
                            (!tokens[i - 2].upper || speech.Flags(tokens[i - 2]) != 0) &&
                            !finder.words().Is(tokens[i - 2], WordClass::kInterjection);
      if (f(tokens[i], vocative, titled)) return;
    }
  }
}

// The person quotation q addresses: one of the article's named persons, else (with
// `register_new`) a vocative as an unnamed person with that head (the article's "die Mutter"
// when it has one); -1 when none.
int Addressee(std::string_view text, const std::vector<SentenceTokens>& sents, const QuoteSpan& q,
              ArticlePersons& art, const MentionFinder& finder, bool register_new = false) {
  int found = -1;
  ForEachAddress(sents, q, finder, [&](const Token& t, bool vocative, bool titled) {
    const std::string_view word = text.substr(t.span.begin, t.span.end - t.span.begin);
    auto it = art.by_surname.find(art.SkeletonsOf(t).PlainKey());
    if (it != art.by_surname.end() && !art.persons[it->second].unnamed) {
      found = it->second;
    } else if (const int given = PersonByGivenName(art, word); given >= 0) {
      found = given;
    } else if (titled) {
      // "Herr Graf" is the article's "der Graf", if it has one ("Herr Gott!" is nobody).
      std::string id = "~";
      id += t.folded();
      if (auto u = art.by_id.find(id); u != art.by_id.end()) found = u->second;
    } else if (vocative && register_new) {
      found = art.RegisterUnnamed(t.folded(), word);
    }
    return found >= 0;
  });
  return found;
}

// Whether quotation q addresses `person`: by a name the person is known by, or by a word of
// the person's name ("Amalie" met first as a form of address, then named by a cue).
bool Addresses(std::string_view text, const std::vector<SentenceTokens>& sents, const QuoteSpan& q,
               const ArticlePersons& art, const MentionFinder& finder, int person) {
  if (person < 0) return false;
  const std::string_view name = art.persons[person].name;
  bool found = false;
  ForEachAddress(sents, q, finder, [&](const Token& t, bool vocative, bool titled) {
    auto it = art.by_surname.find(art.SkeletonsOf(t).PlainKey());
    const std::string_view word = text.substr(t.span.begin, t.span.end - t.span.begin);
    // A vocative, a title of address ("Herr Graf") or a given name of a named person
    // ("Herr Gott, Niels!").
    found = (vocative || titled || !art.persons[person].unnamed) && NameHasWord(name, word);
    found = found || (it != art.by_surname.end() && it->second == person);
    return found;
  });
  return found;
}

// The speaker of a quotation with no cue: the latest speaker of this or the last paragraph
// goes on, unless another person is mentioned after that speaker. (Alternating turns of
// dialogue and "a question is answered by someone else" were measured on German fiction and
// lost more than they won.)
int CurrentSpeaker(const std::vector<SentenceTokens>& sents, const QuoteSpan& q,
                   const ArticlePersons& art, uint32_t from) {
  const uint32_t pos = q.outer.begin;
  auto at = std::lower_bound(art.speakers.begin(), art.speakers.end(), pos,
                             [](const auto& e, uint32_t p) { return e.first < p; });
  if (at == art.speakers.begin() || std::prev(at)->first < from) return -1;
  const auto [said, person] = *std::prev(at);
  // Persons in the speaker's own sentence ("said Tyler, a spokesman for Feingold") do not
  // intervene.
  const uint32_t said_end = sents[SentenceOf(sents, said)].sentence.span.end;
  auto m = std::upper_bound(art.mentions.begin(), art.mentions.end(), said_end,
                            [](uint32_t p, const auto& e) { return p < e.first; });
  for (; m != art.mentions.end() && m->first < pos; ++m) {
    if (m->second != person) return -1;
  }
  return person;
}

// Whether nothing but white space, dashes and punctuation stands between quotations a and b.
bool Adjacent(std::string_view text, const QuoteSpan& a, const QuoteSpan& b) {
  if (a.paragraph != b.paragraph || a.outer.end > b.outer.begin) return false;
  for (uint32_t i = a.outer.end; i < b.outer.begin; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        c == '(' || (c >= 0xC3 && c <= 0xC5)) {  // Latin letters, also with accents.
      return false;
    }
  }
  return true;
}

// Whether the current speaker `person` goes on at quotation q: their cue stands in q's sentence
// or the one before ("…, sagte X. »…«"), or the quotation before q is theirs, a few words apart
// ("»…«, sagte X. »…«", "»…« X lachte. »…«") or farther with a quotation in the sentence right
// before q. Not after another party's quotation nor after a stretch of narrative.
// (Measured on German fiction: of the current speakers this drops, 2 were right, 26 wrong.)
bool GoesOn(const QuoteSite& q, const ArticlePersons& art, int person) {
  if (person < 0) return false;
  auto said = std::lower_bound(art.speakers.begin(), art.speakers.end(), q.first_q().outer.begin,
                               [](const auto& e, uint32_t p) { return e.first < p; });
  if (said != art.speakers.begin() &&
      SentenceOf(q.ctx.sentences, std::prev(said)->first) + 1 >= q.s0) {
    return true;
  }
  if (q.k == 0 || q.turns == nullptr || (*q.turns)[q.k - 1] != person) return false;
  const QuoteSpan& prev = q.quotes[q.k - 1];
  constexpr uint32_t kShortNarrative = 60;  // Bytes: a cue, or a sentence of a few words.
  if (q.first_q().outer.begin < prev.outer.end + kShortNarrative) return true;
  std::span<const uint8_t> skip = q.info[q.s0 > 0 ? q.s0 - 1 : 0].skip;
  return q.s0 > 0 && std::find(skip.begin(), skip.end(), 1) != skip.end();
}

}  // namespace

// 4. Introduced by the sentence before, ending in a colon ("Blinken then laid out ...:").
bool ColonSentenceBefore(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  if (v.cue != nullptr || v.a.person >= 0 || !q.clause_initial || q.s0 == 0 || v.unnamed) {
    return false;
  }
  const SentenceSpeech& pi = q.info[q.s0 - 1];
  const auto& pt = q.ctx.sentences[q.s0 - 1].tokens;
  if (pt.empty() || pt.back().folded() != ":") return false;
  Attribution& a = v.a;
  for (const Cue& c : pi.cues) {
    if (c.person >= 0 && c.kind != CueKind::kLabel) a.person = c.person;
  }
  for (size_t m = 0; m < pi.mentions.size() && a.person < 0; ++m) {
    if (!pi.mentions[m].genitive && pi.mentions[m].kind != MentionKind::kPronoun) {
      a.person = pi.mentions[m].person;
    }
  }
  if (a.person < 0) return false;
  a.form = QuoteForm::kDirect;
  a.confidence = kReferredConfidence;
  return true;
}

// "»Die Liebe hat Flügel! – sagte Matteo – sie fürchtet nichts.«": the narrator's words
// between dashes inside the quotation.
bool InsertedSpeaker(const QuoteSite& q, ArticlePersons& art, Verdict& v) {
  if (!q.finder.grammar().inserted_speaker || v.cue != nullptr || v.a.person >= 0 || v.unnamed ||
      q.k != q.last) {
    return false;
  }
  v.a.person = InsertedSpeakerOf(q.ctx.text, q.ctx.sentences, q.first_q(), q.finder, art);
  if (v.a.person < 0) return false;
  v.a.form = QuoteForm::kDirect;
  v.a.confidence = kReferredConfidence;
  return true;
}

namespace {

// The other party of a dialogue: the latest speaker of the quotations before quotes[k]
// (within `from`) who is not `person`; -1 when none.
int OtherParty(const std::vector<QuoteSpan>& quotes, const std::vector<int>& turns, size_t k,
               int person, uint32_t from) {
  constexpr size_t kLookBack = 12;  // Quotations: a dialogue's scene, not the whole article.
  for (size_t j = k, seen = 0; j-- > 0 && seen < kLookBack; ++seen) {
    if (quotes[j].outer.begin < from) break;
    const int p = turns[j];
    if (p >= 0 && p != person) return p;
  }
  return -1;
}

int OtherParty(const QuoteSite& q, size_t k, int person, uint32_t from) {
  return OtherParty(q.quotes, *q.turns, k, person, from);
}

}  // namespace

// "»Wie spät ist es?« »Gleich acht.«": a quotation right after another one, with nothing
// between them, is a new turn of the dialogue (one speaker's words would be one quotation):
// the other party's, unless it goes on in lower case ("»Was ist das?« »fragte ich dich«").
bool DialogueTurn(const QuoteSite& q, ArticlePersons& art, Verdict& v) {
  if (v.cue != nullptr || v.unnamed || v.a.person >= 0 || !q.clause_initial || q.k == 0 ||
      q.turns == nullptr) {
    return false;
  }
  const QuoteSpan& cur = q.first_q();
  const QuoteSpan& prev = q.quotes[q.k - 1];
  // (A question answered in the next sentence, "»Kommst du?« fragte sie. »Ja.«", taken for a
  // turn too was measured on German fiction: F1 71.2 -> 70.7.)
  if (!OpensTurn(q) || !Adjacent(q.ctx.text, prev, cur)) return false;
  const int previous = (*q.turns)[q.k - 1];
  // "»Schön bist du geworden, Käthe!« »Ja?«": the reply is the addressee's.
  auto self = [&](int person) {
    return Addresses(q.ctx.text, q.ctx.sentences, cur, art, q.finder, person);
  };
  if (const int addressed = Addressee(q.ctx.text, q.ctx.sentences, prev, art, q.finder, true);
      addressed >= 0 && addressed != previous && !self(addressed)) {
    v.a.person = addressed;
    v.a.form = QuoteForm::kDirect;
    v.a.confidence = kContinuedConfidence;
    return true;
  }
  // "»A1« »B1« »A2«" with B1's speaker unknown: A2 is A1's.
  if (previous < 0) {
    if (q.k < 2 || (*q.turns)[q.k - 2] < 0 || !Adjacent(q.ctx.text, q.quotes[q.k - 2], prev)) {
      return false;
    }
    if (self((*q.turns)[q.k - 2])) return false;  // "»A1« »B1« »A2, Anna!«": not Anna's.
    v.a.person = (*q.turns)[q.k - 2];
    v.a.form = QuoteForm::kDirect;
    v.a.confidence = kContinuedConfidence;
    return true;
  }
  const int other =
      OtherParty(q, q.k - 1, previous, WindowBegin(q.ctx.seg->paragraphs, cur.paragraph));
  if (other < 0 || self(other)) return false;
  v.a.person = other;
  v.a.form = QuoteForm::kDirect;
  v.a.confidence = kContinuedConfidence;
  return true;
}

bool OpensTurn(const QuoteSite& q) {
  Tokens t0 = q.t0();
  const size_t first = TokenAt(t0, q.first_q().inner.begin);
  return q.clause_initial && first < t0.size() && t0[first].upper;
}

void DialogueBackward(const QuoteSite& site, const ArticlePersons& art,
                      std::span<DialogueTurnSlot> slots, std::vector<int>& turns) {
  const std::string_view text = site.ctx.text;
  const std::vector<Span>& paragraphs = site.ctx.seg->paragraphs;
  const std::vector<QuoteSpan>& quotes = site.quotes;
  auto adjacent = [&](size_t i, size_t j) {
    return j < slots.size() && slots[j].opens_turn &&
           Adjacent(text, quotes[slots[i].last], quotes[slots[j].first]);
  };
  for (size_t i = slots.size(); i-- > 0;) {
    DialogueTurnSlot& s = slots[i];
    if (!s.open || !adjacent(i, i + 1)) continue;
    const int next = slots[i + 1].a.person;
    // One party's turns right after each other would be one quotation: a speaker carried on
    // from before that a cue names for the next turn is not this turn's.
    if (next < 0 || slots[i + 1].a.form != QuoteForm::kDirect ||
        (s.a.person >= 0 && (s.a.person != next || !slots[i + 1].anchored))) {
      continue;
    }
    // The turn after next is the same party's; else the latest other speaker of the scene.
    int p = adjacent(i + 1, i + 2) && slots[i + 2].a.person != next ? slots[i + 2].a.person : -1;
    if (p < 0) {
      p = OtherParty(quotes, turns, s.first, next, WindowBegin(paragraphs, quotes[s.first].paragraph));
    }
    // "»Warum denn, Anna?«" is not Anna's, whoever the turns make its speaker.
    if (p >= 0 && Addresses(text, site.ctx.sentences, quotes[s.first], art, site.finder, p)) p = -1;
    if (p < 0 && s.a.person < 0) continue;
    s.a.person = p;  // -1: not the speaker carried on, and nobody else known.
    s.a.mention = -1;
    s.a.form = QuoteForm::kDirect;
    s.a.confidence = kContinuedConfidence;
    s.decided = "dialogue_turn";
    s.anchored = true;
    std::fill(turns.begin() + s.first, turns.begin() + s.last + 1, p);
  }
}

// "„…“, a senior diplomat said" (found by cue_after_quote): its form.
bool UnnamedSpeaker(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  if (!v.unnamed || v.cue != nullptr) return false;
  v.a.form = q.clause_initial ? QuoteForm::kDirect : QuoteForm::kFragment;
  v.a.confidence = kContinuedConfidence;
  return true;
}

// A quotation standing alone continues the current speaker of this or the last paragraph.
bool StandaloneSpeaker(const QuoteSite& q, ArticlePersons& art, Verdict& v) {
  if (v.cue != nullptr || v.unnamed || v.a.person >= 0 || !(q.clause_initial || q.colon)) {
    return false;
  }
  const auto& sents = q.ctx.sentences;
  const QuoteSpan& first_q = q.first_q();
  Attribution& a = v.a;
  a.form = QuoteForm::kDirect;
  a.confidence = kContinuedConfidence;
  a.person = NarrativeSubject(q.ctx.text, sents, q.info, q.s0, q.finder, art);
  // A reply to a quotation that named its addressee is the addressee's; a quotation
  // that names its addressee is not the addressee's.
  if (a.person < 0 && q.k > 0 && q.quotes[q.k - 1].paragraph == first_q.paragraph &&
      first_q.outer.begin < q.quotes[q.k - 1].outer.end + kReplyGap) {
    a.person = Addressee(q.ctx.text, sents, q.quotes[q.k - 1], art, q.finder);
  }
  if (a.person < 0) {
    a.person = CurrentSpeaker(sents, first_q, art,
                              WindowBegin(q.ctx.seg->paragraphs, first_q.paragraph));
    if (!GoesOn(q, art, a.person)) a.person = -1;
  }
  // "»Ja, Niels, aber …«" is not Niels's: the other party's of the dialogue.
  if (Addresses(q.ctx.text, sents, first_q, art, q.finder, a.person)) {
    a.person = q.turns == nullptr
                   ? -1
                   : OtherParty(q, q.k, a.person, WindowBegin(q.ctx.seg->paragraphs, first_q.paragraph));
    // The same name met once as a form of address and once named by a cue is two persons.
    if (Addresses(q.ctx.text, sents, first_q, art, q.finder, a.person)) a.person = -1;
  }
  return true;
}

// A label; its speaker, if any, is the nearest person named before it.
bool LabelAfterName(const QuoteSite& q, ArticlePersons&, Verdict& v) {
  if (v.cue != nullptr || v.unnamed || v.a.person >= 0 || q.clause_initial || q.colon) {
    return false;
  }
  bool found = false;
  const std::vector<Mention>& ms = q.info[q.s0].mentions;
  Tokens t0 = q.t0();
  for (size_t m = 0; m < ms.size(); ++m) {
    if (ms[m].te <= q.open && ms[m].kind == MentionKind::kName) {
      v.a.person = ms[m].person;
      v.a.mention = static_cast<int>(m);
      v.a.mention_sentence = static_cast<uint32_t>(q.s0);
      found = true;
      // "Cruz accuses Obama of “leading from behind”": where the capitals do not mark every
      // noun, a name right before its verb in lower case is the clause's subject, who
      // labels; a name after it is the one labelled.
      if (!q.finder.grammar().capitalised_nouns && !ms[m].genitive && ms[m].te < q.open &&
          t0[ms[m].te].kind == TokenKind::kWord && !t0[ms[m].te].upper &&
          !q.finder.words().Is(t0[ms[m].te], WordClass::kNotReplyVerb)) {
        break;
      }
    }
  }
  return found;
}

}  // namespace crosscheck::internal
