// The crosscheck command-line program.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "fmt/format.h"
#include "absl/time/civil_time.h"
#include "crosscheck/crosscheck.h"

namespace {

constexpr const char* kUsage = R"(usage: crosscheck check     [options] PATH...
       crosscheck extract   [options] PATH...|-
       crosscheck reconcile [options] CLAIMS.jsonl...
       crosscheck --help | --version

Reads news articles and reports where they contradict each other.
PATH is a text file (one article), a directory (searched for .txt, .md, .jsonl),
a JSON Lines file (.jsonl: one {"id","text","lang","published","source","url","story"}
per line),
or - for standard input. `reconcile` reads claims written by `extract --format jsonl`
and reports contradictions without the texts.

options:
  --format text|json|html|jsonl  report format (default: text; html: one self-contained
                         page; jsonl: one claim per line, for extract)
  --lang de|en           language of articles that do not state one (default: detect)
  --published YYYY-MM-DD publication date for articles that do not state one
  --jobs N               threads for extraction (default: all cores)
  --min-severity X       report findings with severity >= X (0..1, default 0)
  --all                  also report findings of low confidence (a frame slot unknown,
                         a figure whose counted noun was guessed); default: confident only
  --one-story            treat all inputs as one story (default: group articles into
                         stories by the names and words they share and their dates, and
                         compare claims only within a story; JSON Lines may give "story")
  --store DB             check: compare with the claims stored in the SQLite database DB,
                         report what contradicts them, then add the new claims to DB
  --quiet                text format: print only the summary line
  --aliases FILE         extra person names: lines "name form<TAB>person_id"
  --measures FILE        extra counted nouns: lines "noun<TAB>measure"
  --antonyms FILE        extra opposite terms for quotes: lines "term<TAB>opposite"
                         (in the three files, # starts a comment line)

exit status: 0 nothing found, 1 findings (in the text format updates alone are information
and leave 0), 2 usage or input errors.
)";

int Usage(const std::string& error) {
  std::cerr << "crosscheck: " << error << "\n\n" << kUsage;
  return 2;
}

std::string ExtractText(const crosscheck::Report& report) {
  std::string out;
  for (const auto& d : report.documents) {
    fmt::format_to(std::back_inserter(out), "{} ({}): {} claims\n", d.id, d.lang, d.claims.size());
    for (const auto& c : d.claims) {
      fmt::format_to(std::back_inserter(out), "  {}  {}  \"{}\"\n", crosscheck::ToString(c.kind),
                     c.key, crosscheck::ClaimWords(c, d.text));
    }
  }
  for (const auto& d : report.diagnostics) {
    fmt::format_to(std::back_inserter(out), "{} {}: {}\n", d.skipped ? "skipped" : "warning", d.input,
                   d.message);
  }
  return out;
}

// Two tab-separated columns per line, '#' comments and blank lines skipped. Returns an error
// message naming the file (and line) or "".
std::string ReadPairs(const std::string& path,
                      std::vector<std::pair<std::string, std::string>>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fmt::format("cannot read {}", path);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == 0 || tab == std::string::npos || tab + 1 == line.size() ||
        line.find('\t', tab + 1) != std::string::npos) {
      return fmt::format("{}:{}: want two tab-separated columns", path, n);
    }
    out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return Usage("no command given");
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (args[0] == "--version") {
    std::cout << "crosscheck " << crosscheck::kVersion << "\n";
    return 0;
  }
  const std::string command = args[0];
  if (command != "check" && command != "extract" && command != "reconcile") {
    return Usage("unknown command '" + command + "'");
  }

  std::string format = "text";
  crosscheck::Options options;
  std::optional<absl::CivilDay> published;
  int jobs = 0;
  bool quiet = false;
  std::string store_path;
  std::vector<std::string> paths;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--format") {
      if (!value(format) ||
          (format != "text" && format != "json" && format != "html" && format != "jsonl")) {
        return Usage("--format takes text, json, html or jsonl");
      }
    } else if (a == "--lang") {
      if (!value(v) || (v != "de" && v != "en")) return Usage("--lang takes de or en");
      options.extract.default_lang = v;
    } else if (a == "--published") {
      absl::CivilDay day;
      if (!value(v) || !absl::ParseCivilTime(v, &day)) return Usage("--published takes YYYY-MM-DD");
      published = day;
    } else if (a == "--jobs") {
      if (!value(v) || !absl::SimpleAtoi(v, &jobs) || jobs < 1) return Usage("--jobs takes N >= 1");
    } else if (a == "--min-severity") {
      double x;
      if (!value(v) || !absl::SimpleAtod(v, &x) || x < 0 || x > 1) {
        return Usage("--min-severity takes a number in [0, 1]");
      }
      options.reconcile.min_severity = x;
    } else if (a == "--store") {
      if (!value(store_path) || store_path.empty()) return Usage("--store takes a file name");
    } else if (a == "--aliases" || a == "--measures" || a == "--antonyms") {
      auto& pairs = a == "--aliases"    ? options.extract.person_aliases
                    : a == "--measures" ? options.extract.measure_nouns
                                        : options.extract.antonyms;
      if (!value(v)) return Usage(a + " takes a file name");
      if (std::string error = ReadPairs(v, pairs); !error.empty()) return Usage(error);
    } else if (a == "--all") {
      options.reconcile.min_confidence = 0;
    } else if (a == "--one-story") {
      options.story.one_story = true;
    } else if (a == "--quiet" || a == "-q") {
      quiet = true;
    } else if (a == "-" || a.empty() || a[0] != '-') {
      paths.push_back(a);
    } else {
      return Usage("unknown option '" + a + "'");
    }
  }
  if (paths.empty()) return Usage("no input given");

  absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create(options);
  if (!checker.ok()) return Usage(std::string(checker.status().message()));

  crosscheck::ReadOptions read;
  read.default_published = published;
  crosscheck::RunOptions run;
  run.jobs = jobs;
  run.reconcile = command == "check";
  run.keep_text = false;  // Claims carry their sentences; memory follows claims, not text.
  const bool show_progress = isatty(STDERR_FILENO) && !quiet;
  if (show_progress) {
    run.progress = [](const crosscheck::Progress& p) {
      const double mb = p.bytes / 1e6;
      std::string eta;
      if (p.total_bytes > 0 && p.bytes > 0 && p.seconds > 0) {
        const double rate = p.bytes / p.seconds;
        eta = fmt::format(", ETA {:.0f} s", (p.total_bytes > p.bytes ? p.total_bytes - p.bytes : 0) / rate);
      }
      std::fprintf(stderr, "\r%llu documents, %.1f MB, %.1f MB/s%s   ",
                   static_cast<unsigned long long>(p.documents), mb,
                   p.seconds > 0 ? mb / p.seconds : 0.0, eta.c_str());
      std::fflush(stderr);
    };
  }
  crosscheck::Report report;
  if (command == "reconcile") {
    for (const std::string& path : paths) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        report.diagnostics.push_back({path, "cannot open", true});
        ++report.inputs;
        continue;
      }
      report.inputs += crosscheck::ReadClaimsJsonl(in, path, report.documents, report.diagnostics);
    }
    crosscheck::AssignStories(report.documents, options.story);
    report.findings = checker->Reconcile(report.documents);
  } else if (!store_path.empty()) {
    if (command != "check") return Usage("--store goes with check");
    absl::StatusOr<crosscheck::ClaimStore> store = crosscheck::ClaimStore::Open(store_path);
    if (!store.ok()) {
      std::cerr << "crosscheck: " << store.status().message() << "\n";
      return 2;
    }
    absl::StatusOr<crosscheck::Report> r = crosscheck::CheckAgainstStore(*checker, *store, paths, read, run);
    if (!r.ok()) {
      std::cerr << "crosscheck: " << r.status().message() << "\n";
      return 2;
    }
    report = *std::move(r);
  } else {
    report = checker->CheckPaths(paths, read, run);
  }
  if (show_progress) std::fprintf(stderr, "\n");

  std::string out;
  if (format == "json") {
    out = crosscheck::FormatJson(report);
  } else if (format == "jsonl") {
    out = crosscheck::FormatClaimsJsonl(report);
  } else if (format == "html") {
    out = crosscheck::FormatHtml(report);
  } else if (command == "extract") {
    out = ExtractText(report);
  } else {
    crosscheck::TextStyle style;
    style.quiet = quiet;
    const char* no_color = std::getenv("NO_COLOR");
    style.color = isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
    out = crosscheck::FormatText(report, style);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);

  for (const auto& d : report.diagnostics) {
    if (d.skipped) return 2;
  }
  // In the text report updates are information, listed apart: only a finding that says
  // something is wrong sets status 1. A JSON or HTML report lists every finding in one
  // array, and its status says whether that array is empty.
  for (const auto& f : report.findings) {
    if (f.type != crosscheck::FindingType::kUpdate || format != "text") return 1;
  }
  return 0;
}
