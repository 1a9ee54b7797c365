#!/bin/sh
# plan.sh -- visit plan for a week over 100,000 elders and some 50 social
# workers, beside visit due on the same database (issue 25: at most 1.0 s,
# and at most 2 times visit due).  Wall-clock seconds, median of RUNS
# runs made alternately, written to bench/results.tsv as plan/ rows.
#
# usage: bench/plan.sh BUILDDIR
#   PLAN_ELDERS  elders (default 100000); volunteers a two-hundredth of
#                them (a tenth of those social workers), visits ten
#                times, events a twentieth: the national paces (gen)
#   RUNS         runs of each (default 5)
#   BENCH_DIR    keep the data and the database there, and use the
#                database found there (default: a temporary directory)
#   RESULTS      the table to update (default bench/results.tsv)
set -eu
B=$(cd "${1:?usage: plan.sh BUILDDIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
RESULTS=${RESULTS:-$HERE/results.tsv}
N=${PLAN_ELDERS:-100000}
RUNS=${RUNS:-5}
if [ -n "${BENCH_DIR:-}" ]; then W=$BENCH_DIR; mkdir -p "$W"
else W=$(mktemp -d); trap 'rm -rf "$W"' EXIT; fi
export SHEGONG_TODAY=2026-11-28 XDG_CONFIG_HOME="$W/no-config"
export SHEGONG_DB="$W/plan-$N.db"
unset SHEGONG_CONFIG XDG_DATA_HOME
PATH="$B/bin:$B/bench:$PATH"

say() { printf '%s\n' "$*" >&2; }

# the database: gen at national paces, loaded as run.sh loads it (names
# repeat in gen's data, as they do: --allow-duplicates)
if [ ! -f "$SHEGONG_DB" ]; then
	rm -rf "$W/plan-data"
	mkdir -p "$W/plan-data"
	gen -n "$N" -w $((N / 200)) -m $((N * 10)) -e $((N / 20)) national \
	    "$W/plan-data"
	elder import --allow-duplicates "$W/plan-data/elders.tsv" >/dev/null
	while IFS= read -r t; do
		volunteer team add "$t" >/dev/null
	done <"$W/plan-data/teams.txt"
	volunteer import "$W/plan-data/volunteers.tsv" >/dev/null
	sqlite3 "$SHEGONG_DB" <"$W/plan-data/load.sql"
fi
NSW=$(sqlite3 "$SHEGONG_DB" "SELECT count(*) FROM volunteer WHERE
    role = 'social-worker' AND status = 'active'")

# one CMD: seconds of one call
one() {
	s=$(date +%s.%N)
	"$@" >/dev/null 2>"$W/err" ||
	    { say "plan.sh: $* failed"; cat "$W/err" >&2; exit 1; }
	e=$(date +%s.%N)
	echo "$s $e" | awk '{ printf "%.5f\n", $2 - $1 }'
}

# one call of each first (the page cache), then RUNS of each alternately
visit plan --week next-week >/dev/null 2>&1
visit due >/dev/null
: >"$W/plan.runs"
: >"$W/due.runs"
r=0
while [ $r -lt "$RUNS" ]; do
	one visit plan --week next-week >>"$W/plan.runs"
	one visit due >>"$W/due.runs"
	r=$((r + 1))
done
# med min max
stats() { sort -n "$1" | awk '{ s[NR] = $1 }
    END { printf "%s %s %s\n", s[int((NR + 1) / 2)], s[1], s[NR] }'; }
set -- $(stats "$W/plan.runs")
pmed=$1 pmin=$2 pmax=$3
set -- $(stats "$W/due.runs")
dmed=$1 dmin=$2 dmax=$3
ratio=$(awk -v a="$pmed" -v b="$dmed" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
say "plan: $N elders, $NSW social workers: visit plan ${pmed} s, visit due ${dmed} s, ratio $ratio"
case_p="plan/visit plan --week next-week ($N elders, $NSW visitors)"
case_r="plan/visit plan vs visit due ($N elders, $NSW visitors)"
[ -f "$RESULTS" ] || printf 'case\tshegong_s\tbaseline_s\tratio\tpeak_rss_kb\ttarget\tmet\tshegong_min\tshegong_max\tbaseline_min\tbaseline_max\n' >"$RESULTS"
awk -F '\t' 'index($1, "plan/") != 1' "$RESULTS" >"$W/results"
met=$(awk -v s="$pmed" 'BEGIN { print s <= 1.0 ? "met" : "MISSED" }')
printf '%s\t%s\t-\t-\t-\t%s\t%s\t%s\t%s\t-\t-\n' "$case_p" "$pmed" \
    "s<=1.0" "$met" "$pmin" "$pmax" >>"$W/results"
met=$(awk -v r="$ratio" 'BEGIN { print r <= 2.0 ? "met" : "MISSED" }')
printf '%s\t%s\t%s\t%s\t-\t%s\t%s\t%s\t%s\t%s\t%s\n' "$case_r" "$pmed" \
    "$dmed" "$ratio" "ratio<=2.0" "$met" "$pmin" "$pmax" "$dmin" "$dmax" \
    >>"$W/results"
cp "$W/results" "$RESULTS"
