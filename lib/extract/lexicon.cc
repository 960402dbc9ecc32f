#include "lib/extract/lexicon.h"

#include <charconv>

#include "fmt/format.h"
#include "lib/data/embedded.h"

namespace crosscheck::internal {
namespace {

double ToDouble(std::string_view s) {
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

Lexicon Lexicon::Build(std::string_view lang, const ExtractOptions& options) {
  Lexicon x;
  x.lang = std::string(lang);
  auto table = [&](PhraseTable& t, std::string_view name) {
    t.AddTable(fmt::format("{}/{}.tsv", lang, name));
  };
  table(x.hedges, "hedges");
  table(x.scales, "scales");
  table(x.vague, "vague");
  table(x.currencies, "currencies");
  table(x.measures, "measures");
  table(x.modifiers, "modifiers");
  table(x.rates, "rates");
  table(x.modality, "modality");
  table(x.sources, "sources");
  table(x.purposes, "purposes");
  table(x.entities, "entities");
  table(x.events, "events");
  table(x.months, "months");
  table(x.weekdays, "weekdays");
  table(x.relative_days, "relative_days");
  table(x.boilerplate, "boilerplate");
  // Nationality words of every country are entities too ("212 Bangladeshis", "40 Kenyan
  // runners"): whose figure it is. The hand-kept entities table, read first, wins.
  for (const auto& row : TableRows(fmt::format("{}/demonyms.tsv", lang))) {
    if (row.size() >= 2) x.entities.Add(row[0], {std::string(row[1]), "demonym"});
  }
  table(x.measure_verbs, "measure_verbs");
  table(x.changes, "changes");
  table(x.places, "places");
  table(x.locatives, "locatives");
  table(x.units, "units");
  StringMap<std::string> parent;
  for (const auto& row : TableRows("common/measure_tree.tsv")) {
    if (row.size() < 3) continue;
    x.measure_tally[std::string(row[0])] = {row[2] == "toll", row[2] == "occasion",
                                            row[2] == "generic", false,
                                            row[1] == "-" ? std::string() : std::string(row[1])};
    parent[std::string(row[0])] = std::string(row[1]);
  }
  // A measure counts people when the generic root is among its ancestors (the tree is
  // shallow; the bound only guards against a cycle in a user's table).
  for (auto& [measure, info] : x.measure_tally) {
    std::string at = measure;
    for (int depth = 0; depth < 16 && !info.person; ++depth) {
      auto p = parent.find(at);
      if (p == parent.end()) break;
      info.person = x.measure_tally.contains(p->second) && x.measure_tally[p->second].generic;
      at = p->second;
    }
  }
  for (const auto& row : TableRows("common/agencies.tsv")) {
    if (row.size() >= 2) x.agencies.insert(std::string(row[1]));
  }
  table(x.numeral_words, "numeral_words");
  for (const auto& row : TableRows(fmt::format("{}/labels.tsv", lang))) {
    x.labels.insert(Fold(row[0]));
  }
  for (const auto& row : TableRows(fmt::format("{}/numbers.tsv", lang))) {
    if (row.size() < 2) continue;
    const std::string form = Fold(row[0]);
    x.number_words[form] = ToDouble(row[1]);
    x.number_word_starts.Add(form);
  }
  // Umlauts written out ("fuenf", "zwoelf") start as "fu", "zw": the same first letter.
  x.number_word_starts.Add("fu");
  for (const auto& [form, measure] : options.measure_nouns) x.measures.Add(form, {measure});
  return x;
}

namespace {

std::optional<double> GermanBelowThousand(const StringMap<double>& words, std::string_view w);

// What follows "hundert" or "tausend" in a compound, which may join it with "und":
// "hundertundzwei", "dreihundertvierzigtausendundfünf".
std::optional<double> GermanRest(const StringMap<double>& words, std::string_view w) {
  if (w.size() > 3 && w.substr(0, 3) == "und") w.remove_prefix(3);
  return GermanBelowThousand(words, w);
}

// German compounds below one thousand: "dreiunddreißig", "zweihundertfünfzig", "elf",
// "dreieinhalb"; old-style hundreds: "neunzehnhundertachtundvierzig".
std::optional<double> GermanBelowThousand(const StringMap<double>& words, std::string_view w) {
  if (w.empty()) return 0;
  if (auto it = words.find(w); it != words.end() && it->second < 100) return it->second;
  constexpr std::string_view kHalf = "einhalb";  // "dreieinhalb": three and a half.
  if (w.size() > kHalf.size() && w.substr(w.size() - kHalf.size()) == kHalf) {
    auto whole = GermanBelowThousand(words, w.substr(0, w.size() - kHalf.size()));
    if (whole && *whole >= 1 && *whole < 100 && *whole == static_cast<int>(*whole)) {
      return *whole + 0.5;
    }
    return std::nullopt;
  }
  if (size_t h = w.find("hundert"); h != std::string_view::npos) {
    double left = 1;
    if (h > 0) {
      auto l = GermanBelowThousand(words, w.substr(0, h));
      if (!l || *l < 1 || *l > 99 || *l != static_cast<int>(*l)) return std::nullopt;
      left = *l;
    }
    auto r = GermanRest(words, w.substr(h + 7));
    if (!r || *r >= 100) return std::nullopt;
    return left * 100 + *r;
  }
  if (size_t u = w.find("und"); u != std::string_view::npos && u > 0) {
    auto unit = GermanBelowThousand(words, w.substr(0, u));
    auto tens = GermanBelowThousand(words, w.substr(u + 3));
    if (unit && tens && *unit >= 1 && *unit <= 9 && *tens >= 20 && *tens <= 90 &&
        static_cast<int>(*tens) % 10 == 0) {
      return *tens + *unit;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> Lexicon::NumberWord(std::string_view w) const {
  if (!MayBeNumberWord(w)) return std::nullopt;
  if (auto it = number_words.find(w); it != number_words.end()) return it->second;
  if (lang == "de" && (w.find("ue") != std::string_view::npos ||
                       w.find("oe") != std::string_view::npos ||
                       w.find("ss") != std::string_view::npos)) {
    // Umlauts written without diacritics: "fuenf", "zwoelf", "dreissig".
    std::string u(w);
    for (auto [from, to] : {std::pair{"ue", "\xC3\xBC"}, {"oe", "\xC3\xB6"}, {"ss", "\xC3\x9F"}}) {
      for (size_t p = u.find(from); p != std::string::npos; p = u.find(from, p + 2)) {
        u.replace(p, 2, to);
      }
    }
    if (u != w) {
      if (auto v = NumberWordExact(u)) return v;
    }
  }
  return NumberWordExact(w);
}

std::optional<double> Lexicon::NumberWordExact(std::string_view w) const {
  if (auto it = number_words.find(w); it != number_words.end()) return it->second;
  if (lang == "de") {
    if (size_t t = w.find("tausend"); t != std::string_view::npos) {
      double left = 1;
      if (t > 0) {
        auto l = GermanBelowThousand(number_words, w.substr(0, t));
        if (!l || *l < 1) return std::nullopt;
        left = *l;
      }
      auto r = GermanRest(number_words, w.substr(t + 7));
      if (!r) return std::nullopt;
      return left * 1000 + *r;
    }
    auto v = GermanBelowThousand(number_words, w);
    if (v && *v > 0) return v;
    return std::nullopt;
  }
  // English hyphenated compounds: "one-and-a-half", "nine-thousand", "twenty-five-hundred".
  constexpr std::string_view kAndAHalf = "-and-a-half";
  if (w.size() > kAndAHalf.size() && w.ends_with(kAndAHalf)) {
    auto whole = NumberWordExact(w.substr(0, w.size() - kAndAHalf.size()));
    if (whole && *whole >= 1 && *whole < 100 && *whole == static_cast<int>(*whole)) {
      return *whole + 0.5;
    }
    return std::nullopt;
  }
  if (size_t dash = w.rfind('-'); dash != std::string_view::npos && dash > 0) {
    auto scale = number_words.find(w.substr(dash + 1));
    if (scale != number_words.end() && (scale->second == 100 || scale->second == 1000)) {
      auto left = NumberWordExact(w.substr(0, dash));
      if (left && *left >= 1 && *left < 100) return *left * scale->second;
    }
  }
  // English "twenty-five".
  if (size_t dash = w.find('-'); dash != std::string_view::npos) {
    auto tens = number_words.find(w.substr(0, dash));
    auto unit = number_words.find(w.substr(dash + 1));
    if (tens != number_words.end() && unit != number_words.end() && tens->second >= 20 &&
        tens->second <= 90 && unit->second >= 1 && unit->second <= 9) {
      return tens->second + unit->second;
    }
  }
  return std::nullopt;
}

PhraseMatch Lexicon::Entity(const std::vector<Token>& tokens, size_t i) const {
  PhraseMatch m = entities.Match(tokens, i);
  if (m.length > 0 || tokens[i].kind != TokenKind::kWord) return m;
  const std::string_view w = tokens[i].folded;
  if (size_t dash = w.find('-'); dash != std::string::npos && dash > 0) {
    if (const auto* f = entities.Find(std::string_view(w).substr(0, dash))) return {1, f};
  }
  return {};
}

}  // namespace crosscheck::internal
