#!/bin/sh
# deb-meta.sh ROOT VERSION ARCH MAINTAINER EPOCH -- the Debian metadata of
# the staging tree ROOT made by `make install` (mk/deb.mk): the copyright
# file (machine-readable format), changelog.gz (a native package) and DEBIAN/control,
# whose Depends dpkg-shlibdeps computes from the installed binaries, and
# DEBIAN/md5sums.
set -eu
root=$1 version=$2 arch=$3 maint=$4 epoch=$5
doc=$root/usr/share/doc/shegong
year=$(date -u -d "@$epoch" +%Y)

cat >"$doc/copyright" <<END
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: shegong
Upstream-Contact: $maint
Comment: The upstream sources state no licence yet.  Until their
 authors choose one, they keep every right; this package is for the
 station that builds it.

Files: *
Copyright: $year $maint
License: none
 No licence has been granted: all rights reserved by the copyright
 holders.
END

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/changelog" <<END
shegong ($version) unstable; urgency=medium

  * Built from the upstream tree by \`make deb\`.

 -- $maint  $(date -u -R -d "@$epoch")
END
gzip -9n <"$tmp/changelog" >"$doc/changelog.gz"

# dpkg-shlibdeps wants a debian/control to read; a minimal one will do.
mkdir -p "$tmp/debian"
printf 'Source: shegong\n\nPackage: shegong\nArchitecture: any\n' \
    >"$tmp/debian/control"
bins=
for f in "$root"/usr/bin/*; do
	bins="$bins $(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
done
depends=$(cd "$tmp" && dpkg-shlibdeps -O $bins |
    sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "deb-meta.sh: no Depends computed" >&2; exit 1; }

find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod 644 {} +
chmod 755 "$root"/usr/bin/*
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
(cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum) \
    >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"

cat >"$root/DEBIAN/control" <<END
Package: shegong
Version: $version
Architecture: $arch
Maintainer: $maint
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: command-line toolkit for a community social-work station
 shegong keeps the files of a community social-work station (社工站) in
 one SQLite database: elders and their ability assessments, case work,
 home visits with due lists and weekly visit plans, volunteers and their
 service hours, activities, and the monthly statistics.
 .
 Five small commands (elder, visit, volunteer, event, report) read and
 write plain text, so their lists pipe into one another and into the
 usual Unix tools.  Messages in Chinese and bash completion included.
END
