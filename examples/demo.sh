#!/bin/sh
# demo.sh -- the station's main job on an example database: load the
# sample elders, then print who needs attention.  Run by `make demo`.
set -eu
BIN=$(cd "${1:-build/bin}" && pwd)
EX=$(cd "$(dirname "$0")" && pwd)
PATH="$BIN:$PATH"
export SHEGONG_DB="${SHEGONG_DB:-$(dirname "$BIN")/demo.db}"
export SHEGONG_CONFIG="$EX/config.yaml"
export SHEGONG_TODAY="${SHEGONG_TODAY:-2026-11-28}"
rm -f "$SHEGONG_DB" "$SHEGONG_DB-wal" "$SHEGONG_DB-shm"

echo "== elder import examples/elders.tsv (into $SHEGONG_DB)"
elder import "$EX/elders.tsv" | wc -l | sed 's/^/imported: /'

echo
echo "== elders aged 80 or more who live alone (elder list --age 80- --tag 独居)"
elder list --age 80- --tag 独居 -o table -c id,name,age,address,phone,tags

echo
echo "== building 3, in room order (elder list --building 3)"
elder list --building 3 -o table -c id,name,address,living,tags

echo
echo "== elder show 2 (ID number masked)"
elder show 2 -o table
