#!/bin/sh
# export.sh -- elder export of 1,000,000 elders as a workbook beside the
# same export as TSV (issues 20 and 25): wall-clock seconds and peak RSS
# of each, median of RUNS runs, written to bench/results.tsv as export/
# rows.  The workbook is written by libxlsxwriter in constant-memory mode
# (a row at a time to its temporary file), so its peak RSS must not grow
# with the rows: the target is 16 MiB, and 10 times the TSV's time.
#
# usage: bench/export.sh BUILDDIR
#   EXPORT_ROWS  elders (default 1000000)
#   RUNS         runs of each (default 3)
#   RESULTS      the table to update (default bench/results.tsv)
# The elders are made by SQL straight into a new database (gen and the
# import would take minutes to make a million), without the change log:
# names, births, phones, addresses and tags that vary by row.
set -eu
B=$(cd "${1:?usage: export.sh BUILDDIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
RESULTS=${RESULTS:-$HERE/results.tsv}
N=${EXPORT_ROWS:-1000000}
RUNS=${RUNS:-3}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export SHEGONG_TODAY=2026-11-28 XDG_CONFIG_HOME="$W/no-config"
export SHEGONG_DB="$W/big.db"
unset SHEGONG_CONFIG XDG_DATA_HOME
PATH="$B/bin:$PATH"

say() { printf '%s\n' "$*" >&2; }

elder add 模板 >/dev/null
# the change log's triggers call shegong's own SQL functions, which the
# sqlite3 shell has not: this throwaway database goes without them (an
# export reads, it writes no log)
sqlite3 -batch "$SHEGONG_DB" "SELECT 'DROP TRIGGER \"' || name || '\";'
    FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'elder'" |
    sqlite3 -batch "$SHEGONG_DB"
sqlite3 -batch "$SHEGONG_DB" "
DELETE FROM elder;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $N)
INSERT INTO elder (name, gender, birth, phone, building, unit, room, origin,
    living, tags, emergency, emergency_phone, joined, note)
SELECT '老人' || i, CASE i % 2 WHEN 0 THEN 'M' ELSE 'F' END,
    date('1925-01-01', '+' || (i % 12000) || ' days'),
    '138' || printf('%08d', i), 'B' || printf('%02d', i % 60),
    (i % 6) + 1, (i % 30) + 101, '某某乡某某村',
    CASE i % 3 WHEN 0 THEN 'alone' WHEN 1 THEN 'couple'
    ELSE 'with-children' END,
    CASE i % 4 WHEN 0 THEN '独居,高龄' WHEN 1 THEN '失能' ELSE '' END,
    '子女' || i, '139' || printf('%08d', i), '2026-01-01',
    CASE WHEN i % 10 = 0 THEN '需要上门' END
FROM c;" >/dev/null

# one FORMAT: a timed export to a file: "seconds rss_kb"
one() {
	/usr/bin/time -f '%e %M' -o "$W/time" elder export -o "$1" \
	    >"$W/out.$1" 2>"$W/err" ||
	    { say "export.sh: elder export -o $1 failed"; cat "$W/err" >&2
	      exit 1; }
	cat "$W/time"
}

r=0
: >"$W/tsv.runs"
: >"$W/xlsx.runs"
while [ $r -lt "$RUNS" ]; do
	one tsv >>"$W/tsv.runs"
	one xlsx >>"$W/xlsx.runs"
	r=$((r + 1))
done
lines=$(($(wc -l <"$W/out.tsv")))
[ "$lines" -eq "$N" ] || [ "$lines" -eq $((N + 1)) ] ||
    { say "export.sh: the TSV has $lines lines, not $N"; exit 1; }
# med min max of seconds, and the largest RSS
stats() { sort -n "$1" | awk '{ s[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%s %s %s %s\n", s[int((NR + 1) / 2)], s[1], s[NR], m }'; }
set -- $(stats "$W/xlsx.runs")
xmed=$1 xmin=$2 xmax=$3 xrss=$4
set -- $(stats "$W/tsv.runs")
tmed=$1 tmin=$2 tmax=$3 trss=$4
ratio=$(awk -v a="$xmed" -v b="$tmed" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
say "export: $N elders: xlsx ${xmed} s (${xrss} kB), tsv ${tmed} s (${trss} kB), ratio $ratio"
case_x="export/elder export -o xlsx ($N rows): vs tsv"
case_t="export/elder export -o tsv ($N rows)"
[ -f "$RESULTS" ] || printf 'case\tshegong_s\tbaseline_s\tratio\tpeak_rss_kb\ttarget\tmet\tshegong_min\tshegong_max\tbaseline_min\tbaseline_max\n' >"$RESULTS"
grep -v -F "export/" "$RESULTS" >"$W/results" || :
met=$(awk -v r="$ratio" -v m="$xrss" 'BEGIN { print (r <= 10 && m <= 16384) ? "met" : "MISSED" }')
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$case_x" "$xmed" "$tmed" \
    "$ratio" "$xrss" "ratio<=10,rss<=16MiB" "$met" "$xmin" "$xmax" "$tmin" "$tmax" \
    >>"$W/results"
printf '%s\t%s\t-\t-\t%s\t-\t-\t%s\t%s\t-\t-\n' "$case_t" "$tmed" "$trss" \
    "$tmin" "$tmax" >>"$W/results"
cp "$W/results" "$RESULTS"
