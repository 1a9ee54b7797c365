#!/bin/sh
# The mask (issue 24, points 1, 4 and 5): an ID number shows its region
# code only, wherever it is; masked text never replaces real digits.
. "$(dirname "$0")/lib.sh"
export TMPDIR="$T/tmp"
mkdir -p "$TMPDIR"

elder add 李秀兰 --id-number 11010519491231002X \
    --note '病历号 123456789012345678 复诊' \
    --health '身份证 110105 19491231 002X 备查' >/dev/null

t 'elder list -c id_number,birth: the region code and the birth date, no more'
run elder list -c id_number,birth
out 0 <<EOF
110105************	1949-12-31
EOF

t 'show, export and the change log mask the same way'
run sh -c 'elder show 1 -c id_number,note,health; elder export -c id_number
    report changes -c field,new | grep -E "id_number|note"'
out 0 <<EOF
110105************	病历号 123456************ 复诊	身份证 110105 ******** **** 备查
id_number
110105************
id_number	110105************
note	病历号 123456************ 复诊
EOF

t 'ID numbers in free text: glued to letters, full-width, spaced, 15 digits'
elder set 1 --note 'sfz11010519491231002X；１１０１０５１９４９１２３１００２Ｘ；110105 19491231 002X；旧证 110105491231002' >/dev/null
run elder show 1 -c note
out 0 <<EOF
sfz110105************；１１０１０５************；110105 ******** ****；旧证 110105*********
EOF

t 'the edit form shows the masked note; saving a change keeps the real digits'
elder set 1 --note '病历号 123456789012345678 复诊' >/dev/null
run env EDITOR="sed -i 's/复诊/已复诊/'" elder edit 1
out 0 </dev/null
run q 'SELECT note, health FROM elder'
out 0 <<EOF
病历号 123456789012345678 已复诊	身份证 110105 19491231 002X 备查
EOF

t 'an edit that types a whole new number stores it'
run env EDITOR="sed -i 's/123456\*\{12\}/987654321098765432/'" elder edit 1
out 0 </dev/null
run q 'SELECT note FROM elder'
out 0 <<EOF
病历号 987654321098765432 已复诊
EOF

t 'a masked run that masks nothing stored is refused, and nothing is written'
run env EDITOR="sed -i 's/^  caregiver: ~/  caregiver: 王 520112************/'" elder edit 1
err 1 "elder: elder 1: edit abandoned: caregiver: '520112************' is a masked ID number: it cannot be stored (export with --reveal, or leave the field out)"
run q 'SELECT caregiver FROM elder'
out 0 <<EOF

EOF

t 'a masked export does not import: each field with a masked run, by line'
elder export >"$T/x.tsv"
run elder import -d "$T/new.db" "$T/x.tsv"
err 1 "elder: $T/x.tsv:2: id_number: '110105************' is masked: it cannot be stored (export with --reveal)
elder: $T/x.tsv: 1 bad record: nothing imported"
run sh -c 'elder export -c name,note,health >"$T/y.tsv"
    elder import -d "$T/new.db" "$T/y.tsv"; echo $?
    test -e "$T/new.db" || echo no file'
outerr 0 "elder: $T/y.tsv:2: note: '987654************' is a masked ID number: it cannot be stored (export with --reveal, or leave the field out)
elder: $T/y.tsv: 1 bad record: nothing imported" <<EOF
1
no file
EOF

t 'left out, the field imports'
run sh -c 'elder export -c name >"$T/z.tsv" && elder import -d "$T/new.db" "$T/z.tsv"'
out 0 <<EOF
1
EOF

done_testing
