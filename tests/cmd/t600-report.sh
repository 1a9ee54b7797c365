#!/bin/sh
# report monthly / period: every figure of -o tsv against an independent
# count written here as plain SQL over the fixture's three months.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"
# Debian's Python, whatever python3 comes first in PATH
[ -x /usr/bin/python3 ] || need /usr/bin/python3 python3

t 'the fixture builds'
run fixture
out 0 </dev/null

# sql FROM TO ASOF 'SQL with :F :T :A' -- one value
sql() {	# sql F T A SQL: :F, :T, :A bound (one process, no sed)
	sqlite3 -batch "$SHEGONG_DB" ".param set :F \"'$1'\"" \
	    ".param set :T \"'$2'\"" ".param set :A \"'$3'\"" "$4"
}

# The rule each elder active at :T falls under (the built-in rules of
# SPEC 4): age on :T, tags matched whole, 独居 derived from living alone.
AGE="(CAST(strftime('%Y', :T) AS INT) - CAST(strftime('%Y', birth) AS INT)
    - (strftime('%m-%d', :T) < strftime('%m-%d', birth)))"
RULED="WITH e AS (SELECT id, joined, ',' || tags || ',' ||
    CASE WHEN living = 'alone' THEN '独居,' ELSE '' END AS t,
    $AGE AS age
    FROM elder WHERE joined <= :T AND (status = 'active' OR
    archive_date > :T)),
r AS (SELECT id, joined, CASE
    WHEN (t LIKE '%,独居,%' OR t LIKE '%,空巢,%' OR t LIKE '%,留守,%')
        AND age >= 80 THEN '高风险'
    WHEN t LIKE '%,病危,%' THEN '高风险'
    WHEN t LIKE '%,失能,%' OR t LIKE '%,失智,%' OR t LIKE '%,特困,%' OR
        t LIKE '%,计生特殊,%' OR t LIKE '%,重残,%' THEN '重点'
    ELSE '一般' END AS rule,
    CASE WHEN (t LIKE '%,独居,%' OR t LIKE '%,空巢,%' OR t LIKE '%,留守,%')
        AND age >= 80 THEN 'w'
    WHEN t LIKE '%,病危,%' THEN 'w'
    WHEN t LIKE '%,失能,%' OR t LIKE '%,失智,%' OR t LIKE '%,特困,%' OR
        t LIKE '%,计生特殊,%' OR t LIKE '%,重残,%' THEN 'm'
    ELSE 'q' END AS every FROM e),"

# Weeks judged in the period: those whose Thursday is in it.
WEEKS="thu(d) AS (SELECT date(:F, 'weekday 4') UNION ALL
    SELECT date(d, '+7 days') FROM thu WHERE date(d, '+7 days') <= :T),
wk AS (SELECT date(d, '-3 days') AS wf, date(d, '+3 days') AS wt FROM thu
    WHERE d <= :T),
mo(s) AS (SELECT date(:F, 'start of month') UNION ALL
    SELECT date(s, '+1 month') FROM mo WHERE date(s, '+1 month') <= :T),
mon AS (SELECT s AS mf, date(s, '+1 month', '-1 day') AS mt FROM mo
    WHERE date(s, '+1 month', '-1 day') BETWEEN :F AND :T),
qtr AS (SELECT date(mt, 'start of month', '-2 months') AS qf, mt AS qt
    FROM mon WHERE strftime('%m', mt) IN ('03', '06', '09', '12')),"

# Per elder: the state of each judged rule period (1 met, 2 pending,
# 3 missed), then the worst.
JUDGED="$RULED $WEEKS
per AS (
    SELECT r.id, r.rule, CASE
        WHEN EXISTS (SELECT 1 FROM visit v WHERE v.elder_id = r.id AND
            v.date BETWEEN wk.wf AND wk.wt) THEN 1
        WHEN wk.wt < '$SHEGONG_TODAY' THEN 3 ELSE 2 END AS s
    FROM r JOIN wk ON wk.wt >= r.joined WHERE r.every = 'w'
    UNION ALL
    SELECT r.id, r.rule, CASE
        WHEN EXISTS (SELECT 1 FROM visit v WHERE v.elder_id = r.id AND
            v.date BETWEEN mon.mf AND mon.mt) THEN 1
        WHEN mon.mt < '$SHEGONG_TODAY' THEN 3 ELSE 2 END
    FROM r JOIN mon ON mon.mt >= r.joined WHERE r.every = 'm'
    UNION ALL
    SELECT r.id, r.rule, CASE
        WHEN EXISTS (SELECT 1 FROM visit v WHERE v.elder_id = r.id AND
            v.date BETWEEN qtr.qf AND qtr.qt) THEN 1
        WHEN qtr.qt < '$SHEGONG_TODAY' THEN 3 ELSE 2 END
    FROM r JOIN qtr ON qtr.qt >= r.joined WHERE r.every = 'q'),
worst AS (SELECT id, rule, max(s) AS s FROM per GROUP BY id)"

# expect F T PF PT: the whole tsv, figure by figure
expect() {
	F=$1 TO=$2 PF=$3 PT=$4
	A=$TO; [ "$A" \> "$SHEGONG_TODAY" ] && A=$SHEGONG_TODAY
	PA=$PT; [ "$PA" \> "$SHEGONG_TODAY" ] && PA=$SHEGONG_TODAY
	# Each figure's SQL is queued, and run at the end in one sqlite3
	# per period: a line a figure, in order (n a count, h hours, r a
	# rate of two counts).
	: >"$T/lab"; : >"$T/q"
	row() {	# row SECTION METRIC SQL
		printf '%s\t%s\tn\n' "$1" "$2" >>"$T/lab"
		printf '%s;\n' "$3" >>"$T/q"
	}
	rrow() {	# rrow SECTION METRIC SQL-N SQL-D
		printf '%s\t%s\tr\n' "$1" "$2" >>"$T/lab"
		printf 'SELECT (%s) || %s || (%s);\n' "$3" "' '" "$4" >>"$T/q"
	}
	ACTIVE="joined <= :T AND (status = 'active' OR archive_date > :T)"
	row elders active "SELECT count(*) FROM elder WHERE $ACTIVE"
	row elders new "SELECT count(*) FROM elder WHERE joined >= :F AND
	    joined <= :T"
	row elders archived "SELECT count(*) FROM elder WHERE
	    status = 'archived' AND archive_date >= :F AND archive_date <= :T"
	for r in moved deceased other; do
		row elders archived.$r "SELECT count(*) FROM elder WHERE
		    status = 'archived' AND archive_reason = '$r' AND
		    archive_date >= :F AND archive_date <= :T"
	done
	TAGS="SELECT DISTINCT j.value FROM elder, json_each('[\"' ||
	    replace(tags, ',', '\",\"') || '\"]') j WHERE tags <> '' AND
	    $ACTIVE UNION SELECT '独居' FROM elder WHERE living = 'alone' AND
	    $ACTIVE UNION SELECT '高龄' FROM elder WHERE $AGE >= 80 AND $ACTIVE"
	{ sql "$F" "$TO" "$A" "$TAGS"; sql "$PF" "$PT" "$PA" "$TAGS"; } |
	    LC_ALL=C sort -u | while read -r tag; do
		row elders "category.$tag" "SELECT count(*) FROM elder WHERE
		    (',' || tags || ',' LIKE '%,$tag,%' OR ('$tag' = '独居'
		    AND living = 'alone') OR ('$tag' = '高龄' AND $AGE >= 80))
		    AND $ACTIVE"
	done
	for r in 高风险 重点 一般; do
		row elders "tier.$r" "$RULED x AS (SELECT 1) SELECT count(*)
		    FROM r WHERE rule = '$r'"
	done
	row visits total "SELECT count(*) FROM visit WHERE date >= :F AND
	    date <= :T"
	for k in routine follow-up holiday case supervision; do
		row visits kind.$k "SELECT count(*) FROM visit WHERE kind = '$k'
		    AND date >= :F AND date <= :T"
	done
	for m in home phone video event; do
		row visits mode.$m "SELECT count(*) FROM visit WHERE mode = '$m'
		    AND date >= :F AND date <= :T"
	done
	row visits elders_reached "SELECT count(*) FROM (SELECT DISTINCT
	    elder_id FROM visit WHERE date >= :F AND date <= :T)"
	for l in concern urgent; do
		row visits $l "SELECT count(*) FROM visit WHERE date >= :F AND
		    date <= :T AND (living = '$l' OR safety = '$l' OR
		    health = '$l' OR mental = '$l')"
	done
	row visits followups_opened "SELECT count(*) FROM visit WHERE
	    follow_up <> '' AND date >= :F AND date <= :T"
	row visits followups_open "SELECT count(*) FROM visit v JOIN elder e
	    ON e.id = v.elder_id WHERE v.follow_up <> '' AND v.date <= :A AND
	    (e.status = 'active' OR e.archive_date > :A) AND v.id NOT IN
	    (SELECT o.id FROM visit o JOIN visit f ON f.elder_id = o.elder_id
	    AND f.kind = 'follow-up' AND f.date <= :A AND (f.date > o.date OR
	    (f.date = o.date AND f.id > o.id)))"
	for r in 高风险 重点 一般 all; do
		W="rule = '$r'"; [ $r = all ] && W=1
		REQ="$RULED x AS (SELECT 1) SELECT count(*) FROM r WHERE $W AND
		    every IN ('w', 'm')"
		VIS="$RULED x AS (SELECT 1) SELECT count(*) FROM r WHERE $W AND
		    every IN ('w', 'm') AND id IN (SELECT elder_id FROM visit
		    WHERE date >= :F AND date <= :T)"
		row visit_rate "$r.required" "$REQ"
		row visit_rate "$r.visited" "$VIS"
		rrow visit_rate "$r.rate" "$VIS" "$REQ"
	done
	for r in 高风险 重点 一般 all; do
		W="rule = '$r'"; [ $r = all ] && W=1
		for s in required met missed pending; do
			case $s in
			required) C=1 ;; met) C="s = 1" ;;
			pending) C="s = 2" ;; missed) C="s = 3" ;;
			esac
			row coverage "$r.$s" "$JUDGED SELECT count(*) FROM worst
			    WHERE $W AND $C"
		done
		MET="$JUDGED SELECT count(*) FROM worst WHERE $W AND s = 1"
		JUD="$JUDGED SELECT count(*) FROM worst WHERE $W AND s <> 2"
		rrow coverage "$r.rate" "$MET" "$JUD"
	done
	# overdue on :A: the last visit is before the period before the one
	# holding :A (never visited: joined before the period holding :A)
	row coverage overdue "$RULED l AS (SELECT r.*, (SELECT max(date)
	    FROM visit WHERE elder_id = r.id AND date <= :A) AS last,
	    CASE every WHEN 'w' THEN date(:A, '-6 days', 'weekday 1')
	    WHEN 'm' THEN date(:A, 'start of month')
	    ELSE date(:A, 'start of month', '-' ||
	    ((CAST(strftime('%m', :A) AS INT) - 1) % 3) || ' months') END AS p0
	    FROM r)
	    SELECT count(*) FROM l WHERE CASE WHEN last IS NULL THEN joined < p0
	    ELSE last < CASE every WHEN 'w' THEN date(p0, '-7 days')
	    WHEN 'm' THEN date(p0, '-1 month') ELSE date(p0, '-3 months') END
	    END"
	EV="status = 'scheduled' AND date >= :F AND date <= :T"
	row events events "SELECT count(*) FROM (SELECT DISTINCT
	    coalesce(series, id) FROM event WHERE $EV)"
	row events sessions "SELECT count(*) FROM event WHERE $EV"
	for k in festival culture health clinic group training interest other
	do
		row events kind.$k "SELECT count(*) FROM event WHERE kind = '$k'
		    AND $EV"
	done
	row events cancelled "SELECT count(*) FROM event WHERE
	    status = 'cancelled' AND date >= :F AND date <= :T"
	row events attendances "SELECT count(*) FROM attendance WHERE
	    event_id IN (SELECT id FROM event WHERE $EV)"
	row events elders "SELECT count(DISTINCT elder_id) FROM attendance
	    WHERE event_id IN (SELECT id FROM event WHERE $EV)"
	row events first_time "SELECT count(*) FROM elder x WHERE EXISTS
	    (SELECT 1 FROM attendance a JOIN event e ON e.id = a.event_id
	    WHERE a.elder_id = x.id AND e.status = 'scheduled' AND
	    e.date >= :F AND e.date <= :T) AND NOT EXISTS (SELECT 1 FROM
	    attendance a JOIN event e ON e.id = a.event_id WHERE a.elder_id =
	    x.id AND e.status = 'scheduled' AND e.date < :F)"
	row events walk_ins "SELECT count(*) FROM attendance WHERE walk_in = 1
	    AND event_id IN (SELECT id FROM event WHERE $EV)"
	row events persons "SELECT count(DISTINCT person_id) FROM attendance
	    WHERE event_id IN (SELECT id FROM event WHERE $EV)"
	for k in caregiver resident student family other; do
		row events persons.$k "SELECT count(DISTINCT person_id) FROM
		    attendance WHERE event_id IN (SELECT id FROM event WHERE
		    $EV) AND person_id IN (SELECT id FROM person WHERE
		    kind = '$k')"
	done
	STAFF="role IN ('social-worker', 'supervisor')"
	NOSTAFF="SELECT id FROM volunteer WHERE NOT $STAFF"
	row volunteers active "SELECT count(*) FROM volunteer WHERE $ACTIVE
	    AND NOT $STAFF"
	row volunteers new "SELECT count(*) FROM volunteer WHERE joined >= :F
	    AND joined <= :T AND NOT $STAFF"
	row volunteers elders_volunteering "SELECT count(*) FROM volunteer
	    WHERE $ACTIVE AND NOT $STAFF AND elder_id IS NOT NULL"
	VH="SELECT coalesce(sum(round(v.minutes / 60.0, 2)), 0) FROM visit v
	    JOIN visit_visitor vv ON vv.visit_id = v.id WHERE v.date >= :F AND
	    v.date <= :T AND vv.volunteer_id IN ($NOSTAFF)"
	EH="SELECT coalesce(sum(s.hours), 0) FROM staffing s JOIN event e ON
	    e.id = s.event_id WHERE $EV AND e.kind <> 'training' AND
	    s.volunteer_id IN ($NOSTAFF)"
	MH="SELECT coalesce(sum(hours), 0) FROM hours_log WHERE date >= :F AND
	    date <= :T AND volunteer_id IN ($NOSTAFF)"
	hrow() {	# hrow METRIC SQL
		printf 'volunteers\t%s\th\n' "$1" >>"$T/lab"
		printf '%s;\n' "$2" >>"$T/q"
	}
	hrow elder_hours "SELECT ($VH AND vv.volunteer_id IN (SELECT id FROM
	    volunteer WHERE elder_id IS NOT NULL)) + ($EH AND s.volunteer_id IN
	    (SELECT id FROM volunteer WHERE elder_id IS NOT NULL)) + ($MH AND
	    volunteer_id IN (SELECT id FROM volunteer WHERE elder_id IS NOT
	    NULL))"
	hrow training_hours "SELECT coalesce(sum(s.hours), 0) FROM staffing s
	    JOIN event e ON e.id = s.event_id WHERE $EV AND e.kind = 'training'
	    AND s.volunteer_id IN ($NOSTAFF)"
	hrow hours "SELECT ($VH) + ($EH) + ($MH)"
	hrow hours.visit "$VH"
	hrow hours.event "$EH"
	hrow hours.manual "$MH"
	sqlite3 -batch "$SHEGONG_DB" "SELECT id, name FROM team ORDER BY name" |
	    while IFS='|' read -r id name; do
		hrow "team.$name" "SELECT ($VH AND vv.volunteer_id IN (SELECT
		    volunteer_id FROM team_member WHERE team_id = $id)) + ($EH AND
		    s.volunteer_id IN (SELECT volunteer_id FROM team_member WHERE
		    team_id = $id)) + ($MH AND volunteer_id IN (SELECT
		    volunteer_id FROM team_member WHERE team_id = $id))"
	done
	row volunteers pairings "SELECT count(*) FROM pairing WHERE
	    start <= :T AND (end IS NULL OR end > :T)"
	row volunteers pairings_new "SELECT count(*) FROM pairing WHERE
	    start >= :F AND start <= :T"
	row staff active "SELECT count(*) FROM volunteer WHERE $ACTIVE AND
	    $STAFF"
	WORK="SELECT id FROM volunteer WHERE $STAFF"
	srow() {	# srow METRIC SQL: hours of staff work
		printf 'staff\t%s\th\n' "$1" >>"$T/lab"
		printf '%s;\n' "$2" >>"$T/q"
	}
	srow work_hours "SELECT (SELECT coalesce(sum(round(v.minutes / 60.0,
	    2)), 0) FROM visit v JOIN visit_visitor vv ON vv.visit_id = v.id
	    WHERE v.date >= :F AND v.date <= :T AND vv.volunteer_id IN
	    ($WORK)) + (SELECT coalesce(sum(s.hours), 0) FROM staffing s JOIN
	    event e ON e.id = s.event_id WHERE $EV AND s.volunteer_id IN
	    ($WORK)) + (SELECT coalesce(sum(hours), 0) FROM hours_log WHERE
	    date >= :F AND date <= :T AND volunteer_id IN ($WORK))"
	row staff supervisions "SELECT count(*) FROM visit WHERE
	    kind = 'supervision' AND supervised_id IS NOT NULL AND
	    date >= :F AND date <= :T"
	row staff supervised "SELECT count(DISTINCT supervised_id) FROM visit
	    WHERE kind = 'supervision' AND date >= :F AND date <= :T"
	OPEN="opened <= :A AND (closed IS NULL OR closed > :A)"
	row cases opened "SELECT count(*) FROM elder_case WHERE opened >= :F
	    AND opened <= :T"
	row cases closed "SELECT count(*) FROM elder_case WHERE closed >= :F
	    AND closed <= :T"
	for o in resolved referred moved deceased other; do
		row cases closed.$o "SELECT count(*) FROM elder_case WHERE
		    outcome = '$o' AND closed >= :F AND closed <= :T"
	done
	row cases open "SELECT count(*) FROM elder_case WHERE $OPEN"
	for n in daily-care rehab emotional home-adaptation medical financial \
	    legal other; do
		row cases need.$n "SELECT count(*) FROM elder_case c WHERE $OPEN
		    AND EXISTS (SELECT 1 FROM case_need WHERE case_id = c.id AND
		    need = '$n')"
	done
	row cases reviews_overdue "SELECT count(*) FROM elder_case WHERE $OPEN
	    AND review < :A"
	for r in sent accepted done declined; do
		row cases referrals.$r "SELECT count(*) FROM referral WHERE
		    status = '$r' AND date >= :F AND date <= :T"
	done
	row cases unattended "SELECT count(*) FROM visit v WHERE v.date >= :F
	    AND v.date <= :T AND (v.living = 'urgent' OR v.safety = 'urgent' OR
	    v.health = 'urgent' OR v.mental = 'urgent') AND v.elder_id NOT IN
	    (SELECT elder_id FROM elder_case WHERE opened <= :A AND
	    (closed IS NULL OR closed >= v.date))"
	sql "$F" "$TO" "$A" ".read $T/q" >"$T/v1"
	sql "$PF" "$PT" "$PA" ".read $T/q" >"$T/v2"
	paste "$T/lab" "$T/v1" "$T/v2" | awk -F '\t' -v OFS='\t' '
	function fmt(k, v,  s, n) {
		if (k == "h") {
			s = sprintf("%.2f", v); sub(/0*$/, "", s); sub(/\.$/, "", s)
			return s
		}
		if (k == "r") {
			split(v, n, " ")
			return n[2] > 0 ? sprintf("%.1f",
			    int(1000 * n[1] / n[2] + 0.5) / 10) : ""
		}
		return v
	}
	{ print $1, $2, fmt($3, $4), fmt($3, $5) }'
}

t 'monthly -o tsv: November beside October, every figure as counted in SQL'
expect 2026-11-01 2026-11-30 2026-10-01 2026-10-31 >"$T/want"
run report monthly --month 2026-11 -o tsv
out 0 <"$T/want"

t 'monthly -o tsv: October beside September (quarterly rules judged there)'
expect 2026-10-01 2026-10-31 2026-09-01 2026-09-30 >"$T/want"
run report monthly --month 2026-10 -o tsv
out 0 <"$T/want"

t 'the fixture is not trivial: figures that must be non-zero are'
run sh -c "report monthly --month 2026-10 -o tsv | awk -F'\t' '
    \$2 ~ /^(active|new|total|elders_reached|concern|urgent|followups_opened|sessions|attendances|first_time|walk_ins|hours|pairings|opened|open|unattended)\$/ && \$3 == 0 { print }
    \$1 \"/\" \$2 == \"coverage/高风险.missed\" && \$4 == 0 { print }
    \$1 \"/\" \$2 == \"coverage/一般.required\" && \$4 == 0 { print }'"
out 0 </dev/null

t 'monthly defaults to this month; last-month names the one before'
run sh -c 'report monthly -o tsv | head -1; report monthly --month last-month -o tsv | head -1; report monthly --month 2026-10 -o tsv | head -1'
out 0 <<EOF
elders	active	$(sql 2026-11-01 2026-11-30 2026-11-28 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)")	$(sql 2026-10-01 2026-10-31 2026-10-31 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)")
elders	active	$(sql 2026-10-01 2026-10-31 2026-10-31 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)")	$(sql 2026-09-01 2026-09-30 2026-09-30 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)")
elders	active	$(sql 2026-10-01 2026-10-31 2026-10-31 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)")	$(sql 2026-09-01 2026-09-30 2026-09-30 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)")
EOF

t 'period --period 2026-Q4 is the quarter beside Q3; --from/--to any span'
expect 2026-10-01 2026-12-31 2026-07-01 2026-09-30 >"$T/want"
run report period --period 2026-Q4 -o tsv
out 0 <"$T/want"
expect 2026-10-10 2026-11-09 2026-09-09 2026-10-09 >"$T/want"
run report period --from 2026-10-10 --to 2026-11-09 -o tsv
out 0 <"$T/want"

t 'json: the same figures as JSON Lines, rates as numbers, none as null'
run sh -c 'report monthly --month 2026-11 -o json | sed -n "1p;/一般.rate/p"'
out 0 <<EOF
{"section":"elders","metric":"active","value":$(sql 2026-11-01 2026-11-30 2026-11-28 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)"),"previous":$(sql 2026-10-01 2026-10-31 2026-10-31 "SELECT count(*) FROM elder WHERE joined <= :T AND (status = 'active' OR archive_date > :T)")}
{"section":"visit_rate","metric":"一般.rate","value":null,"previous":null}
{"section":"coverage","metric":"一般.rate","value":null,"previous":null}
EOF

t 'text: every line fits 80 columns (CJK counted double), no trailing space'
run sh -c 'report monthly --month 2026-10 | awk "{ print }" | /usr/bin/python3 -c "
import sys, unicodedata
bad = 0
for n, l in enumerate(sys.stdin, 1):
    l = l.rstrip(\"\n\")
    w = sum(2 if unicodedata.east_asian_width(c) in \"WF\" else 1 for c in l)
    if w > 80 or l != l.rstrip():
        print(n, w, l); bad = 1
"'
out 0 </dev/null

t 'text: title, periods, sections with glosses and bars'
V10=$(sql 2026-10-01 2026-10-31 x "SELECT count(*) FROM visit WHERE date BETWEEN :F AND :T")
V09=$(sql 2026-09-01 2026-09-30 x "SELECT count(*) FROM visit WHERE date BETWEEN :F AND :T")
R10=$(sql 2026-10-01 2026-10-31 x "SELECT count(*) FROM visit WHERE kind = 'routine' AND date BETWEEN :F AND :T")
R09=$(sql 2026-09-01 2026-09-30 x "SELECT count(*) FROM visit WHERE kind = 'routine' AND date BETWEEN :F AND :T")
run sh -c 'report monthly --month 2026-10 | sed -n "1,6p;/^VISITS/,/kind.routine/p"'
out 0 <<EOF
$(basename "$SHEGONG_DB") Monthly report 2026-10
period   2026-10-01 to 2026-10-31
previous 2026-09-01 to 2026-09-30
as of    2026-11-28

ELDERS 老人                          2026-10   2026-09    change
VISITS 探访                          2026-10   2026-09    change
$(printf '  %s%22s%10s%10s%10s' 'total 合计' '' "$V10" "$V09" "$(($V10 - $V09))")
$(printf '  %s%15s%10s%10s%10s  %s' 'kind.routine 类型' '' "$R10" "$R09" "$(($R10 - $R09))" '##############')
EOF

t 'bad input: a month that does not exist'
run report monthly --month 2026-13
err 1 "report: month: invalid period '2026-13': no such month"

t 'bad input: --month that is not a month'
run report monthly --month 2026-Q3
err 1 "report: month: '2026-Q3' is not a month: expected YYYY-MM, this-month or last-month"

t 'bad input: --from after --to'
run report period --from 2026-11-10 --to 2026-11-01
err 1 'report: from: 2026-11-10 is after --to'

t 'bad input: period without a span is a usage error'
run report period
err 2 'report: period: give --period or --from and --to
usage: report period --period P | --from D --to D [-o FORMAT]'

t 'bad input: a --db that is not a shegong database is named'
printf 'hello\n' >"$T/not.db"
run report monthly -d "$SHEGONG_DB" -d "$T/not.db" -o tsv
err 1 "report: '$T/not.db': not a shegong database: file is not a database"

t 'bad input: a --db among several that does not exist'
run report monthly -d "$SHEGONG_DB" -d "$T/none.db" -o tsv
err 1 "report: cannot open database '$T/none.db': No such file or directory"

done_testing
