// Links the installed crosscheck the way a user would.
#include <iostream>

#include "crosscheck/crosscheck.h"

int main() {
  auto checker = crosscheck::Checker::Create();
  if (!checker.ok()) return 1;
  crosscheck::Document doc;
  doc.id = "probe";
  doc.text = "Nordkorea hat bereits 1.500 Soldaten nach Russland geschickt.";
  auto result = checker->Extract(doc);
  if (!result.ok()) return 1;
  std::cout << "crosscheck " << crosscheck::kVersion << ": " << result->claims.size()
            << " claims\n";
  return 0;
}
