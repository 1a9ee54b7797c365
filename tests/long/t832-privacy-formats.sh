#!/bin/sh
# t650's privacy sweep in every output format: no whole ID number in any
# of the eight formats of any reading verb unless --reveal (make check
# runs the sweep in four).
. "$(dirname "$0")/../cmd/lib.sh"

t 'no whole ID number in any of the eight formats of any reader'
run env T650_FORMATS='table tsv csv json yaml text markdown html' \
    sh "$TOP/tests/cmd/t650-privacy.sh"
out 0 <<EOF
t650-privacy: 7 passed, 0 failed
EOF

done_testing
