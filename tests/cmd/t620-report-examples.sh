#!/bin/sh
# examples/queries.sh: each of its ten questions answered exactly on a
# small station built here; examples/monthly-report.cron: crontab syntax
# of its jobs, and its commands run (mail stubbed).
. "$(dirname "$0")/lib.sh"

Q="$TOP/examples/queries.sh"
CRON="$TOP/examples/monthly-report.cron"

# Five elders (the fifth moved away), four volunteers, visits over the
# year, an activity with a waiting list, a pairing that ended.
station() {
	elder add 张一 --phone 13800000001 --building 1 --tag 独居 \
	    --joined 2025-01-01 &&
	elder add 王二 --phone 13800000002 --building 1 --tag 失能,独居 \
	    --joined 2025-01-01 &&
	elder add 李三 --phone 13800000003 --building 2 --tag 空巢 \
	    --joined 2025-01-01 &&
	elder add 赵四 --phone 13800000004 --joined 2026-01-01 &&
	elder add 钱五 --phone 13800000005 --building 2 --tag 独居 \
	    --joined 2025-01-01 &&
	volunteer add 李娟 --role social-worker --joined 2025-01-01 &&
	volunteer add 王强 --joined 2025-01-01 &&
	volunteer add 张晓 --role student --joined 2026-01-01 &&
	volunteer add 陈红 --joined 2026-01-01 &&
	visit log 5 --date 2026-03-03 --by 李娟 --minutes 30 &&
	elder archive 5 --reason moved --date 2026-06-01 &&
	volunteer log 王强 --date 2026-05-01 --hours 2 --content 整理档案 &&
	visit log 3 --date 2026-08-01 --by 李娟 --minutes 60 \
	    --follow-up 2026-08-10 &&
	visit log 3 --date 2026-09-01 --by 李娟 --minutes 60 \
	    --kind follow-up &&
	visit log 2 --date 2026-10-10 --by 李娟 --minutes 30 \
	    --finding health=concern &&
	visit log 2 --date 2026-11-05 --by 李娟 --minutes 30 \
	    --finding safety=urgent --follow-up 2026-11-12 &&
	visit log 1 --date 2026-11-20 --by 李娟 --by 陈红 --minutes 40 &&
	event add 重阳节茶话会 --date 2026-12-05 --capacity 1 &&
	event signup 1 1 2 3 &&
	volunteer pair 张晓 4 --date 2026-03-01 &&
	volunteer unpair 张晓 4 --date 2026-06-10 &&
	volunteer pair 陈红 1 --date 2026-11-01
}

t 'the station builds'
station >/dev/null 2>"$T/build.err"; echo $? >"$T/status"
: >"$T/stdout"; mv "$T/build.err" "$T/stderr"
out 0 </dev/null

t 'queries.sh 1: not visited in 60 days, joined with elder list'
run sh "$Q" 1
out 0 <<EOF
== 1. elders not visited in 60 days
3	李三	13800000003	2026-09-01
4	赵四	13800000004	never
EOF

t 'queries.sh 2: visits per visitor this month, most first'
run sh "$Q" 2
out 0 <<EOF
== 2. visits per visitor this month
李娟	2
陈红	1
EOF

t 'queries.sh 3: two concerns in a row'
run sh "$Q" 3
out 0 <<EOF
== 3. two concerns in a row
2	2026-10-10 and 2026-11-05
EOF

t 'queries.sh 4: tags of active elders, with their share'
run sh "$Q" 4
out 0 <<EOF
== 4. active elders per tag
独居	2	50.0%
失能	1	25.0%
空巢	1	25.0%
EOF

t 'queries.sh 5: volunteers without hours in 90 days'
run sh "$Q" 5
out 0 <<EOF
== 5. volunteers without hours in 90 days
2	王强	volunteer	2026-05-01
3	张晓	student	never
EOF

t 'queries.sh 6: activities with a waiting list'
run sh "$Q" 6
out 0 <<EOF
== 6. activities with a waiting list
1	2026-12-05	重阳节茶话会	1	1	2
EOF

t 'queries.sh 7: pairings ended, and how long they lasted'
run sh "$Q" 7
out 0 <<EOF
== 7. pairings ended
1	张晓 - 赵四	2026-03-01 to 2026-06-10	101 days
EOF

t 'queries.sh 8: follow-ups late; one closed by a follow-up visit is not'
run sh "$Q" 8
out 0 <<EOF
== 8. follow-ups late
2	5	2026-11-05	2026-11-12	16
EOF

t 'queries.sh 9: elders visited this month per building, joined'
run sh "$Q" 9
out 0 <<EOF
== 9. elders visited this month per building
-	1	0	0%
1	2	2	100%
2	1	0	0%
EOF

t 'queries.sh 10: hours per volunteer and month, pivoted by awk'
run sh "$Q" 10
out 0 <<EOF
== 10. volunteers' hours per month this year
name	05	11	total
王强	2	0	2
陈红	0	0.67	0.67
EOF

t 'queries.sh: all ten, in order, each under its heading'
run sh -c 'sh "$1" | grep "^== "' sh "$Q"
out 0 <<EOF
== 1. elders not visited in 60 days
== 2. visits per visitor this month
== 3. two concerns in a row
== 4. active elders per tag
== 5. volunteers without hours in 90 days
== 6. activities with a waiting list
== 7. pairings ended
== 8. follow-ups late
== 9. elders visited this month per building
== 10. volunteers' hours per month this year
EOF

t 'queries.sh: an unknown query'
run sh "$Q" 11
err 2 "queries.sh: no query '11'"


t 'queries.sh: the database unchanged'
before=$(q "SELECT count(*) FROM changelog")
sh "$Q" >/dev/null 2>&1
run q "SELECT count(*) - $before FROM changelog"
out 0 <<EOF
0
EOF

# The jobs of a crontab: not a comment, not blank, not NAME=value.
joblines() {
	awk '/^[ \t]*(#|$)/ { next } /^[A-Za-z_][A-Za-z0-9_]*=/ { next }
	    { print }' "$1"
}

# A time field: *, n, n-m, a list of them, each with an optional /step.
FIELD='^(\*|[0-9]+(-[0-9]+)?)(/[0-9]+)?(,[0-9]+(-[0-9]+)?(/[0-9]+)?)*$'
timecheck() {
	awk -v re="$FIELD" '{
		ok = NF >= 6
		for (i = 1; i <= 5; i++)
			if ($i !~ re)
				ok = 0
		print (ok ? "ok" : "bad"), $1, $2, $3, $4, $5, $6, $7, $8
	}'
}

t 'monthly-report.cron: each job is five time fields and a command'
joblines "$CRON" | timecheck >"$T/stdout" 2>"$T/stderr"; echo $? >"$T/status"
out 0 <<EOF
ok 0 7 1 * * report monthly --month
ok 5 7 1 * * mkdir -p "\$REPORTS"
EOF

t 'monthly-report.cron: the commented alternative is a job too'
sed -n 's/^#\([0-9*]\)/\1/p' "$CRON" | timecheck >"$T/stdout" \
    2>"$T/stderr"; echo $? >"$T/status"
out 0 <<EOF
ok 0 7 1 * * mkdir -p "\$REPORTS"
EOF

t 'monthly-report.cron: every job runs report monthly for last month'
run sh -c 'grep -c "^#*[0-9*].*report monthly --month last-month" "$1"' \
    sh "$CRON"
out 0 <<EOF
3
EOF

# Run the jobs as cron would: its variables set (the reports put under
# $T), '\%' a plain '%', mail(1) a stub that keeps what it is sent.
mkdir -p "$T/stub"
cat >"$T/stub/mail" <<'EOF'
#!/bin/sh
{ printf 'subject: %s\nto: %s\n' "$2" "$3"; cat; } >"$T/mailed"
EOF
chmod +x "$T/stub/mail"
cronjobs() {
	{ joblines "$CRON"; sed -n 's/^#\([0-9*]\)/\1/p' "$CRON"; } |
	    cut -d ' ' -f 6- | sed 's/\\%/%/g' | while IFS= read -r cmd; do
		env PATH="$T/stub:$PATH" REPORTS="$T/reports" sh -c "$cmd" ||
		    exit 1
	done
}

t 'monthly-report.cron: the jobs run; mailed, filed as text and html'
run cronjobs
out 0 </dev/null

t 'monthly-report.cron: the mail holds October'\''s text report'
run sh -c 'sed -n "1s/[0-9]\{4\}-[0-9][0-9]\$/YYYY-MM/p; 2p; 3p" "$T/mailed"'
out 0 <<EOF
subject: 社工站月报 YYYY-MM
to: head@example.org
test.db Monthly report 2026-10
EOF

t 'monthly-report.cron: the filed text is the mailed report'
run sh -c 'tail -n +3 "$T/mailed" | cmp - "$T"/reports/monthly-*.txt && echo same'
out 0 <<EOF
same
EOF

t 'monthly-report.cron: the filed html is one page'
run sh -c 'ls "$T/reports" | sed "s/[0-9]\{4\}-[0-9][0-9]/YYYY-MM/"; grep -c "^<!DOCTYPE html>" "$T"/reports/*.html'
out 0 <<EOF
monthly-YYYY-MM.html
monthly-YYYY-MM.txt
1
EOF

done_testing
