// The inputs of a run, listed before any is read: so that every plain-text article gets an
// id of its own before the first is read (ids are file names, and names repeat in folders).
#ifndef CROSSCHECK_LIB_IO_INPUT_PLAN_H_
#define CROSSCHECK_LIB_IO_INPUT_PLAN_H_

#include <filesystem>
#include <string>
#include <vector>

#include "crosscheck/reader.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

struct PlannedInput {
  enum class Kind {
    kStdin,      // "-".
    kText,       // A plain-text article.
    kJsonLines,  // A JSON Lines file of articles.
    kProblem,    // Not readable as an input: `problem` says why.
  };
  Kind kind = Kind::kProblem;
  std::filesystem::path path;
  // kText: the directory named on the command line that the file was found in; empty for a
  // file named there itself.
  std::filesystem::path root;
  std::string id;      // kText: the document's id (AssignIds).
  Diagnostic problem;  // kProblem.
  bool counts = true;  // kProblem: whether it is an input (a listing error is only a warning).
};

// Every input `paths` names, in reading order: each path in turn, a directory's articles
// in sorted order. Ids are not assigned yet.
std::vector<PlannedInput> ListInputs(const std::vector<std::string>& paths,
                                     const ReadOptions& options);

// A plain-text article's id is its file name without extension. Files that share that name
// get their path relative to the directory named on the command line instead ("2024/a1.txt";
// for a file named there, the path as given), and files that share even that (the same
// relative path under two directories named there) their path as given.
void AssignIds(std::vector<PlannedInput>& inputs);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_INPUT_PLAN_H_
