// The pieces of crosscheck.dask that touch claims: extraction of a partition, the rows the
// shuffle moves (keyed by ReconcileKey, the reconciler's own grouping), reconciliation of one
// shuffled partition, and the assembly of the single-machine report from the parts.
//
// A claim is named across the run by (partition, slot, claim): slot is the input's place in
// its partition. Ordering by these names is ordering by input, so each shuffled partition,
// sorted by them, holds its groups' claims in the reading order the reconciler sees on one
// machine, and its findings come out as one machine tells them (reconcile.cc orders findings
// by severity, key, first claim, then the order a group told them).
#include <pybind11/stl.h>

#include <algorithm>
#include <limits>
#include <numeric>
#include <sstream>

#include "absl/time/civil_time.h"
#include "python/src/codec.h"
#include "python/src/common.h"

namespace crosscheck::python {
namespace {

// One partition after extraction; texts are dropped, as the CLI drops them.
struct Batch {
  std::vector<Slot> slots;
};

struct Name {
  uint32_t part, slot, claim;
  friend auto operator<=>(const Name&, const Name&) = default;
};

std::string EncodeBatch(const Batch& b) {
  std::string out;
  Encoder e(out);
  e.U32(static_cast<uint32_t>(b.slots.size()));
  for (const Slot& s : b.slots) {
    e.U32(s.document ? 1 : 0);
    if (!s.document) {
      e.Diagnostic(*s.diagnostic);
      continue;
    }
    e.Header(*s.document);
    e.U32(static_cast<uint32_t>(s.document->claims.size()));
    for (const Claim& c : s.document->claims) e.Claim(c);
  }
  return out;
}

Batch DecodeBatch(std::string_view bytes) {
  Decoder in(bytes);
  Batch b;
  b.slots.resize(in.U32());
  for (Slot& s : b.slots) {
    if (in.U32() == 0) {
      s.diagnostic = in.Diagnostic();
      continue;
    }
    DocumentResult& d = s.document.emplace();
    in.Header(d);
    d.claims.resize(in.U32());
    for (Claim& c : d.claims) c = in.Claim();
  }
  return b;
}

// A finding whose claim references are run-wide names.
std::string EncodeFinding(const Finding& f, const std::vector<Name>& names_a,
                          const std::vector<Name>& names_b) {
  std::string out;
  Encoder e(out);
  e.U32(static_cast<uint32_t>(f.kind));
  e.U32(static_cast<uint32_t>(f.type));
  e.Str(f.key);
  e.F64(f.severity);
  e.F64(f.confidence);
  e.U32(f.same_source);
  e.Str(f.explanation);
  e.U32(static_cast<uint32_t>(f.terms.size()));
  for (const std::string& t : f.terms) e.Str(t);
  for (const std::vector<Name>* names : {&names_a, &names_b}) {
    e.U32(static_cast<uint32_t>(names->size()));
    for (const Name& n : *names) {
      e.U32(n.part);
      e.U32(n.slot);
      e.U32(n.claim);
    }
  }
  return out;
}

// The finding, with the names of its claims for sides a and b.
Finding DecodeFinding(std::string_view bytes, std::vector<Name>& names_a,
                      std::vector<Name>& names_b) {
  Decoder in(bytes);
  Finding f;
  f.kind = static_cast<FindingKind>(in.U32());
  f.type = static_cast<FindingType>(in.U32());
  f.key = in.Str();
  f.severity = in.F64();
  f.confidence = in.F64();
  f.same_source = in.U32() != 0;
  f.explanation = in.Str();
  f.terms.resize(in.U32());
  for (std::string& t : f.terms) t = in.Str();
  for (std::vector<Name>* names : {&names_a, &names_b}) {
    names->resize(in.U32());
    for (Name& n : *names) n = {in.U32(), in.U32(), in.U32()};
  }
  return f;
}

bool TakesPart(const Batch& b, uint32_t s, const std::vector<uint32_t>& drop) {
  return b.slots[s].document && !std::binary_search(drop.begin(), drop.end(), s);
}

// (slot, story it names) of each document of a partition that takes part (not dropped).
std::vector<std::pair<uint32_t, std::string>> StoryNames(const Batch& b,
                                                         const std::vector<uint32_t>& drop) {
  std::vector<std::pair<uint32_t, std::string>> out;
  for (uint32_t s = 0; s < b.slots.size(); ++s) {
    if (TakesPart(b, s, drop)) out.push_back({s, b.slots[s].document->story});
  }
  return out;
}

// The rows story grouping shuffles by feature (python/src/stories.cc): one per feature of
// each document that takes part and names no story; published in days since 1970-01-01.
py::dict StoryFeatures(const Batch& b, uint32_t part, const std::vector<uint32_t>& drop) {
  std::vector<uint64_t> feature;
  std::vector<int64_t> doc, published;
  std::vector<std::string> lang;
  for (uint32_t s = 0; s < b.slots.size(); ++s) {
    if (!TakesPart(b, s, drop) || !b.slots[s].document->story.empty()) continue;
    const DocumentResult& d = *b.slots[s].document;
    const int64_t day = d.published ? *d.published - absl::CivilDay(1970, 1, 1)
                                    : std::numeric_limits<int64_t>::min();
    for (uint64_t x : d.story_terms) {
      feature.push_back(x);
      doc.push_back(static_cast<int64_t>(part) << 32 | s);
      lang.push_back(d.lang);
      published.push_back(day);
    }
  }
  py::dict out;
  out["feature"] = feature, out["doc"] = doc, out["lang"] = lang, out["published"] = published;
  return out;
}

// The key a claim is shuffled by: its reconciliation key without the group before the first
// '/' ("civilians/killed" and "_/killed" both go by "killed"), so that every group's figures
// of a measure meet in one partition, where the reconciler can let figures naming no group
// join a story's whole group (ReconcileOptions::whole_groups) as on one machine.
std::string_view ShuffleKey(std::string_view key) {
  const size_t slash = key.find('/');
  return slash == std::string_view::npos ? key : key.substr(slash + 1);
}

py::dict ClaimRows(const Batch& b, uint32_t part, const std::vector<uint32_t>& drop,
                   const std::vector<std::string>& stories) {
  std::vector<std::string> keys, headers;  // Each claim's document, EncodeHeader.
  std::vector<uint32_t> slots, claims;
  std::vector<py::bytes> blobs;
  std::vector<std::string> raw;
  {
    py::gil_scoped_release release;
    for (uint32_t s = 0; s < b.slots.size(); ++s) {
      if (!b.slots[s].document || std::binary_search(drop.begin(), drop.end(), s)) continue;
      const DocumentResult& d = *b.slots[s].document;
      std::string header;  // The document with its story, without its signature.
      {
        DocumentResult h;
        h.id = d.id;
        h.lang = d.lang;
        h.published = d.published;
        h.source = d.source;
        h.url = d.url;
        h.origin = d.origin;
        h.story = s < stories.size() ? stories[s] : d.story;
        h.home = d.home;
        Encoder(header).Header(h);
      }
      for (uint32_t c = 0; c < d.claims.size(); ++c) {
        const std::string_view key = ReconcileKey(d, d.claims[c]);
        if (key.empty()) continue;  // Never compared with anything.
        keys.emplace_back(ShuffleKey(key));
        headers.push_back(header);
        slots.push_back(s);
        claims.push_back(c);
        Encoder(raw.emplace_back()).Claim(d.claims[c]);
      }
    }
  }
  std::vector<py::bytes> header_bytes;
  for (const std::string& r : raw) blobs.emplace_back(r);
  for (const std::string& h : headers) header_bytes.emplace_back(h);
  py::dict out;
  out["key"] = keys;
  out["part"] = std::vector<uint32_t>(keys.size(), part);
  out["slot"] = slots;
  out["claim"] = claims;
  out["document"] = header_bytes;
  out["blob"] = blobs;
  return out;
}

// Reconciles the claims of whole groups (one shuffled partition) as one machine would.
py::dict ReconcileRows(const PyChecker& checker, const std::vector<uint32_t>& parts,
                       const std::vector<uint32_t>& slots, const std::vector<uint32_t>& claims,
                       const std::vector<std::string>& headers, const std::vector<std::string>& blobs) {
  std::vector<double> severity;
  std::vector<std::string> keys, out_blobs;  // out_blobs: EncodeFinding.
  std::vector<uint32_t> a_part, a_slot, a_claim;
  {
    py::gil_scoped_release release;
    std::vector<size_t> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    auto name = [&](size_t i) { return Name{parts[i], slots[i], claims[i]}; };
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return name(x) < name(y); });
    std::vector<DocumentResult> docs;
    std::vector<std::vector<Name>> names;  // Per compact document, per claim.
    for (size_t k = 0; k < order.size(); ++k) {
      const size_t i = order[k];
      if (k == 0 || parts[i] != parts[order[k - 1]] || slots[i] != slots[order[k - 1]]) {
        Decoder(headers[i]).Header(docs.emplace_back());
        names.emplace_back();
      }
      docs.back().claims.push_back(Decoder(blobs[i]).Claim());
      names.back().push_back(name(i));
    }
    const std::vector<Finding> findings = checker.checker.Reconcile(docs);
    for (const Finding& f : findings) {
      std::vector<Name> na, nb;
      for (const ClaimRef& r : f.side_a) na.push_back(names[r.document][r.claim]);
      for (const ClaimRef& r : f.side_b) nb.push_back(names[r.document][r.claim]);
      severity.push_back(f.severity);
      keys.push_back(f.key);
      const Name first = na.empty() ? Name{0, 0, 0} : na.front();
      a_part.push_back(first.part);
      a_slot.push_back(first.slot);
      a_claim.push_back(first.claim);
      out_blobs.push_back(EncodeFinding(f, na, nb));
    }
  }
  py::dict out;
  out["severity"] = severity;
  out["key"] = keys;
  out["part"] = a_part;
  out["slot"] = a_slot;
  out["claim"] = a_claim;
  std::vector<py::bytes> finding_bytes(out_blobs.begin(), out_blobs.end());
  out["finding"] = finding_bytes;
  return out;
}

// The report of the whole run: documents and diagnostics in input order (partition, then
// slot; `drops` holds the duplicate ids found across partitions, each with its diagnostic),
// findings in the single-machine order. `findings` holds each shuffled partition's encoded
// findings in the order that partition told them.
std::shared_ptr<Report> Assemble(const std::vector<const Batch*>& batches,
                                 const std::vector<std::vector<std::pair<uint32_t, Diagnostic>>>& drops,
                                 const std::vector<std::vector<std::string>>& findings,
                                 const std::vector<std::vector<std::string>>& stories) {
  auto report = std::make_shared<Report>();
  std::vector<std::vector<uint32_t>> index(batches.size());  // (part, slot) -> document.
  for (uint32_t p = 0; p < batches.size(); ++p) {
    const Batch& b = *batches[p];
    report->inputs += b.slots.size();
    index[p].assign(b.slots.size(), UINT32_MAX);
    auto drop = drops[p].begin();
    for (uint32_t s = 0; s < b.slots.size(); ++s) {
      if (drop != drops[p].end() && drop->first == s) {
        report->diagnostics.push_back((drop++)->second);
        continue;
      }
      if (b.slots[s].diagnostic) report->diagnostics.push_back(*b.slots[s].diagnostic);
      if (b.slots[s].document) {
        index[p][s] = static_cast<uint32_t>(report->documents.size());
        report->documents.push_back(*b.slots[s].document);
        if (p < stories.size() && s < stories[p].size()) report->documents.back().story = stories[p][s];
      }
    }
  }
  struct Entry {
    Finding finding;
    ClaimRef first;
    size_t seq;
  };
  std::vector<Entry> entries;
  for (const std::vector<std::string>& part : findings) {
    for (size_t seq = 0; seq < part.size(); ++seq) {
      std::vector<Name> names[2];
      Entry e{DecodeFinding(part[seq], names[0], names[1]), {}, seq};
      for (const Name& n : names[0]) e.finding.side_a.push_back({index[n.part][n.slot], n.claim});
      for (const Name& n : names[1]) e.finding.side_b.push_back({index[n.part][n.slot], n.claim});
      if (!e.finding.side_a.empty()) e.first = e.finding.side_a.front();
      entries.push_back(std::move(e));
    }
  }
  // Equal severity, key and first claim happen only within one group, so within one shuffled
  // partition, where `seq` is the order the group told them.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.finding.severity != b.finding.severity) return a.finding.severity > b.finding.severity;
    if (a.finding.key != b.finding.key) return a.finding.key < b.finding.key;
    if (a.first != b.first) return a.first < b.first;
    return a.seq < b.seq;
  });
  for (Entry& e : entries) report->findings.push_back(std::move(e.finding));
  return report;
}

// A text as str, or as bytes when it is not UTF-8 (extraction then reports it as the CLI does).
py::object Text(const std::string& s) {
  PyObject* u = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "strict");
  if (u != nullptr) return py::reinterpret_steal<py::object>(u);
  PyErr_Clear();
  return py::bytes(s);
}

// An input as the dict crosscheck.dask passes between tasks.
py::dict ItemOf(const Input& input) {
  py::dict item;
  if (const Diagnostic* d = std::get_if<Diagnostic>(&input)) {
    item["diagnostic"] = py::dict(py::arg("input") = Text(d->input),
                                  py::arg("message") = Text(d->message),
                                  py::arg("skipped") = d->skipped);
    return item;
  }
  const Document& d = std::get<Document>(input);
  item["id"] = Text(d.id);
  item["text"] = Text(d.text);
  if (!d.lang.empty()) item["lang"] = d.lang;
  if (d.published) item["published"] = absl::FormatCivilTime(*d.published);
  if (!d.source.empty()) item["source"] = Text(d.source);
  if (!d.url.empty()) item["url"] = Text(d.url);
  item["origin"] = Text(d.origin);
  return item;
}

}  // namespace

void BindShuffle(py::module_& m) {
  py::class_<Batch>(m, "_Batch", "One partition's documents after extraction (crosscheck.dask).")
      .def_property_readonly("size", [](const Batch& b) { return b.slots.size(); })
      .def("ids", [](const Batch& b) {
        py::list out;
        for (uint32_t s = 0; s < b.slots.size(); ++s) {
          if (b.slots[s].document) {
            out.append(py::make_tuple(s, b.slots[s].document->id, b.slots[s].document->origin));
          }
        }
        return out;
      }, "(slot, id, origin) of each document.")
      .def(py::pickle([](const Batch& b) { return py::bytes(EncodeBatch(b)); },
                      [](const py::bytes& bytes) { return DecodeBatch(std::string_view(bytes)); }));
  m.def("_extract_partition", [](const PyChecker& c, const py::list& items, int jobs) {
    Batch b{ExtractAll(c, InputsFromList(items), jobs, /*dedupe=*/false)};
    for (Slot& s : b.slots) {
      if (s.document) {
        s.document->text.clear();
        s.document->text.shrink_to_fit();
      }
    }
    return b;
  });
  m.def("_story_names", &StoryNames);
  m.def("_story_features", &StoryFeatures);
  m.def("_claim_rows", &ClaimRows);
  m.def("_reconcile_rows", &ReconcileRows);
  m.def("_assemble", [](const std::vector<const Batch*>& batches,
                        const std::vector<std::vector<std::tuple<uint32_t, std::string, std::string>>>& drops,
                        const std::vector<std::vector<std::string>>& findings,
                        const std::vector<std::vector<std::string>>& stories) {
    std::vector<std::vector<std::pair<uint32_t, Diagnostic>>> d(drops.size());
    for (size_t p = 0; p < drops.size(); ++p) {
      for (const auto& [slot, input, message] : drops[p]) d[p].push_back({slot, {input, message, true}});
      std::sort(d[p].begin(), d[p].end(), [](auto& a, auto& b) { return a.first < b.first; });
    }
    py::gil_scoped_release release;
    return Assemble(batches, d, findings, stories);
  });
  m.def("_read_jsonl", [](const py::bytes& data, const std::string& name, uint64_t first_line) {
    std::istringstream in{std::string(data)};
    py::list items;
    std::vector<Input> inputs;
    ReadJsonLines(in, name, {}, [&](Document d) { inputs.emplace_back(std::move(d)); },
                  [&](Diagnostic d) { inputs.emplace_back(std::move(d)); }, first_line);
    for (Input& i : inputs) items.append(ItemOf(i));
    return items;
  }, "Articles and diagnostics of JSON Lines bytes whose first line is `first_line` of `name`.");
  m.def("_read_inputs", [](const std::vector<std::string>& paths) {
    std::vector<Input> inputs;
    {
      py::gil_scoped_release release;
      ForEachInput(paths, {}, [&](Document d) { inputs.emplace_back(std::move(d)); },
                   [&](Diagnostic d) { inputs.emplace_back(std::move(d)); });
    }
    py::list items;
    for (Input& i : inputs) items.append(ItemOf(i));
    return items;
  }, "The articles and diagnostics the CLI would read from `paths`, in its order.");
}

}  // namespace crosscheck::python
