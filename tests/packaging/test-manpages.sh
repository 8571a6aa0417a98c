#!/usr/bin/env bash
# The manual pages render without a single groff warning, and tokenbench-cli's page describes
# every command its --help lists.
# Usage: test-manpages.sh TOKENBENCH_CLI PAGE...
set -uo pipefail
cli=$1
shift
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for page in "$@"; do
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
    [[ -z $warnings ]] || fail "$page: $warnings"
    grep -q '@[A-Z_]*@' "$page" && fail "$page: a placeholder was not filled in"
done

cli_page=""
for page in "$@"; do [[ $(basename "$page") == tokenbench-cli.1* ]] && cli_page=$page; done
[[ -n $cli_page ]] || { fail "no tokenbench-cli page given"; exit 1; }
# The commands are the first word of each indented line of the help's "Commands:" section.
commands=$(LANG=C.UTF-8 "$cli" --help |
    sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p; s/^  \([a-z][a-z]*\)$/\1/p' |
    sort -u)
[[ -n $commands ]] || fail "no commands found in tokenbench-cli --help"
for command in $commands; do
    grep -q "^\.B $command\b" "$cli_page" || fail "$cli_page does not describe '$command'"
done
# And every exit status the CLI defines.
for status in 0 1 2 3 4 5 6; do
    grep -q "^\.B $status\$" "$cli_page" || fail "$cli_page does not explain exit status $status"
done
exit $((failures > 0))
