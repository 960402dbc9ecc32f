#include "lib/run/cited_evidence.h"

#include <algorithm>
#include <cstring>
#include <span>

#include "lib/reconcile/grouping.h"  // WorkersFor, RunWorkers

namespace crosscheck::internal {
namespace {

// A claim's entry in the spill: a tag, its context_begin, and for kNew the context's size and
// bytes. Claims of one sentence follow each other and share their context: kSame.
enum Tag : char { kEmpty = 0, kSame = 1, kNew = 2 };

void AppendU32(std::string& out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out.append(b, 4);
}

// Reads the entries of a document's bytes one claim at a time.
class EntryReader {
 public:
  explicit EntryReader(std::string_view bytes) : bytes_(bytes) {}

  // The next claim's context and begin; false at the end or on bytes that do not parse.
  bool Next(Tag& tag, std::string_view& context, uint32_t& begin) {
    if (at_ + 5 > bytes_.size()) return false;
    tag = static_cast<Tag>(bytes_[at_]);
    begin = U32(at_ + 1);
    at_ += 5;
    if (tag == kEmpty) context = {};
    if (tag != kNew) return tag == kEmpty || tag == kSame;
    if (at_ + 4 > bytes_.size()) return false;
    const uint32_t size = U32(at_);
    at_ += 4;
    if (size > bytes_.size() - at_) return false;
    context = bytes_.substr(at_, size);
    at_ += size;
    return true;
  }

 private:
  uint32_t U32(size_t at) const {
    uint32_t v;
    std::memcpy(&v, bytes_.data() + at, 4);
    return v;
  }
  std::string_view bytes_;
  size_t at_ = 0;
};

// The claims the findings cite, ordered by document and claim.
std::vector<ClaimRef> CitedClaims(const std::vector<Finding>& findings) {
  std::vector<ClaimRef> cited;
  for (const Finding& f : findings) {
    cited.insert(cited.end(), f.side_a.begin(), f.side_a.end());
    cited.insert(cited.end(), f.side_b.begin(), f.side_b.end());
  }
  std::sort(cited.begin(), cited.end());
  cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
  return cited;
}

}  // namespace

std::string CitedEvidence::Take(DocumentResult& d) {
  std::string bytes;
  if (d.claims.empty() || (d.story.empty() && d.story_terms.empty())) return bytes;
  const Claim* previous = nullptr;
  for (const Claim& c : d.claims) {
    const bool same = previous != nullptr && !c.context.empty() &&
                      previous->context.data() == c.context.data() &&
                      previous->context_begin == c.context_begin;
    bytes += static_cast<char>(c.context.empty() ? kEmpty : same ? kSame : kNew);
    AppendU32(bytes, c.context_begin);
    if (!same && !c.context.empty()) {
      AppendU32(bytes, static_cast<uint32_t>(c.context.size()));
      bytes += std::string_view(c.context);
    }
    previous = &c;
  }
  for (Claim& c : d.claims) {
    if (c.kind == ClaimKind::kQuote) {
      c.context = SharedString();
    } else {
      c.context = SharedString(ClaimWords(c, {}));
    }
    c.context_begin = c.span.begin;
  }
  return bytes;
}

void CitedEvidence::Add(std::string_view bytes) {
  offsets_.push_back(spill_.size());
  spill_.Write(bytes);
}

absl::Status CitedEvidence::RestoreRange(Report& report, std::span<const ClaimRef> cited) {
  std::string bytes;
  for (size_t i = 0; i < cited.size();) {
    const uint32_t doc = cited[i].document;
    size_t end = i;
    while (end < cited.size() && cited[end].document == doc) ++end;
    if (doc + 1 >= offsets_.size()) return absl::InternalError("a finding cites an unknown document");
    const uint64_t size = offsets_[doc + 1] - offsets_[doc];
    if (size == 0) {  // Kept its contexts.
      i = end;
      continue;
    }
    if (!spill_.ReadAt(offsets_[doc], size, bytes)) {
      return absl::UnavailableError("cannot read back a temporary file");
    }
    std::vector<Claim>& claims = report.documents[doc].claims;
    EntryReader reader(bytes);
    Tag tag;
    std::string_view context;
    uint32_t begin = 0;
    SharedString made;  // The last context given back, for the claims that share it.
    bool made_for_previous = false;
    for (uint32_t k = 0; i < end && k < claims.size(); ++k) {
      if (!reader.Next(tag, context, begin)) return absl::InternalError("a temporary file is damaged");
      const bool wanted = cited[i].claim == k;
      if (wanted) {
        if (tag != kSame || !made_for_previous) made = SharedString(context);
        claims[k].context = made;
        claims[k].context_begin = begin;
        ++i;
      }
      made_for_previous = wanted;
    }
    i = end;
  }
  return absl::OkStatus();
}

absl::Status CitedEvidence::Restore(Report& report) {
  if (absl::Status s = spill_.Rewind(); !s.ok()) return s;
  offsets_.push_back(spill_.size());
  const std::vector<ClaimRef> cited = CitedClaims(report.findings);
  // On all cores, each worker a run of whole documents: this ran on one thread after
  // reconciliation, with the other core idle (0.26 CPU-s of 100,000 articles). Workers read
  // the file at their own offsets and write only their own documents' claims; the first
  // failure in citation order is the one a single pass would have returned.
  const size_t workers = WorkersFor(cited.size());
  std::vector<size_t> bounds(workers + 1, cited.size());
  bounds[0] = 0;
  for (size_t w = 1; w < workers; ++w) {
    size_t b = std::max(bounds[w - 1], cited.size() * w / workers);
    while (b > 0 && b < cited.size() && cited[b].document == cited[b - 1].document) ++b;
    bounds[w] = b;
  }
  std::vector<absl::Status> status(workers);
  RunWorkers(workers, [&](size_t w) {
    const std::span<const ClaimRef> run(cited.data() + bounds[w], bounds[w + 1] - bounds[w]);
    status[w] = RestoreRange(report, run);
  });
  for (const absl::Status& s : status) {
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace crosscheck::internal
