// Table-driven corpora under tests/extract/corpus/<dimension>/<lang>.tsv: each line is a text and the
// claim it must (or must not) yield. Format (tab-separated):
//
//   text  kind  value  [key=value;...]
//
// kind: quantity | money | date | none (no quantity or money claim at all).
// value: an interval "[9700,10300]", "(1200,inf)", "[11400,12000)" for quantity and money,
//        "2024-10-25..2024-10-25" or "unresolved" for dates, "-" for none.
// extras: unit=, currency=, subject=, rate=, modality=, source=, place=, aspect=,
//         text= (the claim's words), event=, key=, published=YYYY-MM-DD (the document's
//         date), claims=N (how many claims of the line's dimension the text makes; 1 when
//         not given).
// Lines starting with '#' are comments. A line starting with "!" is a known gap: it is run
// and reported, but not asserted, so the gap stays visible until it is fixed.
// Every line is strict: its text must yield exactly one claim of its dimension (a quantity
// or money line counts both), or as many as claims=N says when it names several, so spurious
// extra claims do not go unseen.
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/checker.h"
#include "fmt/format.h"
#include "gtest/gtest.h"
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
    v = c.date ? absl::FormatCivilTime(c.date->begin) + ".." + absl::FormatCivilTime(c.date->end)
               : "unresolved";
  } else {
    v = IntervalText(c.value);
  }
  return fmt::format("{} {} unit={} subject={} rate={} modality={} source={} event={} key={} "
                     "place={} aspect={} text=\"{}\"",
                     ToString(c.kind), v, c.unit, c.subject, c.rate, ToString(c.modality),
                     c.source, c.event, c.key, c.place, ToString(c.aspect), c.span.Of(text));
}

// Empty when `c` satisfies the case; otherwise what differs.
bool Matches(const Claim& c, const Case& k, std::string_view text) {
  if (ToString(c.kind) != k.kind) return false;
  if (c.kind == ClaimKind::kDate) {
    const std::string got = c.date ? absl::FormatCivilTime(c.date->begin) + ".." +
                                         absl::FormatCivilTime(c.date->end)
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
    else if (key == "event") got = c.event;
    else if (key == "key") got = c.key;
    else if (key == "place") got = c.place;
    else if (key == "aspect") got = std::string(ToString(c.aspect));
    else continue;  // published= and unknown keys describe the input.
    if (got != want) return false;
  }
  return true;
}

bool IsFigure(const Claim& c) {
  return c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney;
}

// Whether `c` competes with the claim a case wants: any figure for a quantity or money
// line, any date for a date line.
bool SameDimension(const Claim& c, const Case& k) {
  if (k.kind == "date") return c.kind == ClaimKind::kDate;
  return IsFigure(c);
}

void RunCorpus(const std::string& dimension, const std::string& lang,
               const std::string& file = "") {
  const std::string path = fmt::format("{}/tests/extract/corpus/{}/{}.tsv", CROSSCHECK_SOURCE_DIR,
                                       dimension, file.empty() ? lang : file);
  std::vector<Case> cases = ReadCorpus(path);
  ASSERT_FALSE(cases.empty()) << path;
  absl::StatusOr<Checker> checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  int passed = 0, gaps = 0, gaps_passing = 0;
  for (const Case& k : cases) {
    Document doc;
    doc.id = "case";
    doc.lang = lang;
    doc.text = k.text;
    if (auto p = k.extras.find("published"); p != k.extras.end()) {
      absl::CivilDay day;
      if (absl::ParseCivilTime(p->second, &day)) doc.published = day;
    }
    absl::StatusOr<DocumentResult> r = checker->Extract(doc);
    ASSERT_TRUE(r.ok()) << r.status();
    bool ok;
    std::string got;
    if (k.kind == "none") {
      ok = true;
      for (const Claim& c : r->claims) {
        if (c.kind == ClaimKind::kQuantity || c.kind == ClaimKind::kMoney) {
          ok = false;
          got += "\n    got " + Describe(c, k.text);
        }
      }
    } else {
      ok = false;
      int figures = 0;
      for (const Claim& c : r->claims) {
        ok = ok || Matches(c, k, k.text);
        figures += SameDimension(c, k);
        got += "\n    got " + Describe(c, k.text);
      }
      const auto n = k.extras.find("claims");
      const int want = n == k.extras.end() ? 1 : std::atoi(n->second.c_str());
      if (figures != want) {
        ok = false;
        got += fmt::format("\n    ({} claims of this dimension, want {})", figures, want);
      }
    }
    if (k.known_gap) {
      ++gaps;
      gaps_passing += ok;
      if (ok) std::printf("  known gap passes now (drop its '!'): %s:%d\n", path.c_str(), k.line);
      continue;
    }
    passed += ok;
    EXPECT_TRUE(ok) << path << ":" << k.line << ": " << k.text << "\n    want " << k.kind << " "
                    << k.value << got;
  }
  std::printf("%s/%s: %d of %zu cases pass; %d known gaps (%d of them pass now)\n",
              dimension.c_str(), file.empty() ? lang.c_str() : file.c_str(), passed, cases.size() - gaps, gaps, gaps_passing);
}

TEST(Corpus, QuantityDe) { RunCorpus("quantity", "de"); }
TEST(Corpus, QuantityEn) { RunCorpus("quantity", "en"); }
TEST(Corpus, MoneyDe) { RunCorpus("money", "de"); }
TEST(Corpus, MoneyEn) { RunCorpus("money", "en"); }
TEST(Corpus, DateDe) { RunCorpus("date", "de"); }
TEST(Corpus, DateEn) { RunCorpus("date", "en"); }
TEST(Corpus, FrameDe) { RunCorpus("frame", "de"); }
TEST(Corpus, FrameEn) { RunCorpus("frame", "en"); }
TEST(Corpus, NumbersDe) { RunCorpus("numbers", "de", "de"); }
TEST(Corpus, NumbersEn) { RunCorpus("numbers", "en", "en"); }
TEST(Corpus, NumbersNotCountsDe) { RunCorpus("numbers", "de", "de_not_counts"); }
TEST(Corpus, NumbersNotCountsEn) { RunCorpus("numbers", "en", "en_not_counts"); }

}  // namespace
}  // namespace crosscheck
