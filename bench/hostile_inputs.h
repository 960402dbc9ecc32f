// Adversarial texts for the hardening tests and the worst-case benchmark: shapes that make
// naive recognizers backtrack, recurse or go quadratic.
#ifndef CROSSCHECK_BENCH_HOSTILE_INPUTS_H_
#define CROSSCHECK_BENCH_HOSTILE_INPUTS_H_

#include <string>
#include <vector>

namespace crosscheck::bench {

struct HostileInput {
  std::string name;
  std::string text;
};

// Each shape at about `bytes` bytes.
inline std::vector<HostileInput> HostileInputs(size_t bytes) {
  std::vector<HostileInput> out;
  auto repeat = [&](const std::string& unit) {
    std::string s;
    s.reserve(bytes + unit.size());
    while (s.size() < bytes) s += unit;
    return s;
  };
  out.push_back({"line_without_spaces", repeat("abcdefghij")});
  out.push_back({"digits", repeat("1234567890")});
  out.push_back({"digit_groups", repeat("1.000.")});
  out.push_back({"quotation_marks", repeat("\xE2\x80\x9E")});                 // „„„„
  out.push_back({"alternating_marks", repeat("\xE2\x80\x9E" "a\xE2\x80\x9C ")});  // „a“ „a“
  out.push_back({"nested_quotes", [&] {
                   std::string open, close;
                   while (open.size() < bytes / 2) {
                     open += "\xC2\xBB\xE2\x80\x9E\"";  // » „ "
                     close += "\"\xE2\x80\x9C\xC2\xAB";
                   }
                   return open + "sagte er" + close;
                 }()});
  out.push_back({"straight_quotes", repeat("\" ")});
  out.push_back({"numbers_and_hedges", repeat("fast bis zu über 1.200 ")});
  out.push_back({"speech_verbs", repeat("sagte er, sagte sie, so Blinken. ")});
  // Quotations and cues in one endless sentence: every cue's search must stay local.
  out.push_back({"quotes_and_cues", repeat("\xE2\x80\x9EJa\xE2\x80\x9C, sagte der Alte, ")});
  out.push_back({"one_long_sentence", repeat("und die Soldaten, ")});
  out.push_back({"dots", repeat(". ")});
  out.push_back({"newlines", repeat("\n")});
  return out;
}

}  // namespace crosscheck::bench

#endif  // CROSSCHECK_BENCH_HOSTILE_INPUTS_H_
