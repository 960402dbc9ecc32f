// crosscheck._core: the C++ library seen from Python. The Pythonic surface (keyword arguments,
// DataFrames, files) is in crosscheck/__init__.py; this file holds what must be fast or must
// run without the GIL.
#include <pybind11/stl.h>

#include "absl/time/civil_time.h"
#include "fmt/format.h"
#include "lib/base/days.h"
#include "python/src/common.h"

namespace crosscheck::python {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

py::object Day(const std::optional<absl::CivilDay>& d) {
  if (!d) return py::none();
  if (!internal::YearKnown(*d)) return py::str(internal::FormatDay(*d));  // "--10-25".
  return py::module_::import("datetime").attr("date")(d->year(), d->month(), d->day());
}

py::object Range(const std::optional<DateRange>& r) {
  if (!r) return py::none();
  return py::make_tuple(Day(r->begin), Day(r->end));
}

py::object Bound(double v) {
  return std::isfinite(v) ? py::object(py::float_(v)) : py::object(py::none());
}

PyChecker MakeChecker(const std::string& lang, const py::object& published, const Pairs& aliases,
                      const Pairs& measures, const Pairs& antonyms, double min_severity,
                      bool all_findings, const std::vector<std::string>& language_dirs) {
  Options options;
  options.extract.default_lang = lang;
  options.extract.language_dirs = language_dirs;
  options.extract.person_aliases = aliases;
  options.extract.measure_nouns = measures;
  options.extract.antonyms = antonyms;
  options.reconcile.min_severity = min_severity;
  if (all_findings) options.reconcile.min_confidence = 0;  // The CLI's --all.
  absl::StatusOr<Checker> checker = Checker::Create(std::move(options));
  ThrowIfError(checker.status());
  return PyChecker{*std::move(checker), ParseDay(published, "published")};
}

std::vector<PyClaim> ClaimsOf(std::shared_ptr<const DocumentResult> d) {
  std::vector<PyClaim> out;
  for (uint32_t i = 0; i < d->claims.size(); ++i) out.push_back({d, i});
  return out;
}

std::shared_ptr<const Report> ReportOf(std::vector<Slot> slots, const Checker& checker,
                                       bool reconcile) {
  auto report = std::make_shared<Report>();
  report->inputs = slots.size();
  for (Slot& s : slots) {
    if (s.document) report->documents.push_back(*std::move(s.document));
    if (s.diagnostic) report->diagnostics.push_back(*std::move(s.diagnostic));
  }
  AssignStories(report->documents, checker.options().story);  // As CheckPaths does.
  if (reconcile) {
    py::gil_scoped_release release;
    report->findings = checker.Reconcile(report->documents);
  }
  return report;
}

// Reconciles claims from any number of extract() calls: their documents, in order of first
// appearance, each with the claims given.
std::shared_ptr<const Report> ReconcileClaims(const PyChecker& checker,
                                              const std::vector<PyClaim>& claims) {
  auto report = std::make_shared<Report>();
  std::vector<const DocumentResult*> seen;
  for (const PyClaim& c : claims) {
    size_t d = std::find(seen.begin(), seen.end(), c.document.get()) - seen.begin();
    if (d == seen.size()) {
      seen.push_back(c.document.get());
      DocumentResult copy = *c.document;
      copy.claims.clear();
      report->documents.push_back(std::move(copy));
    }
    report->documents[d].claims.push_back(c.claim());
  }
  report->inputs = report->documents.size();
  py::gil_scoped_release release;
  AssignStories(report->documents, checker.checker.options().story);
  report->findings = checker.checker.Reconcile(report->documents);
  return report;
}

void BindClaim(py::module_& m) {
  py::class_<PyClaim>(m, "Claim", "One typed statement an article makes, with its evidence.")
      .def_property_readonly("document", [](const PyClaim& c) { return c.document->id; },
                             "Id of the document the claim is from.")
      .def_property_readonly("id", [](const PyClaim& c) {
        return fmt::format("{}#{}", c.document->id, c.index + 1);
      }, "\"doc#N\", as in the JSON report.")
      .def_property_readonly("kind", [](const PyClaim& c) { return std::string(ToString(c.claim().kind)); },
                             "quantity, money, date, quote or role.")
      .def_property_readonly("key", [](const PyClaim& c) { return c.claim().key.str(); },
                             "What the claim is about; only claims with equal keys are compared.")
      .def_property_readonly("reconcile_key", [](const PyClaim& c) {
        return std::string(ReconcileKey(*c.document, c.claim()));
      }, "The key the reconciler groups by (crosscheck.dask shuffles by it).")
      .def_property_readonly("text", [](const PyClaim& c) {
        return std::string(ClaimWords(c.claim(), c.document->text));
      }, "The words that carry the claim.")
      .def_property_readonly("sentence", [](const PyClaim& c) {
        return std::string(SentenceWords(c.claim(), c.document->text));
      }, "The sentence around it.")
      .def_property_readonly("span", [](const PyClaim& c) {
        return py::make_tuple(c.claim().span.begin, c.claim().span.end);
      }, "(begin, end) byte offsets into the document's UTF-8 text.")
      .def_property_readonly("line", [](const PyClaim& c) { return c.claim().line; })
      .def_property_readonly("column", [](const PyClaim& c) { return c.claim().column; })
      .def_property_readonly("low", [](const PyClaim& c) { return Bound(c.claim().value.low); },
                             "Lower bound of a quantity or money interval (None: unbounded).")
      .def_property_readonly("high", [](const PyClaim& c) { return Bound(c.claim().value.high); },
                             "Upper bound (None: unbounded).")
      .def_property_readonly("low_open", [](const PyClaim& c) { return c.claim().value.low_open; })
      .def_property_readonly("high_open", [](const PyClaim& c) { return c.claim().value.high_open; })
      .def_property_readonly("estimate", [](const PyClaim& c) { return c.claim().value_is_estimate; })
      .def_property_readonly("unit", [](const PyClaim& c) { return c.claim().unit.str(); },
                             "Measure of a quantity, ISO 4217 currency of money.")
      .def_property_readonly("subject", [](const PyClaim& c) { return c.claim().subject.str(); })
      .def_property_readonly("rate", [](const PyClaim& c) { return c.claim().rate.str(); })
      .def_property_readonly("place", [](const PyClaim& c) { return c.claim().place.str(); },
                             "Where the figure holds (gazetteer key), or empty.")
      .def_property_readonly("aspect", [](const PyClaim& c) { return std::string(ToString(c.claim().aspect)); },
                             "level, cumulative (a running total) or change.")
      .def_property_readonly("date", [](const PyClaim& c) { return Range(c.claim().date().range); },
                             "(first, last) day of a date claim, or None when unresolved.")
      .def_property_readonly("unresolved", [](const PyClaim& c) { return c.claim().date().unresolved.str(); })
      .def_property_readonly("event", [](const PyClaim& c) { return c.claim().date().event.str(); })
      .def_property_readonly("speaker", [](const PyClaim& c) { return c.claim().quote().speaker.str(); })
      .def_property_readonly("speaker_name", [](const PyClaim& c) { return c.claim().speaker_name().str(); })
      .def_property_readonly("speaker_role", [](const PyClaim& c) { return c.claim().quote().speaker_role.str(); })
      .def_property_readonly("content", [](const PyClaim& c) { return c.claim().quote().content.str(); })
      .def_property_readonly("form", [](const PyClaim& c) { return std::string(ToString(c.claim().form)); })
      .def_property_readonly("topics", [](const PyClaim& c) { return c.claim().quote().topics.strings(); })
      .def_property_readonly("person", [](const PyClaim& c) { return c.claim().role().person.str(); })
      .def_property_readonly("role", [](const PyClaim& c) { return c.claim().role().role.str(); })
      .def_property_readonly("modality", [](const PyClaim& c) {
        return std::string(ToString(c.claim().modality));
      })
      .def_property_readonly("time", [](const PyClaim& c) { return Range(c.claim().time); },
                             "(first, last) day of the time frame the claim is about, or None.")
      .def_property_readonly("source", [](const PyClaim& c) { return c.claim().source.str(); },
                             "Who the article attributes the claim to.")
      .def_property_readonly("confidence", [](const PyClaim& c) { return c.claim().confidence; })
      .def("to_dict", &ClaimDict, "Every attribute as a dict.")
      .def("__repr__", [](const PyClaim& c) {
        return fmt::format("<Claim {} {} \"{}\">", ToString(c.claim().kind), c.claim().key.str(),
                           std::string(ClaimWords(c.claim(), c.document->text)));
      });
}

std::vector<PyClaim> Side(const PyFinding& f, const std::vector<ClaimRef>& refs) {
  std::vector<PyClaim> out;
  for (const ClaimRef& r : refs) {
    out.push_back({std::shared_ptr<const DocumentResult>(f.report, &f.report->documents[r.document]),
                   r.claim});
  }
  return out;
}

void BindDocument(py::module_& m) {
  py::class_<DocumentResult, std::shared_ptr<DocumentResult>>(m, "Document",
                                                              "An article and its claims.")
      .def_readonly("id", &DocumentResult::id)
      .def_readonly("lang", &DocumentResult::lang)
      .def_property_readonly("published", [](const DocumentResult& d) { return Day(d.published); })
      .def_readonly("source", &DocumentResult::source)
      .def_readonly("url", &DocumentResult::url)
      .def_readonly("origin", &DocumentResult::origin)
      .def_readonly("home", &DocumentResult::home,
                    "Where the article is set (gazetteer key), or empty.")
      .def("__repr__", [](const DocumentResult& d) {
        return fmt::format("<Document {} ({}), {} claims>", d.id, d.lang, d.claims.size());
      });
  py::class_<Diagnostic>(m, "Diagnostic", "An input that was skipped or only partly read.")
      .def_readonly("input", &Diagnostic::input)
      .def_readonly("message", &Diagnostic::message)
      .def_readonly("skipped", &Diagnostic::skipped)
      .def("__repr__", [](const Diagnostic& d) { return fmt::format("<Diagnostic {}: {}>", d.input, d.message); });
}

void BindReport(py::module_& m) {
  py::class_<PyFinding>(m, "Finding", "A contradiction between two groups of compatible claims.")
      .def_property_readonly("kind", [](const PyFinding& f) { return std::string(ToString(f.finding().kind)); })
      .def_property_readonly("type", [](const PyFinding& f) { return std::string(ToString(f.finding().type)); },
                             "contradiction, dispute, update or inconsistency.")
      .def_property_readonly("key", [](const PyFinding& f) { return f.finding().key; })
      .def_property_readonly("severity", [](const PyFinding& f) { return f.finding().severity; })
      .def_property_readonly("level", [](const PyFinding& f) {
        return std::string(ToString(SeverityLevel(f.finding().severity)));
      })
      .def_property_readonly("confidence", [](const PyFinding& f) { return f.finding().confidence; })
      .def_property_readonly("same_source", [](const PyFinding& f) { return f.finding().same_source; })
      .def_property_readonly("explanation", [](const PyFinding& f) { return f.finding().explanation; })
      .def_property_readonly("terms", [](const PyFinding& f) { return f.finding().terms; })
      .def_property_readonly("side_a", [](const PyFinding& f) { return Side(f, f.finding().side_a); },
                             "The claims on one side.")
      .def_property_readonly("side_b", [](const PyFinding& f) { return Side(f, f.finding().side_b); },
                             "The claims on the other side.")
      .def("to_dict", &FindingDict, "Every attribute as a dict (claims by id).")
      .def("__repr__", [](const PyFinding& f) { return fmt::format("<Finding {}>", f.finding().explanation); });
  py::class_<Report, std::shared_ptr<Report>>(m, "Report",
                                              "Documents with their claims, findings, diagnostics.")
      .def_property_readonly("documents", [](const std::shared_ptr<Report>& r) {
        std::vector<std::shared_ptr<const DocumentResult>> out;
        for (const DocumentResult& d : r->documents) out.emplace_back(r, &d);
        return out;
      })
      .def_property_readonly("findings", [](const std::shared_ptr<Report>& r) {
        std::vector<PyFinding> out;
        for (uint32_t i = 0; i < r->findings.size(); ++i) out.push_back({r, i});
        return out;
      }, "Findings, most severe first (the CLI's order).")
      .def_readonly("diagnostics", &Report::diagnostics)
      .def_readonly("inputs", &Report::inputs, "Inputs given: documents read + skipped.")
      .def("claims", [](const std::shared_ptr<Report>& r) {
        std::vector<PyClaim> out;
        for (const DocumentResult& d : r->documents) {
          auto doc = std::shared_ptr<const DocumentResult>(r, &d);
          for (uint32_t i = 0; i < d.claims.size(); ++i) out.push_back({doc, i});
        }
        return out;
      }, "Every claim of every document, in order.")
      .def("to_json", [](const Report& r) { return FormatJson(r); },
           "The JSON report (schema crosscheck/1), byte for byte what `crosscheck check --format json` prints.")
      .def("to_html", [](const Report& r) { return FormatHtml(r); }, "One self-contained HTML page.")
      .def("to_text", [](const Report& r) { return FormatText(r); }, "The CLI's text report.")
      .def("summary", [](const Report& r) { return FormatSummary(r); })
      .def("__repr__", [](const Report& r) {
        std::string summary = FormatSummary(r);
        while (!summary.empty() && summary.back() == '\n') summary.pop_back();
        return "<Report " + summary + ">";
      });
}

}  // namespace

py::object ClaimDict(const PyClaim& c) {
  py::object self = py::cast(c);
  py::dict out;
  for (const char* name : {"id", "document", "kind", "key", "text", "sentence", "span", "line",
                           "column", "low", "high", "low_open", "high_open", "estimate", "unit",
                           "subject", "rate", "place", "aspect", "date", "unresolved", "event", "speaker",
                           "speaker_name", "speaker_role", "content", "form", "topics", "person",
                           "role", "modality", "time", "source", "confidence"}) {
    out[name] = self.attr(name);
  }
  return out;
}

py::object FindingDict(const PyFinding& f) {
  py::object self = py::cast(f);
  py::dict out;
  for (const char* name : {"kind", "type", "key", "severity", "level", "confidence", "same_source",
                           "explanation", "terms"}) {
    out[name] = self.attr(name);
  }
  for (const char* side : {"side_a", "side_b"}) {
    py::list ids;
    for (py::handle c : self.attr(side)) ids.append(c.attr("id"));
    out[side] = ids;
  }
  return out;
}

}  // namespace crosscheck::python

PYBIND11_MODULE(_core, m) {
  using namespace crosscheck;
  using namespace crosscheck::python;
  m.doc() = "crosscheck's C++ core; use the `crosscheck` package.";
  m.attr("__version__") = std::string(kVersion);
  BindClaim(m);
  BindDocument(m);
  BindReport(m);
  py::class_<PyChecker>(m, "Checker")
      .def(py::init(&MakeChecker), py::arg("lang"), py::arg("published"), py::arg("aliases"),
           py::arg("measures"), py::arg("antonyms"), py::arg("min_severity"),
           py::arg("all_findings") = false,
           py::arg("language_dirs") = std::vector<std::string>())
      .def("extract", [](const PyChecker& c, const py::dict& item) {
        Document doc = DocumentFromDict(item, "document");
        if (!doc.published) doc.published = c.published;
        absl::StatusOr<DocumentResult> r;
        {
          py::gil_scoped_release release;
          r = c.checker.Extract(doc);
        }
        ThrowIfError(r.status());
        return ClaimsOf(std::make_shared<const DocumentResult>(*std::move(r)));
      })
      .def("check", [](const PyChecker& c, const py::list& items, int jobs, bool reconcile) {
        std::vector<Slot> slots = ExtractAll(c, InputsFromList(items), jobs);
        return std::const_pointer_cast<Report>(ReportOf(std::move(slots), c.checker, reconcile));
      })
      .def("check_paths", [](const PyChecker& c, const std::vector<std::string>& paths, int jobs) {
        ReadOptions read;
        read.default_published = c.published;
        RunOptions run;
        run.jobs = jobs;
        auto report = std::make_shared<Report>();
        py::gil_scoped_release release;
        *report = CheckPaths(c.checker, paths, read, run);
        return report;
      })
      .def("reconcile", [](const PyChecker& c, const std::vector<PyClaim>& claims) {
        return std::const_pointer_cast<Report>(ReconcileClaims(c, claims));
      });
  BindShuffle(m);
  BindStories(m);
}
