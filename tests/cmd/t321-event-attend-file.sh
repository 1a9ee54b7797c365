#!/bin/sh
# event attend --file (issue 19, point 7): the attendance of past events
# typed in from sign-in sheets -- event, elder, walk-in -- from TSV, CSV
# or YAML in any encoding, all or nothing, every bad line named.
. "$(dirname "$0")/lib.sh"
need iconv libc-bin

elder add 张桂英 --id-number 520112194003020025 --building 3 --unit 1 \
    --room 302 >/dev/null
elder add 张桂英 --birth 1950-01-01 --allow-duplicates >/dev/null
elder add 李秀兰 --birth 1945-01-01 >/dev/null
elder add 王金凤 --birth 1938-06-01 >/dev/null
SHEGONG_TODAY=2026-10-01 event add 重阳节茶话会 --date 2026-10-29 >/dev/null
SHEGONG_TODAY=2026-10-01 event add 义诊 --date 2026-11-20 >/dev/null
SHEGONG_TODAY=2026-10-01 event add 义诊 --date 2026-11-27 >/dev/null
event add 元旦联欢 --date 2027-01-01 >/dev/null
SHEGONG_TODAY=2026-10-01 event signup 1 3 >/dev/null

attended() { q "SELECT event_id, elder_id, walk_in FROM attendance
    ORDER BY event_id, elder_id"; }

cat >"$T/sheet.csv" <<'EOF'
活动名称,姓名,现场参加
重阳节茶话会,李秀兰,
重阳节茶话会,520112194003020025,是
1,王金凤,否
2,4,
EOF
sed 's/$/\r/' "$T/sheet.csv" | iconv -f UTF-8 -t GB18030 >"$T/gb.csv"

t 'a GB18030 sheet, events by title or id, elders by name or ID number'
run event attend --file "$T/gb.csv"
outerr 0 "event: $T/gb.csv: read as GB18030" <<EOF
3	attended
1	walk-in
4	attended
4	walk-in
EOF
run attended
out 0 <<EOF
1	1	1
1	3	0
1	4	0
2	4	1
EOF

t 'EVENT given: the file needs no event column'
printf 'elder\n李秀兰\n1\n' >"$T/one.tsv"
run event attend 3 --file "$T/one.tsv"
out 0 <<EOF
3	walk-in
1	walk-in
EOF

t 'an elder already checked in is not recorded twice'
run event attend 3 --file "$T/one.tsv"
out 0 <<EOF
3	already-attended
1	already-attended
EOF

t 'YAML'
printf -- '- {event: 2, elder: 李秀兰, walk_in: no}\n' >"$T/a.yaml"
run event attend --file "$T/a.yaml"
out 0 <<EOF
3	attended
EOF

t 'every bad line named, one line each, and nothing recorded'
cat >"$T/bad.tsv" <<'EOF'
event	elder	walk_in
2	王金凤	
义诊	王金凤	
茶话会	王金凤	
9	王金凤	
4	王金凤	
2	张桂英	
2	王五	
	王金凤	
2		
2	王金凤	也许
EOF
run event attend --file "$T/bad.tsv"
err 1 "event: $T/bad.tsv:3: event: '义诊' is ambiguous: 2 (2026-11-20), 3 (2026-11-27); give the id
event: $T/bad.tsv:4: event: '茶话会': no event has that id or title
event: $T/bad.tsv:5: unknown event id 9
event: $T/bad.tsv:6: event 4 is on 2027-01-01: attendance is recorded on or after the day
event: $T/bad.tsv:7: elder: '张桂英' is ambiguous: 1 张桂英 (86 years, 3-1-302), 2 张桂英 (76 years, no address); give the id
event: $T/bad.tsv:8: elder: '王五': no elder has that id, ID number or name
event: $T/bad.tsv:9: event: empty: give the event column, or the EVENT argument
event: $T/bad.tsv:10: elder: empty: each line needs its elder (id, ID number or name)
event: $T/bad.tsv:11: walk_in: invalid value '也许': expected yes or no
event: $T/bad.tsv: 9 bad records: nothing imported"
run attended
out 0 <<EOF
1	1	1
1	3	0
1	4	0
2	3	0
2	4	1
3	1	1
3	3	1
EOF

t 'a cancelled event, and an elder archived before it'
event cancel 3 >/dev/null
elder archive 4 --reason moved --date 2026-11-01 >/dev/null
printf 'event\telder\n3\t王金凤\n2\t王金凤\n' >"$T/c.tsv"
run event attend --file "$T/c.tsv"
err 1 "event: $T/c.tsv:2: event 3 is cancelled
event: $T/c.tsv:3: elder 4 is archived
event: $T/c.tsv: 2 bad records: nothing imported"

t 'options of a file without --file are a usage error'
run event attend 2 4 --map a=b
outerr 2 "event: attend: wrong arguments
usage: event attend EVENT [ELDER...]
             attend [EVENT] --file FILE [--format F] [--encoding E]
             [--ignore-unknown] [--map HEADER=COLUMN]... [--sheet NAME]
             [--header-row N]" </dev/null

t 'event --columns attend --file'
run event --columns attend --file
out 0 <<EOF
event	活动	Event
elder	老人	Elder
walk_in	现场报名	Walk-in
EOF

t 'event attend by elder names on the command line'
elder restore 4 >/dev/null
run event attend 1 李秀兰
out 0 <<EOF
3	already-attended
EOF

t 'a sign-in sheet under its title: --header-row names the header row'
printf '义诊签到表\n身份证号\n520112194003020025\n' >"$T/titled.csv"
run event attend 2 --file "$T/titled.csv" --header-row 2
outerr 0 "event: $T/titled.csv:1: left out, above the header: 义诊签到表" <<EOF
1	walk-in
EOF
run event attend 2 李秀兰 --header-row 2
outerr 2 "event: attend: wrong arguments
usage: event attend EVENT [ELDER...]
             attend [EVENT] --file FILE [--format F] [--encoding E]
             [--ignore-unknown] [--map HEADER=COLUMN]... [--sheet NAME]
             [--header-row N]" </dev/null
run event attend 2 --file "$T/titled.csv" --sheet 签到
err 1 "event: $T/titled.csv: --sheet: not an xlsx workbook"

done_testing
