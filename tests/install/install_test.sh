#!/usr/bin/env bash
# Installs the built library into a scratch prefix and builds a consumer against it, once with
# find_package(crosscheck CONFIG) and once with pkg-config.
set -euo pipefail
build=$1
consumer=$2
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
echo "1 passed, 0 failed"
