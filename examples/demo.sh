#!/bin/sh
# demo.sh -- the station's main job on an example database: load the
# sample elders, a roster saved by Excel in GB18030 and the community
# office's workbook (title row, footer: examples/roster.xlsx), add the social
# workers and a volunteer, bring in the visit history kept on paper since
# August, log a few visits, then print who is due and
# next week's visit plan.  Run by
# `make demo`; the database is build/demo.db, made anew each time.
set -eu
BIN=$(cd "${1:-build/bin}" && pwd)
EX=$(cd "$(dirname "$0")" && pwd)
PATH="$BIN:$PATH"
export SHEGONG_DB="${SHEGONG_DB:-$(dirname "$BIN")/demo.db}"
export SHEGONG_CONFIG="$EX/config.yaml"
export SHEGONG_TODAY="${SHEGONG_TODAY:-2026-11-27}"
rm -f "$SHEGONG_DB" "$SHEGONG_DB-wal" "$SHEGONG_DB-shm"

say() { printf '\n== %s\n' "$*"; }

say "elder import examples/elders.tsv (into $SHEGONG_DB)"
elder import "$EX/elders.tsv" | wc -l | sed 's/^ */imported: /'

say "elder import --ignore-unknown examples/roster-gb18030.csv (Excel's CSV on Chinese Windows)"
elder import --ignore-unknown "$EX/roster-gb18030.csv" | wc -l |
    sed 's/^ */imported: /'

say "elder import --ignore-unknown examples/roster.xlsx (the community office's workbook)"
elder import --ignore-unknown "$EX/roster.xlsx" | wc -l |
    sed 's/^ */imported: /'

say "two social workers and a volunteer paired with three elders"
volunteer add 李娟 --role 社工 --phone 13800001111 >/dev/null
volunteer add 王强 --role social-worker --phone 13800002222 >/dev/null
volunteer add 张晓 --role student --available wed,sat >/dev/null
volunteer pair 张晓 2 3 5 >/dev/null
volunteer list -o table

say "visit import --ignore-unknown examples/visit-history.csv (the paper history since August, saved by Excel as CSV UTF-8)"
visit import --ignore-unknown "$EX/visit-history.csv" | wc -l |
    sed 's/^ */imported: /'
visit list --period 2026-08 --concerns -o table \
    -c id,elder_name,date,mode,visitors,health,mental,follow_up

say "visits this week (visit log ... --by 李娟)"
elder list --building 3 -c id | visit log --by 李娟 --minutes 40 \
    --date 2026-11-24 >/dev/null
visit log 2 --by 张晓 --mode phone --minutes 15 --date 2026-11-25 \
    --finding mental=concern --follow-up 2026-12-02 >/dev/null
visit list --period this-week -o table -c id,elder_name,date,mode,visitors

say "elders living alone whose visit is due (visit due --tag 独居)"
visit due --tag 独居 -o table -c id,name,address,rule,last_visit,due

say "next week's plan (visit plan --week next-week)"
visit plan --week next-week -o table \
    -c day,visitor,id,name,address,rule,paired

say "how the rules were kept this month (report coverage)"
report coverage -o table
