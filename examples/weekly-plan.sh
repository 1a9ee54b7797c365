#!/bin/sh
# weekly-plan.sh -- run every Friday: plan next week's home visits, save
# the plan, and write one printable sheet per visitor.
#
#   usage: weekly-plan.sh [OUTDIR]        (default: ./plan-YYYY-Www)
#
# Every elder due under the visiting rules (visit rules) is placed on a
# workday with a visitor: the paired volunteer where he or she is free,
# else a social worker, one building at a time.  Elders that cannot be
# placed are named on stderr; the script goes on.
set -eu

week=${WEEK:-next-week}
tab=$(printf '\t')

# The plan, saved so `visit log --plan ID` can fulfil it.
plan=$(visit plan --week "$week" --save -H \
    -c day,visitor_id,visitor,id,name,address,rule,last_visit,overdue_days)
# visit planned gives the plan ids that visit log --plan takes.
planned=$(visit planned --week "$week" -c elder_id,id)

first=$(printf '%s\n' "$plan" | awk -F"$tab" 'NR == 2 { print $1 }')
[ -n "$first" ] || { echo "nothing is due in $week" >&2; exit 0; }
out=${1:-plan-$(date -d "$first" +%G-W%V)}
mkdir -p "$out"

printf '%s\n' "$plan" | awk -F"$tab" -v out="$out" -v planned="$planned" '
BEGIN {
	n = split(planned, lines, "\n")
	for (i = 1; i <= n; i++) { split(lines[i], f, "\t"); plan[f[1]] = f[2] }
}
NR == 1 { next }
{
	file = out "/" $2 "-" $3 ".txt"
	if (!(file in seen)) {
		seen[file] = 1
		printf "探访计划 visit plan: %s (%s)\n\n", $3, $2 > file
	}
	if ($1 != last[file]) {
		printf "\n== %s\n", $1 > file
		last[file] = $1
	}
	printf "  [ ] plan %-5s elder %-5s %-8s %-10s %s, last visit %s%s\n",
	    plan[$4], $4, $5, $6, $7, ($8 == "" ? "never" : $8),
	    ($9 > 0 ? ", " $9 " days overdue" : "") > file
}'
ls "$out"
