// The stories of a report, for the reports that group findings by story.
#ifndef CROSSCHECK_LIB_REPORT_STORIES_H_
#define CROSSCHECK_LIB_REPORT_STORIES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "crosscheck/types.h"

namespace crosscheck::internal {

struct StoryEntry {
  std::string_view id;              // DocumentResult::story; empty when none was assigned.
  std::vector<uint32_t> documents;  // In report order.
  std::vector<uint32_t> findings;   // In report order (most severe first).
};

// The stories in order of their first document. A finding belongs to the story of the
// document of its first claim (its claims all share one story).
inline std::vector<StoryEntry> StoriesOf(const Report& report) {
  std::vector<StoryEntry> stories;
  std::vector<uint32_t> of(report.documents.size());
  absl::flat_hash_map<std::string_view, uint32_t> number;
  for (uint32_t d = 0; d < report.documents.size(); ++d) {
    const std::string_view id = report.documents[d].story;
    const uint32_t s = number.try_emplace(id, stories.size()).first->second;
    if (s == stories.size()) stories.push_back({id, {}, {}});
    stories[s].documents.push_back(d);
    of[d] = s;
  }
  for (uint32_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const std::vector<ClaimRef>& side = f.side_a.empty() ? f.side_b : f.side_a;
    if (!side.empty()) stories[of[side.front().document]].findings.push_back(i);
  }
  return stories;
}

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_REPORT_STORIES_H_
