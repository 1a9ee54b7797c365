#!/bin/sh
# The report pages under a Chinese locale (or --labels zh): title 月度统计,
# section and metric names in Chinese, columns 本月 上月 变化, no English
# words; the rows of tsv stay the same keys in every locale.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"
need xmllint libxml2-utils

test_locales
zh() { env -u LC_ALL LANG=zh_CN.UTF-8 "$@"; }

t 'the fixture builds'
run fixture
out 0 </dev/null

t 'the text page under zh_CN: its head and first section in Chinese'
run sh -c 'env -u LC_ALL LANG=zh_CN.UTF-8 report monthly --month 2026-11 |
    sed -n 1,12p | sed "s/^[^ ]* 月度/STATION 月度/"'
out 0 <<'EOF'
STATION 月度统计 2026-11
本期  2026-11-01 至 2026-11-30
上期  2026-10-01 至 2026-10-31
截至  2026-11-28

老人                                    本月      上月      变化
  在册                                    40        40         0
  新增                                     1         1         0
  注销                                     1         1         0
  注销原因：迁出                           0         1        -1
  注销原因：去世                           1         0        +1  ##############
  注销原因：其他                           0         0         0
EOF

t 'rates, groups and rules read as Chinese'
run sh -c 'env -u LC_ALL LANG=zh_CN.UTF-8 report monthly --month 2026-11 |
    grep -E "^  (方式：上门|全部：比率|时长来源：探访|结案结果：已解决) "'
out 0 <<'EOF'
  方式：上门                              37        42        -5  ##############
  全部：比率                          100.0%    100.0%       0.0  ##############
  全部：比率                           26.7%     24.1%      +2.6  ####
  时长来源：探访                       11.16        13     -1.84  ##############
  结案结果：已解决                         1         0        +1  ##############
EOF

t 'no English word on the zh pages (text, markdown, html text)'
for f in text markdown; do
	zh report monthly --month 2026-11 -o $f
done >"$T/pages"
zh report monthly --month 2026-11 -o html |
    sed -e '/<style>/,/<\/style>/d' -e 's/<[^>]*>/ /g' >>"$T/pages"
run sh -c "grep -o -E '[A-Za-z][A-Za-z_.-]+' '$T/pages' | sort -u |
    grep -v -x -E 'test\.db'"
out 1 </dev/null

t 'the html page under zh is well-formed, headed 指标 本月 上月 变化'
zh report monthly --month 2026-11 -o html >"$T/r.html"
run xmllint --noout "$T/r.html"
out 0 </dev/null
run sh -c "grep -c '<th>指标</th><th>本月</th><th>上月</th><th>变化</th>' '$T/r.html'"
out 0 <<'EOF'
8
EOF

t 'report period under --labels zh: 本期 上期'
run sh -c 'report period --period 2026-Q4 --labels zh | sed -n 6p'
out 0 <<'EOF'
老人                                    本期      上期      变化
EOF

t 'the English page under C is unchanged: keys and glosses'
run sh -c 'report monthly --month 2026-11 | sed -n 6,7p'
out 0 <<'EOF'
ELDERS 老人                          2026-11   2026-10    change
  active 在册                             40        40         0
EOF

t 'tsv under zh_CN keeps the keys'
run sh -c 'env -u LC_ALL LANG=zh_CN.UTF-8 report monthly --month 2026-11 -o tsv | sed -n 1,2p'
out 0 <<'EOF'
elders	active	40	40
elders	new	1	1
EOF

done_testing
