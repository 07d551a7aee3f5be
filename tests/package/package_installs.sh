#!/usr/bin/env bash
# Builds the .deb with CPack from the build folder, checks it (lintian: no
# errors; AppStream metadata valid; the files a desktop expects), installs it
# with dpkg into an empty root and runs the installed kestrel from there:
# --version, a German --help from the installed translation, and `demo`.
#   package_installs.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb="$(ls "$work"/out/kestrel_*.deb)"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 "$deb" 2>/dev/null | tee "$work/lintian.txt" || true
  ! grep -q '^E:' "$work/lintian.txt" || fail "lintian reports errors"
  echo "lintian: no errors"
else
  fail "lintian is missing (scripts/setup installs it)"
fi

# An empty dpkg database: the package's dependencies are the host's, so dpkg
# is told not to check them; everything else is a normal install.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-not-root --force-depends --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg -i into the empty root failed"; }
dpkg --root="$root" -s kestrel | grep -q '^Status: install ok installed' || fail "dpkg does not list kestrel as installed"

usr="$root/usr"
for f in bin/kestrel \
  share/applications/io.kestrel.Kestrel.desktop \
  share/metainfo/io.kestrel.Kestrel.metainfo.xml \
  share/mime/packages/kestrel-workspace.xml \
  share/icons/hicolor/scalable/apps/io.kestrel.Kestrel.svg \
  share/icons/hicolor/16x16/apps/io.kestrel.Kestrel.png \
  share/icons/hicolor/48x48/apps/io.kestrel.Kestrel.png \
  share/icons/hicolor/256x256/apps/io.kestrel.Kestrel.png \
  share/kestrel/translations/kestrel_de.qm \
  share/doc/kestrel/user-guide.md \
  share/doc/kestrel/copyright \
  share/man/man1/kestrel.1.gz; do
  [ -s "$usr/$f" ] || fail "the package lacks /usr/$f"
done
file "$usr/share/icons/hicolor/48x48/apps/io.kestrel.Kestrel.png" | grep -q '48 x 48' || fail "the 48x48 icon is not 48x48"
appstreamcli validate --no-net "$usr/share/metainfo/io.kestrel.Kestrel.metainfo.xml" || fail "AppStream metadata invalid"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$usr/share/applications/io.kestrel.Kestrel.desktop" || fail ".desktop file invalid"
fi
# The MIME database a desktop would build from the package's XML knows *.kestrel.
mkdir -p "$work/mime/packages"
cp "$usr/share/mime/packages/kestrel-workspace.xml" "$work/mime/packages/"
update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database rejects kestrel-workspace.xml"
grep -q 'application/x-kestrel-workspace' "$work/mime/globs2" || fail "*.kestrel is not in the MIME globs"

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME"
version="$("$usr/bin/kestrel" --version)"
echo "installed: $version"
[[ "$version" == "kestrel "* ]] || fail "kestrel --version printed '$version'"
LC_ALL=de_DE.UTF-8 "$usr/bin/kestrel" --help | grep -q '^Aufruf: kestrel' || fail "no German help from the installed kestrel"
out="$("$usr/bin/kestrel" demo --workspace "$work/demo.kestrel" --runs 3000 --seed 1)"
echo "$out"
[[ "$out" == *"3000 runs"* ]] || fail "kestrel demo did not make 3000 runs"
"$usr/bin/kestrel" runs stats --workspace "$work/demo.kestrel" --timeframe all | head -2
echo "package_installs: ok"
