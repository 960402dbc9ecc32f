// A claim store in an embedded SQLite database, for newsrooms that check each new article
// against everything seen before (`crosscheck check --store news.db NEW.txt`; the run itself
// is CheckAgainstStore in run.h).
//
//   absl::StatusOr<crosscheck::ClaimStore> store = crosscheck::ClaimStore::Open("news.db");
//   absl::StatusOr<std::vector<crosscheck::Placement>> placed = store->Add(documents);
//
// A stored article is never replaced: the same id with the same text is not stored again, the
// same id with another text is stored as a new version ("a1@v2"), and Add says which happened.
// Writes are transactions in write-ahead-log mode: readers in other processes see either the
// old or the new state, and a process killed mid-write leaves the last committed state.
// A ClaimStore is movable, not copyable, and used from one thread at a time.
#ifndef CROSSCHECK_STORE_H_
#define CROSSCHECK_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "crosscheck/types.h"

struct sqlite3;

namespace crosscheck {

// A stable 64-bit fingerprint of an article's text (FNV-1a): how the store tells an article
// sent again from a changed one without keeping the text.
uint64_t TextFingerprint(std::string_view text);

// Where a document goes in the store, by its id and the fingerprint of its text.
struct Placement {
  enum class Kind {
    kNew,         // The id is not stored: the document is stored under it.
    kSameText,    // Stored already with the same text: not stored again.
    kNewVersion,  // Stored already with another text (or an unknown one): stored again as
                  // the next version, under the id "ID@vN".
  };
  Kind kind = Kind::kNew;
  std::string id;        // The id the document is stored under (kSameText: was stored under).
  uint32_t version = 1;  // 1 for the first text an id had.
};

class ClaimStore {
 public:
  // Opens or creates the database at `path`. A store written by an earlier version is
  // upgraded in place; its documents have no fingerprint, so any text counts as changed.
  static absl::StatusOr<ClaimStore> Open(const std::string& path);
  ClaimStore(ClaimStore&& other) noexcept;
  ClaimStore& operator=(ClaimStore&& other) noexcept;
  ClaimStore(const ClaimStore&) = delete;
  ClaimStore& operator=(const ClaimStore&) = delete;
  ~ClaimStore();

  // Stored documents holding a claim whose key is in `keys`, each with only those claims,
  // sorted by document id and claim position.
  absl::StatusOr<std::vector<DocumentResult>> Related(const std::vector<std::string>& keys) const;

  // Where a document with this id and text fingerprint would go; changes nothing. Without a
  // fingerprint (the text is unknown) a stored id always gives a new version.
  absl::StatusOr<Placement> Place(const std::string& id,
                                  std::optional<uint64_t> fingerprint) const;

  // Adds the documents and their claims in one transaction, each where Place() puts it, and
  // returns the placements in order. `fingerprints` is empty or has one entry per document;
  // when empty, a document's fingerprint is that of its text, unknown if the text is empty.
  absl::StatusOr<std::vector<Placement>> Add(const std::vector<DocumentResult>& documents,
                                             const std::vector<uint64_t>& fingerprints = {});

  absl::StatusOr<uint64_t> DocumentCount() const;
  absl::StatusOr<uint64_t> ClaimCount() const;

 private:
  explicit ClaimStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_H_
