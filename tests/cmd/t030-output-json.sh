#!/bin/sh
# One output path: every verb of every command, run with -o json on a small
# fixture, prints JSON Lines (each line of stdout one JSON object) or
# refuses the format with exit 1 and one line on stderr
# ("event: -o json: not available for 'event signup'").  The verbs come
# from each command's --help, so a new verb must be added to the list
# in verbs-fixture.sh.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/verbs-fixture.sh"

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

verbs_fixture

t 'every verb of every command is in the list'
for c in elder visit volunteer event report; do
	"$c" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | while read -r v; do
		grep -q "^$c $v\( \|$\)" "$T/verbs" || echo "$c $v"
	done
done >"$T/missing"
run cat "$T/missing"
out 0 </dev/null


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
	run verb_line "$line" -o json
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
