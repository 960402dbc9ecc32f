#include "bench/corpus_generator.h"

#include <random>

#include "fmt/format.h"
#include "lib/io/json.h"

namespace crosscheck::bench {
namespace {

struct Country {
  const char* key;
  const char* de_noun;
  const char* de_adj;  // Inflected before a plural noun.
  const char* en_noun;
  const char* en_adj;
};

constexpr Country kCountries[] = {
    {"north_korea", "Nordkorea", "nordkoreanische", "North Korea", "North Korean"},
    {"russia", "Russland", "russische", "Russia", "Russian"},
    {"ukraine", "die Ukraine", "ukrainische", "Ukraine", "Ukrainian"},
    {"china", "China", "chinesische", "China", "Chinese"},
    {"iran", "Iran", "iranische", "Iran", "Iranian"},
    {"france", "Frankreich", "französische", "France", "French"},
};

constexpr const char* kDeMeasures[] = {"Soldaten", "Drohnen", "Panzer", "Raketen", "Verletzte"};
constexpr const char* kEnMeasures[] = {"soldiers", "drones", "tanks", "missiles", "wounded"};
constexpr const char* kDeHedges[] = {"", "fast ", "bis zu ", "über ", "rund ", "mindestens "};
constexpr const char* kEnHedges[] = {"", "nearly ", "up to ", "more than ", "about ", "at least "};
constexpr const char* kDeMonths[] = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
                                     "August", "September", "Oktober", "November", "Dezember"};
constexpr const char* kEnMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};
constexpr const char* kSpeakers[][2] = {{"Antony Blinken", "Außenminister"},
                                        {"John Kirby", "Sprecher"},
                                        {"Jake Sullivan", "Sicherheitsberater"},
                                        {"Lloyd Austin", "Verteidigungsminister"}};

std::string DeNumber(uint64_t v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back('.');
    out.push_back(digits[i]);
  }
  return out;
}

std::string EnNumber(uint64_t v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// One paragraph of a story; `truth` is the story's figure, bent when `contradict`.
std::string Paragraph(std::mt19937_64& rng, const std::string& lang, uint64_t story,
                      bool contradict) {
  const Country& c = kCountries[story % std::size(kCountries)];
  const size_t m = (story / std::size(kCountries)) % std::size(kDeMeasures);
  uint64_t truth = 500 + (story * 7919) % 20000;
  truth -= truth % 100;
  const uint64_t figure = contradict ? truth * 3 : truth;
  const size_t h = rng() % std::size(kDeHedges);
  const int day = 1 + static_cast<int>(rng() % 28);
  const int month = static_cast<int>(rng() % 12);
  const auto& speaker = kSpeakers[rng() % std::size(kSpeakers)];
  const uint64_t aid = (1 + rng() % 9) * 100;
  if (lang == "de") {
    return fmt::format(
        "Nach Angaben aus Seoul hat {} bereits {}{} {} {} an die Front geschickt. "
        "Das Treffen der Außenminister fand am {}. {} statt, wie die Agenturen berichteten. "
        "„Die Lage bleibt ernst, und wir beobachten jede Bewegung“, sagte {} {} am Rande der "
        "Gespräche. Die Regierung kündigte zusätzliche {} Millionen Dollar an Militärhilfe an, "
        "täglich würden über {} Verluste gemeldet.\n\n",
        c.de_noun, kDeHedges[h], DeNumber(figure), c.de_adj, kDeMeasures[m], day,
        kDeMonths[month], speaker[1], speaker[0], aid, DeNumber(truth / 10));
  }
  return fmt::format(
      "{} has already sent {}{} {} {} to the front, officials in Seoul said. "
      "The foreign ministers met on {} {}, according to the agencies. "
      "“The situation remains serious, and we are watching every move,” {} said on the "
      "sidelines of the talks. The government announced an additional ${} million in military "
      "aid, with more than {} casualties reported a day.\n\n",
      c.en_noun, kEnHedges[h], EnNumber(figure), c.en_adj, kEnMeasures[m], kEnMonths[month], day,
      speaker[0], aid, EnNumber(truth / 10));
}

// Syllables for made-up names: story s gets names from the digits of s in base 24, so that
// every story up to 24^4 / 7 has its own place, person and organisation.
constexpr const char* kSyllables[] = {"ka", "lo", "mir", "ten", "bra", "vos", "lun", "dre",
                                      "pel", "sig", "tor", "gan", "rhu", "bel", "kos", "vin",
                                      "dal", "mek", "sor", "fal", "zu",  "nor", "hab", "ilt"};
constexpr const char* kTopics[] = {
    "harbour", "bridge",  "factory", "railway", "pipeline", "election", "vaccine", "reservoir",
    "airport", "mine",    "festival", "tunnel", "refinery", "hospital", "stadium", "glacier",
    "orchard", "foundry", "canal",   "quarry",  "vineyard", "lighthouse", "brewery", "observatory"};

std::string Name(uint64_t s, uint64_t salt) {
  s = s * 7 + salt;  // Place, person and organisation of one story differ.
  std::string out;
  for (int i = 0; i < 4; ++i, s /= std::size(kSyllables)) {
    out += kSyllables[s % std::size(kSyllables)];
  }
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string StoryParagraph(const std::string& lang, uint64_t story) {
  const std::string place = Name(story, 1), person = Name(story, 2), org = Name(story, 3);
  const char* topic = kTopics[story % std::size(kTopics)];
  const char* other = kTopics[(story / std::size(kTopics) + 7) % std::size(kTopics)];
  if (lang == "de") {
    return fmt::format("In {} erklärte {} von der Gruppe {}, der Streit um {} und {} in {} sei "
                       "noch nicht beigelegt.\n\n",
                       place, person, org, topic, other, place);
  }
  return fmt::format("In {}, {} of the {} group said the dispute over the {} and the {} in {} "
                     "was not settled.\n\n",
                     place, person, org, topic, other, place);
}

}  // namespace

Document GenerateArticle(uint64_t index, const std::string& lang, const GeneratorOptions& o) {
  std::mt19937_64 rng(o.seed * 1000003 + index);
  Document d;
  d.id = fmt::format("gen-{}-{:07d}", lang, index);
  d.lang = lang;
  d.published = absl::CivilDay(2024, 10, 1) + static_cast<int>(index % 60);
  const uint64_t story = rng() % o.stories;
  std::uniform_real_distribution<double> coin(0, 1);
  for (size_t p = 0; p < o.paragraphs_per_article; ++p) {
    d.text += Paragraph(rng, lang, story, coin(rng) < o.contradiction_rate);
  }
  if (o.story_words) d.text += StoryParagraph(lang, story);
  return d;
}

std::string GenerateText(size_t bytes, const std::string& lang, uint64_t seed) {
  GeneratorOptions o;
  o.seed = seed;
  std::string out;
  for (uint64_t i = 0; out.size() < bytes; ++i) out += GenerateArticle(i, lang, o).text;
  out.resize(bytes);
  // Cut back to a character boundary so the text stays valid UTF-8.
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  return out;
}

std::string ToJsonLine(const Document& doc) {
  std::string line = "{\"id\":";
  internal::AppendJsonString(line, doc.id);
  line += ",\"lang\":";
  internal::AppendJsonString(line, doc.lang);
  if (doc.published) {
    line += ",\"published\":";
    internal::AppendJsonString(line, absl::FormatCivilTime(*doc.published));
  }
  line += ",\"text\":";
  internal::AppendJsonString(line, doc.text);
  line += "}\n";
  return line;
}

}  // namespace crosscheck::bench
