#!/bin/sh
# Every verb of every command has its entry in the command's man page
# (`.It Cm VERB`), and every man page is clean under mandoc -Tlint.
. "$(dirname "$0")/lib.sh"

for prog in "$BIN"/*; do
	cmd=${prog##*/}
	t "$cmd(1) exists"
	run test -f "$TOP/man/$cmd.1"
	out 0 </dev/null
	[ -f "$TOP/man/$cmd.1" ] || continue
	for verb in $("$prog" --help | awk '/^  [a-z]/ { print $1 }'); do
		t "$cmd(1) documents the verb $verb"
		run sh -c 'grep -q "^\.It Cm $1\( \|$\)" "$2" && echo yes' sh \
		    "$verb" "$TOP/man/$cmd.1"
		out 0 <<EOT
yes
EOT
	done
done

need mandoc mandoc
for page in "$TOP"/man/*.[157]; do
	t "mandoc -Tlint ${page##*/}"
	run mandoc -Tlint -Wwarning "$page"
	out 0 </dev/null
done

done_testing
