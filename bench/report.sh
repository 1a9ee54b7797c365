#!/bin/sh
# report.sh -- `report monthly --month 2026-10 -o tsv` over two databases,
# each beside two baselines measured in the same run:
#   SQL:       bench/monthly.sql in the sqlite3 shell: the same count
#              figures (everything but the rule-based elders.tier.*,
#              visit_rate.* and coverage.*); the script checks they agree
#   visit due: the per-elder rule work over the same database
# The databases:
#   station:   one station-year: 2,000 elders, 50 volunteers, a year of
#              visits at a station's pace (weekly, monthly or quarterly by
#              the built-in rules; ~25,000, each with a visitor and
#              minutes), ~150 events with attendance and staffing
#   national:  N elders and M visits over five years, loaded as
#              bench/visit.sh does, each visit with a visitor; N/40
#              volunteers and 150 events a year per 2,000 elders
# usage: bench/report.sh [BINDIR]
#   N=100000 M=5000000 RUNS=3 by default; SRUNS (runs of the station
#   case, 10); CASES="station national" (either alone is fine)
set -eu
BIN=$(cd "${1:-build/bin}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
N=${N:-100000} M=${M:-5000000} RUNS=${RUNS:-3} SRUNS=${SRUNS:-10}
CASES=${CASES:-station national}
MONTH=2026-10
W=${BENCH_DIR:-$(mktemp -d)}
export SHEGONG_TODAY=2026-11-28
export XDG_CONFIG_HOME="$W/no-config"
unset SHEGONG_CONFIG SHEGONG_DB
PATH="$BIN:$PATH"

# median, min and max seconds of $R runs of a command
timeit() {
	i=0
	while [ $i -lt "$R" ]; do
		s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
		echo "$s $e" | awk '{ printf "%.4f\n", $2 - $1 }'
		i=$((i + 1))
	done | sort -n | awk '{ a[NR] = $1 } END {
		printf "%s %s %s\n", a[int((NR + 1) / 2)], a[1], a[NR] }'
}

# build DB NELDERS SEED: elders, teams and volunteers through shegong's
# own import paths; then, with the change-log triggers dropped (they call
# functions only shegong defines; the database is thrown away), the
# history with plain SQL: some elders joined or archived in the last
# year, pairings, manual hours, events with attendance and staffing.
# Visits are left to the caller (table visit), visitors added by finish.
build() {
	db=$1 n=$2 v=$(($2 / 40))
	rm -f "$db" "$db"-*
	awk -v n="$n" -v seed="$3" -f "$HERE/gen-elders.awk" >"$W/elders.tsv"
	SHEGONG_DB=$db elder import "$W/elders.tsv" >/dev/null
	for t in 敬老 医疗卫生保健 文化 环保 治安; do
		SHEGONG_DB=$db volunteer team add "$t" >/dev/null
	done
	awk -v v="$v" 'BEGIN {
		split("敬老 医疗卫生保健 文化 环保 治安", t, " ")
		print "name\tgender\trole\tjoined\tteams"
		for (i = 1; i <= v; i++) {
			role = "volunteer"
			if (i % 7 == 0) role = "student"
			if (i % 10 == 1) role = "social-worker"
			teams = t[i % 5 + 1]
			if (i % 4 == 0) teams = teams "," t[(i + 2) % 5 + 1]
			y = 2019 + i % 7; m = i % 12 + 1
			if (i % 20 == 3) { y = 2026; m = 9 + i % 2 }
			printf "志愿者%05d\t%s\t%s\t%04d-%02d-%02d\t%s\n", i,
			    i % 3 ? "F" : "M", role, y, m, i % 28 + 1, teams
		}
	}' >"$W/volunteers.tsv"
	SHEGONG_DB=$db volunteer import "$W/volunteers.tsv" >/dev/null
	sqlite3 "$db" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_schema
	    WHERE type = 'trigger'" | sqlite3 "$db"
	sqlite3 "$db" <<SQL
-- a year's newcomers and departures
UPDATE elder SET joined = date('2025-12-01', '+' || (id * 13 % 360) ||
    ' days') WHERE id % 40 = 0;
UPDATE elder SET status = 'archived', archive_reason = CASE id % 3
    WHEN 0 THEN 'moved' WHEN 1 THEN 'deceased' ELSE 'other' END,
    archive_date = date('2025-12-01', '+' || (id * 7 % 360) || ' days')
    WHERE id % 97 = 0 AND id % 40 <> 0;
-- pairings: one elder in eight, a few ended
INSERT INTO pairing (volunteer_id, elder_id, start, end)
SELECT id % $v + 1, id, date('2025-06-01', '+' || (id % 540) || ' days'),
    CASE WHEN id % 64 = 0 THEN date('2025-06-01', '+' || (id % 540 + 30)
    || ' days') END
FROM elder WHERE id % 8 = 0;
-- manual hours: one entry a month per volunteer
WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE k < 11)
INSERT INTO hours_log (volunteer_id, date, hours, content)
SELECT v.id, date('2025-12-01', '+' || k || ' months', '+' ||
    (v.id % 28) || ' days'), 1 + (v.id + k) % 4 * 0.5, '整理档案'
FROM volunteer v, m;
SQL
}

# events DB COUNT FIRSTDAY DAYS: COUNT events spread over DAYS days,
# 15 elders signed in at each (one in six a walk-in), two volunteers
# staffing it; group sessions form series; one in 37 cancelled.
events() {
	sqlite3 "$1" <<SQL
WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x WHERE i < $2)
INSERT INTO event (id, title, kind, date, place, capacity, series, status,
    cancel_reason)
SELECT i, '活动' || i, CASE i % 10 WHEN 0 THEN 'festival'
    WHEN 1 THEN 'culture' WHEN 2 THEN 'health' WHEN 3 THEN 'clinic'
    WHEN 4 THEN 'group' WHEN 5 THEN 'group' WHEN 6 THEN 'training'
    WHEN 7 THEN 'interest' WHEN 8 THEN 'group' ELSE 'other' END,
    date('$3', '+' || (i * $4 / $2) || ' days'), '活动室', 40,
    CASE WHEN i % 10 IN (4, 5, 8) THEN '小组' || (i / 60) END,
    CASE WHEN i % 37 = 0 THEN 'cancelled' ELSE 'scheduled' END,
    CASE WHEN i % 37 = 0 THEN '天气' END
FROM x;
WITH RECURSIVE j(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM j WHERE k < 15),
n(n) AS (SELECT max(id) FROM elder)
INSERT OR IGNORE INTO attendance (event_id, elder_id, walk_in)
SELECT e.id, (e.id * 7919 + k * 104729) % n.n + 1, k % 6 = 0
FROM event e, j, n WHERE e.status = 'scheduled';
WITH v(n) AS (SELECT max(id) FROM volunteer)
INSERT INTO staffing (event_id, volunteer_id, hours)
SELECT e.id, e.id % v.n + 1, 2 FROM event e, v
UNION ALL
SELECT e.id, (e.id + 1) % v.n + 1, 3.5 FROM event e, v;
SQL
}

# finish DB: a visitor for every visit (the elder's own), a second on
# one visit in ten.
finish() {
	sqlite3 "$1" <<SQL
INSERT INTO visit_visitor (visit_id, volunteer_id)
SELECT id, elder_id % (SELECT max(id) FROM volunteer) + 1 FROM visit;
INSERT OR IGNORE INTO visit_visitor (visit_id, volunteer_id)
SELECT id, (elder_id + 1) % (SELECT max(id) FROM volunteer) + 1
FROM visit WHERE id % 10 = 0;
SQL
}

# The station-year: visits at each elder's tier pace (the tiers of the
# built-in rules, as bench/due.sql computes them) from the later of
# 2025-11-29 and joining to the earlier of today and archiving, a gap of
# 5-9 days (week), 19-23 (month) or 43-47 (quarter) between visits.
station() {
	build "$1" 2000 2
	sqlite3 "$1" <<'SQL'
WITH RECURSIVE e AS (
	SELECT id, ',' || tags || ',' AS t,
	    (strftime('%Y', '2026-11-28') - strftime('%Y', birth)) -
	    (strftime('%m-%d', '2026-11-28') < strftime('%m-%d', birth)) AS age,
	    max(joined, '2025-11-29') AS s,
	    min(coalesce(archive_date, '2026-11-28'), '2026-11-28') AS u
	FROM elder
),
g AS (
	SELECT id, s, u, CASE
	    WHEN (instr(t, ',独居,') OR instr(t, ',空巢,')) AND age >= 80 THEN 7
	    WHEN instr(t, ',失能,') OR instr(t, ',特困,') THEN 21
	    ELSE 45 END AS gap
	FROM e
),
x(id, d, k, gap, u) AS (
	SELECT id, date(s, '+' || (id % gap) || ' days'), 0, gap, u FROM g
	UNION ALL
	SELECT id, date(d, '+' || (gap - 2 + (id + k) % 5) || ' days'), k + 1,
	    gap, u FROM x WHERE d <= u
)
INSERT INTO visit (elder_id, date, mode, kind, minutes, health, safety,
    follow_up)
SELECT id, d,
    CASE WHEN (id + k) % 6 = 0 THEN 'phone' WHEN (id + k) % 37 = 0
	THEN 'video' ELSE 'home' END,
    CASE WHEN (id * 7 + k) % 29 = 0 THEN 'follow-up'
	WHEN (d BETWEEN '2026-02-10' AND '2026-02-20' OR d BETWEEN
	'2026-10-15' AND '2026-10-20') AND (id + k) % 3 = 0 THEN 'holiday'
	WHEN (id + k) % 53 = 0 THEN 'case'
	WHEN (id + k) % 71 = 0 THEN 'supervision' ELSE 'routine' END,
    CASE WHEN (id + k) % 6 = 0 THEN 10 ELSE 20 + (id + k) % 5 * 10 END,
    CASE WHEN (id * k) % 41 = 1 THEN 'concern' END,
    CASE WHEN (id * k) % 113 = 2 THEN 'urgent' END,
    CASE WHEN (id * k) % 41 = 1 THEN date(d, '+7 days')
	WHEN (id * k) % 113 = 2 THEN date(d, '+1 days') END
FROM x WHERE d <= u ORDER BY d, id;
SQL
	events "$1" 150 2025-11-29 365
	finish "$1"
}

# National: the visits of bench/visit.sh (same elders, days and modes),
# with kinds, minutes and a few findings added.
national() {
	build "$1" "$N" 1
	sqlite3 "$1" <<SQL
WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x WHERE i < $M)
INSERT INTO visit (elder_id, date, mode, kind, minutes, health, follow_up)
SELECT (i * 2654435761) % $N + 1,
    date('2021-11-29', '+' || ((i * 40503) % 1826) || ' days'),
    CASE WHEN i % 5 = 0 THEN 'phone' ELSE 'home' END,
    CASE WHEN i % 23 = 0 THEN 'follow-up' WHEN i % 31 = 0 THEN 'holiday'
	ELSE 'routine' END,
    20 + i % 5 * 10,
    CASE WHEN i % 97 = 0 THEN 'concern' END,
    CASE WHEN i % 97 = 0 THEN date('2021-11-29', '+' ||
	((i * 40503) % 1826 + 7) || ' days') END
FROM x;
SQL
	events "$1" $((N * 150 * 5 / 2000)) 2021-11-29 1826
	finish "$1"
}

printf 'case\tmedian_s\tmin_s\tmax_s\n' >"$W/table"
: >"$W/ratios"
for c in $CASES; do
	db="$W/$c.db"
	case $c in
	station) R=$SRUNS; station "$db" ;;
	national) R=$RUNS; national "$db" ;;
	*) echo "report.sh: unknown case $c" >&2; exit 1 ;;
	esac
	export SHEGONG_DB="$db"
	sed "s/2026-10/$MONTH/g" "$HERE/monthly.sql" >"$W/monthly.sql"
	report monthly --month "$MONTH" -o tsv >"$W/$c.report"
	sqlite3 -separator '	' "$db" <"$W/monthly.sql" >"$W/$c.sql.out"
	# every SQL figure must be in the report with the same two values
	same=$(awk -F '\t' 'NR == FNR { v[$1 "\t" $2] = $3 "\t" $4; n++; next }
	    ($1 "\t" $2) in v { if (v[$1 "\t" $2] != $3 "\t" $4) {
		print "NO: " $1 "." $2 " report " $3 "/" $4 ", SQL " \
		    v[$1 "\t" $2] > "/dev/stderr"; bad++ }
		delete v[$1 "\t" $2]; k++ }
	    END { for (x in v) { print "NO: " x " not in report" \
		> "/dev/stderr"; bad++ }
		printf "%s (%d figures)\n", bad ? "NO" : "yes", k }' \
	    "$W/$c.sql.out" "$W/$c.report")
	printf '%s: elders %s, visits %s, events %s, volunteers %s, ' "$c" \
	    "$(sqlite3 "$db" 'SELECT count(*) FROM elder')" \
	    "$(sqlite3 "$db" 'SELECT count(*) FROM visit')" \
	    "$(sqlite3 "$db" 'SELECT count(*) FROM event')" \
	    "$(sqlite3 "$db" 'SELECT count(*) FROM volunteer')"
	printf 'visits in %s %s, due elders %s, report figures %s, ' "$MONTH" \
	    "$(sqlite3 "$db" "SELECT count(*) FROM visit WHERE date
	    BETWEEN '$MONTH-01' AND '$MONTH-31'")" \
	    "$(visit due | wc -l)" "$(wc -l <"$W/$c.report")"
	printf 'same figures as the SQL: %s\n' "$same"

	set -- $(timeit report monthly --month "$MONTH" -o tsv)
	r_med=$1 r_min=$2 r_max=$3
	set -- $(timeit sqlite3 "$db" ".read $W/monthly.sql")
	s_med=$1 s_min=$2 s_max=$3
	set -- $(timeit visit due)
	d_med=$1 d_min=$2 d_max=$3
	{
		printf '%s: report monthly\t%s\t%s\t%s\n' "$c" "$r_med" \
		    "$r_min" "$r_max"
		printf '%s: plain SQL monthly.sql\t%s\t%s\t%s\n' "$c" "$s_med" \
		    "$s_min" "$s_max"
		printf '%s: visit due\t%s\t%s\t%s\n' "$c" "$d_med" "$d_min" \
		    "$d_max"
	} >>"$W/table"
	echo "$c $r_med $s_med $d_med" | awk '{ printf "%s: ratio report / " \
	    "SQL: %.2f, report / visit due: %.2f\n", $1, $2 / $3, $2 / $4 }' \
	    >>"$W/ratios"
done
cat "$W/table" "$W/ratios"
[ -n "${BENCH_DIR:-}" ] || rm -rf "$W"
