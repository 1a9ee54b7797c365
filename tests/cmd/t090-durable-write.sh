#!/bin/sh
# A write is durable before the command says so: the system calls of one
# `visit log` show its WAL frames synced (fdatasync or fsync on the -wal
# file after the last write of a frame) before it prints the new id and
# exits 0, and at most two syncs in steady state (the frames, and the
# directory once per program: no checkpoint at close, no WAL made again).
# The WAL stays beside the database; the backup shegong(7) shows has
# every write (issue 25).
. "$(dirname "$0")/lib.sh"
need strace strace

elder add 甲 >/dev/null
volunteer add 丙 >/dev/null
visit log 1 --by 丙 --date 2026-11-01 >/dev/null

# trace FILE CMD...: the file, sync and write calls of CMD (pwrite64
# too: SQLite writes its frames with it), then CMD's own output
trace() {
	_tf=$1
	shift
	# (LeakSanitizer cannot run under ptrace: make sanitize's build)
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
	    strace -f -o "$_tf" -e trace=%file,fsync,fdatasync,write,pwrite64 \
	    "$@"
}

# check FILE: from a trace, what the order of the calls proves
check() {
	awk -v wal="$SHEGONG_DB-wal" '
	{ sub(/^[0-9]+ +/, "") }
	/^open(at)?\(/ && index($0, "\"" wal "\"") && /= [0-9]+$/ {
		fd = $NF }
	/^pwrite64\(/ && fd != "" && $0 ~ "^pwrite64\\(" fd "," {
		last = NR; synced = 0 }
	/^f(data)?sync\(/ { n++
		if (fd != "" && $0 ~ "^f(data)?sync\\(" fd "\\)" && last)
			synced = NR }
	/^write\(1,/ { out = NR }
	/^\+\+\+ exited with/ { status = $4 }
	END {
		print (fd == "" ? "no -wal file opened" : "-wal opened")
		print (last ? "frames written" : "no frame written")
		print (synced > last && last ? "frames synced" : \
		    "frames NOT synced")
		print (synced && out > synced ? "synced before the output" : \
		    "output before the sync")
		print "exit " status
		print (n <= 2 ? "at most 2 syncs" : n " syncs")
	}' "$1"
}

t 'one visit: the WAL frames are synced before the id is printed and exit 0'
trace "$T/trace" visit log 1 --by 丙 --date 2026-11-02 >"$T/id"
run check "$T/trace"
out 0 <<EOF
-wal opened
frames written
frames synced
synced before the output
exit 0
at most 2 syncs
EOF
run cat "$T/id"
out 0 <<EOF
2
EOF

t 'a second visit: steady state, two syncs at most'
trace "$T/trace" visit log 1 --by 丙 --date 2026-11-03 >/dev/null
run check "$T/trace"
out 0 <<EOF
-wal opened
frames written
frames synced
synced before the output
exit 0
at most 2 syncs
EOF

t 'the WAL stays beside the database when the command ends'
run test -s "$SHEGONG_DB-wal"
out 0 </dev/null

t 'the backup of shegong(7) has the last write; a copy of the .db alone lacks it'
cp "$SHEGONG_DB" "$T/copy.db"
sqlite3 "$SHEGONG_DB" ".backup '$T/backup.db'"
run sqlite3 "$T/backup.db" 'SELECT count(*) FROM visit'
out 0 <<EOF
3
EOF
run sqlite3 "$T/copy.db" 'SELECT count(*) FROM sqlite_schema'
out 0 <<EOF
0
EOF
run sqlite3 "$SHEGONG_DB" "VACUUM INTO '$T/vacuum.db'"
out 0 </dev/null
run visit list --db "$T/vacuum.db" -o tsv -c id,date
out 0 <<EOF
1	2026-11-01
2	2026-11-02
3	2026-11-03
EOF

t 'a big write empties the WAL into the database when it passes 256 pages'
i=0
while [ $i -lt 3000 ]; do
	printf '老人%d\n' "$i"
	i=$((i + 1))
done >"$T/names"
awk 'BEGIN { print "name" } { print }' "$T/names" >"$T/many.tsv"
elder import "$T/many.tsv" >/dev/null
run sh -c 'wc -c <"$1"' sh "$SHEGONG_DB-wal"
out 0 <<EOF
0
EOF
cp "$SHEGONG_DB" "$T/copy2.db"
run sqlite3 "$T/copy2.db" 'SELECT count(*) FROM elder'
out 0 <<EOF
3001
EOF

done_testing
