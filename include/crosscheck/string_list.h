// A claim's list of short strings (a quote's topics and terms), packed: a `check` run holds
// hundreds of thousands of quotes, and a std::vector<std::string> took 32 bytes a word and a
// heap block for the vector besides.
//
//   StringList words = {"soldaten", "wir"};   // Assigns from braced lists and vectors.
//   for (std::string_view w : words) ...      // Reads as a list of views, in order.
//   words.push_back("haben");                 // Appends (copying the bytes).
//
// One heap block (null while empty) holds the count and each string after its length.
// Reading goes forward: size() is stored, but there is no indexing; copies copy the block.
#ifndef CROSSCHECK_STRING_LIST_H_
#define CROSSCHECK_STRING_LIST_H_

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace crosscheck {

class StringList {
 public:
  using value_type = std::string_view;
  using size_type = size_t;

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    const_iterator() = default;
    std::string_view operator*() const {
      size_t n = 0;
      const char* text = ReadLength(at_, n);
      return {text, n};
    }
    const_iterator& operator++() {
      size_t n = 0;
      at_ = ReadLength(at_, n) + n;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const_iterator a, const_iterator b) { return a.at_ == b.at_; }

   private:
    friend class StringList;
    explicit const_iterator(const char* at) : at_(at) {}
    const char* at_ = nullptr;
  };
  using iterator = const_iterator;

  StringList() = default;
  StringList(std::initializer_list<std::string_view> v) { assign(v.begin(), v.end()); }
  StringList(const std::vector<std::string>& v) { assign(v.begin(), v.end()); }  // NOLINT
  StringList(const std::vector<std::string_view>& v) { assign(v.begin(), v.end()); }  // NOLINT
  StringList(const StringList& o);
  StringList(StringList&& o) noexcept : block_(std::exchange(o.block_, nullptr)) {}
  StringList& operator=(const StringList& o) { return *this = StringList(o); }
  StringList& operator=(StringList&& o) noexcept {
    if (this != &o) Free(std::exchange(block_, std::exchange(o.block_, nullptr)));
    return *this;
  }
  ~StringList() { Free(block_); }

  // Replaces the list with the strings of [first, last), in one block of their exact size.
  template <typename It>
  void assign(It first, It last) {
    size_t count = 0, bytes = 0;
    for (It it = first; it != last; ++it) {
      bytes += Encoded(std::string_view(*it).size());
      ++count;
    }
    StringList out;
    if (count > 0) {
      out.Reserve(bytes);
      for (It it = first; it != last; ++it) out.Append(std::string_view(*it));
    }
    *this = std::move(out);
  }
  // Appends a copy of `s` (which may be one of the list's own strings).
  void push_back(std::string_view s);
  void emplace_back(std::string_view s) { push_back(s); }
  void clear() { Free(std::exchange(block_, nullptr)); }

  bool empty() const { return block_ == nullptr; }
  size_t size() const { return block_ != nullptr ? block_->count : 0; }
  const_iterator begin() const {
    return const_iterator(block_ != nullptr ? block_->chars() : nullptr);
  }
  const_iterator end() const {
    return const_iterator(block_ != nullptr ? block_->chars() + block_->used : nullptr);
  }
  std::string_view front() const { return *begin(); }
  // A copy as a vector of strings, for callers that want one (the Python API).
  std::vector<std::string> strings() const { return std::vector<std::string>(begin(), end()); }
  // The bytes the list holds on the heap: its block, without malloc's own header.
  size_t heap_bytes() const { return block_ != nullptr ? sizeof(Block) + block_->capacity : 0; }

  // Equal strings in the same order; ordered element by element, as vectors of strings are.
  friend bool operator==(const StringList& a, const StringList& b);
  template <typename R>
    requires(!std::is_same_v<R, StringList>)
  friend bool operator==(const StringList& a, const R& b) {
    return std::equal(a.begin(), a.end(), std::begin(b), std::end(b),
                      [](std::string_view x, const auto& y) { return x == std::string_view(y); });
  }
  friend std::strong_ordering operator<=>(const StringList& a, const StringList& b) {
    return std::lexicographical_compare_three_way(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  struct Block {
    uint32_t count;
    uint32_t used;      // Bytes of `chars` in use.
    uint32_t capacity;  // Bytes of `chars`.
    // The block's bytes after these: each string after its length (7 bits a byte, the
    // last byte below 128).
    char* chars() { return reinterpret_cast<char*>(this + 1); }
    const char* chars() const { return reinterpret_cast<const char*>(this + 1); }
  };
  // The bytes a string of n bytes takes in the block, with its length.
  static size_t Encoded(size_t n) {
    size_t bytes = n + 1;
    for (size_t rest = n >> 7; rest != 0; rest >>= 7) ++bytes;
    return bytes;
  }
  static const char* ReadLength(const char* at, size_t& n) {
    n = 0;
    for (int shift = 0;; shift += 7) {
      const auto byte = static_cast<unsigned char>(*at++);
      n |= static_cast<size_t>(byte & 127) << shift;
      if (byte < 128) return at;
    }
  }
  void Reserve(size_t capacity);
  void Append(std::string_view s);  // Within the capacity.
  static void Free(Block* block);

  Block* block_ = nullptr;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STRING_LIST_H_
