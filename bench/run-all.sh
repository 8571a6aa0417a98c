#!/usr/bin/env bash
# Runs every benchmark and writes docs/PERFORMANCE.md (what `make bench` does after building).
#   bench/run-all.sh [BUILD_DIR] [OUTPUT]
# Knobs (environment): BENCH_RUNS (hyperfine runs, 20), BENCH_MEM_RUNS (10), BENCH_IDLE_SECONDS
# (60), BENCH_IDLE_RUNS (3), BENCH_BODY_SIZES (1,10,50,200), BENCH_BODY_RUNS (3),
# BENCH_FILTER_RUNS (3), BENCH_LOGIN_RUNS (3), BENCH_SPEC_SIZES (10000,100000), BENCH_SPEC_RUNS
# (3), BENCH_HISTORY_ENTRIES (100000), BENCH_HISTORY_ROUNDS (2), BENCH_COLLECTION_REQUESTS (1000),
# BENCH_RUN_RUNS (3), BENCH_APIDOC_OPERATIONS (1200), BENCH_REFRESH_RUNS (2).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build-bench}
output=${2:-$here/../docs/PERFORMANCE.md}

# Always on a private Xvfb of a fixed size, even on a desktop: the figures must not depend on
# whose screen, compositor or theme ran them. And on a private D-Bus session bus, as on a
# desktop: without one, Qt's first look for a tray starts dbus-launch (~150 ms), which no user
# pays.
if [ -z "${TOKENBENCH_BENCH_XVFB:-}" ]; then
    for tool in xvfb-run dbus-run-session; do
        command -v $tool >/dev/null || { echo "run-all: $tool is missing (make bench-deps)" >&2; exit 1; }
    done
    exec env -u DBUS_SESSION_BUS_ADDRESS TOKENBENCH_BENCH_XVFB=1 dbus-run-session -- \
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$build" "$output"
fi
unset WAYLAND_DISPLAY QT_QPA_PLATFORM
exec /usr/bin/python3 "$here/run_all.py" "$build" "$output"
