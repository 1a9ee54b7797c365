#!/bin/sh
# xlsx.sh -- elder import of a workbook of 100,000 rows, and of a GB18030
# CSV of them, beside the TSV of the same rows (issues 19 and 25):
# wall-clock seconds and peak RSS of each,
# median of RUNS runs, written to bench/results.tsv as xlsx/ rows.
#
# usage: bench/xlsx.sh BUILDDIR
#   XLSX_ROWS  rows (default 100000)
#   RUNS       runs of each (default 3)
#   BENCH_DIR  keep the data and databases there (default: a temporary
#              directory, removed at the end)
#   RESULTS    the table to update (default bench/results.tsv)
# The elders are gen's (bench/gen.c, national pace); the TSV and the
# workbook are `elder export --reveal` and `elder export --reveal -o
# xlsx` of them (libxlsxwriter: inline strings, date cells), so both
# hold the same rows and columns.
set -eu
B=$(cd "${1:?usage: xlsx.sh BUILDDIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
RESULTS=${RESULTS:-$HERE/results.tsv}
N=${XLSX_ROWS:-100000}
RUNS=${RUNS:-3}
if [ -n "${BENCH_DIR:-}" ]; then W=$BENCH_DIR; mkdir -p "$W"; keep=1
else W=$(mktemp -d); keep=; fi
export SHEGONG_TODAY=2026-11-28 XDG_CONFIG_HOME="$W/no-config"
unset SHEGONG_CONFIG SHEGONG_DB XDG_DATA_HOME
PATH="$B/bin:$B/bench:$PATH"

say() { printf '%s\n' "$*" >&2; }

mkdir -p "$W/data"
gen -n "$N" -w 100 -m 1000 -e 10 national "$W/data" >/dev/null
rm -f "$W/src.db"*
SHEGONG_DB=$W/src.db elder import --allow-duplicates "$W/data/elders.tsv" \
    >/dev/null
SHEGONG_DB=$W/src.db elder export --reveal >"$W/elders.tsv"
SHEGONG_DB=$W/src.db elder export --reveal -o xlsx >"$W/elders.xlsx"
# the same rows as Excel saves a CSV on Chinese Windows: GB18030, CRLF,
# written by another program's CSV writer (Python's csv module) from
# the TSV
python3 -c 'import csv, sys
r = csv.reader(open(sys.argv[1], encoding="utf-8", newline=""),
    delimiter="\t", quoting=csv.QUOTE_NONE)
csv.writer(open(sys.argv[2], "w", encoding="gb18030",
    newline="")).writerows(r)' "$W/elders.tsv" "$W/elders.csv"
say "xlsx: $N rows: TSV $(wc -c <"$W/elders.tsv") bytes, workbook \
$(wc -c <"$W/elders.xlsx") bytes"

# one FORMAT: a timed import into a new database: "seconds rss_kb"
one() {
	rm -f "$W/imp.db"*
	/usr/bin/time -f '%e %M' -o "$W/time" env SHEGONG_DB="$W/imp.db" \
	    elder import --allow-duplicates "$W/elders.$1" >"$W/ids" 2>"$W/err" ||
	    { say "xlsx.sh: elder import $1 failed"; cat "$W/err" >&2; exit 1; }
	[ "$(wc -l <"$W/ids")" -eq "$N" ] ||
	    { say "xlsx.sh: $1: $(wc -l <"$W/ids") ids, not $N"; exit 1; }
	cat "$W/time"
}

r=0
: >"$W/tsv.runs"
: >"$W/xlsx.runs"
: >"$W/csv.runs"
while [ $r -lt "$RUNS" ]; do
	one tsv >>"$W/tsv.runs"
	one xlsx >>"$W/xlsx.runs"
	one csv >>"$W/csv.runs"
	r=$((r + 1))
done
# med min max of seconds, and the largest RSS
stats() { sort -n "$1" | awk '{ s[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%s %s %s %s\n", s[int((NR + 1) / 2)], s[1], s[NR], m }'; }
set -- $(stats "$W/csv.runs") $(stats "$W/tsv.runs")
row3=$(printf 'xlsx/elder import (%s rows): GB18030 csv vs tsv\t%.5f\t%.5f\t%.3f\t%s\tratio<=1.3\t%s\t%.5f\t%.5f\t%.5f\t%.5f' \
    "$N" "$1" "$5" "$(echo "$1 $5" | awk '{ printf "%.3f", $1 / $2 }')" \
    "$4" "$(echo "$1 $5" | awk '{ print ($1 / $2 <= 1.3) ? "met" : "MISSED" }')" \
    "$2" "$3" "$6" "$7")
say "xlsx: GB18030 CSV $1 s (RSS $4 kB), TSV $5 s"
set -- $(stats "$W/xlsx.runs") $(stats "$W/tsv.runs")
row=$(printf 'xlsx/elder import (%s rows): xlsx vs tsv\t%.5f\t%.5f\t%.3f\t%s\tratio<=3\t%s\t%.5f\t%.5f\t%.5f\t%.5f' \
    "$N" "$1" "$5" "$(echo "$1 $5" | awk '{ printf "%.3f", $1 / $2 }')" \
    "$4" "$(echo "$1 $5" | awk '{ print ($1 / $2 <= 3) ? "met" : "MISSED" }')" \
    "$2" "$3" "$6" "$7")
say "xlsx: workbook $1 s (RSS $4 kB), TSV $5 s (RSS $8 kB)"
row2=$(printf 'xlsx/elder import (%s rows): tsv alone\t%.5f\t-\t-\t%s\t-\t-\t%.5f\t%.5f\t-\t-' \
    "$N" "$5" "$8" "$6" "$7")
if [ -f "$RESULTS" ]; then
	grep -v '^xlsx/' "$RESULTS" >"$W/results" || true
else
	printf 'case\tshegong_s\tbaseline_s\tratio\tpeak_rss_kb\ttarget\tmet\tshegong_min\tshegong_max\tbaseline_min\tbaseline_max\n' \
	    >"$W/results"
fi
printf '%s\n%s\n%s\n' "$row" "$row2" "$row3" >>"$W/results"
cp "$W/results" "$RESULTS"
printf '%s\n%s\n%s\n' "$row" "$row2" "$row3"
[ -n "$keep" ] || rm -rf "$W"
