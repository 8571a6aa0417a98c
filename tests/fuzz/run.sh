#!/usr/bin/env bash
# Runs fuzz targets for a while each, one after the other, and prints one summary line per target.
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
# New inputs go to BUILD_DIR/fuzz-corpus/<target>; the seeds in tests/fuzz/corpus/<target> are
# only read. A crash, leak or timeout leaves its input in BUILD_DIR/fuzz-artifacts/ and fails.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
seconds="$2"
shift 2
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=()
    for f in "$here"/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi

status=0
mkdir -p "$build/fuzz-artifacts" "$build/fuzz-logs"
artifacts="$(cd "$build/fuzz-artifacts" && pwd)"
for t in "${targets[@]}"; do
    exe="$(cd "$build" && pwd)/tests/fuzz/$t"
    if [ ! -x "$exe" ]; then
        echo "$t: not built ($exe)" >&2
        status=1
        continue
    fi
    work="$(cd "$build" && pwd)/fuzz-corpus/$t"
    mkdir -p "$work"
    # With -jobs the fuzzing runs in a child that writes fuzz-0.log into the current folder.
    # fuzz_bigobjects expands each input into a document of 100,000-member objects: a few
    # seconds and over a gigabyte a run with the sanitizers, so it gets more of both.
    timeout=10
    rss=2048
    if [ "$t" = fuzz_bigobjects ]; then
        timeout=30
        rss=4096
    fi
    logdir="$build/fuzz-logs/$t"
    rm -rf "$logdir"
    mkdir -p "$logdir"
    (
        cd "$logdir" &&
            QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
            ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            "$exe" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss" -max_len=65536 \
            -jobs=1 -workers=1 -print_final_stats=1 -artifact_prefix="$artifacts/$t-" \
            "$work" "$here/corpus/$t" >driver.log 2>&1
    )
    rc=$?
    log="$logdir/fuzz-0.log"
    [ -f "$log" ] || log="$logdir/driver.log"
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    last=$(grep -E '#[0-9]+.*(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1)
    cov=$(echo "$last" | grep -o 'cov: [0-9]*' | grep -o '[0-9]*')
    ft=$(echo "$last" | grep -o 'ft: [0-9]*' | grep -o '[0-9]*')
    corp=$(echo "$last" | grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' | cut -d' ' -f2)
    if [ $rc -eq 0 ]; then
        echo "$t: ok, ${execs:-?} execs in ${seconds}s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
    else
        echo "$t: FAILED (exit $rc), see $log and $artifacts/" >&2
        grep -E 'ERROR|SUMMARY|==[0-9]+==' "$log" | head -5 >&2
        status=1
    fi
done
exit $status
