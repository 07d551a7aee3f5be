#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked
# gnome-keyring-daemon (Secret Service), the way CI tests the real keychain
# path: no display, possibly as root. Everything the keyring writes lives in a
# temporary home that is removed afterwards.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-with-keyring.sh: $tool is missing; scripts/setup installs it (packages dbus-daemon, gnome-keyring)" >&2
    exit 1
  fi
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kestrel-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
  XDG_RUNTIME_DIR="$tmp/run"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
# gnome-keyring-daemon daemonises, unlocks (creating) the login keyring with
# the password read from stdin, and exits with the session bus.
status=0
dbus-run-session -- sh -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
  run-with-keyring "$@" || status=$?
exit "$status"
