// Shared pieces of the Python bindings: how results are held and how documents come in.
#ifndef CROSSCHECK_PYTHON_SRC_COMMON_H_
#define CROSSCHECK_PYTHON_SRC_COMMON_H_

#include <pybind11/pybind11.h>

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "crosscheck/crosscheck.h"

namespace crosscheck::python {

namespace py = pybind11;

// A claim seen from Python: the claim stays inside its document, which stays alive as long
// as any of its claims does, so that `text` and `sentence` quote the evidence.
struct PyClaim {
  std::shared_ptr<const DocumentResult> document;
  uint32_t index = 0;
  const Claim& claim() const { return document->claims[index]; }
};

// A finding of a report, which it keeps alive.
struct PyFinding {
  std::shared_ptr<const Report> report;
  uint32_t index = 0;
  const Finding& finding() const { return report->findings[index]; }
};

// What one input became: a document, or the reason it was skipped.
struct Slot {
  std::optional<DocumentResult> document;
  std::optional<Diagnostic> diagnostic;
};

// A Checker with what the CLI applies at reading time (the default publication date).
struct PyChecker {
  Checker checker;
  std::optional<absl::CivilDay> published;
};

// Raises ValueError with the status's message when it is not OK.
void ThrowIfError(const absl::Status& status);
std::optional<absl::CivilDay> ParseDay(const py::handle& value, const char* what);

// A document from a dict with `id` and `text` (and optionally lang, published, source, url,
// origin); ValueError naming `where` when a field is missing or mistyped.
Document DocumentFromDict(const py::handle& item, const std::string& where);

// Extracts every document on `jobs` threads without the GIL; with `dedupe`, duplicate ids are
// skipped with the CLI's diagnostic (crosscheck.dask finds them across partitions instead).
// Slots stay in input order.
using Input = std::variant<Document, Diagnostic>;
std::vector<Slot> ExtractAll(const PyChecker& checker, std::vector<Input> inputs, int jobs,
                             bool dedupe = true);

// The inputs of a list of dicts; an item {"diagnostic": {...}} keeps a reader's diagnostic in
// its place (crosscheck.dask reads files into such items).
std::vector<Input> InputsFromList(const py::handle& items);

py::object ClaimDict(const PyClaim& c);
py::object FindingDict(const PyFinding& f);

void BindShuffle(py::module_& m);
void BindStories(py::module_& m);

}  // namespace crosscheck::python

#endif  // CROSSCHECK_PYTHON_SRC_COMMON_H_
