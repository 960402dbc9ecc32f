// Lower-case folding for matching and for marking words in reports: extraction folds the text
// it tokenizes, reports fold evidence to find the terms a finding names in it.
#ifndef CROSSCHECK_LIB_TEXT_FOLD_H_
#define CROSSCHECK_LIB_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace crosscheck::internal {

// Lower-cases ASCII and Latin-1 letters; other bytes are copied, so the result has the same
// length and offsets as `text`.
std::string Fold(std::string_view text);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_TEXT_FOLD_H_
