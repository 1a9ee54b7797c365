#!/bin/sh
# Run the cmocka suites given as arguments; print their counts and a total.
passed=0 failed=0 status=0
for t in "$@"; do
	out=$("$t" 2>&1); rc=$?
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p')
	p=${p:-0} f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi	# crashed
	if [ "$f" -ne 0 ] || [ "$rc" -ne 0 ]; then
		printf '%s\n' "$out"; status=1
	fi
	printf '%-28s %s passed, %s failed\n' "${t##*/}" "$p" "$f"
	passed=$((passed + p)) failed=$((failed + f))
done
echo "unit: $passed passed, $failed failed"
exit $status
