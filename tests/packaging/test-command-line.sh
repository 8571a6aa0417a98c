#!/usr/bin/env bash
# --help and --version of both executables answer on standard output with status 0, and without a
# display; --quit-after-first-paint starts the app and ends it with status 0.
# Usage: test-command-line.sh TOKENBENCH TOKENBENCH_CLI VERSION
set -uo pipefail
app=$1 cli=$2 version=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Runs "$@" with no display at all; checks status 0, stdout matching $expect, nothing on stderr.
expect_ok()
{
    local expect=$1 out err status
    shift
    err=$(mktemp)
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 30 "$@" 2>"$err")
    status=$?
    [[ $status == 0 ]] || fail "$* exited with $status"
    [[ $out =~ $expect ]] || fail "$*: stdout '$out' does not match '$expect'"
    [[ ! -s $err ]] || fail "$*: wrote to stderr: $(cat "$err")"
    rm -f "$err"
}

expect_ok "^Tokenbench $version\$" "$app" --version
expect_ok "^Tokenbench $version\$" "$app" -v
expect_ok "--quit-after-first-paint" "$app" --help
expect_ok "--config-dir" "$app" -h
for option in --version -V; do
    expect_ok "^tokenbench-cli $version\$" "$cli" "$option"
done
for option in --help -h help; do
    expect_ok "Exit status:" "$cli" "$option"
done

# Without a display and without --help, the app explains itself and fails.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" >/dev/null 2>&1 &&
    fail "$app without a display exited with 0"

config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
start=$(date +%s%N)
QT_QPA_PLATFORM=offscreen timeout 60 "$app" --quit-after-first-paint --config-dir "$config" \
    --no-keychain
status=$?
[[ $status == 0 ]] || fail "--quit-after-first-paint exited with $status"
echo "--quit-after-first-paint: $((($(date +%s%N) - start) / 1000000)) ms"

# Demo mode writes nothing outside its throw-away folder (fontconfig's own cache aside).
home=$(mktemp -d)
trap 'rm -rf "$config" "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_DATA_HOME=$home/data \
    QT_QPA_PLATFORM=offscreen timeout 60 "$app" --quit-after-first-paint --demo
status=$?
[[ $status == 0 ]] || fail "--quit-after-first-paint --demo exited with $status"
left=$(find "$home" -type f -not -path '*/fontconfig/*' | head -5)
[[ -z $left ]] || fail "--demo wrote outside its folder: $left"

exit $((failures > 0))
