#!/bin/sh
# elder import and export: formats, all or nothing, every bad line named,
# the lossless round trip.
. "$(dirname "$0")/lib.sh"
TAB=$(printf '\t')

t 'import the example file prints one id per elder'
run sh -c 'elder import "$TOP/examples/elders.tsv" | wc -l'
out 0 <<EOF
40
EOF

t 'every elder of the example was stored'
run q "select count(*), count(id_number), min(id), max(id) from elder"
out 0 <<EOF
40	34	1	40
EOF

t 'one change-log entry per imported record'
run q "select count(*) from changelog where op = 'insert' and tbl = 'elder'"
out 0 <<EOF
40
EOF

t 'export --reveal into import on an empty database is lossless'
elder export --reveal >"$T/export1.tsv"
SHEGONG_DB="$T/copy.db" elder import "$T/export1.tsv" >/dev/null
SHEGONG_DB="$T/copy.db" elder export --reveal >"$T/export2.tsv"
run cmp "$T/export1.tsv" "$T/export2.tsv"
out 0 </dev/null

t 'the copy has the same rows, the same ids'
run sqlite3 "$T/copy.db" "select count(*), sum(id), count(id_number) from elder"
out 0 <<EOF
40|820|34
EOF

t 'export masks ID numbers without --reveal'
run sh -c "elder export | awk -F'$TAB' 'NR == 2 { print \$5 }'"
out 0 <<EOF
520112************
EOF

t 'a masked ID number cannot be imported'
elder export >"$T/masked.tsv"
fresh
run elder import "$T/masked.tsv"
run sh -c 'elder import "$0" 2>&1 >/dev/null | sed -n 1,2p' "$T/masked.tsv"
out 0 <<EOF
elder: $T/masked.tsv:2: id_number: '520112************' is masked: it cannot be stored (export with --reveal)
elder: $T/masked.tsv:3: id_number: '520112************' is masked: it cannot be stored (export with --reveal)
EOF
run test -e "$SHEGONG_DB"
out 1 </dev/null

t 'a TSV line with the wrong number of fields and an unknown value: both named'
printf 'name\tgender\tbirth\n甲\tF\t1940-01-01\n乙\tF\n丙\tX\t1941-01-01\n丁\tM\t1942-01-01\n' >"$T/bad.tsv"
run elder import "$T/bad.tsv"
err 1 "elder: $T/bad.tsv:3: expected 3 fields, found 2
elder: $T/bad.tsv:4: gender: invalid value 'X': expected M or F
elder: $T/bad.tsv: 2 bad records: nothing imported"

t 'a one-column file: the field counted in the singular, in TSV and CSV'
printf 'name\n甲\n乙\tF\n' >"$T/one.tsv"
run elder import "$T/one.tsv"
err 1 "elder: $T/one.tsv:3: expected 1 field, found 2
elder: $T/one.tsv: 1 bad record: nothing imported"
printf 'name\n甲,F\n' >"$T/one.csv"
run elder import --format csv "$T/one.csv"
err 1 "elder: $T/one.csv:2: expected 1 field, found 2
elder: $T/one.csv: 1 bad record: nothing imported"

t 'nothing of that file was imported: the database a failed write would have made is not there'
run test -e "$SHEGONG_DB"
out 1 </dev/null

t 'an unknown column'
printf 'name\tcolour\n甲\tred\n' >"$T/col.tsv"
run elder import "$T/col.tsv"
err 1 "elder: $T/col.tsv:1: colour: unknown column: the columns are id 编号, name 姓名, gender 性别, birth 出生日期, id_number 身份证号, phone 联系电话, building 楼栋, unit 单元, room 房号, origin 原籍, living 居住情况, tags 标签, status 状态, joined 登记日期, health 健康状况, caregiver 照护人, caregiver_relation 照护人关系, caregiver_phone 照护人电话, emergency 紧急联系人, emergency_phone 紧急联系电话, archive_reason 归档原因, archive_date 归档日期, visit_every 探访频次, note 备注 (--ignore-unknown leaves it out)"

t 'derived columns are ignored, so a list can be imported'
printf 'id\tname\tage\taddress\n\t甲\t80\t3-1-302\n' >"$T/derived.tsv"
run elder import "$T/derived.tsv"
out 0 <<EOF
1
EOF

t 'an id that exists already'
printf 'id\tname\n1\t乙\n' >"$T/dup.tsv"
run elder import "$T/dup.tsv"
err 1 "elder: $T/dup.tsv:2: id: elder 1 already exists
elder: $T/dup.tsv: 1 bad record: nothing imported"

t 'the same ID number twice in one file'
printf 'name\tid_number\n甲\t520112194003020025\n乙\t520112194003020025\n' >"$T/twice.tsv"
run elder import "$T/twice.tsv"
err 1 "elder: $T/twice.tsv:3: id_number: duplicate ID number: elder 2 has it
elder: $T/twice.tsv: 1 bad record: nothing imported"

t 'TSV escapes in values are read back'
fresh
printf 'name\tnote\n甲\tline one\\nline two\\twith tab \\\\ backslash\n' >"$T/esc.tsv"
run elder import "$T/esc.tsv"
out 0 <<EOF
1
EOF
run q "select note = 'line one' || char(10) || 'line two' || char(9) || 'with tab \\ backslash' from elder"
out 0 <<EOF
1
EOF

t 'CSV with quotes, commas and newlines is accepted and preserved'
fresh
printf 'name,note,tags\r\n"王""老""汉","one, two\r\nthree","独居,高龄"\r\n李四,plain,\r\n' >"$T/in.csv"
run elder import "$T/in.csv"
out 0 <<EOF
1
2
EOF
run q "select name, replace(replace(note, char(13), '\\r'), char(10), '\\n'), tags from elder order by id"
out 0 <<EOF
王"老"汉	one, two\r\nthree	独居,高龄
李四	plain	
EOF

t 'CSV export quotes what needs quoting'
run sh -c "elder export -o csv -c id,name,note | sed 's/\r\$/<CR>/'"
out 0 <<EOF
id,name,note<CR>
1,"王""老""汉","one, two<CR>
three"<CR>
2,李四,plain<CR>
EOF

t 'CSV: a bad line is named by the line it starts on'
fresh
printf 'name,note,gender\n甲,"one\nstill one",F\n乙,x,Q\n' >"$T/bad.csv"
run elder import "$T/bad.csv"
err 1 "elder: $T/bad.csv:4: gender: invalid value 'Q': expected M or F
elder: $T/bad.csv: 1 bad record: nothing imported"

t 'YAML: a sequence of mappings, lists for tags'
cat >"$T/in.yaml" <<EOF
- name: 张桂英
  gender: F
  birth: 1940-03-02
  tags: [独居, 高龄]
- name: 王德明
  building: "3"
  note: ~
EOF
run elder import "$T/in.yaml"
out 0 <<EOF
1
2
EOF
run q "select name, tags, building from elder order by id"
out 0 <<EOF
张桂英	独居,高龄	
王德明		3
EOF

t 'YAML: a syntax error names the line'
fresh
printf -- '- name: 甲\n  gender: [F\n- name: 乙\n' >"$T/syntax.yaml"
run elder import "$T/syntax.yaml"
err 1 "elder: $T/syntax.yaml:3: yaml: did not find expected ',' or ']'"

t 'YAML: a value of the wrong type'
printf -- '- name: 甲\n- name: [乙, 丙]\n- name: 丁\n  birth: {year: 1940}\n' >"$T/type.yaml"
run elder import "$T/type.yaml"
err 1 "elder: $T/type.yaml:2: name: expected a value, not a list
elder: $T/type.yaml:4: birth: expected a value or a list of values
elder: $T/type.yaml: 2 bad records: nothing imported"

t 'standard input is TSV'
printf 'name\n甲\n乙\n' | elder import >"$T/stdout" 2>"$T/stderr"; echo $? >"$T/status"
out 0 <<EOF
1
2
EOF

t '--format reads standard input as another format'
printf 'name\n丙\n' | elder import --format csv >"$T/stdout" 2>"$T/stderr"; echo $? >"$T/status"
out 0 <<EOF
3
EOF

t 'an unknown file extension'
run elder import "$T/elders.txt"
err 1 "elder: cannot tell the format of '$T/elders.txt': use --format tsv, csv, yaml or xlsx"

t 'a file that does not exist'
run elder import "$T/none.tsv"
err 1 "elder: cannot open '$T/none.tsv': No such file or directory"

t 'a 1 MiB field is refused with its line'
fresh
{ printf 'name\tnote\n甲\tshort\n乙\t'; head -c 1048576 /dev/zero | tr '\0' x; printf '\n'; } >"$T/big.tsv"
run elder import "$T/big.tsv"
err 1 "elder: $T/big.tsv:3: note: too long (1048576 bytes, at most 65536)
elder: $T/big.tsv: 1 bad record: nothing imported"

t 'invalid UTF-8 in an import is named'
printf 'name\n甲\n\377\n' >"$T/utf.tsv"
run elder import "$T/utf.tsv"
err 1 "elder: $T/utf.tsv:3: byte 10: not UTF-8, UTF-16 or GB18030: name its encoding with --encoding, or convert it to UTF-8 with iconv"

t 'one bad line among 3,000 changes nothing and is named'
awk 'BEGIN { print "name\tbirth"; for (i = 1; i <= 3000; i++)
    printf "老人%d\t%s\n", i, (i == 2777 ? "1950-02-30" : "1950-01-01") }' >"$T/3k.tsv"
run elder import "$T/3k.tsv"
err 1 "elder: $T/3k.tsv:2778: birth: invalid date '1950-02-30': no such day
elder: $T/3k.tsv: 1 bad record: nothing imported"
run test -e "$SHEGONG_DB"
out 1 </dev/null

t 'the same 3,000 lines without the bad one import whole'
sed -i 's/1950-02-30/1950-02-28/' "$T/3k.tsv"
run sh -c 'elder import "$0" | tail -1' "$T/3k.tsv"
out 0 <<EOF
3000
EOF

t '--dry-run validates the whole file and keeps nothing'
fresh
run sh -c 'elder import -n "$TOP/examples/elders.tsv" | wc -l'
out 0 <<EOF
40
EOF
run test -e "$SHEGONG_DB"
out 1 </dev/null

done_testing
