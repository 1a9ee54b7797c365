#!/bin/sh
# run.sh B COMMAND... -- the command-level tests on valgrind wrappers of
# the programs in B/bin, then the unit suites in B/tests under valgrind.
# Each process logs to B/vglogs/NAME.PID.log; the totals of all logs are
# printed, and the status is 1 when a test failed or any log has an error
# (leaks of the kinds definite, indirect and possible count as errors).
B=${1:?usage: run.sh BUILDDIR COMMAND...}
shift
top=$(cd "$(dirname "$0")/../.." && pwd)
B=$(cd "$B" && pwd)
logs=$B/vglogs
supp=$top/tests/valgrind/shegong.supp
rm -rf "$logs" "$B/vgbin"
mkdir -p "$logs" "$B/vgbin"
# t160 runs a program as nobody: it must be able to write its log.
# The child elder edit forks to run the editor execs it: no log of its own.
chmod 1777 "$logs"
VG="valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --num-callers=30 --child-silent-after-fork=yes --suppressions=$supp"
for c in "$@"; do
	cat >"$B/vgbin/$c" <<EOT
#!/bin/sh
exec $VG --log-file=$logs/$c.%p.log $B/bin/$c "\$@"
EOT
	chmod 755 "$B/vgbin/$c"
done

start=$(date +%s)
sh "$top/tests/cmd/run.sh" "$B/vgbin" >"$B/vg-cmd.out" 2>&1
cmdrc=$?
grep -E '^(FAIL|    )' "$B/vg-cmd.out" | head -n 40
tail -n 1 "$B/vg-cmd.out"
mid=$(date +%s)

unitrc=0
for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	n=${t##*/}
	$VG --log-file="$logs/$n.%p.log" "$t" >"$logs/$n.out" 2>&1 || {
		echo "FAIL $n (output in $logs/$n.out)"; unitrc=1; }
done
end=$(date +%s)

# Totals over every log.
awk '
/ERROR SUMMARY:/ { runs++; e = $4 + 0; errors += e;
	if (e > 0) bad[++nbad] = FILENAME }
/definitely lost:/ { dl += $4 }
/indirectly lost:/ { il += $4 }
/possibly lost:/ { pl += $4 }
/still reachable:/ { sr += $4 }
END {
	printf "valgrind: %d processes, %d errors; lost bytes: definitely %d, " \
	    "indirectly %d, possibly %d (still reachable %d, not an error)\n",
	    runs, errors, dl, il, pl, sr
	for (i = 1; i <= nbad && i <= 10; i++)
		printf "    %s\n", bad[i]
	exit errors > 0
}' $(find "$logs" -name '*.log' | sort)
vgrc=$?
# A log without a summary: the process did not finish under valgrind.
nosum=$(grep -L 'ERROR SUMMARY:' $(find "$logs" -name '*.log') 2>/dev/null |
    wc -l)
echo "valgrind: logs without a summary: $nosum; time: commands $((mid - start)) s, units $((end - mid)) s"
[ "$cmdrc" -eq 0 ] && [ "$unitrc" -eq 0 ] && [ "$vgrc" -eq 0 ] &&
    [ "$nosum" -eq 0 ]
