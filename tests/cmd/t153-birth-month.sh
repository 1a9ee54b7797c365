#!/bin/sh
# A birth given as year and month only (issue 19, point 5): 1938.05,
# 1938年5月, 1938-5 are checked against the ID number and the full date
# taken from it; without an ID number it is an error saying a full date
# is needed; one that differs is an error naming both.
. "$(dirname "$0")/lib.sh"

cat >"$T/roster.csv" <<'EOF'
姓名,身份证号码,出生年月
甲,520112194003020025,1940.03
乙,11010519491231002X,1949年12月
丙,520112193805120015,1938-5
丁,520112193805120031,1938/05
EOF

t 'a year and month agreeing with the ID number: the full date kept'
run elder import "$T/roster.csv"
out 0 <<EOF
1
2
3
4
EOF
run q "SELECT id, birth FROM elder ORDER BY id"
out 0 <<EOF
1	1940-03-02
2	1949-12-31
3	1938-05-12
4	1938-05-12
EOF

t 'one that differs, or one without an ID number: each row named'
fresh
elder add 庚 >/dev/null
cat >"$T/bad.csv" <<'EOF'
姓名,身份证号码,出生年月
甲,520112194003020025,1940.04
乙,,1949年12月
丙,520112193805120015,1937-5
丁,,1938-13
EOF
run elder import "$T/bad.csv"
err 1 "elder: $T/bad.csv:2: birth: 1940-04 contradicts the ID number's birth date 1940-03-02
elder: $T/bad.csv:3: birth: 1949-12 gives the year and month only: a full date is needed (YYYY-MM-DD), or an ID number to take it from
elder: $T/bad.csv:4: birth: 1937-05 contradicts the ID number's birth date 1938-05-12
elder: $T/bad.csv:5: birth: invalid date '1938-13': expected YYYY-MM-DD, today, yesterday, tomorrow or +Nd/-Nw/+Nm
elder: $T/bad.csv: 4 bad records: nothing imported"
run q "SELECT count(*) FROM elder"
out 0 <<EOF
1
EOF

t 'add and set take it the same way'
fresh
run elder add 戊 --id-number 520112194003020025 --birth 1940年3月
out 0 <<EOF
1
EOF
run elder add 己 --birth 1950.07
err 1 "elder: birth: 1950-07 gives the year and month only: a full date is needed (YYYY-MM-DD), or an ID number to take it from"
run elder set 1 --birth 1941.03
err 1 "elder: elder 1: birth: 1941-03 contradicts the ID number's birth date 1940-03-02"
run q "SELECT id, birth FROM elder"
out 0 <<EOF
1	1940-03-02
EOF

done_testing
