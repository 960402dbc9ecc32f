// Documents in from Python, extraction on threads without the GIL.
#include <algorithm>
#include <atomic>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "fmt/format.h"
#include "python/src/common.h"

namespace crosscheck::python {

void ThrowIfError(const absl::Status& status) {
  if (!status.ok()) throw py::value_error(std::string(status.message()));
}

std::optional<absl::CivilDay> ParseDay(const py::handle& value, const char* what) {
  if (value.is_none()) return std::nullopt;
  std::string s;
  if (py::isinstance<py::str>(value)) {
    s = value.cast<std::string>();
  } else if (py::hasattr(value, "isoformat")) {  // datetime.date, pandas.Timestamp
    s = py::str(value.attr("isoformat")()).cast<std::string>().substr(0, 10);
  } else {
    throw py::value_error(fmt::format("{} must be a date or a YYYY-MM-DD string", what));
  }
  absl::CivilDay day;
  if (s.empty()) return std::nullopt;
  if (!absl::ParseCivilTime(s, &day)) {
    throw py::value_error(fmt::format("{} \"{}\" is not a YYYY-MM-DD date", what, s));
  }
  return day;
}

namespace {

std::string Field(const py::dict& d, const char* key, const std::string& where, bool required) {
  if (!d.contains(key) || d[key].is_none()) {
    if (required) throw py::value_error(fmt::format("{}: missing field \"{}\"", where, key));
    return "";
  }
  py::handle v = d[key];
  if (py::isinstance<py::str>(v)) return v.cast<std::string>();
  // Bytes are taken as they are: text that is not UTF-8 is then reported like the CLI does.
  if (py::isinstance<py::bytes>(v) && std::string(key) != "id") return v.cast<std::string>();
  // Numeric ids are read as the JSON Lines reader reads them.
  if (std::string(key) == "id" && (py::isinstance<py::int_>(v))) return py::str(v);
  throw py::value_error(fmt::format("{}: field \"{}\" must be a string, found {}", where, key,
                                    py::str(v.get_type().attr("__name__")).cast<std::string>()));
}

}  // namespace

Document DocumentFromDict(const py::handle& item, const std::string& where) {
  if (!py::isinstance<py::dict>(item)) {
    throw py::value_error(fmt::format("{}: expected a dict with \"id\" and \"text\", found {}",
                                      where, py::str(item.get_type().attr("__name__")).cast<std::string>()));
  }
  const py::dict d = py::reinterpret_borrow<py::dict>(item);
  Document doc;
  doc.id = Field(d, "id", where, true);
  doc.text = Field(d, "text", where, true);
  doc.lang = Field(d, "lang", where, false);
  if (d.contains("published")) doc.published = ParseDay(d["published"], "published");
  doc.source = Field(d, "source", where, false);
  doc.url = Field(d, "url", where, false);
  doc.origin = Field(d, "origin", where, false);
  doc.story = Field(d, "story", where, false);
  return doc;
}

std::vector<Input> InputsFromList(const py::handle& items) {
  std::vector<Input> inputs;
  size_t i = 0;
  for (py::handle item : items) {
    const std::string where = fmt::format("document {}", i++);
    if (py::isinstance<py::dict>(item) && item.cast<py::dict>().contains("diagnostic")) {
      py::dict diag = item.cast<py::dict>()["diagnostic"];
      inputs.emplace_back(Diagnostic{diag["input"].cast<std::string>(),
                                     diag["message"].cast<std::string>(),
                                     diag["skipped"].cast<bool>()});
      continue;
    }
    inputs.emplace_back(DocumentFromDict(item, where));
  }
  return inputs;
}

std::vector<Slot> ExtractAll(const PyChecker& checker, std::vector<Input> inputs, int jobs,
                             bool dedupe) {
  py::gil_scoped_release release;
  std::vector<Slot> slots(inputs.size());
  std::vector<size_t> todo;  // Slots whose document is extracted.
  absl::flat_hash_map<std::string, std::string> seen;  // id -> origin, as CheckPaths does.
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (Diagnostic* d = std::get_if<Diagnostic>(&inputs[i])) {
      slots[i].diagnostic = std::move(*d);
      continue;
    }
    Document& doc = std::get<Document>(inputs[i]);
    if (!doc.published) doc.published = checker.published;
    auto [it, inserted] = dedupe ? seen.emplace(doc.id, doc.origin) : std::pair{seen.end(), true};
    if (!inserted) {
      slots[i].diagnostic = Diagnostic{
          doc.origin, fmt::format("duplicate id \"{}\" (first read from {}); skipped", doc.id,
                                  it->second), true};
      continue;
    }
    todo.push_back(i);
  }
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  jobs = static_cast<int>(std::min<size_t>(jobs, std::max<size_t>(todo.size(), 1)));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < todo.size();) {
      const size_t i = todo[k];
      Document& doc = std::get<Document>(inputs[i]);
      absl::StatusOr<DocumentResult> r = checker.checker.Extract(doc);
      if (r.ok()) {
        slots[i].document = *std::move(r);
      } else {
        slots[i].diagnostic = Diagnostic{doc.origin.empty() ? doc.id : doc.origin,
                                         std::string(r.status().message()), true};
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  return slots;
}

}  // namespace crosscheck::python
