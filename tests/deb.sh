#!/bin/sh
# deb.sh -- install the package `make deb` built, check what a user gets
# (the commands, their version, the man pages, the completion, the
# translations, the docs), then remove it again.  Run as root (CI), after
# `make deb`; refuses to run when shegong is already installed, so that
# removing it at the end leaves the machine as it was.
#
#   sh tests/deb.sh [build-deb/shegong_VERSION_ARCH.deb]
set -u
cd "$(dirname "$0")/.." || exit 2
version=$(sed -n 's/^#define SG_VERSION "\(.*\)"/\1/p' lib/shegong.h)
arch=$(dpkg --print-architecture)
deb=${1:-build-deb/shegong_${version}_$arch.deb}
pass=0 fail=0
comp=/usr/share/bash-completion/completions

ok() {	# ok NAME CONDITION-STATUS [WHY]
	if [ "$2" = 0 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		printf 'FAIL deb: %s\n' "$1"
		[ -n "${3:-}" ] && printf '%s\n' "$3" | sed 's/^/    /'
	fi
}

same() {	# same NAME EXPECTED GOT
	[ "$2" = "$3" ]
	ok "$1" $? "expected: $2
got:      $3"
}

[ "$(id -u)" = 0 ] || { echo "deb.sh: must run as root" >&2; exit 2; }
[ -f "$deb" ] || { echo "deb.sh: $deb: no such file (make deb)" >&2; exit 2; }
if dpkg-query -W -f='${Status}' shegong 2>/dev/null | grep -q installed; then
	echo "deb.sh: shegong is installed already; not touching it" >&2
	exit 2
fi
trap 'dpkg -r shegong >/dev/null 2>&1' EXIT

case $deb in /*) ;; *) deb=./$deb ;; esac
log=$(DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" 2>&1)
ok "apt-get install $deb" $? "$log"
if [ "$fail" -ne 0 ]; then
	printf 'deb: %d passed, %d failed\n' "$pass" "$fail"
	exit 1
fi

same "installed version" "$version" \
    "$(dpkg-query -W -f='${Version}' shegong 2>&1)"
for c in elder visit volunteer event report; do
	same "$c --version" "$c (shegong) $version" \
	    "$(env -i PATH=/usr/bin:/bin $c --version 2>&1)"
done

# The man pages: where man finds them, and the NAME line of elder(1).
if grep -qs '^path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/*; then
	echo "deb: dpkg excludes /usr/share/man here; man pages not checked"
else
	for m in elder.1 visit.1 volunteer.1 event.1 report.1 shegong.7 \
	    shegong.yaml.5; do
		n=${m%.*} s=${m##*.}
		same "man -w $s $n" "/usr/share/man/man$s/$m.gz" \
		    "$(man -w "$s" "$n" 2>&1)"
	done
	nd=$(sed -n 's/^\.Nd //p' man/elder.1)
	page=$(MANWIDTH=200 man -P cat elder 2>&1)
	printf '%s\n' "$page" | grep -qF "elder — $nd"
	ok "man -P cat elder shows 'elder — $nd'" $? \
	    "$(printf '%s\n' "$page" | head -8)"
fi

# The completion: one file, the other commands symlinks, and what it
# declares when bash loads it the way bash-completion does.
[ -f "$comp/elder" ] && [ ! -L "$comp/elder" ]
ok "$comp/elder is a file" $?
for c in visit volunteer event report; do
	same "$comp/$c" "elder" "$(readlink "$comp/$c")"
	same "complete -p $c" "complete -F _shegong $c" \
	    "$(bash --norc -c ". $comp/$c && complete -p $c" 2>&1)"
done

same "translations" "/usr/share/locale/zh_CN/LC_MESSAGES/shegong.mo" \
    "$(dpkg -L shegong | grep '\.mo$')"
# The installed catalog is the one found: an error in Chinese, the same
# as the build's own catalog gives, not the English one.
zh() { env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 LANGUAGE=zh_CN "$@" 2>&1 |
    head -n 1; }
en=$(env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 elder nosuch 2>&1 | head -n 1)
got=$(zh /usr/bin/elder nosuch)
# the package's own build (make deb: debian/rules, B=debian/build)
bd=build-deb/src/shegong-$version/debian/build
if [ -x "$bd/bin/elder" ]; then
	same "elder nosuch in Chinese" \
	    "$(zh SHEGONG_LOCALEDIR="$bd/locale" "$bd/bin/elder" nosuch)" \
	    "$got"
fi
[ "$got" != "$en" ]
ok "elder nosuch not in English under LANGUAGE=zh_CN" $? "got: $got"
# dh_compress gzips the larger documents, as Debian does
for f in README.md.gz README.zh.md.gz SECURITY.md.gz copyright changelog.gz \
    examples/elders.tsv examples/config.yaml; do
	[ -s "/usr/share/doc/shegong/$f" ]
	ok "/usr/share/doc/shegong/$f" $?
done

dpkg -r shegong >/dev/null 2>&1
ok "dpkg -r shegong" $?
trap - EXIT
left=
for f in /usr/bin/elder "$comp/elder" "$comp/visit" \
    /usr/share/man/man1/elder.1.gz /usr/share/doc/shegong; do
	[ -e "$f" ] || [ -L "$f" ] && left="$left $f"
done
same "nothing left after dpkg -r" "" "$left"
same "package state after dpkg -r" "" \
    "$(dpkg-query -W -f='${Status}' shegong 2>/dev/null | grep -x 'install ok installed')"

printf 'deb: %d passed, %d failed\n' "$pass" "$fail"
[ "$fail" -eq 0 ]
