#!/bin/sh
# Workbooks that cannot be read as they are: each refused with its own
# message, exit 1, and nothing imported (the two elders imported first
# stay alone in the database).
. "$(dirname "$0")/lib.sh"
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
	_name='needs python3-openpyxl'
	_report 1 "python3-openpyxl: not found: install the Debian package 'python3-openpyxl' (make test-deps)"
	done_testing
	exit 1
fi
/usr/bin/python3 "$TOP/tests/data/mkxlsx.py" "$T"
head -c 3000 "$T/roster.xlsx" >"$T/cut.xlsx"
printf 'name\n张三\n' >"$T/text.xlsx"
printf '\320\317\021\340\241\261\032\341' >"$T/old.xls"
cp "$T/plain.zip" "$T/plain.xlsx"
printf 'name\n张三\n' >"$T/a.csv"
/usr/bin/python3 - "$T" <<'PY'
import sys, zipfile
d = sys.argv[1]
z = zipfile.ZipFile(d + "/roster.xlsx")
with zipfile.ZipFile(d + "/badxml.xlsx", "w") as o:
    for i in z.infolist():
        b = z.read(i.filename)
        if i.filename == "xl/worksheets/sheet1.xml":
            b = b.replace(b"</sheetData>", b"</sheetDat>")
        o.writestr(i.filename, b)
with zipfile.ZipFile(d + "/dtd.xlsx", "w") as o:
    for i in z.infolist():
        b = z.read(i.filename)
        if i.filename == "xl/workbook.xml":
            b = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + b
        o.writestr(i.filename, b)
PY

run elder import "$T/mac.xlsx"
out 0 <<EOF
1
2
EOF
count() {
	run q "select count(*) from elder"
	out 0 <<EOF
2
EOF
}

t 'a merged cell inside the data names the cell and the range'
run elder import "$T/merged.xlsx"
err 1 "elder: $T/merged.xlsx:1: left out, above the header: 某某社区老年人花名册
elder: $T/merged.xlsx: sheet 花名册 cell B7: merged cells inside the data (B7:B9): unmerge them"
count

t 'an unknown sheet lists the sheets'
run elder import --sheet 名字 "$T/roster.xlsx"
err 1 "elder: $T/roster.xlsx: no sheet '名字': the sheets are 花名册, 名单"
count

t 'a file named .xlsx that is not a zip'
run elder import "$T/text.xlsx"
err 1 "elder: $T/text.xlsx: not an xlsx workbook: not a zip archive"
count

t 'a truncated zip'
run elder import "$T/cut.xlsx"
err 1 "elder: $T/cut.xlsx: damaged xlsx workbook: the zip archive is cut short or damaged (no central directory)"
count

t 'a zip that is no workbook'
run elder import "$T/plain.xlsx"
err 1 "elder: $T/plain.xlsx: not an xlsx workbook: a zip archive without xl/workbook.xml"
count

t 'an Excel 97-2003 file, by its content'
run elder import "$T/old.xls"
err 1 "elder: $T/old.xls: an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV"
count

t 'a sheet whose XML is broken'
run elder import "$T/badxml.xlsx"
err 1 "elder: $T/badxml.xlsx: damaged xlsx workbook: xl/worksheets/sheet1.xml: line 1: Opening and ending tag mismatch: sheetData line 1 and sheetDat"
count

t 'a document type declaration is refused, its entities never read'
run elder import "$T/dtd.xlsx"
err 1 "elder: $T/dtd.xlsx: damaged xlsx workbook: xl/workbook.xml: a document type declaration"
count

t 'cells that cannot be read: a number past 15 digits, #N/A, a formula without its value'
run elder import "$T/digits.xlsx"
err 1 "elder: $T/digits.xlsx:2: 身份证号码: cell B2: 5.2011219400302e+17: a number of more than 15 digits, whose last digits Excel has lost: store it as text (an ID number is text)
elder: $T/digits.xlsx:3: 备注: cell C3: the sheet shows an error here (#N/A)
elder: $T/digits.xlsx:4: 备注: cell C4: a formula with no value saved: open the file and save it again
elder: $T/digits.xlsx: 3 bad records: nothing imported"
count

t '--format xlsx on a text file'
run elder import --format xlsx "$T/a.csv"
err 1 "elder: $T/a.csv: not an xlsx workbook: not a zip archive"
count

t '--sheet on a CSV file'
run elder import --sheet x "$T/a.csv"
err 1 "elder: $T/a.csv: --sheet: not an xlsx workbook"
count

t '--header-row: not a row number'
run elder import --header-row 0 "$T/a.csv"
err 1 "elder: --header-row: '0': expected a row number, from 1"
run elder import --header-row 3x "$T/a.csv"
err 1 "elder: --header-row: '3x': expected a row number, from 1"
count

t '--header-row past the last row'
run elder import --header-row 9 "$T/a.csv"
err 1 "elder: $T/a.csv:1: left out, above the header: name
elder: $T/a.csv:2: left out, above the header: 张三
elder: $T/a.csv: --header-row 9: that row is blank or not there"
count

t 'a value in a column without a header'
/usr/bin/python3 - "$T/extra.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["姓名", None, "性别"])
ws.append(["张三", None, "男"])
ws.append(["李四", "多余", "女", None, "又多"])
wb.save(sys.argv[1])
PY
run elder import "$T/extra.xlsx"
err 1 "elder: $T/extra.xlsx:3: cell B3: a value under no column
elder: $T/extra.xlsx: 1 bad record: nothing imported"
count

done_testing
