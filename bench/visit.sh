#!/bin/sh
# visit.sh -- `visit due` and `visit plan` over N elders and M visits,
# each beside its baseline measured in the same run:
#   due:  the plain SQL of bench/due.sql in the sqlite3 shell (same list)
#   plan: none (a figure)
# usage: bench/visit.sh [BINDIR]   (N=100000 M=5000000 RUNS=3 by default)
set -eu
BIN=$(cd "${1:-build/bin}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
N=${N:-100000} M=${M:-5000000} RUNS=${RUNS:-3}
W=${BENCH_DIR:-$(mktemp -d)}
export SHEGONG_DB="$W/visit.db" SHEGONG_TODAY=2026-11-28
export XDG_CONFIG_HOME="$W/no-config"
unset SHEGONG_CONFIG
PATH="$BIN:$PATH"
rm -f "$SHEGONG_DB"*

awk -v n="$N" -v seed=1 -f "$HERE/gen-elders.awk" >"$W/elders.tsv"
elder import "$W/elders.tsv" >/dev/null
volunteer add 社工甲 --role social-worker >/dev/null
volunteer add 社工乙 --role social-worker >/dev/null
# Visits are loaded with plain SQL: the change-log trigger calls a function
# only shegong defines, so this throwaway database drops it first.
sqlite3 "$SHEGONG_DB" <<SQL
DROP TRIGGER visit_log_insert;
WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x WHERE i < $M)
INSERT INTO visit (elder_id, date, mode, kind, minutes)
SELECT (i * 2654435761) % $N + 1,
    date('2021-11-29', '+' || ((i * 40503) % 1826) || ' days'),
    CASE WHEN i % 5 = 0 THEN 'phone' ELSE 'home' END, 'routine', 30
FROM x;
SQL

# median, min and max seconds of RUNS runs of a command
timeit() {
	i=0
	while [ $i -lt "$RUNS" ]; do
		s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
		echo "$s $e" | awk '{ printf "%.4f\n", $2 - $1 }'
		i=$((i + 1))
	done | sort -n | awk '{ a[NR] = $1 } END {
		printf "%s %s %s\n", a[int((NR + 1) / 2)], a[1], a[NR] }'
}

sed "s/2026-11-28/$SHEGONG_TODAY/" "$HERE/due.sql" >"$W/due.sql"
visit due >"$W/due.shegong"
sqlite3 -separator '	' "$SHEGONG_DB" <"$W/due.sql" >"$W/due.sql.out"
if cmp -s "$W/due.shegong" "$W/due.sql.out"; then same=yes; else same=NO; fi

set -- $(timeit visit due)
d_med=$1 d_min=$2 d_max=$3
set -- $(timeit sqlite3 "$SHEGONG_DB" ".read $W/due.sql")
b_med=$1 b_min=$2 b_max=$3
set -- $(timeit visit plan --week next-week)
p_med=$1 p_min=$2 p_max=$3

printf 'elders %s, visits %s, due elders %s, same list as the SQL: %s\n' \
    "$N" "$M" "$(wc -l <"$W/due.shegong")" "$same"
printf 'case\tmedian_s\tmin_s\tmax_s\n'
printf 'visit due\t%s\t%s\t%s\n' "$d_med" "$d_min" "$d_max"
printf 'plain SQL due\t%s\t%s\t%s\n' "$b_med" "$b_min" "$b_max"
printf 'visit plan\t%s\t%s\t%s\n' "$p_med" "$p_min" "$p_max"
echo "$d_med $b_med" | awk '{ printf "ratio visit due / SQL: %.2f\n", $1 / $2 }'
[ -n "${BENCH_DIR:-}" ] || rm -rf "$W"
