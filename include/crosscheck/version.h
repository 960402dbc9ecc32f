#ifndef CROSSCHECK_VERSION_H_
#define CROSSCHECK_VERSION_H_

namespace crosscheck {
inline constexpr const char* kVersion = "0.1.0";
}

#endif  // CROSSCHECK_VERSION_H_
