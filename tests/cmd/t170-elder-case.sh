#!/bin/sh
# elder case / cases, event partner, visit log --case: the life of a case.
. "$(dirname "$0")/lib.sh"

elder add 甲 --building 1 --room 101 --joined 2026-01-01 >/dev/null
elder add 乙 --building 1 --room 102 --joined 2026-01-01 >/dev/null
volunteer add 李娟 --role 社工 >/dev/null
volunteer add 王强 --role 社工 >/dev/null
visit log 1 --by 李娟 --date 2026-11-20 --finding safety=urgent \
    --note 煤气泄漏 >/dev/null

t 'an urgent finding with no case is unattended'
run elder cases --unattended -H
out 0 <<EOF
id	elder_id	elder_name	date	urgent	note
1	1	甲	2026-11-20	safety	煤气泄漏
EOF

t 'partners: add (Chinese kind), list, show by name'
run event partner add 燃气公司 --kind 企业 --offers 燃气报警器 \
    --contact '王经理 0851-1234'
out 0 <<EOF
1
EOF
run event partner add 社区卫生服务中心 --kind clinic
out 0 <<EOF
2
EOF
run event partner list -H
out 0 <<EOF
id	name	kind	offers	contact	events	referrals
1	燃气公司	firm	燃气报警器	王经理 0851-1234	0	0
2	社区卫生服务中心	clinic			0	0
EOF
run event partner show 燃气公司 -c id,name,kind
out 0 <<EOF
1	燃气公司	firm
EOF

t 'partners: a name twice, an unknown kind, an unknown partner'
run event partner add 燃气公司
err 1 "event: name: partner '燃气公司' exists already (id 1)"
run event partner add 超市 --kind bank
err 1 "event: kind: invalid value 'bank': expected firm, shop, university, clinic, government, school, ngo or other"
run event partner show 银行
err 1 "event: unknown partner '银行' (add it with event partner add)"

t 'open a case from the visit finding; it prints the id'
run elder case open 1 --need 适老化改造 --need medical --source visit:1 \
    --summary 厨房煤气 --by 李娟 --date 2026-11-21
out 0 <<EOF
1
EOF
run q "select elder_id, opened, worker, source, summary, status from elder_case"
out 0 <<EOF
1	2026-11-21	李娟	visit:1	厨房煤气	open
EOF
run q "select need from case_need where case_id = 1 order by need"
out 0 <<EOF
home-adaptation
medical
EOF

t 'the urgent finding is no longer unattended'
run elder cases --unattended
out 0 </dev/null

t 'assess, plan with actions and a review, note'
run elder case assess 1 --note 需要安装报警器 --date 2026-11-22 --by 李娟
out 0 </dev/null
run elder case plan 1 --goal 装报警器 --action 联系燃气公司 --action 回访 \
    --review 2026-11-26 --date 2026-11-22
out 0 </dev/null
run elder case note 1 --note 老人同意 --date 2026-11-23
out 0 </dev/null

t 'a visit serves the case'
run visit log 1 --case 1 --kind case --by 王强 --date 2026-11-24 \
    --note 量尺寸
out 0 <<EOF
2
EOF
run q "select case_id from visit where id = 2"
out 0 <<EOF
1
EOF

t 'refer a need to a partner; the referral is accepted, then done'
run elder case refer 1 --to 燃气公司 --need home-adaptation \
    --date 2026-11-24 --note 报警器
out 0 <<EOF
1
EOF
run elder case referral 1 --status 已接收 --date 2026-11-25
out 0 </dev/null
run elder case referral 1 --status done --date 2026-11-27
out 0 </dev/null
run q "select status, updated from referral where id = 1"
out 0 <<EOF
done	2026-11-27
EOF

t 'cases: lists and filters'
elder case open 2 --need emotional --date 2026-11-25 --by 王强 >/dev/null
run elder cases -H
out 0 <<EOF
id	elder_id	elder_name	opened	worker	needs	status	review	closed	outcome	referrals
1	1	甲	2026-11-21	李娟	home-adaptation,medical	open	2026-11-26			1
2	2	乙	2026-11-25	王强	emotional	open				0
EOF
run elder cases --need 精神慰藉 -c id,needs
out 0 <<EOF
2	emotional
EOF
run sh -c 'elder cases --by 李娟 | cut -f1; elder cases --review-due | cut -f1; elder cases --elder 2 | cut -f1'
out 0 <<EOF
1
1
2
EOF

t 'close with the outcome and the feedback; closed cases leave --open'
run elder case close 1 --outcome resolved --feedback 已安装，老人满意 \
    --date 2026-11-28
out 0 </dev/null
run sh -c 'elder cases --open | cut -f1; elder cases | cut -f1,7,9,10'
out 0 <<EOF
2
1	closed	2026-11-28	resolved
2	open		
EOF

t 'the whole record, oldest first'
run elder case show 1
out 0 <<EOF
2026-11-21	intake	1	elder 1 甲; needs home-adaptation,medical; source visit:1; 厨房煤气 (李娟)
2026-11-22	assess	2	需要安装报警器 (李娟)
2026-11-22	plan	3	装报警器 (tester)
2026-11-22	action	4	联系燃气公司 (tester)
2026-11-22	action	5	回访 (tester)
2026-11-23	note	6	老人同意 (tester)
2026-11-24	visit	2	home case; 量尺寸
2026-11-24	referral	1	燃气公司: home-adaptation, sent; 报警器
2026-11-27	referral	1	燃气公司: home-adaptation, done
2026-11-28	close	8	resolved: 已安装，老人满意 (tester)
EOF
cp "$T/stdout" "$T/case.tsv"

t 'the record under zh_CN: its words and keywords in Chinese, the tsv the same'
test_locales
run env LC_ALL=zh_CN.UTF-8 elder case show 1 -o table
out 0 <<EOF
日期        事项      编号  详情
2026-11-21  开案         1  老人 1 甲；需求 适老化改造,医疗；来源 探访 1；厨房煤气（李娟）
2026-11-22  评估         2  需要安装报警器（李娟）
2026-11-22  服务计划     3  装报警器（tester）
2026-11-22  行动         4  联系燃气公司（tester）
2026-11-22  行动         5  回访（tester）
2026-11-23  记录         6  老人同意（tester）
2026-11-24  探访         2  上门 个案；量尺寸
2026-11-24  转介         1  燃气公司：适老化改造，已转介；报警器
2026-11-27  转介         1  燃气公司：适老化改造，已完成
2026-11-28  结案         8  已解决：已安装，老人满意（tester）
EOF
run env LC_ALL=zh_CN.UTF-8 elder case show 1
out 0 <"$T/case.tsv"

t 'bad input: closing a closed case, writing to it, the record unchanged'
q "select count(*) from case_entry" >"$T/before"
run elder case close 1 --outcome resolved --feedback again
err 1 "elder: case 1 is closed already (on 2026-11-28)"
run elder case note 1 --note late
err 1 "elder: case 1 is closed: reopen it first (elder case reopen 1)"
run q "select count(*) from case_entry"
out 0 <"$T/before"

t 'reopen keeps the record whole'
run elder case reopen 1 --note 报警器又响
out 0 </dev/null
run q "select status, closed, outcome from elder_case where id = 1; select count(*) from case_entry where case_id = 1"
out 0 <<EOF
open		
8
EOF
run elder case reopen 1
err 1 "elder: case 1 is open"

t 'bad input: an unknown need lists the known ones'
run elder case open 1 --need 娱乐
err 1 "elder: need: invalid value '娱乐': expected daily-care, rehab, emotional, home-adaptation, medical, financial, legal or other"
run elder case open 1
err 2 "elder: open: --need is required
usage: elder case open ELDER --need N... [--source S] [--summary TEXT]
           [--project PROJECT/PART]
       elder case assess|note CASE --note TEXT
       elder case plan CASE --goal TEXT [--action TEXT]... [--review D]
       elder case close CASE --outcome O --feedback TEXT
       elder case reopen CASE [--note TEXT]
       elder case refer CASE --to PARTNER --need N [--note TEXT]
       elder case referral REF --status S
       elder case show CASE
       elder case give CASE ITEM:QTY...
       (each with [--date D] [--by WHO] where it fits)"

t 'bad input: referring to an unknown partner'
run elder case refer 1 --to 银行 --need financial
err 1 "elder: to: unknown partner '银行' (add it with event partner add)"

t 'bad input: a review date before the opening'
run elder case plan 2 --goal 陪伴 --review 2026-11-01
err 1 "elder: review: 2026-11-01 is before the case was opened (2026-11-25)"

t "bad input: a note on another elder's case through visit log --case"
run visit log 2 --case 1 --by 王强
err 1 "visit: case: case 1 is elder 1's, not elder 2's"
run q "select count(*) from visit"
out 0 <<EOF
2
EOF

t 'bad input: an unknown case, a source visit of another elder, a bad outcome'
run elder case show 9
err 1 "elder: unknown case id 9"
run elder case open 2 --need other --source visit:1
err 1 "elder: source: visit 1 was of elder 1, not 2"
run elder case close 2 --outcome fixed --feedback x
err 1 "elder: outcome: invalid value 'fixed': expected resolved, referred, moved, deceased or other"
run elder case referral 1 --status accepted --date 2026-11-20
err 1 "elder: date: 2026-11-20 is before the referral was sent (2026-11-24)"

t 'every change is in the change log'
run q "select tbl, op, count(*) from changelog where tbl in ('partner', 'elder_case', 'case_need', 'case_entry', 'referral') group by 1, 2 order by 1, 2"
out 0 <<EOF
case_entry	insert	9
case_need	insert	3
elder_case	insert	2
elder_case	update	3
partner	insert	2
referral	insert	1
referral	update	2
EOF

t 'needs of its own from the config (case.needs), counted by report'
printf 'case: {needs: [助餐, 出行]}\n' >"$T/needs.yaml"
run elder case open 2 --need 助餐 --config "$T/needs.yaml"
out 0 <<EOF
3
EOF
run sh -c "elder cases --need 助餐 --config '$T/needs.yaml' | cut -f1,6; report monthly -o tsv --config '$T/needs.yaml' | grep 'need.助餐'"
out 0 <<EOF
3	助餐
cases	need.助餐	1	0
EOF
run elder case open 2 --need 助浴 --config "$T/needs.yaml"
err 1 "elder: need: invalid value '助浴': expected daily-care, rehab, emotional, home-adaptation, medical, financial, legal or other, 助餐, 出行"
run elder case open 2 --need 助餐
err 1 "elder: need: invalid value '助餐': expected daily-care, rehab, emotional, home-adaptation, medical, financial, legal or other"

t 'a version 1 database is brought up to date by a reading command'
fresh
sed -n '1,/^CREATE TRIGGER/p' "$TOP/tests/schema/v1.sql" | sed '$d' >"$T/v1.sql"
sqlite3 "$SHEGONG_DB" <"$T/v1.sql"
sqlite3 "$SHEGONG_DB" "PRAGMA user_version = 1; PRAGMA journal_mode = WAL;
    INSERT INTO elder (name, joined) VALUES ('老', '2020-01-01')" >/dev/null
run elder list -c id,name
out 0 <<EOF
1	老
EOF
run sqlite3 "$SHEGONG_DB" "PRAGMA user_version; SELECT count(*) FROM sqlite_schema WHERE name IN ('elder_case', 'partner', 'referral', 'disclosure', 'visit_followup_kind', 'elder_event')"
out 0 <<EOF
$SCHEMA
6
EOF

done_testing
