#!/bin/sh
# --labels zh|en|keys and the locale's default: the formats a person
# reads (table, show, markdown, html) speak the locale's language, with
# the Chinese words of enumerated values; the machine formats keep keys
# and keywords in every locale unless --labels says otherwise.
. "$(dirname "$0")/lib.sh"

test_locales
zh() { env -u LC_ALL LANG=zh_CN.UTF-8 "$@"; }

elder add 张桂英 --birth 1940-03-02 --gender F --living alone \
    --building 3 --unit 1 --room 302 >/dev/null
elder add 李建国 --birth 1950-01-01 --gender M --living with-children \
    --building 1 --room 101 >/dev/null

t 'a table under zh_CN: Chinese headings and values'
run zh elder list -o table -c id,name,gender,living,address
out 0 <<'EOF'
编号  姓名    性别  居住情况  地址
   1  张桂英  女    独居      3-1-302
   2  李建国  男    与子女    1-101
EOF

t 'the same table under C: English headings, keywords'
run elder list -o table -c id,name,gender,living,address
out 0 <<'EOF'
ID  Name    Gender  Living         Address
 1  张桂英  F       alone          3-1-302
 2  李建国  M       with-children  1-101
EOF

t 'show under zh_CN: Chinese field names'
run zh elder show 1 -o table -c id,name,living
out 0 <<'EOF'
编号      1
姓名      张桂英
居住情况  独居
EOF

t 'csv under zh_CN keeps the keys and keywords'
run sh -c 'env -u LC_ALL LANG=zh_CN.UTF-8 elder list -o csv -c id,name,living | sed "s/\r\$/<CR>/"'
out 0 <<'EOF'
id,name,living<CR>
1,张桂英,alone<CR>
2,李建国,with-children<CR>
EOF

t 'csv --labels zh: Chinese headings and values'
run sh -c 'elder list -o csv -c id,name,gender,living --labels zh | sed "s/\r\$/<CR>/"'
out 0 <<'EOF'
编号,姓名,性别,居住情况<CR>
1,张桂英,女,独居<CR>
2,李建国,男,与子女<CR>
EOF

t '--labels keys under zh_CN: a table of keys and keywords'
run zh elder list -o table -c id,living --labels keys
out 0 <<'EOF'
id  living
 1  alone
 2  with-children
EOF

t '--labels en on tsv -H'
run elder list -H -c id,living --labels en
out 0 <<'EOF'
ID	Living
1	alone
2	with-children
EOF

t 'json keeps the keys whatever the labels'
run zh elder list -o json -c id,living
out 0 <<'EOF'
{"id":1,"living":"alone"}
{"id":2,"living":"with-children"}
EOF

t 'a bad --labels'
run elder list --labels fr
err 1 "elder: invalid labels 'fr': expected zh, en or keys"
run zh elder list --labels fr
err 1 "elder: 无效的标签语言 'fr'：应为 zh、en 或 keys"

t 'messages name the record type in Chinese under zh_CN'
run zh elder show 99999
err 1 "elder: 没有编号为 99999 的老人"
run zh volunteer show 99999
err 1 "volunteer: 没有编号为 99999 的志愿者"
run zh event show 99999
err 1 "event: 没有编号为 99999 的活动"
run zh volunteer show abc
err 1 "volunteer: 'abc' 不是有效的志愿者编号"
run elder show 99999
err 1 "elder: unknown elder id 99999"

done_testing
