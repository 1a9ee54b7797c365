#!/bin/sh
# Output never holds the database hostage (issue 24, points 6 and 7): a
# writer commits, then writes; a reader of its output that goes away or
# never reads costs it nothing but an error saying the changes are in.
. "$(dirname "$0")/lib.sh"

# 8,000 elders: their ids as JSON Lines (95 kB) fill a pipe (64 kB)
awk 'BEGIN { print "name"; for (i = 1; i <= 8000; i++) print "老人" i }' \
    >"$T/big.tsv"

t 'elder import big.tsv | head -2: all imported, exit 1, and it says so'
run sh -c '{ elder import -o json "$T/big.tsv"; echo $? >"$T/st"; } | head -2
    cat "$T/st"; sqlite3 "$SHEGONG_DB" "SELECT count(*) FROM elder"'
outerr 0 "elder: output lost, but the changes are committed: see them with list, show or report changes: Broken pipe" <<EOF
{"id":1}
{"id":2}
1
8000
EOF

t 'a writer whose output nobody reads holds no lock: another writer goes on'
run sh -c 'elder import -o json "$T/big.tsv" |
	while [ ! -e "$T/done" ]; do sleep 0.2; done &
    i=0; while [ "$(sqlite3 "$SHEGONG_DB" "SELECT count(*) FROM elder" 2>/dev/null)" != 16000 ] &&
	[ $i -lt 300 ]; do sleep 0.2; i=$((i + 1)); done
    timeout 5 elder add 王; echo "exit $?"; touch "$T/done"; wait'
outerr 0 "elder: output lost, but the changes are committed: see them with list, show or report changes: Broken pipe" <<EOF
16001
exit 0
EOF

t 'a dry run whose output is lost says that nothing changed'
run sh -c 'elder add 赵 -n >/dev/full; echo "exit $?"'
outerr 0 "elder: output lost: nothing was changed (a dry run): No space left on device" <<EOF
exit 1
EOF

t 'reading commands stay silent on EPIPE'
run sh -c 'elder list | head -1 >/dev/null; report query "select * from elder" | head -1 >/dev/null'
out 0 </dev/null

t 'elder import <&-: standard input is closed, exit 1'
run elder import <&-
err 1 "elder: standard input is closed: name a file, or give the records on standard input"
run elder import - <&-
err 1 "elder: standard input is closed: name a file, or give the records on standard input"

done_testing
