#!/bin/sh
# schema.sh OUT SCHEMA MIGRATION... -- the schema and its migrations as
# the C strings of OUT (build/lib/schema.c): SCHEMA (lib/schema.sql, the
# current schema) as sg_schema_sql, and each lib/schemaN.sql (migration
# N, from version N-1) at [N] of sg_migration_sql.  The migrations must
# be numbered 2, 3, ... without a gap, and the last one's number must be
# SG_SCHEMA_VERSION of lib/sg.h (the compiler checks it).
set -e
out=$1 schema=$2
shift 2
str() {	# a file as the lines of a C string literal
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$/\\n"/' "$1"
}
nums=$(for f; do n=${f##*schema}; echo "${n%.sql}"; done | sort -n)
last=1
for n in $nums; do
	if [ "$n" != $((last + 1)) ]; then
		echo "$0: migration $((last + 1)) (lib/schema$((last + 1)).sql) is missing before $n" >&2
		exit 1
	fi
	last=$n
done
{
	echo "/* Made by mk/schema.sh from $schema and $*: do not edit. */"
	echo '#include "sg.h"'
	echo
	echo 'const char sg_schema_sql[] ='
	str "$schema"
	echo ';'
	for n in $nums; do
		echo
		echo "static const char migration$n[] ="
		str "${schema%.sql}$n.sql"
		echo ';'
	done
	echo
	echo 'const char *const sg_migration_sql[SG_SCHEMA_VERSION + 1] = {'
	for n in $nums; do
		echo "	[$n] = migration$n,"
	done
	echo '};'
	echo
	echo "_Static_assert(SG_SCHEMA_VERSION == $last, \"SG_SCHEMA_VERSION \""
	echo "    \"(lib/sg.h) must be the number of the last migration ($last)\");"
} >"$out.tmp"
mv "$out.tmp" "$out"
