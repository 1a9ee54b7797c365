#!/bin/sh
# Derived categories (SPEC §2): 独居 from living alone, 高龄 from age 80+,
# wherever tags are read; export keeps the tags as typed.
. "$(dirname "$0")/lib.sh"

elder add 独居老人 --living alone --birth 1938-05-01 --joined 2026-01-01 \
    >/dev/null
elder add 王芳 --tag 低保 --birth 1950-03-01 --joined 2026-01-01 >/dev/null
elder add 李明 --tag 独居 --living alone --birth 1944-02-01 \
    --joined 2026-01-01 >/dev/null

t 'the 88-year-old living alone is 高风险 weekly, and rules say why'
run visit rules --elder 1
out 0 <<EOF
1	独居老人	高风险	week	tag 独居 (derived from living alone); age 88 in 80-
EOF

t 'an 82-year-old who typed 独居 matches on the typed tag'
run visit rules --elder 3
out 0 <<EOF
3	李明	高风险	week	tag 独居; age 82 in 80-
EOF

t 'a rule on 高龄 alone matches from the age'
cat >"$T/c.yaml" <<'YAML'
visit:
  rules:
    - {name: 高龄, tags: [高龄], every: month}
    - {name: 一般, every: quarter}
YAML
run visit rules --config "$T/c.yaml" --elder 1
out 0 <<EOF
1	独居老人	高龄	month	tag 高龄 (derived from age 88)
EOF

t 'show marks the derived categories'
run elder show 1 -c id,living,tags,derived
out 0 <<EOF
1	alone		独居,高龄
EOF

t 'show: a typed tag is not derived again'
run elder show 3 -c tags,derived
out 0 <<EOF
独居	高龄
EOF

t 'list --tag finds derived and typed tags alike'
run elder list --tag 独居 -c id,name
out 0 <<EOF
1	独居老人
3	李明
EOF
run elder list --tag 高龄 --tag 独居 -c id
out 0 <<EOF
1
3
EOF
run elder list --any-tag 低保 --any-tag 高龄 -c id
out 0 <<EOF
1
2
3
EOF

t 'visit due --tag reads derived tags'
run visit due --tag 高龄 -c id,rule
out 0 <<EOF
1	高风险
3	高风险
EOF

t 'the monthly report counts derived categories'
run sh -c 'report monthly --month 2026-11 -o tsv | grep "category\."'
out 0 <<EOF
elders	category.低保	1	1
elders	category.独居	2	2
elders	category.高龄	2	2
EOF

t 'export keeps the tags as typed: export, import is exact'
run sh -c 'elder export --reveal >"$T/e.tsv" && cut -f 1,11,12 "$T/e.tsv"'
out 0 <<EOF
id	living	tags
1	alone	
2		低保
3	alone	独居
EOF
run sh -c 'sqlite3 "$SHEGONG_DB" "select id, living, tags from elder" \
    >"$T/before" && SHEGONG_DB="$T/new.db" elder import "$T/e.tsv" >/dev/null &&
    sqlite3 "$T/new.db" "select id, living, tags from elder" |
    cmp - "$T/before" && echo same'
out 0 <<EOF
same
EOF

done_testing
