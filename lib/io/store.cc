#include "crosscheck/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "absl/time/civil_time.h"
#include "fmt/format.h"
#include "lib/io/claim_json.h"
#include "lib/io/json.h"

namespace crosscheck {
namespace {

// Documents are never replaced: every text an id had is a row, version 1 under the id itself,
// later ones under "ID@vN" with `base` the id. Rows written before versions existed have no
// base, version or fingerprint, and rows written before homes none (Upgrade adds the columns).
constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, lang TEXT, published TEXT, source TEXT, url TEXT, origin TEXT,
  base TEXT, version INTEGER, fingerprint TEXT, home TEXT);
CREATE TABLE IF NOT EXISTS claims (
  document TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (document, position));
CREATE INDEX IF NOT EXISTS claims_by_key ON claims (key);
)sql";

constexpr const char* kVersionColumns[] = {"base TEXT", "version INTEGER", "fingerprint TEXT",
                                           "home TEXT"};

absl::Status Error(sqlite3* db, std::string_view what) {
  return absl::InternalError(fmt::format("claim store: {}: {}", what, sqlite3_errmsg(db)));
}

// A prepared statement that finalizes itself.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { ok_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) == SQLITE_OK; }
  ~Statement() { sqlite3_finalize(s_); }
  bool ok() const { return ok_; }
  sqlite3_stmt* get() { return s_; }
  // Rewinds the statement for its next use.
  Statement& Reset() {
    sqlite3_reset(s_);
    return *this;
  }
  Statement& Text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Int(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  std::string Column(int i) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, i));
    return p ? std::string(p, sqlite3_column_bytes(s_, i)) : std::string();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  bool ok_ = false;
};

absl::StatusOr<uint64_t> Count(sqlite3* db, const char* sql) {
  Statement st(db, sql);
  if (!st.ok() || sqlite3_step(st.get()) != SQLITE_ROW) return Error(db, "count");
  return static_cast<uint64_t>(sqlite3_column_int64(st.get(), 0));
}

// Adds the version columns to a store written before they existed.
absl::Status Upgrade(sqlite3* db) {
  std::set<std::string> columns;
  {
    Statement info(db, "PRAGMA table_info(documents)");
    if (!info.ok()) return Error(db, "read schema");
    while (sqlite3_step(info.get()) == SQLITE_ROW) columns.insert(info.Column(1));
  }
  for (std::string_view column : kVersionColumns) {
    const std::string name(column.substr(0, column.find(' ')));
    if (columns.contains(name)) continue;
    const std::string sql = fmt::format("ALTER TABLE documents ADD COLUMN {}", column);
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      return Error(db, "upgrade");
    }
  }
  const char* index = "CREATE INDEX IF NOT EXISTS documents_by_base ON documents (base)";
  if (sqlite3_exec(db, index, nullptr, nullptr, nullptr) != SQLITE_OK) return Error(db, "upgrade");
  return absl::OkStatus();
}

std::string Hex(uint64_t fingerprint) { return fmt::format("{:016x}", fingerprint); }

// Where a document goes: the statements Place() and Add() share.
class Placer {
 public:
  explicit Placer(sqlite3* db)
      : db_(db),
        versions_(db, "SELECT id, version, fingerprint FROM documents WHERE id = ?1 OR base = ?1"),
        taken_(db, "SELECT 1 FROM documents WHERE id = ?1") {}
  bool ok() const { return versions_.ok() && taken_.ok(); }

  absl::StatusOr<Placement> Place(const std::string& id, std::optional<uint64_t> fingerprint) {
    const std::string wanted = fingerprint ? Hex(*fingerprint) : "";
    Placement p{Placement::Kind::kNew, id, 1};
    versions_.Reset().Text(1, id);
    int rc;
    while ((rc = sqlite3_step(versions_.get())) == SQLITE_ROW) {
      // Rows from before versions existed have none: they are version 1.
      const auto version = static_cast<uint32_t>(std::max<int64_t>(1, sqlite3_column_int64(versions_.get(), 1)));
      if (!wanted.empty() && versions_.Column(2) == wanted) {
        return Placement{Placement::Kind::kSameText, versions_.Column(0), version};
      }
      p.kind = Placement::Kind::kNewVersion;
      p.version = std::max(p.version, version + 1);
    }
    if (rc != SQLITE_DONE) return Error(db_, "look up versions");
    if (p.kind == Placement::Kind::kNew) return p;
    for (;; ++p.version) {  // An article may itself be called "ID@vN"; its id is not taken.
      p.id = fmt::format("{}@v{}", id, p.version);
      taken_.Reset().Text(1, p.id);
      rc = sqlite3_step(taken_.get());
      if (rc == SQLITE_DONE) return p;
      if (rc != SQLITE_ROW) return Error(db_, "look up versions");
    }
  }

 private:
  sqlite3* db_;
  Statement versions_, taken_;
};

// The statements that insert a document and its claims.
class Inserter {
 public:
  explicit Inserter(sqlite3* db)
      : db_(db),
        doc_(db, "INSERT INTO documents (id, lang, published, source, url, origin, base, version, "
                 "fingerprint, home) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        claim_(db, "INSERT INTO claims VALUES (?1, ?2, ?3, ?4)") {}
  bool ok() const { return doc_.ok() && claim_.ok(); }

  absl::Status Insert(const DocumentResult& d, const Placement& p,
                      std::optional<uint64_t> fingerprint) {
    doc_.Reset().Text(1, p.id).Text(2, d.lang);
    doc_.Text(3, d.published ? absl::FormatCivilTime(*d.published) : "");
    doc_.Text(4, d.source).Text(5, d.url).Text(6, d.origin).Text(7, d.id).Int(8, p.version);
    if (fingerprint) doc_.Text(9, Hex(*fingerprint)); else sqlite3_bind_null(doc_.get(), 9);
    doc_.Text(10, d.home);
    if (sqlite3_step(doc_.get()) != SQLITE_DONE) return Error(db_, "insert document");
    for (size_t i = 0; i < d.claims.size(); ++i) {
      // The claim keeps its evidence: later runs reconcile without the text.
      claim_.Reset().Text(1, p.id).Int(2, static_cast<int64_t>(i)).Text(3, d.claims[i].key);
      claim_.Text(4, internal::ClaimToJson(d.claims[i], fmt::format("{}#{}", p.id, i + 1), d.text));
      if (sqlite3_step(claim_.get()) != SQLITE_DONE) return Error(db_, "insert claim");
    }
    return absl::OkStatus();
  }

 private:
  sqlite3* db_;
  Statement doc_, claim_;
};

}  // namespace

uint64_t TextFingerprint(std::string_view text) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a: stable across builds and platforms.
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

absl::StatusOr<ClaimStore> ClaimStore::Open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    absl::Status s = absl::InvalidArgumentError(
        fmt::format("{}: cannot open claim store: {}", path, db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, 10000);  // Wait for other writers instead of failing at once.
  char* err = nullptr;
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
    absl::Status s = absl::InvalidArgumentError(
        fmt::format("{}: not a usable claim store: {}", path, err ? err : "unknown error"));
    sqlite3_free(err);
    sqlite3_close(db);
    return s;
  }
  if (absl::Status s = Upgrade(db); !s.ok()) {
    sqlite3_close(db);
    return absl::InvalidArgumentError(fmt::format("{}: {}", path, std::string(s.message())));
  }
  return ClaimStore(db, path);
}

ClaimStore::ClaimStore(ClaimStore&& o) noexcept : db_(o.db_), path_(std::move(o.path_)) {
  o.db_ = nullptr;
}

ClaimStore& ClaimStore::operator=(ClaimStore&& o) noexcept {
  if (this != &o) {
    sqlite3_close(db_);
    db_ = o.db_;
    path_ = std::move(o.path_);
    o.db_ = nullptr;
  }
  return *this;
}

ClaimStore::~ClaimStore() { sqlite3_close(db_); }

absl::StatusOr<uint64_t> ClaimStore::DocumentCount() const {
  return Count(db_, "SELECT COUNT(*) FROM documents");
}

absl::StatusOr<uint64_t> ClaimStore::ClaimCount() const {
  return Count(db_, "SELECT COUNT(*) FROM claims");
}

absl::StatusOr<Placement> ClaimStore::Place(const std::string& id,
                                            std::optional<uint64_t> fingerprint) const {
  Placer placer(db_);
  if (!placer.ok()) return Error(db_, "prepare lookup");
  return placer.Place(id, fingerprint);
}

absl::StatusOr<std::vector<DocumentResult>> ClaimStore::Related(
    const std::vector<std::string>& keys) const {
  std::map<std::string, std::map<int64_t, Claim>> by_document;
  {
    Statement st(db_, "SELECT document, position, body FROM claims WHERE key = ?1");
    if (!st.ok()) return Error(db_, "prepare lookup");
    for (const std::string& key : std::set<std::string>(keys.begin(), keys.end())) {
      if (key.empty()) continue;
      sqlite3_reset(st.get());
      st.Text(1, key);
      int rc;
      while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        absl::StatusOr<internal::JsonValue> body = internal::ParseJson(st.Column(2));
        if (!body.ok() || !body->object()) {
          return absl::DataLossError(fmt::format("{}: a stored claim of document \"{}\" is corrupt",
                                                 path_, st.Column(0)));
        }
        by_document[st.Column(0)][sqlite3_column_int64(st.get(), 1)] =
            internal::ClaimFromJson(*body->object());
      }
      if (rc != SQLITE_DONE) return Error(db_, "lookup");
    }
  }
  std::vector<DocumentResult> out;
  Statement doc(db_,
                "SELECT lang, published, source, url, origin, home FROM documents WHERE id = ?1");
  if (!doc.ok()) return Error(db_, "prepare document lookup");
  for (auto& [id, claims] : by_document) {
    DocumentResult d;
    d.id = id;
    sqlite3_reset(doc.get());
    doc.Text(1, id);
    if (sqlite3_step(doc.get()) == SQLITE_ROW) {
      d.lang = doc.Column(0);
      absl::CivilDay day;
      if (absl::ParseCivilTime(doc.Column(1), &day)) d.published = day;
      d.source = doc.Column(2);
      d.url = doc.Column(3);
      d.origin = doc.Column(4);
      d.home = doc.Column(5);  // NULL (a store from before homes) reads as empty.
    }
    for (auto& [pos, c] : claims) d.claims.push_back(std::move(c));
    out.push_back(std::move(d));
  }
  return out;
}

absl::StatusOr<std::vector<Placement>> ClaimStore::Add(
    const std::vector<DocumentResult>& documents, const std::vector<uint64_t>& fingerprints) {
  if (!fingerprints.empty() && fingerprints.size() != documents.size()) {
    return absl::InvalidArgumentError("claim store: one fingerprint per document, or none");
  }
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error(db_, "begin");
  }
  auto fail = [&](absl::Status s) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  };
  std::vector<Placement> placements;
  {
    Placer placer(db_);
    Inserter inserter(db_);
    if (!placer.ok() || !inserter.ok()) return fail(Error(db_, "prepare insert"));
    for (size_t i = 0; i < documents.size(); ++i) {
      const DocumentResult& d = documents[i];
      std::optional<uint64_t> fingerprint;
      if (!fingerprints.empty()) fingerprint = fingerprints[i];
      else if (!d.text.empty()) fingerprint = TextFingerprint(d.text);
      // Placed inside the transaction, so that no other writer comes between.
      absl::StatusOr<Placement> p = placer.Place(d.id, fingerprint);
      if (!p.ok()) return fail(p.status());
      if (p->kind != Placement::Kind::kSameText) {
        if (absl::Status s = inserter.Insert(d, *p, fingerprint); !s.ok()) return fail(s);
      }
      placements.push_back(*std::move(p));
    }
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return fail(Error(db_, "commit"));
  }
  return placements;
}

}  // namespace crosscheck
