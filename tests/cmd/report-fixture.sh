#!/bin/sh
# report-fixture.sh -- sourced by the report tests (after lib.sh): a
# station's three months, September to November 2026, built with the
# commands from examples/elders.tsv plus scripted visits, events, hours
# and pairings.  `fixture` copies it into $SHEGONG_DB: it is built once
# per build, by the first test file that needs it (the others wait on
# its lock), into report-fixture.db beside the programs' directory, and
# built again when a program, this file, lib.sh or the elders are newer.

fixture() {
	_fx=$(cd "$BIN/.." && pwd)/report-fixture.db
	while :; do
		if [ -s "$_fx" ] && [ -z "$(find "$BIN" "$TOP/tests/cmd/report-fixture.sh" \
		    "$TOP/tests/cmd/lib.sh" \
		    "$TOP/examples/elders.tsv" -newer "$_fx" 2>/dev/null)" ]; then
			cp "$_fx" "$SHEGONG_DB"
			return
		fi
		if mkdir "$_fx.lock" 2>/dev/null; then
			rm -f "$_fx"
			fixture_build && rm -f "$_fx.tmp" &&
			    sqlite3 "$SHEGONG_DB" ".backup '$_fx.tmp'" &&
			    mv "$_fx.tmp" "$_fx"
			_fxrc=$?
			rmdir "$_fx.lock"
			return $_fxrc
		fi
		# another test file builds it; a lock left by a killed run
		# is older than any build takes
		if [ -n "$(find "$_fx.lock" -maxdepth 0 -mmin +5 2>/dev/null)" ]; then
			rmdir "$_fx.lock" 2>/dev/null
		fi
		sleep 1
	done
}

fixture_build() {
	elder import "$TOP/examples/elders.tsv" >/dev/null || return 1
	elder add 新甲 --tag 独居 --birth 1940-05-05 --joined 2026-10-15 \
	    --building 9 --room 101 >/dev/null || return 1
	elder add 新乙 --tag 失能 --birth 1950-01-01 --joined 2026-11-03 \
	    --building 9 --room 102 >/dev/null || return 1
	elder archive 5 --reason moved --date 2026-10-20 >/dev/null &&
	elder archive 9 --reason deceased --date 2026-11-10 >/dev/null ||
	    return 1

	volunteer add 李娟 --role 社工 --joined 2026-01-01 >/dev/null &&
	volunteer add 王强 --role 社工 --joined 2026-01-01 >/dev/null &&
	volunteer add 张晓 --role student --joined 2026-09-10 >/dev/null &&
	volunteer add 陈红 --joined 2026-10-12 >/dev/null &&
	volunteer team add 敬老 --leader 李娟 >/dev/null &&
	volunteer team add 医疗卫生保健 >/dev/null &&
	volunteer set 1 --team 敬老 >/dev/null &&
	volunteer set 3 --team 敬老 --team 医疗卫生保健 >/dev/null &&
	volunteer set 4 --team 医疗卫生保健 >/dev/null || return 1
	volunteer pair 张晓 2 3 --date 2026-09-15 >/dev/null &&
	volunteer pair 陈红 7 --date 2026-10-20 >/dev/null &&
	volunteer unpair 张晓 3 --date 2026-11-05 >/dev/null &&
	volunteer pair 李娟 11 12 --date 2026-11-06 >/dev/null || return 1
	volunteer log 陈红 --date 2026-11-02 --hours 2 --content 整理档案 \
	    >/dev/null &&
	volunteer log 王强 --date 2026-10-09 --hours 1.5 --content 培训 \
	    >/dev/null || return 1

	# visits: each Monday from 2026-08-31, a quarter of the elders, as
	# one file through visit import (a visit log each was half the
	# fixture's time)
	awk 'BEGIN {
		for (k = 0; k < 13; k++)
			for (e = 1; e <= 42; e++) {
				if ((e + k) % 4 != 0 && !(e <= 8 && k % 2 == 0))
					continue
				print k, e
			}
	}' | while read -r k e; do
		d=$(date -u -d "2026-08-31 +$((k * 7 + e % 5)) days" +%F)
		[ "$d" \> 2026-11-28 ] && continue
		[ "$e" = 5 ] && [ "$d" \> 2026-10-20 ] && continue
		[ "$e" = 9 ] && [ "$d" \> 2026-11-10 ] && continue
		[ "$e" = 41 ] && [ "$d" \< 2026-10-15 ] && continue
		[ "$e" = 42 ] && [ "$d" \< 2026-11-03 ] && continue
		mode= kind= health= safety= fu=
		case $((e % 7)) in
		0) mode=phone ;;
		1) [ $((k % 2)) = 0 ] && mode=video ;;
		esac
		[ "$k" = 5 ] && kind=holiday
		[ $((e % 11)) = 0 ] && kind=follow-up
		if [ $((e * k % 13)) = 1 ]; then health=concern fu=$d; fi
		[ $((e * k % 17)) = 2 ] && safety=urgent
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$d" "$e" \
		    $((e % 3 + 1)) $((30 + e % 4 * 10)) "$mode" "$kind" "$health" \
		    "$safety" "$fu"
	done >"$T/fixture-visits.tsv"
	{ printf 'date\telder\tvisitors\tminutes\tmode\tkind\thealth\tsafety\tfollow_up\n'
	  cat "$T/fixture-visits.tsv"; } | visit import >/dev/null || return 1

	event add 义诊 --date 2026-09-20 --kind clinic >/dev/null &&
	event add 手工小组 --date 2026-10-08 --kind group --repeat weekly \
	    --count 4 --capacity 3 >/dev/null &&
	event add 重阳节慰问 --date 2026-10-29 --kind festival >/dev/null &&
	event add 合唱 --date 2026-11-05 --kind culture >/dev/null &&
	event add 健康讲座 --date 2026-11-12 --kind health >/dev/null &&
	event add 电影 --date 2026-11-19 --kind interest >/dev/null &&
	event cancel 9 --reason 停电 >/dev/null || return 1
	event attend 1 1 2 6 >/dev/null &&
	event attend 2 1 2 3 >/dev/null &&
	event attend 3 1 2 4 >/dev/null &&
	event attend 5 3 10 12 13 >/dev/null &&
	event attend 6 10 14 15 >/dev/null &&
	event attend 7 1 14 16 >/dev/null &&
	event attend 8 17 18 >/dev/null &&
	event staff 2 李娟 --hours 2 >/dev/null &&
	event staff 6 张晓 陈红 --hours 3.5 >/dev/null &&
	event staff 8 王强 --hours 1 >/dev/null || return 1

	# case work: one closed in November, two open, one review overdue
	event partner add 燃气公司 --kind firm --offers 燃气报警器 >/dev/null &&
	event partner add 社区卫生服务中心 --kind clinic >/dev/null &&
	elder case open 10 --need daily-care --date 2026-09-10 >/dev/null &&
	elder case open 3 --need home-adaptation --date 2026-10-05 \
	    --by 李娟 --summary 煤气 >/dev/null &&
	elder case plan 2 --goal 装报警器 --review 2026-10-20 \
	    --date 2026-10-06 >/dev/null &&
	elder case refer 2 --to 燃气公司 --need home-adaptation \
	    --date 2026-10-07 >/dev/null &&
	elder case referral 1 --status done --date 2026-10-25 >/dev/null &&
	elder case close 2 --outcome resolved --feedback 已安装 \
	    --date 2026-11-02 >/dev/null &&
	elder case open 6 --need medical --need emotional --date 2026-11-04 \
	    --by 王强 >/dev/null &&
	elder case refer 3 --to 社区卫生服务中心 --need medical \
	    --date 2026-11-05 >/dev/null &&
	elder case plan 3 --goal 定期随访 --review 2026-11-20 \
	    --date 2026-11-05 >/dev/null &&
	visit log 6 --case 3 --kind case --date 2026-11-12 --by 1 \
	    --minutes 30 >/dev/null || return 1
}
