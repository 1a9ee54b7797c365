#!/bin/sh
# headers.sh [DIR] -- every function declared in lib/shegong.h and
# lib/sg.h stands under a section label that names the file defining it
# (nm of DIR/*.o, by default build/lib).  A label is a comment line
# "/* ---- file.c */" or one starting "/* file.c" or "/* file.c, file.c".
# Prints each one that does not; exit 1 if any.
dir=${1:-build/lib}
top=$(cd "$(dirname "$0")/.." && pwd)
nm -A "$dir"/*.o | awk '$2 ~ /^[TDRB]$/ {
	m = $1; sub(/:[0-9a-f]*$/, "", m); sub(/.*\//, "", m); sub(/\.o$/, "", m)
	print m, $3 }' >"${TMPDIR:-/tmp}/headers.$$"
status=0
for h in "$top/lib/shegong.h" "$top/lib/sg.h"; do
	awk -v h="${h##*/}" 'NR == FNR { def[$2] = $1; next }
	    /^\/\* -+ [a-z0-9_., ]+\.c \*\/$/ || /^\/\* [a-z0-9_]+\.c[ :,]/ {
		sec = $0; next }
	    {
		s = $0
		while (match(s, /sg_[a-z0-9_]+\(/)) {
			n = substr(s, RSTART, RLENGTH - 1)
			s = substr(s, RSTART + RLENGTH)
			if ((n in def) && index(sec, def[n] ".c") == 0) {
				print h ": " n " (" def[n] ".c) under " sec
				bad = 1
			}
		}
	    }
	    END { exit bad }' "${TMPDIR:-/tmp}/headers.$$" "$h" || status=1
done
rm -f "${TMPDIR:-/tmp}/headers.$$"
exit $status
