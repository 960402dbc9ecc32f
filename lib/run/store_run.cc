// CheckAgainstStore: a run whose new documents are reconciled with the related stored ones
// and then stored, never replacing a stored article.
#include <algorithm>
#include <mutex>
#include <set>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "crosscheck/reader.h"
#include "crosscheck/run.h"
#include "crosscheck/store.h"
#include "crosscheck/story.h"
#include "fmt/format.h"
#include "lib/run/extract_stream.h"
#include "lib/run/run_steps.h"

namespace crosscheck {
namespace {

// The new documents (no stories, no findings yet) and, for report.documents[i], the
// fingerprint of its text (taken while the text was there) and the id it was read with.
struct NewDocuments {
  Report report;
  std::vector<uint64_t> fingerprints;
  std::vector<std::string> read_ids;
};

NewDocuments ExtractNew(const Checker& checker, const std::vector<std::string>& paths,
                        const ReadOptions& read, const RunOptions& run) {
  internal::StreamOptions stream = internal::StreamOptionsFor(run, /*keep_text_by_default=*/false);
  if (run.progress) stream.total_bytes = InputBytes(paths, read);
  // Each id's fingerprint from its first position: a later document with the id is extracted
  // too, and then skipped as a duplicate.
  struct First {
    uint64_t position, fingerprint;
  };
  std::mutex mu;
  absl::flat_hash_map<std::string, First> by_id;
  stream.on_extracted = [&](uint64_t position, const Document& d, const DocumentResult&) {
    const First first{position, TextFingerprint(d.text)};
    std::lock_guard lock(mu);
    auto [it, inserted] = by_id.try_emplace(d.id, first);
    if (!inserted && position < it->second.position) it->second = first;
  };
  NewDocuments out{internal::ExtractStream(checker, internal::PathSource(paths, read), stream)};
  for (const DocumentResult& d : out.report.documents) {
    out.fingerprints.push_back(by_id[d.id].fingerprint);
    out.read_ids.push_back(d.id);
  }
  return out;
}

std::string Where(const DocumentResult& d) { return d.origin.empty() ? d.id : d.origin; }

// Where each new document will go. A stored id is noted (not a skip: the document is
// checked), and the document takes the id it is stored under in the report: a new version
// its versioned id, a text sent again that of its stored copy (so that the two do not meet).
absl::StatusOr<std::vector<Placement>> Place(const ClaimStore& store, NewDocuments& fresh) {
  std::vector<Placement> placements;
  for (size_t i = 0; i < fresh.report.documents.size(); ++i) {
    DocumentResult& d = fresh.report.documents[i];
    absl::StatusOr<Placement> p = store.Place(d.id, fresh.fingerprints[i]);
    if (!p.ok()) return p.status();
    if (p->kind == Placement::Kind::kSameText) {
      fresh.report.diagnostics.push_back(
          {Where(d), fmt::format("\"{}\" is stored already with this text; checked, not stored again",
                                 p->id), false});
      d.id = p->id;
    } else if (p->kind == Placement::Kind::kNewVersion) {
      fresh.report.diagnostics.push_back(
          {Where(d), fmt::format("\"{}\" is stored already, not with this text; stored as "
                                 "version {}, \"{}\"", d.id, p->version, p->id), false});
      d.id = p->id;
    }
    placements.push_back(*std::move(p));
  }
  return placements;
}

// Appends the stored documents that share a key with a new claim, except the new documents
// themselves (an article sent again is not compared with its stored copy).
absl::Status AddRelated(const ClaimStore& store, Report& report) {
  std::vector<std::string> keys;
  std::set<std::string> new_ids;
  for (const DocumentResult& d : report.documents) {
    new_ids.insert(d.id);
    for (const Claim& c : d.claims) keys.push_back(c.key.str());
  }
  absl::StatusOr<std::vector<DocumentResult>> related = store.Related(keys);
  if (!related.ok()) return related.status();
  for (DocumentResult& d : *related) {
    if (!new_ids.contains(d.id)) report.documents.push_back(std::move(d));
  }
  return absl::OkStatus();
}

// Stories over the new and the stored documents together, then the findings that involve a
// new claim.
void GroupAndReconcileNew(const Checker& checker, Report& report, size_t new_documents) {
  // A grouped new document (it has story terms) gives up its story; a stored one is grouped
  // by its claims.
  for (size_t i = 0; i < new_documents; ++i) {
    if (!report.documents[i].story_terms.empty()) report.documents[i].story.clear();
  }
  AssignStories(report.documents, checker.options().story);
  auto is_new = [&](const ClaimRef& r) { return r.document < new_documents; };
  for (Finding& f : checker.Reconcile(report.documents)) {
    if (std::any_of(f.side_a.begin(), f.side_a.end(), is_new) ||
        std::any_of(f.side_b.begin(), f.side_b.end(), is_new)) {
      report.findings.push_back(std::move(f));
    }
  }
}

// Stores the new documents under their own ids (the store places them again, inside its
// transaction) and notes where another writer made a placement differ from the report's.
absl::Status Store(ClaimStore& store, NewDocuments& fresh, const std::vector<Placement>& expected) {
  Report& report = fresh.report;
  std::vector<DocumentResult> documents(report.documents.begin(),
                                        report.documents.begin() + static_cast<long>(expected.size()));
  for (size_t i = 0; i < documents.size(); ++i) documents[i].id = fresh.read_ids[i];
  absl::StatusOr<std::vector<Placement>> placed = store.Add(documents, fresh.fingerprints);
  if (!placed.ok()) return placed.status();
  for (size_t i = 0; i < placed->size(); ++i) {
    if ((*placed)[i].id == expected[i].id && (*placed)[i].kind == expected[i].kind) continue;
    report.diagnostics.push_back({Where(documents[i]),
                                  fmt::format("stored as \"{}\": another run stored \"{}\" meanwhile",
                                              (*placed)[i].id, documents[i].id), false});
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Report> CheckAgainstStore(const Checker& checker, ClaimStore& store,
                                         const std::vector<std::string>& paths,
                                         const RunOptions& run) {
  return CheckAgainstStore(checker, store, paths, ReadOptions{}, run);
}

absl::StatusOr<Report> CheckAgainstStore(const Checker& checker, ClaimStore& store,
                                         const std::vector<std::string>& paths,
                                         const ReadOptions& read, const RunOptions& run) {
  NewDocuments fresh = ExtractNew(checker, paths, read, run);
  absl::StatusOr<std::vector<Placement>> placements = Place(store, fresh);
  if (!placements.ok()) return placements.status();
  if (absl::Status s = AddRelated(store, fresh.report); !s.ok()) return s;
  GroupAndReconcileNew(checker, fresh.report, placements->size());
  if (absl::Status s = Store(store, fresh, *placements); !s.ok()) return s;
  return std::move(fresh.report);
}

}  // namespace crosscheck
