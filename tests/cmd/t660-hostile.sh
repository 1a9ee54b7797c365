#!/bin/sh
# Hostile input and faults: SQL-looking text, control and direction
# characters, emoji, NUL bytes, binary files, long lines, YAML aliases,
# odd files as the database, a full disk and a full standard output.
# Each gives a clean error or correct data, never a crash, and leaves
# the database whole.
. "$(dirname "$0")/lib.sh"

t 'SQL-looking text is data: stored and shown as typed, every table still there'
run sh -c 'elder add "Robert'"'"'); DROP TABLE elder;--" --tag "x'"'"'OR'"'"'1'"'"'='"'"'1--" >/dev/null &&
    volunteer add "'"'"'; DELETE FROM volunteer; --" >/dev/null &&
    event add "1); UPDATE event SET title = '"'"'x" --date 2026-12-01 >/dev/null &&
    elder list -c id,name,tags; volunteer list -c id,name; event list -c id,title
    elder list --tag "x'"'"'OR'"'"'1'"'"'='"'"'1--" -c id'
out 0 <<EOF
1	Robert'); DROP TABLE elder;--	x'OR'1'='1--
1	'; DELETE FROM volunteer; --
1	1); UPDATE event SET title = 'x
1
EOF
run q "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('elder', 'volunteer', 'event', 'changelog')"
out 0 <<EOF
4
EOF

t 'a TAB, a newline, an escape or a direction mark in a name is refused'
run elder add "$(printf 'a\tb')"
err 1 'elder: name: TAB or newline in a name'
run elder add "$(printf 'a\nb')"
err 1 'elder: name: TAB or newline in a name'
run elder add "$(printf 'a\033[31mb')"
err 1 'elder: name: control or direction character U+001B in a name'
run elder add "$(printf '\342\200\256\344\270\211\345\274\240')"
err 1 'elder: name: control or direction character U+202E in a name'
run volunteer add "$(printf '\342\201\246x')"
err 1 'volunteer: name: control or direction character U+2066 in a name'

t 'emoji and CJK are data: stored whole, the table aligned by display width'
run sh -c 'elder add "张😀" >/dev/null && elder add "👨‍👩‍👧 一家" >/dev/null &&
    elder list -c id,name -o table'
out 0 <<EOF
ID  Name
 1  Robert'); DROP TABLE elder;--
 2  张😀
 3  👨‍👩‍👧 一家
EOF

t 'a NUL byte in an import names its line; nothing imported'
printf 'name\tgender\n张\000三\tM\n李四\tF\n' >"$T/nul.tsv"
run elder import "$T/nul.tsv"
err 1 "elder: $T/nul.tsv:2: name: invalid UTF-8
elder: $T/nul.tsv: 1 bad record: nothing imported"

t 'a NUL byte as the first byte of the header'
printf '\000name\n张三\n' >"$T/nul0.tsv"
run elder import "$T/nul0.tsv"
err 1 "elder: $T/nul0.tsv:1: column 1: invalid UTF-8"

t 'a binary file as an import: a clean error, nothing imported'
awk 'BEGIN { srand(3); for (i = 0; i < 20000; i++) printf "%c", int(rand() * 256) }' >"$T/bin.tsv"
run sh -c 'elder import "$1" 2>&1 | sed -n 1p | sed "s/:[0-9]*:.*/:LINE: .../"; elder list | wc -l' sh "$T/bin.tsv"
out 0 <<EOF
elder: $T/bin.tsv:LINE: ...
3
EOF

t 'a line of 10,000 characters: the field is named'
{ printf 'name\tnote\n'; awk 'BEGIN { s = ""; for (i = 0; i < 10000; i++) s = s "长"; print "张三\t" s }'; } >"$T/long.tsv"
run elder import "$T/long.tsv"
out 0 <<EOF
4
EOF
run sh -c 'elder show 4 -o json | grep -o "长" | wc -l'
out 0 <<EOF
10000
EOF
{ printf 'name\n'; awk 'BEGIN { s = ""; for (i = 0; i < 10000; i++) s = s "x"; print s }'; } >"$T/longname.tsv"
run elder import "$T/longname.tsv"
err 1 "elder: $T/longname.tsv:2: name: too long (10000 bytes, at most 200)
elder: $T/longname.tsv: 1 bad record: nothing imported"

t 'YAML aliases are refused in an import and in the config'
printf -- '- name: &n 张三\n- name: *n\n' >"$T/alias.yaml"
run elder import "$T/alias.yaml"
err 1 "elder: $T/alias.yaml:1: yaml: aliases are not allowed"
printf 'privacy: &p\n  mask_id_numbers: true\nassessment: *p\n' >"$T/alias.conf"
run elder list --config "$T/alias.conf"
err 1 "elder: $T/alias.conf:1: assessment: aliases are not allowed"

t 'a billion laughs in the config: refused at once'
cat >"$T/laughs.yaml" <<'EOF'
privacy: &a {mask_id_numbers: true}
station: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
visit: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
db: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
EOF
# 200 MB of address space at most (ASan reserves terabytes for its
# shadow memory and valgrind maps its own: under them, no limit).
vmax=200000
grep -qa -e __asan_init -e valgrind "$BIN/elder" && vmax=unlimited
run sh -c 'ulimit -v "$2"; elder list --config "$1"' sh "$T/laughs.yaml" "$vmax"
err 1 "elder: $T/laughs.yaml:2: station: expected a mapping, not a sequence"

t 'a FIFO as the database: refused, no hang'
mkfifo "$T/fifo"
run timeout 10 elder list --db "$T/fifo"
err 1 "elder: cannot open database '$T/fifo': not a regular file"
run timeout 10 elder add 甲 --db "$T/fifo"
err 1 "elder: cannot open database '$T/fifo': not a regular file"

t 'standard output full: the write is committed first, then the error says so'
run sh -c 'elder add 写不出 >/dev/full; echo "exit $?"; elder list -c name | grep -c 写不出'
outerr 0 'elder: output lost, but the changes are committed: see them with list, show or report changes: No space left on device' <<EOF
exit 1
1
EOF
run sh -c 'elder list >/dev/full; echo "exit $?"'
outerr 0 'elder: write failure on standard output: No space left on device' <<EOF
exit 1
EOF

# A file size limit stands for a full disk: SIGXFSZ ignored, the write
# fails with EFBIG and SQLite reports an I/O error.
fresh
elder import "$TOP/examples/elders.tsv" >/dev/null
awk 'BEGIN { print "name\tbuilding\tnote"
    for (i = 1; i <= 5000; i++) printf "满%d\t%d\t第%d条记录\n", i, i % 9 + 1, i }' >"$T/many.tsv"
BLOCKS=$(( $(stat -c %s "$SHEGONG_DB") / 512 + 64 ))

t 'disk full during an import: one clean error, nothing imported, the file whole'
run sh -c 'trap "" XFSZ; ulimit -f "$1"; elder import "$2" 2>&1 >/dev/null' \
    sh "$BLOCKS" "$T/many.tsv"
out 1 <<EOF
elder: cannot commit: disk I/O error
EOF
run sh -c 'q() { sqlite3 -batch "$SHEGONG_DB" "$1"; }; q "SELECT count(*) FROM elder"; q "PRAGMA integrity_check"; q "SELECT count(*) FROM changelog"'
out 0 <<EOF
40
ok
40
EOF

t 'disk full for a single write: a clean error, nothing written'
# 8 blocks (4 KiB): room for a message, not for a page of the WAL
run sh -c 'trap "" XFSZ; ulimit -f 8; elder set 1 --phone 13900000000'
err 1 "elder: '$SHEGONG_DB': disk I/O error"
run sh -c 'elder show 1 -c phone; sqlite3 "$SHEGONG_DB" "PRAGMA integrity_check"'
out 0 <<EOF
15176987619
ok
EOF

t 'after the full disk, the next commands work'
run sh -c 'elder add 之后 && elder list | wc -l'
out 0 <<EOF
41
41
EOF

t 'a value that normalising lengthens past its limit is refused (fuzz_fields)'
run elder add 甲 --building 'ﬓ栋元旦_ski&llseveeveralone'
err 1 "elder: building: too long (33 bytes, at most 32)"

t 'a landline with its extension reads back as stored (fuzz_fields)'
fresh
run elder add 乙 --phone '0181269087ext3' --caregiver-phone '010-12345678-123'
out 0 <<EOF
1
EOF
run sh -c 'elder add 丙 --phone "$(elder list -c phone)"; elder list -c id,phone,caregiver_phone'
out 0 <<EOF
2
1	0181269087-3	01012345678-123
2	0181269087-3	
EOF

done_testing
