#!/bin/sh
# bash completion (completion/shegong.bash): the function bash calls on
# TAB, driven in a non-interactive bash through COMP_WORDS and
# COMP_CWORD; the candidates it leaves in COMPREPLY, one a line.
. "$(dirname "$0")/lib.sh"

COMPFILE=$TOP/completion/shegong.bash
export COMPFILE

# comp WORD... -- complete the last word (bash's own split: '=' and ':'
# are words of their own).
comp() {
	run bash --norc --noprofile -c '
		. "$COMPFILE" || exit 1
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
		_shegong || exit
		[ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}"' \
	    comp "$@"
}

t 'complete -p: the five commands use _shegong'
run sh -c 'bash --norc --noprofile -c ". \"$COMPFILE\"; complete -p" | sort'
out 0 <<EOF
complete -F _shegong elder
complete -F _shegong event
complete -F _shegong report
complete -F _shegong visit
complete -F _shegong volunteer
EOF

t 'verbs: those of each command'"'"'s own verb table (its --help)'
for c in elder visit volunteer event report; do
	comp "$c" ''
	"$c" --help | sed -n 's/^  \([a-z]*\) .*/\1/p' >"$T/verbs"
	out 0 <"$T/verbs"
done
comp visit p
out 0 <<EOF
plan
planned
EOF
comp elder --
out 0 <<EOF
--help
--version
EOF

t 'options: the verb'"'"'s, then the common ones'
comp visit due --
out 0 <<EOF
--db
--config
--output
--header
--columns
--user
--dry-run
--reveal
--labels
--excel
--help
--on
--within
--tag
EOF
comp elder list --l
out 0 <<EOF
--labels
--living
--level
EOF
comp elder case close 1 --
out 0 <<EOF
--db
--config
--output
--header
--columns
--user
--dry-run
--reveal
--labels
--excel
--help
--outcome
--feedback
--date
--by
EOF
comp elder list --tag 独居 --r
out 0 <<EOF
--reveal
EOF
comp visit plan --week next-week --s
out 0 <<EOF
--save
--strict
--sheets
EOF
comp visit plan --b
out 0 <<EOF
--blank-form
EOF

t 'option values: modes, kinds, roles, instruments, formats, periods'
comp visit log 1 --mode ''
out 0 <<EOF
home
phone
video
event
EOF
comp visit log 1 --kind f
out 0 <<EOF
follow-up
EOF
comp event add 茶话会 --kind ''
out 0 <<EOF
festival
culture
health
clinic
group
training
interest
other
EOF
comp event partner add 燃气公司 --kind ''
out 0 <<EOF
firm
shop
university
clinic
government
school
ngo
other
EOF
comp volunteer add 李娟 --role s
out 0 <<EOF
social-worker
supervisor
student
EOF
comp elder assess 1 --instrument ''
out 0 <<EOF
barthel
gbt42195
EOF
comp report monthly -o ''
out 0 <<EOF
table
tsv
csv
json
yaml
xlsx
text
markdown
html
EOF
comp volunteer hours --period this-
out 0 <<EOF
this-week
this-month
this-year
EOF
comp elder archive 3 --reason ''
out 0 <<EOF
moved
deceased
other
EOF
comp elder case referral 1 --status ''
out 0 <<EOF
sent
accepted
done
declined
EOF

t 'values after = (bash splits --finding health=c into three words)'
comp visit log 1 --finding ''
out 0 <<EOF
living=
safety=
health=
mental=
EOF
comp visit log 1 --finding health = c
out 0 <<EOF
concern
EOF
comp visit log 1 --finding health =
out 0 <<EOF
ok
concern
urgent
EOF
comp report monthly --output = j
out 0 <<EOF
json
EOF

t 'columns: the last item of the list, not those already given'
comp elder list -c id,na
out 0 <<EOF
id,name
EOF
comp elder list --columns name,a
out 0 <<EOF
name,age
name,address
name,assessed
name,assessment
name,archive_reason
name,archive_date
EOF

# The database: twelve elders (one archived), two volunteers, a team,
# an event, a partner.
for n in 张桂英 李秀英 王德明 赵玉兰 刘正华 陈金凤 杨国富 黄兰芳 周秀珍 \
    吴有才 徐玉珍 孙德福; do
	elder add "$n" --tag 独居 >/dev/null
done
elder tag 2 --add 高龄 >/dev/null
elder archive 5 --reason moved >/dev/null
volunteer add 李娟 --role 社工 >/dev/null
volunteer add 张晓 --role student >/dev/null
volunteer team add 敬老 --leader 1 >/dev/null
event add 重阳节茶话会 --date 2026-12-01 --kind festival >/dev/null
event partner add 燃气公司 --kind 企业 >/dev/null
visit log 1 --by 1 --date 2026-11-20 >/dev/null
elder case open 3 --need 适老化改造 >/dev/null
elder case refer 1 --to 燃气公司 --need home-adaptation >/dev/null
elder case refer 1 --to 1 --need home-adaptation >/dev/null
elder case referral 2 --status accepted >/dev/null

t 'columns: every column the verb prints (its -H header)'
for v in 'elder show 1' 'visit show 1' 'volunteer show 1' 'event show 1' \
    'visit planned' 'volunteer pairs' 'event partner show 1'; do
	set -- $v
	comp "$@" -c ''
	"$@" -H -o tsv | head -n 1 | tr '\t' '\n' >"$T/cols"
	out 0 <"$T/cols"
done

t 'ids from the database: "id  name", the id alone when one is left'
comp elder show ''
out 0 <<EOF
1  张桂英
2  李秀英
3  王德明
4  赵玉兰
6  陈金凤
7  杨国富
8  黄兰芳
9  周秀珍
10  吴有才
11  徐玉珍
12  孙德福
EOF
comp elder show 1
out 0 <<EOF
1  张桂英
10  吴有才
11  徐玉珍
12  孙德福
EOF
comp elder show 12
out 0 <<EOF
12
EOF
comp elder show 3 12 1
out 0 <<EOF
1  张桂英
10  吴有才
11  徐玉珍
12  孙德福
EOF
comp elder restore ''
out 0 <<EOF
5
EOF
comp visit show ''
out 0 <<EOF
1
EOF
comp event signup ''
out 0 <<EOF
1
EOF
comp event signup 1 1
out 0 <<EOF
1  张桂英
10  吴有才
11  徐玉珍
12  孙德福
EOF
comp elder case open 1
out 0 <<EOF
1  张桂英
10  吴有才
11  徐玉珍
12  孙德福
EOF
comp elder case referral ''
out 0 <<EOF
1  王德明 燃气公司 home-adaptation sent
2  王德明 燃气公司 home-adaptation accepted
EOF
comp elder case referral 2
out 0 <<EOF
2
EOF
comp elder case refer ''
out 0 <<EOF
1
EOF
comp elder case ''
out 0 <<EOF
open
assess
plan
note
close
reopen
refer
referral
show
EOF

t 'volunteers by name, or by id with the name; teams; tags'
comp visit log 1 --by ''
out 0 <<EOF
李娟
张晓
EOF
comp visit log 1 --by 张
out 0 <<EOF
张晓
EOF
comp volunteer pair ''
out 0 <<EOF
李娟
张晓
EOF
comp volunteer pair 1
out 0 <<EOF
1
EOF
comp volunteer pair 张晓 1
out 0 <<EOF
1  张桂英
10  吴有才
11  徐玉珍
12  孙德福
EOF
comp volunteer team members ''
out 0 <<EOF
敬老
EOF
comp volunteer list --team ''
out 0 <<EOF
敬老
EOF
comp elder list --tag ''
out 0 <<EOF
独居
高龄
EOF

t 'the database named on the line; none there completes nothing'
elder add 王芳 --db "$T/other.db" >/dev/null
elder add 赵强 --db "$T/other.db" >/dev/null
comp elder show --db "$T/other.db" ''
out 0 <<EOF
1  王芳
2  赵强
EOF
comp elder show --db="$T/other.db" ''
out 0 <<EOF
1  王芳
2  赵强
EOF
comp elder show -d "$T/nothing.db" ''
out 0 </dev/null
[ ! -e "$T/nothing.db" ]
_report $? "completion created $T/nothing.db"

t 'a command named by its path: the others are looked for beside it'
run env PATH=/usr/bin:/bin bash --norc --noprofile -c '
	. "$COMPFILE"
	COMP_WORDS=("$0/visit" log 1 --by ""); COMP_CWORD=4
	_shegong; printf "%s\n" "${COMPREPLY[@]}"' "$BIN"
out 0 <<EOF
李娟
张晓
EOF

done_testing
