#include "lib/extract/quotes/quote.h"

#include <algorithm>
#include <climits>
#include <optional>

#include "fmt/format.h"
#include "lib/data/embedded.h"
#include "lib/extract/quotes/quote_marks.h"

namespace crosscheck::internal {
namespace {

// Whether a role key ("germany_member_of_parliament") is a title or an office held alongside
// others (common/role_kinds.tsv), alone or after a jurisdiction's prefix: no role claim is
// made of it. "us_nsc_spokesperson" is an office of its own, not "spokesperson" in "us_nsc".
bool HeldAlongside(std::string_view key) {
  struct Tables {
    StringSet offices, jurisdictions;
  };
  static const Tables* tables = [] {
    auto* t = new Tables;
    for (const auto& row : TableRows("common/role_kinds.tsv")) {
      if (!row.empty()) t->offices.insert(std::string(row[0]));
    }
    for (const auto& row : TableRows("common/places.tsv")) {
      if (!row.empty()) t->jurisdictions.insert(std::string(row[0]));
    }
    for (const auto& row : TableRows("common/role_keys.tsv")) {
      if (row.size() >= 3 && row[1] == "*") t->jurisdictions.insert(std::string(row[2]));
    }
    return t;
  }();
  if (tables->offices.contains(key)) return true;
  for (size_t cut = key.find('_'); cut != std::string_view::npos; cut = key.find('_', cut + 1)) {
    if (tables->jurisdictions.contains(key.substr(0, cut)) &&
        tables->offices.contains(key.substr(cut + 1))) {
      return true;
    }
  }
  return false;
}

// What one sentence holds for attribution.
struct SentenceInfo {
  std::vector<uint8_t> skip;  // Token inside a quotation.
  std::vector<Mention> mentions;
  std::vector<Cue> cues;
};

// Confidence of a quote claim by how its speaker was found.
constexpr double kNamedConfidence = 0.9;
constexpr double kReferredConfidence = 0.8;  // Pronoun or title.
constexpr double kFragmentConfidence = 0.75;
constexpr double kContinuedConfidence = 0.65;
constexpr double kLabelConfidence = 0.5;
// Bytes between a quotation and the reply to it.
constexpr uint32_t kReplyGap = 200;

struct Attribution {
  int person = -1;
  int mention = -1;  // In the cue's sentence, for the name as written.
  uint32_t mention_sentence = 0;
  QuoteForm form = QuoteForm::kLabel;
  double confidence = kLabelConfidence;
};

size_t SentenceOf(const std::vector<SentenceTokens>& sents, uint32_t pos) {
  auto it = std::upper_bound(sents.begin(), sents.end(), pos,
                             [](uint32_t p, const SentenceTokens& s) { return p < s.sentence.span.begin; });
  return it == sents.begin() ? 0 : static_cast<size_t>(it - sents.begin() - 1);
}

size_t TokenAt(const std::vector<Token>& tokens, uint32_t pos) {
  return std::lower_bound(tokens.begin(), tokens.end(), pos,
                          [](const Token& t, uint32_t p) { return t.span.begin < p; }) -
         tokens.begin();
}

bool IsWordish(const Token& t) { return t.kind != TokenKind::kPunct; }

bool IsQuoteMark(const Token& t) {
  static const auto* marks = new StringSet{"\"", "\xE2\x80\x9D", "\xE2\x80\x9C", "'", "\xE2\x80\x99",
                                           "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"};
  return t.kind == TokenKind::kPunct && marks->contains(Key(t));
}

// Whether tokens[c] follows a quotation's closing mark, with or without a comma.
bool AfterQuote(const std::vector<Token>& tokens, size_t c) {
  return c > 0 && (IsQuoteMark(tokens[c - 1]) ||
                   (c > 1 && tokens[c - 1].folded == "," && IsQuoteMark(tokens[c - 2])));
}

// The mention that is the subject of `cue`, or -1. English puts the subject after the verb
// only right after a quotation ("“…,” said Kirby"), not in "Christie called Obama a “…”".
int Subject(const Cue& cue, const std::vector<Mention>& ms, const std::vector<Token>& tokens,
            bool german) {
  // Mentions are in reading order and do not overlap, so both their starts and their ends
  // ascend: binary searches find the few candidates near the cue, and a sentence with
  // thousands of cues stays linear.
  const uint32_t c = cue.token, after = cue.token + cue.length;
  auto first_ending_at_or_after = [&](uint32_t t) {
    return std::lower_bound(ms.begin(), ms.end(), t,
                            [](const Mention& m, uint32_t v) { return m.te < v; });
  };
  auto first_starting_at_or_after = [&](uint32_t t) {
    return std::lower_bound(ms.begin(), ms.end(), t,
                            [](const Mention& m, uint32_t v) { return m.tb < v; });
  };
  auto index = [&](std::vector<Mention>::const_iterator it) {
    return static_cast<int>(it - ms.begin());
  };
  auto ending_at = [&](uint32_t t) {
    auto it = first_ending_at_or_after(t);
    return it != ms.end() && it->te == t ? it : ms.end();
  };
  switch (cue.kind) {
    case CueKind::kVerb: {
      // "Blinken sagte", "he said".
      if (auto it = ending_at(c); it != ms.end() && !it->genitive) return index(it);
      // "sagte Blinken", "betonte jedoch er", "sagte am Freitag Ministerin X".
      const bool inverted = german || AfterQuote(tokens, c);
      for (auto it = first_starting_at_or_after(after);
           inverted && it != ms.end() && it->tb <= after + 3; ++it) {
        if (it->genitive) continue;
        bool plain = true;
        for (uint32_t k = after; k < it->tb; ++k) plain = plain && IsWordish(tokens[k]);
        if (plain) return index(it);
      }
      // The sentence's subject, its first mention ("Trump went after Bush, calling him").
      for (auto it = ms.begin(); it != ms.end() && it->te <= c; ++it) {
        if (!it->genitive) return index(it);
      }
      return -1;
    }
    case CueKind::kAfter: {
      if (tokens[c].folded == "so" && (c == 0 || IsWordish(tokens[c - 1]))) return -1;
      auto it = first_starting_at_or_after(after);
      return it != ms.end() && it->tb <= after + 1 ? index(it) : -1;
    }
    case CueKind::kBefore: {
      auto it = ending_at(c);
      return it != ms.end() ? index(it) : -1;
    }
    case CueKind::kNoun: {
      if (auto it = ending_at(c); it != ms.end()) return index(it);
      auto it = first_starting_at_or_after(after);
      if (it != ms.end() && it->tb == after) return index(it);
      if (it != ms.end() && it->tb == after + 1 && after < tokens.size() &&
          (tokens[after].folded == "von" || tokens[after].folded == "by" ||
           tokens[after].folded == "of")) {
        return index(it);
      }
      return -1;
    }
    case CueKind::kLabel: return -1;
  }
  return -1;
}

// Whether a word after a speech verb starts reported speech of its own ("said that",
// "sagte, dass", "erklärte:"), so that the verb does not report the quotation before it.
bool IntroducesClause(const Token& t) {
  return t.folded == "that" || t.folded == "dass" || t.folded == "daß" || t.folded == ":" ||
         t.folded == "ob" || t.folded == "whether";
}

bool IsNameish(const Token& t, bool particle_ok) {
  if (t.kind != TokenKind::kWord) return false;
  if (t.upper) return true;
  return particle_ok && (t.folded == "von" || t.folded == "van" || t.folded == "de" ||
                         t.folded == "der" || t.folded == "al" || t.hyphen);
}

// Where a name next to `cue` may start and how many unknown capitalised words it may have:
// right after the cue ("sagte Müller", "said Dan P. Conston"), and the words right before it
// when they follow punctuation or open the sentence ("„…“, Müller sagte", "Weber sagt:").
// A lone word opening the sentence is a name only before a singular verb (not "Experten
// sagen", "Officials said").
// The first token after a speech verb past at most two adverbs ("sagte dann der Alte").
size_t SkipAdverbs(const std::vector<Token>& tokens, const std::vector<uint8_t>& skip,
                   size_t from, const SpeechLexicon& speech) {
  size_t k = from;
  while (k < tokens.size() && k < from + 2 && !skip[k] && tokens[k].kind == TokenKind::kWord &&
         !tokens[k].upper && (speech.Flags(tokens[k]) & SpeechLexicon::kAdverb)) {
    ++k;
  }
  return k < tokens.size() && (k == from || tokens[k].kind == TokenKind::kWord) ? k : from;
}

void MarkNearCue(const std::vector<Token>& tokens, const std::vector<uint8_t>& skip,
                 const Cue& cue, bool german, const SpeechLexicon& speech,
                 std::vector<uint8_t>& near) {
  constexpr uint8_t kMaxWords = 4;
  const size_t i = cue.token;
  if (i + cue.length < tokens.size()) {
    near[i + cue.length] = kMaxWords;
    near[SkipAdverbs(tokens, skip, i + cue.length, speech)] = kMaxWords;
  }
  if (i == 0) return;
  size_t b = i - 1;
  // "Tad Devine, Sanders's chief strategist, said", "Suu Kyi, 70, said": the name before
  // an apposition.
  if (tokens[b].folded == "," && b >= 2) {
    for (size_t j = b - 1; j > 0 && j + 12 > b && !skip[j]; --j) {
      if (tokens[j].folded != ",") continue;
      if (IsNameish(tokens[j - 1], false)) b = j - 1;
      break;
    }
  }
  if (!IsNameish(tokens[b], false)) return;
  const size_t end = b + 1;  // The name ends here; `i` stays the cue.
  while (b > 0 && end - b < 6 && !skip[b - 1] &&
         (IsNameish(tokens[b - 1], true) ||
          (tokens[b - 1].folded == "." && b >= 2 && tokens[b - 2].upper &&
           tokens[b - 2].folded.size() == 1))) {
    --b;
  }
  while (b < end && !tokens[b].upper) ++b;  // A name starts with a capital.
  if (b == end) return;
  // After a word, only an English name of two words or more ("screenwriter Cole Haddon
  // wrote"); German capitalises nouns ("Bei jedem Schluck Wein erklärte der Lehrer").
  if (b > 0 && tokens[b - 1].kind != TokenKind::kPunct && !skip[b - 1] &&
      (german || b + 1 == end || tokens[b - 1].upper)) {
    return;
  }
  if (b == 0 && b + 1 == end) {
    const std::string_view verb = tokens[i].folded, word = tokens[b].folded;
    if (german ? verb.ends_with("en") : word.ends_with("s")) return;
    // German puts the subject after the verb when another word comes first ("Vergnügt
    // sprach der Wolf", "Dann sagte er").
    const size_t after = i + cue.length;
    if (german && after < tokens.size() &&
        (speech.Flags(tokens[after]) & (SpeechLexicon::kDeterminer | SpeechLexicon::kMale |
                                        SpeechLexicon::kFemale))) {
      return;
    }
  }
  near[b] = kMaxWords;
}

bool IsArticleOrPreposition(std::string_view w) {
  static const auto* words = new StringSet{
      "der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einer", "eines", "im",
      "am", "vom", "zum", "zur", "beim", "in", "auf", "bei", "aus", "mit", "von", "über"};
  return words->contains(w);
}

// Whether the words of `inner` read as a title: two to eight words, each content word
// capitalised (English: every word but short function words; German: every word but articles
// and prepositions, which leaves nouns and adjectives, since a verb would be lower case).
bool IsTitle(const std::vector<Token>& tokens, Span inner) {
  static const auto* small = new StringSet{
      "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
      "der", "die", "das", "des", "dem", "den", "und", "von", "vom", "im", "am", "mit", "für",
      "auf", "zum", "zur", "ein", "eine"};
  size_t words = 0;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), inner.begin,
                             [](const Token& t, uint32_t p) { return t.span.begin < p; });
  for (; it != tokens.end() && it->span.end <= inner.end; ++it) {
    if (it->kind == TokenKind::kPunct) {
      if (it->folded == "," || it->folded == "!" || it->folded == "?") return false;
      continue;
    }
    ++words;
    if (it->kind == TokenKind::kNumber || it->upper) continue;
    if (words == 1 || !small->contains(Key(*it))) return false;
  }
  if (tokens.empty() || tokens.back().span.end < inner.end) return false;  // Runs on.
  return words >= 2 && words <= 8;
}

// German subject of a verb cue further back in its clause: the first phrase with a
// nominative article after the clause's start ("Der Bruder des Grafen sagt:", "wie der
// Starez dem Jüngling sagt:"). Returns its length, 0 when none.
// A person named in the clause rules it out ("Die Zeitung zitiert den Minister X: „…“").
size_t ClauseSubject(const std::vector<Token>& tokens, const std::vector<uint8_t>& skip,
                     const Cue& cue, const MentionFinder& finder, const std::vector<Mention>& ms,
                     size_t* tb, size_t* head) {
  size_t start = cue.token;
  while (start > 0 && start + 12 > cue.token && !skip[start - 1] &&
         tokens[start - 1].kind != TokenKind::kPunct) {
    --start;
  }
  for (const Mention& m : ms) {
    if (m.te > start && m.tb < cue.token) return 0;
  }
  for (size_t d = start; d < cue.token; ++d) {
    const std::string_view w = tokens[d].folded;
    if (w != "der" && w != "die" && w != "das" && w != "ein" && w != "eine") continue;
    const size_t len = finder.UnnamedAt(tokens, d, skip, true, head, cue.token);
    if (len > 0 && d + len <= cue.token) {
      *tb = d;
      return len;
    }
    return 0;
  }
  return 0;
}

// The unnamed speaker of a verb cue that has no named or pronoun subject next to it:
// "„…“, sagte der Alte", "die Mutter fragte:", "said a Democratic strategist".
void AddUnnamedSubject(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<uint8_t>& skip, const Cue& cue, bool german,
                       const MentionFinder& finder, const SpeechLexicon& speech,
                       ArticlePersons& art, std::vector<Mention>& ms) {
  const uint32_t after = static_cast<uint32_t>(
      cue.token + cue.length < tokens.size() ? SkipAdverbs(tokens, skip, cue.token + cue.length, speech)
                                             : cue.token + cue.length);
  for (Mention& m : ms) {
    if (m.te != cue.token && (m.tb < cue.token + cue.length || m.tb > after)) continue;
    // A title nobody in the article holds yet ("sagte der Pfarrer"): an unnamed speaker.
    if (m.kind == MentionKind::kRole && m.person < 0) {
      size_t head = m.tb;
      while (head + 1 < m.te && (german ? !tokens[head].upper : tokens[head + 1].folded != "of")) ++head;
      m.written = std::string(text.substr(tokens[m.tb].span.begin,
                                          tokens[m.te - 1].span.end - tokens[m.tb].span.begin));
      m.person = art.RegisterUnnamed(tokens[head].folded, m.written);
    }
    return;
  }
  size_t head = 0, tb = 0, len = 0;
  if ((german || AfterQuote(tokens, cue.token)) &&
      (len = finder.UnnamedAt(tokens, after, skip, german, &head)) > 0) {
    tb = after;
  } else {
    for (size_t d = cue.token; d-- > 0 && d + 5 >= cue.token;) {
      if (tokens[d].kind == TokenKind::kPunct) break;
      const size_t l = finder.UnnamedAt(tokens, d, skip, german, &head, cue.token);
      if (l > 0 && d + l == cue.token &&
          (d == 0 || skip[d - 1] || tokens[d - 1].kind == TokenKind::kPunct)) {
        tb = d;
        len = l;
        break;
      }
    }
  }
  if (len == 0 && german) len = ClauseSubject(tokens, skip, cue, finder, ms, &tb, &head);
  if (len == 0) return;
  const uint32_t te = static_cast<uint32_t>(tb + len);
  auto at = std::lower_bound(ms.begin(), ms.end(), static_cast<uint32_t>(tb),
                             [](const Mention& m, uint32_t v) { return m.tb < v; });
  if (at != ms.begin() && std::prev(at)->te > tb) return;
  for (auto it = at; it != ms.end() && it->tb <= te; ++it) {
    if (it->tb == te && it->kind == MentionKind::kName) return;  // "die Zeugin Anna Becker".
  }
  // A title inside the phrase ("der unbeugsame Pfarrer") becomes part of it; a name does not.
  int titled = -1;
  auto past = at;
  for (; past != ms.end() && past->tb < te; ++past) {
    if (past->kind != MentionKind::kRole || past->te > te) return;
    titled = past->person;
  }
  at = ms.erase(at, past);
  Mention m;
  m.tb = static_cast<uint32_t>(tb);
  m.te = te;
  m.kind = MentionKind::kRole;
  m.written = std::string(text.substr(tokens[tb].span.begin, tokens[te - 1].span.end - tokens[tb].span.begin));
  m.person = titled >= 0 ? titled : art.RegisterUnnamed(tokens[head].folded, m.written);
  art.mentions.emplace_back(tokens[tb].span.begin, m.person);
  ms.insert(at, std::move(m));
}

// "Frau Thienwiebel fing an zu husten. »Da, nimm doch das Kind!«": a quotation with no cue
// right after a sentence of narrative (no quotation in it) that opens with a person is that
// person's.
// In German also an article phrase followed by its verb ("Die Alte blickte auf. »…«").
int NarrativeSubject(std::string_view text, const std::vector<SentenceTokens>& sents,
                     const std::vector<SentenceInfo>& info, size_t s0, const MentionFinder& finder,
                     ArticlePersons& art, bool german) {
  if (s0 == 0) return -1;
  const SentenceInfo& prev = info[s0 - 1];
  if (std::find(prev.skip.begin(), prev.skip.end(), 1) != prev.skip.end()) return -1;
  if (!prev.mentions.empty()) {
    const Mention& m = prev.mentions.front();
    if (m.tb > 1 || m.genitive || m.kind == MentionKind::kPronoun) return -1;  // "Frau X", "Der Y".
    return m.person;
  }
  const std::vector<Token>& tokens = sents[s0 - 1].tokens;
  size_t head = 0;
  const size_t len = german ? finder.UnnamedAt(tokens, 0, prev.skip, true, &head) : 0;
  if (len == 0 || len >= tokens.size() || tokens[len].kind != TokenKind::kWord || tokens[len].upper) {
    return -1;
  }
  return art.RegisterUnnamed(tokens[head].folded,
                             text.substr(tokens[0].span.begin, tokens[len - 1].span.end - tokens[0].span.begin));
}

// The speaker named by a narrator's insertion between dashes inside a quotation ("– sagte
// Matteo –", "– schrie jetzt der Alte –"): a person of the article or an unnamed phrase.
int InsertedSpeaker(std::string_view text, const std::vector<SentenceTokens>& sents,
                    const QuoteSpan& q, const SpeechLexicon& speech, const MentionFinder& finder,
                    ArticlePersons& art) {
  static constexpr std::string_view kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94", "-"};
  auto is_dash = [](const Token& t) {
    return std::find(std::begin(kDashes), std::end(kDashes), t.folded) != std::end(kDashes);
  };
  const size_t s = SentenceOf(sents, q.inner.begin);
  const std::vector<Token>& tokens = sents[s].tokens;
  const std::vector<uint8_t> open(tokens.size(), 0);  // Inside the quotation on purpose.
  for (size_t i = TokenAt(tokens, q.inner.begin); i + 2 < tokens.size() && tokens[i].span.end <= q.inner.end; ++i) {
    Cue cue;
    if (!is_dash(tokens[i]) || !speech.Match(tokens, i + 1, &cue) || cue.kind != CueKind::kVerb) continue;
    const size_t at = SkipAdverbs(tokens, open, i + 1 + cue.length, speech);
    if (at >= tokens.size()) return -1;
    if (auto it = art.by_surname.find(art.SkeletonsOf(tokens[at]).plain);
        tokens[at].upper && it != art.by_surname.end()) {
      return it->second;
    }
    size_t head = 0;
    const size_t len = finder.UnnamedAt(tokens, at, open, true, &head);
    if (len == 0) return -1;
    return art.RegisterUnnamed(tokens[head].folded,
                               text.substr(tokens[at].span.begin, tokens[at + len - 1].span.end - tokens[at].span.begin));
  }
  return -1;
}

// The person a quotation addresses by name ("Eine verkehrte Methode, Amalie!"): a name of
// the article's persons after a comma or at the start, before punctuation; -1 when none.
int Addressee(const std::vector<SentenceTokens>& sents, const QuoteSpan& q,
              const ArticlePersons& art) {
  for (size_t s = SentenceOf(sents, q.inner.begin); s < sents.size(); ++s) {
    const std::vector<Token>& tokens = sents[s].tokens;
    if (sents[s].sentence.span.begin >= q.inner.end) break;
    for (size_t i = TokenAt(tokens, q.inner.begin); i < tokens.size() && tokens[i].span.end <= q.inner.end; ++i) {
      if (tokens[i].kind != TokenKind::kWord || !tokens[i].upper) continue;
      const bool opens = tokens[i].span.begin == q.inner.begin || (i > 0 && tokens[i - 1].folded == ",");
      const bool closes = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kPunct &&
                          tokens[i + 1].folded != "-";
      if (!opens || !closes) continue;
      auto it = art.by_surname.find(art.SkeletonsOf(tokens[i]).plain);
      if (it != art.by_surname.end() && !art.persons[it->second].unnamed) return it->second;
    }
  }
  return -1;
}

// The speaker of a quotation with no cue: the latest speaker of this or the last paragraph
// goes on, unless another person is mentioned after that speaker. (Alternating turns of
// dialogue and "a question is answered by someone else" were measured on German fiction and
// lost more than they won.)
int StandaloneSpeaker(const std::vector<SentenceTokens>& sents, const QuoteSpan& q,
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

}  // namespace

QuoteRecognizer::QuoteRecognizer(const ExtractOptions& options)
    : options_(options), persons_(options) {}

void QuoteRecognizer::Run(DocContext& ctx) const {
  if (ctx.sentences.empty() || ctx.seg == nullptr) return;
  const Language& lang = ctx.lang == "de" ? de_ : en_;
  const MentionFinder finder(persons_, lang.roles, lang.speech);
  const bool german = ctx.lang == "de";
  const std::vector<Span>& paras = ctx.seg->paragraphs;
  const std::vector<QuoteSpan> quotes = FindQuotes(ctx.text, paras);
  auto window_begin = [&](uint32_t paragraph) {
    return paras.empty() ? 0u : paras[paragraph > 0 ? paragraph - 1 : 0].begin;
  };

  // Pass 1: mentions, cues and speech events, sentence by sentence in reading order.
  ArticlePersons art;
  // Room for a name skeleton per 32 bytes of an article (German capitalises every noun), so
  // that the index rarely grows; capped, since a huge text's distinct words are far fewer.
  art.skeleton_index.Reserve(std::min<size_t>(ctx.text.size() / 32, 4096));
  std::vector<SentenceInfo> info(ctx.sentences.size());
  StringSet roles_seen;
  size_t qi = 0;
  std::vector<uint8_t> near;  // Reused across sentences: no allocation per sentence.
  std::vector<Cue> colons;
  std::vector<RoleBinding> bindings;
  for (size_t s = 0; s < ctx.sentences.size(); ++s) {
    const std::vector<Token>& tokens = ctx.sentences[s].tokens;
    SentenceInfo& si = info[s];
    si.skip.assign(tokens.size(), false);
    for (size_t i = 0; i < tokens.size(); ++i) {
      while (qi < quotes.size() && quotes[qi].outer.end <= tokens[i].span.begin) ++qi;
      si.skip[i] = qi < quotes.size() && quotes[qi].outer.begin <= tokens[i].span.begin;
    }
    near.assign(tokens.size(), 0);
    for (size_t i = 0; i < tokens.size(); ++i) {
      Cue cue;
      if (si.skip[i] || !lang.speech.Match(tokens, i, &cue)) continue;
      si.cues.push_back(cue);
      MarkNearCue(tokens, si.skip, cue, german, lang.speech, near);
      i += cue.length - 1;
    }
    // "Weber: „…“", "Die Mutter: »…«": a colon right before a quotation names its speaker.
    colons.clear();
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (si.skip[i] || tokens[i].folded != ":" || !si.skip[i + 1]) continue;
      Cue colon;
      colon.token = static_cast<uint32_t>(i);
      colons.push_back(colon);
      MarkNearCue(tokens, si.skip, colon, german, lang.speech, near);
    }
    bindings.clear();
    si.mentions = finder.Find(ctx.text, tokens, si.skip, near, art, &bindings);
    for (const Cue& cue : si.cues) {
      if (cue.kind == CueKind::kVerb) {
        AddUnnamedSubject(ctx.text, tokens, si.skip, cue, german, finder, lang.speech, art, si.mentions);
      }
    }
    for (const Cue& colon : colons) {
      AddUnnamedSubject(ctx.text, tokens, si.skip, colon, german, finder, lang.speech, art, si.mentions);
    }
    const uint32_t paragraph = ctx.sentences[s].sentence.paragraph;
    for (const RoleBinding& b : bindings) {
      if (HeldAlongside(b.key)) continue;  // "Dr.", "Abgeordneter": no office of their own.
      const ArticlePerson& p = art.persons[b.person];
      if (!roles_seen.insert(fmt::format("{}\t{}", p.id, b.key)).second) continue;
      Claim c;
      c.kind = ClaimKind::kRole;
      c.key = "role/" + p.id;
      c.span = {tokens[b.tb].span.begin, tokens[b.te - 1].span.end};
      c.sentence = ctx.sentences[s].sentence.span;
      c.paragraph = paragraph;
      c.confidence = 0.9;
      c.person = p.id;
      c.role = b.key;
      c.speaker_name = p.name;
      ctx.claims.push_back(std::move(c));
    }
    for (Cue& cue : si.cues) {
      cue.mention = Subject(cue, si.mentions, tokens, german);
      if (cue.mention < 0 || cue.kind == CueKind::kLabel) continue;
      Mention& m = si.mentions[cue.mention];
      const uint32_t pos = tokens[m.tb].span.begin;
      if (m.kind == MentionKind::kPronoun && m.person < 0) {
        m.person = art.ResolvePronoun(m.gender, pos, window_begin(paragraph));
        if (m.person >= 0) art.mentions.emplace_back(pos, m.person);
      }
      cue.person = m.person;
      if (cue.person >= 0) art.speakers.emplace_back(tokens[cue.token].span.begin, cue.person);
    }
  }

  art.SortByPosition();
  // Per sentence, the first token outside quotations that is a word or number: a quotation
  // opening before it opens its clause. (Once per sentence, not once per quotation.)
  // And per token, the last token at or before it outside quotations (-1: none), so that
  // finding what precedes a quotation does not walk back over all the quotations before it.
  std::vector<int> first_wordish(ctx.sentences.size(), INT_MAX);
  std::vector<std::vector<int>> last_free(ctx.sentences.size());
  for (size_t s = 0; s < ctx.sentences.size(); ++s) {
    const auto& tokens = ctx.sentences[s].tokens;
    last_free[s].resize(tokens.size());
    int last = -1;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!info[s].skip[i]) {
        last = static_cast<int>(i);
        if (first_wordish[s] == INT_MAX && IsWordish(tokens[i])) first_wordish[s] = last;
      }
      last_free[s][i] = last;
    }
  }
  // Pass 2: attribute every quotation (or multi-paragraph chain) and emit its claims.
  // Entities per sentence for the quotations' topics, found when first needed.
  std::vector<std::optional<std::vector<std::pair<uint32_t, std::string>>>> sentence_topics(
      ctx.sentences.size());
  auto topics_of = [&](size_t s) -> const std::vector<std::pair<uint32_t, std::string>>& {
    auto& slot = sentence_topics[s];
    if (slot) return *slot;
    slot.emplace();
    const auto& tokens = ctx.sentences[s].tokens;
    std::vector<uint8_t> in_mention(tokens.size(), false);
    for (const Mention& m : info[s].mentions) {
      for (uint32_t i = m.tb; i < m.te && i < tokens.size(); ++i) in_mention[i] = true;
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (in_mention[i]) continue;
      const PhraseMatch pm = lang.roles.Entity(tokens, i);
      if (pm.length == 0 || pm.fields == nullptr || pm.fields->empty()) continue;
      slot->emplace_back(static_cast<uint32_t>(i), (*pm.fields)[0]);
      i += pm.length - 1;
    }
    return *slot;
  };
  for (size_t k = 0; k < quotes.size();) {
    size_t last = k;
    if (quotes[k].chain >= 0) {
      while (last + 1 < quotes.size() && quotes[last + 1].chain == quotes[k].chain) ++last;
    }
    const QuoteSpan& first_q = quotes[k];
    const QuoteSpan& last_q = quotes[last];
    const size_t s0 = SentenceOf(ctx.sentences, first_q.outer.begin);
    const size_t s1 = SentenceOf(ctx.sentences, last_q.outer.end - 1);
    const std::vector<Token>& t0 = ctx.sentences[s0].tokens;
    const std::vector<Token>& t1 = ctx.sentences[s1].tokens;
    const size_t open = TokenAt(t0, first_q.outer.begin);
    // The last token before the opening mark outside other quotations.
    const int prev = open > 0 ? last_free[s0][open - 1] : -1;
    const bool clause_initial = first_wordish[s0] > prev;
    const bool colon = prev >= 0 && t0[prev].folded == ":";
    Attribution a;
    const Cue* cue = nullptr;
    size_t cue_sentence = s0;
    bool unnamed = false;  // Attributed, but to nobody the article names.
    const Mention* apposed = nullptr;  // A name with an apposition before the cue.
    // 1. A cue right after the closing mark: "„…“, sagte Kirby", "'…,' he said", also when
    // the quotation's own full stop ended the sentence ("»Gut!« erwiderte der Knabe.",
    // "“…” Priebus said.").
    if (last_q.closed) {
      size_t sa = s1;
      size_t i = TokenAt(t1, last_q.outer.end);
      // Not when a colon introduced it ("Sagte das Weib: »…« Der Graf bat"). (Any earlier
      // cue in its sentence was measured too: German fiction F1 65.3 -> 63.9.)
      const bool next = !colon && i >= t1.size() && s1 + 1 < ctx.sentences.size() &&
                        ctx.sentences[s1 + 1].sentence.paragraph == ctx.sentences[s1].sentence.paragraph;
      if (next) {
        sa = s1 + 1;
        i = 0;
      }
      const std::vector<Token>& ta = ctx.sentences[sa].tokens;
      for (int n = 0; n < 2 && i < ta.size() && !IsWordish(ta[i]) && ta[i].folded != "." &&
                      ta[i].folded != "!" && ta[i].folded != "?" && ta[i].folded != "(";
           ++n) {
        ++i;
      }
      for (const Cue& c : info[sa].cues) {
        if (c.kind != CueKind::kVerb && c.kind != CueKind::kAfter && c.kind != CueKind::kBefore) continue;
        bool hit = c.token == i && c.kind != CueKind::kBefore;
        for (const Mention& m : info[sa].mentions) {
          hit = hit || (m.tb == i && m.te == c.token);  // "he said", "Kirby zufolge".
        }
        // In the next sentence only a cue that reports the quotation, not a new statement.
        if (hit && next) {
          const size_t after = c.token + c.length;
          hit = c.kind == CueKind::kVerb && (c.token != i || !ta[i].upper) &&
                (after >= ta.size() || !IntroducesClause(ta[after]));
        }
        if (hit) {
          cue = &c;
          cue_sentence = sa;
          break;
        }
        // "„…“, a senior diplomat said": a speaker this text does not name.
        bool plain = !next && c.kind == CueKind::kVerb && c.token > i && c.token <= i + 6;
        for (uint32_t k = static_cast<uint32_t>(i); plain && k < c.token; ++k) {
          plain = IsWordish(ta[k]) && !info[sa].skip[k];
        }
        // "“…” a NY1 representative said", "“…” screenwriter Cole Haddon wrote": the words
        // before the verb end in a mention of its subject.
        if (plain && c.mention >= 0 && info[sa].mentions[c.mention].te == c.token) {
          cue = &c;
          cue_sentence = sa;
          break;
        }
        if (plain) {
          unnamed = true;
          break;
        }
        // "“…” Jenna Golden, Twitter’s director of advertising, said": a name, its
        // apposition, then the verb.
        if (!next && c.kind == CueKind::kVerb && c.token <= i + 16 && i + 1 < ta.size()) {
          for (const Mention& m : info[sa].mentions) {
            if (m.tb == i && m.kind == MentionKind::kName && m.te < c.token &&
                ta[m.te].folded == "," && ta[c.token - 1].folded == ",") {
              apposed = &m;
              cue = &c;
              cue_sentence = sa;
            }
          }
          if (cue != nullptr) break;
        }
      }
    }
    // 2. A colon introduction or a cue earlier in the sentence.
    bool label_cue = false;
    bool work_cue = false;
    if (cue == nullptr && !unnamed) {
      for (const Cue& c : info[s0].cues) {
        if (c.token >= open) break;
        if (c.kind == CueKind::kLabel) {
          label_cue = c.token + c.length + 1 >= open;
          work_cue = label_cue && c.work;
          continue;
        }
        if (c.kind == CueKind::kNoun && c.token + c.length + 2 < open) continue;
        if (c.mention < 0 && c.kind != CueKind::kVerb) continue;
        cue = &c;
      }
    }
    // 3. Reported speech with the cue further on: "Das Bündnis habe eine „…“ gezogen, sagte X."
    if (cue == nullptr && !label_cue && !unnamed) {
      for (const Cue& c : info[s1].cues) {
        if (c.kind == CueKind::kVerb && c.person >= 0 &&
            t1[c.token].span.begin >= last_q.outer.end) {
          cue = &c;
          cue_sentence = s1;
          break;
        }
      }
    }
    if (cue != nullptr) {
      a.person = cue->person;
      a.mention = cue->mention;
      if (apposed != nullptr) {
        a.person = apposed->person;
        a.mention = static_cast<int>(apposed - info[cue_sentence].mentions.data());
      }
      a.mention_sentence = static_cast<uint32_t>(cue_sentence);
      if (a.person < 0 && cue->kind == CueKind::kVerb) {
        // No subject in the sentence at all ("Und fügte hinzu: „…“"): the current speaker.
        bool elliptic = true;
        const auto& ct = ctx.sentences[cue_sentence].tokens;
        for (uint32_t i = 0; i < cue->token; ++i) {
          if (!info[cue_sentence].skip[i] && ct[i].upper && i > 0) elliptic = false;
        }
        if (elliptic) {
          a.person = art.ResolvePronoun(0, ct[cue->token].span.begin,
                                        window_begin(ctx.sentences[cue_sentence].sentence.paragraph));
        }
      }
      // An interrupted quotation: "„…“, sagte X, „…“" continues direct speech.
      bool interrupted = false;
      if (!clause_initial && cue_sentence == s0 && cue->token > 0 && cue->token < open) {
        const Mention* sm = a.mention >= 0 ? &info[s0].mentions[a.mention] : nullptr;
        int k = static_cast<int>(cue->token) - 1;
        while (k >= 0 && !info[s0].skip[k] &&
               (!IsWordish(t0[k]) || (sm != nullptr && k >= static_cast<int>(sm->tb) &&
                                      k < static_cast<int>(sm->te)))) {
          --k;
        }
        interrupted = k >= 0 && info[s0].skip[k];
        for (size_t i = cue->token + cue->length; interrupted && i < open; ++i) {
          const bool in_subject = sm != nullptr && i >= sm->tb && i < sm->te;
          interrupted = !IsWordish(t0[i]) || in_subject;
        }
      }
      // "said, “…”": a comma right after the verb introduces direct speech like a colon.
      const bool comma_intro = cue_sentence == s0 && prev >= 1 && t0[prev].folded == "," &&
                               cue->token + cue->length == static_cast<uint32_t>(prev);
      const bool direct = clause_initial || colon || interrupted || comma_intro;
      a.form = label_cue ? QuoteForm::kLabel : direct ? QuoteForm::kDirect : QuoteForm::kFragment;
      const bool named = a.mention >= 0 && info[cue_sentence].mentions[a.mention].kind == MentionKind::kName;
      a.confidence = !direct ? kFragmentConfidence : named ? kNamedConfidence : kReferredConfidence;
    } else if (colon && prev >= 1) {
      // "Kirby: „…“".
      for (const Mention& m : info[s0].mentions) {
        if (m.te == static_cast<uint32_t>(prev) && m.kind != MentionKind::kPronoun) {
          a.person = m.person;
          a.mention = static_cast<int>(&m - info[s0].mentions.data());
          a.mention_sentence = static_cast<uint32_t>(s0);
          a.form = QuoteForm::kDirect;
          a.confidence = kNamedConfidence;
        }
      }
    }
    // 4. Introduced by the sentence before, ending in a colon ("Blinken then laid out ...:").
    if (cue == nullptr && a.person < 0 && clause_initial && s0 > 0 && !unnamed) {
      const SentenceInfo& pi = info[s0 - 1];
      const auto& pt = ctx.sentences[s0 - 1].tokens;
      if (!pt.empty() && pt.back().folded == ":") {
        for (const Cue& c : pi.cues) {
          if (c.person >= 0 && c.kind != CueKind::kLabel) a.person = c.person;
        }
        for (size_t m = 0; m < pi.mentions.size() && a.person < 0; ++m) {
          if (!pi.mentions[m].genitive && pi.mentions[m].kind != MentionKind::kPronoun) {
            a.person = pi.mentions[m].person;
          }
        }
        if (a.person >= 0) {
          a.form = QuoteForm::kDirect;
          a.confidence = kReferredConfidence;
        }
      }
    }
    // "»Die Liebe hat Flügel! – sagte Matteo – sie fürchtet nichts.«": the narrator's words
    // between dashes inside the quotation.
    if (cue == nullptr && a.person < 0 && !unnamed && k == last && german) {
      a.person = InsertedSpeaker(ctx.text, ctx.sentences, first_q, lang.speech, finder, art);
      if (a.person >= 0) {
        a.form = QuoteForm::kDirect;
        a.confidence = kReferredConfidence;
      }
    }
    if (unnamed && cue == nullptr) {
      a.form = clause_initial ? QuoteForm::kDirect : QuoteForm::kFragment;
      a.confidence = kContinuedConfidence;
    } else if (cue == nullptr && a.person < 0) {
      if (clause_initial || colon) {
        // A quotation standing alone continues the current speaker of this or the last paragraph.
        a.form = QuoteForm::kDirect;
        a.confidence = kContinuedConfidence;
        a.person = NarrativeSubject(ctx.text, ctx.sentences, info, s0, finder, art, german);
        // A reply to a quotation that named its addressee is the addressee's; a quotation
        // that names its addressee is not the addressee's.
        if (a.person < 0 && k > 0 && quotes[k - 1].paragraph == first_q.paragraph &&
            first_q.outer.begin < quotes[k - 1].outer.end + kReplyGap) {
          a.person = Addressee(ctx.sentences, quotes[k - 1], art);
        }
        if (a.person < 0) a.person = StandaloneSpeaker(ctx.sentences, first_q, art, window_begin(first_q.paragraph));
        if (a.person >= 0 && a.person == Addressee(ctx.sentences, first_q, art)) a.person = -1;
      } else {
        // A label; its speaker, if any, is the nearest person named before it.
        for (size_t m = 0; m < info[s0].mentions.size(); ++m) {
          const Mention& mm = info[s0].mentions[m];
          if (mm.te <= open && mm.kind == MentionKind::kName) {
            a.person = mm.person;
            a.mention = static_cast<int>(m);
            a.mention_sentence = static_cast<uint32_t>(s0);
          }
        }
      }
    }
    // "on “Meet the Press”", "im „Hamburger Abendblatt“": a name in title case that no cue
    // introduces is a label of a work, paper or programme, spoken by nobody; so is a quotation
    // after a label word ("die Sendung „…“", "the ship “…”").
    // German capitalises every noun, so there a title also needs an article or preposition
    // right before it ("im „Hamburger Abendblatt“", not "mehr „Tempo und Entschlossenheit“").
    const bool title_slot = !german || (prev >= 0 && prev + 1 == static_cast<int>(open) &&
                                        IsArticleOrPreposition(t0[prev].folded));
    if (work_cue || (a.form != QuoteForm::kDirect && k == last && title_slot &&
                      IsTitle(ctx.sentences[s0].tokens, first_q.inner))) {
      a = Attribution{};
    }

    // Emit one claim per piece.
    const ArticlePerson* speaker = a.person >= 0 ? &art.persons[a.person] : nullptr;
    std::string name;
    if (speaker != nullptr) {
      name = speaker->name;
      if (a.mention >= 0) {
        const Mention& m = info[a.mention_sentence].mentions[a.mention];
        if (m.kind != MentionKind::kPronoun && !m.written.empty()) name = m.written;
      }
    }
    for (size_t p = k; p <= last; ++p) {
      const QuoteSpan& q = quotes[p];
      const size_t b = SentenceOf(ctx.sentences, q.outer.begin);
      const size_t e = std::max(b, SentenceOf(ctx.sentences, q.outer.end - 1));
      Claim c;
      c.kind = ClaimKind::kQuote;
      c.span = q.outer;
      c.sentence = {ctx.sentences[b].sentence.span.begin,
                    std::max(ctx.sentences[e].sentence.span.end, q.outer.end)};
      c.paragraph = ctx.sentences[b].sentence.paragraph;
      c.content = std::string(q.inner.Of(ctx.text));
      c.form = a.form;
      c.confidence = a.confidence;
      if (speaker != nullptr) {
        // An unnamed speaker keeps its words and role but no id: two "residents" of two
        // articles are not one person.
        if (!speaker->unnamed) {
          c.key = "quote/" + speaker->id;
          c.speaker = speaker->id;
        }
        c.speaker_name = name;
        c.speaker_role = speaker->role_key;
      }
      // Topics: entities of the quotation and its sentences, except those naming the speaker's
      // or anyone's title ("der ukrainische Außenminister"). Found once per sentence; in the
      // first and last sentence only those within a clause-sized window of the quotation
      // count, so that many quotations in one endless sentence stay linear.
      constexpr uint32_t kTopicWindow = 60;  // Tokens; longer than nearly every sentence.
      for (size_t s = b; s <= e; ++s) {
        const std::vector<std::pair<uint32_t, std::string>>& found = topics_of(s);
        const auto& tokens = ctx.sentences[s].tokens;
        const uint32_t open_at = static_cast<uint32_t>(TokenAt(tokens, q.outer.begin));
        const uint32_t from = s == b && open_at > kTopicWindow ? open_at - kTopicWindow : 0;
        const uint32_t to = s == e ? static_cast<uint32_t>(TokenAt(tokens, q.outer.end - 1)) + kTopicWindow
                                   : UINT32_MAX;
        auto it = std::lower_bound(found.begin(), found.end(), from,
                                   [](const auto& f, uint32_t v) { return f.first < v; });
        for (; it != found.end() && it->first <= to; ++it) c.topics.push_back(it->second);
      }
      std::sort(c.topics.begin(), c.topics.end());
      c.topics.erase(std::unique(c.topics.begin(), c.topics.end()), c.topics.end());
      ctx.claims.push_back(std::move(c));
    }
    k = last + 1;
  }
}

}  // namespace crosscheck::internal
