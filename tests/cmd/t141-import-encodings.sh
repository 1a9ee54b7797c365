#!/bin/sh
# elder import reads the encodings a station's files come in: UTF-8 with
# or without BOM, UTF-16 with BOM, GB18030 (GBK), with CRLF and blank
# rows; detected and said on stderr, or forced with --encoding.
. "$(dirname "$0")/lib.sh"
need iconv libc-bin

printf '姓名,性别,出生日期\r\n张三,F,1940-01-01\r\n\r\n李四,M,1941-02-03\r\n' \
    >"$T/roster.csv"
iconv -f UTF-8 -t GB18030 "$T/roster.csv" >"$T/gb.csv"
iconv -f UTF-8 -t UTF-16 "$T/roster.csv" >"$T/u16.csv"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$T/roster.csv"; } >"$T/be.csv"
{ printf '\357\273\277'; cat "$T/roster.csv"; } >"$T/bom.csv"

t 'UTF-8 with CRLF and a blank row: read as it is, nothing said'
run elder import "$T/roster.csv"
out 0 <<EOF
1
2
EOF

t 'UTF-8 with a BOM'
fresh
run elder import "$T/bom.csv"
out 0 <<EOF
1
2
EOF

t 'GB18030: detected and said on stderr'
fresh
run elder import "$T/gb.csv"
outerr 0 "elder: $T/gb.csv: read as GB18030" <<EOF
1
2
EOF

t 'the GB18030 names are stored as UTF-8'
run q "select name, gender, birth from elder order by id"
out 0 <<EOF
张三	F	1940-01-01
李四	M	1941-02-03
EOF

t 'UTF-16 little-endian with its BOM'
fresh
run elder import "$T/u16.csv"
outerr 0 "elder: $T/u16.csv: read as UTF-16LE" <<EOF
1
2
EOF

t 'UTF-16 big-endian with its BOM'
fresh
run elder import "$T/be.csv"
outerr 0 "elder: $T/be.csv: read as UTF-16BE" <<EOF
1
2
EOF
run q "select group_concat(name) from elder"
out 0 <<EOF
张三,李四
EOF

t 'GB18030 on standard input'
fresh
run sh -c 'elder import --format csv <"$0"' "$T/gb.csv"
outerr 0 "elder: stdin: read as GB18030" <<EOF
1
2
EOF

t 'GBK forced with --encoding: nothing said'
fresh
iconv -f UTF-8 -t GBK "$T/roster.csv" >"$T/gbk.csv"
run elder import --encoding GBK "$T/gbk.csv"
out 0 <<EOF
1
2
EOF

t 'a forced encoding the file is not: its bytes read as that encoding'
fresh
run elder import --encoding GB18030 "$T/roster.csv"
run sh -c 'elder import --encoding GB18030 "$0" 2>&1 | cut -d: -f1-5' "$T/roster.csv"
out 0 <<EOF
elder: $T/roster.csv:1: 濮撳悕: unknown column
EOF

t 'a forced encoding with a byte that is not of it: line and byte named'
fresh
printf 'name\n张三\n\200\n' >"$T/latin.csv"
run elder import --encoding UTF-8 "$T/latin.csv"
err 1 "elder: $T/latin.csv:3: byte 13: not valid UTF-8"

t 'a file of no known encoding: the first bad line and byte named'
printf 'name\nab\n\200\377\n' >"$T/bad.csv"
run elder import "$T/bad.csv"
err 1 "elder: $T/bad.csv:3: byte 9: not UTF-8, UTF-16 or GB18030: name its encoding with --encoding, or convert it to UTF-8 with iconv"
run test -e "$SHEGONG_DB"
out 1 </dev/null

t 'an unknown encoding'
run elder import --encoding latin9x "$T/roster.csv"
err 1 "elder: unknown encoding 'latin9x': expected UTF-8, UTF-16, GB18030, GBK or another name 'iconv -l' lists"

t 'volunteer import reads GB18030 too'
fresh
printf 'name,phone\n王五,13800138000\n' | iconv -t GB18030 >"$T/vol.csv"
run volunteer import "$T/vol.csv"
outerr 0 "volunteer: $T/vol.csv: read as GB18030" <<EOF
1
EOF

done_testing
