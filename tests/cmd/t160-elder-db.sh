#!/bin/sh
# The database: where it is, what is refused, concurrent writers.
. "$(dirname "$0")/lib.sh"

t 'reading a named database that does not exist: an error naming it, nothing created'
run elder list
err 1 "elder: database '$SHEGONG_DB' does not exist"
run test -e "$SHEGONG_DB"
out 1 </dev/null

t 'reading the default database before the first write: nothing, and where it will be'
run env -u SHEGONG_DB elder list
err 0 "elder: no database yet: the first write creates '$XDG_DATA_HOME/shegong/shegong.db'"
run test -e "$XDG_DATA_HOME/shegong/shegong.db"
out 1 </dev/null

t 'the default path is under XDG_DATA_HOME, made on the first write'
unset SHEGONG_DB
run elder add 甲
out 0 <<EOF
1
EOF
run stat -c %a "$XDG_DATA_HOME/shegong/shegong.db"
out 0 <<EOF
600
EOF
export SHEGONG_DB="$T/test.db"

t '--db wins over SHEGONG_DB'
run elder add 乙 --db "$T/other.db"
out 0 <<EOF
1
EOF
run sqlite3 "$T/other.db" "select name from elder"
out 0 <<EOF
乙
EOF

t 'a file that is not an SQLite database'
echo 'just some text, not a database at all' >"$T/text.db"
run elder list --db "$T/text.db"
err 1 "elder: '$T/text.db': not a shegong database: file is not a database"

t 'writing to a file that is not a database changes nothing'
run elder add 丙 --db "$T/text.db"
err 1 "elder: '$T/text.db': not a shegong database: file is not a database"
run cat "$T/text.db"
out 0 <<EOF
just some text, not a database at all
EOF

t 'an SQLite database of another program'
sqlite3 "$T/foreign.db" "create table t(x); pragma user_version = 0"
run elder list --db "$T/foreign.db"
err 1 "elder: '$T/foreign.db': not a shegong database: it has tables but no shegong schema version"

t "writing to another program's database leaves it as it was (no WAL)"
run elder add 甲 --db "$T/foreign.db"
err 1 "elder: '$T/foreign.db': not a shegong database: it has tables but no shegong schema version"
run sqlite3 "$T/foreign.db" "pragma journal_mode"
out 0 <<EOF
delete
EOF

t 'a database from a newer shegong is refused and not touched'
elder add 丁 >/dev/null
# the version this shegong makes (SG_SCHEMA_VERSION of lib/sg.h)
V=$(sed -n 's/^#define SG_SCHEMA_VERSION[[:space:]]*//p' "$TOP/lib/sg.h")
sqlite3 "$SHEGONG_DB" "pragma user_version = 99"
cp "$SHEGONG_DB" "$T/before.db"
run elder add 戊
err 1 "elder: '$SHEGONG_DB': schema version 99 is newer than this shegong's ($SCHEMA): upgrade shegong"
run elder list
err 1 "elder: '$SHEGONG_DB': schema version 99 is newer than this shegong's ($SCHEMA): upgrade shegong"
run sqlite3 "$SHEGONG_DB" "pragma user_version; select count(*) from elder"
out 0 <<EOF
99
1
EOF
sqlite3 "$SHEGONG_DB" "pragma user_version = $SCHEMA"

t 'a directory as the database'
mkdir "$T/dir.db"
run elder list --db "$T/dir.db"
err 1 "elder: cannot open database '$T/dir.db': is a directory"

t 'a device as the database'
run elder add 甲 --db /dev/full
err 1 "elder: cannot open database '/dev/full': not a regular file"

t 'a database readable by others gives a warning'
cp "$SHEGONG_DB" "$T/open.db"
chmod 644 "$T/open.db"
run elder list --db "$T/open.db" -c name
outerr 0 "elder: warning: database '$T/open.db' is readable by others (mode 0644): chmod 600 '$T/open.db'" <<EOF
丁
EOF

t 'a read-only database: a clear error, nothing changed'
ro=$T/ro.db
if [ "$(id -u)" = 0 ]; then
	# root ignores permissions: run as nobody on a file nobody may
	# write; elder and the file are copied to a directory nobody can
	# reach, wherever the checkout lies (under /root, in a mktemp -d)
	nb=$(mktemp -d /tmp/shegong-nobody.XXXXXX)
	chmod 755 "$nb"
	cp "$BIN/elder" "$nb/elder"
	chmod 755 "$nb/elder"
	ro=$nb/ro.db
	cp "$SHEGONG_DB" "$ro"
	chmod 444 "$ro"
	run setpriv --reuid=65534 --regid=65534 --clear-groups \
	    env SHEGONG_DB="$ro" XDG_CONFIG_HOME=/nonexistent HOME=/nonexistent \
	    "$nb/elder" add 己
	err 1 "elder: warning: database '$ro' is readable by others (mode 0444): chmod 600 '$ro'
elder: '$ro': database is read-only"
else
	cp "$SHEGONG_DB" "$ro"
	chmod 400 "$ro"
	run elder add 己 --db "$ro"
	err 1 "elder: '$ro': database is read-only"
fi
run sqlite3 "$ro" "select count(*) from elder where name = '己'"
out 0 <<EOF
0
EOF
[ -n "${nb:-}" ] && rm -rf "$nb"

t 'two elder add processes started at once both succeed'
fresh
elder add 甲 >/dev/null
i=0
while [ $i -lt 8 ]; do
	elder add "并发$i" >"$T/par.$i" 2>&1 &
	i=$((i + 1))
done
wait
run sh -c 'cat "$0"/par.* | sort -n | tr "\n" " "; echo' "$T"
out 0 <<EOF
2 3 4 5 6 7 8 9 
EOF

done_testing
