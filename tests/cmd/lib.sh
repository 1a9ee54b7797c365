# lib.sh -- sourced by each tests/cmd/tNNN-*.sh.  Every test file runs
# the built programs on a fresh temporary database with SHEGONG_TODAY
# fixed, and compares exact output, exit status and database state.
#
#   t 'name'                  start a case
#   run CMD ARGS...           run it; stdout, stderr, status kept
#   out STATUS <<EOF          expect this stdout and status, empty stderr
#   err STATUS 'message'      expect this stderr and status, empty stdout
#   outerr STATUS 'message' <<EOF   expect both
#   q 'SQL'                   print a query's result (for run q ...)
#   fresh                     start again on an empty database

set -u
umask 077
: "${BIN:?BIN must name the directory of the built programs}"
BIN=$(cd "$BIN" && pwd)
PATH="$BIN:$PATH"
TOP=$(cd "$(dirname "$0")/../.." && pwd)
# the schema version this build makes (lib/sg.h)
SCHEMA=$(sed -n 's/^#define SG_SCHEMA_VERSION[^0-9]*\([0-9]*\).*/\1/p' "$TOP/lib/sg.h")
T=$(mktemp -d "${TMPDIR:-/tmp}/shegong-test.XXXXXX")
export PATH TOP T
export SHEGONG_TODAY=2026-11-28 SHEGONG_USER=tester
export HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
export LC_ALL=C.UTF-8 TZ=UTC
unset SHEGONG_CONFIG SHEGONG_DB VISUAL EDITOR
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
export SHEGONG_DB="$T/test.db"
_pass=0 _fail=0 _name=
_file=$(basename "$0" .sh)

fresh() { rm -f "$SHEGONG_DB" "$SHEGONG_DB-wal" "$SHEGONG_DB-shm"; }
t() { _name=$1; }
run() { "$@" >"$T/stdout" 2>"$T/stderr"; echo $? >"$T/status"; }
q() { sqlite3 -batch -separator '	' "$SHEGONG_DB" "$1"; }

_report() {	# _report OK WHAT
	if [ "$1" = 0 ]; then
		_pass=$((_pass + 1))
	else
		_fail=$((_fail + 1))
		printf 'FAIL %s: %s\n' "$_file" "$_name"
		printf '%s\n' "$2" | sed 's/^/    /'
	fi
}

_compare() {	# _compare STATUS: against want.out and want.err in $T
	_why=
	read -r _got <"$T/status"
	[ "$_got" = "$1" ] || _why="exit status $_got, expected $1
"
	# two empty files are the same without a cmp (most stderr is)
	if { [ -s "$T/want.out" ] || [ -s "$T/stdout" ]; } &&
	    ! cmp -s "$T/want.out" "$T/stdout"; then
		_why="$_why$(diff -u "$T/want.out" "$T/stdout" | tail -n +3)
"
	fi
	if { [ -s "$T/want.err" ] || [ -s "$T/stderr" ]; } &&
	    ! cmp -s "$T/want.err" "$T/stderr"; then
		_why="$_why$(diff -u "$T/want.err" "$T/stderr" | tail -n +3)
"
	fi
	[ -z "$_why" ]
	_report $? "$_why"
}

# Expected stdout comes on standard input (a heredoc, or </dev/null);
# expected stderr is an argument, one line or more.
out() { cat >"$T/want.out"; : >"$T/want.err"; _compare "$1"; }
err() { : >"$T/want.out"; printf '%s\n' "$2" >"$T/want.err"; _compare "$1"; }
outerr() { cat >"$T/want.out"; printf '%s\n' "$2" >"$T/want.err"; _compare "$1"; }

# need PROGRAM PACKAGE: a test whose tool is missing fails, naming the
# Debian package that has it (make test-deps installs them all).
need() {
	command -v "$1" >/dev/null 2>&1 && return 0
	_name="needs $1"
	_report 1 "$1: not found: install the Debian package '$2' (make test-deps)"
	done_testing
	exit 1
}

done_testing() {
	printf '%s: %d passed, %d failed\n' "$_file" "$_pass" "$_fail"
	if [ "$_fail" -eq 0 ]; then rm -rf "$T"; else
		echo "    (fixture kept in $T)"; fi
	[ "$_fail" -eq 0 ]
}
need sqlite3 sqlite3
