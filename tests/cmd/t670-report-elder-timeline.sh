#!/bin/sh
# report elder: the whole timeline in date order -- the file, visits, the
# case from intake to closing with its plan, notes and referral, sign-ups
# and attendance, pairings, and the caregiver's group attendance.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --building 3 --unit 1 --room 302 --living alone \
    --joined 2026-01-05 >/dev/null
elder add 王德明 --building 4 --joined 2026-01-05 >/dev/null
volunteer add 李娟 --role 社工 --joined 2026-01-01 >/dev/null
volunteer add 张晓 --joined 2026-01-01 >/dev/null
elder person add 李梅 --elder 1 --relation 女儿 >/dev/null
elder person add 王芳 --elder 2 --relation 女儿 >/dev/null
visit log 1 --by 李娟 --minutes 40 --date 2026-09-03 --finding safety=urgent \
    --note 煤气 >/dev/null
event partner add 燃气公司 --kind 企业 >/dev/null
SHEGONG_TODAY=2026-09-03 elder case open 1 --need home-adaptation \
    --source visit:1 --summary 厨房煤气 --by 李娟 >/dev/null
SHEGONG_TODAY=2026-09-04 elder case plan 1 --goal 安装燃气报警器 \
    --by 李娟 >/dev/null
SHEGONG_TODAY=2026-09-05 elder case refer 1 --to 燃气公司 \
    --need home-adaptation >/dev/null
SHEGONG_TODAY=2026-09-10 elder case note 1 --note 已安装 --by 李娟 >/dev/null
SHEGONG_TODAY=2026-09-15 volunteer pair 张晓 1 >/dev/null
SHEGONG_TODAY=2026-09-20 elder case close 1 --outcome resolved \
    --feedback 满意 --by 李娟 >/dev/null
SHEGONG_TODAY=2026-10-01 event add 照料者小组 --kind group --date 2026-10-08 \
    --capacity 10 >/dev/null
SHEGONG_TODAY=2026-10-01 event add 重阳节茶话会 --kind festival \
    --date 2026-10-29 --capacity 1 >/dev/null
SHEGONG_TODAY=2026-10-02 event signup 1 person:1 person:2 >/dev/null
SHEGONG_TODAY=2026-10-02 event signup 2 2 1 >/dev/null
SHEGONG_TODAY=2026-10-08 event attend 1 person:1 person:2 >/dev/null
SHEGONG_TODAY=2026-10-20 event withdraw 2 2 >/dev/null
SHEGONG_TODAY=2026-10-29 event attend 2 1 >/dev/null

t 'the timeline, line by line, in date order'
run report elder 1 -H
out 0 <<EOF
date	what	id	detail
2026-01-05	joined		张桂英 3-1-302
2026-09-03	visit	1	home routine by 李娟; safety urgent; 煤气
2026-09-03	case:intake	1	home-adaptation: 厨房煤气 by 李娟
2026-09-04	case:plan	1	安装燃气报警器 by 李娟
2026-09-05	referral	1	燃气公司 home-adaptation sent
2026-09-10	case:note	1	已安装 by 李娟
2026-09-15	paired	1	张晓
2026-09-20	case:close	1	resolved: 满意 by 李娟
2026-10-02	signup	2	registered festival 重阳节茶话会 2026-10-29
2026-10-08	caregiver	1	李梅 (女儿) group 照料者小组
2026-10-29	event	2	festival 重阳节茶话会
EOF
cp "$T/stdout" "$T/one.tsv"

t "another elder's timeline: the waitlist, the withdrawal; the caregiver's group"
run report elder 2
out 0 <<EOF
2026-01-05	joined		王德明 4
2026-10-02	signup	2	withdrawn festival 重阳节茶话会 2026-10-29
2026-10-08	caregiver	1	王芳 (女儿) group 照料者小组
EOF

t 'the timeline as json: the same rows, keys from the columns'
run sh -c 'report elder 1 -o json | sed -n 3p'
out 0 <<EOF
{"date":"2026-09-03","what":"case:intake","id":1,"detail":"home-adaptation: 厨房煤气 by 李娟"}
EOF

t 'the timeline under zh_CN: its words and keywords in Chinese'
test_locales
run env LC_ALL=zh_CN.UTF-8 report elder 1 -o table
out 0 <<EOF
日期        事项            编号  详情
2026-01-05  登记                  张桂英 3-1-302
2026-09-03  探访               1  上门 走访（李娟）；安全 紧急；煤气
2026-09-03  个案开案           1  适老化改造：厨房煤气（李娟）
2026-09-04  服务计划           1  安装燃气报警器（李娟）
2026-09-05  转介               1  燃气公司 适老化改造 已转介
2026-09-10  个案记录           1  已安装（李娟）
2026-09-15  结对               1  张晓
2026-09-20  结案               1  已解决：满意（李娟）
2026-10-02  报名               2  已报名 节日 重阳节茶话会 2026-10-29
2026-10-08  照料者参加活动     1  李梅（女儿） 小组 照料者小组
2026-10-29  活动               2  节日 重阳节茶话会
EOF

t 'the tsv under zh_CN: the same bytes as in any locale'
run env LC_ALL=zh_CN.UTF-8 report elder 1 -o tsv -H
out 0 <"$T/one.tsv"

t 'csv with --labels zh in any locale: Chinese, as the table under zh_CN'
run sh -c 'report elder 2 -o csv --labels zh | tr -d "\r"'
out 0 <<EOF
日期,事项,编号,详情
2026-01-05,登记,,王德明 4
2026-10-02,报名,2,已退出 节日 重阳节茶话会 2026-10-29
2026-10-08,照料者参加活动,1,王芳（女儿） 小组 照料者小组
EOF

t 'a person, not an elder, has no timeline here'
run report elder 3
err 1 "report: unknown elder id 3"

done_testing
