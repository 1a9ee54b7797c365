#!/bin/sh
# No silent limits (issue 18): a read that fails is an error, never "no
# more rows"; filters are never dropped.  The I/O errors come from
# build/tests/volunteer-iofail, volunteer(1) over a test VFS that fails
# the Nth read of the database file and every later one.
. "$(dirname "$0")/lib.sh"

IOFAIL=${IOFAIL:-$BIN/../tests/volunteer-iofail}

t 'every sqlite3_step of lib/ goes through sg_db_row'
run sh -c "grep -n 'sqlite3_step *(' '$TOP'/lib/*.c | grep -v '^$TOP/lib/db.c:.*rc = sqlite3_step(st);'"
out 1 </dev/null

t 'the test VFS is built'
[ -x "$IOFAIL" ]
_report $? "$IOFAIL: not built (make $IOFAIL)"

# forty lines of service, each on its own pages: the certificate's scan
# reads many pages, so a read can fail in the middle of it
volunteer add 李娟 >/dev/null
awk 'BEGIN { printf "volunteer\tdate\thours\tcontent\n"
    s = sprintf("%01500d", 0)
    for (i = 1; i <= 40; i++)
	printf "1\t2026-10-%02d\t1\tc%d-%s\n", i % 28 + 1, i, s }' >"$T/hours.tsv"
volunteer log --file "$T/hours.tsv" >/dev/null || echo "the log of 40 lines failed"
sqlite3 "$SHEGONG_DB" ".backup '$T/orig.db'"
SHEGONG_DB=$T/full.db
cp "$T/orig.db" "$SHEGONG_DB"
volunteer certificate 1 --period 2026 >"$T/full.out" 2>&1
export SHEGONG_DB=$T/test.db

t 'a read failing at any point: exit 1, no output, one line; else the whole certificate'
n=1 failed=0 ok=0 bad=
while [ $n -le 400 ] && [ $ok -lt 10 ]; do
	cp "$T/orig.db" "$SHEGONG_DB"
	SG_IOFAIL_READ=$n "$IOFAIL" certificate 1 --period 2026 \
	    >"$T/o" 2>"$T/e"
	rc=$?
	if [ $rc = 0 ]; then
		ok=$((ok + 1))
		cmp -s "$T/o" "$T/full.out" || bad="$bad
read $n: exit 0 with another certificate: $(diff "$T/full.out" "$T/o" |
    grep '^[<>]' | head -4)"
		[ -s "$T/e" ] && bad="$bad
read $n: exit 0 with stderr $(cat "$T/e")"
	else
		ok=0 failed=$((failed + 1))
		# one line on stderr (builtins: this runs 65 times)
		_slurp <"$T/e"
		[ $rc = 1 ] && [ ! -s "$T/o" ] && case $_s in
		*'
'*'
'*) false ;;
		'volunteer: '*'I/O error'*'
') ;;
		*) false ;;
		esac || bad="$bad
read $n: exit $rc, stdout $(wc -c <"$T/o") bytes, stderr: $_s"
		[ "$(q 'select count(*) from certificate')" = 0 ] || bad="$bad
read $n: a certificate was registered"
	fi
	n=$((n + 1))
done
[ -z "$bad" ] && [ $ok = 10 ]
_report $? "$ok successes at the end, after $n reads$bad"

t 'the reads that fail include those of the hours themselves (over 20)'
[ "$failed" -gt 20 ]
_report $? "only $failed runs failed"

# forty --tag, forty --any-tag: every condition kept
fresh
elder import "$TOP/examples/elders.tsv" >/dev/null
tags=
i=1
while [ $i -le 40 ]; do tags="$tags --tag 独居"; i=$((i + 1)); done
one=$(elder list --tag 独居 -c id)

t '40 --tag: the rows of one'
run elder list $tags -c id
out 0 <<EOF
$one
EOF

t '39 --tag 独居 and one --tag 失能: those with both'
both=$(elder list --tag 独居 --tag 失能 -c id)
run elder list ${tags#* --tag 独居} --tag 失能 -c id
out 0 <<EOF
$both
EOF
[ -n "$both" ]
_report $? "no elder has both tags: the case tests nothing"

any=
i=1
while [ $i -le 39 ]; do any="$any --any-tag none$i"; i=$((i + 1)); done

t '39 --any-tag matching none and --any-tag 独居: the rows of 独居'
run sh -c 'elder list "$@" 2>"$T/notes"' sh $any --any-tag 独居 -c id
out 0 <<EOF
$one
EOF

t '40 --any-tag matching none: no rows, exit 0, each said on stderr'
run sh -c 'elder list "$@" 2>"$T/notes"' sh $any --any-tag none40 -c id
out 0 </dev/null
run sh -c 'wc -l <"$T/notes"; sed -n 40p "$T/notes"'
out 0 <<EOF
40
elder: no elder has the tag 'none40'
EOF

t '40 --tag and 40 --any-tag together'
run sh -c 'elder list "$@" 2>/dev/null' sh $tags $any --any-tag 独居 -c id
out 0 <<EOF
$one
EOF

t '257 --tag: refused, past the documented 256'
many=
i=1
while [ $i -le 257 ]; do many="$many --tag 独居"; i=$((i + 1)); done
run elder list $many
err 1 "elder: list: too many --tag"

done_testing
