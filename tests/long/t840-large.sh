#!/bin/sh
# Large input (issue 8, hostile input): an import of 100 MB is either
# stored whole or refused with one clean error, never half-stored.
. "$(dirname "$0")/../cmd/lib.sh"

t 'a 100 MB import of 25,000 records with long notes: every byte stored'
awk 'BEGIN {
	s = sprintf("%4000s", ""); gsub(/ /, "x", s)
	print "name\tbuilding\tnote"
	for (i = 1; i <= 25000; i++)
		printf "老人%d\t%d\t%s\n", i, 1 + i % 40, s
}' >"$T/big.tsv"
run sh -c 'wc -c <"$1"; elder import "$1" | wc -l' sh "$T/big.tsv"
out 0 <<EOF
100383288
25000
EOF
run q "SELECT count(*), sum(length(note)), min(id), max(id) FROM elder;
    SELECT count(*) FROM changelog WHERE tbl = 'elder' AND op = 'insert';
    PRAGMA integrity_check"
out 0 <<EOF
25000	100000000	1	25000
25000
ok
EOF

t 'the records read back as imported'
run sh -c 'elder export -c name,building,note | cmp - "$1" && echo same' sh "$T/big.tsv"
out 0 <<EOF
same
EOF

t 'a 100 MB field: one clean error, nothing imported'
{ printf 'name\tnote\n张三\t'; head -c 104857600 /dev/zero | tr '\0' x; echo; } >"$T/field.tsv"
run elder import "$T/field.tsv"
err 1 "elder: $T/field.tsv:2: note: too long (104857600 bytes, at most 65536)
elder: $T/field.tsv: 1 bad record: nothing imported"
run q "SELECT count(*) FROM elder"
out 0 <<EOF
25000
EOF

t 'a 100 MB line with no end: one clean error, nothing imported'
{ printf 'name\n'; head -c 104857600 /dev/zero | tr '\0' y; } >"$T/line.tsv"
run elder import "$T/line.tsv"
err 1 "elder: $T/line.tsv:2: name: too long (104857600 bytes, at most 200)
elder: $T/line.tsv: 1 bad record: nothing imported"
run q "SELECT count(*) FROM elder; PRAGMA integrity_check"
out 0 <<EOF
25000
ok
EOF

done_testing
