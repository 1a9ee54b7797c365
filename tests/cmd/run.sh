#!/bin/sh
# Run every command-level test file against the programs in $1.
BIN=${1:?usage: run.sh BINDIR}
export BIN
dir=$(dirname "$0")
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
echo "cmd: $passed passed, $failed failed"
exit $status
