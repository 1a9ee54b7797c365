#!/bin/sh
# No two lib modules call each other, directly or round a circle: the
# calls are read from the symbols of the objects (tests/layers.sh), which
# prints every cycle it finds.
. "$(dirname "$0")/lib.sh"

objs=${BIN%/bin}/lib

t 'the objects of lib/ are there to read'
run sh -c 'ls "$1"/*.o | wc -l | tr -d " " | sed "s/^[1-9][0-9]*$/some/"' \
    sh "$objs"
out 0 <<EOT
some
EOT

t 'no cycle between lib modules'
run sh "$TOP/tests/layers.sh" "$objs"
out 0 </dev/null

done_testing
