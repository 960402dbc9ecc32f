// Language detection from function words ("der", "und", "the", "of"): cheap, and reliable for
// news prose of a few sentences. Each language's words are its function_words.tsv.
#ifndef CROSSCHECK_LIB_LANG_DETECT_H_
#define CROSSCHECK_LIB_LANG_DETECT_H_

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "lib/lang/table.h"

namespace crosscheck::internal {

class LanguageDetector {
 public:
  // Adds language `code` with its function words (first column of `words`); at most 64.
  void Add(std::string code, const Table& words);
  // The language with the most function words in the text's first 16 KiB, when it has more
  // than twice as many as any other; "und" when unsure or when fewer than three are found.
  std::string Detect(std::string_view text) const;

 private:
  std::vector<std::string> codes_;
  std::deque<std::string> forms_;  // The keys' storage.
  absl::flat_hash_map<std::string_view, uint64_t> words_;  // Word -> bit per language.
  // Words longer than this are skipped unlooked-up.
  size_t max_word_bytes_ = 0;
  // Two-byte letters that function words contain ("ü" in "für"); other non-ASCII bytes end
  // a word.
  std::vector<std::string> letters_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_LANG_DETECT_H_
