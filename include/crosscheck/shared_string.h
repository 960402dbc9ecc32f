// Compact claim fields (issue 16): a `check` run holds millions of claims, and most of their
// strings are empty or repeat ("person", a key, a place, the sentence the claims of one
// sentence share).
//
//   SharedString unit = "person";        // Assigns from std::string, string_view, char*.
//   std::string_view u = unit;           // Reads as a string, free.
//   SharedString copy = unit;            // Shares the bytes: no copy, 8 bytes.
//
// SharedString is one pointer to an immutable, reference-counted string (null when empty), so
// copies share; short strings assigned on one thread are looked up in a small per-thread table
// first, so that the claims of a run share one "person". Changing it makes a new string.
// (A claim's lists of strings are StringLists, string_list.h.)
#ifndef CROSSCHECK_SHARED_STRING_H_
#define CROSSCHECK_SHARED_STRING_H_

#include <atomic>
#include <compare>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/string_view.h"

namespace crosscheck {

class SharedString {
 public:
  using size_type = std::string::size_type;
  using const_iterator = std::string_view::const_iterator;
  static constexpr size_type npos = std::string::npos;

  SharedString() = default;
  SharedString(std::string_view s) : rep_(Make(s)) {}  // NOLINT: assigns like a string.
  SharedString(const std::string& s) : rep_(Make(s)) {}  // NOLINT
  SharedString(std::string&& s) : rep_(Make(std::string_view(s))) {}  // NOLINT
  SharedString(const char* s) : rep_(Make(std::string_view(s))) {}  // NOLINT
  SharedString(const SharedString& o) noexcept : rep_(o.rep_) { Ref(rep_); }
  SharedString(SharedString&& o) noexcept : rep_(std::exchange(o.rep_, nullptr)) {}
  SharedString& operator=(const SharedString& o) noexcept {
    Ref(o.rep_);
    Unref(std::exchange(rep_, o.rep_));
    return *this;
  }
  SharedString& operator=(SharedString&& o) noexcept {
    if (this != &o) Unref(std::exchange(rep_, std::exchange(o.rep_, nullptr)));
    return *this;
  }
  SharedString& operator=(std::string_view s) { return *this = SharedString(s); }
  SharedString& operator=(const std::string& s) { return *this = SharedString(s); }
  SharedString& operator=(std::string&& s) { return *this = SharedString(std::string_view(s)); }
  SharedString& operator=(const char* s) { return *this = SharedString(s); }
  ~SharedString() { Unref(rep_); }

  // A copy; View() and the conversion to std::string_view read without one.
  std::string str() const { return std::string(View()); }
  explicit operator std::string() const { return str(); }
  operator std::string_view() const { return View(); }  // NOLINT
#if !ABSL_USES_STD_STRING_VIEW
  // Where absl has its own string_view (this system's), for absl's hashes and StrCat.
  operator absl::string_view() const { return absl::string_view(data(), size()); }  // NOLINT
#endif
  std::string_view View() const {
    return rep_ != nullptr ? std::string_view(rep_->chars, rep_->size) : std::string_view("", 0);
  }

  // The reading half of std::string.
  bool empty() const { return rep_ == nullptr; }
  size_type size() const { return rep_ != nullptr ? rep_->size : 0; }
  size_type length() const { return size(); }
  const char* data() const { return rep_ != nullptr ? rep_->chars : ""; }  // NUL-terminated.
  const char* c_str() const { return data(); }
  const_iterator begin() const { return View().begin(); }
  const_iterator end() const { return View().end(); }
  char operator[](size_type i) const { return data()[i]; }
  char front() const { return data()[0]; }
  char back() const { return data()[size() - 1]; }
  std::string substr(size_type pos = 0, size_type n = npos) const {
    return std::string(View().substr(pos, n));
  }
  size_type find(std::string_view s, size_type pos = 0) const { return View().find(s, pos); }
  size_type find(char c, size_type pos = 0) const { return View().find(c, pos); }
  size_type rfind(std::string_view s, size_type pos = npos) const { return View().rfind(s, pos); }
  size_type rfind(char c, size_type pos = npos) const { return View().rfind(c, pos); }
  size_type find_first_of(std::string_view s, size_type pos = 0) const {
    return View().find_first_of(s, pos);
  }
  bool starts_with(std::string_view s) const { return View().starts_with(s); }
  bool starts_with(char c) const { return View().starts_with(c); }
  bool ends_with(std::string_view s) const { return View().ends_with(s); }
  bool ends_with(char c) const { return View().ends_with(c); }
  int compare(std::string_view s) const { return View().compare(s); }

  // The writing half: each makes a new string.
  void clear() { *this = SharedString(); }
  SharedString& assign(std::string_view s) { return *this = s; }
  SharedString& assign(std::string_view s, size_type pos, size_type n) {
    return *this = s.substr(pos, n);
  }
  SharedString& operator+=(std::string_view s) { return *this = str() + std::string(s); }
  SharedString& operator+=(char c) { return *this = str() + c; }
  SharedString& append(std::string_view s) { return *this += s; }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.rep_ == b.rep_ || a.View() == b.View();
  }
  friend bool operator==(const SharedString& a, std::string_view b) { return a.View() == b; }
  friend bool operator==(const SharedString& a, const char* b) { return a.View() == b; }
  friend bool operator==(const SharedString& a, const std::string& b) { return a.View() == b; }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    return a.View() <=> b.View();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, std::string_view b) {
    return a.View() <=> b;
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const char* b) {
    return a.View() <=> std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const std::string& b) {
    return a.View() <=> std::string_view(b);
  }
  friend std::string operator+(const SharedString& a, std::string_view b) {
    return a.str() + std::string(b);
  }
  friend std::string operator+(const SharedString& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const SharedString& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const SharedString& a, char b) { return a.str() + b; }
  friend std::string operator+(std::string_view a, const SharedString& b) {
    return std::string(a) + b.str();
  }
  friend std::string operator+(const char* a, const SharedString& b) { return a + b.str(); }
  friend std::string operator+(const std::string& a, const SharedString& b) { return a + b.str(); }
  friend std::string operator+(std::string&& a, const SharedString& b) {
    return std::move(a) + b.str();
  }
  friend std::string operator+(char a, const SharedString& b) { return a + b.str(); }
  friend std::string operator+(const SharedString& a, const SharedString& b) {
    return a.str() + b.str();
  }
  friend std::string& operator+=(std::string& a, const SharedString& b) { return a += b.View(); }
  template <typename H>
  friend H AbslHashValue(H h, const SharedString& s) {
    return H::combine(std::move(h), s.View());
  }
  friend std::ostream& operator<<(std::ostream& os, const SharedString& s);

 private:
  friend class SharedStringTable;
  // The count, the size and the characters in one allocation: a std::string inside added 32
  // bytes and a second allocation to every sentence a claim keeps.
  struct Rep {
    std::atomic<uint32_t> refs;
    uint32_t size;
    char chars[1];  // size + 1 bytes, NUL-terminated.
  };
  // Inline for the empty string, no text to share (about a third of the fields a claim is
  // given): the call's frame cost more than the test.
  static Rep* Make(std::string_view s) { return s.empty() ? nullptr : MakeShared(s); }
  static Rep* MakeShared(std::string_view s);  // s not empty: the thread's table, else new.
  static Rep* NewRep(std::string_view s);
  static void Free(Rep* r);
  static void Ref(Rep* r) {
    if (r != nullptr) r->refs.fetch_add(1, std::memory_order_relaxed);
  }
  static void Unref(Rep* r) {
    if (r != nullptr && r->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) Free(r);
  }

  Rep* rep_ = nullptr;
};

}  // namespace crosscheck

// fmt formats a SharedString as its text (fmt 9 does not follow the conversion by itself), so
// that code formatting claim fields reads the same as with std::string.
#if __has_include(<fmt/core.h>)
#include <fmt/core.h>
template <>
struct fmt::formatter<crosscheck::SharedString> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const crosscheck::SharedString& s, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(s), ctx);
  }
};
#endif

#endif  // CROSSCHECK_SHARED_STRING_H_
