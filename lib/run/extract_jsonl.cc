// ExtractClaimsJsonl: claims JSON Lines written while extracting, instead of after holding
// every document's claims.
#include <ostream>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/reader.h"
#include "crosscheck/run.h"
#include "crosscheck/story.h"
#include "lib/io/claims_jsonl.h"
#include "lib/run/extract_stream.h"
#include "lib/run/run_steps.h"
#include "lib/run/spill.h"

namespace crosscheck {
namespace {

// Claims JSON Lines of the documents handed over in input order. When every story is known
// at once, a document's lines are written as it comes; otherwise its tails wait in the spill
// and the document keeps only what grouping and its head read.
class JsonlWriter {
 public:
  JsonlWriter(const StoryOptions& story, std::ostream& out) : story_(story), out_(out) {}

  void Open() {
    if (!story_.one_story) spill_.Open();
  }

  // On an extraction thread: the bytes to hand on, and `d` slimmed.
  std::string Prepare(DocumentResult& d) const {
    std::string bytes;
    if (story_.one_story) {
      // Every document is in the one story, named as AssignStories names it.
      AssignStories(std::span(&d, 1), story_);
      internal::AppendClaimsJsonlTails(bytes, d);
      std::string lines;
      internal::AppendClaimsJsonlLines(lines, internal::ClaimsJsonlHead(d), bytes);
      return lines;
    }
    internal::AppendClaimsJsonlTails(bytes, d);
    // Grouping reads the claims' sentences only of a document without a signature.
    if (!d.story_terms.empty()) std::vector<Claim>().swap(d.claims);
    return bytes;
  }

  // In input order.
  void Add(DocumentResult d, std::string bytes) {
    if (story_.one_story) {
      out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      return;
    }
    spill_.Write(bytes);
    sizes_.push_back(bytes.size());
    documents_.push_back(std::move(d));
  }

  // Groups the stories and writes the lines that waited for them.
  absl::Status Finish() {
    if (!story_.one_story) {
      if (absl::Status s = spill_.Rewind(); !s.ok()) return s;
      AssignStories(documents_, story_);
      std::string tails, lines;
      for (size_t i = 0; i < documents_.size(); ++i) {
        if (!spill_.Read(sizes_[i], tails)) {
          return absl::UnavailableError("cannot read back a temporary file");
        }
        internal::AppendClaimsJsonlLines(lines, internal::ClaimsJsonlHead(documents_[i]), tails);
        if (lines.size() >= (1u << 20)) Flush(lines);
      }
      Flush(lines);
    }
    out_.flush();
    if (!out_) return absl::UnavailableError("cannot write the output");
    return absl::OkStatus();
  }

 private:
  void Flush(std::string& lines) {
    out_.write(lines.data(), static_cast<std::streamsize>(lines.size()));
    lines.clear();
  }

  const StoryOptions& story_;
  std::ostream& out_;
  internal::Spill spill_;
  std::vector<DocumentResult> documents_;
  std::vector<size_t> sizes_;  // Of each document's tails in the spill.
};

}  // namespace

absl::StatusOr<Report> ExtractClaimsJsonl(const Checker& checker,
                                          const std::vector<std::string>& paths,
                                          const ReadOptions& read, const RunOptions& run,
                                          std::ostream& out) {
  internal::StreamOptions stream = internal::StreamOptionsFor(run, /*keep_text_by_default=*/false);
  if (run.progress) stream.total_bytes = InputBytes(paths, read);
  JsonlWriter writer(checker.options().story, out);
  writer.Open();
  stream.prepare = [&](DocumentResult& d) { return writer.Prepare(d); };
  Report report;
  const internal::StreamSink sink{
      [&](DocumentResult d, std::string bytes) { writer.Add(std::move(d), std::move(bytes)); },
      [&](Diagnostic d) { report.diagnostics.push_back(std::move(d)); }};
  report.inputs = internal::ExtractInOrder(checker, internal::PathSource(paths, read), stream, sink);
  if (absl::Status s = writer.Finish(); !s.ok()) return s;
  return report;
}

}  // namespace crosscheck
