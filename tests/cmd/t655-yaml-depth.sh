#!/bin/sh
# Parsers stay linear (issue 24, point 10): YAML nested deeper than 64
# levels is refused at once, in the config and in an import.
. "$(dirname "$0")/lib.sh"

elder add 甲 >/dev/null

t 'a config nested 160 KB deep: a clear error, in well under a second'
awk 'BEGIN { printf "visit: "; for (i = 0; i < 80000; i++) printf "[";
    for (i = 0; i < 80000; i++) printf "]"; print "" }' >"$T/deep.yaml"
run sh -c 'start=$(date +%s); elder list --config "$T/deep.yaml"; s=$?
    [ $(($(date +%s) - start)) -le 2 ] && echo "exit $s, fast"'
outerr 0 "elder: $T/deep.yaml:1: yaml: nested more than 64 levels deep" <<EOF
exit 1, fast
EOF

t 'an import nested too deep, on line 3, names the line'
{ echo '- name: 乙'; echo '- name: 丙'; printf -- '- name: '
  awk 'BEGIN { for (i = 0; i < 65; i++) printf "{a: "; printf "1";
      for (i = 0; i < 65; i++) printf "}"; print "" }'; } >"$T/deep-import.yaml"
run elder import "$T/deep-import.yaml"
err 1 "elder: $T/deep-import.yaml:3: yaml: nested more than 64 levels deep"

t 'brackets inside quotes, comments and plain words do not count'
cat >"$T/ok.yaml" <<EOF
# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
station: {name: "社[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[站", operator: 'a[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[b'}
EOF
run elder list -c name --config "$T/ok.yaml"
out 0 <<EOF
甲
EOF

done_testing
