#include "lib/extract/speakers/person.h"

#include <algorithm>
#include <array>

#include "fmt/format.h"
#include "lib/data/embedded.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {
namespace {

// ASCII base letters of U+00C0..U+00FF ('*': two letters, handled in code; '-': not a letter).
constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y";
// ASCII base letters of U+0100..U+017F (Latin Extended-A), in code point order.
constexpr std::string_view kLatinExtA =
    "aaaaaacccccccc"
    "ddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";

void AppendLatin1(unsigned cp, std::string& out) {
  switch (cp) {
    case 0xC6: case 0xE6: out += "ae"; return;
    case 0xDE: case 0xFE: out += "th"; return;
    case 0xDF: out += "ss"; return;
    default: break;
  }
  const char c = kLatin1[cp - 0xC0];
  if (c != '-') out += c;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Appends the skeleton of one ASCII word to `out`: one pass into a buffer on the stack, then
// one append (this runs for every new capitalised word of every article, and appending
// letter by letter to a std::string cost about twice the work).
void AppendWordSkeleton(std::string_view w, std::string& out) {
  // A letter gives at most two ("x" -> "ks"); longer words than the stack holds are rare.
  char small[64];
  std::string big;
  char* b = small;
  if (w.size() > sizeof(small) / 2) {
    big.resize(2 * w.size());
    b = big.data();
  }
  // The letters the rules below begin with; every other byte is copied as it is, after
  // one table test instead of the nine compares of the rules (most letters are such).
  static constexpr auto kRuled = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : std::string_view("tskpcxwzj")) t[c] = true;
    return t;
  }();
  size_t n = 0;
  for (size_t i = 0; i < w.size();) {
    // German digraphs first, then single letters. The first letter is tested before any
    // substring: this runs for every capitalised word of every article.
    char c = w[i];
    if (!kRuled[static_cast<unsigned char>(c)]) {
      b[n++] = c;
      ++i;
      continue;
    }
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if (c == 't' && w.substr(i, 4) == "tsch") { b[n++] = 'c'; b[n++] = 'h'; i += 4; continue; }
    if (c == 's' && w.substr(i, 3) == "sch") { b[n++] = 's'; b[n++] = 'h'; i += 3; continue; }
    if (next == 'h' && c == 'k') { b[n++] = 'c'; b[n++] = 'h'; i += 2; continue; }
    if (next == 'h' && c == 'p') { b[n++] = 'f'; i += 2; continue; }
    if (c == 'c' && next == 'k') { b[n++] = 'k'; i += 2; continue; }
    ++i;
    if (c == 'x') { b[n++] = 'k'; b[n++] = 's'; continue; }
    if (c == 'w') c = 'v';
    if (c == 'z') c = 's';
    if (c == 'j') c = 'y';
    b[n++] = c;
  }
  // Transliterated endings: -yj, -ij, -iy, -yy, -ii, -ki all end the same way. The first
  // set is every pair of 'i' and 'y' ("iy", "yy", "ii", "yi"), tested as two letters: this
  // runs for every capitalised word, and four suffix compares cost more than the word.
  auto i_or_y = [](char c) { return c == 'i' || c == 'y'; };
  if (n > 3 && i_or_y(b[n - 2]) && i_or_y(b[n - 1])) {
    --n;
    b[n - 1] = 'y';
  }
  if (n > 4 && b[n - 2] == 'k' && b[n - 1] == 'i') b[n - 1] = 'y';
  // Doubled letters once.
  size_t o = 0;
  for (size_t i = 0; i < n; ++i) {
    if (o == 0 || b[o - 1] != b[i]) b[o++] = b[i];
  }
  out.append(b, o);
}

}  // namespace

std::string AsciiName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {  // ASCII, nearly every byte of a name: no code point decoding.
      ++i;
      const bool upper = c >= 'A' && c <= 'Z';
      const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      const char o = upper ? static_cast<char>(c | 0x20) : keep ? static_cast<char>(c) : '\0';
      if (o != '\0') {
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += o;
      } else if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '_') {
        pending_space = true;
      }
      continue;
    }
    unsigned cp = c;
    size_t len = 1;
    if (c >= 0xC0 && c < 0xE0 && i + 1 < name.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
      len = 2;
    } else if (c >= 0xE0) {
      len = c < 0xF0 ? 3 : 4;
      cp = 0x10000;  // Outside the Latin blocks: not part of a name key.
    }
    i += len;
    const size_t before = out.size();
    if (cp < 0x80) {
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c | 0x20);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      AppendLatin1(cp, out);
    } else if (cp >= 0x100 && cp <= 0x17F) {
      out += kLatinExtA[cp - 0x100];
    }
    if (out.size() > before) {
      if (pending_space && before > 0) out.insert(before, 1, ' ');
      pending_space = false;
    } else if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '_' || cp == 0xA0) {
      pending_space = true;  // Apostrophes and dots vanish: "O'Brien" -> "obrien".
    }
  }
  return out;
}

namespace {

// NameSkeleton of a name already in AsciiName's form (AsciiName of it is itself).
std::string SkeletonOfAscii(std::string_view ascii) {
  std::string out;
  out.reserve(ascii.size() + 2);
  size_t start = 0;
  while (start < ascii.size()) {
    size_t end = ascii.find(' ', start);
    if (end == std::string::npos) end = ascii.size();
    if (end > start) {
      if (!out.empty()) out += ' ';
      AppendWordSkeleton(ascii.substr(start, end - start), out);
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string NameSkeleton(std::string_view name) {
  // Most calls are for one folded token (ArticlePersons::SkeletonsOf, at every capitalised
  // word of an article): lower-case ASCII letters and digits only, which AsciiName returns
  // as they are, so the copy it would build is skipped.
  const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
  return plain ? SkeletonOfAscii(name) : SkeletonOfAscii(AsciiName(name));
}

std::string LastWordSkeleton(std::string_view name) {
  // Skeletons are made word by word, so the last word's skeleton is the skeleton of the
  // last word of the ASCII form; the words before it need not be made.
  const std::string ascii = AsciiName(name);
  const size_t space = ascii.rfind(' ');
  return SkeletonOfAscii(space == std::string::npos ? std::string_view(ascii)
                                                    : std::string_view(ascii).substr(space + 1));
}

std::string_view StripGenitive(std::string_view w) {
  for (std::string_view e : {"'s", "\xE2\x80\x99s", "s", "'"}) {
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) {
      return w.substr(0, w.size() - e.size());
    }
  }
  return {};
}

bool LooksTransliterated(std::string_view ascii_name) {
  static constexpr std::string_view kEndings[] = {
      "yj", "ij", "iy", "yy", "skyi", "sky", "ski", "enko", "ov", "ova", "ev", "eva",
      "ow", "owa", "ew", "ewa", "uk", "chuk", "yk", "ykh", "ych", "itsch", "ich"};
  // Every ending above ends in one of these letters: a word ending otherwise skips the list.
  static constexpr std::string_view kLastLetters = "jyiovawkh";
  // Words walked in place (Split would build a vector for each name).
  for (size_t start = 0; start <= ascii_name.size();) {
    size_t end = ascii_name.find(' ', start);
    if (end == std::string_view::npos) end = ascii_name.size();
    const std::string_view w = ascii_name.substr(start, end - start);
    start = end + 1;
    if (w.size() < 4) continue;
    if (kLastLetters.find(w.back()) != std::string_view::npos) {
      for (std::string_view e : kEndings) {
        if (EndsWith(w, e)) return true;
      }
    }
    if (w.find("tsch") != std::string_view::npos || w.find("kh") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

PersonDirectory::PersonDirectory(const ExtractOptions& options) {
  StringMap<std::string> surnames;  // Skeleton of a last word -> id, "" when ambiguous.
  // `surname`: the form that stands alone; empty: the last word; "-": none.
  auto add_alias = [&](std::string_view form, const std::string& id, std::string_view surname) {
    const std::string key = NameSkeleton(form);
    if (key.empty()) return;
    alias_[key] = id;
    first_words_.insert(key.substr(0, key.find(' ')));
    const size_t space = key.rfind(' ');
    if (space == std::string::npos || surname == "-") return;
    std::string last = surname.empty() ? key.substr(space + 1) : NameSkeleton(surname);
    if (surname.empty()) given_names_.insert(key.substr(0, key.find(' ')));
    auto [it, inserted] = surnames.emplace(std::move(last), id);
    if (!inserted && it->second != id) it->second.clear();
  };
  for (const TableRow& row : CommonTable(kPersonsTable).rows) {
    if (row[1].empty()) continue;
    const std::string id(row[1]);
    PersonInfo& info = by_id_[id];
    info.id = id;
    if (row.size() > 2 && !row[2].empty()) info.country = std::string(row[2]);
    if (row.size() > 3 && !row[3].empty()) info.gender = row[3][0];
    if (row.size() > 4 && !row[4].empty()) info.office = std::string(row[4]);
    add_alias(row[0], id, row.size() > 5 ? row[5] : std::string_view());
  }
  for (const auto& [form, id] : options.person_aliases) {
    if (by_id_.find(id) == by_id_.end()) by_id_[id].id = id;
    add_alias(form, id, std::string_view());
  }
  // A surname alone names the person when no other listed person shares it; explicit
  // single-word rows win.
  for (const auto& [last, id] : surnames) {
    if (!id.empty()) alias_.try_emplace(last, id);
    first_words_.insert(last);
  }
  for (const TableRow& row : CommonTable(kGivenNamesTable).rows) {
    given_names_.insert(NameSkeleton(row[0]));
  }
}

const PersonInfo* PersonDirectory::Lookup(std::string_view name) const {
  return LookupKey(NameSkeleton(name));
}

const PersonInfo* PersonDirectory::LookupKey(std::string_view skeleton) const {
  auto it = alias_.find(skeleton);
  return it == alias_.end() ? nullptr : ById(it->second);
}

const PersonInfo* PersonDirectory::ById(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &it->second;
}

std::string PersonDirectory::Canonical(std::string_view name) const {
  // AsciiName once: NameSkeleton(name) is SkeletonOfAscii(ascii), and NameSkeleton(ascii) is
  // the same key again (AsciiName is idempotent).
  std::string ascii = AsciiName(name);
  std::string key = SkeletonOfAscii(ascii);
  if (const PersonInfo* p = LookupKey(key)) return p->id;
  std::string id = LooksTransliterated(ascii) ? std::move(key) : std::move(ascii);
  std::replace(id.begin(), id.end(), ' ', '_');
  return id;
}

bool PersonDirectory::IsGivenName(std::string_view folded) const {
  return given_names_.count(NameSkeleton(folded)) > 0;
}

bool PersonDirectory::StartsAlias(std::string_view word_skeleton) const {
  return first_words_.count(word_skeleton) > 0;
}

}  // namespace crosscheck::internal
