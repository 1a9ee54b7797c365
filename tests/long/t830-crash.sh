#!/bin/sh
# Crash safety: an `elder import` of $CRASH_ROWS (200,000) records is
# killed with SIGKILL at a random moment of its run, $CRASH_RUNS (20)
# times.  Each time the database afterwards holds either what it held
# before or the whole import, PRAGMA integrity_check says ok, and the
# next commands work.  $CRASH_SEED fixes the moments (default: the time).
. "$(dirname "$0")/../cmd/lib.sh"

ROWS=${CRASH_ROWS:-200000}
RUNS=${CRASH_RUNS:-20}
SEED=${CRASH_SEED:-$(date +%s)}

awk -v n="$ROWS" 'BEGIN {
	print "name\tgender\tbirth\tbuilding\troom\ttags\tnote"
	for (i = 1; i <= n; i++)
		printf "老人%d\t%s\t19%02d-%02d-%02d\t%d\t%d\t%s\t第%d条\n", i,
		    i % 2 ? "M" : "F", 30 + i % 30, 1 + i % 12, 1 + i % 28,
		    1 + i % 40, 101 + i % 20, i % 3 ? "独居" : "空巢", i
}' >"$T/big.tsv"

t 'the database before: the 40 elders of the example'
run sh -c 'elder import "$TOP/examples/elders.tsv" | wc -l'
out 0 <<EOF
40
EOF
sqlite3 "$SHEGONG_DB" ".backup '$T/before.db'"

# restore: the database as it was before the import.
restore() {
	rm -f "$SHEGONG_DB" "$SHEGONG_DB-wal" "$SHEGONG_DB-shm"
	cp "$T/before.db" "$SHEGONG_DB"
}
now_ms() { date +%s%3N; }

t "one whole import of $ROWS records, timed"
restore
start=$(now_ms)
run sh -c 'elder import "$T/big.tsv" | wc -l'
MS=$(($(now_ms) - start))
out 0 <<EOF
$ROWS
EOF
echo "t830-crash: a whole import of $ROWS records took $MS ms"

# A file size limit of 1 MiB past the database stands for a full disk:
# the import fails part way (or at its commit, should it all fit in the
# page cache); one error, nothing imported.
t 'disk full part way through the import: one clean error, nothing imported'
restore
BLOCKS=$(( $(stat -c %s "$SHEGONG_DB") / 512 + 2048 ))
run sh -c 'trap "" XFSZ; ulimit -f "$1"; elder import "$2" 2>&1 >/dev/null |
    sed -e "s/^elder: .*:[0-9]*: elder: disk I\/O error: nothing imported$/part way/" \
	-e "s/^elder: cannot commit: disk I\/O error$/at the commit/"
    elder list | wc -l; sqlite3 "$SHEGONG_DB" "PRAGMA integrity_check"' \
    sh "$BLOCKS" "$T/big.tsv"
cp "$T/stdout" "$T/full.out"
sed -n 1p "$T/full.out" | sed 's/^/t830-crash: disk full: /'
run sed 1d "$T/full.out"
out 0 <<EOF
40
ok
EOF
run sh -c 'sed -n 1p "$T/full.out" | grep -cE "^(part way|at the commit)$"'
out 0 <<EOF
1
EOF

# check K DELAY_MS: after a killed import, what is there.
check() {
	n=$(elder list -c id | wc -l)
	case $n in
	40) what=before ;;
	$((40 + ROWS))) what=whole ;;
	*) what="HALF ($n elders)" ;;
	esac
	ic=$(sqlite3 -batch "$SHEGONG_DB" 'PRAGMA integrity_check')
	logged=$(q "SELECT count(*) FROM changelog WHERE tbl = 'elder'")
	elder add 后来 >/dev/null && n2=$(elder list -c id | wc -l)
	echo "$1 $2 $what $ic $((logged == n)) $((n2 == n + 1))" >>"$T/runs"
	case $what in before|whole) ;; *) return 1 ;; esac
	[ "$ic" = ok ] && [ "$logged" = "$n" ] && [ "$n2" = $((n + 1)) ]
}

: >"$T/runs"
awk -v seed="$SEED" -v runs="$RUNS" -v ms="$MS" 'BEGIN {
	srand(seed)
	for (k = 1; k <= runs; k++) printf "%d %d\n", k, int(rand() * ms)
}' >"$T/moments"
while read -r k delay; do
	t "killed at $delay ms (run $k of $RUNS, seed $SEED): before or whole, integrity ok, next command works"
	restore
	elder import "$T/big.tsv" >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 1000 }')"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	run check "$k" "$delay"
	out 0 </dev/null
done <"$T/moments"

echo "t830-crash: seed $SEED: $(awk '$3 == "before"' "$T/runs" | wc -l) as before, $(awk '$3 == "whole"' "$T/runs" | wc -l) whole, $(awk '$3 != "before" && $3 != "whole"' "$T/runs" | wc -l) otherwise"
awk '{ printf "t830-crash: run %d killed at %d ms: %s, integrity_check %s\n", $1, $2, $3, $4 }' "$T/runs"
done_testing
