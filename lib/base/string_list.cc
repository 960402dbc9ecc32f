#include "crosscheck/string_list.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>
#include <string>

namespace crosscheck {

StringList::StringList(const StringList& o) {
  if (o.block_ == nullptr) return;
  Reserve(o.block_->used);
  std::memcpy(block_->chars(), o.block_->chars(), o.block_->used);
  block_->used = o.block_->used;
  block_->count = o.block_->count;
}

// Grows the block to hold `capacity` bytes of strings, keeping what it holds.
void StringList::Reserve(size_t capacity) {
  if (block_ != nullptr && capacity <= block_->capacity) return;
  // A list is cut at 4 GiB, as a claim's spans are.
  if (capacity > std::numeric_limits<uint32_t>::max()) throw std::length_error("StringList");
  auto* grown = static_cast<Block*>(std::realloc(block_, sizeof(Block) + capacity));
  if (grown == nullptr) throw std::bad_alloc();
  if (block_ == nullptr) grown->count = grown->used = 0;
  grown->capacity = static_cast<uint32_t>(capacity);
  block_ = grown;
}

void StringList::Append(std::string_view s) {
  char* at = block_->chars() + block_->used;
  size_t n = s.size();
  for (; n >= 128; n >>= 7) *at++ = static_cast<char>((n & 127) | 128);
  *at++ = static_cast<char>(n);
  std::memcpy(at, s.data(), s.size());
  block_->used = static_cast<uint32_t>(at + s.size() - block_->chars());
  ++block_->count;
}

void StringList::push_back(std::string_view s) {
  const size_t used = block_ != nullptr ? block_->used : 0;
  const size_t need = used + Encoded(s.size());
  if (block_ == nullptr || need > block_->capacity) {
    // One of the list's own strings moves with the block: appended from a copy.
    if (block_ != nullptr && s.data() >= block_->chars() && s.data() < block_->chars() + used) {
      const std::string copy(s);
      push_back(copy);
      return;
    }
    // The first string in a block of its size (most lists built this way keep one: a
    // quote's negation), then doubling.
    Reserve(block_ == nullptr ? need : std::max(need, 2 * size_t{block_->capacity}));
  }
  Append(s);
}

void StringList::Free(Block* block) { std::free(block); }

bool operator==(const StringList& a, const StringList& b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  // The encoding is one for each list: equal lists have equal bytes.
  return a.block_->used == b.block_->used &&
         std::memcmp(a.block_->chars(), b.block_->chars(), a.block_->used) == 0;
}

}  // namespace crosscheck
