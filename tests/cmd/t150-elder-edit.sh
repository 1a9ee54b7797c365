#!/bin/sh
# elder edit: YAML in $EDITOR, no change = no write, invalid input
# re-opened with the error on top.
. "$(dirname "$0")/lib.sh"
export TMPDIR="$T/tmp"
mkdir -p "$TMPDIR"

elder add 张桂英 --id-number 520112194003020025 --phone 13800000000 \
    --health '高血压' --building 3 --tag 独居 >/dev/null

t 'the form shows every stored field, ID number masked'
mkdir -p "$T/forms"
run env EDITOR="sh -c 'cp \"\$0\" $T/forms/form.yaml'" elder edit 1
out 0 </dev/null
run grep -v '^#' "$T/forms/form.yaml"
out 0 <<EOF
- name: 张桂英
  gender: F
  birth: "1940-03-02"
  id_number: 520112************
  phone: "13800000000"
  building: "3"
  unit: ~
  room: ~
  origin: ~
  living: ~
  tags: 独居
  status: active
  joined: "2026-11-28"
  health: 高血压
  caregiver: ~
  caregiver_relation: ~
  caregiver_phone: ~
  emergency: ~
  emergency_phone: ~
  archive_reason: ~
  archive_date: ~
  visit_every: ~
  note: ~
EOF

t 'an unchanged file writes nothing'
n=$(q "select count(*) from changelog")
run env EDITOR=true elder edit 1
out 0 </dev/null
run q "select count(*) - $n from changelog"
out 0 <<EOF
0
EOF

t 'an edit changes the values edited; the masked ID number is kept'
run env EDITOR="sed -i -e 's/^  phone: .*/  phone: \"13900000000\"/' -e 's/^  room: ~/  room: 302/'" elder edit 1
out 0 </dev/null
run q "select phone, room, id_number from elder where id = 1"
out 0 <<EOF
13900000000	302	520112194003020025
EOF

t 'a deleted line clears the field'
run env EDITOR="sed -i '/^  health:/d'" elder edit 1
out 0 </dev/null
run q "select health is null from elder where id = 1"
out 0 <<EOF
1
EOF

t 'invalid input re-opens the editor with the error on top'
cat >"$T/fix.sh" <<EOF
#!/bin/sh
# first round: break the date; second round: save the error, then fix it
if ! grep -q '^# error' "\$1"; then
	sed -i 's/^  joined: .*/  joined: 2026-02-30/' "\$1"
else
	grep '^# error' "\$1" >"$T/seen-error"
	sed -i 's/^  joined: .*/  joined: 2026-02-28/' "\$1"
fi
EOF
chmod +x "$T/fix.sh"
run env EDITOR="$T/fix.sh" elder edit 1
out 0 </dev/null
run cat "$T/seen-error"
out 0 <<EOF
# error: joined: invalid date '2026-02-30': no such day
EOF
run q "select joined from elder where id = 1"
out 0 <<EOF
2026-02-28
EOF

t 'leaving the file unchanged after an error gives up, nothing written'
cat >"$T/once.sh" <<EOF
#!/bin/sh
grep -q '^# error' "\$1" || sed -i 's/^  gender: .*/  gender: X/' "\$1"
EOF
chmod +x "$T/once.sh"
run env EDITOR="$T/once.sh" elder edit 1
err 1 "elder: elder 1: edit abandoned: gender: invalid value 'X': expected M or F"
run q "select gender from elder where id = 1"
out 0 <<EOF
F
EOF

t 'an editor that fails changes nothing'
run env EDITOR=false elder edit 1
err 1 "elder: editor 'false' failed: nothing changed"

t 'edit of an unknown elder'
run env EDITOR=true elder edit 9
err 1 "elder: unknown elder id 9"

t 'no lock is held while the editor runs; a change meanwhile is not overwritten'
cat >"$T/busy.sh" <<EOF
#!/bin/sh
timeout 5 elder set 1 --note 另一人改的 >"$T/other.out" 2>&1 && echo ok >>"$T/other.out"
sed -i 's/^  origin: .*/  origin: 新村/' "\$1"
EOF
chmod +x "$T/busy.sh"
run env EDITOR="$T/busy.sh" elder edit 1
err 1 "elder: elder 1 changed while it was being edited: nothing written; edit it again"
run cat "$T/other.out"
out 0 <<EOF
ok
EOF
run q "select note, origin is null from elder where id = 1"
out 0 <<EOF
另一人改的	1
EOF

t 'the form file is removed afterwards'
run sh -c 'ls "$TMPDIR" | grep -c "^shegong-.*yaml$"' 
out 1 <<EOF
0
EOF

done_testing
