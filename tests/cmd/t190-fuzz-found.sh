#!/bin/sh
# What `make fuzz` found (tests/fuzz): each case failed before its fix.
. "$(dirname "$0")/lib.sh"

elder add 甲 >/dev/null
volunteer add 李娟 >/dev/null

# fuzz_import: a bad first record (its error overwritten by the header
# check, then read through a null pointer) crashed the import.
t 'import: a first record with too many fields is named, not a crash'
printf 'name\tgender\n乙\tF\textra\n丙\tM\n' >"$T/first.tsv"
run elder import "$T/first.tsv"
err 1 "elder: $T/first.tsv:2: expected 2 fields, found 3
elder: $T/first.tsv: 1 bad record: nothing imported"

t 'import: invalid UTF-8 in the first CSV record is named, not a crash'
printf 'name,note\n"乙\275",x\n丙,y\n' >"$T/first.csv"
run elder import "$T/first.csv"
err 1 "elder: $T/first.csv:2: byte 15: not UTF-8, UTF-16 or GB18030: name its encoding with --encoding, or convert it to UTF-8 with iconv"

t 'volunteer import: the same for a bad first record'
printf 'name\tphone\n王\t1\t2\n' >"$T/vfirst.tsv"
run volunteer import "$T/vfirst.tsv"
err 1 "volunteer: $T/vfirst.tsv:2: expected 2 fields, found 3
volunteer: $T/vfirst.tsv: 1 bad record: nothing imported"

t 'nothing was imported'
run q "select (select group_concat(name) from elder), (select group_concat(name) from volunteer)"
out 0 <<EOF
甲	李娟
EOF

done_testing
