#!/bin/sh
# Chinese through and through: under zh_CN.UTF-8, every human format (table,
# show, the text and html pages, the sheets) of every verb of t030's list
# speaks Chinese: no English word outside a short allow-list (ids, units,
# keywords of the command line, proper names).  A verb that refuses
# a format is skipped; the machine formats are t030's.
. "$(dirname "$0")/../cmd/lib.sh"

test_locales

BARTHEL='feeding=10 bathing=5 grooming=5 dressing=10 bowels=10 bladder=10'
BARTHEL="$BARTHEL toilet=10 transfer=15 mobility=15 stairs=10"
# The fixture: two elders, a volunteer with a team and a pairing, a visit,
# an event with a signup, a partner, a case, an assessment, a saved plan.
elder add 张桂英 --gender 女 --birth 1940-03-01 --phone 13800000001 \
    --building 3 --unit 1 --room 101 --tag 独居 --living alone >/dev/null
elder add 李秀英 --gender 女 --birth 1945-05-02 >/dev/null
volunteer add 王芳 --phone 13900000001 >/dev/null
volunteer team add 探访队 --leader 1 >/dev/null
volunteer pair 1 1 >/dev/null
visit log 1 --by 1 --date 2026-11-20 --minutes 30 --follow-up 2026-11-25 \
    >/dev/null
event add 重阳茶话会 --date 2026-11-28 --capacity 1 >/dev/null
event partner add 燃气公司 --kind firm >/dev/null
elder case open 1 --need home-adaptation >/dev/null
elder assess 1 --instrument barthel $BARTHEL >/dev/null
visit plan --week 2026-W49 --save >/dev/null 2>&1
volunteer certificate 1 >/dev/null
printf 'name\tgender\n周秀珍\tF\n' >"$T/elders.tsv"
printf 'name\tphone\n赵刚\t13900000002\n' >"$T/vols.tsv"
printf 'date\telder\tvisitors\n2026-11-21\t1\t王芳\n' >"$T/visits.tsv"
printf 'name\tkind\n何丽\tresident\n' >"$T/persons.tsv"
export EDITOR=true

# Each verb once, in t030's order (the writes make what the reads show):
# its list, read from it, so a verb added there is swept here too.
sed -n '/^cat >"\$T\/verbs"/,/^EOF$/p' "$TOP/tests/cmd/t030-output-json.sh" |
    sed '1d;$d' >"$T/verbs"

t 'the list is t030'"'"'s, and not empty'
run sh -c "wc -l <'$T/verbs' | awk '{ print (\$1 > 80) }'"
out 0 <<EOF
1
EOF

# The words a Chinese page may hold: the ids of standards and formats,
# proper names (the Barthel index; the user "tester"; a station named
# after its file, test.db), a person's id (person:1, as typed), and
# the festivals' codes (代号), which are what one types after --date,
# like an id.
ALLOW='GB|WS|T|ID|Barthel|barthel|tester|test\.db|person'
ALLOW="$ALLOW|$(event festivals 2027 -c key | paste -s -d '|' -)"

# zhrun LINE FMT: run one line of the list under zh_CN with -o FMT (or no
# -o when FMT is -); its stdout, html tags and style taken out, in $T/page.
zhrun() {
	set -f
	# shellcheck disable=SC2086
	set -- $1 "$2"
	set +f
	fmt=$(eval "printf '%s' \"\${$#}\"")
	c=$1
	shift
	args=
	while [ $# -gt 1 ]; do
		a=$1
		shift
		case $a in
		FILE:*)	a=$T/${a#FILE:} ;;
		BARTHEL) args="$args $BARTHEL"; continue ;;
		SQL)	a='SELECT id, name FROM elder' ;;
		esac
		args="$args $(printf '%s' "$a" | sed "s/'/'\\\\''/g; s/^/'/; s/\$/'/")"
	done
	[ "$fmt" = - ] || args="$args -o $fmt"
	eval "env -u LC_ALL LANG=zh_CN.UTF-8 $c $args" </dev/null >"$T/page" 2>"$T/err"
	st=$?
	sed -e '/<style>/,/<\/style>/d' -e 's/<[^>]*>/ /g' "$T/page" >"$T/text"
	return $st
}

t 'no English word in a table, a show, a page or a sheet under zh_CN'
: >"$T/found"
while read -r line; do
	for fmt in table - html; do
		case $fmt.$line in
		# the change log quotes command lines, table and field keys
		# and stored values as they were; a query prints its own
		*.report\ changes*|*.report\ query*) continue ;;
		html.report\ monthly*|html.report\ period*|html.visit\ planned*) ;;
		html.*) continue ;;
		-.report\ monthly*|-.report\ period*) ;;
		-.volunteer\ certificate*) ;;
		-.*) continue ;;
		esac
		zhrun "$line" "$fmt" || continue
		grep -o -E '[A-Za-z][A-Za-z_.-]+' "$T/text" |
		    grep -v -x -E "$ALLOW" | sort -u |
		    sed "s|^|$line -o $fmt: |" >>"$T/found"
	done
done <"$T/verbs"
for fmt in - html; do
	zhrun 'visit plan --week 2026-W49 --sheets' "$fmt"
	grep -o -E '[A-Za-z][A-Za-z_.-]+' "$T/text" | grep -v -x -E "$ALLOW" |
	    sort -u | sed "s|^|visit plan --sheets -o $fmt: |" >>"$T/found"
done
run cat "$T/found"
out 0 </dev/null

done_testing
