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
case $0 in */*) _dir=${0%/*} ;; *) _dir=. ;; esac
TOP=$(cd "$_dir/../.." && pwd)
# the schema version this build makes (lib/sg.h); run.sh reads it once
[ -n "${SCHEMA:-}" ] ||
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
_file=${0##*/}
_file=${_file%.sh}

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

# _slurp: standard input into $_s, byte for byte (the last line may
# lack its newline).  Shell builtins only: outputs here are a few hundred
# bytes, and reading them costs less than the fork and exec of a cat or a
# cmp, which were half the programs this suite ran.  Text only: a NUL
# byte is not kept.
_slurp() {
	_s= _l=
	while IFS= read -r _l; do _s="$_s$_l
"; done
	_s="$_s$_l"
}

# _compare STATUS WANT_OUT WANT_ERR: against the last run; on a
# difference, the wanted files are written for diff.
_compare() {
	_why=
	read -r _got <"$T/status"
	[ "$_got" = "$1" ] || _why="exit status $_got, expected $1
"
	for _f in out err; do
		if [ "$_f" = out ]; then _w=$2 _g=$T/stdout; else _w=$3 _g=$T/stderr; fi
		# an empty file and an empty want are the same without reading
		if [ -z "$_w" ] && [ ! -s "$_g" ]; then continue; fi
		_slurp <"$_g"
		[ "$_s" = "$_w" ] && continue
		printf '%s' "$_w" >"$T/want.$_f"
		_why="$_why$(diff -u "$T/want.$_f" "$_g" | tail -n +3)
"
	done
	[ -z "$_why" ]
	_report $? "$_why"
}

# Expected stdout comes on standard input (a heredoc, or </dev/null);
# expected stderr is an argument, one line or more.
out() { _slurp; _compare "$1" "$_s" ''; }
err() { _compare "$1" '' "$2
"; }
outerr() { _slurp; _compare "$1" "$_s" "$2
"; }

# need PROGRAM PACKAGE: a test whose tool is missing fails, naming the
# Debian package that has it (make test-deps installs them all).
need() {
	command -v "$1" >/dev/null 2>&1 && return 0
	_name="needs $1"
	_report 1 "$1: not found: install the Debian package '$2' (make test-deps)"
	done_testing
	exit 1
}

# test_locales [NAME...]: the locales NAME.UTF-8 (zh_CN when none is
# named) for the programs, on a machine that may have generated none:
# compiled once a build with localedef into $BIN/../test-locale and found
# through LOCPATH, so nothing system-wide changes; the catalogs are the
# build's (SHEGONG_LOCALEDIR).  Each is compiled beside its place and
# renamed into it, so that test files running at once never read half a
# locale.
test_locales() {
	[ $# -gt 0 ] || set -- zh_CN
	LOCPATH=$BIN/../test-locale
	SHEGONG_LOCALEDIR=$(cd "$BIN/.." && pwd)/locale
	export LOCPATH SHEGONG_LOCALEDIR
	unset LANGUAGE LANG LC_MESSAGES LC_CTYPE LC_NUMERIC LC_COLLATE
	mkdir -p "$LOCPATH"
	for _loc; do
		_dir=$LOCPATH/$_loc.UTF-8
		[ -f "$_dir/LC_CTYPE" ] && continue
		localedef -i "$_loc" -f UTF-8 "$_dir.$$" >"$T/localedef" 2>&1
		mv -T "$_dir.$$" "$_dir" 2>/dev/null || rm -rf "$_dir.$$"
		[ -f "$_dir/LC_CTYPE" ] || { echo "$_file: localedef $_loc.UTF-8" \
		    "failed (install the locales package: make test-deps):"
		    cat "$T/localedef"; }
	done
}

done_testing() {
	printf '%s: %d passed, %d failed\n' "$_file" "$_pass" "$_fail"
	if [ "$_fail" -eq 0 ]; then rm -rf "$T"; else
		echo "    (fixture kept in $T)"; fi
	[ "$_fail" -eq 0 ]
}
need sqlite3 sqlite3
