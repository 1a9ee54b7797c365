#!/bin/sh
# The coverage rate says what it was judged on (8/21 judged, 9 pending;
# 8/21 已判定，9 待定), so a rate early in a month is not misread; tsv keeps
# its rows.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"

test_locales

t 'the fixture builds'
run fixture
out 0 </dev/null
export SHEGONG_TODAY=2026-11-10

t 'text: under each coverage rate, met of judged and how many are pending'
run sh -c 'report monthly --month 2026-11 | sed -n "/^COVERAGE/,/^EVENTS/p" |
    grep -A1 "rate 比率" | grep -E "rate|judged"'
out 0 <<'EOF'
  高风险.rate 比率                      0.0%      0.0%       0.0
    0/13 judged, 9 pending
  重点.rate 比率                      100.0%    100.0%       0.0  ##############
    8/8 judged, 0 pending
  一般.rate 比率                           -         -
  all.rate 比率                        38.1%     24.1%     +14.0  #####
    8/21 judged, 9 pending
EOF

t 'text under zh_CN: 已判定 and 待定'
run sh -c 'env -u LC_ALL LANG=zh_CN.UTF-8 report monthly --month 2026-11 |
    grep -B1 已判定 | tail -2'
out 0 <<'EOF'
  全部：比率                           38.1%     24.1%     +14.0  #####
    8/21 已判定，9 待定
EOF

t 'markdown and html carry it beside the rate'
run sh -c 'report monthly --month 2026-11 -o markdown | grep "all.rate";
    report monthly --month 2026-11 -o html --labels zh | grep "<td>全部：比率"'
out 0 <<'EOF'
| all.rate 比率 | 100.0% | 100.0% | 0.0 |
| all.rate 比率 (8/21 judged, 9 pending) | 38.1% | 24.1% | +14.0 |
<tr><td>全部：比率</td><td>100.0%</td><td>100.0%</td><td>0.0</td></tr>
<tr><td>全部：比率 <small>8/21 已判定，9 待定</small></td><td>38.1%</td><td>24.1%</td><td>+14.0</td></tr>
EOF

t 'tsv: the same rows as before, no text added'
run sh -c 'report monthly --month 2026-11 -o tsv | grep -c judged;
    report monthly --month 2026-11 -o tsv | grep "^coverage	all"'
out 0 <<'EOF'
0
coverage	all.required	30	29
coverage	all.met	8	7
coverage	all.missed	13	22
coverage	all.pending	9	0
coverage	all.rate	38.1	24.1
EOF

done_testing
