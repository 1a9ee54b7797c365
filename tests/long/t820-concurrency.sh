#!/bin/sh
# Concurrency: four writers (visit log, event signup, elder import,
# volunteer log) and two readers (report monthly, visit due) run at once
# for $SECONDS_RUN seconds (20) against one database.  No "database is
# locked" reaches the user, every write that said it succeeded is there
# afterwards, the counts add up.
. "$(dirname "$0")/../cmd/lib.sh"

SECONDS_RUN=${SECONDS_RUN:-20}

setup() {
	elder import "$TOP/examples/elders.tsv" >/dev/null &&
	volunteer add 李娟 --role social-worker >/dev/null &&
	volunteer add 王强 >/dev/null &&
	for i in $(seq 1 100); do
		echo "活动$i	2026-12-20	interest"
	done | awk -F'\t' '{ print "event add " $1 " --date " $2 " --kind " $3 }' |
	    while read -r line; do $line >/dev/null || exit 1; done &&
	echo ok
}
t 'the database: 40 elders, 2 volunteers, 100 events'
run setup
out 0 <<EOF
ok
EOF

# loop NAME CMD...: run CMD until the time is up, with $i the run number;
# each success appends a line to $T/NAME.ok, each failure its stderr
# to $T/NAME.err.
END=$(($(date +%s) + SECONDS_RUN))
loop() {
	name=$1; shift
	i=0
	: >"$T/$name.ok"
	: >"$T/$name.err"
	while [ "$(date +%s)" -lt "$END" ]; do
		i=$((i + 1))
		if "$@" >"$T/$name.out" 2>"$T/$name.e1"; then
			echo "$i" >>"$T/$name.ok"
		else
			echo "run $i: exit $?" >>"$T/$name.err"
			cat "$T/$name.e1" >>"$T/$name.err"
		fi
	done
}
w_visit() { visit log $((i % 40 + 1)) --by 李娟 --date "$(printf 2026-11-%02d $((i % 27 + 1)))" \
    --minutes 30; }
w_signup() { event signup $(((i - 1) / 40 + 1)) $(((i - 1) % 40 + 1)); }
w_import() {
	printf 'name\tbuilding\ttags\n并发%d甲\t%d\t独居\n并发%d乙\t%d\t空巢\n并发%d丙\t%d\t\n' \
	    "$i" $((i % 9 + 1)) "$i" $((i % 9 + 1)) "$i" $((i % 9 + 1)) |
	    elder import
}
# one entry a day: no volunteer serves more than 24 hours on one day
w_hours() { volunteer log 王强 --hours 1.5 --content 值班$i \
    --date "$(date -u -d "2020-01-01 + $i days" +%F)"; }
r_report() { report monthly -o tsv; }
r_due() { visit due; }

loop visit w_visit &
loop signup w_signup &
loop import w_import &
loop hours w_hours &
loop report r_report &
loop due r_due &
wait

t 'no run failed: no "database is locked", no error of any kind'
run sh -c 'cat "$T"/*.err'
out 0 <<EOF
EOF

t 'every process ran many times'
run sh -c 'for n in visit signup import hours report due; do
    [ "$(wc -l <"$T/$n.ok")" -ge 5 ] && echo "$n ok"; done'
out 0 <<EOF
visit ok
signup ok
import ok
hours ok
report ok
due ok
EOF

# counts: for each kind of write, what the database holds beside what the
# writers said they did.
counts() {
	ok() { wc -l <"$T/$1.ok" | tr -d ' '; }
	echo "visits $(q 'SELECT count(*) FROM visit') $(ok visit)"
	echo "signups $(q 'SELECT count(*) FROM signup') $(ok signup)"
	echo "elders $(q 'SELECT count(*) - 40 FROM elder') $(($(ok import) * 3))"
	echo "hours $(q 'SELECT count(*) FROM hours_log') $(ok hours)"
	echo "changes $(q "SELECT count(*) FROM changelog WHERE tbl IN
	    ('visit', 'signup', 'hours_log') OR (tbl = 'elder' AND
	    record > 40)") $(q 'SELECT (SELECT count(*) FROM visit) +
	    (SELECT count(*) FROM signup) + (SELECT count(*) FROM hours_log) +
	    (SELECT count(*) - 40 FROM elder)')"
}
t 'every write that succeeded is in the database, and nothing else'
run sh -c 'awk "{ print \$1, (\$2 == \$3 ? \"match\" : \"MISMATCH \" \$2 \" \" \$3) }"' <<EOF
$(counts)
EOF
out 0 <<EOF
visits match
signups match
elders match
hours match
changes match
EOF

t 'each imported batch is whole: three elders a run, by name'
run q "SELECT count(*) FROM (SELECT substr(name, 1, length(name) - 1) AS b,
    count(*) AS n FROM elder WHERE name LIKE '并发%' GROUP BY b HAVING n <> 3)"
out 0 <<EOF
0
EOF

t 'a report after the run counts what is there; integrity_check is ok'
run sh -c 'report monthly -o tsv | grep -E "^(elders	active|visits	total)	" |
    cut -f1-3; sqlite3 -batch "$SHEGONG_DB" "PRAGMA integrity_check"'
out 0 <<EOF
elders	active	$(q "SELECT count(*) FROM elder")
visits	total	$(q "SELECT count(*) FROM visit WHERE date >= '2026-11-01'")
ok
EOF

echo "t820-concurrency: $SECONDS_RUN s: $(wc -l <"$T/visit.ok") visit log, $(wc -l <"$T/signup.ok") event signup, $(wc -l <"$T/import.ok") elder import, $(wc -l <"$T/hours.ok") volunteer log, $(wc -l <"$T/report.ok") report monthly, $(wc -l <"$T/due.ok") visit due"
done_testing
