#!/usr/bin/env bash
# The .deb installed as a user would, into a clean Debian 12 root made by
# debootstrap: dpkg -i, then apt-get -f install fetches the dependencies from
# the archive; then kestrel --version, kestrel demo and the window (offscreen,
# for 5 s) run inside it. Needs root and the Debian archive (about 2-3 minutes:
# debootstrap 80 s, apt 50 s, measured 2026-12-02), so it runs only with
# KESTREL_TEST_DEBOOTSTRAP=1 (ctest -L debootstrap); otherwise it is skipped.
#   package_debian_root.sh BUILD_DIR
set -euo pipefail
[ "${KESTREL_TEST_DEBOOTSTRAP:-}" = 1 ] || { echo "skipped: set KESTREL_TEST_DEBOOTSTRAP=1"; exit 77; }
[ "$(id -u)" = 0 ] || { echo "skipped: debootstrap and chroot need root"; exit 77; }
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >/dev/null || fail "cpack failed"
deb="$(ls "$work"/out/kestrel_*.deb)"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$work/root" "${KESTREL_DEBIAN_MIRROR:-http://deb.debian.org/debian}" \
  >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; fail "debootstrap failed"; }
echo "debootstrap: $(($(date +%s) - start)) s"
cp "$deb" "$work/root/tmp/kestrel.deb"
start=$(date +%s)
chroot "$work/root" /bin/sh -c 'apt-get update -q && { dpkg -i /tmp/kestrel.deb || true; } &&
  DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q --no-install-recommends' >"$work/apt.log" 2>&1 ||
  { tail -20 "$work/apt.log"; fail "dpkg -i + apt-get -f install failed"; }
echo "dpkg -i + apt-get -f: $(($(date +%s) - start)) s"
chroot "$work/root" dpkg -s kestrel | grep -q '^Status: install ok installed' || fail "kestrel is not installed"
chroot "$work/root" kestrel --version | grep -q '^kestrel ' || fail "kestrel --version"
chroot "$work/root" /bin/sh -c 'HOME=/tmp/home kestrel demo --workspace /tmp/demo.kestrel --runs 2000 --seed 1' |
  tee "$work/demo.txt"
grep -q '2000 runs' "$work/demo.txt" || fail "kestrel demo"
# The window starts (offscreen) and keeps running until stopped.
set +e
chroot "$work/root" /bin/sh -c 'HOME=/tmp/home QT_QPA_PLATFORM=offscreen timeout 5 kestrel --workspace /tmp/demo.kestrel' \
  >/dev/null 2>&1
rc=$?
set -e
[ "$rc" = 124 ] || fail "the window exited with $rc before 5 s"
echo "package_debian_root: ok"
