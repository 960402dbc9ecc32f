// Prints the claims of one article, one per line, with the words that carry them.
//   extract_article article.txt [de|en]
#include <fstream>
#include <iostream>
#include <sstream>

#include "crosscheck/crosscheck.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: extract_article FILE [de|en]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << argv[1] << ": cannot open\n";
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();
  crosscheck::Document doc;
  doc.id = argv[1];
  doc.lang = argc == 3 ? argv[2] : "";
  doc.text = text.str();

  absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create();
  absl::StatusOr<crosscheck::DocumentResult> result = checker->Extract(doc);
  if (!result.ok()) {
    std::cerr << result.status().message() << "\n";
    return 2;
  }
  for (const crosscheck::Claim& c : result->claims) {
    std::cout << crosscheck::ToString(c.kind) << "\t" << c.key << "\t"
              << c.span.Of(doc.text) << "\n";
  }
  return 0;
}
