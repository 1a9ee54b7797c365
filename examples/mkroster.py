#!/usr/bin/python3
# mkroster.py -- make examples/roster.xlsx: a community office's roster of
# 50 elders as Excel keeps it: a title merged over the columns, a unit
# line, the header (序号 first), dates as date cells and as text typed in
# several ways, ID numbers as text, phones as numbers and as text, 楼号
# with its word, a 合计 row and a 制表人 line.  Deterministic (seed 19);
# needs python3-openpyxl.  Usage: mkroster.py [OUT.xlsx]
import datetime, random, sys

import openpyxl
from openpyxl.styles import Alignment, Font

out = sys.argv[1] if len(sys.argv) > 1 else "examples/roster.xlsx"
rnd = random.Random(19)
SUR = "韦 潘 蒙 覃 班 岑 麻 龙 石 吴 杨 罗 陆 黄 莫".split()
MEN = "德明 正清 光荣 永福 开元 国安 文才 志远 振华 朝阳".split()
WOMEN = "秀珍 凤英 桂莲 玉兰 翠花 素芬 金梅 月娥 春燕 银花".split()
LIVING = ["独居", "与配偶同住", "与子女同住", "子女同住", "其他"]
TAGS = ["低保", "空巢", "特困", "失能", "留守", "计生特殊", "重残", ""]


def idnum(birth, male, seq):
    """A resident ID number of a relocation county, with its check."""
    s = "522732%s%02d%d" % (birth.strftime("%Y%m%d"), seq % 100,
                             rnd.choice([1, 3, 5, 7, 9] if male else
                                        [0, 2, 4, 6, 8]))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(c) * k for c, k in zip(s, w)) % 11]


wb = openpyxl.Workbook()
wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 5)
ws = wb.active
ws.title = "花名册"
ws.append(["望城社区易地扶贫搬迁安置点老年人花名册"])
ws.merge_cells("A1:L1")
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws.append(["填报单位：望城社区居委会（盖章）"])
ws.merge_cells("A2:L2")
ws.append(["序号", "姓名", "性别", "出生日期", "身份证号码", "联系电话", "楼号",
           "单元", "门牌号", "居住情况", "类别", "备注"])
used = set()
for i in range(1, 51):
    male = rnd.random() < 0.45
    while True:
        name = rnd.choice(SUR) + rnd.choice(MEN if male else WOMEN)
        if name not in used:
            used.add(name)
            break
    birth = datetime.date(rnd.randint(1930, 1964), rnd.randint(1, 12),
                          rnd.randint(1, 28))
    form = i % 5
    if form == 0:
        bcell = birth                                   # a date cell
    elif form == 1:
        bcell = "%d/%d/%d" % (birth.year, birth.month, birth.day)
    elif form == 2:
        bcell = birth.strftime("%Y.%m.%d")
    elif form == 3:
        bcell = "%d年%d月%d日" % (birth.year, birth.month, birth.day)
    else:
        bcell = None                                    # from the ID number
    idn = idnum(birth, male, i) if form in (0, 4) or i % 3 == 0 else None
    phone = rnd.choice([13800000000 + i * 7919,
                        "139 %04d %04d" % (i * 37, i * 53), None])
    b = 20 + (i - 1) // 12
    unit = 1 + (i - 1) % 12 // 6
    room = 100 * (1 + (i - 1) % 6 // 2) + 1 + (i - 1) % 2
    building = rnd.choice(["%d栋" % b, "%d号楼" % b, b])
    living = rnd.choice(LIVING)
    tags = " ".join(t for t in {rnd.choice(TAGS), rnd.choice(TAGS)} if t)
    ws.append([i, name, "男" if male else "女", bcell, idn, phone, building,
               unit, room, living, tags, "需助行器" if i % 11 == 0 else None])
    if form == 0:
        ws.cell(row=ws.max_row, column=4).number_format = "yyyy-mm-dd"
    if i % 17 == 0:
        ws.append([])                                   # a blank row
ws.append(["合计", "50人"])
ws.append(["制表人：王芳", None, None, None, None, "联系电话：0851-86123456",
           None, None, "填表日期：2026年1月5日"])
ws.column_dimensions["E"].width = 22
wb.save(out)
