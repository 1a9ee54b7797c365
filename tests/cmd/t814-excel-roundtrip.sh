#!/bin/sh
# The spreadsheet a street office opens, elder export --reveal -o csv
# --excel --labels zh, imports back unchanged for a whole roster (the
# example elders and the GB18030 roster: tags, caregivers, emergency
# contacts, archived elders), as t803 checks for two.
. "$(dirname "$0")/lib.sh"

elder import "$TOP/examples/elders.tsv" >/dev/null
elder import --ignore-unknown "$TOP/examples/roster-gb18030.csv" >/dev/null 2>&1
elder archive 3 --reason deceased --date 2026-10-02 >/dev/null

t 'the roster as Excel reads it: BOM, Chinese headings, Chinese values'
elder export --reveal -o csv --excel --labels zh >"$T/roster.csv"
run sh -c "head -c 3 '$T/roster.csv' | od -An -tx1 | tr -d ' ';
    tail -c +4 '$T/roster.csv' | head -1 | cut -d, -f1-5;
    grep -c . '$T/roster.csv'"
out 0 <<EOF
efbbbf
编号,姓名,性别,出生日期,身份证号
$(($(elder list --status all | wc -l) + 1))
EOF

t 'imported into an empty database it exports the same, field by field'
elder export --reveal -o tsv -H >"$T/before.tsv"
SHEGONG_DB=$T/copy.db elder import --format csv "$T/roster.csv" >/dev/null
run sh -c "SHEGONG_DB='$T/copy.db' elder export --reveal -o tsv -H |
    diff '$T/before.tsv' -"
out 0 </dev/null

done_testing
