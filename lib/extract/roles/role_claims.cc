#include "lib/extract/roles/role_claims.h"

#include <string>

#include "lib/base/concat.h"
#include "lib/extract/tables.h"

namespace crosscheck::internal {

RoleClaims::RoleClaims() {
  for (const TableRow& row : CommonTable(kRoleKindsTable).rows) {
    offices_.insert(std::string(row[0]));
  }
  for (const TableRow& row : CommonTable(kGazetteerTable).rows) {
    jurisdictions_.insert(std::string(row[0]));
  }
  for (const TableRow& row : CommonTable(kRoleKeysTable).rows) {
    if (row[1] == "*") jurisdictions_.insert(std::string(row[2]));
  }
}

// "us_nsc_spokesperson" is an office of its own, not "spokesperson" in "us_nsc".
bool RoleClaims::HeldAlongside(std::string_view key) const {
  if (offices_.contains(key)) return true;
  for (size_t cut = key.find('_'); cut != std::string_view::npos; cut = key.find('_', cut + 1)) {
    if (jurisdictions_.contains(key.substr(0, cut)) && offices_.contains(key.substr(cut + 1))) {
      return true;
    }
  }
  return false;
}

void RoleClaims::Emit(const SpeakerReading& reading, DocContext& ctx) const {
  StringSet seen;
  for (const RoleSighting& r : reading.roles) {
    if (HeldAlongside(r.key)) continue;  // "Dr.", "Abgeordneter": no office of their own.
    if (!seen.insert(Concat(r.person_id, "\t", r.key)).second) continue;
    const Sentence& sentence = ctx.sentences[r.sentence].sentence;
    Claim c;
    c.kind = ClaimKind::kRole;
    c.key = "role/" + r.person_id;
    c.span = r.span;
    c.sentence = sentence.span;
    c.paragraph = sentence.paragraph;
    c.confidence = 0.9;
    RoleFields& role = c.mutable_role();
    role.person = r.person_id;
    role.role = r.key;
    role.speaker_name = r.person_name;
    ctx.claims.push_back(std::move(c));
  }
}

}  // namespace crosscheck::internal
