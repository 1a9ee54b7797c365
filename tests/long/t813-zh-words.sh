#!/bin/sh
# Chinese through and through: under zh_CN.UTF-8, every human format (table,
# show, the text and html pages, the sheets) of every verb of the list in
# verbs-fixture.sh (t030's) speaks Chinese: no English word outside a
# short allow-list (ids, units, keywords of the command line, proper
# names).  A verb that refuses a format is skipped; the machine formats
# are t030's.
. "$(dirname "$0")/../cmd/lib.sh"
. "$TOP/tests/cmd/verbs-fixture.sh"

test_locales

verbs_fixture

t 'the list of verbs is not empty'
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
	if [ "$2" = - ]; then set -- "$1"; else set -- "$1" -o "$2"; fi
	(unset LC_ALL; LANG=zh_CN.UTF-8; export LANG; verb_line "$@") \
	    >"$T/page" 2>"$T/err"
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
