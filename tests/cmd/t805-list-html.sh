#!/bin/sh
# A list as -o html is a page to print: a whole document (charset, title,
# A4 style, the header row repeated on every page), well-formed.
. "$(dirname "$0")/lib.sh"
need xmllint libxml2-utils

elder add 张桂英 --birth 1940-03-02 --living alone >/dev/null
elder add 'A<B & "C"' --birth 1950-01-01 >/dev/null

t 'a list as html: a whole page, values escaped, labels as for table'
run elder list -o html -c id,name,living --labels zh
out 0 <<'EOF'
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<title>elder list</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif; font-size: 10pt; }
h1 { font-size: 14pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #666; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
</style>
</head>
<body>
<h1>elder list</h1>
<table>
<thead>
<tr><th>编号</th><th>姓名</th><th>居住情况</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>张桂英</td><td>独居</td></tr>
<tr><td>2</td><td>A&lt;B &amp; &quot;C&quot;</td><td></td></tr>
</tbody>
</table>
</body>
</html>
EOF

t 'visit planned -o html, empty or not, is well-formed'
run sh -c 'visit planned -o html | xmllint --noout -'
out 0 </dev/null
volunteer add 李娟 --role 社工 >/dev/null
visit plan --week 2026-W49 --save >/dev/null 2>&1
run sh -c 'visit planned --week 2026-W49 -o html | xmllint --noout - &&
    visit planned --week 2026-W49 -o html | grep -c "^<tr><td>"'
out 0 <<'EOF'
2
EOF

done_testing
