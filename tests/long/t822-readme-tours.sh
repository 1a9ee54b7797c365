#!/bin/sh
# The tours of README.md and README.zh.md run: every "$ command" of their
# code blocks, taken from the files by the script below (continuation
# lines joined), is run in order on a fresh database and must exit 0
# on two different days, so that a README change
# that breaks a step fails here and dates written in a tour (which go
# stale) are caught.
. "$(dirname "$0")/../cmd/lib.sh"

# tour FILE: the commands of FILE's code blocks, one a line; the line that
# sets SHEGONG_DB is the test's to make.
tour() {
	awk '
	/^```/ { code = !code; next }
	!code { next }
	cont { s = $0; sub(/^ +/, "", s); line = line " " s }
	!cont && /^\$ / { line = substr($0, 3) }
	!cont && !/^\$ / { next }
	{
		if (line ~ /\\$/) { sub(/ *\\$/, "", line); cont = 1; next }
		cont = 0
		if (line !~ /^export SHEGONG_DB=/) print line
	}' "$1"
}

# play FILE DAY: run FILE's tour on a fresh database on DAY; print each
# step that failed, its exit status and stderr (a step that succeeds may
# warn: the holidays of a year not yet published, elders left unplaced).
play() {
	unset SHEGONG_CONFIG
	rm -rf "$T/play"
	mkdir -p "$T/play"
	ln -s "$TOP/examples" "$T/play/examples"
	tour "$1" >"$T/steps"
	n=0
	while IFS= read -r step; do
		n=$((n + 1))
		# an export holds for the steps after it (the config's)
		case $step in
		'export SHEGONG_CONFIG='*)
			(cd "$T/play" && eval "$step" && test -r "$SHEGONG_CONFIG") ||
			    printf '%s: %s: exit 1\n' "$2" "$step"
			eval "$step"
			continue ;;
		esac
		(cd "$T/play" && SHEGONG_DB="$T/play/station.db" \
		    SHEGONG_TODAY=$2 sh -c "$step" </dev/null >"$T/step.out" \
		    2>"$T/step.err")
		st=$?
		if [ "$st" != 0 ]; then
			printf '%s: %s: exit %s\n' "$2" "$step" "$st"
			sed 's/^/    /' "$T/step.err"
		fi
	done <"$T/steps"
	echo "$n steps" >"$T/nsteps"
}

t 'the tours have their commands (the extraction finds them)'
tour "$TOP/README.md" >"$T/en.steps"
tour "$TOP/README.zh.md" >"$T/zh.steps"
run sh -c "wc -l <'$T/en.steps' | tr -d ' '; wc -l <'$T/zh.steps' | tr -d ' '; \
    grep -c '^elder add 张桂英 --id-number 520112194003020025 --building 3 --unit 1 --room 302' \
    '$T/en.steps' '$T/zh.steps'"
out 0 <<EOF
$(wc -l <"$T/en.steps" | tr -d ' ')
$(wc -l <"$T/zh.steps" | tr -d ' ')
$T/en.steps:1
$T/zh.steps:1
EOF

for day in 2026-11-28 2027-09-20; do
	for f in README.md README.zh.md; do
		t "every step of the $f tour runs on $day"
		run play "$TOP/$f" "$day"
		out 0 </dev/null
	done
done

done_testing
