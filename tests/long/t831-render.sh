#!/bin/sh
# Rendered as a person sees them, by headless Chromium (long: a browser
# start costs seconds): the monthly report page, an A4 screenshot kept
# beside the programs (report-monthly.png); the week's visit sheets under
# zh_CN, printed to PDF, one A4 page a visitor and day, the first kept as
# visit-sheet.png.  Their text and markup are tested in tests/cmd
# (t630, t470).
. "$(dirname "$0")/../cmd/lib.sh"
. "$TOP/tests/cmd/report-fixture.sh"
need chromium chromium
need pdfinfo poppler-utils
need pdftoppm poppler-utils

test_locales

t 'the fixture builds'
run fixture
out 0 </dev/null

report monthly --month 2026-10 -o html >"$T/r.html"

t 'html: headless Chromium (started once) renders it to an A4 screenshot'
shot=$(cd "$BIN/.." && pwd)/report-monthly.png
rm -f "$shot"
run sh -c "timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --hide-scrollbars --window-size=794,1123 --screenshot='$shot' \
    'file://$T/r.html' >/dev/null 2>&1; \
    od -A n -t x1 -N 8 '$shot' | tr -d ' '; \
    od -A n -t u1 -j 16 -N 8 '$shot' | awk '{ print \$3 * 256 + \$4, \$7 * 256 + \$8 }'"
out 0 <<EOF
89504e470d0a1a0a
794 1123
EOF

env -u LC_ALL LANG=zh_CN.UTF-8 visit plan --week 2026-W49 --sheets \
    -o html >"$T/s.html"

t 'html: headless Chromium (started once) prints 12 A4 pages, as many as
    the plan has visitors and days; the first is kept as a PNG'
days=$(visit plan --week 2026-W49 -c day,visitor_id | sort -u | wc -l)
shot=$(cd "$BIN/.." && pwd)/visit-sheet
rm -f "$shot"*.png
run sh -c "timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --no-pdf-header-footer --print-to-pdf='$T/s.pdf' \
    'file://$T/s.html' >/dev/null 2>&1; \
    pdfinfo '$T/s.pdf' | awk '/^Pages:/ { print \$2 } /^Page size:/ { print \$3, \$5 }'; \
    pdftoppm -png -r 50 -f 1 -l 1 -singlefile '$T/s.pdf' '$shot' && \
    od -A n -t x1 -N 8 '$shot.png' | tr -d ' '"
out 0 <<EOF
$days
594.96 841.92
89504e470d0a1a0a
EOF

done_testing
