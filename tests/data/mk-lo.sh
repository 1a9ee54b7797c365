#!/bin/sh
# mk-lo.sh -- remake the workbooks LibreOffice saved for t149
# (tests/data/lo-*.xlsx): a roster typed as CSV (title, header with 序号,
# dates as text, a footer) converted by `soffice --headless --convert-to
# xlsx`, and openpyxl's roster.xlsx (tests/data/mkxlsx.py) opened and
# saved again by LibreOffice.  Needs libreoffice-calc-nogui; the tests
# read the files committed, so the suite does not.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/lo-csv.csv" <<'CSV'
望城社区老年人花名册,,,,,
序号,姓名,性别,出生日期,身份证号码,楼栋
1,张桂英,女,1940/3/2,,3
2,王建国,男,1959-03-14,,8
,,,,,
合计,2人,,,,
制表人：王芳,,,日期：2026年1月5日,,
CSV
/usr/bin/python3 "$here/mkxlsx.py" "$tmp"
mv "$tmp/roster.xlsx" "$tmp/lo-roster.xlsx"
cd "$tmp"
soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx lo-csv.csv \
    >/dev/null 2>&1
mkdir out
soffice --headless --convert-to xlsx --outdir out lo-roster.xlsx >/dev/null 2>&1
cp lo-csv.xlsx out/lo-roster.xlsx "$here/"
