#!/bin/sh
# What `export -o xlsx` writes (libxlsxwriter: inline strings in constant
# memory, date cells, number cells) imports again: export --reveal -o
# xlsx into import on an empty database gives the same records, with the
# headings in English, in Chinese (--labels zh) or as keys.
. "$(dirname "$0")/lib.sh"

elder import "$TOP/examples/elders.tsv" >/dev/null
elder export --reveal >"$T/before.tsv"
volunteer add 李娟 --role 社工 --phone 13800001111 --skill 理发 >/dev/null
volunteer export --reveal >"$T/vbefore.tsv"
sqlite3 "$SHEGONG_DB" ".backup '$T/orig.db'"

for labels in en zh keys; do
	t "elder export --reveal -o xlsx --labels $labels, imported again"
	SHEGONG_DB=$T/orig.db elder export --reveal -o xlsx --labels $labels \
	    >"$T/e-$labels.xlsx"
	fresh
	run sh -c 'elder import "$0" | wc -l' "$T/e-$labels.xlsx"
	out 0 <<EOF
40
EOF
	run sh -c 'elder export --reveal | cmp - "$0" && echo same' \
	    "$T/before.tsv"
	out 0 <<EOF
same
EOF
done

t 'volunteer export -o xlsx --labels zh, imported again'
SHEGONG_DB=$T/orig.db volunteer export --reveal -o xlsx --labels zh \
    >"$T/v.xlsx"
fresh
run volunteer import "$T/v.xlsx"
out 0 <<EOF
1
EOF
run sh -c 'volunteer export --reveal | cmp - "$0" && echo same' \
    "$T/vbefore.tsv"
out 0 <<EOF
same
EOF

done_testing
