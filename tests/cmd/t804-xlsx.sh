#!/bin/sh
# -o xlsx: every list, export, report and plan as a spreadsheet, read
# back with an independent reader (openpyxl) and compared cell by cell
# with the tsv of the same command: numbers are number cells, dates date
# cells, the labels a bold frozen header row, widths fitted to the text.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"

if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
	_name='needs openpyxl'
	_report 1 "python3-openpyxl: not found: install the Debian package 'python3-openpyxl' (make test-deps)"
	done_testing
	exit 1
fi

# xlsx2tsv FILE: the cells as tsv; numbers as the tool writes them,
# dates YYYY-MM-DD; then "# " and what the header row and sheet say.
cat >"$T/xlsx2tsv.py" <<'EOF'
import datetime, sys
import openpyxl
def cell(c):
    v = c.value
    if v is None:
        return ''
    if isinstance(v, datetime.datetime):
        assert c.is_date
        return v.strftime('%Y-%m-%d')
    if isinstance(v, (int, float)):
        return str(int(v)) if float(v).is_integer() else repr(v)
    return v.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
# a report's sheets (one a section) follow one another, each header once
def lines(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for n, sh in enumerate(wb.worksheets):
        for row in sh.iter_rows(min_row=1 if n == 0 else 2):
            yield '\t'.join(cell(c) for c in row)
    yield '# frozen %s, bold %s' % (ws.freeze_panes,
        all(c.font.b for c in ws[1]))
if __name__ == '__main__':
    for l in lines(sys.argv[1]):
        print(l)
EOF

# xlsxcmp DIR N...: for each N, the cells of x.N.xlsx (as xlsx2tsv
# reads them) against the tsv want.N, cell by cell; numbers compare as
# numbers (100 = 100.0); the differences go to diff.N.  One Python for
# all: its start and openpyxl's were most of this file's time.
cat >"$T/xlsxcmp.py" <<'EOF'
import os, sys
sys.path.insert(0, sys.argv[1])
from xlsx2tsv import lines
d = sys.argv[1]
for n in sys.argv[2:]:
    out = open(os.path.join(d, 'diff.' + n), 'a', encoding='utf-8')
    try:
        got = list(lines(os.path.join(d, 'x.%s.xlsx' % n))) + ['']
    except Exception as e:
        print('unreadable: %r' % e, file=out)
        continue
    want = open(os.path.join(d, 'want.' + n), encoding='utf-8').read().split('\n')
    if len(got) != len(want):
        print('%d lines, expected %d' % (len(got), len(want)), file=out)
    for r, (g, w) in enumerate(zip(got, want)):
        gs, ws = g.split('\t'), w.split('\t')
        if len(gs) != len(ws):
            print('row %d: %d cells, expected %d' % (r + 1, len(gs), len(ws)),
                file=out)
            continue
        for c, (a, b) in enumerate(zip(gs, ws)):
            try:
                same = a == b or float(a) == float(b)
            except ValueError:
                same = False
            if not same:
                print('row %d col %d: %r, expected %r' % (r + 1, c + 1, a, b),
                    file=out)
EOF

t 'the fixture builds'
run fixture
out 0 </dev/null

# Each command's xlsx and its tsv -H, then one comparison of them all.
n=0
for cmd in 'elder list' 'elder export --reveal' 'visit list' \
    'volunteer list' 'event list' 'report monthly --month 2026-10' \
    'report period --period 2026-Q4' 'report coverage --period 2026-09' \
    'visit plan --week 2026-W49' 'volunteer hours' \
    'volunteer team list' 'visit followups'; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	$cmd -o xlsx --labels en >"$T/x.$n.xlsx" 2>"$T/diff.$n" ||
	    echo "-o xlsx: exit $?" >>"$T/diff.$n"
	# shellcheck disable=SC2086
	$cmd -o tsv -H --labels en >"$T/want.$n"
	echo '# frozen A2, bold True' >>"$T/want.$n"
	printf '%s\n' "$cmd" >"$T/cmd.$n"
done
# shellcheck disable=SC2046
/usr/bin/python3 "$T/xlsxcmp.py" "$T" $(seq "$n")
i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	read -r cmd <"$T/cmd.$i"
	t "xlsx equals tsv cell by cell: $cmd"
	run cat "$T/diff.$i"
	out 0 </dev/null
done

t 'numbers and dates are typed cells'
elder list -c id,name,age,birth -o xlsx >"$T/x.xlsx"
run /usr/bin/python3 -c "
import openpyxl
ws = openpyxl.load_workbook('$T/x.xlsx').active
print(ws['A2'].data_type, ws['C2'].data_type, ws['D2'].is_date, ws['D2'].number_format, ws['B2'].data_type)"
out 0 <<'EOF'
n n True yyyy-mm-dd s
EOF

t 'every part of the zip is deflated at the fastest level (bench/README.md)'
run /usr/bin/python3 -c "
import zipfile
z = zipfile.ZipFile('$T/x.xlsx')
print(sorted({(i.compress_type, i.flag_bits & 6) for i in z.infolist()}), z.testzip())"
out 0 <<'EOF'
[(8, 6)] None
EOF

t 'columns are as wide as their widest text, CJK counted double'
run /usr/bin/python3 -c "
import openpyxl
ws = openpyxl.load_workbook('$T/x.xlsx').active
print([round(ws.column_dimensions[c].width) for c in 'ABCD'])"
out 0 <<'EOF'
[5, 9, 6, 16]
EOF

t 'under --labels zh the header and values are Chinese'
elder list -c id,name,living -o xlsx --labels zh >"$T/x.xlsx"
run sh -c "/usr/bin/python3 '$T/xlsx2tsv.py' '$T/x.xlsx' | sed -n 1,2p"
out 0 <<'EOF'
编号	姓名	居住情况
1	刘桂英	与配偶
EOF

t 'a spreadsheet is not written to a terminal'
if command -v script >/dev/null 2>&1; then
	run script -qec 'elder list -o xlsx' /dev/null
	status=$(cat "$T/status")
	tr -d '\r' <"$T/stdout" >"$T/stderr"; : >"$T/stdout"
	echo "$status" >"$T/status"
	err 1 "elder: -o xlsx: a spreadsheet is not written to a terminal: redirect it to a file"
fi

done_testing
