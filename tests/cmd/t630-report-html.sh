#!/bin/sh
# report -o html: one self-contained page, well-formed (Chromium renders
# it in tests/long/t831-render.sh).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"
need xmllint libxml2-utils

t 'the fixture builds'
run fixture
out 0 </dev/null

report monthly --month 2026-10 -o html >"$T/r.html"

t 'html: the whole page is well-formed XML, SVG charts included'
run xmllint --noout "$T/r.html"
out 0 </dev/null

t 'html: the HTML parser finds no error but the HTML5 tags it does not know'
run sh -c "xmllint --noout --html '$T/r.html' 2>&1 | grep -a 'error' |
    grep -a -v -E 'Tag (section|svg|text|rect) invalid'"
out 1 </dev/null

t 'html: self-contained: no scripts, no links, no external files'
run grep -c -i -E '<script|<link|src=|href=|url\(|@import' "$T/r.html"
out 1 <<EOF
0
EOF

t 'html: printable on A4; 14 charts: archived, category, tier, visit kind,
    mode, visit rate, coverage rate, event kind, hours by source, by team,
    cases closed by outcome, open by need, referrals by status, persons by kind'
run sh -c "grep -c '@page { size: A4' '$T/r.html'; grep -c '<svg ' '$T/r.html'"
out 0 <<EOF
1
14
EOF

done_testing
