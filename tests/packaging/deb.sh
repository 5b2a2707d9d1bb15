#!/usr/bin/env bash
# tests/packaging/deb.sh BUILD_DIR CORPUS_DIR: the Debian package as a user gets it.
# Makes it with CPack from BUILD_DIR's executable and icons (no second build),
# checks its Depends against what the executable links, installs it with
# dpkg -i, runs the installed `pyrograph info`, checks the desktop entry, the
# AppStream metadata, the icons and the file types the desktop now knows, and
# removes the package again (also when a check fails).
#
# Installing needs root. Not root: outside CI this prints SKIPPED and exits 0;
# in CI (CI=true) it fails, so the check cannot silently stop running.
set -euo pipefail
BUILD=$(cd "$1" && pwd)
CORPUS=$(cd "$2" && pwd)

fail() { echo "deb.sh: FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" != 0 ]; then
    [ "${CI:-}" = true ] && fail "dpkg -i needs root, and CI=true: run the packaging test as root"
    echo "deb.sh: SKIPPED: dpkg -i needs root (run as root to check the package)"
    exit 0
fi
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli gio update-mime-database; do
    command -v "$tool" >/dev/null || fail "$tool is missing (./dev deps installs it)"
done
if dpkg-query -W -f='${Status}' pyrograph 2>/dev/null | grep -q "ok installed"; then
    fail "a pyrograph package is installed already; this test would replace and remove it"
fi

# 1. The package, from the build's own files.
[ -x "$BUILD/bin/pyrograph" ] || fail "$BUILD/bin/pyrograph is not built"
rm -f "$BUILD"/packages/pyrograph_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null) || fail "cpack -G DEB failed"
DEB=$(ls -1 "$BUILD"/packages/pyrograph_*.deb)
[ "$(echo "$DEB" | wc -l)" = 1 ] || fail "expected one package, got: $DEB"
echo "deb.sh: built $DEB"

# 2. Depends (from dpkg-shlibdeps) names exactly the packages of the libraries
# the executable and its graphical module link: none missing, none extra.
MODULE="$BUILD/lib/pyrograph/libpyrograph-gui.so"
[ -f "$MODULE" ] || fail "$MODULE is not built"
depends=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/[ ]*(.*//; s/^ *//; s/ *$//' | grep -v '^$' | sort -u)
linked=$(
    for elf in "$BUILD/bin/pyrograph" "$MODULE"; do
        # Our own shared objects come with the package: checked below, not Depends.
        objdump -p "$elf" | awk '$1 == "NEEDED" && $2 !~ /^libpyrograph-/ { print $2 }' | while read -r soname; do
            # "libz.so.1 => /lib/.../libz.so.1 (...)", or the loader's "/lib64/ld-linux-x86-64.so.2 (...)"
            path=$(ldd "$elf" | awk -v so="$soname" '$1 == so { print $3 } $1 ~ "/" so "$" { print $1 }' | head -1)
            [ -n "$path" ] || fail "ldd does not resolve $soname"
            real=$(readlink -f "$path")
            pkg=$(dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || dpkg -S "/usr$real" 2>/dev/null) \
                || fail "no package owns $real ($soname)"
            echo "${pkg%%:*}"
        done
    done | sort -u
)
if [ "$depends" != "$linked" ]; then
    echo "Depends: $depends" >&2
    echo "linked:  $linked" >&2
    fail "the package's Depends differ from the packages of the linked libraries"
fi
echo "deb.sh: Depends matches the $(echo "$linked" | wc -l) packages of the linked libraries"

# 3. Install; from here on the package is removed however the checks end.
cleanup() { dpkg -r pyrograph >/dev/null 2>&1 || true; }
trap cleanup EXIT
dpkg -i "$DEB" >/dev/null || fail "dpkg -i $DEB failed"

# 4. The installed executable reads a profile without a display.
out=$(env -u DISPLAY /usr/bin/pyrograph info "$CORPUS/pprof/go-cpu.pb.gz") || fail "/usr/bin/pyrograph info failed"
grep -q "^format: pprof$" <<<"$out" || fail "pyrograph info does not name the format: $out"
grep -q "cpu/nanoseconds: 22.6 s" <<<"$out" || fail "pyrograph info does not total the cpu samples: $out"
echo "deb.sh: /usr/bin/pyrograph info read go-cpu.pb.gz"
# export draws, so it runs in the graphical module, found in /usr/lib/pyrograph.
for lib in libpyrograph-gui.so libpyrograph-pprofproto.so libpyrograph-pyroscopeproto.so; do
    [ -f /usr/lib/pyrograph/$lib ] || fail "/usr/lib/pyrograph/$lib is not installed"
done
svg=$(mktemp --suffix=.svg)
env -u DISPLAY /usr/bin/pyrograph export "$CORPUS/pprof/go-cpu.pb.gz" -o "$svg" || fail "/usr/bin/pyrograph export failed"
grep -q "<svg" "$svg" || fail "pyrograph export wrote no SVG"
rm -f "$svg"
echo "deb.sh: /usr/bin/pyrograph export drew go-cpu.pb.gz through /usr/lib/pyrograph/libpyrograph-gui.so"

# 5. The desktop entry, the AppStream metadata and the icons.
desktop-file-validate /usr/share/applications/pyrograph.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/io.github.pyrograph.Pyrograph.metainfo.xml >/dev/null \
    || fail "appstreamcli validate"
[ -f /usr/share/icons/hicolor/scalable/apps/pyrograph.svg ] || fail "no scalable icon"
for size in 16 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/pyrograph.png
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
# update-desktop-database's trigger: the file manager offers Pyrograph for pprof.
grep -q '^application/x-pprof=.*pyrograph.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "mimeinfo.cache does not offer pyrograph.desktop for application/x-pprof"

# 6. The file types, as GIO (the file managers' library) sniffs real files
# from the corpus after update-mime-database's trigger.
[ -f /usr/share/mime/packages/pyrograph.xml ] || fail "the shared-mime-info XML is not installed"
names=$(mktemp -d)
cp "$CORPUS/pprof/go-cpu.pb.gz" "$names/"
cp "$CORPUS/collapsed/simple.txt" "$names/stacks.folded"
cp "$CORPUS/speedscope/simple-sampled.speedscope.json" "$names/"
cp "$CORPUS/chrome/chrome65-simple.cpuprofile" "$names/"
cp "$CORPUS/chrome/trace-event-simple.json" "$names/Trace-20240101T000000.json"
cp "$CORPUS/jfr/workload.jfr" "$names/"
check_type() {
    local got
    got=$(gio info -a standard::content-type "$names/$1" | awk '/content-type:/ { print $2 }')
    [ "$got" = "$2" ] || fail "$1 is $got, not $2"
}
check_type go-cpu.pb.gz application/x-pprof
check_type stacks.folded text/x-collapsed-stacks
check_type simple-sampled.speedscope.json application/x-speedscope+json
check_type chrome65-simple.cpuprofile application/x-cpuprofile+json
check_type Trace-20240101T000000.json application/x-chrome-trace+json
check_type workload.jfr application/x-jfr
rm -rf "$names"
echo "deb.sh: desktop entry, metainfo, icons and six file types installed"

# 7. Removal takes it all away again.
trap - EXIT
dpkg -r pyrograph >/dev/null || fail "dpkg -r pyrograph failed"
[ ! -e /usr/bin/pyrograph ] || fail "/usr/bin/pyrograph is left after dpkg -r"
[ ! -e /usr/lib/pyrograph ] || fail "/usr/lib/pyrograph is left after dpkg -r"
! grep -q 'x-pprof' /usr/share/mime/globs2 || fail "the file types are left after dpkg -r"
echo "deb.sh: removed; PASS"
