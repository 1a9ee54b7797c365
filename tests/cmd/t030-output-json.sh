#!/bin/sh
# One output path: every verb of every command, run with -o json on a small
# fixture, prints JSON Lines (each line of stdout one JSON object) or
# refuses the format with exit 1 and one line on stderr
# ("event: -o json: not available for 'event signup'").  The verbs come
# from each command's --help, so a new verb must be added here.
. "$(dirname "$0")/lib.sh"

PY=/usr/bin/python3
[ -x "$PY" ] || { echo "t030-output-json: /usr/bin/python3 is missing (apt-get install python3)"; exit 1; }

# jsonl FILE KEYS: exit 0 when every line of FILE is one JSON object; their
# keys, each once, written to KEYS.  One Python answers every call (a
# process each would be a third of this file's time), through two FIFOs.
# jsonl FILE: exit 0 when every line of FILE is one JSON object; $n is
# then the number of lines.  undeclared COMMAND VERB [SUB]: the keys of the
# last file that COMMAND --columns VERB [SUB] does not name, one line each
# on fd 3.  One Python answers every call (a process each, and the cut,
# sort and comm of the keys, were most of this file's time), through two
# FIFOs.
mkfifo "$T/py.in" "$T/py.out"
"$PY" -c '
import json, subprocess, sys
keys = []
for req in sys.stdin:
    a = req.rstrip("\n").split("\t")
    if a[0] == "declared":
        cols = subprocess.run(a[1:], capture_output=True, text=True).stdout
        named = {l.split("\t")[0] for l in cols.splitlines()}
        bad = sorted(k for k in keys if k not in named)
        print(len(bad), flush=True)
        for k in bad:
            print(k, flush=True)
        continue
    keys, ok, n = [], "0", 0
    try:
        for line in open(a[1], encoding="utf-8"):
            o = json.loads(line)
            if not isinstance(o, dict) or not line.endswith("\n"):
                ok = "1"
                break
            keys += [k for k in o if k not in keys]
            n += 1
    except Exception:
        ok = "1"
    print(ok, n, flush=True)
' <"$T/py.in" >"$T/py.out" 2>/dev/null &
exec 4>"$T/py.in" 5<"$T/py.out"
jsonl() {
	printf 'jsonl\t%s\n' "$1" >&4
	read -r _ok n <&5
	return "${_ok:-1}"
}

BARTHEL='feeding=10 bathing=5 grooming=5 dressing=10 bowels=10 bladder=10'
BARTHEL="$BARTHEL toilet=10 transfer=15 mobility=15 stairs=10"
# The fixture: two elders, a volunteer with a team and a pairing, a visit,
# an event with a signup, a partner, a case, an assessment, a saved plan.
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

t 'every verb of every command is in the list'
for c in elder visit volunteer event report; do
	"$c" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | while read -r v; do
		grep -q "^$c $v\( \|$\)" "$T/verbs" || echo "$c $v"
	done
done >"$T/missing"
run cat "$T/missing"
out 0 </dev/null

# Run one line of the list with -o json; classify its outcome.
sweep() {
	set -f
	# shellcheck disable=SC2086
	set -- $1
	set +f
	c=$1
	shift
	_n=$#
	for a; do
		case $a in
		FILE:*)	set -- "$@" "$T/${a#FILE:}" ;;
		# shellcheck disable=SC2086
		BARTHEL) set -- "$@" $BARTHEL ;;
		SQL)	set -- "$@" 'SELECT id, name FROM elder' ;;
		*)	set -- "$@" "$a" ;;
		esac
	done
	shift "$_n"
	run "$c" "$@" -o json </dev/null
}

# The keys of a verb's JSON that its declaration (COMMAND --columns VERB
# [SUB]) does not name; report query's columns are the query's own.
declared() {
	set -- $1
	case $1.$2 in
	report.query) return ;;
	elder.case|elder.person|volunteer.team|event.partner) sub=$3 ;;
	*) sub= ;;
	esac
	printf 'declared\t%s\t--columns\t%s%s\n' "$1" "$2" "${sub:+	$sub}" >&4
	read -r _k <&5
	while [ "$_k" -gt 0 ]; do
		read -r _key <&5
		echo "$1 $2 $sub: undeclared key $_key" >&3
		_k=$((_k - 1))
	done
}

t 'each verb prints JSON Lines, or refuses -o json in one line'
exec 3>"$T/undeclared"
json=0 refused=0 silent=0 lines=0 bad= quiet=
while read -r line; do
	sweep "$line"
	read -r st <"$T/status"
	c=${line%% *}
	if [ "$st" = 0 ] && [ ! -s "$T/stderr" ] && jsonl "$T/stdout"; then
		if [ "$n" -gt 0 ]; then
			json=$((json + 1)) lines=$((lines + n))
			declared "$line"
		else
			silent=$((silent + 1)) quiet="$quiet, ${line%% -*}"
		fi
	elif [ "$st" = 1 ] && [ ! -s "$T/stdout" ] && _slurp <"$T/stderr" &&
	    case $_s in
	    "$c: -o json: not available for '$c "*"'
") v=${_s#*\'$c } v=${v%\'*}
		case $v in ''|*[!a-z\ -]*) false ;; esac ;;
	    *) false ;;
	    esac; then
		refused=$((refused + 1))
	else
		bad="$bad$line: exit $st: $(head -c 300 "$T/stdout" "$T/stderr")
"
	fi
done <"$T/verbs"
exec 3>&-
printf 'json: %d verbs, %d lines; refused: %d; no output: %d\n' \
    "$json" "$lines" "$refused" "$silent" >&2
printf 'no output: %s\n' "${quiet#, }" >&2
run printf '%s' "$bad"
out 0 </dev/null

t 'the keys of every JSON line are the declared columns'
run cat "$T/undeclared"
out 0 </dev/null

t 'the refusals, exactly'
run volunteer certificate 1 -o json
err 1 "volunteer: -o json: not available for 'volunteer certificate'"
run elder assess --form 1 -o csv
err 1 "elder: -o csv: not available for 'elder assess --form'"
run volunteer certificate 1 -o markdown
[ "$(head -n 1 "$T/stdout")" = "# 志愿服务证明" ]
_report $? "markdown certificate: $(head -n 1 "$T/stdout")"

t 'writing verbs: ids and results as JSON, with -H and -c'
run event signup 1 2 -o json
out 0 <<'EOF'
{"id":2,"result":"already-registered"}
EOF
run sh -c 'event add 合唱 --date 2026-12-08 -o csv | tr -d "\r"'
out 0 <<'EOF'
id
3
EOF
run event withdraw 1 2 -H
out 0 <<'EOF'
id	result
2	withdrawn
EOF
run event signup 1 1 -c result
out 0 <<'EOF'
registered
EOF
run event staff 1 1 --hours 1.5 -o json
out 0 <<'EOF'
{"id":1,"hours":1.5}
EOF
run elder add 郑大 -c name
err 1 "elder: unknown column 'name' for add"
run q "SELECT count(*) FROM elder WHERE name = '郑大'"
out 0 <<'EOF'
0
EOF

t 'at a terminal, add prints the id alone, not a table'
run sh -c 'script -qec "elder add 孙德福" /dev/null | tr -d "\r"'
out 0 <<'EOF'
5
EOF
run sh -c 'script -qec "elder list -c id,name" /dev/null | tr -d "\r" | tail -n 2'
out 0 <<'EOF'
 4  周秀珍
 5  孙德福
EOF

exec 4>&-
wait
done_testing
