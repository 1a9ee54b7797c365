#!/bin/sh
# i18n: messages, usage and --help follow the locale (zh_CN.UTF-8 Chinese,
# C and en_US English); output data never does.
#
# A fresh machine may have no zh_CN.UTF-8 locale (only C, C.utf8, POSIX):
# the locales this test needs are compiled once from the sources of the
# `locales` package (make test-deps) with localedef into $BIN/../test-locale
# and found through LOCPATH, so nothing system-wide is changed.  The
# catalog is the one the build made: $BIN/../locale (SHEGONG_LOCALEDIR).
. "$(dirname "$0")/lib.sh"

test_locales zh_CN en_US de_DE

zh() { LC_ALL=zh_CN.UTF-8 "$@"; }
en() { LC_ALL=en_US.UTF-8 "$@"; }
c() { LC_ALL=C "$@"; }

t 'the catalog was built'
run test -f "$SHEGONG_LOCALEDIR/zh_CN/LC_MESSAGES/shegong.mo"
out 0 </dev/null

t 'an error in Chinese under zh_CN.UTF-8'
run zh volunteer show abc
err 1 "volunteer: 'abc' 不是有效的志愿者编号"

t 'the same error in English under C and en_US.UTF-8'
run c volunteer show abc
err 1 "volunteer: 'abc' is not a volunteer id"
run en volunteer show abc
err 1 "volunteer: 'abc' is not a volunteer id"

t 'LANG alone is enough; LC_ALL=C overrides it'
run env -u LC_ALL LANG=zh_CN.UTF-8 visit list --period 2026-13
err 1 "visit: period: 无效的时段 '2026-13'：没有这个月"
run env LANG=zh_CN.UTF-8 LC_ALL=C visit list --period 2026-13
err 1 "visit: period: invalid period '2026-13': no such month"

t 'a verb --help in Chinese'
run zh volunteer pair --help
out 0 <<'EOF'
用法：volunteer pair 志愿者 [老人...] [--date 日期]
通用选项：-d, --db 文件；--config 文件；-o, --output 格式；-H, --header；
  -c, --columns 列名列表；--user 操作人；-n, --dry-run；--reveal；-h, --help

详见 volunteer(1)。
EOF

t 'the same --help in English under C and en_US.UTF-8'
for loc in c en; do
	run $loc volunteer pair --help
	out 0 <<'EOF'
usage: volunteer pair VOL [ELDER...] [--date D]
common options: -d, --db FILE; --config FILE; -o, --output FMT; -H, --header;
  -c, --columns LIST; --user WHO; -n, --dry-run; --reveal; -h, --help

See volunteer(1).
EOF
done

t 'a command --help in Chinese: summaries translated, verbs not'
run zh report --help
out 0 <<'EOF'
用法：report 子命令 [选项] [参数]

  monthly      本月统计，并与上月对比
  period       任意时段的同样统计
  coverage     按走访规则：应走访、按要求走访、漏访的老人
  project      项目各板块的指标与完成情况
  elder        一位老人的时间线
  volunteers   每位志愿者的服务时长、走访和活动
  changes      谁改了什么：变更日志，每个改动的字段一行
  query        执行一条只读 SQL 语句（未给出时从标准输入读取）

通用选项：-d, --db 文件；--config 文件；-o, --output 格式；-H, --header；
  -c, --columns 列名列表；--user 操作人；-n, --dry-run；--reveal；-h, --help

详见 report(1)；某个子命令的用法见 'report 子命令 --help'。
EOF

t 'a usage error in Chinese: the message, then the verb usage'
run zh volunteer pair --bogus
err 2 "volunteer: pair: 未知选项 '--bogus'
用法：volunteer pair 志愿者 [老人...] [--date 日期]"

# Writes and numbers under Chinese messages and a comma-decimal LC_NUMERIC:
# the numbers read and written stay C's.
mixed() { env -u LC_ALL LANG=zh_CN.UTF-8 LC_NUMERIC=de_DE.UTF-8 "$@"; }
mixed elder add 张桂英 --birth 1940-03-02 --building 3 --unit 1 --room 302 \
    --tag 独居 >/dev/null
mixed elder add 李建国 --birth 1950-01-01 --building 1 --room 101 >/dev/null
mixed elder add Zhao --birth 1945-05-05 --building 2 --room 201 >/dev/null
mixed volunteer add 李娟 --role 社工 >/dev/null
mixed visit log 1 3 --by 1 --date 2026-11-20 --minutes 40 >/dev/null

t 'a decimal option is read the same under any LC_NUMERIC'
run mixed volunteer log 1 --hours 1.5 --content 测血压 --date 2026-11-21
out 0 <<'EOF'
1
EOF

t 'TSV output is the same bytes in every language'
for loc in zh c en mixed; do
	$loc volunteer hours -H >"$T/hours.$loc"
	$loc elder list -H -c id,name,age,address,tags >"$T/list.$loc"
	$loc report monthly -o tsv >"$T/monthly.$loc"
done
run cat "$T/hours.zh" "$T/list.zh"
out 0 <<'EOF'
id	name	visit_hours	event_hours	manual_hours	total	work_hours	training_hours
1	李娟	0	0	0	0	2.84	0
id	name	age	address	tags
1	张桂英	86	3-1-302	独居
2	李建国	76	1-101	
3	Zhao	81	2-201	
EOF
run grep -E '^(elders	active|visits	total|visits	mode\.home)	' \
    "$T/monthly.zh"
out 0 <<'EOF'
elders	active	3	0
visits	total	2	0
visits	mode.home	2	0
EOF
for loc in c en mixed; do
	for f in hours list monthly; do
		run cmp "$T/$f.zh" "$T/$f.$loc"
		out 0 </dev/null
	done
done

done_testing
