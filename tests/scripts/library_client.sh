#!/bin/sh
# The library as another program uses it: `cmake --install` of this build into a
# scratch prefix, then examples/cues (the client the README shows) built against
# that prefix twice, with find_package(claimlens) and with pkg-config, and each
# run on a sentence.
set -u
bin=$1
src=$2
build=$(cd "$(dirname "$bin")/.." && pwd)
for tool in cmake pkg-config c++; do
  command -v $tool >/dev/null || { echo "no $tool; skipped"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
fail=0

cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }
pc=$(find "$prefix" -name claimlens.pc | head -1)
[ -n "$pc" ] || { echo "no claimlens.pc installed"; exit 1; }
libdir=$(dirname "$(dirname "$pc")")
[ -f "$prefix/include/claimlens/analysis.h" ] || { echo "no public headers installed"; fail=1; }
[ -f "$libdir/cmake/claimlens/claimlensConfigVersion.cmake" ] || { echo "no CMake version file"; fail=1; }
# Only the public headers: the stages' own headers stay inside the library.
[ ! -e "$prefix/include/claimlens/compiled.h" ] && [ ! -e "$prefix/include/match.h" ] ||
  { echo "private headers installed"; fail=1; }

# The README shows this client: its code and build lines must be the example's own.
block() { # the first ```LANG block of the README's "Using the library"
  awk -v lang="$1" '/^## / { sec = ($0 == "## Using the library") }
    sec && $0 == "```" lang { on = 1; next }  on && /^```/ { exit }  on { print }' "$src/README.md"
}
contains() { # FILE TEXT: whether TEXT is a contiguous part of FILE
  WANT=$2 awk '{ all = all $0 "\n" } END { exit !(ENVIRON["WANT"] != "" && index(all, ENVIRON["WANT"])) }' "$1"
}
contains "$src/examples/cues/cues.cc" "$(block cpp | sed 's/^./  &/')" ||
  { echo "README's library code is not examples/cues/cues.cc's"; fail=1; }
contains "$src/examples/cues/CMakeLists.txt" "$(block cmake)" ||
  { echo "README's CMake lines are not examples/cues/CMakeLists.txt's"; fail=1; }

# What a client must print for the sentence (cues.cc's format; the README shows it too).
expect() {
  name=$1
  out=$("$work/$name" "Beijing would almost certainly object." 2>&1) ||
    { echo "$name failed: $out"; fail=1; return; }
  for line in '1:15: booster estimative "almost certainly" almost_certain 95-99%' '1:1: actor state CHN "Beijing"'; do
    printf '%s\n' "$out" | grep -qxF "$line" || { echo "$name: no '$line' in:"; echo "$out"; fail=1; }
    grep -qxF "# $line" "$src/README.md" || { echo "README does not show '$line'"; fail=1; }
  done
}

# 1. CMake: find_package(claimlens) and claimlens::claimlens.
if cmake -S "$src/examples/cues" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" \
     -DCMAKE_BUILD_TYPE=Release >"$work/cmake.log" 2>&1 &&
   cmake --build "$work/cmake-build" >>"$work/cmake.log" 2>&1; then
  cp "$work/cmake-build/cues" "$work/cues-cmake"
  expect cues-cmake
else
  echo "the client does not build with find_package(claimlens):"; cat "$work/cmake.log"; fail=1
fi
# A version the package does not promise is refused.
cat >"$work/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.16)
project(too_new LANGUAGES CXX)
find_package(claimlens 99 REQUIRED)
CMAKE
cmake -S "$work" -B "$work/too-new" -DCMAKE_PREFIX_PATH="$prefix" >"$work/too-new.log" 2>&1 &&
  { echo "find_package(claimlens 99) was accepted"; fail=1; }

# 2. pkg-config; a static libclaimlens needs its private dependencies (--static).
static=--static
[ -e "$libdir/libclaimlens.a" ] || static=
flags=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config $static --cflags --libs claimlens) ||
  { echo "pkg-config does not know claimlens"; exit 1; }
# shellcheck disable=SC2086 # the flags are words
if c++ -o "$work/cues-pkgconfig" "$src/examples/cues/cues.cc" $flags -Wl,-rpath,"$libdir" \
     >"$work/pc.log" 2>&1; then
  expect cues-pkgconfig
else
  echo "the client does not build with pkg-config ($flags):"; cat "$work/pc.log"; fail=1
fi
exit $fail
