#!/bin/sh
# report -o xlsx: a sheet per section (monthly, period), a sheet per
# station when several --db are given, each read back with openpyxl and
# compared cell by cell with the tsv of the same command.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"

if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
	_name='needs openpyxl'
	_report 1 "python3-openpyxl: not found: install the Debian package 'python3-openpyxl' (make test-deps)"
	done_testing
	exit 1
fi

# sheets XLSX TSV [stations]: each sheet's name and rows; then whether the
# section sheets hold the tsv's rows (in its order for one database) and
# each station's sheet that station's rows of the tsv.
cat >"$T/sheets.py" <<'EOF'
import datetime, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
want = [l.split('\t') for l in open(sys.argv[2], encoding='utf-8').read().splitlines()]
head, want = want[0], want[1:]
stations = sys.argv[3:]
def cell(v):
    if v is None: return ''
    if isinstance(v, (int, float)): return repr(float(v))
    return v
def num(c):
    try: return repr(float(c))
    except ValueError: return c
def norm(row):
    return [num(c) for c in row]
sections, per = [], {}
for ws in wb.worksheets:
    rows = [[cell(c.value) for c in r] for r in ws.iter_rows()]
    print(ws.title, len(rows) - 1, ws.freeze_panes, rows[0] == head,
          all(c.font.b for c in ws[1]))
    if ws.title in stations: per[ws.title] = rows[1:]
    else: sections += rows[1:]
want = [norm(r) for r in want]
sections = [norm(r) for r in sections]
if stations:
    if sections:
        print('sections hold the rows:', sorted(sections) == sorted(want))
    for s in stations:
        print(s, 'sheet holds its rows:', [norm(r) for r in per[s]] == [r for r in want if r[0] == s])
else:
    print('sections hold the rows in order:', sections == want)
EOF
sheets() { /usr/bin/python3 "$T/sheets.py" "$@"; }

t 'the fixture builds'
fixture >"$T/fixture.log" 2>&1; echo $? >"$T/status"
: >"$T/stdout"; mv "$T/fixture.log" "$T/stderr"
out 0 </dev/null

t 'report monthly: a sheet per section, together the rows of the tsv'
report monthly --month 2026-10 -o xlsx --labels en >"$T/m.xlsx"
report monthly --month 2026-10 -o tsv -H --labels en >"$T/m.tsv"
run sheets "$T/m.xlsx" "$T/m.tsv"
out 0 <<'EOF'
elders 17 A2 True True
visits 15 A2 True True
visit_rate 12 A2 True True
coverage 21 A2 True True
events 21 A2 True True
volunteers 13 A2 True True
staff 4 A2 True True
cases 22 A2 True True
sections hold the rows in order: True
EOF

t 'under zh the sheets are named in Chinese'
report period --period 2026-Q4 -o xlsx --labels zh >"$T/p.xlsx"
report period --period 2026-Q4 -o tsv -H --labels zh >"$T/p.tsv"
run sheets "$T/p.xlsx" "$T/p.tsv"
out 0 <<'EOF'
老人 17 A2 True True
探访 15 A2 True True
月探访率 12 A2 True True
探访政策覆盖 21 A2 True True
活动 21 A2 True True
志愿者 13 A2 True True
工作人员 4 A2 True True
个案 22 A2 True True
sections hold the rows in order: True
EOF

cp "$SHEGONG_DB" "$T/east.db"
cp "$SHEGONG_DB" "$T/west.db"

t 'several --db: the section sheets, then a sheet per station and the total'
report monthly --month 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o xlsx --labels en >"$T/s.xlsx"
report monthly --month 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o tsv -H --labels en >"$T/s.tsv"
run sheets "$T/s.xlsx" "$T/s.tsv" east.db west.db total
out 0 <<'EOF'
elders 51 A2 True True
visits 45 A2 True True
visit_rate 36 A2 True True
coverage 63 A2 True True
events 63 A2 True True
volunteers 39 A2 True True
staff 12 A2 True True
cases 66 A2 True True
east.db 125 A2 True True
west.db 125 A2 True True
total 125 A2 True True
sections hold the rows: True
east.db sheet holds its rows: True
west.db sheet holds its rows: True
total sheet holds its rows: True
EOF

t 'report coverage: one sheet, or a sheet per station'
report coverage --period 2026-10 -o xlsx --labels en >"$T/c.xlsx"
report coverage --period 2026-10 -o tsv -H --labels en >"$T/c.tsv"
report coverage --period 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o xlsx --labels en >"$T/c2.xlsx"
report coverage --period 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o tsv -H --labels en >"$T/c2.tsv"
run sh -c "/usr/bin/python3 '$T/sheets.py' '$T/c.xlsx' '$T/c.tsv';
    /usr/bin/python3 '$T/sheets.py' '$T/c2.xlsx' '$T/c2.tsv' east.db west.db"
out 0 <<'EOF'
coverage 4 A2 True True
sections hold the rows in order: True
east.db 4 A2 True True
west.db 4 A2 True True
east.db sheet holds its rows: True
west.db sheet holds its rows: True
EOF

done_testing
