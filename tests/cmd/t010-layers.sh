#!/bin/sh
# No two lib modules call each other, directly or round a circle, and no
# module calls a layer above its own (tests/layers.txt): the calls are
# read from the symbols of the objects (tests/layers.sh), which prints
# every cycle and every call up it finds.
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

t 'no module calls a layer above its own (tests/layers.txt)'
run sh "$TOP/tests/layers.sh" -l "$TOP/tests/layers.txt" "$objs"
out 0 </dev/null

t 'each section of shegong.h and sg.h names the file of its functions'
run sh "$TOP/tests/headers.sh" "$objs"
out 0 </dev/null

t 'the check finds a call up, and prints it'
{ sed -n '/^base/s/	error/	elder error/p' "$TOP/tests/layers.txt"
  grep -v '^base' "$TOP/tests/layers.txt" | sed 's/ elder / /'; } \
    >"$T/layers.txt"
run sh -c 'sh "$1" -l "$2" "$3" | grep -c "^layer: elder (base) -> "' sh \
    "$TOP/tests/layers.sh" "$T/layers.txt" "$objs"
out 0 <<EOT
2
EOT

t 'the check finds a cycle, and prints it'
mkdir "$T/o"
printf 'int b(void);\nint a(void) { return b(); }\n' >"$T/a.c"
printf 'int c(void);\nint b(void) { return c(); }\n' >"$T/b.c"
printf 'int a(void);\nint c(void) { return a(); }\n' >"$T/c.c"
for m in a b c; do cc -c -o "$T/o/$m.o" "$T/$m.c"; done
run sh "$TOP/tests/layers.sh" "$T/o"
out 1 <<EOT
cycle: a -> b -> c -> a
EOT

done_testing
