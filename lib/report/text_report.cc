// The report for people: findings first, each with its evidence in context, then a summary.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <iterator>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "fmt/format.h"
#include "crosscheck/report.h"
#include "lib/report/stories.h"

namespace crosscheck {
namespace {

struct Colors {
  const char* bold = "";
  const char* red = "";
  const char* yellow = "";
  const char* dim = "";
  const char* reset = "";
};

// Where the claim is: "origin:line:column".
void AppendLocation(std::string& out, const DocumentResult& d, const Claim& c) {
  fmt::format_to(std::back_inserter(out), "{}:{}:{}", d.origin.empty() ? d.id : d.origin, c.line,
                 c.column);
}

// The sentence with the claim's words marked. Appended piece by piece: a report of a large
// run quotes millions of claims, and a string per piece was half its cost.
void AppendInContext(std::string& out, const DocumentResult& d, const Claim& c,
                     const Colors& k) {
  const std::string_view words = ClaimWords(c, d.text);
  const std::string_view sentence = SentenceWords(c, d.text);
  const bool whole = c.span.begin < c.sentence.begin || c.span.end > c.sentence.end ||
                     sentence.empty();
  const size_t at = whole ? 0 : c.span.begin - c.sentence.begin;
  if (!whole) out.append(sentence.substr(0, at));
  out.append(k.bold);
  out += '[';
  out.append(words);
  out += ']';
  out.append(k.reset);
  if (!whole) out.append(sentence.substr(at + words.size()));
}

void StoryHeading(std::string& out, const Report& report, const internal::StoryEntry& story,
                  const Colors& k) {
  fmt::format_to(std::back_inserter(out), "{}== Story {} ({} articles:", k.bold,
                 story.id.empty() ? "-" : story.id, story.documents.size());
  constexpr size_t kNamed = 12;  // A long story names its first articles and counts the rest.
  for (size_t i = 0; i < story.documents.size() && i < kNamed; ++i) {
    fmt::format_to(std::back_inserter(out), " {}", report.documents[story.documents[i]].id);
  }
  if (story.documents.size() > kNamed) {
    fmt::format_to(std::back_inserter(out), " and {} more", story.documents.size() - kNamed);
  }
  fmt::format_to(std::back_inserter(out), ") =={}\n\n", k.reset);
}

void FindingText(std::string& out, const Report& report, const Finding& f, int n,
                 const Colors& k) {
  const bool update = f.type == FindingType::kUpdate;
  const Severity level = SeverityLevel(f.severity);
  const char* color = update ? k.dim : level == Severity::kHigh ? k.red : k.yellow;
  fmt::format_to(std::back_inserter(out), "{}{}#{} {} {}, {} severity ({:.2f}){}\n  {}\n", color,
                 k.bold, n, ToString(f.kind), ToString(f.type), ToString(level), f.severity,
                 k.reset, f.explanation);
  for (int side = 0; side < 2; ++side) {
    for (const ClaimRef& r : side == 0 ? f.side_a : f.side_b) {
      const DocumentResult& d = report.documents[r.document];
      const Claim& c = d.claims[r.claim];
      out.append(side == 0 ? "  A " : "  B ");
      AppendLocation(out, d, c);
      out.append(": ");
      AppendInContext(out, d, c, k);
      out += '\n';
    }
  }
  out += "\n";
}

// About a finding's share of the report: evidence lines are the claim's sentence and location.
size_t SizeEstimate(const Finding& f) {
  return 96 + f.explanation.size() + (f.side_a.size() + f.side_b.size()) * 240;
}

// One finding of the report with what goes before it.
struct Entry {
  uint32_t finding;
  int number;                  // Its number in the report (#n).
  int32_t story_heading = -1;  // The story whose heading comes first, if one does.
  bool updates_heading = false;
};

// The findings in report order: what is wrong first, then updates (a toll that rose), which
// are information, listed apart; by story, with a heading naming each story's articles once
// there are several.
std::vector<Entry> Entries(const Report& report,
                           const std::vector<internal::StoryEntry>& stories) {
  std::vector<Entry> entries;
  entries.reserve(report.findings.size());
  int n = 0;
  for (const bool updates : {false, true}) {
    bool heading = false;
    for (size_t s = 0; s < stories.size(); ++s) {
      bool story_heading = false;
      for (uint32_t i : stories[s].findings) {
        if ((report.findings[i].type == FindingType::kUpdate) != updates) continue;
        Entry& e = entries.emplace_back(Entry{i, ++n});
        e.updates_heading = updates && !heading;
        heading = true;
        if (stories.size() > 1 && !story_heading) e.story_heading = static_cast<int32_t>(s);
        story_heading = true;
      }
    }
  }
  return entries;
}

void EntryText(std::string& out, const Report& report,
               const std::vector<internal::StoryEntry>& stories, const Entry& e,
               const Colors& k) {
  if (e.updates_heading) {
    fmt::format_to(std::back_inserter(out), "{}Updates (information, not contradictions){}\n\n",
                   k.bold, k.reset);
  }
  if (e.story_heading >= 0) StoryHeading(out, report, stories[e.story_heading], k);
  FindingText(out, report, report.findings[e.finding], e.number, k);
}

// Calls format(p) for pieces 0 .. pieces - 1 on all cores (at most 8 threads) and write(p)
// for each in order on the calling thread, which formats too while its next piece is not
// ready. Helpers run at most two pieces a thread past the last one written, so that a slow
// reader of the output (a pipe, a pager) does not leave everything formatted in memory; an
// exception from `write` stops and joins them before it propagates.
void FormatInOrder(size_t pieces, const std::function<void(size_t)>& format,
                   const std::function<void(size_t)>& write) {
  const size_t threads =
      std::min<size_t>({std::max(1u, std::thread::hardware_concurrency()), 8, pieces});
  const size_t window = 2 * threads;
  std::mutex mu;
  std::condition_variable cv;
  std::vector<char> done(pieces, 0);  // Under mu.
  size_t written = 0;                 // Under mu.
  bool stop = false;                  // Under mu.
  std::atomic<size_t> next{0};
  // Takes the next piece no one has; false when none is left (or, for a helper, on stop).
  auto format_next = [&](bool helper) {
    if (helper) {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] {
        return stop || next.load(std::memory_order_relaxed) < written + window;
      });
      if (stop) return false;
    }
    const size_t p = next.fetch_add(1, std::memory_order_relaxed);
    if (p >= pieces) return false;
    format(p);
    std::lock_guard lock(mu);
    done[p] = 1;
    cv.notify_all();
    return true;
  };
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < threads; ++t) {
    try {
      helpers.emplace_back([&] {
        while (format_next(true)) {
        }
      });
    } catch (const std::system_error&) {
      break;  // No thread to be had: the calling thread formats the rest.
    }
  }
  auto finish = [&] {  // Joinable threads must not be destroyed: that terminates the program.
    {
      std::lock_guard lock(mu);
      stop = true;
    }
    cv.notify_all();
    for (std::thread& t : helpers) t.join();
  };
  try {
    for (size_t p = 0; p < pieces; ++p) {
      bool ready = false;
      while (!ready) {
        {
          std::lock_guard lock(mu);
          ready = done[p] != 0;
        }
        if (!ready && !format_next(false)) {  // The rest is being formatted: wait for it.
          std::unique_lock lock(mu);
          cv.wait(lock, [&] { return done[p] != 0; });
          ready = true;
        }
      }
      write(p);
      {
        std::lock_guard lock(mu);
        written = p + 1;
      }
      cv.notify_all();
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

// The findings' text in pieces of about a mebibyte (FormatInOrder). The report of 100,000
// generated articles (128 MB) took 0.4 CPU-s on one thread after reconciliation, with the
// other core idle, and then as long again to write out.
void WriteFindings(const Report& report, const Colors& k,
                   const std::function<void(std::string_view)>& write) {
  const std::vector<internal::StoryEntry> stories = internal::StoriesOf(report);
  const std::vector<Entry> entries = Entries(report, stories);
  constexpr size_t kPieceBytes = size_t{1} << 20;
  std::vector<size_t> bounds = {0};  // Piece p holds entries [bounds[p], bounds[p + 1]).
  size_t estimate = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    estimate += SizeEstimate(report.findings[entries[i].finding]);
    if (estimate >= kPieceBytes || i + 1 == entries.size()) {
      bounds.push_back(i + 1);
      estimate = 0;
    }
  }
  const size_t pieces = bounds.size() - 1;
  std::vector<std::string> text(pieces);
  auto format = [&](size_t p) {
    size_t bytes = 0;
    for (size_t i = bounds[p]; i < bounds[p + 1]; ++i) {
      bytes += SizeEstimate(report.findings[entries[i].finding]);
    }
    text[p].reserve(bytes);  // Once: growing copied the piece and faulted its pages again.
    for (size_t i = bounds[p]; i < bounds[p + 1]; ++i) {
      EntryText(text[p], report, stories, entries[i], k);
    }
  };
  FormatInOrder(pieces, format, [&](size_t p) {
    write(text[p]);
    std::string().swap(text[p]);  // Written: its memory goes to the next pieces.
  });
}

// The whole text report, to `write` in pieces.
void WriteTextPieces(const Report& report, const TextStyle& style,
                     const std::function<void(std::string_view)>& write) {
  Colors k;
  if (style.color) k = {"\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[0m"};
  std::string out;
  if (!style.quiet) {
    WriteFindings(report, k, write);
    for (const Diagnostic& d : report.diagnostics) {
      fmt::format_to(std::back_inserter(out), "{}{}{} {}: {}\n", k.dim,
                     d.skipped ? "skipped" : "warning", k.reset, d.input, d.message);
    }
  }
  out += FormatSummary(report);
  write(out);
}

}  // namespace

std::string FormatSummary(const Report& report) {
  size_t claims = 0, skipped = 0, high = 0;
  for (const DocumentResult& d : report.documents) claims += d.claims.size();
  for (const Diagnostic& d : report.diagnostics) skipped += d.skipped;
  size_t updates = 0;
  for (const Finding& f : report.findings) {
    if (f.type == FindingType::kUpdate) {
      ++updates;
    } else {
      high += SeverityLevel(f.severity) == Severity::kHigh;
    }
  }
  std::string out = fmt::format("{} documents, {} claims, {} contradictions ({} high)",
                                report.documents.size(), claims, report.findings.size() - updates,
                                high);
  if (updates > 0) fmt::format_to(std::back_inserter(out), ", {} updates", updates);
  fmt::format_to(std::back_inserter(out), ", {} inputs skipped\n", skipped);
  return out;
}

std::string FormatText(const Report& report, const TextStyle& style) {
  // Reserved once: growing a report of 100 MB by doubling copied it and faulted its pages in
  // again at every step. Reserving a little too much costs only address space.
  size_t size = 1024 + report.diagnostics.size() * 160;
  for (const Finding& f : report.findings) size += SizeEstimate(f);
  std::string out;
  out.reserve(size);
  WriteTextPieces(report, style, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

void WriteText(const Report& report, std::ostream& stream, const TextStyle& style) {
  WriteTextPieces(report, style, [&stream](std::string_view piece) {
    stream.write(piece.data(), static_cast<std::streamsize>(piece.size()));
  });
}

}  // namespace crosscheck
