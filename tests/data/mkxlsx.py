#!/usr/bin/python3
# mkxlsx.py DIR -- the workbooks the xlsx import tests read (t146-t149),
# made by openpyxl as an office's Excel would save them, and one put
# together by hand with zipfile (inline strings, rich text, cells skipped,
# ISO dates), in DIR.  Run by the tests themselves, once per file.
import datetime, os, sys, zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = sys.argv[1]


def idnum(first17):
    """A resident ID number: 17 digits and their GB 11643 check."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def save(wb, name):
    wb.save(os.path.join(out, name))


# roster.xlsx: a title merged over the columns, a unit line, the header,
# data with blank rows, a 合计 row and a 制表人 line; a second sheet.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "花名册"
ws.append(["望城社区老年人花名册"])
ws.merge_cells("A1:H1")
ws.append(["单位：望城社区居委会"])
ws.merge_cells("A2:H2")
ws.append(["序号", "姓名", "性别", "出生日期", "身份证号码", "联系电话", "楼栋",
           "备注"])
ws.append([1, "张桂英", "女", datetime.date(1940, 3, 2),
           idnum("52011219400302002"), 13800000000, "3栋", True])
ws.append([2, "王建国", "男", "1959/3/14", None, 13900000001, 8, "独居"])
ws.append([])
ws.append([3, "李秀兰", "女", datetime.date(1946, 2, 4), None, None, "８栋",
           False])
ws["D7"].number_format = 'yyyy"年"m"月"d"日"'
ws.append([])
ws.append(["合计", "3人"])
ws.append(["制表人：王芳", None, None, None, "日期：2026年1月5日"])
ws2 = wb.create_sheet("名单")
ws2.append(["姓名", "性别"])
ws2.append(["赵大爷", "男"])
save(wb, "roster.xlsx")

# merged.xlsx: a merged cell inside the data.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "花名册"
ws.append(["某某社区老年人花名册"])
ws.merge_cells("A1:C1")
for i in range(2, 6):
    ws.append([])
ws.append(["姓名", "楼栋", "性别"])
ws.append(["张三", 3, "男"])
ws.append(["李四", None, "女"])
ws.append(["王五", None, "男"])
ws.merge_cells("B7:B9")
save(wb, "merged.xlsx")

# mac.xlsx: dates of the 1904 system (Excel for the Mac, once).
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.append(["姓名", "出生日期"])
ws.append(["钱老伯", datetime.date(1938, 5, 1)])
ws.append(["孙阿姨", datetime.date(1950, 12, 31)])
save(wb, "mac.xlsx")

# digits.xlsx: an ID number typed as a number (its last digits lost).
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["姓名", "身份证号码", "备注"])
ws.append(["周一", 5.20112194003020e17, None])
ws.append(["吴二", None, "#N/A"])
ws.append(["郑三", None, "=1+1"])
save(wb, "digits.xlsx")

# twohead.xlsx: a header of two rows, 姓名 merged down over both.
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["老年人基本情况登记表"])
ws.merge_cells("A1:E1")
ws.append(["姓名", "性别", "住址", None, None])
ws.append([None, None, "楼栋", "单元", "房号"])
ws.merge_cells("A2:A3")
ws.merge_cells("B2:B3")
ws.merge_cells("C2:E2")
ws.append(["冯奶奶", "女", "5", "2", "301"])
save(wb, "twohead.xlsx")

# handmade.xlsx: what other writers put in: inline strings, rich text
# with a phonetic guide, _x000D_, cells skipped, ISO dates, a date style.
parts = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas'
        '.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http:'
        '//schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<x:sheets><x:sheet name="Data" sheetId="7" r:id="rId9"/></x:sheets>'
        '</x:workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http:'
        '//schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/worksheet" Target="/xl/ws/a.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/sharedStrings" Target="ss.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/styles" Target="st.xml"/>'
        '</Relationships>',
    "xl/ss.xml":
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main"><si><t>name</t></si>'
        '<si><r><t>吴</t></r><r><rPr><b/></rPr><t xml:space="preserve">桂'
        '香</t></r><rPh sb="0" eb="1"><t>wu</t></rPh></si>'
        '<si><t>第一行_x000D_\n第二行</t></si></sst>',
    "xl/st.xml":
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts '
        'count="1"><numFmt numFmtId="170" formatCode="[$-804]yyyy/m/d;@"/>'
        '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/>'
        '<xf numFmtId="170"/></cellXfs></styleSheet>',
    "xl/ws/a.xml":
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is>'
        '<t>birth</t></is></c><c r="D2" t="inlineStr"><is><t>note</t></is>'
        '</c><c r="E2" t="inlineStr"><is><t>joined</t></is></c></row>'
        '<row r="4"><c r="A4" t="s"><v>1</v></c><c r="C4" s="1"><v>14678</v>'
        '</c><c r="D4" t="s"><v>2</v></c><c r="E4" t="d"><v>2020-06-01T00:00'
        ':00Z</v></c></row>'
        '<row r="5"><c r="A5" t="inlineStr"><is><r><t>陈</t></r><r><t>'
        '老伯</t></r></is></c><c r="C5" s="2"><v>11000</v></c></row>'
        '</sheetData></worksheet>',
}
with zipfile.ZipFile(os.path.join(out, "handmade.xlsx"), "w",
                     zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(name, text)

# plain.zip: a zip archive that is no workbook.
with zipfile.ZipFile(os.path.join(out, "plain.zip"), "w") as z:
    z.writestr("readme.txt", "hello\n")
