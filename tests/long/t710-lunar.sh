#!/bin/sh
# The lunar conversion checked day by day against Debian's lunar(1), the
# whole of 1950-2049 (make check-long: some minutes on 2 cores).
. "$(dirname "$0")/../cmd/lib.sh"

# The lunar conversion, every day from 1950-01-01 to 2049-12-31, against
# Debian's lunar(1): its lines become "YYYY-MM-DD<TAB>Y-M-D-LEAP" and the
# unit test compares each (LUNAR_CHECK).  lunar(1) runs once a day, some
# minutes in all, so the file is kept beside the build and made again
# only when lunar(1) is newer.
UNIT="$BIN/../tests/test_lunar"
REF="$TOP/build/lunar-1950-2049.tsv"; mkdir -p "$TOP/build"
need lunar lunar
t 'lunar(1) and shegong agree on every day of 1950-2049'
if [ -x "$UNIT" ]; then
	if [ ! -s "$REF" ] || [ "$(command -v lunar)" -nt "$REF" ]; then
		awk 'BEGIN {
			split("31 28 31 30 31 30 31 31 30 31 30 31", md, " ")
			for (y = 1950; y <= 2049; y++) for (m = 1; m <= 12; m++) {
				n = md[m]
				if (m == 2 && (y % 4 == 0 && y % 100 != 0 ||
				    y % 400 == 0))
					n = 29
				for (d = 1; d <= n; d++) print y, m, d
			}
		}' | xargs -P 4 -n 300 sh -c 'while [ $# -gt 0 ]; do
			lunar "$1" "$2" "$3"; shift 3; done' sh |
		awk '/^Solar :/ { split($3, s, "."); next }
		/^Lunar :/ { split($3, l, "."); leap = sub(/Leap/, "", l[2])
			printf "%04d-%02d-%02d\t%d-%d-%d-%d\n", s[1], s[2],
			    s[3], l[1], l[2], l[3], leap }' |
		sort >"$REF.tmp" && mv "$REF.tmp" "$REF"
	fi
	run sh -c 'wc -l <"$1" | tr -d " "; LUNAR_CHECK="$1" "$2" 2>&1 |
	    grep -E "^lunar check:|PASSED|FAILED"' sh "$REF" "$UNIT"
	out 0 <<EOF
36525
lunar check: 36525 days compared, 0 differ, 90 excepted
[  PASSED  ] 9 test(s).
EOF
else
	_report 1 "$UNIT: not built (make all)"
fi

done_testing
