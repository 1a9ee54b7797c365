# po.mk -- messages in the user's language (gettext, issue 10).
#
#   make pot         extract the messages of lib/ and cmd/ into po/shegong.pot
#   make po-update   pot, then merge it into every po/LANG.po
#   make po-check    fail unless every catalog translates every message of
#                    the sources as they are now (no untranslated, no fuzzy)
#
# Each po/LANG.po becomes $(B)/locale/LANG/LC_MESSAGES/shegong.mo (built
# with `all`, used by the tests through SHEGONG_LOCALEDIR) and is
# installed under $(PREFIX)/share/locale, the LOCALEDIR compiled in.

LOCALEDIR = $(PREFIX)/share/locale
LINGUAS   = zh_CN
POTFILES  = $(sort $(wildcard lib/*.c cmd/*.c))
MOFILES   = $(LINGUAS:%=$(B)/locale/%/LC_MESSAGES/shegong.mo)
# The functions that take a message (a format) to translate.
XGETTEXT_KEYS = --keyword=_ --keyword=N_ \
	--keyword=sg_error_fmt --flag=sg_error_fmt:1:c-format \
	--keyword=sg_error_usage --flag=sg_error_usage:1:c-format \
	--keyword=sg_error_errno --flag=sg_error_errno:1:c-format \
	--keyword=sg_error_sqlite:2 --flag=sg_error_sqlite:2:c-format \
	--keyword=sg_warn --flag=sg_warn:1:c-format \
	--keyword=at:3 --flag=at:3:c-format \
	--keyword=node_error:4 --flag=node_error:4:c-format

ALL_CFLAGS += -DSG_LOCALEDIR='"$(LOCALEDIR)"'
# lib/cmd.c has LOCALEDIR compiled in: rebuilt when PREFIX changes.
$(B)/lib/cmd.o: $(B)/localedir
$(B)/localedir: po-force
	@mkdir -p $(@D)
	@echo '$(LOCALEDIR)' | cmp -s - $@ || echo '$(LOCALEDIR)' >$@
# msgfmt and xgettext to build; a locale's sources for the test (t800).
DEBS     += gettext
TESTDEBS += locales

.PHONY: mo pot po-update po-check install-po uninstall-po po-force

all: mo
check-cmd: mo
install: install-po
uninstall: uninstall-po

mo: $(MOFILES)

$(B)/locale/%/LC_MESSAGES/shegong.mo: po/%.po
	@mkdir -p $(@D)
	$(say) MSGFMT $@
	$(Q)msgfmt --check -o $@ $<

XGETTEXT = xgettext --from-code=UTF-8 --language=C $(XGETTEXT_KEYS) \
	  --add-comments=TRANSLATORS: --package-name=shegong \
	  --package-version=$$(sed -n 's/^\#define SG_VERSION "\(.*\)"/\1/p' \
	    lib/shegong.h)

pot:
	$(XGETTEXT) -o po/shegong.pot $(POTFILES)

po-update: pot
	for l in $(LINGUAS); do \
	  msgmerge --quiet --update --backup=none po/$$l.po po/shegong.pot && \
	  msgattrib --no-obsolete -o po/$$l.po po/$$l.po || exit 1; \
	done

po-check:
	@mkdir -p $(B)/po
	@$(XGETTEXT) -o $(B)/po/shegong.pot $(POTFILES)
	@for l in $(LINGUAS); do \
	  msgmerge --quiet -o $(B)/po/$$l.po po/$$l.po $(B)/po/shegong.pot && \
	  msgfmt --check --statistics -o /dev/null $(B)/po/$$l.po \
	    2>$(B)/po/$$l.stat || { cat $(B)/po/$$l.stat; exit 1; }; \
	  printf 'po/%s.po: ' $$l; cat $(B)/po/$$l.stat; \
	  if grep -q 'fuzzy\|untranslated' $(B)/po/$$l.stat; then \
	    echo "po/$$l.po: run make po-update and translate"; exit 1; fi; \
	done

install-po: mo
	for l in $(LINGUAS); do \
	  install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	  install -m 644 $(B)/locale/$$l/LC_MESSAGES/shegong.mo \
	    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/shegong.mo || exit 1; \
	done

uninstall-po:
	for l in $(LINGUAS); do \
	  rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/shegong.mo; done
