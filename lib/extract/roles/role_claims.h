// Role claims: who holds which office, from the titles the first pass over an article bound to
// named persons ("US-Außenminister Antony Blinken" -> role/antony_blinken =
// us_secretary_of_state). One claim per person and role key, at its first sighting; titles
// and offices held alongside another (common/role_kinds.tsv) make none.
#ifndef CROSSCHECK_LIB_EXTRACT_ROLES_ROLE_CLAIMS_H_
#define CROSSCHECK_LIB_EXTRACT_ROLES_ROLE_CLAIMS_H_

#include <string_view>

#include "lib/extract/context.h"
#include "lib/extract/speakers/reading.h"
#include "lib/base/string_map.h"

namespace crosscheck::internal {

class RoleClaims {
 public:
  // Reads common/role_kinds.tsv, common/places.tsv and common/role_keys.tsv.
  RoleClaims();
  // Appends the role claims of the article read in `reading` to ctx.claims.
  void Emit(const SpeakerReading& reading, DocContext& ctx) const;
  // Whether a role key ("germany_member_of_parliament") is a title or an office held alongside
  // others, alone or after a jurisdiction's prefix: no role claim is made of it.
  bool HeldAlongside(std::string_view key) const;

 private:
  StringSet offices_, jurisdictions_;
};

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_EXTRACT_ROLES_ROLE_CLAIMS_H_
