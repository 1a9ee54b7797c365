#!/bin/sh
# elder list and show: default columns, filters, formats, masking.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --id-number 520112194003020025 --building 3 --unit 1 \
    --room 302 --living alone --tag 独居 --tag 高龄 --phone 13800000001 \
    --health 高血压 >/dev/null
elder add 王德明 --id-number 520112194507150018 --building 3 --unit 2 \
    --room 101 --living couple --tag 空巢 --origin 偏坡乡大寨村 >/dev/null
elder add 陈秀兰 --birth 1960-06-30 --gender F --building 12 --tag 低保 \
    --living with-children >/dev/null
elder add 李国富 --birth 1938-11-28 --gender M --building 3 --tag 独居 \
    --tag 失能 --living alone --note '耳背，说话请大声' >/dev/null

t 'list prints the default columns as TSV when piped'
run elder list
out 0 <<EOF
1	张桂英	F	86	13800000001	3-1-302	alone	独居,高龄	active	
2	王德明	M	81		3-2-101	couple	空巢	active	
3	陈秀兰	F	66		12	with-children	低保	active	
4	李国富	M	88		3	alone	失能,独居	active	
EOF

t '-H gives the header line'
run elder list -H -c id,name
out 0 <<EOF
id	name
1	张桂英
2	王德明
3	陈秀兰
4	李国富
EOF

t '--tag: every tag given must be there'
run elder list --tag 独居 --tag 失能 -c id
out 0 <<EOF
4
EOF

t '--any-tag: one of them is enough'
run elder list --any-tag 空巢 --any-tag 低保 -c id
out 0 <<EOF
2
3
EOF

t 'a tag is matched whole, not as a part'
elder add 赵大 --tag 独居老人 >/dev/null
run elder list --tag 独居 -c id
out 0 <<EOF
1
4
EOF

t '--age with an open range (age on SHEGONG_TODAY; a birthday today counts)'
run elder list --age 88- -c id,age
out 0 <<EOF
4	88
EOF

t '--age with a closed range'
run elder list --age 60-81 -c id
out 0 <<EOF
2
3
EOF

t '--building with a full-width number'
run elder list --building ３ -c id,address
out 0 <<EOF
1	3-1-302
2	3-2-101
4	3
EOF

t '--gender and --living accept Chinese'
run elder list --gender 女 --living 独居 -c id
out 0 <<EOF
1
EOF

t '--search looks in name, phone, origin and notes'
run elder list --search 大寨 -c id
out 0 <<EOF
2
EOF
run elder list --search 0001 -c id
out 0 <<EOF
1
EOF

t '--unpaired lists everyone while nobody is paired'
run elder list --unpaired -c id
out 0 <<EOF
1
2
3
4
5
EOF

t '--not-visited-since lists everyone while nobody was visited'
run elder list --not-visited-since -30d -c id --tag 独居
out 0 <<EOF
1
4
EOF

t 'json: one object per line, numbers unquoted, null for empty'
run elder list -o json -c id,name,age,phone
out 0 <<EOF
{"id":1,"name":"张桂英","age":86,"phone":"13800000001"}
{"id":2,"name":"王德明","age":81,"phone":null}
{"id":3,"name":"陈秀兰","age":66,"phone":null}
{"id":4,"name":"李国富","age":88,"phone":null}
{"id":5,"name":"赵大","age":null,"phone":null}
EOF

t 'csv: a header and RFC 4180 lines'
run sh -c "elder list -o csv -c id,name,tags --tag 独居 | sed 's/\r\$/<CR>/'"
out 0 <<EOF
id,name,tags<CR>
1,张桂英,"独居,高龄"<CR>
4,李国富,"失能,独居"<CR>
EOF

t 'health notes never appear in a list, even asked for'
run elder list -c id,health
err 1 "elder: unknown column 'health' for elder"

t 'an unknown column'
run elder list -c id,colour
err 1 "elder: unknown column 'colour' for elder"

t 'an unknown filter value'
run elder list --living 独自
err 1 "elder: living: invalid value '独自': expected alone, couple, with-children or other"

t 'a bad age range'
run elder list --age old
err 1 "elder: age: invalid range: expected like 80-, 60-79, -59 or 75"

t 'show prints every column, the ID number masked, health included'
run elder show 1 -o json
out 0 <<EOF
{"id":1,"name":"张桂英","gender":"F","birth":"1940-03-02","age":86,"id_number":"520112************","phone":"13800000001","building":"3","unit":"1","room":"302","address":"3-1-302","origin":null,"living":"alone","tags":"独居,高龄","derived":null,"status":"active","joined":"2026-11-28","last_visit":null,"volunteer":null,"persons":null,"paired":null,"level":null,"assessed":null,"assessment":null,"health":"高血压","caregiver":null,"caregiver_relation":null,"caregiver_phone":null,"emergency":null,"emergency_phone":null,"archive_reason":null,"archive_date":null,"visit_every":null,"note":null}
EOF

t 'show --reveal shows the whole ID number'
run elder show 1 --reveal -c id_number
out 0 <<EOF
520112194003020025
EOF

t 'show keeps the order of the ids given'
run elder show 4 1 -c id,name
out 0 <<EOF
4	李国富
1	张桂英
EOF

t 'show of an unknown id prints nothing and fails'
run elder show 1 42
err 1 "elder: unknown elder id 42"

t 'show takes ids from standard input'
run sh -c 'elder list --tag 失能 | elder show -c name'
out 0 <<EOF
李国富
EOF

t 'no ID number appears unmasked in any list format'
for f in tsv csv json yaml table; do
	elder list -o $f -c id,name,id_number
	elder show 1 2 -o $f
	elder export -o $f
done >"$T/all.txt" 2>&1
run grep -c '520112194003020025\|520112194507150018' "$T/all.txt"
out 1 <<EOF
0
EOF

done_testing
