# deb.mk -- shell completion and the Debian package (issue 10).
#
#   make install-completion  bash completion (completion/shegong.bash) as
#                  share/bash-completion/completions/elder, the other
#                  commands symlinks to it (part of `make install`)
#   make deb       build-deb/shegong_VERSION_ARCH.deb, built with dpkg-deb
#                  from `make install DESTDIR=build-deb/root PREFIX=/usr
#                  B=build-deb`, then checked with lintian
#   make deb-deps  the Debian packages `make deb` needs (dpkg-dev, lintian)
#
# VERSION is SG_VERSION of lib/shegong.h, the one `elder --version`
# prints.  The package's dates come from SOURCE_DATE_EPOCH, by default
# the last commit's.

COMPDIR  = $(PREFIX)/share/bash-completion/completions

DEB_B       = build-deb
DEB_ROOT    = $(DEB_B)/root
DEB_VERSION = $(shell sed -n 's/^\#define SG_VERSION "\(.*\)"/\1/p' \
		lib/shegong.h)
DEB_ARCH    = $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB         = $(DEB_B)/shegong_$(DEB_VERSION)_$(DEB_ARCH).deb
DEB_MAINTAINER ?= Seed f8bd0f9a maintainers \
	<maintainers@users.noreply.r-seed-f8bd0f9a.example>
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || \
		date +%s)
# Debian's flags, every hardening one; the link line takes CFLAGS, so
# LDFLAGS go there too.
DEB_FLAGS   = DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get
DEB_CFLAGS  = $(shell $(DEB_FLAGS) CFLAGS 2>/dev/null) \
	$(shell $(DEB_FLAGS) CPPFLAGS 2>/dev/null) \
	$(shell $(DEB_FLAGS) LDFLAGS 2>/dev/null)
DEB_DOC     = $(DEB_ROOT)/usr/share/doc/shegong
DEB_EXAMPLES = $(wildcard examples/*)
DEBDEBS     = dpkg-dev lintian

.PHONY: install-completion uninstall-completion deb deb-deps

install: install-completion
uninstall: uninstall-completion

install-completion:
	install -d $(DESTDIR)$(COMPDIR)
	install -m 644 completion/shegong.bash $(DESTDIR)$(COMPDIR)/elder
	for c in $(filter-out elder,$(COMMANDS)); do \
	  ln -sf elder $(DESTDIR)$(COMPDIR)/$$c || exit 1; done

uninstall-completion:
	for c in $(COMMANDS); do rm -f $(DESTDIR)$(COMPDIR)/$$c; done

deb-deps: deps
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(DEBDEBS)'

deb: deb-deps
	rm -rf $(DEB_ROOT) $(DEB)
	@$(MAKE) --no-print-directory install B=$(DEB_B) PREFIX=/usr \
	  DESTDIR=$(CURDIR)/$(DEB_ROOT) CFLAGS='$(DEB_CFLAGS)'
	strip --remove-section=.comment --remove-section=.note \
	  --strip-unneeded $(DEB_ROOT)/usr/bin/*
	gzip -9n $(DEB_ROOT)/usr/share/man/man*/*
	install -d $(DEB_DOC)/examples $(DEB_ROOT)/DEBIAN
	install -m 644 README.md README.zh.md $(DEB_DOC)
	install -m 644 $(DEB_EXAMPLES) $(DEB_DOC)/examples
	sh mk/deb-meta.sh $(DEB_ROOT) '$(DEB_VERSION)' '$(DEB_ARCH)' \
	  '$(DEB_MAINTAINER)' '$(SOURCE_DATE_EPOCH)'
	SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) dpkg-deb --root-owner-group \
	  -Zxz --build $(DEB_ROOT) $(DEB)
	lintian --fail-on error $(DEB)
