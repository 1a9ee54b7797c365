#!/bin/sh
# visit plan --sheets: one printed page per visitor and day (text with
# form feeds, html with @page), the 探访记录表 left blank (--blank-form),
# and the template of visit import (-o xlsx) pre-filled with the plan.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"
need xmllint libxml2-utils

test_locales

elder add 张桂英 --birth 1940-03-02 --building 3 --unit 1 --room 302 \
    --living alone --phone 13800000000 --emergency 王军 \
    --emergency-phone 13900000001 --note 耳背 >/dev/null
elder add 李秀兰 --birth 1950-01-01 --tag 失能 --building 3 --unit 1 \
    --room 101 --joined 2026-01-01 >/dev/null
elder add 王富 --birth 1945-06-01 --building 5 --living couple \
    --joined 2026-01-01 >/dev/null
volunteer add 李娟 --role 社工 --phone 13700000000 >/dev/null
volunteer add 赵强 --role 社工 >/dev/null
visit log 1 --date 2026-11-20 --by 李娟 --finding health=concern \
    --follow-up 2026-12-01 --minutes 30 >/dev/null
visit plan --week 2026-W49 --save >/dev/null

t 'text: a page per visitor and day, parted by a form feed; the phone
    unmasked, the emergency contact, rule and why, last visit and what it
    found, open follow-ups, notes, then the boxes to fill'
run sh -c 'visit plan --week 2026-W49 --sheets | sed "s/\f/<FF>/"'
out 0 <<'EOF'
Visit record sheet
Date: 2026-11-30 Monday    Visitor: 李娟 (1)    2 elders

1. 李秀兰 (elder 2, plan 1)
   Address: 3-1-101    Phone: 
   Emergency contact: none
   Rule: 重点 (every month); why: due under the rule, 307 days overdue
   Last visit: never
   Living [ ]ok [ ]concern [ ]urgent    Safety [ ]ok [ ]concern [ ]urgent
   Health [ ]ok [ ]concern [ ]urgent    Mental [ ]ok [ ]concern [ ]urgent
   Mode [ ]home [ ]phone [ ]video [ ]at an event    Minutes ______ min
   Note ______________________________________________________
   Next step [ ]none [ ]follow-up on ____-__-__ [ ]refer to ________________
   Visitor's signature ________________    Elder or family ________________

2. 张桂英 (elder 1, plan 2)
   Address: 3-1-302    Phone: 13800000000
   Emergency contact: 王军 13900000001
   Rule: 高风险 (every week); why: follow-up due, 3 days overdue
   Last visit: 2026-11-20 home; needs attention: Health: concern
   Open follow-ups: 2026-12-01
   Notes: 耳背
   Living [ ]ok [ ]concern [ ]urgent    Safety [ ]ok [ ]concern [ ]urgent
   Health [ ]ok [ ]concern [ ]urgent    Mental [ ]ok [ ]concern [ ]urgent
   Mode [ ]home [ ]phone [ ]video [ ]at an event    Minutes ______ min
   Note ______________________________________________________
   Next step [ ]none [ ]follow-up on ____-__-__ [ ]refer to ________________
   Visitor's signature ________________    Elder or family ________________
<FF>Visit record sheet
Date: 2026-11-30 Monday    Visitor: 赵强 (2)    1 elder

1. 王富 (elder 3, plan 3)
   Address: 5    Phone: 
   Emergency contact: none
   Rule: 一般 (every quarter); why: due under the rule, 248 days overdue
   Last visit: never
   Living [ ]ok [ ]concern [ ]urgent    Safety [ ]ok [ ]concern [ ]urgent
   Health [ ]ok [ ]concern [ ]urgent    Mental [ ]ok [ ]concern [ ]urgent
   Mode [ ]home [ ]phone [ ]video [ ]at an event    Minutes ______ min
   Note ______________________________________________________
   Next step [ ]none [ ]follow-up on ____-__-__ [ ]refer to ________________
   Visitor's signature ________________    Elder or family ________________
EOF

t 'text under zh_CN: the same page in Chinese'
run sh -c 'env -u LC_ALL LANG=zh_CN.UTF-8 visit plan --week 2026-W49 \
    --sheets | sed -n 1,10p'
out 0 <<'EOF'
探访记录表
日期：2026-11-30 星期一    探访人：李娟（编号 1）    老人 2 位

1. 李秀兰（老人编号 2，计划编号 1）
   地址：3-1-101    电话：
   紧急联系人：无
   规则：重点（每月）；原因：按规则到期，逾期 307 天
   上次探访：无
   生活 [ ]正常 [ ]关注 [ ]紧急    安全 [ ]正常 [ ]关注 [ ]紧急
   健康 [ ]正常 [ ]关注 [ ]紧急    精神 [ ]正常 [ ]关注 [ ]紧急
EOF

t '--blank-form: the 探访记录表 with nothing filled, --per-day blocks'
run visit plan --blank-form --per-day 1 --labels zh
out 0 <<'EOF'
探访记录表
日期：____年__月__日    探访人：________________

1. 姓名 ____________  老人编号 ______  地址 __________  电话 ______________
   生活 [ ]正常 [ ]关注 [ ]紧急    安全 [ ]正常 [ ]关注 [ ]紧急
   健康 [ ]正常 [ ]关注 [ ]紧急    精神 [ ]正常 [ ]关注 [ ]紧急
   方式 [ ]上门 [ ]电话 [ ]视频 [ ]活动中    时长 ______ 分钟
   类型 [ ]走访 [ ]回访 [ ]节日慰问 [ ]个案
   备注 ______________________________________________________
   下一步 [ ]无 [ ]回访日期 ____-__-__ [ ]转介 ________________
   探访人签名 ________________    老人或家属签名 ________________
EOF

t 'the template: the columns of visit import, the plan filled in'
run visit plan --week 2026-W49 --sheets -o tsv -H
out 0 <<'EOF'
plan_id	date	elder_id	elder_name	mode	kind	visitors	minutes	living	safety	health	mental	note	follow_up
1	2026-11-30	2	李秀兰		routine	李娟							
2	2026-11-30	1	张桂英		routine	李娟							
3	2026-11-30	3	王富		routine	赵强							
EOF

t 'the template as xlsx equals its tsv cell by cell (openpyxl), labels zh'
visit plan --week 2026-W49 --sheets -o xlsx --labels zh >"$T/s.xlsx"
visit plan --week 2026-W49 --sheets -o tsv -H --labels zh >"$T/want"
run /usr/bin/python3 -c "
import datetime, sys, openpyxl
ws = openpyxl.load_workbook('$T/s.xlsx').active
want = [l.split('\t') for l in open('$T/want', encoding='utf-8').read().splitlines()]
got = []
for row in ws.iter_rows():
    r = []
    for c in row:
        v = c.value
        if v is None: v = ''
        elif isinstance(v, datetime.datetime): v = v.strftime('%Y-%m-%d')
        elif isinstance(v, (int, float)): v = str(int(v))
        r.append(v)
    got.append(r + [''] * (len(want[0]) - len(r)))
print('same' if got == want else 'differ: %r' % got)
print(ws.freeze_panes, ws['A1'].font.b, ws['B2'].is_date, ws['C2'].data_type)"
out 0 <<'EOF'
same
A2 True True n
EOF

t 'the blank form as xlsx is the template with its header alone'
visit plan --blank-form -o xlsx --labels en >"$T/b.xlsx"
run /usr/bin/python3 -c "
import openpyxl
ws = openpyxl.load_workbook('$T/b.xlsx').active
print(ws.max_row, [c.value for c in ws[1]][:4])"
out 0 <<'EOF'
1 ['Plan ID', 'Date', 'Elder ID', 'Elder name']
EOF

t 'a sheet is no markdown, and a page has no columns to choose'
run visit plan --week 2026-W49 --sheets -o markdown
err 1 'visit: -o markdown: the sheets are text, html, or a template as xlsx, tsv, csv or json'
run visit plan --week 2026-W49 --sheets -c name
err 1 'visit: -c: a sheet has no columns to choose: use -o xlsx, tsv, csv or json'

t 'the fixture builds'
fresh
run fixture
out 0 </dev/null

env -u LC_ALL LANG=zh_CN.UTF-8 visit plan --week 2026-W49 --sheets \
    -o html >"$T/s.html"

t 'html: well-formed XML, and the HTML parser finds no error'
run sh -c "xmllint --noout '$T/s.html' && xmllint --noout --html \
    '$T/s.html' 2>&1 | grep -c -a error"
out 1 <<'EOF'
0
EOF

t 'html: A4, one page a visitor and day, self-contained'
run sh -c "grep -c '@page { size: A4' '$T/s.html'; \
    grep -c '<div class=\"sheet\">' '$T/s.html'; \
    grep -c -i -E '<script|<link|src=|href=|url\(|@import' '$T/s.html'"
out 1 <<'EOF'
1
12
0
EOF

done_testing
