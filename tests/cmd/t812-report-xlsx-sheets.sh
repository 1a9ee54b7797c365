#!/bin/sh
# report -o xlsx: a sheet per section (monthly, period), a sheet per
# station when several --db are given, each read back with openpyxl and
# compared cell by cell with the tsv of the same command.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"

# sheets.py OUT XLSX TSV [STATION...] [-- OUT XLSX TSV ...]: for each
# workbook, into OUT, each sheet's name and rows; then whether the section
# sheets hold the tsv's rows (in its order for one database) and each
# station's sheet that station's rows of the tsv.  One Python for all
# (its start and openpyxl's were most of this file's time); exit 3
# without openpyxl.
cat >"$T/sheets.py" <<'EOF'
import sys
try:
    import openpyxl
except ImportError:
    sys.exit(3)
def cell(v):
    if v is None: return ''
    if isinstance(v, (int, float)): return repr(float(v))
    return v
def num(c):
    try: return repr(float(c))
    except ValueError: return c
def norm(row):
    return [num(c) for c in row]
def sheets(out, xlsx, tsv, *stations):
    p = lambda *a: print(*a, file=out)
    wb = openpyxl.load_workbook(xlsx)
    want = [l.split('\t') for l in open(tsv, encoding='utf-8').read().splitlines()]
    head, want = want[0], want[1:]
    sections, per = [], {}
    for ws in wb.worksheets:
        rows = [[cell(c.value) for c in r] for r in ws.iter_rows()]
        p(ws.title, len(rows) - 1, ws.freeze_panes, rows[0] == head,
          all(c.font.b for c in ws[1]))
        if ws.title in stations: per[ws.title] = rows[1:]
        else: sections += rows[1:]
    want = [norm(r) for r in want]
    sections = [norm(r) for r in sections]
    if stations:
        if sections:
            p('sections hold the rows:', sorted(sections) == sorted(want))
        for s in stations:
            p(s, 'sheet holds its rows:', [norm(r) for r in per[s]] == [r for r in want if r[0] == s])
    else:
        p('sections hold the rows in order:', sections == want)
args = sys.argv[1:]
while args:
    job = args[:args.index('--')] if '--' in args else args
    args = args[len(job) + 1:]
    with open(job[0], 'w', encoding='utf-8') as out:
        try:
            sheets(out, *job[1:])
        except Exception as e:
            print('unreadable: %r' % e, file=out)
EOF

t 'the fixture builds'
run fixture
out 0 </dev/null

# every workbook and its tsv, then one reading of them all
report monthly --month 2026-10 -o xlsx --labels en >"$T/m.xlsx"
report monthly --month 2026-10 -o tsv -H --labels en >"$T/m.tsv"
report period --period 2026-Q4 -o xlsx --labels zh >"$T/p.xlsx"
report period --period 2026-Q4 -o tsv -H --labels zh >"$T/p.tsv"
sqlite3 "$SHEGONG_DB" ".backup '$T/east.db'"
sqlite3 "$SHEGONG_DB" ".backup '$T/west.db'"
report monthly --month 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o xlsx --labels en >"$T/s.xlsx"
report monthly --month 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o tsv -H --labels en >"$T/s.tsv"
report coverage --period 2026-10 -o xlsx --labels en >"$T/c.xlsx"
report coverage --period 2026-10 -o tsv -H --labels en >"$T/c.tsv"
report coverage --period 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o xlsx --labels en >"$T/c2.xlsx"
report coverage --period 2026-10 --db "$T/east.db" --db "$T/west.db" \
    -o tsv -H --labels en >"$T/c2.tsv"
/usr/bin/python3 "$T/sheets.py" "$T/m.out" "$T/m.xlsx" "$T/m.tsv" -- \
    "$T/p.out" "$T/p.xlsx" "$T/p.tsv" -- \
    "$T/s.out" "$T/s.xlsx" "$T/s.tsv" east.db west.db total -- \
    "$T/c.out" "$T/c.xlsx" "$T/c.tsv" -- \
    "$T/c2.out" "$T/c2.xlsx" "$T/c2.tsv" east.db west.db
if [ $? = 3 ]; then
	_name='needs openpyxl'
	_report 1 "python3-openpyxl: not found: install the Debian package 'python3-openpyxl' (make test-deps)"
	done_testing
	exit 1
fi

t 'report monthly: a sheet per section, together the rows of the tsv'
run cat "$T/m.out"
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
run cat "$T/p.out"
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

t 'several --db: the section sheets, then a sheet per station and the total'
run cat "$T/s.out"
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
run cat "$T/c.out" "$T/c2.out"
out 0 <<'EOF'
coverage 4 A2 True True
sections hold the rows in order: True
east.db 4 A2 True True
west.db 4 A2 True True
east.db sheet holds its rows: True
west.db sheet holds its rows: True
EOF

done_testing
