// Number rules first read in German.
//
// number_compounds joined: a number below a million is one word ("dreiunddreißig",
// "zweihundertfünfzig", "zwölftausend", "neunzehnhundertachtundvierzig", "dreieinhalb"),
// made of the number words and the forms of the roles hundred ("hundert"), thousand
// ("tausend"), compound_and ("und") and half_suffix ("einhalb") in numeral_words.tsv.
#include "lib/extract/numbers/number_words.h"

namespace crosscheck::internal {
namespace {

std::optional<double> BelowThousand(const NumberWords& words, std::string_view w);

// What follows the hundreds or thousands in a compound, which may join it with "und":
// "hundertundzwei", "dreihundertvierzigtausendundfünf".
std::optional<double> Rest(const NumberWords& words, std::string_view w) {
  const std::string_view joiner = words.compound_and;
  if (!joiner.empty() && w.size() > joiner.size() && w.starts_with(joiner)) {
    w.remove_prefix(joiner.size());
  }
  return BelowThousand(words, w);
}

// "dreieinhalb": a whole number below a hundred and a half.
std::optional<double> WithHalf(const NumberWords& words, std::string_view w) {
  auto whole = BelowThousand(words, w.substr(0, w.size() - words.half_suffix.size()));
  if (whole && *whole >= 1 && *whole < 100 && *whole == static_cast<int>(*whole)) {
    return *whole + 0.5;
  }
  return std::nullopt;
}

// "zweihundertfünfzig", "neunzehnhundertachtundvierzig": hundreds at `h`.
std::optional<double> Hundreds(const NumberWords& words, std::string_view w, size_t h) {
  double left = 1;
  if (h > 0) {
    auto l = BelowThousand(words, w.substr(0, h));
    if (!l || *l < 1 || *l > 99 || *l != static_cast<int>(*l)) return std::nullopt;
    left = *l;
  }
  auto r = Rest(words, w.substr(h + words.hundred.size()));
  if (!r || *r >= 100) return std::nullopt;
  return left * 100 + *r;
}

// Compounds below one thousand: "dreiunddreißig", "zweihundertfünfzig", "elf",
// "dreieinhalb"; old-style hundreds: "neunzehnhundertachtundvierzig".
std::optional<double> BelowThousand(const NumberWords& words, std::string_view w) {
  if (w.empty()) return 0;
  if (auto it = words.words.find(w); it != words.words.end() && it->second < 100) {
    return it->second;
  }
  const std::string_view half = words.half_suffix;
  if (!half.empty() && w.size() > half.size() && w.ends_with(half)) return WithHalf(words, w);
  if (const size_t h = words.hundred.empty() ? std::string_view::npos : w.find(words.hundred);
      h != std::string_view::npos) {
    return Hundreds(words, w, h);
  }
  const std::string_view joiner = words.compound_and;
  if (const size_t u = joiner.empty() ? std::string_view::npos : w.find(joiner);
      u != std::string_view::npos && u > 0) {
    auto unit = BelowThousand(words, w.substr(0, u));
    auto tens = BelowThousand(words, w.substr(u + joiner.size()));
    if (unit && tens && *unit >= 1 && *unit <= 9 && *tens >= 20 && *tens <= 90 &&
        static_cast<int>(*tens) % 10 == 0) {
      return *tens + *unit;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> JoinedNumberWord(const NumberWords& words, std::string_view w) {
  if (const size_t t = words.thousand.empty() ? std::string_view::npos : w.find(words.thousand);
      t != std::string_view::npos) {
    double left = 1;
    if (t > 0) {
      auto l = BelowThousand(words, w.substr(0, t));
      if (!l || *l < 1) return std::nullopt;
      left = *l;
    }
    auto r = Rest(words, w.substr(t + words.thousand.size()));
    if (!r) return std::nullopt;
    return left * 1000 + *r;
  }
  auto v = BelowThousand(words, w);
  if (v && *v > 0) return v;
  return std::nullopt;
}

}  // namespace crosscheck::internal
