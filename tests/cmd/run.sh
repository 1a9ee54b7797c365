#!/bin/sh
# Run every command-level test file (tNNN-*.sh in DIR, by default the
# directory of this script) against the programs in BINDIR; LABEL names
# the count line.
BIN=${1:?usage: run.sh BINDIR [DIR [LABEL]]}
export BIN
dir=${2:-$(dirname "$0")}
label=${3:-cmd}
passed=0 failed=0 status=0
for f in "$dir"/t[0-9]*.sh; do
	res=$(sh "$f" 2>&1); rc=$?
	printf '%s\n' "$res"
	line=$(printf "%s\n" "$res" | grep -E "^t[0-9]+.*: [0-9]+ passed, [0-9]+ failed$" | tail -n 1)
	p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f2=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ]; then p=0 f2=1; fi
	[ "$rc" -ne 0 ] && status=1
	passed=$((passed + p)) failed=$((failed + f2))
done
echo "$label: $passed passed, $failed failed"
exit $status
