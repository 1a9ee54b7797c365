#!/bin/sh
# report query has a time limit (issue 24, point 12): report:
# {query_seconds: N} in the config, 60 by default; SIGINT stops it
# cleanly with exit 130.
. "$(dirname "$0")/lib.sh"

elder add 甲 >/dev/null
FOREVER='WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c'

t 'a query past report: {query_seconds: 1} stops with an error'
printf 'report: {query_seconds: 1}\n' >"$T/q1.yaml"
run timeout 20 report query --config "$T/q1.yaml" "$FOREVER"
err 1 "report: query: stopped after 1 seconds (the limit is report: {query_seconds: N} in the config)"

t 'SIGINT stops a query: exit 130'
run sh -c 'report query "$1" & pid=$!; sleep 0.5; kill -INT $pid; wait $pid' sh "$FOREVER"
err 130 "report: query: interrupted"

t 'a quick query is not limited; the limit is checked'
run report query --config "$T/q1.yaml" 'SELECT count(*) FROM elder'
out 0 <<EOF
1
EOF
printf 'report: {query_seconds: 0x3c}\n' >"$T/bad.yaml"
run report query --config "$T/bad.yaml" 'SELECT 1'
err 1 "report: $T/bad.yaml:1: report.query_seconds: expected a number of seconds from 1 to 86400, not '0x3c'"

done_testing
