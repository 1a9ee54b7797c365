#!/bin/sh
# Goods partners give: received as lots (event partner give), handed out
# on a holiday round (visit log --gave), at an event (event give) and for
# a case (elder case give), the oldest lots first; what is left (event
# partner stock); nothing below zero; the goods section of report
# monthly; the partner kinds school and ngo.
. "$(dirname "$0")/lib.sh"

export SHEGONG_TODAY=2026-09-30
# usage STATUS 'message': a usage error: the message, then the usage
usage() {
	_s=$(cat "$T/status")
	_l=$(head -n 1 "$T/stderr")
	[ "$_s" = "$1" ] && [ "$_l" = "$2" ] && [ ! -s "$T/stdout" ] &&
	    grep -q '^usage: ' "$T/stderr"
	_report $? "exit $_s: $(cat "$T/stderr")"
}
for n in 张桂英 李秀英 王淑珍 赵金凤 孙玉兰; do
	elder add "$n" --joined 2026-01-01 >/dev/null
done
volunteer add 李娟 --role 社工 >/dev/null

t 'partner kinds: 学校 is a school now, 社会组织 an ngo'
run event partner add 好邻居超市 --kind 商户
out 0 <<'EOT'
1
EOT
event partner add 实验小学 --kind 学校 >/dev/null
event partner add 爱心社 --kind 社会组织 >/dev/null
event partner add 师范大学 --kind 高校 >/dev/null
event partner add 燃气公司 --kind firm >/dev/null
run event partner list -c name,kind
out 0 <<'EOT'
好邻居超市	shop
实验小学	school
爱心社	ngo
师范大学	university
燃气公司	firm
EOT
run event partner list -c name,kind -o table --labels zh
out 0 <<'EOT'
名称        类型
好邻居超市  商户
实验小学    中小学
爱心社      社会组织
师范大学    高校
燃气公司    企业
EOT

t 'goods received: a lot a gift, its id printed'
run event partner give 好邻居超市 --item 月饼 --qty 200 --unit 盒 \
    --value 3000 --date 2026-09-20
out 0 <<'EOT'
1
EOT
event partner give 爱心社 --item 月饼 --qty 50 --date 2026-09-21 >/dev/null
event partner give 爱心社 --item 大米 --qty 20 --unit 袋 --date 2026-09-21 \
    >/dev/null
event partner give 燃气公司 --item 燃气报警器 --qty 2 --unit 个 >/dev/null
run q "SELECT id, partner_id, date, item, qty, unit, value FROM goods_in"
out 0 <<'EOT'
1	1	2026-09-20	月饼	200.0	盒	3000.0
2	3	2026-09-21	月饼	50.0	盒	
3	3	2026-09-21	大米	20.0	袋	
4	5	2026-09-30	燃气报警器	2.0	个	
EOT

t 'an item is counted in one unit'
run event partner give 爱心社 --item 月饼 --qty 10 --unit 个
err 1 "event: unit: '月饼' is counted in '盒', not '个'"

t 'receiving: the errors'
run event partner give 无名店 --item 月饼 --qty 1
err 1 "event: unknown partner '无名店' (add it with event partner add)"
run event partner give 爱心社 --qty 1
usage 2 "event: give: --item is required"
run event partner give 爱心社 --item 月饼
usage 2 "event: give: --qty is required"
run event partner give 爱心社 --item 月饼 --qty 0
err 1 "event: qty: '0': expected a number more than 0"
run event partner give 爱心社 --item 月饼 --qty 1.005
err 1 "event: qty: '1.005': expected a number more than 0"
run event partner give 爱心社 --item 月饼 --qty 1 --date 2026-10-01
err 1 "event: date: 2026-10-01 is in the future"
run event partner give 爱心社 --item 月饼:2 --qty 1
err 1 "event: item: '月饼:2': at most 200 bytes of text, no ':'"
run q "SELECT count(*) FROM goods_in"
out 0 <<'EOT'
4
EOT

t 'the holiday round: a box and a bag left on each visit'
run visit log 1 2 3 --kind holiday --by 李娟 --date 2026-09-22 \
    --gave 月饼:1 --gave 大米:1
out 0 <<'EOT'
1
2
3
EOT
run q "SELECT o.visit_id, g.item, o.in_id, o.qty FROM goods_out o
    JOIN goods_in g ON g.id = o.in_id ORDER BY o.id"
out 0 <<'EOT'
1	月饼	1	1.0
1	大米	3	1.0
2	月饼	1	1.0
2	大米	3	1.0
3	月饼	1	1.0
3	大米	3	1.0
EOT

t 'at the Mid-Autumn party: the oldest lot first, then the next'
event add 中秋联欢 --date 2026-09-25 --kind festival >/dev/null
run event give 1 月饼:180
out 0 </dev/null
run event give 1 月饼:20
out 0 </dev/null
run q "SELECT o.in_id, o.qty FROM goods_out o WHERE o.event_id = 1
    ORDER BY o.id"
out 0 <<'EOT'
1	180.0
1	17.0
2	3.0
EOT

t 'for a case: a gas alarm'
elder case open 4 --need home-adaptation >/dev/null
run elder case give 1 燃气报警器:1
out 0 </dev/null

t 'stock: received, given, left, value and who gave it'
run event partner stock -H
out 0 <<'EOT'
item	unit	received	given	stock	value	partners
大米	袋	20	3	17		爱心社
月饼	盒	250	203	47	3000	好邻居超市,爱心社
燃气报警器	个	2	1	1		燃气公司
EOT
run event partner stock 大米 -c item,stock
out 0 <<'EOT'
大米	17
EOT

t 'nothing goes below zero: refused, and nothing is written'
run event give 1 月饼:48
err 1 "event: gave: 月饼: 47 盒 in stock on 2026-09-25, not 48"
run visit log 5 --kind holiday --gave 大米:18
err 1 "visit: gave: 大米: 17 袋 in stock on 2026-09-30, not 18"
run visit log 5 --date 2026-09-19 --gave 月饼:1
err 1 "visit: gave: 月饼: 0 盒 in stock on 2026-09-19, not 1"
run elder case give 1 燃气报警器:2
err 1 "elder: gave: 燃气报警器: 1 个 in stock on 2026-09-30, not 2"
run q "SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM goods_out),
    (SELECT sum(qty) FROM goods_out)"
out 0 <<'EOT'
3	10	207.0
EOT

t 'handing out: the other errors'
run visit log 5 --gave 茶叶:1
err 1 "visit: gave: no '茶叶' received (event partner give PARTNER --item 茶叶 ...)"
run visit log 5 --gave 月饼
err 1 "visit: gave: '月饼': expected ITEM:QTY"
run visit log 5 --gave 月饼:-1
err 1 "visit: gave: '-1': expected a number more than 0"
run event give 9 月饼:1
err 1 "event: unknown event id 9"
event add 取消的 --date 2026-09-26 >/dev/null
event cancel 2 >/dev/null
run event give 2 月饼:1
err 1 "event: event 2 is cancelled"
event add 国庆 --date 2026-10-01 >/dev/null
run event give 3 月饼:1
err 1 "event: event 3 is on 2026-10-01: goods are handed out on the day"
run elder case give 9 月饼:1
err 1 "elder: unknown case id 9"
run event give 1
usage 2 "event: give: wrong arguments"

t 'report monthly: received and handed out, by partner and item'
run sh -c 'report monthly --month 2026-09 -o tsv | grep "^goods"'
out 0 <<'EOT'
goods	received.好邻居超市:月饼	200	0
goods	received.燃气公司:燃气报警器	2	0
goods	received.爱心社:大米	20	0
goods	received.爱心社:月饼	50	0
goods	given.好邻居超市:月饼	200	0
goods	given.燃气公司:燃气报警器	1	0
goods	given.爱心社:大米	3	0
goods	given.爱心社:月饼	3	0
EOT
run sh -c 'report monthly --month 2026-09 --labels zh | sed -n "/^物资/,\$p"'
out 0 <<'EOT'
物资                                    本月      上月      变化
  接收：好邻居超市:月饼                  200         0      +200  ##############
  接收：燃气公司:燃气报警器                2         0        +2  #
  接收：爱心社:大米                       20         0       +20  #
  接收：爱心社:月饼                       50         0       +50  ####
  发放：好邻居超市:月饼                  200         0      +200  ##############
  发放：燃气公司:燃气报警器                1         0        +1  #
  发放：爱心社:大米                        3         0        +3  #
  发放：爱心社:月饼                        3         0        +3  #
EOT
run sh -c 'report monthly --month 2026-08 | grep -c GOODS'
out 1 <<'EOT'
0
EOT

t 'a version-5 database: its partners keep the kind they were stored with'
S=$TOP/tests/schema
{
	cat "$S/v1.sql" "$S/v2.sql" "$S/v3.sql" "$S/v4.sql" "$TOP/lib/schema5.sql"
	# rows as they were stored, without the change log's SQL functions
	echo "DROP TRIGGER partner_log_insert; DROP TRIGGER elder_log_insert;
	DROP TRIGGER elder_case_log_insert; DROP TRIGGER referral_log_insert;
	INSERT INTO elder (id, name, joined) VALUES (1, '张', '2026-01-01');
	INSERT INTO partner VALUES (1, '第一小学', 'university', NULL, NULL, NULL);
	INSERT INTO partner VALUES (2, '医院', 'clinic', '义诊', '王', NULL);
	INSERT INTO elder_case (id, elder_id, opened) VALUES (1, 1, '2026-02-01');
	INSERT INTO referral (case_id, partner_id, need, date)
	    VALUES (1, 2, 'medical', '2026-02-02');
	PRAGMA user_version = 5;"
} | sqlite3 -batch "$T/v5.db"
run env SHEGONG_DB="$T/v5.db" event partner list -c id,name,kind,offers,referrals
out 0 <<'EOT'
1	第一小学	university		0
2	医院	clinic	义诊	1
EOT
run env SHEGONG_DB="$T/v5.db" event partner add 第二小学 --kind 学校
out 0 <<'EOT'
3
EOT
run sqlite3 "$T/v5.db" "SELECT user_version FROM pragma_user_version;
    SELECT kind FROM partner WHERE id = 3; PRAGMA foreign_key_check;"
out 0 <<EOT
$SCHEMA
school
EOT

done_testing
