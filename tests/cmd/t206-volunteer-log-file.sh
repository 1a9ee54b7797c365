#!/bin/sh
# volunteer log --file (issue 19, point 7): a volunteer platform's hours
# or a paper register, manual hours (date, volunteer, hours, content,
# place) from TSV, CSV or YAML in any encoding, all or nothing.
. "$(dirname "$0")/lib.sh"
need iconv libc-bin

volunteer add 王芳 >/dev/null
volunteer add 刘强 >/dev/null
volunteer add 刘强 >/dev/null

hours() { q "SELECT id, volunteer_id, date, hours, content, quote(place)
    FROM hours_log ORDER BY id"; }

cat >"$T/platform.csv" <<'EOF'
服务日期,志愿者姓名,服务时长,服务内容,服务地点
2026/11/1,王芳,2.5,助餐,社区食堂
2026.11.02,1,1,理发,
2026年11月3日,2,0.5,读报,活动室
EOF
{ printf '\357\273\277'; sed 's/$/\r/' "$T/platform.csv"; } >"$T/bom.csv"

t 'a CSV as Excel saves it (UTF-8 BOM, CRLF), Chinese headers'
run volunteer log --file "$T/bom.csv"
out 0 <<EOF
1
2
3
EOF
run hours
out 0 <<EOF
1	1	2026-11-01	2.5	助餐	'社区食堂'
2	1	2026-11-02	1.0	理发	NULL
3	2	2026-11-03	0.5	读报	'活动室'
EOF

t 'the hours count in volunteer hours'
run volunteer hours 王芳 -c name,manual_hours
out 0 <<EOF
王芳	3.5
EOF

t 'GB18030 TSV on standard input'
printf 'date\tvolunteer\thours\tcontent\n2026-11-04\t王芳\t2\t陪护\n' |
    iconv -f UTF-8 -t GB18030 >"$T/gb.tsv"
run volunteer log --file - <"$T/gb.tsv"
outerr 0 "volunteer: stdin: read as GB18030" <<EOF
4
EOF

t 'YAML'
printf -- '- {date: 2026-11-05, volunteer: 王芳, hours: 1, content: 清扫}\n' \
    >"$T/h.yaml"
run volunteer log --file "$T/h.yaml"
out 0 <<EOF
5
EOF

t 'every bad line named, one line each, and nothing recorded'
cat >"$T/bad.csv" <<'EOF'
日期,志愿者,时长,服务内容,地点
2026-11-06,王芳,1,助餐,
2026-11-06,赵六,1,助餐,
2026-11-06,刘强,1,助餐,
2026-11-06,王芳,30,助餐,
2026-11-06,王芳,0,助餐,
2026-12-30,王芳,1,助餐,
,王芳,1,助餐,
2026-11-06,,1,助餐,
2026-11-06,王芳,,助餐,
2026-11-06,王芳,1,,
2026-11-31,王芳,1,助餐,
EOF
run volunteer log --file "$T/bad.csv"
err 1 "volunteer: $T/bad.csv:3: volunteer: '赵六': no volunteer or worker has that id or name
volunteer: $T/bad.csv:4: volunteer: '刘强' is ambiguous: 2 刘强 (volunteer), 3 刘强 (volunteer); give the id
volunteer: $T/bad.csv:5: hours: '30': expected a number of hours more than 0 and at most 24
volunteer: $T/bad.csv:6: hours: '0': expected a number of hours more than 0 and at most 24
volunteer: $T/bad.csv:7: date: 2026-12-30 is in the future
volunteer: $T/bad.csv:8: date: empty: each line needs its date
volunteer: $T/bad.csv:9: volunteer: empty: each line needs the volunteer (id or name)
volunteer: $T/bad.csv:10: hours: empty: each line needs its hours
volunteer: $T/bad.csv:11: content: empty: each line needs what was done
volunteer: $T/bad.csv:12: date: invalid date '2026-11-31': no such day
volunteer: $T/bad.csv: 10 bad records: nothing imported"
run q "SELECT count(*) FROM hours_log"
out 0 <<EOF
5
EOF

t 'an unknown header lists the columns; --map names it'
printf 'date\twho\thours\tcontent\n2026-11-07\t王芳\t1\t助餐\n' >"$T/who.tsv"
run volunteer log --file "$T/who.tsv"
err 1 "volunteer: $T/who.tsv:1: who: unknown column: the columns are date 日期, volunteer 志愿者, hours 时长, content 服务内容, place 地点 (--ignore-unknown leaves it out)"
run volunteer log --file "$T/who.tsv" --map who=volunteer
out 0 <<EOF
6
EOF

# volunteer log's usage, as a wrong call prints it
USAGE='usage: volunteer log VOL --hours H --content TEXT [--date D] [--place P]
                 [--project PROJECT/PART]
                 log --file FILE [--format F] [--encoding E]
                 [--ignore-unknown] [--map HEADER=COLUMN]...
                 [--sheet NAME] [--header-row N]'

t 'with --file, no VOL and no value options'
run volunteer log 王芳 --file "$T/who.tsv"
outerr 2 "volunteer: log: wrong arguments
$USAGE" </dev/null
run volunteer log --file "$T/who.tsv" --hours 2
outerr 2 "volunteer: log: wrong arguments
$USAGE" </dev/null
run volunteer log 王芳 --hours 1 --content x --map a=b
outerr 2 "volunteer: log: wrong arguments
$USAGE" </dev/null
run q "SELECT count(*) FROM hours_log"
out 0 <<EOF
6
EOF

t 'volunteer --columns log --file'
run volunteer --columns log --file
out 0 <<EOF
date	日期	Date
volunteer	志愿者	Volunteer
hours	时长	Hours
content	服务内容	Content
place	地点	Place
EOF

t 'a title above the header is left out and named; --header-row names the header'
printf '志愿服务记录（11月）\nvolunteer,date,hours,content\n王芳,2026-11-03,1.5,整理档案\n' \
    >"$T/titled.csv"
run volunteer log --file "$T/titled.csv" --header-row 2
outerr 0 "volunteer: $T/titled.csv:1: left out, above the header: 志愿服务记录（11月）" <<EOF
7
EOF

t '--header-row 0, --sheet of a CSV file, --sheet without --file: refused, nothing logged'
run volunteer log --file "$T/titled.csv" --header-row 0
err 1 "volunteer: --header-row: '0': expected a row number, from 1"
run volunteer log --file "$T/titled.csv" --sheet 11月
err 1 "volunteer: $T/titled.csv: --sheet: not an xlsx workbook"
run volunteer log 王芳 --hours 1 --content x --sheet 11月
outerr 2 "volunteer: log: wrong arguments
$USAGE" </dev/null
run q "SELECT count(*) FROM hours_log"
out 0 <<EOF
7
EOF


done_testing
