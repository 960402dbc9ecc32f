#!/usr/bin/env bash
# Installs the Debian packages crosscheck builds with. Idempotent: quiet when all is present.
# --browser also installs Chromium, which the HTML report's browser test renders with (CI
# does this; without it that one test skips). The Python packages are Debian's, for Debian's
# /usr/bin/python3, which the build uses for the Python module and its tests.
set -euo pipefail
packages=(cmake ninja-build g++ pkg-config libboost-regex-dev libfmt-dev libabsl-dev libicu-dev
          libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev universal-ctags
          python3-dev python3-pybind11 python3-pytest python3-pandas python3-dask
          python3-distributed)
[ "${1:-}" = "--browser" ] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
