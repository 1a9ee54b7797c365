#!/bin/sh
# Databases where people keep them (issue 24, point 11): --db is a path,
# never a URI; reads work in a directory the user cannot write; a named
# database that does not exist is an error; a failed write creates no file.
. "$(dirname "$0")/lib.sh"

t "--db 'file:x.db?mode=memory' is a file of that name, and the record is in it"
mkdir "$T/cwd"
run sh -c 'cd "$T/cwd" && elder add 李 --db "file:x.db?mode=memory" &&
    elder list -c name --db "file:x.db?mode=memory" && ls'
out 0 <<EOF
1
李
file:x.db?mode=memory
file:x.db?mode=memory-shm
file:x.db?mode=memory-wal
EOF

t 'a read of a named database that does not exist is an error naming it'
run elder list --db "$T/typo.db"
err 1 "elder: database '$T/typo.db' does not exist"
run report monthly --db "$T/typo.db"
err 1 "report: cannot open database '$T/typo.db': No such file or directory"
run test -e "$T/typo.db"
out 1 </dev/null

t 'a failed write creates no file (and no -wal, -shm)'
run elder add 李 --gender X --db "$T/new.db"
err 1 "elder: gender: invalid value 'X': expected M or F"
run sh -c 'ls "$T" | grep -c new.db'
out 1 <<EOF
0
EOF

t 'reads work in a directory the user cannot write; a write says why it cannot'
mkdir "$T/ro"
elder add 甲 --db "$T/ro/x.db" >/dev/null
elder add 乙 --db "$T/ro/x.db" >/dev/null
# the latest writes stay in the WAL (shegong(7), Backing up): a reader
# needs it and its index as much as the file
chmod 666 "$T/ro/x.db" "$T/ro/x.db-wal" "$T/ro/x.db-shm"
chmod 555 "$T/ro"
chmod 755 "$T"
if [ "$(id -u)" = 0 ]; then
	as() { setpriv --reuid=65534 --regid=65534 --clear-groups \
	    env XDG_CONFIG_HOME=/nonexistent "$@"; }
else
	as() { "$@"; }
fi
run as "$BIN/elder" list -c id,name --db "$T/ro/x.db"
outerr 0 "elder: warning: database '$T/ro/x.db' is readable by others (mode 0666): chmod 600 '$T/ro/x.db'" <<EOF
1	甲
2	乙
EOF
run as "$BIN/elder" add 丙 --db "$T/ro/x.db"
err 1 "elder: warning: database '$T/ro/x.db' is readable by others (mode 0666): chmod 600 '$T/ro/x.db'
elder: '$T/ro/x.db': cannot write: its directory is not writable (the database keeps its -wal and -shm files beside it)"

# (as another user: root runs it as nobody, and the owner can read)
if [ "$(id -u)" = 0 ]; then
	t 'a read in a directory the user cannot write, of a WAL it cannot read, says so'
	chmod 600 "$T/ro/x.db-wal" "$T/ro/x.db-shm"
	run as "$BIN/elder" list -c id,name --db "$T/ro/x.db"
	err 1 "elder: warning: database '$T/ro/x.db' is readable by others (mode 0666): chmod 600 '$T/ro/x.db'
elder: '$T/ro/x.db': its latest writes are in '$T/ro/x.db-wal', which cannot be read here"
fi
chmod 700 "$T" "$T/ro"

done_testing
