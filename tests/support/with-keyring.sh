#!/usr/bin/env bash
# Runs a command the way the tests need the desktop: a private D-Bus session bus, a freshly made
# and unlocked gnome-keyring on it, and no display (a keyring prompt on a display can hang a job).
# Every test is registered through this script, so `ctest` alone gives each its own keyring;
# under `make test` (one keyring for the whole run) the inner calls find it up and just run.
set -euo pipefail

if [ -n "${TOKENBENCH_KEYRING_UP:-}" ]; then
    exec "$@"
fi
if [ -z "${TOKENBENCH_KEYRING_READY:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session is missing" >&2; exit 1; }
    exec dbus-run-session -- env TOKENBENCH_KEYRING_READY=1 "$0" "$@"
fi

unset DISPLAY WAYLAND_DISPLAY
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokenbench-keyring.XXXXXX")
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
# A keyring of our own, so a developer's real keyring is never touched and its password is known.
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' tokenbench-test | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
# The daemon claims its bus name a moment after it returns. One that never does fails the run
# here, rather than letting keychain tests skip quietly.
secret_service_up() {
    dbus-send --session --dest=org.freedesktop.DBus --print-reply /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}
for _ in $(seq 100); do
    secret_service_up && break
    sleep 0.05
done
if ! secret_service_up; then
    echo "with-keyring: gnome-keyring-daemon did not start a Secret Service" >&2
    exit 1
fi
export TOKENBENCH_KEYRING_UP=1
"$@"
