#!/bin/sh
# Run each fuzz target given for SECONDS on its seeds
# (tests/fuzz/corpus/TARGET) and what earlier runs found (B/corpus/TARGET,
# where new entries go), with the dictionary TARGET.dict if there is one;
# print per target the executions and crashes
# (crash inputs in B/crashes/), a total, and fail on any crash.  An input
# that takes more than $FUZZ_TIMEOUT seconds (2) is a crash too: inputs go
# up to $FUZZ_MAX_LEN bytes (65536), enough for a parser quadratic in its
# input (a YAML file nested deep) to show.
B=${1:?usage: run.sh BUILDDIR SECONDS TARGET...}
secs=${2:?usage: run.sh BUILDDIR SECONDS TARGET...}
shift 2
top=$(dirname "$0")
# A smaller quarantine: the command targets free megabytes per run (SQLite
# connections), which the default 256 MB quarantine turns into page faults
# at half the speed.
ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16}
export ASAN_OPTIONS
status=0 total=0 crashes=0
mkdir -p "$B/crashes" "$B/logs" "$B/tmp"
# the targets' temporary files (a crash leaves them behind)
TMPDIR=$(cd "$B/tmp" && pwd)
export TMPDIR
for t in "$@"; do
	mkdir -p "$B/corpus/$t"
	seeds="$top/corpus/$t"
	[ -d "$seeds" ] || seeds=
	dict=
	[ -f "$top/$t.dict" ] && dict="-dict=$top/$t.dict"
	log="$B/logs/$t.log"
	before=$(ls "$B/crashes" | grep -c "^$t-")
	"$B/fuzz/$t" -max_total_time="$secs" -timeout="${FUZZ_TIMEOUT:-2}" \
	    -max_len="${FUZZ_MAX_LEN:-65536}" -close_fd_mask=3 \
	    -print_final_stats=1 -artifact_prefix="$B/crashes/$t-" $dict \
	    "$B/corpus/$t" $seeds >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" |
	    tail -n 1)
	found=$(( $(ls "$B/crashes" | grep -c "^$t-") - before ))
	if [ "$rc" -ne 0 ] && [ "$found" -eq 0 ]; then
		found=1		# died without an artifact
	fi
	if [ "$found" -ne 0 ]; then
		status=1
		grep -E "^(==[0-9]+==ERROR|ALARM|SUMMARY|.*runtime error|.*check failed|artifact_prefix|Test unit written)" \
		    "$log" | head -n 8 | sed 's/^/    /'
	fi
	printf '%-14s %10s executions, %d crash%s (%s)\n' "$t" "${execs:-0}" \
	    "$found" "$([ "$found" -eq 1 ] || echo es)" "$log"
	total=$((total + ${execs:-0})) crashes=$((crashes + found))
done
echo "fuzz: $total executions, $crashes crashes"
exit $status
