#!/bin/sh
# Run every command-level test file (tNNN-*.sh in DIR, by default the
# directory of this script) against the programs in BINDIR; LABEL names
# the count line.  $JOBS files run at once (default: the number of CPUs);
# each has its own temporary directory and database, and the outputs are
# printed in file order whatever order they ran in.
BIN=${1:?usage: run.sh BINDIR [DIR [LABEL]]}
export BIN
dir=${2:-$(dirname "$0")}
label=${3:-cmd}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 1)}
# the schema version this build makes (lib/sg.h), read once for every file
SCHEMA=$(sed -n 's/^#define SG_SCHEMA_VERSION[^0-9]*\([0-9]*\).*/\1/p' \
    "$(dirname "$0")/../../lib/sg.h")
export SCHEMA
out=$(mktemp -d "${TMPDIR:-/tmp}/shegong-run.XXXXXX") || exit 1
trap 'rm -rf "$out"' EXIT
trap 'exit 1' INT TERM

# Largest files first (ls -S): the long ones start early, so the run does
# not end waiting on one of them alone.
ls -S "$dir"/t[0-9]*.sh | xargs -P "$jobs" -I{} sh -c \
    'f=$1; o=$2/${f##*/}; o=${o%.sh}; sh "$f" >"$o.out" 2>&1; echo $? >"$o.rc"' \
    sh {} "$out"

# Each file's output and its count line (the last "tNNN...: N passed, N
# failed"), read with builtins: a program or two a file here would add
# seconds to every run, after the tests.
passed=0 failed=0 status=0
for f in "$dir"/t[0-9]*.sh; do
	o=${f##*/}
	o=$out/${o%.sh}
	line=
	while IFS= read -r l || [ -n "$l" ]; do
		printf '%s\n' "$l"
		case $l in
		t[0-9]*': '*' passed, '*' failed') line=$l ;;
		esac
		l=
	done <"$o.out"
	rc=1
	[ -s "$o.rc" ] && read -r rc <"$o.rc"
	p=${line% passed, *} p=${p##* }
	f2=${line##*, } f2=${f2% failed}
	case $p$f2 in
	''|*[!0-9]*) p=0 f2=1 ;;
	esac
	[ "$rc" -ne 0 ] && status=1
	passed=$((passed + p)) failed=$((failed + f2))
done
echo "$label: $passed passed, $failed failed"
exit $status
