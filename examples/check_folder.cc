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
  crosscheck::ReadResult input = crosscheck::ReadInputs({argv[1]});
  crosscheck::Report report = checker->Check(std::move(input.documents));
  report.diagnostics.insert(report.diagnostics.end(), input.diagnostics.begin(),
                            input.diagnostics.end());
  std::cout << crosscheck::FormatText(report);
  return report.findings.empty() ? 0 : 1;
}
