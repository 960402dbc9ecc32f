// The crosscheck command-line program.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <optional>
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
  --lang CODE            language of articles that do not state one: de, en or one added
                         with --lang-dir (default: detect)
  --lang-dir DIR         add the language whose tables are in DIR, a folder named by its
                         code (fr/); repeatable (README: "Adding a language")
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

// What the command line asks for.
struct CommandLine {
  std::string command;
  std::string format = "text";
  crosscheck::Options options;
  std::optional<absl::CivilDay> published;
  int jobs = 0;
  bool quiet = false;
  std::string store_path;
  std::vector<std::string> paths;
};

// Reads the option at args[i] (and its value, advancing i). Returns the exit status when the
// program ends here (--help, a usage error), else nothing.
std::optional<int> ParseOption(const std::vector<std::string>& args, size_t& i, CommandLine& cl) {
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
    if (!value(cl.format) || (cl.format != "text" && cl.format != "json" &&
                              cl.format != "html" && cl.format != "jsonl")) {
      return Usage("--format takes text, json, html or jsonl");
    }
  } else if (a == "--lang") {
    // Checker::Create says which languages there are, those of --lang-dir included.
    if (!value(v) || v.empty()) return Usage("--lang takes a language code");
    cl.options.extract.default_lang = v;
  } else if (a == "--lang-dir") {
    if (!value(v) || v.empty()) return Usage("--lang-dir takes a folder");
    cl.options.extract.language_dirs.push_back(v);
  } else if (a == "--published") {
    absl::CivilDay day;
    if (!value(v) || !absl::ParseCivilTime(v, &day)) return Usage("--published takes YYYY-MM-DD");
    cl.published = day;
  } else if (a == "--jobs") {
    if (!value(v) || !absl::SimpleAtoi(v, &cl.jobs) || cl.jobs < 1) return Usage("--jobs takes N >= 1");
  } else if (a == "--min-severity") {
    double x;
    if (!value(v) || !absl::SimpleAtod(v, &x) || x < 0 || x > 1) {
      return Usage("--min-severity takes a number in [0, 1]");
    }
    cl.options.reconcile.min_severity = x;
  } else if (a == "--store") {
    if (!value(cl.store_path) || cl.store_path.empty()) return Usage("--store takes a file name");
  } else if (a == "--aliases" || a == "--measures" || a == "--antonyms") {
    auto& pairs = a == "--aliases"    ? cl.options.extract.person_aliases
                  : a == "--measures" ? cl.options.extract.measure_nouns
                                      : cl.options.extract.antonyms;
    if (!value(v)) return Usage(a + " takes a file name");
    if (std::string error = ReadPairs(v, pairs); !error.empty()) return Usage(error);
  } else if (a == "--all") {
    cl.options.reconcile.min_confidence = 0;
  } else if (a == "--one-story") {
    cl.options.story.one_story = true;
  } else if (a == "--quiet" || a == "-q") {
    cl.quiet = true;
  } else if (a == "-" || a.empty() || a[0] != '-') {
    cl.paths.push_back(a);
  } else {
    return Usage("unknown option '" + a + "'");
  }
  return std::nullopt;
}

// The command and its options; the exit status when the program ends here.
std::optional<int> ParseCommandLine(const std::vector<std::string>& args, CommandLine& cl) {
  if (args.empty()) return Usage("no command given");
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (args[0] == "--version") {
    std::cout << "crosscheck " << crosscheck::kVersion << "\n";
    return 0;
  }
  cl.command = args[0];
  if (cl.command != "check" && cl.command != "extract" && cl.command != "reconcile") {
    return Usage("unknown command '" + cl.command + "'");
  }
  for (size_t i = 1; i < args.size(); ++i) {
    if (std::optional<int> status = ParseOption(args, i, cl)) return status;
  }
  if (cl.paths.empty()) return Usage("no input given");
  return std::nullopt;
}

// The progress line on stderr: documents, MB, MB/s and, when the total is known, the ETA.
void PrintProgress(const crosscheck::Progress& p) {
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
}

// `reconcile`: the claims of JSON Lines files written by `extract --format jsonl`.
crosscheck::Report ReconcileClaimFiles(const crosscheck::Checker& checker,
                                       const std::vector<std::string>& paths) {
  crosscheck::Report report;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      report.diagnostics.push_back({path, "cannot open", true});
      ++report.inputs;
      continue;
    }
    report.inputs += crosscheck::ReadClaimsJsonl(in, path, report.documents, report.diagnostics);
  }
  crosscheck::AssignStories(report.documents, checker.options().story);
  report.findings = checker.Reconcile(report.documents);
  return report;
}

// `check --store DB`; errors are printed and give status 2.
std::optional<crosscheck::Report> CheckWithStore(const crosscheck::Checker& checker,
                                                 const CommandLine& cl,
                                                 const crosscheck::ReadOptions& read,
                                                 const crosscheck::RunOptions& run) {
  absl::StatusOr<crosscheck::ClaimStore> store = crosscheck::ClaimStore::Open(cl.store_path);
  if (!store.ok()) {
    std::cerr << "crosscheck: " << store.status().message() << "\n";
    return std::nullopt;
  }
  absl::StatusOr<crosscheck::Report> r = crosscheck::CheckAgainstStore(checker, *store, cl.paths, read, run);
  if (!r.ok()) {
    std::cerr << "crosscheck: " << r.status().message() << "\n";
    return std::nullopt;
  }
  return *std::move(r);
}

int ExitStatus(const crosscheck::Report& report, const std::string& format);

// `extract --format jsonl`: written while extracting, so that memory does not grow with the
// claims.
int ExtractJsonl(const crosscheck::Checker& checker, const CommandLine& cl,
                 const crosscheck::ReadOptions& read, const crosscheck::RunOptions& run) {
  absl::StatusOr<crosscheck::Report> report =
      crosscheck::ExtractClaimsJsonl(checker, cl.paths, read, run, std::cout);
  if (run.progress) std::fprintf(stderr, "\n");
  if (!report.ok()) {
    std::cerr << "crosscheck: " << report.status().message() << "\n";
    return 2;
  }
  return ExitStatus(*report, cl.format);
}

crosscheck::TextStyle StyleOf(const CommandLine& cl) {
  crosscheck::TextStyle style;
  style.quiet = cl.quiet;
  const char* no_color = std::getenv("NO_COLOR");
  style.color = isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
  return style;
}

std::string Render(const CommandLine& cl, const crosscheck::Report& report) {
  if (cl.format == "jsonl") return crosscheck::FormatClaimsJsonl(report);
  if (cl.format == "html") return crosscheck::FormatHtml(report);
  if (cl.command == "extract") return ExtractText(report);
  return crosscheck::FormatText(report, StyleOf(cl));
}

// Writes the report to standard output: JSON streamed, since it can be gigabytes; the text
// report of `check` streamed too, each piece written while the next are formatted (writing
// the 128 MB of 100,000 articles to a file took as long as formatting them); the other
// formats rendered whole.
void Print(const CommandLine& cl, const crosscheck::Report& report) {
  if (cl.format == "json") {
    crosscheck::WriteJson(report, std::cout);
    std::cout.flush();
    return;
  }
  if (cl.format == "text" && cl.command != "extract") {
    crosscheck::WriteText(report, std::cout, StyleOf(cl));
    std::cout.flush();
    return;
  }
  const std::string out = Render(cl, report);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
}

int ExitStatus(const crosscheck::Report& report, const std::string& format) {
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

}  // namespace

int main(int argc, char** argv) {
  CommandLine cl;
  if (std::optional<int> status = ParseCommandLine({argv + 1, argv + argc}, cl)) return *status;
  absl::StatusOr<crosscheck::Checker> checker = crosscheck::Checker::Create(cl.options);
  if (!checker.ok()) return Usage(std::string(checker.status().message()));
  if (!cl.store_path.empty() && cl.command == "extract") return Usage("--store goes with check");

  crosscheck::ReadOptions read;
  read.default_published = cl.published;
  crosscheck::RunOptions run;
  run.jobs = cl.jobs;
  run.reconcile = cl.command == "check";
  // Claims carry their sentences; memory follows claims. The text report of `check` quotes
  // only those of the findings' claims (the store keeps every claim's).
  const bool cited = cl.command == "check" && cl.format == "text" && cl.store_path.empty();
  run.texts = cited ? crosscheck::Texts::kCited : crosscheck::Texts::kDrop;
  const bool show_progress = isatty(STDERR_FILENO) && !cl.quiet;
  if (show_progress) run.progress = PrintProgress;

  if (cl.command == "extract" && cl.format == "jsonl") return ExtractJsonl(*checker, cl, read, run);
  // Never freed (held by a static, so leak checkers see it reachable): the process ends
  // right after the report, and freeing millions of claims one by one cost 0.7 s of a
  // 100,000-article run, on one core, after the extraction.
  static auto* const kept = new crosscheck::Report;
  crosscheck::Report& report = *kept;
  if (cl.command == "reconcile") {
    report = ReconcileClaimFiles(*checker, cl.paths);
  } else if (!cl.store_path.empty()) {
    std::optional<crosscheck::Report> r = CheckWithStore(*checker, cl, read, run);
    if (!r) return 2;
    report = *std::move(r);
  } else {
    report = crosscheck::CheckPaths(*checker, cl.paths, read, run);
  }
  if (show_progress) std::fprintf(stderr, "\n");

  Print(cl, report);
  return ExitStatus(report, cl.format);
}
