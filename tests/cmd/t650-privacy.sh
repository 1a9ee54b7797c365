#!/bin/sh
# Privacy: no whole ID number in any output format of any reading verb of
# any command unless --reveal (four formats here, all eight in the long
# t832), in notes neither; health notes in no list; the files shegong
# creates are 0600; every --reveal recorded.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"

setup() {
	fixture && volunteer add 赵六 --id-number 11010519491231002X \
	    --note "证件 110105194912310021 已核" >/dev/null &&
	elder set 3 --health "高血压 HEALTHMARK" \
	    --note "户口本 520112194006063426" >/dev/null &&
	elder case open 3 --need medical --summary "身份证 520112194006063426" \
	    >/dev/null && volunteer certificate 5 --period 2026 >/dev/null &&
	elder set 1 --note "sfz11010519491231002X" >/dev/null &&
	elder set 2 --note "１１０１０５１９４９１２３１００２Ｘ" >/dev/null &&
	volunteer set 1 --note "110105 19491231 002X" >/dev/null &&
	event set 1 --note "旧证 110105491231002" >/dev/null &&
	visit log 4 --date 2026-11-20 \
	    --note "１１０１０５ １９４９１２３１ ００２Ｘ；110105-1949-1231-002X" \
	    >/dev/null && echo ok
}
t 'the fixture builds, with ID numbers of elders and volunteers, in notes too'
run setup
out 0 <<EOF
ok
EOF

# Every reading invocation; each runs in every output format.
cat >"$T/readers" <<'EOF'
elder list
elder list --status all
elder list -c id,name,id_number,note
elder show 1 3 10
elder export
elder assessments
elder cases
elder cases --unattended
elder case show 1
visit list
visit show 1 2 3
visit rules
visit due
visit plan
visit planned
visit followups
volunteer list
volunteer list -c id,name,id_number,note
volunteer show 1 5
volunteer export
volunteer team list
volunteer pairs --all
volunteer hours
volunteer record 5
volunteer certificate 5 --period 2026 --dry-run
volunteer certificates
event list
event show 1 2
event roster 2
event festivals
event partner list
report monthly
report period --period 2026-Q4
report coverage --period 2026-11
report elder 3
report volunteers
report changes
report query select * from elder
report query select * from volunteer
report query select * from changelog
EOF

# The formats of the sweep: four here, of each kind one (aligned, data,
# markup, the page); the long test t832 runs all eight.
FORMATS=${T650_FORMATS:-table json html text}
nformats=$(set -- $FORMATS; echo $#)
nreaders=$(grep -c . "$T/readers")

# run_all: every reader in every format; all output in $T/all, and the
# readers whose output holds the health note in $T/health.  Each output
# goes to a file of its own, searched once at the end (a grep per run
# would double the programs this test runs).
run_all() {
	mkdir -p "$T/o"
	n=0
	while read -r line; do
		for f in $FORMATS; do
			n=$((n + 1))
			case $line in
			'report query '*)
				report query -o "$f" "${line#report query }" \
				    </dev/null >"$T/o/$n" 2>&1 ;;
			*)
				# shellcheck disable=SC2086
				$line -o "$f" </dev/null >"$T/o/$n" 2>&1 ;;
			esac
			printf '%s\t%s\n' "$n" "$line" >>"$T/o.index"
		done
	done <"$T/readers"
	i=0
	while [ "$i" -lt "$n" ]; do i=$((i + 1)); printf '%s\n' "$T/o/$i"; done |
	    xargs cat >"$T/all"
	grep -l HEALTHMARK "$T"/o/* | sed 's,.*/,,' |
	    awk -F '\t' 'NR == FNR { h[$1]; next } $1 in h { print $2 }' \
	    - "$T/o.index" >"$T/health"
	echo "$n runs"
}
IDRE='[0-9]{17}[0-9Xx]|1949.?1231|１９４９.?１２３１|491231002'

t 'no whole ID number in any output of any reader, in any format'
run_all >"$T/runs"
run sh -c 'cat "$T/runs"; grep -cE "$1" "$T/all" || :
    wc -c <"$T/all" | awk "{ print (\$1 > 100000) }"' sh "$IDRE"
out 0 <<EOF
$((nreaders * nformats)) runs
0
1
EOF

t 'the masked forms are there instead: the region code of every ID number, and those in notes'
cat >"$T/masked.sql" <<'EOF'
SELECT substr(id_number, 1, 6) || '************'
FROM elder WHERE id_number IS NOT NULL
UNION
SELECT substr(id_number, 1, 6) || '************'
FROM volunteer WHERE id_number IS NOT NULL
UNION
SELECT '110105************';
EOF
run sh -c 'grep -oE "[0-9]{6}\*{12}" "$T/all" | sort -u >"$T/seen"
    sqlite3 -batch "$SHEGONG_DB" <"$T/masked.sql" | sort -u |
    diff - "$T/seen" && wc -l <"$T/seen"
    sed -E "s/[0-9]{3}\*{4}[0-9]{4}//g" "$T/all" |
	grep -cE "[0-9]\*+[0-9]|\*[0-9X]" || :'
out 0 <<EOF
$(sqlite3 -batch "$SHEGONG_DB" <"$T/masked.sql" | sort -u | wc -l)
0
EOF

t 'health notes: in show, export, the change log and report query, in no list'
run sh -c 'sort -u "$T/health"
    for c in "elder list" "elder list --status all" "visit due" "visit plan" \
	"report elder 3"; do $c -o json | grep -c HEALTHMARK || :; done'
out 0 <<EOF
elder export
elder show 1 3 10
report changes
report query select * from changelog
report query select * from elder
0
0
0
0
0
EOF

t 'the grep finds ID numbers when they are shown: --reveal'
run sh -c 'elder export --reveal | grep -cE "$1"
    volunteer show 5 --reveal | grep -oE "$1"
    report query --reveal "select id_number from elder where id = 2"' sh "$IDRE"
out 0 <<EOF
34
11010519491231002X
110105194912310021
520112194006063426
EOF

t 'every --reveal is in the disclosure table and the change log'
run q "SELECT d.user, d.command, c.tbl, c.op, c.record = d.id FROM disclosure d JOIN changelog c ON c.tbl = 'disclosure' AND json_extract(c.new, '$.id') = d.id ORDER BY d.id"
out 0 <<EOF
tester	elder export --reveal	disclosure	insert	1
tester	volunteer show 5 --reveal	disclosure	insert	1
tester	report query --reveal select id_number from elder where id = 2	disclosure	insert	1
EOF

t 'the database, its WAL and shared-memory files and the edit form are 0600 under umask 022'
fresh
# The WAL files last while a connection is open: sqlite3 holds one.
cat >"$T/ed" <<'EOF'
#!/bin/sh
stat -c %a "$1"
EOF
chmod +x "$T/ed"
# It tells through the FIFO ready that it has read, and ends when go is
# written.
mkfifo "$T/ready" "$T/go"
run sh -c 'umask 022; elder add 甲 >/dev/null && stat -c %a "$SHEGONG_DB" &&
    { printf "BEGIN; SELECT count(*) FROM elder;\n.system echo >%s\n" \
	"$T/ready"; read -r _ <"$T/go"; } | sqlite3 "$SHEGONG_DB" >/dev/null &
    read -r _ <"$T/ready"
    elder add 乙 >/dev/null && stat -c %a "$SHEGONG_DB-wal" "$SHEGONG_DB-shm"
    EDITOR="$T/ed" elder edit 1; echo >"$T/go"; wait'
out 0 <<EOF
600
600
600
600
EOF

done_testing
