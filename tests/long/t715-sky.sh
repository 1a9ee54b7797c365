#!/bin/sh
# The lunar calendar against the sky: every lunar month start of 1912-2100
# (lib/lunar.c) against the new moon PyEphem computes (python3-ephem), at
# UTC+8 from 1929 (GB/T 33661-2017) and Beijing mean time before
# (tests/long/sky.py).  make check-long.
. "$(dirname "$0")/../cmd/lib.sh"

UNIT="$BIN/../tests/test_lunar"
if /usr/bin/python3 -c 'import ephem' 2>/dev/null && [ -x "$UNIT" ]; then
	t 'every month of 1912-2100 begins on the day of its new moon'
	LUNAR_MONTHS="$T/months.tsv" "$UNIT" >/dev/null 2>&1
	run sh -c '/usr/bin/python3 "$1" <"$2"' sh "$TOP/tests/long/sky.py" \
	    "$T/months.tsv"
	out 0 <<EOF
sky check: 2338 months, 0 differ, 0 within 10 minutes of midnight
EOF
else
	echo "t715-sky: python3-ephem or test_lunar missing: sky check skipped"
fi

done_testing
