#!/bin/sh
# -o csv --excel: a UTF-8 BOM first (Excel on Chinese Windows reads the
# file as UTF-8), CRLF lines as every csv; with --labels zh the headings
# and values are Chinese, and the file imports back unchanged.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --birth 1940-03-02 --gender F --living alone --building 3 \
    --unit 1 --room 302 --phone 13800001111 --tag 低保 \
    --note '说,"好"' >/dev/null
elder add 李建国 --birth 1950-01-01 --gender M --living with-children \
    --building 1 --room 101 --id-number 110101195001010017 \
    --emergency 王芳 --emergency-phone 13900000000 >/dev/null
elder archive 2 --reason moved --date 2026-11-20 >/dev/null 2>&1 || true

t 'the BOM comes first, then the header, lines end in CRLF'
run sh -c 'elder list -o csv --excel -c id,gender | od -An -c | tr -s " "'
out 0 <<'EOF'
 357 273 277 i d , g e n d e r \r \n 1 ,
 F \r \n
EOF

t 'export --reveal -o csv --excel --labels zh: Chinese headings and values'
elder export --reveal -o csv --excel --labels zh >"$T/elders.csv"
run sh -c "tail -c +4 '$T/elders.csv' | cut -d, -f1-4,11,13 | tr -d '\r'"
out 0 <<'EOF'
编号,姓名,性别,出生日期,居住情况,状态
1,张桂英,女,1940-03-02,独居,在册
2,李建国,男,1950-01-01,与子女,归档
EOF

t 'what it wrote imports back unchanged'
elder export --reveal -o tsv >"$T/before.tsv"
SHEGONG_DB=$T/copy.db elder import --format csv "$T/elders.csv" >/dev/null
run sh -c "SHEGONG_DB='$T/copy.db' elder export --reveal -o tsv |
    cmp - '$T/before.tsv'"
out 0 </dev/null

t '--excel is for csv only'
run elder list -o tsv --excel
err 1 "elder: --excel: only with -o csv"

done_testing
