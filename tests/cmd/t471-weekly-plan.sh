#!/bin/sh
# examples/weekly-plan.sh: saves the week's plan and writes its printed
# sheets (text, html), the visit import template and the blank form.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"

t 'the fixture builds'
run fixture
out 0 </dev/null

t 'the script names the files it wrote in plan-YYYY-Www'
run sh -c "cd '$T' && WEEK=2026-W49 sh '$TOP/examples/weekly-plan.sh'"
out 0 <<'EOF'
blank-form.txt
sheets.html
sheets.txt
visits.xlsx
EOF

t 'the plan is saved: visit log --plan can fulfil it'
run q "SELECT count(*), min(day), max(day) FROM plan WHERE week = '2026-W49'"
out 0 <<'EOF'
32	2026-11-30	2026-12-04
EOF

t 'the text sheets: one page a visitor and day, parted by form feeds'
run sh -c "tr -cd '\f' <'$T/plan-2026-W49/sheets.txt' | wc -c;
    grep -c 'Visit record sheet' '$T/plan-2026-W49/sheets.txt'"
out 0 <<'EOF'
11
12
EOF

t 'the html and the template are the same as visit plan --sheets prints'
run sh -c "visit plan --week 2026-W49 --sheets -o html |
    cmp - '$T/plan-2026-W49/sheets.html' && /usr/bin/python3 -c \"
import openpyxl
ws = openpyxl.load_workbook('$T/plan-2026-W49/visits.xlsx').active
print(ws.max_row - 1, ws['A1'].value, ws['G1'].value)\""
out 0 <<'EOF'
32 Plan ID Visitors
EOF

t 'a week with nothing due says so and writes nothing'
run sh -c "cd '$T' && SHEGONG_DB='$T/empty.db' sh '$TOP/examples/weekly-plan.sh'; ls '$T' | grep -c plan-2026-W50; :"
outerr 0 'nothing is due in next-week' <<'EOF'
0
EOF

done_testing
