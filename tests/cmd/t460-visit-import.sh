#!/bin/sh
# visit import (issue 19, point 7): a station's visit history brought in
# from the files it has -- a GB18030 CSV with Chinese headers and CRLF as
# Excel saves it, UTF-16 text, YAML -- all or nothing, every bad line
# named, each visit logged as visit log logs it, a planned visit of that
# elder and day fulfilled.
. "$(dirname "$0")/lib.sh"
need iconv libc-bin

elder add 张桂英 --id-number 520112194003020025 --building 3 --unit 1 \
    --room 302 >/dev/null
elder add 张桂英 --birth 1950-01-01 --allow-duplicates >/dev/null
elder add 李秀兰 --birth 1945-01-01 --building 5 >/dev/null
elder add 王金凤 --birth 1938-06-01 >/dev/null
volunteer add 王芳 >/dev/null
volunteer add 刘强 >/dev/null

# what the tests compare after each refusal: nothing written
state() { q "SELECT (SELECT count(*) FROM visit) || ' visits, ' ||
    (SELECT count(*) FROM visit_visitor) || ' visitors, ' ||
    (SELECT count(*) FROM plan WHERE status = 'done') || ' plans done'"; }

cat >"$T/history.csv" <<'EOF'
序号,探访日期,老人姓名,探访方式,探访类型,探访人员,时长,生活,安全,健康,精神,情况记录,回访日期
1,2026/11/3,李秀兰,上门,走访,王芳、刘强,40,正常,正常,关注,正常,血压偏高,2026-11-10
2,2026.11.05,520112194003020025,电话,回访,王芳,15,,,,,,
3,2026年11月6日,1,上门,,2,30,良好,,,,,
EOF
sed 's/$/\r/' "$T/history.csv" | iconv -f UTF-8 -t GB18030 >"$T/gb.csv"

t 'a GB18030 CSV with CRLF and Chinese headers: 序号 must be named'
run visit import "$T/gb.csv"
outerr 1 "visit: $T/gb.csv: read as GB18030
visit: $T/gb.csv:1: 序号: unknown column: the columns are date 日期, elder 老人, mode 方式, kind 类型, visitors 探访人, minutes 时长（分钟）, living 生活状况, safety 安全, health 健康, mental 精神状态, note 备注, follow_up 回访日期, plan_id 计划编号, elder_name 老人姓名 (--ignore-unknown leaves it out)" </dev/null
run state
out 0 <<EOF
0 visits, 0 visitors, 0 plans done
EOF

t '--ignore-unknown: 序号 left out, the visits logged in file order'
run visit import "$T/gb.csv" --ignore-unknown
outerr 0 "visit: $T/gb.csv: read as GB18030
visit: $T/gb.csv:1: column '序号' left out" <<EOF
1
2
3
EOF

t 'each visit as visit log stores it: elder by name, ID number or id'
run visit list -c id,elder_id,date,mode,kind,visitors,minutes,living,health,note,follow_up
out 0 <<EOF
1	3	2026-11-03	home	routine	王芳,刘强	40	ok	concern	血压偏高	2026-11-10
2	1	2026-11-05	phone	follow-up	王芳	15				
3	1	2026-11-06	home	routine	刘强	30	ok			
EOF

t 'looking an elder up by ID number is recorded as a disclosure'
run q "SELECT user, command FROM disclosure"
out 0 <<EOF
tester	visit import $T/gb.csv --ignore-unknown
EOF

t 'UTF-16 (Excel "Unicode text") TSV with English labels'
fresh
elder add 李秀兰 --birth 1945-01-01 >/dev/null
volunteer add 王芳 >/dev/null
printf 'Date\tElder\tVisitors\tMinutes\tMental state\r\n2026-10-01\t李秀兰\t王芳\t20\tconcern\r\n' |
    iconv -f UTF-8 -t UTF-16 >"$T/u16.txt"
run visit import "$T/u16.txt" --format tsv
outerr 0 "visit: $T/u16.txt: read as UTF-16LE" <<EOF
1
EOF
run visit list -c id,elder_name,date,visitors,minutes,mental
out 0 <<EOF
1	李秀兰	2026-10-01	王芳	20	concern
EOF

t 'YAML, visitors as a list'
cat >"$T/h.yaml" <<'EOF'
- date: 2026-10-02
  elder: 李秀兰
  visitors: [王芳]
  kind: 节日慰问
- {date: 2026-10-03, elder: 1, mode: video}
EOF
run visit import "$T/h.yaml"
out 0 <<EOF
2
3
EOF
run visit list -c id,date,mode,kind,visitors
out 0 <<EOF
1	2026-10-01	home	routine	王芳
2	2026-10-02	home	holiday	王芳
3	2026-10-03	video	routine	
EOF

t 'standard input is TSV; --map names a header it does not know'
printf '日子\t老人\n2026-10-04\t李秀兰\n' |
    run visit import --map 日子=date
out 0 <<EOF
4
EOF

t '--map to a column that does not exist'
printf '日子\t老人\n2026-10-05\t李秀兰\n' >"$T/m.tsv"
run visit import "$T/m.tsv" --map 日子=day
err 1 "visit: map: 日子=day: no column 'day': the columns are date, elder, mode, kind, visitors, minutes, living, safety, health, mental, note, follow_up, plan_id, elder_name"

t 'visit --columns import --file: the columns of a history file'
run visit --columns import --file
out 0 <<EOF
date	日期	Date
elder	老人	Elder
mode	方式	Mode
kind	类型	Kind
visitors	探访人	Visitors
minutes	时长（分钟）	Minutes
living	生活状况	Living
safety	安全	Safety
health	健康	Health
mental	精神状态	Mental state
note	备注	Note
follow_up	回访日期	Follow-up
plan_id	计划编号	Plan ID
elder_name	老人姓名	Elder name
EOF

t 'every bad line named, one line each, and nothing imported'
fresh
elder add 张桂英 --id-number 520112194003020025 --building 3 --unit 1 \
    --room 302 >/dev/null
elder add 张桂英 --birth 1950-01-01 --allow-duplicates >/dev/null
elder add 李秀兰 --birth 1945-01-01 --building 5 >/dev/null
volunteer add 王芳 >/dev/null
cat >"$T/bad.csv" <<'EOF'
日期,老人,探访人,时长,健康,回访日期,方式
2026-11-01,李秀兰,王芳,30,,,
2026-11-02,张桂英,王芳,30,,,
2026-11-02,李秀,王芳,30,,,
2026-11-02,王五五,王芳,30,,,
2026-11-02,李秀兰,赵六,30,,,
2026-12-30,李秀兰,王芳,30,,,
,李秀兰,王芳,30,,,
2026-11-02,,王芳,30,,,
2026-11-02,李秀兰,王芳,0,,,
2026-11-02,李秀兰,王芳,30,很差,,
2026-11-02,李秀兰,王芳,30,,2026-11-01,
2026-02-30,李秀兰,王芳,30,,,
2026-11-02,李秀兰,王芳,30,,,飞鸽
2026-11-02,99,王芳,30,,,
2026-11-02,520112194003020033,王芳,30,,,
2026-11-02,520112194003020034,王芳,30,,,
EOF
run visit import "$T/bad.csv"
err 1 "visit: $T/bad.csv:3: elder: '张桂英' is ambiguous: 1 张桂英 (86 years, 3-1-302), 2 张桂英 (76 years, no address); give the id
visit: $T/bad.csv:4: elder: '李秀': no elder has that name; the nearest: 3 李秀兰 (81 years, 5)
visit: $T/bad.csv:5: elder: '王五五': no elder has that id, ID number or name
visit: $T/bad.csv:6: visitors: '赵六': no volunteer or worker has that id or name
visit: $T/bad.csv:7: date: 2026-12-30 is in the future: planned visits belong to visit plan
visit: $T/bad.csv:8: date: empty: each visit needs its date
visit: $T/bad.csv:9: elder: empty: each visit needs its elder (id, ID number or name)
visit: $T/bad.csv:10: minutes: must be more than 0
visit: $T/bad.csv:11: finding: unknown level '很差': expected ok, concern or urgent
visit: $T/bad.csv:12: follow_up: 2026-11-01 is before the visit
visit: $T/bad.csv:13: date: invalid date '2026-02-30': no such day
visit: $T/bad.csv:14: mode: invalid value '飞鸽': expected home, phone, video or event
visit: $T/bad.csv:15: unknown elder id 99
visit: $T/bad.csv:16: elder: no elder has the ID number 520112************
visit: $T/bad.csv:17: elder: ID number '520112194003020034': one of its 18 characters is wrong: compare it with the ID card
visit: $T/bad.csv: 15 bad records: nothing imported"
run state
out 0 <<EOF
0 visits, 0 visitors, 0 plans done
EOF

t 'an elder archived before the visit'
elder archive 3 --reason moved --date 2026-10-01 >/dev/null
printf 'date,elder\n2026-10-20,李秀兰\n' >"$T/arch.csv"
run visit import "$T/arch.csv"
err 1 "visit: $T/arch.csv:2: elder 3 was archived on 2026-10-01
visit: $T/arch.csv: 1 bad record: nothing imported"
elder restore 3 >/dev/null

t 'the same column twice, and a header that matches nothing'
printf 'date,日期,elder\n2026-10-20,2026-10-20,1\n' >"$T/twice.csv"
run visit import "$T/twice.csv"
err 1 "visit: $T/twice.csv:1: 日期: the same column as 'date'"
printf 'date,eldr\n2026-10-20,1\n' >"$T/typo.csv"
run visit import "$T/typo.csv"
err 1 "visit: $T/typo.csv:1: eldr: unknown column: did you mean 'elder'? the columns are date 日期, elder 老人, mode 方式, kind 类型, visitors 探访人, minutes 时长（分钟）, living 生活状况, safety 安全, health 健康, mental 精神状态, note 备注, follow_up 回访日期, plan_id 计划编号, elder_name 老人姓名 (--ignore-unknown leaves it out)"
run state
out 0 <<EOF
0 visits, 0 visitors, 0 plans done
EOF

t 'a visit on the day of a planned visit fulfils the plan'
SHEGONG_TODAY=2026-11-20 visit plan --week 2026-W48 --visitor 王芳 --save \
    >/dev/null 2>&1
q "SELECT elder_id, day FROM plan WHERE elder_id = 3" >"$T/plan"
day=$(cut -f2 "$T/plan")
printf 'date,elder,minutes\n%s,李秀兰,25\n' "$day" >"$T/planned.csv"
run visit import "$T/planned.csv"
out 0 <<EOF
1
EOF
run q "SELECT p.status, p.visit_id, v.plan_id = p.id, v.kind,
    (SELECT group_concat(volunteer_id) FROM visit_visitor) FROM plan p
    JOIN visit v ON v.id = p.visit_id WHERE p.elder_id = 3"
out 0 <<EOF
done	1	1	routine	1
EOF
run q "SELECT count(*) FROM plan WHERE status = 'done'"
out 0 <<EOF
1
EOF

t 'a second visit that day finds the plan done: a visit of its own'
printf 'date,elder\n%s,李秀兰\n' "$day" >"$T/again.csv"
run visit import "$T/again.csv"
out 0 <<EOF
2
EOF
run q "SELECT plan_id IS NULL FROM visit WHERE id = 2"
out 0 <<EOF
1
EOF

t '-n: checked and printed, nothing kept'
run visit import "$T/again.csv" -n
out 0 <<EOF
3
EOF
run q "SELECT count(*) FROM visit"
out 0 <<EOF
2
EOF

done_testing
