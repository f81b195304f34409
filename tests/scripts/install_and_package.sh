#!/bin/sh
# Shipping: `cmake --install` with DESTDIR and a prefix puts the program, the man
# pages, the completions, the lexicons and the library (with its headers, CMake
# package and claimlens.pc) in their places; CPack builds a .deb that dpkg really
# installs into a scratch root, whose program then runs (`--version`), and that
# dpkg removes again. (library_client.sh builds a program against the library.)
set -u
bin=$1
build=$(cd "$(dirname "$bin")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { [ -e "$1" ] || { echo "missing after install: $1"; fail=1; }; }

DESTDIR="$work/dest" cmake --install "$build" --prefix /opt/cl >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }
d="$work/dest/opt/cl"
check "$d/bin/claimlens"
check "$d/share/man/man1/claimlens.1"
check "$d/share/man/man1/claimlens-hedges.1"
check "$d/share/man/man5/claimlens-lexicons.5"
check "$d/share/bash-completion/completions/claimlens"
check "$d/share/zsh/vendor-completions/_claimlens"
check "$d/share/fish/vendor_completions.d/claimlens.fish"
check "$d/share/claimlens/lexicons/hedges.tsv"
check "$d/share/claimlens/lexicons/actors/states.tsv"
check "$d/include/claimlens/analysis.h"
check "$d/lib/cmake/claimlens/claimlensConfig.cmake"
check "$d/lib/pkgconfig/claimlens.pc"
# The .pc names the prefix installed into, never the DESTDIR staging it.
grep -qx 'prefix=/opt/cl' "$d/lib/pkgconfig/claimlens.pc" ||
  { echo "claimlens.pc has the wrong prefix:"; cat "$d/lib/pkgconfig/claimlens.pc"; fail=1; }
# The installed lexicons are a complete set: --lexicons reads them as it reads the built-in one.
echo "It would likely fail in Beijing." | "$d/bin/claimlens" hedges --lexicons "$d/share/claimlens/lexicons" - \
  >"$work/out" 2>&1 || { echo "installed lexicons do not load:"; cat "$work/out"; fail=1; }
grep -q 'likely' "$work/out" || { echo "installed program did not find the hedge"; fail=1; }

command -v dpkg >/dev/null && command -v cpack >/dev/null || { echo "no dpkg or cpack; package part skipped"; exit $fail; }
(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/claimlens_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "cpack made no .deb"; cat "$work/cpack.log"; exit 1; }
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: >"$root/var/lib/dpkg/status"
# A shared libclaimlens (-DBUILD_SHARED_LIBS=ON) makes a package that runs
# ldconfig, which dpkg cannot run inside a scratch root: unpack that one instead.
if dpkg-deb -I "$deb" postinst >/dev/null 2>&1; then
  dpkg-deb -x "$deb" "$root" || { echo "dpkg-deb -x failed"; exit 1; }
  "$root/usr/bin/claimlens" --version >/dev/null || { echo "unpacked claimlens does not run"; fail=1; }
  [ -f "$root/usr/include/claimlens/analysis.h" ] || { echo "the package has no headers"; fail=1; }
  exit $fail
fi
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 ||
  { echo "dpkg -i failed:"; cat "$work/dpkg.log"; exit 1; }
version=$("$root/usr/bin/claimlens" --version) || { echo "installed claimlens does not run"; fail=1; }
case "$version" in claimlens\ [0-9]*) ;; *) echo "unexpected --version: $version"; fail=1 ;; esac
[ -f "$root/usr/share/man/man1/claimlens.1" ] || { echo "the package has no man page"; fail=1; }
[ -f "$root/usr/include/claimlens/analysis.h" ] || { echo "the package has no headers"; fail=1; }
[ -f "$root/usr/lib/pkgconfig/claimlens.pc" ] || { echo "the package has no claimlens.pc"; fail=1; }
dpkg --root="$root" --force-not-root --log=/dev/null -r claimlens >"$work/dpkg.log" 2>&1 ||
  { echo "dpkg -r failed:"; cat "$work/dpkg.log"; fail=1; }
[ ! -e "$root/usr/bin/claimlens" ] || { echo "dpkg -r left the program behind"; fail=1; }
exit $fail
