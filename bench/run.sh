#!/bin/sh
# run.sh -- the benchmark runner: builds a database of the given scale
# with bench/gen through shegong's own import paths, times each case
# against its baseline in the same run, and writes bench/results.tsv.
#
# usage: bench/run.sh BUILDDIR station|national
#   RUNS      runs per case (default: station 7, national 3)
#   GEN_OPTS  extra options for gen (e.g. "-n 100000 -m 1000000" for a
#             smaller national while developing)
#   BENCH_DIR keep the data and databases there (default: a temporary
#             directory, removed at the end)
#   RESULTS   the table to update (default bench/results.tsv)
# Times are wall-clock seconds (median, min, max of RUNS); peak RSS is
# the largest maximum resident set of the shegong command over the runs.
set -eu
B=$(cd "${1:?usage: run.sh BUILDDIR station|national}" && pwd)
SCALE=${2:?usage: run.sh BUILDDIR station|national}
HERE=$(cd "$(dirname "$0")" && pwd)
RESULTS=${RESULTS:-$HERE/results.tsv}
case $SCALE in
station) RUNS=${RUNS:-7} ;;
national) RUNS=${RUNS:-3} ;;
*) echo "run.sh: unknown scale '$SCALE'" >&2; exit 2 ;;
esac
if [ -n "${BENCH_DIR:-}" ]; then W=$BENCH_DIR; mkdir -p "$W"; keep=1
else W=$(mktemp -d); keep=; fi
export SHEGONG_TODAY=2026-11-28 XDG_CONFIG_HOME="$W/no-config"
unset SHEGONG_CONFIG SHEGONG_DB XDG_DATA_HOME
MONTH=2026-10
PATH="$B/bin:$B/bench:$PATH"
D=$W/data
mkdir -p "$D"
ROWS=$W/rows
: >"$ROWS"

say() { printf '%s\n' "$*" >&2; }

# now: seconds since the epoch, nanoseconds
now() { date +%s.%N; }

# runs K CMD: RUNS timed runs of K calls of the shell command CMD each;
# prints the seconds per call of each run, sorted.  The peak RSS (kB)
# goes to $W/rss: of every run when K is 1 (a heavy case: /usr/bin/time
# costs nothing beside it), else of one more call made first.
runs() {
	: >"$W/rss"
	if [ "$1" -gt 1 ] && ! /usr/bin/time -f %M -a -o "$W/rss" sh -c "$2" \
	    >/dev/null 2>"$W/err" </dev/null; then
		say "run.sh: failed: $2"; cat "$W/err" >&2; exit 1
	fi
	r=0
	while [ $r -lt "$RUNS" ]; do
		s=$(now); j=0
		while [ $j -lt "$1" ]; do
			if [ "$1" -gt 1 ]; then
				eval "$2" >/dev/null 2>&1 </dev/null
			elif ! /usr/bin/time -f %M -a -o "$W/rss" sh -c "$2" \
			    >/dev/null 2>"$W/err" </dev/null; then
				say "run.sh: failed: $2"; cat "$W/err" >&2
				exit 1
			fi
			j=$((j + 1))
		done
		e=$(now)
		echo "$s $e $1" | awk '{ printf "%.5f\n", ($2 - $1) / $3 }'
		r=$((r + 1))
	done | sort -n
}

# med/min/max of a sorted list of numbers on stdin
stats() { awk '{ a[NR] = $1 } END { printf "%s %s %s\n",
    a[int((NR + 1) / 2)], a[1], a[NR] }'; }

# bench CASE TARGET K SHEGONG BASELINE: time both shell commands (K calls
# a run) and record the row: case shegong_s baseline_s rss target s_min
# s_max b_min b_max.  TARGET is ratio<=X, rss<=KB, s<=X; BASELINE may be
# empty.
bench() {
	say "case: $1"
	if [ "$4" = same ]; then
		set -- "$@" $last_stats $last_rss
	else
		set -- "$@" $(runs "$3" "$4" | stats) \
		    "$(sort -n "$W/rss" | tail -n 1)"
		last_stats="$6 $7 $8" last_rss=$9
	fi
	if [ -n "$5" ]; then
		set -- "$@" $(runs "$3" "$5" | stats)
	else
		set -- "$@" - - -
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SCALE/$1" "$6" \
	    "${10}" "$9" "$2" "$7" "$8" "${11}" "${12}" >>"$ROWS"
}

# ---------------------------------------------------------------- the data
say "gen: $SCALE ${GEN_OPTS:-}"
# shellcheck disable=SC2086
gen ${GEN_OPTS:-} "$SCALE" "$D"
NE=$(($(wc -l <"$D/elders.tsv") - 1))
NV=$(wc -l <"$D/visits.tsv")

# a fresh database through `elder import`, then the teams, volunteers
# (`volunteer import`) and the history (load.sql in sqlite3)
DB=$W/$SCALE.db
say "load: elder import ($NE), volunteer import, history ($NV visits)"
SMALL=$W/$SCALE-small.db
rm -f "$DB" "$DB"-* "$SMALL" "$SMALL"-* "$W/empty.db"* "$W/log.db"*
# (national: gen's names repeat, as they do, and the likely-duplicate
# check refuses the file without --allow-duplicates)
DUP=
[ "$SCALE" = national ] && DUP=--allow-duplicates
t0=$(now)
SHEGONG_DB=$DB /usr/bin/time -f %M -o "$W/load.rss" \
    elder import $DUP "$D/elders.tsv" >/dev/null
t1=$(now)
while IFS= read -r t; do
	SHEGONG_DB=$DB volunteer team add "$t" >/dev/null
done <"$D/teams.txt"
SHEGONG_DB=$DB volunteer import "$D/volunteers.tsv" >/dev/null
# the same elders and volunteers with only the last tenth of the visits
# (same month figures, a tenth of the history)
sqlite3 "$DB" "VACUUM INTO '$SMALL'"
sqlite3 "$DB" <"$D/load.sql"
CUT=$(tail -n $((NV / 10)) "$D/visits.tsv" | head -n 1 | cut -f 2)
sed "s/'0000-00-00'/'$CUT'/" "$D/load.sql" | sqlite3 "$SMALL"
t2=$(now)
say "load: $(echo "$t0 $t1 $t2" | awk '{ printf "elder import %.1f s, rest %.1f s", $2 - $1, $3 - $2 }')"
export SHEGONG_DB=$DB
NVS=$(sqlite3 "$SMALL" "SELECT count(*) FROM visit")

# ------------------------------------------------------------- the cases
# Start-up: one call of each beside floor, the smallest program that
# opens the database and runs one prepared query (visit log: beside
# floor -w, the smallest that writes one row durably).  elder list runs on an
# empty database (schema, no rows), visit log and elder show on this one
# (visit log on a copy: it writes).
if [ "$SCALE" = station ]; then
	EMPTY=$W/empty.db
	SHEGONG_DB=$EMPTY volunteer team add x >/dev/null
	sqlite3 "$DB" ".backup '$W/log.db'"
	bench "start-up: elder list (empty db)" "ratio<=1.5" 10 \
	    "SHEGONG_DB='$EMPTY' elder list" "floor '$EMPTY'"
	bench "start-up: elder show 1" "ratio<=1.5" 10 \
	    "elder show 1" "floor '$DB'"
	# visit log beside the write floor (floor -w: WAL, synchronous
	# FULL, one row and its change-log row, the WAL kept at close as
	# shegong keeps it); no --minutes: 48 half-hour visits of one
	# volunteer on one day pass 24 hours, and the rest would fail
	bench "start-up: visit log" "ratio<=1.3" 10 \
	    "SHEGONG_DB='$W/log.db' visit log 1 --date 2026-11-28 --by 1" \
	    "floor -w '$W/log.db'"
fi

# import beside a bare .import and list beside awk: reported, no longer
# targets (issue 25 set them beside the plain SQL of the same work:
# import.sql and list.sql, below)
BIG_T1=- BIG_T2=-

# elder import with every validation (into a new database each run)
# beside sqlite3 .import of the same file into a new table.  National:
# RUNS imports too, not only the one that loaded the database, which
# ran while the kernel was still writing gen's 2 GB out (33 and 47 s
# in two runs of the same build); each side starts with the disk synced
sync
simp="sync; rm -f '$W/imp.db'*; SHEGONG_DB='$W/imp.db' elder import $DUP \
    '$D/elders.tsv'"
bench "elder import ($NE rows)" "$BIG_T1" 1 "$simp" \
    "sync; rm -f '$W/raw.db'*; sqlite3 '$W/raw.db' '.mode tabs' \
    '.import $D/elders.tsv elder'"
rm -f "$W/imp.db"* "$W/raw.db"*

# and beside the plain SQL that puts the same rows into the same schema
# (import.sql: .import into a staging table, then INSERT ... SELECT into
# elder, its indexes and change-log trigger included, every row logged
# as JSON) on an empty database shegong made (copied by VACUUM INTO: the
# schema is in the WAL); the shegong side is the import just timed
if [ "$SCALE" = national ]; then BIG_T3="ratio<=2"; else BIG_T3=-; fi
rm -f "$W/sqlbase.db"* "$W/sqltpl.db"* "$W/sql.db"*
printf 'name\n' >"$W/header.tsv"
SHEGONG_DB=$W/sqlbase.db elder import "$W/header.tsv" >/dev/null
sqlite3 "$W/sqlbase.db" "VACUUM INTO '$W/sqltpl.db'"
sed -e "s|FILE|$D/elders.tsv|" -e "s|DIR|$W|" "$HERE/import.sql" \
    >"$W/import.sql"
bench "elder import ($NE rows) vs plain SQL" "$BIG_T3" 1 same \
    "sync; rm -f '$W/sql.db'*; cp '$W/sqltpl.db' '$W/sql.db'; \
    sqlite3 '$W/sql.db' <'$W/import.sql'"
n=$(sqlite3 "$W/sql.db" "SELECT (SELECT count(*) FROM elder) || ' ' ||
    (SELECT count(*) FROM changelog WHERE tbl = 'elder' AND op = 'insert')")
say "elder import vs plain SQL: the SQL stored and logged $n of $NE"
[ "$n" = "$NE $NE" ] || { say "run.sh: import.sql did not store every row"
    exit 1; }
rm -f "$W/sql.db"* "$W/sqlbase.db"* "$W/sqltpl.db"*

# elder list --building B07 beside awk over the TSV
K=$([ "$SCALE" = station ] && echo 10 || echo 1)
say "elder list --building B07: $(elder list --building B07 -o tsv | wc -l) \
rows, awk $(awk -F '\t' '$5 == "B07" && $12 == "active"' "$D/elders.tsv" | wc -l)"
bench "elder list --building B07" "$BIG_T2" $K \
    "elder list --building B07" "awk -F '\\t' '\$5 == \"B07\" && \$12 == \"active\"' '$D/elders.tsv'"

# and beside the plain SQL giving the same rows and columns (last visit
# included); the lists must agree
sed "s/2026-11-28/$SHEGONG_TODAY/" "$HERE/list.sql" >"$W/list.sql"
elder list --building B07 -o tsv >"$W/list.a"
sqlite3 -separator '	' "$DB" <"$W/list.sql" >"$W/list.b"
if cmp -s "$W/list.a" "$W/list.b"; then same=same; else same=DIFFERENT; fi
say "elder list --building B07: the SQL's list: $same"
[ "$same" = same ] || { diff "$W/list.a" "$W/list.b" | head >&2; exit 1; }
bench "elder list --building B07 (plain SQL)" "ratio<=1.5" $K \
    "elder list --building B07" "sqlite3 '$DB' '.read $W/list.sql'"

# visit due beside the plain SQL that gives the same list
sed "s/2026-11-28/$SHEGONG_TODAY/" "$HERE/due.sql" >"$W/due.sql"
visit due -o tsv | cut -f 1-9 >"$W/due.a"
sqlite3 -separator '	' "$DB" <"$W/due.sql" | cut -f 1-9 >"$W/due.b"
if cmp -s "$W/due.a" "$W/due.b"; then same=same; else same=DIFFERENT; fi
say "visit due: $(wc -l <"$W/due.a") elders due; the SQL's list: $same"
[ "$same" = same ] || { diff "$W/due.a" "$W/due.b" | head >&2; exit 1; }
bench "visit due" "ratio<=1.5" $K "visit due" \
    "sqlite3 '$DB' '.read $W/due.sql'"

# report monthly beside the plain SQL script giving the same figures
sed -e "s/2026-10/$MONTH/g" -e "s/2026-11-28/$SHEGONG_TODAY/" \
    "$HERE/monthly.sql" >"$W/monthly.sql"
report monthly --month $MONTH -o tsv >"$W/rep.a"
sqlite3 -separator '	' "$DB" <"$W/monthly.sql" >"$W/rep.b"
nb=$(wc -l <"$W/rep.b")
ok=$(awk -F '\t' 'NR == FNR { a[$1 FS $2] = $3 FS $4; next }
    ($1 FS $2) in a && a[$1 FS $2] == $3 FS $4 { n++ } END { print n + 0 }' \
    "$W/rep.a" "$W/rep.b")
say "report monthly: $ok of the SQL's $nb figures the same"
[ "$ok" = "$nb" ] || { say "run.sh: report monthly and monthly.sql differ"
    exit 1; }
bench "report monthly" "ratio<=1.5" $K \
    "report monthly --month $MONTH -o tsv" "sqlite3 '$DB' '.read $W/monthly.sql'"

# the same month on the whole history (the times just measured) and on
# a tenth of it
bench "report monthly: $NV vs $NVS visits" "ratio<=1.3" $K same \
    "SHEGONG_DB='$SMALL' report monthly --month $MONTH -o tsv"

# elder export streams: peak RSS
bench "elder export (peak RSS)" "rss<=16384" $K "elder export" ""

# visit plan for the station's week; at national scale (run it with
# GEN_OPTS="-n 100000 -w 500": 100,000 elders, some 50 social workers)
# beside visit due, the list it places
if [ "$SCALE" = station ]; then
	bench "visit plan --week next-week" "s<=0.050" 5 \
	    "visit plan --week next-week" ""
else
	NSW=$(sqlite3 "$DB" "SELECT count(*) FROM volunteer WHERE
	    role = 'social-worker' AND status = 'active'")
	# the full national has some 500: more than a plan places (256,
	# visit(1)); make bench-plan measures the plan at 100,000 elders
	if [ "$NSW" -le 256 ]; then
		bench "visit plan --week next-week ($NE elders, $NSW visitors)" \
		    "ratio<=2" $K "visit plan --week next-week" "visit due"
	else
		say "visit plan: not timed: $NSW social workers, more than a plan takes (256)"
	fi
fi

# ---------------------------------------------------------------- results
# rows: case shegong_s baseline_s rss target s_min s_max b_min b_max
awk -F '\t' -v OFS='\t' '{
	ratio = $3 == "-" ? "-" : sprintf("%.3f", $2 / $3)
	split($5, t, "<=")
	v = t[1] == "ratio" ? ratio : t[1] == "rss" ? $4 : $2
	met = $5 == "-" ? "-" : (v + 0 <= t[2] + 0 ? "met" : "MISSED")
	print $1, $2, $3, ratio, $4, $5, met, $6, $7, $8, $9
}' "$ROWS" >"$W/new"
{
	printf 'case\tshegong_s\tbaseline_s\tratio\tpeak_rss_kb\ttarget\tmet\t'
	printf 'shegong_min\tshegong_max\tbaseline_min\tbaseline_max\n'
	[ -f "$RESULTS" ] && awk -F '\t' -v s="$SCALE/" \
	    'NR > 1 && index($1, s) != 1' "$RESULTS"
	cat "$W/new"
} >"$W/all"
cp "$W/all" "$RESULTS"
printf '%s: %s elders, %s visits (%s on the small copy, from %s), ' \
    "$SCALE" "$NE" "$NV" "$NVS" "$CUT"
printf '%s runs a case, %s, %s\n' "$RUNS" "$(uname -m)" \
    "$(sqlite3 --version | cut -d ' ' -f 1)"
column -t -s '	' "$W/new" 2>/dev/null || cat "$W/new"
[ -n "$keep" ] || rm -rf "$W"
