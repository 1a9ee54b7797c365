# deb.mk -- shell completion and the Debian package (issue 10, 18).
#
#   make install-completion  bash completion (completion/shegong.bash) as
#                  share/bash-completion/completions/elder, the other
#                  commands symlinks to it (part of `make install`)
#   make deb       build-deb/shegong_VERSION_ARCH.deb, built the Debian
#                  way from debian/ (debhelper, compat 13) by
#                  `dpkg-buildpackage -us -uc -b` in a copy of the tree,
#                  build-deb/src/shegong-VERSION, then checked by lintian
#                  (no error, no warning)
#   make deb-deps  the Debian packages `make deb` needs
#
# VERSION is SG_VERSION of lib/shegong.h, the one `elder --version`
# prints; debian/changelog must name it (make deb checks).

COMPDIR  = $(PREFIX)/share/bash-completion/completions

DEB_B       = build-deb
DEB_VERSION = $(shell sed -n 's/^\#define SG_VERSION "\(.*\)"/\1/p' \
		lib/shegong.h)
DEB_ARCH    = $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB         = $(DEB_B)/shegong_$(DEB_VERSION)_$(DEB_ARCH).deb
DEB_SRC     = $(DEB_B)/src/shegong-$(DEB_VERSION)
DEBDEBS     = build-essential dpkg-dev debhelper lintian

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

deb-deps:
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(DEBS) $(DEBDEBS)'

deb: deb-deps
	@v=$$(dpkg-parsechangelog -S Version); [ "$$v" = '$(DEB_VERSION)' ] || \
	  { echo "debian/changelog: version $$v, not SG_VERSION $(DEB_VERSION)" >&2; \
	    exit 1; }
	rm -rf $(DEB_B)
	mkdir -p $(DEB_SRC)
	tar -c --exclude=./.git --exclude='./build' --exclude='./build-*' \
	  --exclude='*.db' --exclude='*.db-wal' --exclude='*.db-shm' . | \
	  tar -x -C $(DEB_SRC)
	cd $(DEB_SRC) && dpkg-buildpackage -us -uc -b
	mv $(DEB_B)/src/shegong_$(DEB_VERSION)_$(DEB_ARCH).deb $(DEB)
	lintian --fail-on error,warning $(DEB)
