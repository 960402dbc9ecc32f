// MentionFinder::Find (declared in mentions.h): names, titles and pronouns of one sentence.
#include "lib/extract/speakers/mentions.h"

namespace crosscheck::internal {
namespace {

std::string Written(std::string_view text, Tokens tokens, size_t b,
                    size_t e) {
  if (b >= e) return {};
  return std::string(text.substr(tokens[b].span.begin, tokens[e - 1].span.end - tokens[b].span.begin));
}

// The first token from tokens[i] on (or tokens.size()) that Find's tests may stop at: a word
// not skipped that is capitalised, has speech flags (a pronoun, a determiner), may start a
// title, or may be a jurisdiction before one. A loop of its own: most words are none, and
// Find's loop went through its branches for each with its state on the stack.
size_t NextMentionWord(Tokens tokens, std::span<const uint8_t> skip, size_t i,
                       const SpeechLexicon& speech, const RoleLexicon& roles) {
  const size_t n = tokens.size();
  for (; i < n; ++i) {
    const Token& t = tokens[i];
    if (skip[i] || t.kind != TokenKind::kWord) continue;
    // CompileLexicon answered the tests below for a lexicon word in lower case.
    if (!t.upper && !t.hyphen && t.lex != nullptr && t.lex->Is(kLexPlainMention)) continue;
    if (t.upper || speech.Flags(t) != 0 || roles.MayStartTitle(t)) return i;
    if (i + 1 < n && roles.MayStartTitle(tokens[i + 1]) && roles.MayStartJurisdiction(t)) {
      return i;
    }
  }
  return n;
}

}  // namespace

struct MentionFinder::Scan {
  std::string_view text;
  Tokens tokens;
  std::span<const uint8_t> skip;
  ArticlePersons& art;
  std::vector<RoleBinding>* roles;
  std::vector<Mention>& out;

  // The sentence's vector is kept with its reading, so it starts empty: room for a few at the
  // first, where growing one at a time reallocated it at the second and the third.
  void Add(Mention&& m) {
    if (out.capacity() == 0) out.reserve(4);
    out.push_back(std::move(m));
  }
  void Log(size_t token, int person) {
    if (person >= 0) art.mentions.emplace_back(tokens[token].span.begin, person);
  }
  // The person holds the title: their role in this article, and a binding for a role claim.
  // `jurisdiction` a view: a string taken by value was copied at every titled mention.
  void Bind(const RoleLexicon& lexicon, int person, std::string_view office,
            std::string_view jurisdiction, size_t tb, size_t te) {
    ArticlePerson& p = art.persons[person];
    if (jurisdiction.empty()) jurisdiction = p.known_country;
    // The same title as last time (an article gives it at many mentions): the key made then
    // is Key's answer for the same two, and only Bind sets an office.
    if (office.empty() || p.office != office || p.jurisdiction != jurisdiction) {
      p.office = office;
      p.jurisdiction = jurisdiction;
      p.role_key = lexicon.Key(jurisdiction, office);
    }
    roles->push_back({person, p.role_key, static_cast<uint32_t>(tb), static_cast<uint32_t>(te)});
  }
};

void MentionFinder::Find(std::string_view text, Tokens tokens, std::span<const uint8_t> skip,
                         std::span<const uint8_t> near_cue, ArticlePersons& art,
                         std::vector<RoleBinding>* roles, std::vector<Mention>& out) const {
  out.clear();
  Scan scan{text, tokens, skip, art, roles, out};
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    if ((i = NextMentionWord(tokens, skip, i, speech_, roles_)) == n) break;
    const Token& t = tokens[i];
    const uint8_t flags = speech_.Flags(t);
    if (const char g = SpeechLexicon::Pronoun(flags)) {
      // Capitalised "Sie" inside a sentence is the polite "you", not "she".
      if (!(t.upper && i > 0 && words_.Is(t, WordClass::kPolitePronoun))) {
        Mention m;
        m.tb = static_cast<uint32_t>(i);
        m.te = m.tb + 1;
        m.kind = MentionKind::kPronoun;
        m.gender = g;
        scan.Add(std::move(m));
      }
      continue;
    }
    // [determiner] [jurisdiction] title [name] ("der ukrainische Außenminister Andrii Sybiha").
    // Every word is tried, so the test for a title stays here and only a found one leaves.
    const size_t r = (flags & SpeechLexicon::kDeterminer) ? i + 1 : i;
    // A whole title first ("Kremlin spokesman"), then a jurisdiction before a title. The
    // jurisdiction's string only where one may stand: made for every word, it cost more than
    // the title gates.
    // MayStartTitle passes every word Match may match: most words skip the match's strings.
    if (r < n && !skip[r] && tokens[r].kind == TokenKind::kWord &&
        roles_.MayStartTitle(tokens[r])) {
      if (const RoleMatch rm = roles_.Match(tokens, r); rm.length > 0) {
        i = TitleMention(scan, i, r, r + rm.length, rm, std::string()) - 1;
        continue;
      }
    }
    if (r + 1 < n && !skip[r] && roles_.MayStartTitle(tokens[r + 1]) &&
        roles_.MayStartJurisdiction(tokens[r])) {
      std::string juris;
      if (const size_t jl = roles_.Jurisdiction(tokens, r, &juris); jl > 0) {
        if (const RoleMatch rm = roles_.Match(tokens, r + jl); rm.length > 0) {
          i = TitleMention(scan, i, r, r + jl + rm.length, rm, std::move(juris)) - 1;
          continue;
        }
      }
    }
    if (!t.upper) continue;  // NameAt's first test (NameWord), before its strings are made.
    std::string id;
    bool gen = false;
    if (const size_t nl = NameAt(tokens, i, skip, art, near_cue[i], &id, &gen)) {
      AddNameMention(scan, i, nl, id, gen);
      i += nl - 1;
    }
  }
}

size_t MentionFinder::TitleMention(Scan& scan, size_t start, size_t title_b, size_t end,
                                   const RoleMatch& rm, std::string juris) const {
  Tokens tokens = scan.tokens;
  std::span<const uint8_t> skip = scan.skip;
  const size_t n = tokens.size();
  // The title's own jurisdiction as a view into the role tables, not copied.
  std::string_view jv = juris.empty() ? rm.jurisdiction : std::string_view(juris);
  if (jv.empty() && end + 1 < n && words_.Is(tokens[end], WordClass::kTitleOf)) {
    // "Präsident der Ukraine", "foreign minister of Ukraine".
    if (size_t l = roles_.Jurisdiction(tokens, end + 1, &juris)) end += 1 + l;
    jv = juris;
  }
  std::string id;
  bool gen = false;
  size_t name_b = end;
  size_t nl = NameAt(tokens, end, skip, scan.art, 2, &id, &gen);
  if (nl > 0 && words_.Is(tokens[end], WordClass::kNotName)) nl = 0;  // "Premier League".
  if (nl == 0 && end + 1 < n && tokens[end].folded() == ",") {
    // Apposition: "der Sprecher des Außenministeriums, Matthew Miller, sagte".
    nl = NameAt(tokens, end + 1, skip, scan.art, 2, &id, &gen);
    const size_t after = end + 1 + nl;
    if (nl > 0 && (after >= n || tokens[after].kind == TokenKind::kPunct ||
                   !tokens[after].upper)) {
      name_b = end + 1;
    } else {
      nl = 0;
    }
  }
  std::vector<Mention>& out = scan.out;
  if (nl > 0) {
    std::string written = Written(scan.text, tokens, name_b, name_b + nl);  // Made once.
    const int person = scan.art.Register(dir_, id, written);
    scan.Bind(roles_, person, rm.office, jv, title_b, name_b + nl);
    Mention m;
    m.tb = static_cast<uint32_t>(start);
    m.te = static_cast<uint32_t>(name_b + nl);
    m.person = person;
    m.genitive = gen;
    m.written = std::move(written);
    scan.Add(std::move(m));
    scan.Log(name_b, person);
    return name_b + nl;
  }
  // "Kirby, the White House national security spokesman": the title follows the name.
  if (!out.empty() && out.back().kind == MentionKind::kName && out.back().person >= 0 &&
      out.back().te < n && tokens[out.back().te].folded() == "," && out.back().te + 1 == start) {
    scan.Bind(roles_, out.back().person, rm.office, jv, out.back().tb, end);
    return end;
  }
  Mention m;
  m.tb = static_cast<uint32_t>(start);
  m.te = static_cast<uint32_t>(end);
  m.kind = MentionKind::kRole;
  m.person = scan.art.ResolveTitle(roles_, rm.office, jv, tokens[start].span.begin);
  scan.Add(std::move(m));
  scan.Log(start, out.back().person);
  return end;
}

void MentionFinder::AddNameMention(Scan& scan, size_t i, size_t nl, const std::string& id,
                                   bool gen) const {
  Mention m;
  m.tb = static_cast<uint32_t>(i);
  m.te = static_cast<uint32_t>(i + nl);
  m.written = Written(scan.text, scan.tokens, i, i + nl);
  if (gen) {  // Register the name without its genitive ending.
    const std::string_view w = m.written;
    const size_t cut = w.size() >= 3 && w.substr(w.size() - 3) == "\xE2\x80\x99s" ? 3
                       : w.size() >= 2 && w.substr(w.size() - 2) == "'s"            ? 2
                                                                                    : 1;
    m.written = m.written.substr(0, w.size() - cut);
  }
  m.person = scan.art.Register(dir_, id, m.written);
  m.genitive = gen;
  scan.Add(std::move(m));
  scan.Log(i, scan.out.back().person);
}

}  // namespace crosscheck::internal
