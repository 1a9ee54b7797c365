#!/bin/sh
# layers.sh -- the calls between lib modules, from the symbols of their
# objects: `nm` of DIR/*.o (by default build/lib).  Each module calling a
# function or reading data another module defines is one edge.
#
#   sh tests/layers.sh [DIR]          every cycle between modules, one a
#                                     line (a -> b -> a); exit 1 if any
#   sh tests/layers.sh -e [DIR]       the edges, "caller callee", sorted
#   sh tests/layers.sh -l LAYERS [DIR]  also every call from a layer to
#                                     one above it, and every module
#                                     LAYERS (tests/layers.txt) omits
dir=build/lib edges= layers=
[ "${1:-}" = -e ] && { edges=1; shift; }
[ "${1:-}" = -l ] && { layers=$2; shift 2; }
[ $# -gt 0 ] && dir=$1
ls "$dir"/*.o >/dev/null 2>&1 || { echo "layers: no objects in $dir" >&2; exit 2; }
# one nm for every object: each line "DIR/m.o:[VALUE] TYPE NAME"
nm -A "$dir"/*.o | awk '{
	m = $1; sub(/:[0-9a-f]*$/, "", m); sub(/.*\//, "", m); sub(/\.o$/, "", m)
	if ($2 ~ /^[TDRBC]$/) print "D", m, $3
	else if ($2 == "U") print "U", m, $3 }' | awk '
	$1 == "D" { def[$3] = $2; next }
	{ use[++n] = $2 " " $3 }
	END {
		for (i = 1; i <= n; i++) {
			split(use[i], a, " ")
			if ((a[2] in def) && def[a[2]] != a[1])
				print a[1], def[a[2]]
		}
	}' | sort -u >"${TMPDIR:-/tmp}/layers.$$"
if [ -n "$edges" ]; then
	cat "${TMPDIR:-/tmp}/layers.$$"
	rm -f "${TMPDIR:-/tmp}/layers.$$"
	exit 0
fi
if [ -n "$layers" ]; then
	for o in "$dir"/*.o; do m=${o##*/}; echo "module ${m%.o}"; done |
	    awk 'NR == FNR { if ($0 ~ /^#/ || NF < 2) next
		L++
		for (i = 2; i <= NF; i++) { lv[$i] = L; name[$i] = $1 }
		next }
	    $1 == "module" { if (!($2 in name)) { print "layer: " $2 \
		": in no layer of '"$layers"'"; bad = 1 } next }
	    ($1 in name) && ($2 in name) && lv[$2] > lv[$1] {
		print "layer: " $1 " (" name[$1] ") -> " $2 " (" name[$2] ")"
		bad = 1 }
	    END { exit bad }' "$layers" - "${TMPDIR:-/tmp}/layers.$$" ||
	    lrc=1
fi
# A cycle for each module that can reach itself: the shortest path back
# (breadth first), printed once per set of modules.
awk '
	{ out[$1] = out[$1] " " $2; mod[$1] = 1; mod[$2] = 1 }
	END {
		bad = 0
		for (s in mod) {
			delete prev; delete seen
			q[1] = s; head = 1; tail = 1; found = 0
			while (head <= tail && !found) {
				u = q[head++]
				k = split(out[u], nx, " ")
				for (j = 1; j <= k; j++) {
					v = nx[j]
					if (v == s) { prev[s] = u; found = 1; break }
					if (v in seen) continue
					seen[v] = 1; prev[v] = u; q[++tail] = v
				}
			}
			if (!found) continue
			path = s; u = prev[s]
			while (u != s) { path = u " -> " path; u = prev[u] }
			path = s " -> " path
			# one line per cycle: key on its sorted members
			k = split(path, p, " -> "); key = ""
			n2 = 0; delete m2
			for (j = 1; j < k; j++) m2[++n2] = p[j]
			for (a = 1; a <= n2; a++) for (b = a + 1; b <= n2; b++)
				if (m2[b] < m2[a]) { t = m2[a]; m2[a] = m2[b]; m2[b] = t }
			for (j = 1; j <= n2; j++) key = key " " m2[j]
			if (key in done) continue
			# from its first module by name, so the line is stable
			lo = 1
			for (j = 2; j <= n2; j++) if (m2[1] == p[j]) lo = j
			path = p[lo]
			for (j = 1; j <= n2; j++)
				path = path " -> " p[(lo - 1 + j) % n2 + 1]
			done[key] = 1; line[++bad] = path
		}
		for (i = 1; i <= bad; i++) print "cycle: " line[i] | "sort"
		close("sort")
		exit bad > 0
	}' "${TMPDIR:-/tmp}/layers.$$"
rc=$?
rm -f "${TMPDIR:-/tmp}/layers.$$"
[ "${lrc:-0}" = 1 ] && rc=1
exit $rc
