#!/bin/sh
# remind-webhook.sh -- remind.command for visit remind: post the message on
# standard input to a work-chat group robot (企业微信/钉钉 group webhook),
# naming the visitor, with curl.  visit remind runs it once per visitor
# with SHEGONG_VISITOR_NAME and SHEGONG_VISITOR_PHONE set; exit 0 means
# sent (the reminder is recorded and not sent again that day), anything
# else means not sent (reported, and tried again on the next run).
#
# In the config (shegong.yaml(5)):
#   remind:
#     command: /usr/local/share/doc/shegong/examples/remind-webhook.sh
# and the robot's address in the environment of the cron job
# (examples/remind.cron): REMIND_WEBHOOK=https://qyapi.weixin.qq.com/...
set -eu

: "${REMIND_WEBHOOK:?remind-webhook.sh: set REMIND_WEBHOOK to the robot's URL}"
text=$(cat)

# JSON-quote the text: backslash, quote and the control characters.
json=$(printf '%s' "$text" | awk 'BEGIN { ORS = "" }
	{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t")
	  if (NR > 1) print "\\n"; print }')

# A text message that @-mentions the visitor by phone (企业微信 and
# 钉钉 both read mentioned_mobile_list / atMobiles).
body=$(printf '{"msgtype":"text","text":{"content":"%s","mentioned_mobile_list":["%s"]},"at":{"atMobiles":["%s"]}}' \
    "$json" "${SHEGONG_VISITOR_PHONE:-}" "${SHEGONG_VISITOR_PHONE:-}")

# --fail: an HTTP error is an exit status, so the reminder is not
# recorded as sent; the robot's own errcode is checked below.
reply=$(curl --silent --show-error --fail --max-time 20 \
    -H 'Content-Type: application/json' --data-binary "$body" \
    "$REMIND_WEBHOOK")
case $reply in
*'"errcode":0'*|*'"errcode": 0'*) exit 0 ;;
*) printf 'remind-webhook.sh: %s: %s\n' "${SHEGONG_VISITOR_NAME:-}" \
    "$reply" >&2; exit 1 ;;
esac
