// Checks every article in a folder against the others and prints the report.
//   check_folder examples/corpus
#include <iostream>

#include "crosscheck/crosscheck.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: check_folder DIR\n";
    return 2;
  }
  absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create();
  if (!checker.ok()) {
    std::cerr << checker.status() << "\n";
    return 2;
  }
  // Reads, extracts on all cores while reading, groups into stories and reconciles.
  crosscheck::Report report = crosscheck::CheckPaths(*checker, {argv[1]});
  std::cout << crosscheck::FormatText(report);
  return report.findings.empty() ? 0 : 1;
}
