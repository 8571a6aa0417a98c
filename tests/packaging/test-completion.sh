#!/usr/bin/env bash
# Sources the bash completion of tokenbench-cli and checks what it offers: commands, options,
# profile names from the --config-dir on the line, vendors and methods for add.
# Usage: test-completion.sh COMPLETION_FILE TOKENBENCH_CLI
set -uo pipefail
completion=$1 cli=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot source $completion" >&2; exit 1; }
complete -p tokenbench-cli >/dev/null || fail "no completion registered for tokenbench-cli"

# complete WORD... : completes the last word of "tokenbench-cli WORD..." into $got (sorted, one
# a line), as bash would after TAB.
complete_line()
{
    COMP_WORDS=("$cli" "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _tokenbench_cli
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort)
}

# expect "WANTED (sorted, one a line)" WORD...
expect()
{
    local wanted=$1
    shift
    complete_line "$@"
    [[ $got == "$wanted" ]] || fail "tokenbench-cli $* <TAB>: got [$got], wanted [$wanted]"
}

# Every command --help lists is offered.
commands=$(LANG=C.UTF-8 "$cli" --help | sed -n '/^Commands:/,/^$/p' |
    sed -n 's/^  \([a-z][a-z]*\)\( .*\)\{0,1\}$/\1/p' | sort -u)
complete_line ""
for command in $commands; do
    grep -qx "$command" <<<"$got" || fail "command '$command' is not offered: [$got]"
done
expect $'list\nlogin\nlogout' l
expect $'--config-dir' --con
expect $'--json\n--methods\n--names' list --
expect $'--secrets-stdin' token --s
expect $'--secret-stdin' decode --sec
expect $'--as\n--environment' import --

config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
"$cli" --config-dir "$config" --no-keychain add rs-prod --vendor regscale --method password \
    --url https://regscale.example.com --set username=analyst >/dev/null || fail "add rs-prod"
"$cli" --config-dir "$config" --no-keychain add rs-test --vendor regscale --method password \
    --url https://regscale.example.com --set username=analyst >/dev/null || fail "add rs-test"
"$cli" --config-dir "$config" --no-keychain add "st demo" --vendor scantrust --method uat \
    --url https://scantrust.example.com >/dev/null || fail "add 'st demo'"

expect $'rs-prod\nrs-test' --config-dir "$config" token rs
expect $'rs-prod\nrs-test\nst\\ demo' --config-dir "$config" --no-keychain login ""
expect 'st\ demo' --config-dir "$config" status st
expect $'DELETE' --config-dir "$config" request rs-prod D
expect '' --config-dir "$config" request rs-prod GET ""
expect $'generic\npasswordsafe\nregscale\nscantrust' add new --vendor ""
expect $'jwt\nuat' add new --vendor scantrust --method ""
expect 'username=' add new --vendor regscale --method password --set user
expect 'timeout=' add new --vendor regscale --method password --set time

exit $((failures > 0))
