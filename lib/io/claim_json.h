// One Claim as a JSON object with every field, and back: the format of claims JSON Lines and
// of the claim store.
#ifndef CROSSCHECK_LIB_IO_CLAIM_JSON_H_
#define CROSSCHECK_LIB_IO_CLAIM_JSON_H_

#include <string>
#include <string_view>

#include "crosscheck/types.h"
#include "lib/io/json.h"

namespace crosscheck::internal {

std::string ClaimToJson(const Claim& claim);
Claim ClaimFromJson(const JsonObject& object);

// Appends `,"key":"value"` to `out`.
void JsonField(std::string& out, std::string_view key, std::string_view value);

}  // namespace crosscheck::internal

#endif  // CROSSCHECK_LIB_IO_CLAIM_JSON_H_
