#!/bin/sh
# verbs-fixture.sh -- sourced (after lib.sh) by t030 and tests/long/t813,
# which run every verb of every command: verbs_fixture makes a small
# fixture and the list of verbs ($T/verbs, each once, in an order that
# works: the writes make what the reads show), and verb_line runs one
# line of that list.  A verb added to a command is added here (t030
# checks each command's --help against the list).

BARTHEL='feeding=10 bathing=5 grooming=5 dressing=10 bowels=10 bladder=10'
BARTHEL="$BARTHEL toilet=10 transfer=15 mobility=15 stairs=10"

verbs_fixture() {
	# two elders, a volunteer with a team and a pairing, a visit, an
	# event with a signup, a partner, a case, an assessment, a saved plan
	elder add 张桂英 --gender 女 --birth 1940-03-01 --phone 13800000001 \
	    --building 3 --unit 1 --room 101 --tag 独居 --living alone >/dev/null
	elder add 李秀英 --gender 女 --birth 1945-05-02 >/dev/null
	volunteer add 王芳 --phone 13900000001 >/dev/null
	volunteer team add 探访队 --leader 1 >/dev/null
	volunteer pair 1 1 >/dev/null
	visit log 1 --by 1 --date 2026-11-20 --minutes 30 --follow-up 2026-11-25 \
	    >/dev/null
	event add 重阳茶话会 --date 2026-11-28 --capacity 1 >/dev/null
	event partner add 燃气公司 --kind firm >/dev/null
	elder case open 1 --need home-adaptation >/dev/null
	elder assess 1 --instrument barthel $BARTHEL >/dev/null
	visit plan --week 2026-W49 --save >/dev/null 2>&1
	volunteer certificate 1 >/dev/null
	printf 'name\tgender\n周秀珍\tF\n' >"$T/elders.tsv"
	printf 'name\tphone\n赵刚\t13900000002\n' >"$T/vols.tsv"
	printf 'date\telder\tvisitors\n2026-11-21\t1\t王芳\n' >"$T/visits.tsv"
	printf 'name\tkind\n何丽\tresident\n' >"$T/persons.tsv"
	export EDITOR=true
	# a project with a part and targets (report project), no defaults
	cat >"$T/config.yaml" <<'EOT'
projects:
  - {name: 锦瑟年华, from: 2026-10-01, to: 2026-12-31, parts: [{name: 探访关爱,
      targets: {home_visits: 10, visit_rate: 90, served: 20}}]}
EOT
	export SHEGONG_CONFIG="$T/config.yaml"

	# Each verb once (sub-verbs each once), in an order that works.
	cat >"$T/verbs" <<'EOF'
elder add 吴有才
elder list
elder show 1
elder set 2 --phone 13800000002
elder tag 2 --add 低保
elder edit 2
elder archive 3 --reason moved
elder restore 3
elder import FILE:elders.tsv
elder export
elder assess 2 --instrument barthel BARTHEL
elder assess --form 1
elder assessments 1
elder case open 2 --need home-adaptation
elder case assess 1 --note 评估
elder case plan 1 --goal 改造
elder case note 1 --note 随访
elder case refer 1 --to 燃气公司 --need home-adaptation
elder case referral 1 --status accepted
elder case close 1 --outcome resolved --feedback 满意
elder case reopen 1
elder case show 1
elder cases
elder person add 钱芳 --kind resident
elder person list
elder person show 1
elder person set 1 --phone 13700000001
elder person archive 1
elder person restore 1
elder person import FILE:persons.tsv
visit log 2 --by 1
visit import FILE:visits.tsv
visit list
visit show 1
visit rules
visit due
visit plan --week 2026-W50 --visitor 1
visit planned --week 2026-W49
visit skip 1 --reason 住院
visit followups
visit remind --day 2026-12-07
volunteer add 孙丽
volunteer list
volunteer show 1
volunteer set 2 --phone 13900000003
volunteer archive 2
volunteer restore 2
volunteer import FILE:vols.tsv
volunteer export
volunteer team add 文艺队
volunteer team list
volunteer team members 探访队
volunteer pair 1 2
volunteer unpair 1 2
volunteer pairs
volunteer log 1 --hours 2 --content 陪护
volunteer hours
volunteer record 1
volunteer certificate 1
volunteer certificates
event add 健康讲座 --date 2026-12-05
event list
event show 1
event set 1 --place 活动室
event cancel 2
event signup 1 1 2
event withdraw 1 1
event attend 1 2
event attend 1 person:1
event roster 1
event staff 1 1 --hours 2
event festivals 2027
event partner add 社区医院 --kind clinic
event partner list
event partner show 1
event partner give 燃气公司 --item 月饼 --qty 10 --unit 盒
event partner stock
event give 1 月饼:1
report monthly --month 2026-11
report period --period 2026-11
report coverage --period 2026-11
report elder 1
report volunteers --period 2026-11
report project
report changes --since 2026-11-28
report query SQL
EOF
}

# verb_line LINE [ARG...]: run LINE of the list, then ARG... (say, -o
# json), standard input empty: FILE:name is $T/name, BARTHEL the ten
# items of a Barthel index, SQL a query.
verb_line() {
	_vl=$1
	shift
	_nx=$#
	set -f
	# shellcheck disable=SC2086
	set -- $_vl "$@"
	set +f
	# each word of the line to the end, expanded; then ARG... after them
	_nw=$(($# - _nx))
	while [ "$_nw" -gt 0 ]; do
		case $1 in
		FILE:*)	set -- "$@" "$T/${1#FILE:}" ;;
		# shellcheck disable=SC2086
		BARTHEL) set -- "$@" $BARTHEL ;;
		SQL)	set -- "$@" 'SELECT id, name FROM elder' ;;
		*)	set -- "$@" "$1" ;;
		esac
		shift
		_nw=$((_nw - 1))
	done
	while [ "$_nx" -gt 0 ]; do
		set -- "$@" "$1"
		shift
		_nx=$((_nx - 1))
	done
	"$@" </dev/null
}
