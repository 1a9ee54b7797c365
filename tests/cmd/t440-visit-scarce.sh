#!/bin/sh
# Priority when slots are scarce: 2,000 elders, 3 social workers, 90 slots.
# Urgent and follow-ups first, then 高风险 until they are exhausted, most
# overdue first; buildings and pairings only decide who goes which day.
. "$(dirname "$0")/lib.sh"

# 700 高风险 (独居, 80+, joined on different days: different overdue),
# 300 重点 (失能), 1,000 一般, spread over 20 buildings.
awk 'BEGIN {
	OFS = "\t"
	print "name", "tags", "birth", "building", "room", "joined"
	for (i = 1; i <= 2000; i++) {
		tags = i <= 700 ? "独居" : i <= 1000 ? "失能" : ""
		birth = i <= 700 ? "1940-01-01" : "1955-01-01"
		m = (i * 7) % 12 + 1
		d = (i * 13) % 28 + 1
		joined = sprintf("2025-%02d-%02d", m, d)
		print "老人" i, tags, birth, (i % 20) + 1, 100 + i, joined
	}
}' >"$T/elders.tsv"

t 'a quick import of 2,000 elders and three social workers'
run sh -c 'elder import "$T/elders.tsv" | wc -l'
out 0 <<EOF
2000
EOF

t 'no visitor at all: the count, and what to do'
run visit plan --week 2026-W49 -c id
err 0 'visit: not placed 2000: 高风险 700, 重点 300, 一般 1000; --unplaced lists them
visit: plan: no visitors: add a social worker or give --visitor'

for w in 李娟 王芳 张伟; do volunteer add "$w" --role 社工 >/dev/null; done

t 'two urgent findings and a follow-up on 一般 elders; 1990 paired with 李娟'
volunteer pair 李娟 1990 >/dev/null
visit log 1990 --date 2026-11-24 --by 1 --finding safety=urgent >/dev/null
visit log 1991 --date 2026-11-25 --by 1 --finding health=urgent >/dev/null
visit log 1992 --date 2026-11-10 --by 1 --follow-up 2026-11-30 >/dev/null

t '90 slots: urgent and follow-up placed, then only 高风险'
run sh -c 'visit plan --week 2026-W49 --per-day 6 -c reason,rule |
    sort | uniq -c'
outerr 0 'visit: not placed 1910: 高风险 613, 重点 300, 一般 997; --unplaced lists them' <<EOF
      1 follow-up	一般
     87 rule	高风险
      2 urgent	一般
EOF

t 'the 高风险 placed are the most overdue ones'
visit plan --week 2026-W49 --per-day 6 -c id,rule 2>/dev/null |
    awk '$2 == "高风险" { print $1 }' | sort >"$T/placed"
visit due --on 2026-12-04 -c id,reason,rule |
    awk '$2 == "rule" && $3 == "高风险" { print $1 }' | head -n 87 |
    sort >"$T/most"
run cmp "$T/placed" "$T/most"
out 0 </dev/null

t '--unplaced prints the ids left out, in priority order'
run sh -c 'visit plan --week 2026-W49 --per-day 6 --unplaced 2>/dev/null |
    wc -l'
out 0 <<EOF
1910
EOF
run sh -c 'visit plan --week 2026-W49 --per-day 6 --unplaced 2>/dev/null |
    awk "NR <= 613 && \$1 > 700 || NR > 613 && NR <= 913 &&
    (\$1 <= 700 || \$1 > 1000) || NR > 913 && \$1 <= 1000" | wc -l'
out 0 <<EOF
0
EOF

t 'in Chinese the line reads as the issue asked'
test_locales
run sh -c 'LC_ALL=zh_CN.UTF-8 visit plan --week 2026-W49 --per-day 6 \
    -c id >/dev/null'
err 0 'visit: 未安排 1910：高风险 613，重点 300，一般 997；--unplaced 列出'

t 'more social workers than a plan takes (256): refused, and --visitor still plans'
awk 'BEGIN { print "name\trole"; for (i = 1; i <= 254; i++) print "社工" i "\tsocial-worker" }' \
    >"$T/workers.tsv"
volunteer import "$T/workers.tsv" >/dev/null
run visit plan --week 2026-W49 -c id
err 1 'visit: visitor: more than 256 visitors'
run sh -c 'visit plan --week 2026-W49 --visitor 1 -c id | wc -l'
outerr 0 'visit: not placed 1970: 高风险 673, 重点 300, 一般 997; --unplaced lists them' <<EOF
30
EOF

done_testing
