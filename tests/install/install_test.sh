#!/usr/bin/env bash
# Installs the built library into a scratch prefix and builds a consumer against it, once with
# find_package(crosscheck CONFIG) and once with pkg-config; with an interpreter and the Python
# install directory as third and fourth arguments, also imports the installed Python package.
set -euo pipefail
build=$1
consumer=$2
python=${3:-}
python_dir=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$consumer" -B "$work/cmake-build" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
out=$("$work/cmake-build/consumer")
echo "find_package consumer: $out"
[[ "$out" == *"claims"* ]]

libdir=$(ls -d "$work"/prefix/lib*/pkgconfig | head -1)
flags=$(PKG_CONFIG_PATH="$libdir" pkg-config --cflags --libs --static crosscheck)
# shellcheck disable=SC2086
c++ -std=c++20 "$consumer/consumer.cc" -o "$work/pc-consumer" $flags
out=$("$work/pc-consumer")
echo "pkg-config consumer: $out"
[[ "$out" == *"claims"* ]]
if [ -n "$python" ]; then
  out=$(cd "$work" && PYTHONPATH="$work/prefix/$python_dir" "$python" -c \
    "import crosscheck; print(crosscheck.__file__, len(crosscheck.Checker(lang='en').extract('About 3,000 soldiers crossed.')), 'claims')")
  echo "python: $out"
  [[ "$out" == "$work/prefix/$python_dir/crosscheck/__init__.py 1 claims" ]]
fi
echo "1 passed, 0 failed"
