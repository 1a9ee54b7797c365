#!/bin/sh
# -o xlsx past a sheet's 1,048,575 rows (under the header): exit 1 with the
# advice to use -o csv, nothing written; the last row that fits is written.
. "$(dirname "$0")/../cmd/lib.sh"

rows() {
	echo "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c
	    WHERE x < $1) SELECT x FROM c"
}
elder add 张桂英 --birth 1940-03-02 >/dev/null

t 'one row too many: exit 1, advice, nothing on stdout'
run report query "$(rows 1048576)" -o xlsx
err 1 "report: -o xlsx: more than 1048575 rows, a sheet's limit: use -o csv"

t 'exactly the limit: a workbook whose last row is 1048575'
report query "$(rows 1048575)" -o xlsx >"$T/big.xlsx"
run /usr/bin/python3 -c "
import openpyxl
ws = openpyxl.load_workbook('$T/big.xlsx', read_only=True).active
print(ws.max_row, [c.value for c in next(ws.iter_rows(min_row=1048576, max_row=1048576))])"
out 0 <<'EOF'
1048576 [1048575]
EOF

done_testing
