#!/bin/sh
# visit remind: each visitor's planned visits of a day, one message each,
# printed, or handed to remind.command (a test command that records what
# it got, one that fails, one killed); what was sent is recorded and not
# sent again the same day unless --again; what failed is not recorded.
# And examples/remind-webhook.sh over a stand-in curl.
. "$(dirname "$0")/lib.sh"

export SHEGONG_TODAY=2026-11-27
elder add 张桂英 --birth 1940-03-01 --living alone --building 3 --unit 1 \
    --room 302 --phone 13800000001 --joined 2026-01-01 >/dev/null
elder add 李秀英 --birth 1941-05-02 --living alone --building 3 --unit 2 \
    --room 101 --joined 2026-01-01 >/dev/null
elder add 王淑珍 --birth 1950-01-01 --tag 失能 --building 5 --unit 1 \
    --room 201 --phone 13800000003 --joined 2026-01-01 >/dev/null
elder add 赵金凤 --birth 1939-01-01 --living alone --building 5 --unit 1 \
    --room 202 --joined 2026-01-01 >/dev/null
volunteer add 李娟 --role 社工 --phone 13900000001 >/dev/null
volunteer add 王芳 --role 社工 --phone 13900000002 >/dev/null
visit plan --week next-week --per-day 2 --save >/dev/null
visit plan --week 2026-W50 --per-day 2 --save >/dev/null

MSGS='李娟: 2 visits planned on 2026-11-30
1. 张桂英  3-1-302  13800000001  routine (高风险)
2. 李秀英  3-2-101  -  routine (高风险)
'
MSGS2='王芳: 2 visits planned on 2026-11-30
1. 王淑珍  5-1-201  13800000003  routine (重点)
2. 赵金凤  5-1-202  -  routine (高风险)
'
SENT="SELECT day, volunteer_id, visits FROM remind_sent ORDER BY id"
printf '%s\n%s' "$MSGS" "$MSGS2" >"$T/both"

t 'no remind.command: the messages are printed, nothing recorded'
run visit remind --day 2026-11-30
out 0 <"$T/both"
run q "$SENT"
out 0 </dev/null

t 'in Chinese under --labels zh'
run visit remind --day 2026-11-30 --labels zh
out 0 <<'EOT'
李娟：2026-11-30 探访安排 2 户
1. 张桂英  3-1-302  13800000001  常规走访（高风险）
2. 李秀英  3-2-101  -  常规走访（高风险）

王芳：2026-11-30 探访安排 2 户
1. 王淑珍  5-1-201  13800000003  常规走访（重点）
2. 赵金凤  5-1-202  -  常规走访（高风险）
EOT

t 'a day without planned visits: nothing'
run visit remind
out 0 </dev/null

t 'only text: -o json is refused'
run visit remind --day 2026-11-30 -o json
err 1 "visit: -o json: not available for 'visit remind'"

# The test command: what it got, its environment first; stdout goes to
# visit's stderr, so it says nothing there.
cat >"$T/rec.sh" <<'EOT'
#!/bin/sh
{ echo "== $SHEGONG_VISITOR_ID $SHEGONG_VISITOR_NAME $SHEGONG_VISITOR_PHONE $SHEGONG_REMIND_DAY"; cat; } >>"$GOT"
EOT
chmod +x "$T/rec.sh"
export GOT="$T/got"
printf 'remind:\n  command: %s\n' "$T/rec.sh" >"$T/config.yaml"
export SHEGONG_CONFIG="$T/config.yaml"

t 'remind.command: one message a visitor on its stdin, name and phone in its environment'
run visit remind --day 2026-11-30
out 0 </dev/null
run cat "$GOT"
printf '== 1 李娟 13900000001 2026-11-30\n%s== 2 王芳 13900000002 2026-11-30\n%s' \
    "$MSGS" "$MSGS2" >"$T/want"
out 0 <"$T/want"
run q "$SENT"
out 0 <<'EOT'
2026-11-30	1	2
2026-11-30	2	2
EOT

t 'a second run the same day sends nothing again'
run visit remind --day 2026-11-30
out 0 </dev/null
run wc -l <"$GOT"
out 0 <<'EOT'
8
EOT

t '--again sends them again'
run visit remind --day 2026-11-30 --again
out 0 </dev/null
run grep -c "^==" "$GOT"
out 0 <<'EOT'
4
EOT
run q "SELECT count(*) FROM remind_sent"
out 0 <<'EOT'
4
EOT

t '-n prints what would be sent, runs nothing, records nothing'
: >"$GOT"
run visit remind --day 2026-11-30 -n
out 0 <"$T/both"
run wc -c <"$GOT"
out 0 <<'EOT'
0
EOT

t 'a command that fails: reported for its visitor, the other recorded'
cat >"$T/fail.sh" <<'EOT'
#!/bin/sh
cat >/dev/null
[ "$SHEGONG_VISITOR_NAME" = 王芳 ] && { echo 'no network' >&2; exit 3; }
exit 0
EOT
chmod +x "$T/fail.sh"
printf 'remind:\n  command: %s\n' "$T/fail.sh" >"$T/config.yaml"
run visit remind --day 2026-12-07
outerr 1 'no network
visit: remind: 王芳 (2): command exited with status 3
visit: remind: 1 message not sent' </dev/null
run q "$SENT LIMIT -1 OFFSET 4"
out 0 <<'EOT'
2026-12-07	1	2
EOT

t '... and the next run sends only what was not sent'
printf 'remind:\n  command: %s\n' "$T/rec.sh" >"$T/config.yaml"
run visit remind --day 2026-12-07
out 0 </dev/null
run grep "^==" "$GOT"
out 0 <<'EOT'
== 2 王芳 13900000002 2026-12-07
EOT
run q "$SENT LIMIT -1 OFFSET 4"
out 0 <<'EOT'
2026-12-07	1	2
2026-12-07	2	2
EOT

t 'a command killed, and one that does not read: not sent'
printf 'remind:\n  command: kill -9 $$\n' >"$T/config.yaml"
run visit remind --day 2026-12-07 --again
outerr 1 'visit: remind: 李娟 (1): command killed by signal 9
visit: remind: 王芳 (2): command killed by signal 9
visit: remind: 2 messages not sent' </dev/null
printf 'remind:\n  command: exit 0\n' >"$T/config.yaml"
run visit remind --day 2026-11-30 --again
out 0 </dev/null
run q "SELECT count(*) FROM remind_sent"
out 0 <<'EOT'
8
EOT

t 'examples/remind-webhook.sh: the message posted as JSON, the visitor @-mentioned'
mkdir -p "$T/fakebin"
cat >"$T/fakebin/curl" <<'EOT'
#!/bin/sh
# a stand-in for curl: keep the arguments, answer as the robot would
for a; do printf '%s\n' "$a"; done >"$CURLGOT"
printf '%s' "$CURLREPLY"
EOT
chmod +x "$T/fakebin/curl"
export CURLGOT="$T/curlgot" REMIND_WEBHOOK=https://chat.example/hook?key=k
printf 'remind:\n  command: %s\n' "$TOP/examples/remind-webhook.sh" \
    >"$T/config.yaml"
run env PATH="$T/fakebin:$PATH" CURLREPLY='{"errcode":0,"errmsg":"ok"}' \
    visit remind --day 2026-12-07 --again
out 0 </dev/null
run tail -n 2 "$CURLGOT"
out 0 <<'EOT'
{"msgtype":"text","text":{"content":"王芳: 2 visits planned on 2026-12-07\n1. 王淑珍  5-1-201  13800000003  routine (重点)\n2. 赵金凤  5-1-202  -  routine (高风险)","mentioned_mobile_list":["13900000002"]},"at":{"atMobiles":["13900000002"]}}
https://chat.example/hook?key=k
EOT
run env PATH="$T/fakebin:$PATH" CURLREPLY='{"errcode":93000,"errmsg":"invalid webhook url"}' \
    visit remind --day 2026-11-30 --again
outerr 1 'remind-webhook.sh: 李娟: {"errcode":93000,"errmsg":"invalid webhook url"}
visit: remind: 李娟 (1): command exited with status 1
remind-webhook.sh: 王芳: {"errcode":93000,"errmsg":"invalid webhook url"}
visit: remind: 王芳 (2): command exited with status 1
visit: remind: 2 messages not sent' </dev/null

done_testing
