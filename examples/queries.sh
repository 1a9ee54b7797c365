#!/bin/sh
# queries.sh -- ten questions a station asks of its database, each one
# `report query` (read-only SQL, see report(1)) with awk, sort or join.
# The tables, views and functions are those of shegong(7) SCHEMA.
#
#	SHEGONG_DB=station.db sh examples/queries.sh        all ten
#	SHEGONG_DB=station.db sh examples/queries.sh 3 7    only those
#
# "Today" is today, or $SHEGONG_TODAY.  Each answer is TSV under a line
# "== N. the question".  The programs must be on $PATH (else those of
# build/bin in the source tree are used).
set -eu
command -v report >/dev/null 2>&1 ||
    PATH="$(cd "$(dirname "$0")/.." && pwd)/build/bin:$PATH"
TAB=$(printf '\t')
tmp=$(mktemp -d "${TMPDIR:-/tmp}/queries.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# 1. Which active elders has no one visited in the last 60 days, and how
#    do we call them?  (id, name, phone, last visit or "never")
q1() {
	report query "SELECT e.id, coalesce(max(v.date), 'never')
	    FROM elder e LEFT JOIN visit v ON v.elder_id = e.id
	    WHERE e.status = 'active' GROUP BY e.id
	    HAVING coalesce(max(v.date), '') < date(sg_today(), '-60 days')" |
	    LC_ALL=C sort -t "$TAB" -k1,1 >"$tmp/last"
	elder list -c id,name,phone | LC_ALL=C sort -t "$TAB" -k1,1 |
	    LC_ALL=C join -t "$TAB" - "$tmp/last" | sort -t "$TAB" -k1,1n
}

# 2. How many visits has each visitor made this month, most first?
q2() {
	report query "SELECT vo.name, count(*) FROM visit_visitor vv
	    JOIN visit v ON v.id = vv.visit_id
	    JOIN volunteer vo ON vo.id = vv.volunteer_id
	    WHERE v.date BETWEEN date(sg_today(), 'start of month')
	    AND sg_today() GROUP BY vo.id" |
	    LC_ALL=C sort -t "$TAB" -k2,2nr -k1,1
}

# 3. Which elders had a concern or urgent finding on two visits in a row?
#    (elder id, the two dates)
q3() {
	report query "SELECT elder_id, prev, date FROM (SELECT elder_id, date,
	    bad, lag(date) OVER w AS prev, lag(bad) OVER w AS prevbad
	    FROM (SELECT elder_id, date, id, coalesce('concern' IN (living,
	    safety, health, mental) OR 'urgent' IN (living, safety, health,
	    mental), 0) AS bad FROM visit)
	    WINDOW w AS (PARTITION BY elder_id ORDER BY date, id))
	    WHERE bad AND prevbad ORDER BY elder_id, date" |
	    awk -F "$TAB" -v OFS="$TAB" '{ print $1, $2 " and " $3 }'
}

# 4. How many active elders carry each tag, and what share of all?
q4() {
	report query "SELECT t.tag, count(*) FROM elder_tag t
	    JOIN elder e ON e.id = t.elder_id WHERE e.status = 'active'
	    GROUP BY t.tag" >"$tmp/tags"
	n=$(report query "SELECT count(*) FROM elder WHERE status = 'active'")
	awk -F "$TAB" -v OFS="$TAB" -v n="$n" \
	    '{ printf "%s\t%d\t%.1f%%\n", $1, $2, n ? 100 * $2 / n : 0 }' \
	    "$tmp/tags" | LC_ALL=C sort -t "$TAB" -k2,2nr -k1,1
}

# 5. Which active volunteers have served no hours in the last 90 days?
#    (id, name, role, last day served or "never"; staff do not serve)
q5() {
	report query "SELECT v.id, v.name, v.role, (SELECT max(h.date) FROM
	    service_hours h WHERE h.volunteer_id = v.id) FROM volunteer v
	    WHERE v.status = 'active' AND v.role NOT IN ('social-worker',
	    'supervisor') AND NOT EXISTS (SELECT 1 FROM
	    service_hours h WHERE h.volunteer_id = v.id AND
	    h.date > date(sg_today(), '-90 days')) ORDER BY v.id" |
	    awk -F "$TAB" -v OFS="$TAB" '{ if ($4 == "") $4 = "never"; print }'
}

# 6. Which activities have a waiting list?  (id, date, title, capacity,
#    registered, waitlisted)
q6() {
	report query "SELECT e.id, e.date, e.title, e.capacity,
	    sum(s.status = 'registered'), sum(s.status = 'waitlisted')
	    FROM event e JOIN signup s ON s.event_id = e.id
	    WHERE e.status = 'scheduled' GROUP BY e.id
	    HAVING sum(s.status = 'waitlisted') > 0 ORDER BY e.date, e.id"
}

# 7. Which pairings have ended, and how long did they last?
q7() {
	report query "SELECT p.id, vo.name, e.name, p.start, p.end,
	    CAST(julianday(p.end) - julianday(p.start) AS INTEGER)
	    FROM pairing p JOIN volunteer vo ON vo.id = p.volunteer_id
	    JOIN elder e ON e.id = p.elder_id WHERE p.end IS NOT NULL
	    ORDER BY p.end, p.id" |
	    awk -F "$TAB" -v OFS="$TAB" \
	    '{ print $1, $2 " - " $3, $4 " to " $5, $6 " days" }'
}

# 8. Which follow-ups are late: the date passed, and no later follow-up
#    visit to the elder?  (elder id, visit id, visit date, follow-up
#    date, days late), latest first
q8() {
	report query "SELECT v.elder_id, v.id, v.date, v.follow_up,
	    CAST(julianday(sg_today()) - julianday(v.follow_up) AS INTEGER)
	    FROM visit v JOIN elder e ON e.id = v.elder_id
	    WHERE e.status = 'active' AND v.follow_up < sg_today()
	    AND NOT EXISTS (SELECT 1 FROM visit f WHERE f.elder_id =
	    v.elder_id AND f.kind = 'follow-up' AND (f.date > v.date OR
	    (f.date = v.date AND f.id > v.id)))" |
	    sort -t "$TAB" -k5,5nr -k2,2n
}

# 9. Building by building, how many active elders were visited this
#    month?  (building, elders, visited, share)
q9() {
	report query "SELECT coalesce(building, '-'), count(*) FROM elder
	    WHERE status = 'active' GROUP BY 1" |
	    LC_ALL=C sort -t "$TAB" -k1,1 >"$tmp/all"
	report query "SELECT coalesce(e.building, '-'),
	    count(DISTINCT v.elder_id) FROM visit v
	    JOIN elder e ON e.id = v.elder_id WHERE e.status = 'active'
	    AND v.date BETWEEN date(sg_today(), 'start of month')
	    AND sg_today() GROUP BY 1" |
	    LC_ALL=C sort -t "$TAB" -k1,1 >"$tmp/seen"
	LC_ALL=C join -t "$TAB" -a 1 -e 0 -o 0,1.2,2.2 "$tmp/all" "$tmp/seen" |
	    awk -F "$TAB" -v OFS="$TAB" \
	    '{ printf "%s\t%d\t%d\t%.0f%%\n", $1, $2, $3, 100 * $3 / $2 }' |
	    sort -t "$TAB" -k1,1n
}

# 10. Each volunteer's hours month by month this year (a column per month
#     with hours, a total last).
q10() {
	report query "SELECT vo.name, substr(h.date, 6, 2), sum(h.hours)
	    FROM service_hours h JOIN volunteer vo ON vo.id = h.volunteer_id
	    WHERE h.date BETWEEN strftime('%Y-01-01', sg_today())
	    AND sg_today() GROUP BY vo.id, 2 ORDER BY vo.id, 2" |
	    awk -F "$TAB" '
	    !($1 in seen) { seen[$1] = 1; who[++n] = $1 }
	    !($2 in month) { month[$2] = 1; m[++k] = $2 }
	    { h[$1, $2] = $3; tot[$1] += $3 }
	    END {
		if (n == 0)
			exit
		for (i = 1; i <= k; i++)	# the months in order
			for (j = i + 1; j <= k; j++)
				if (m[j] < m[i]) { t = m[i]; m[i] = m[j]; m[j] = t }
		printf "name"
		for (i = 1; i <= k; i++)
			printf "\t%s", m[i]
		printf "\ttotal\n"
		for (w = 1; w <= n; w++) {
			printf "%s", who[w]
			for (i = 1; i <= k; i++)
				printf "\t%g", h[who[w], m[i]] + 0
			printf "\t%g\n", tot[who[w]]
		}
	    }'
}

title() {
	case $1 in
	1) echo "elders not visited in 60 days" ;;
	2) echo "visits per visitor this month" ;;
	3) echo "two concerns in a row" ;;
	4) echo "active elders per tag" ;;
	5) echo "volunteers without hours in 90 days" ;;
	6) echo "activities with a waiting list" ;;
	7) echo "pairings ended" ;;
	8) echo "follow-ups late" ;;
	9) echo "elders visited this month per building" ;;
	10) echo "volunteers' hours per month this year" ;;
	*) echo "queries.sh: no query '$1'" >&2; exit 2 ;;
	esac
}

[ $# -gt 0 ] || set -- 1 2 3 4 5 6 7 8 9 10
for n in "$@"; do
	title "$n" >/dev/null
done
for n in "$@"; do
	printf '== %s. %s\n' "$n" "$(title "$n")"
	"q$n"
done
