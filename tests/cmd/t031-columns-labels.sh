#!/bin/sh
# Columns declared once, with their labels: COMMAND --columns VERB [SUB]
# prints each list's columns (key, Chinese label, English label); -c and
# import's header take a key or either label.
. "$(dirname "$0")/lib.sh"

t '--columns: the columns of a record type, with their labels'
run elder --columns list
out 0 <<'EOF'
id	编号	ID
name	姓名	Name
gender	性别	Gender
birth	出生日期	Date of birth
age	年龄	Age
id_number	身份证号	ID number
phone	联系电话	Phone
building	楼栋	Building
unit	单元	Unit
room	房号	Room
address	地址	Address
origin	原籍	Origin
living	居住情况	Living
tags	标签	Tags
derived	派生类别	Derived categories
status	状态	Status
joined	登记日期	Joined
last_visit	最近探访	Last visit
volunteer	志愿者身份	Volunteers as
persons	关联人员	Linked persons
paired	结对志愿者	Paired with
level	能力等级	Level
assessed	最近评估	Last assessed
caregiver	照护人	Caregiver
caregiver_relation	照护人关系	Caregiver relation
caregiver_phone	照护人电话	Caregiver phone
emergency	紧急联系人	Emergency contact
emergency_phone	紧急联系电话	Emergency phone
archive_reason	归档原因	Archive reason
archive_date	归档日期	Archive date
visit_every	探访频次	Visit every
note	备注	Note
EOF

t '--columns: show adds the health columns'
run sh -c 'elder --columns show | cut -f1 | grep -x -e assessment -e health'
out 0 <<'EOF'
assessment
health
EOF

t '--columns: an ad-hoc list, a sub-verb, a writing verb'
run volunteer --columns hours
out 0 <<'EOF'
id	编号	ID
name	姓名	Name
visit_hours	探访时长	Visit hours
event_hours	活动时长	Event hours
manual_hours	其他时长	Other hours
total	合计	Total
work_hours	工作时长	Staff work hours
training_hours	培训时长	Training hours
EOF
run volunteer --columns team list
out 0 <<'EOF'
id	编号	ID
name	队名	Team
leader_id	队长编号	Leader ID
leader	队长	Leader
members	队员人数	Members
EOF
run event --columns signup
out 0 <<'EOF'
id	老人编号	Elder ID
result	结果	Result
EOF
run elder --columns set
out 0 </dev/null

t '--columns: every column of every verb has a key and two labels'
for c in elder visit volunteer event report; do
	"$c" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | while read -r v; do
		case $c.$v in
		elder.case)	subs='open refer show' ;;
		elder.person)	subs='add list show import' ;;
		volunteer.team)	subs='add list members' ;;
		event.partner)	subs='add list show' ;;
		*)		subs=- ;;
		esac
		for s in $subs; do
			[ "$s" = - ] && s=
			"$c" --columns "$v" $s | awk -F '\t' -v w="$c $v $s" '
			    NF != 3 || $1 !~ /^[a-z_]+$/ || $2 !~ /[^ -~]/ ||
			    $3 !~ /^[A-Z]/ || seen[$1]++ { print w ": " $0 }'
		done
	done
done >"$T/bad"
run cat "$T/bad"
out 0 </dev/null

t '--columns: usage'
run elder --columns
err 2 'usage: elder --columns VERB [SUB]'
run elder --columns nosuch
err 2 'usage: elder --columns VERB [SUB]'
run volunteer --columns team
err 2 'volunteer: --columns team: name a sub-verb'

t 'import: a header of Chinese labels'
printf '姓名\t性别\t联系电话\t标签\n张桂英\t女\t13800000001\t独居\n' >"$T/zh.tsv"
run elder import "$T/zh.tsv"
out 0 <<'EOF'
1
EOF

t 'import: a header of English labels (csv)'
printf 'Name,Gender,Date of birth,Tags\r\n李秀英,F,1945-05-02,"低保,独居"\r\n' >"$T/en.csv"
run elder import "$T/en.csv"
out 0 <<'EOF'
2
EOF
run elder list -c id,name,gender,birth,tags -H
out 0 <<'EOF'
id	name	gender	birth	tags
1	张桂英	F		独居
2	李秀英	F	1945-05-02	低保,独居
EOF

t 'import: keys and labels mixed; a column named twice'
printf 'name\t联系电话\tRoom\n王德明\t13800000003\t101\n' >"$T/mixed.tsv"
run elder import "$T/mixed.tsv"
out 0 <<'EOF'
3
EOF
printf 'name\t姓名\n赵玉兰\t赵玉兰\n' >"$T/twice.tsv"
run elder import "$T/twice.tsv"
err 1 "elder: $T/twice.tsv:1: 姓名: the same column as 'name'"
printf '姓名\t电话号\n赵玉兰\t1\n' >"$T/unknown.tsv"
run elder import "$T/unknown.tsv"
err 1 "elder: $T/unknown.tsv:1: 电话号: unknown column: the columns are id 编号, name 姓名, gender 性别, birth 出生日期, id_number 身份证号, phone 联系电话, building 楼栋, unit 单元, room 房号, origin 原籍, living 居住情况, tags 标签, status 状态, joined 登记日期, health 健康状况, caregiver 照护人, caregiver_relation 照护人关系, caregiver_phone 照护人电话, emergency 紧急联系人, emergency_phone 紧急联系电话, archive_reason 归档原因, archive_date 归档日期, visit_every 探访频次, note 备注 (--ignore-unknown leaves it out)"

t '-c takes a key or a label; headings stay the keys'
run elder list -c 编号,姓名,Phone -H
out 0 <<'EOF'
id	name	phone
1	张桂英	13800000001
2	李秀英	
3	王德明	13800000003
EOF
run volunteer hours -c 姓名,Total
out 0 </dev/null
run elder list -c 电话号
err 1 "elder: unknown column '电话号' for elder"

t '-c on a report page is refused, not ignored; its rows take it'
run report monthly --month 2026-11 -c metric
err 1 "report: -c: not available for the text page: use -o tsv, csv or json"
run report period --from 2026-11-01 --to 2026-11-30 -o html -c metric
err 1 "report: -c: not available for the html page: use -o tsv, csv or json"
run sh -c 'report monthly --month 2026-11 -o tsv -c section,metric | head -2'
out 0 <<'EOF'
elders	active
elders	new
EOF

done_testing
