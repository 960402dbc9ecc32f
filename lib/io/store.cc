#include "crosscheck/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

#include "absl/time/civil_time.h"
#include "crosscheck/story.h"
#include "fmt/format.h"
#include "lib/io/claim_json.h"
#include "lib/io/json.h"

namespace crosscheck {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, lang TEXT, published TEXT, source TEXT, url TEXT, origin TEXT);
CREATE TABLE IF NOT EXISTS claims (
  document TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (document, position));
CREATE INDEX IF NOT EXISTS claims_by_key ON claims (key);
)sql";

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
  void Text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
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

}  // namespace

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
  Statement doc(db_, "SELECT lang, published, source, url, origin FROM documents WHERE id = ?1");
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
    }
    for (auto& [pos, c] : claims) d.claims.push_back(std::move(c));
    out.push_back(std::move(d));
  }
  return out;
}

absl::Status ClaimStore::Add(const std::vector<DocumentResult>& documents) {
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error(db_, "begin");
  }
  auto fail = [&](std::string_view what) {
    absl::Status s = Error(db_, what);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  };
  {
    Statement del_doc(db_, "DELETE FROM documents WHERE id = ?1");
    Statement del_claims(db_, "DELETE FROM claims WHERE document = ?1");
    Statement put_doc(db_, "INSERT INTO documents VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement put_claim(db_, "INSERT INTO claims VALUES (?1, ?2, ?3, ?4)");
    if (!del_doc.ok() || !del_claims.ok() || !put_doc.ok() || !put_claim.ok()) {
      return fail("prepare insert");
    }
    for (const DocumentResult& d : documents) {
      for (Statement* st : {&del_doc, &del_claims}) {
        sqlite3_reset(st->get());
        st->Text(1, d.id);
        if (sqlite3_step(st->get()) != SQLITE_DONE) return fail("replace");
      }
      sqlite3_reset(put_doc.get());
      put_doc.Text(1, d.id);
      put_doc.Text(2, d.lang);
      put_doc.Text(3, d.published ? absl::FormatCivilTime(*d.published) : "");
      put_doc.Text(4, d.source);
      put_doc.Text(5, d.url);
      put_doc.Text(6, d.origin);
      if (sqlite3_step(put_doc.get()) != SQLITE_DONE) return fail("insert document");
      for (size_t i = 0; i < d.claims.size(); ++i) {
        Claim c = d.claims[i];
        if (c.context.empty() && !d.text.empty()) {
          // Keep the evidence: later runs reconcile without the text.
          c.context_begin = std::min(c.span.begin, c.sentence.begin);
          c.context = d.text.substr(c.context_begin,
                                    std::max(c.span.end, c.sentence.end) - c.context_begin);
        }
        sqlite3_reset(put_claim.get());
        put_claim.Text(1, d.id);
        sqlite3_bind_int64(put_claim.get(), 2, static_cast<int64_t>(i));
        put_claim.Text(3, c.key);
        put_claim.Text(4, internal::ClaimToJson(c));
        if (sqlite3_step(put_claim.get()) != SQLITE_DONE) return fail("insert claim");
      }
    }
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return fail("commit");
  return absl::OkStatus();
}

absl::StatusOr<Report> CheckAgainstStore(const Checker& checker, ClaimStore& store,
                                         const std::vector<std::string>& paths,
                                         const ReadOptions& read, const RunOptions& run) {
  RunOptions extract_only = run;
  extract_only.reconcile = false;
  Report report = checker.CheckPaths(paths, read, extract_only);
  const size_t new_documents = report.documents.size();
  std::vector<std::string> keys;
  std::set<std::string> new_ids;
  for (const DocumentResult& d : report.documents) {
    new_ids.insert(d.id);
    for (const Claim& c : d.claims) keys.push_back(c.key);
  }
  absl::StatusOr<std::vector<DocumentResult>> related = store.Related(keys);
  if (!related.ok()) return related.status();
  for (DocumentResult& d : *related) {
    if (!new_ids.contains(d.id)) report.documents.push_back(std::move(d));  // Re-checks replace.
  }
  // Stories are found again over the new and the stored documents together: a grouped new
  // document (it has story terms) gives up its story, a stored one is read from its claims.
  for (size_t i = 0; i < new_documents; ++i) {
    if (!report.documents[i].story_terms.empty()) report.documents[i].story.clear();
  }
  AssignStories(report.documents, checker.options().story);
  std::vector<Finding> findings = checker.Reconcile(report.documents);
  auto is_new = [&](const ClaimRef& r) { return r.document < new_documents; };
  for (Finding& f : findings) {
    if (std::any_of(f.side_a.begin(), f.side_a.end(), is_new) ||
        std::any_of(f.side_b.begin(), f.side_b.end(), is_new)) {
      report.findings.push_back(std::move(f));
    }
  }
  std::vector<DocumentResult> fresh(report.documents.begin(),
                                    report.documents.begin() + static_cast<long>(new_documents));
  if (absl::Status s = store.Add(fresh); !s.ok()) return s;
  return report;
}

}  // namespace crosscheck
