// Table-driven corpora under tests/extract/corpus/<dimension>/<lang>.tsv: each line is a text and the
// claim it must (or must not) yield. Format (tab-separated):
//
//   text  kind  value  [key=value;...]
//
// kind: quantity | money | date | none (no quantity or money claim at all).
// value: an interval "[9700,10300]", "(1200,inf)", "[11400,12000)" for quantity and money,
//        "2024-10-25..2024-10-25" ("--10-25..--10-25" without a year) or "unresolved" for
//        dates, "-" for none.
// extras: unit=, currency=, subject=, rate=, modality=, source=, place=, aspect=,
//         text= (the claim's words), event=, key=, confidence=, part= (true for a part
//         singled out, Claim::value_is_part), interim= (true for a figure of a
//         projection or a partial count, Claim::value_is_interim), time= (the figure's time frame,
//         "2023-01-01..2023-12-31" or empty), published=YYYY-MM-DD (the document's
//         date), home= (where the document is set: DocumentResult::home), claims=N (how many claims of the line's dimension the text makes; 1 when
//         not given).
// A "\n" in a text separates paragraphs. Lines starting with '#' are comments. A line
// starting with "!" is a known gap: it is run and skipped while it fails, and fails once it
// passes, so that its "!" is dropped with the fix.
// Every line is a test of its own, named from its file, line number and first words
// (Corpus/Line.quantity_de_L12_Russland_verliert_taeglich), so a failure names its line and
// --gtest_filter runs one line. Texts that must yield no claim live in <lang>_negative.tsv
// (kind none, and only there); <lang>_heldout.tsv and <lang>_heldout_negative.tsv hold a
// held-out set written without looking at the reader; each corpus keeps a "# --- former bugs" block.
// Every line is strict: its text must yield exactly one claim of its dimension (a quantity
// or money line counts both), or as many as claims=N says when it names several, so spurious
// extra claims do not go unseen.
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "fmt/format.h"
#include "gtest/gtest.h"
#include "lib/base/days.h"
#include "lib/data/embedded.h"

namespace crosscheck {
namespace {

struct Case {
  int line = 0;
  bool known_gap = false;
  std::string text, kind, value;
  std::map<std::string, std::string> extras;
};

std::vector<Case> ReadCorpus(const std::string& path) {
  std::vector<Case> out;
  std::ifstream in(path);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    Case c;
    c.line = n;
    if (line[0] == '!') {
      c.known_gap = true;
      line.erase(0, 1);
    }
    std::vector<std::string_view> f = internal::Split(line, '\t');
    if (f.size() < 3) {
      ADD_FAILURE() << path << ":" << n << ": fewer than 3 fields";
      continue;
    }
    c.text = std::string(f[0]);
    for (size_t at = 0; (at = c.text.find("\\n", at)) != std::string::npos;) c.text.replace(at, 2, "\n");
    c.kind = std::string(f[1]);
    c.value = std::string(f[2]);
    if (f.size() > 3) {
      for (std::string_view kv : internal::Split(f[3], ';')) {
        const size_t eq = kv.find('=');
        if (eq != std::string_view::npos) {
          c.extras[std::string(kv.substr(0, eq))] = std::string(kv.substr(eq + 1));
        }
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string Num(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return fmt::format("{:g}", v);
}

std::string IntervalText(const Interval& i) {
  return fmt::format("{}{},{}{}", i.low_open ? '(' : '[', Num(i.low), Num(i.high),
                     i.high_open ? ')' : ']');
}

bool Close(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b));
}

bool IntervalMatches(const Interval& got, const std::string& want) {
  if (want.size() < 5) return false;
  Interval w;
  w.low_open = want.front() == '(';
  w.high_open = want.back() == ')';
  const std::string body = want.substr(1, want.size() - 2);
  const size_t comma = body.find(',');
  if (comma == std::string::npos) return false;
  auto parse = [](const std::string& s) -> double {
    if (s == "inf") return INFINITY;
    if (s == "-inf") return -INFINITY;
    return std::stod(s);
  };
  w.low = parse(body.substr(0, comma));
  w.high = parse(body.substr(comma + 1));
  return Close(got.low, w.low) && Close(got.high, w.high) && got.low_open == w.low_open &&
         got.high_open == w.high_open;
}

std::string Describe(const Claim& c, std::string_view text) {
  std::string v;
  if (c.kind == ClaimKind::kDate) {
    const std::optional<DateRange> days = c.date().range;
    v = days ? internal::FormatDay(days->begin) + ".." + internal::FormatDay(days->end)
             : "unresolved";
  } else {
    v = IntervalText(c.value);
  }
  return fmt::format("{} {} unit={} subject={} rate={} modality={} source={} event={} key={} "
                     "place={} aspect={} text=\"{}\"",
                     ToString(c.kind), v, c.unit, c.subject, c.rate, ToString(c.modality),
                     c.source, c.date().event, c.key, c.place, ToString(c.aspect),
                     c.span.Of(text));
}

// Empty when `c` satisfies the case; otherwise what differs.
bool Matches(const Claim& c, const Case& k, std::string_view text) {
  if (ToString(c.kind) != k.kind) return false;
  if (c.kind == ClaimKind::kDate) {
    const std::optional<DateRange> days = c.date().range;
    const std::string got =
        days ? internal::FormatDay(days->begin) + ".." + internal::FormatDay(days->end)
             : "unresolved";
    if (got != k.value) return false;
  } else if (!IntervalMatches(c.value, k.value)) {
    return false;
  }
  for (const auto& [key, want] : k.extras) {
    std::string got;
    if (key == "unit" || key == "currency") got = c.unit;
    else if (key == "subject") got = c.subject;
    else if (key == "rate") got = c.rate;
    else if (key == "modality") got = std::string(ToString(c.modality));
    else if (key == "source") got = c.source;
    else if (key == "text") got = std::string(c.span.Of(text));
    else if (key == "event") got = c.date().event;
    else if (key == "key") got = c.key;
    else if (key == "place") got = c.place;
    else if (key == "aspect") got = std::string(ToString(c.aspect));
    else if (key == "confidence") got = fmt::format("{}", c.confidence);
    else if (key == "part") got = c.value_is_part ? "true" : "false";
    else if (key == "interim") got = c.value_is_interim ? "true" : "false";
    else if (key == "projection_report") got = c.value_in_projection_report ? "true" : "false";
    else if (key == "time") {
      got = c.time ? absl::FormatCivilTime(c.time->begin) + ".." + absl::FormatCivilTime(c.time->end)
                   : "";
    }
    else continue;  // published= and unknown keys describe the input.
    if (got != want) return false;
  }
  return true;
}

bool IsFigure(const Claim& c) {
  return c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney;
}

// Whether `c` is of the corpus's dimension, the claims a line is counted against: dates in
// date/, quantities and money everywhere else (a negative line wants none of them).
bool InDimension(const Claim& c, const std::string& dimension) {
  return dimension == "date" ? c.kind == ClaimKind::kDate : IsFigure(c);
}

struct CorpusLine {
  std::string dimension, file, lang, path;
  Case c;
};

// One corpus file per dimension and language, and its negative file where there is one.
std::vector<CorpusLine> AllLines() {
  std::vector<CorpusLine> out;
  const std::string root = fmt::format("{}/tests/extract/corpus", CROSSCHECK_SOURCE_DIR);
  for (const char* dimension : {"quantity", "money", "date", "frame", "numbers"}) {
    for (const char* lang : {"de", "en"}) {
      // A held-out set (<lang>_heldout.tsv and its negative file) is optional.
      for (std::string file : {std::string(lang), std::string(lang) + "_negative",
                               std::string(lang) + "_heldout",
                               std::string(lang) + "_heldout_negative"}) {
        const std::string path = fmt::format("{}/{}/{}.tsv", root, dimension, file);
        if (!std::ifstream(path) && file != lang) continue;
        for (Case& c : ReadCorpus(path)) {
          out.push_back({dimension, file, lang, path, std::move(c)});
        }
      }
    }
  }
  return out;
}

// What gtest prints of a failing line's parameter.
void PrintTo(const CorpusLine& l, std::ostream* os) { *os << l.path << ":" << l.c.line; }

// "quantity_de_L12_Russland_verliert_taeglich": gtest names take letters, digits and '_'.
std::string LineName(const testing::TestParamInfo<CorpusLine>& info) {
  const CorpusLine& l = info.param;
  std::string name = fmt::format("{}_{}_L{}_", l.dimension, l.file, l.c.line);
  int words = 0;
  bool gap = true;
  for (unsigned char ch : l.c.text) {
    if (std::isalnum(ch) && ch < 0x80) {
      if (gap && words++ == 4) break;
      if (gap && words > 1) name += '_';
      name += static_cast<char>(ch);
      gap = false;
    } else if (ch == ' ') {
      gap = true;
    }
  }
  return name;
}

const Checker& SharedChecker() {
  static const Checker* checker = [] {
    absl::StatusOr<Checker> c = Checker::Create();
    if (!c.ok()) std::abort();
    return new Checker(*std::move(c));
  }();
  return *checker;
}

// Whether `claims` satisfy the case; `got` lists what was found when not.
bool Satisfies(const std::vector<Claim>& claims, const Case& k, const std::string& dimension,
               std::string* got) {
  bool ok = k.kind == "none";
  int same = 0;
  for (const Claim& c : claims) {
    const bool competes = InDimension(c, dimension);
    if (k.kind != "none") ok = ok || Matches(c, k, k.text);
    same += competes;
    if (competes || k.kind != "none") *got += "\n    got " + Describe(c, k.text);
  }
  const auto n = k.extras.find("claims");
  const int want = k.kind == "none" ? 0 : n == k.extras.end() ? 1 : std::atoi(n->second.c_str());
  if (same != want) {
    ok = false;
    *got += fmt::format("\n    ({} claims of this dimension, want {})", same, want);
  }
  return ok;
}

class Line : public testing::TestWithParam<CorpusLine> {};

TEST_P(Line, YieldsItsClaim) {
  const CorpusLine& l = GetParam();
  const Case& k = l.c;
  const bool negative_file = l.file.ends_with("_negative");
  ASSERT_EQ(negative_file, k.kind == "none")
      << l.path << ":" << k.line << ": kind none belongs in <lang>_negative.tsv, and only there";
  Document doc;
  doc.id = "case";
  doc.lang = l.lang;
  doc.text = k.text;
  if (auto p = k.extras.find("published"); p != k.extras.end()) {
    absl::CivilDay day;
    if (absl::ParseCivilTime(p->second, &day)) doc.published = day;
  }
  absl::StatusOr<DocumentResult> r = SharedChecker().Extract(doc);
  ASSERT_TRUE(r.ok()) << r.status();
  std::string got;
  bool ok = Satisfies(r->claims, k, l.dimension, &got);
  if (auto h = k.extras.find("home"); h != k.extras.end() && r->home != h->second) {
    ok = false;  // The document's, not a claim's: where the article is set.
    got += "\n    got home=" + r->home;
  }
  if (k.known_gap) {
    if (!ok) GTEST_SKIP() << "known gap " << l.path << ":" << k.line << got;
    FAIL() << l.path << ":" << k.line << ": known gap passes now: drop its '!'";
  }
  EXPECT_TRUE(ok) << l.path << ":" << k.line << ": " << k.text << "\n    want " << k.kind << " "
                  << k.value << got;
}

INSTANTIATE_TEST_SUITE_P(Corpus, Line, testing::ValuesIn(AllLines()), LineName);

// Every corpus keeps the bugs it once had in view.
TEST(CorpusFiles, EachHasAFormerBugsBlock) {
  std::set<std::string> paths;
  for (const CorpusLine& l : AllLines()) {
    if (!l.file.ends_with("_negative")) paths.insert(l.path);
  }
  EXPECT_EQ(paths.size(), 12u);
  for (const std::string& path : paths) {
    std::ifstream in(path);
    std::string line;
    bool found = false;
    while (std::getline(in, line)) found = found || line.starts_with("# --- former bugs");
    EXPECT_TRUE(found) << path;
  }
}

}  // namespace
}  // namespace crosscheck
