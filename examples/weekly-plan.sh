#!/bin/sh
# weekly-plan.sh -- run every Friday: plan next week's home visits, save
# the plan, and write the printed sheets: one A4 page per visitor and day.
#
#   usage: weekly-plan.sh [OUTDIR]        (default: ./plan-YYYY-Www)
#
# Every elder due under the visiting rules (visit rules) is placed on a
# workday with a visitor: the paired volunteer where he or she is free,
# else a social worker, one building at a time.  Elders that cannot be
# placed are named on stderr; the script goes on.
#
# OUTDIR gets:
#   sheets.txt       the pages for a plain printer (form feeds between them:
#                    lp sheets.txt)
#   sheets.html      the same pages for a browser's print (A4)
#   visits.xlsx      the spreadsheet the filled sheets are typed into, the
#                    plan's date, elder and visitor filled in: it comes back
#                    with `visit import visits.xlsx`
#   blank-form.txt   the empty 探访记录表 for visits nobody planned
set -eu

week=${WEEK:-next-week}

# The plan, saved so `visit log --plan ID` can fulfil it; its first day
# names the directory.
first=$(visit plan --week "$week" --save -c day | sort | sed -n 1p)
[ -n "$first" ] || { echo "nothing is due in $week" >&2; exit 0; }
out=${1:-plan-$(date -d "$first" +%G-W%V)}
mkdir -p "$out"

visit plan --week "$week" --sheets >"$out/sheets.txt"
visit plan --week "$week" --sheets -o html >"$out/sheets.html"
visit plan --week "$week" --sheets -o xlsx >"$out/visits.xlsx"
visit plan --blank-form >"$out/blank-form.txt"
ls "$out"
