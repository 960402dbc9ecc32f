// A claim store in an embedded SQLite database, for newsrooms that check each new article
// against everything seen before (`crosscheck check --store news.db NEW.txt`).
//
//   absl::StatusOr<crosscheck::ClaimStore> store = crosscheck::ClaimStore::Open("news.db");
//   crosscheck::Report r = crosscheck::CheckAgainstStore(checker, *store, {"new.txt"});
//
// Writes are transactions in write-ahead-log mode: readers in other processes see either the
// old or the new state, and a process killed mid-write leaves the last committed state.
// A ClaimStore is movable, not copyable, and used from one thread at a time.
#ifndef CROSSCHECK_STORE_H_
#define CROSSCHECK_STORE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "crosscheck/checker.h"
#include "crosscheck/types.h"

struct sqlite3;

namespace crosscheck {

class ClaimStore {
 public:
  // Opens or creates the database at `path`.
  static absl::StatusOr<ClaimStore> Open(const std::string& path);
  ClaimStore(ClaimStore&& other) noexcept;
  ClaimStore& operator=(ClaimStore&& other) noexcept;
  ClaimStore(const ClaimStore&) = delete;
  ClaimStore& operator=(const ClaimStore&) = delete;
  ~ClaimStore();

  // Stored documents holding a claim whose key is in `keys`, each with only those claims,
  // sorted by document id and claim position.
  absl::StatusOr<std::vector<DocumentResult>> Related(const std::vector<std::string>& keys) const;

  // Adds the documents and their claims in one transaction; a document whose id is stored
  // already is replaced.
  absl::Status Add(const std::vector<DocumentResult>& documents);

  absl::StatusOr<uint64_t> DocumentCount() const;
  absl::StatusOr<uint64_t> ClaimCount() const;

 private:
  explicit ClaimStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

// Extracts the inputs, reconciles them together with the related stored claims, reports the
// findings that involve at least one new claim, then adds the new documents to the store.
// The report's documents are the new ones followed by the stored ones the findings cite.
absl::StatusOr<Report> CheckAgainstStore(const Checker& checker, ClaimStore& store,
                                         const std::vector<std::string>& paths,
                                         const ReadOptions& read = {}, const RunOptions& run = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_H_
