# shegong -- build, test, install.  GNU make.
#
#   make demo    build, then run the weekly job on an example database
#   make check   build, then run every test (unit and command level)
#   make check-long  the long tests (tests/long: lunar calendar, load,
#                crash safety); .ci/run runs them
#
# Further targets live in mk/*.mk, included at the end.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man

B        = build
CC      ?= cc
PKGS     = sqlite3 yaml-0.1 libutf8proc
WARN     = -Wall -Wextra -Wpedantic -Wstrict-prototypes -Wmissing-prototypes \
           -Wwrite-strings -Wshadow -Werror
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -D_GNU_SOURCE $(WARN) \
           $(CFLAGS) $(SAN) -Ilib -I$(B) \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS     = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lm
TLIBS    = $(shell pkg-config --libs cmocka 2>/dev/null)

COMMANDS = $(basename $(notdir $(wildcard cmd/*.c)))
LIBSRC   = $(wildcard lib/*.c)
LIBOBJ   = $(LIBSRC:lib/%.c=$(B)/lib/%.o) $(B)/lib/schema.o
PROGS    = $(COMMANDS:%=$(B)/bin/%)
UNITS    = $(basename $(notdir $(wildcard tests/unit/test_*.c)))
UNITBIN  = $(UNITS:%=$(B)/tests/%)
MANPAGES = $(wildcard man/*.[157])
SCHEMAS  = lib/schema.sql lib/schema2.sql lib/schema3.sql lib/schema4.sql \
           lib/schema5.sql

# Debian packages the build and the tests need; installed when missing.
DEBS     = gcc make pkg-config libsqlite3-dev libyaml-dev libcmocka-dev \
           libutf8proc-dev libcsv-dev mandoc sqlite3
# ... and those only the tests need (html report, lunar calendar checks).
TESTDEBS = libxml2-utils chromium fonts-wqy-zenhei lunar python3-ephem

.PHONY: all deps test-deps install-debs check check-unit check-cmd check-long demo \
        install uninstall clean sanitize lint compdb

all: $(PROGS) $(UNITBIN)

deps:
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(DEBS)'

test-deps: deps
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(TESTDEBS)'

install-debs:
	@missing=; for p in $(PKGLIST); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	    grep -q '^install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(B)/lib/%.o: lib/%.c lib/shegong.h lib/sg.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Each lib/schemaN.sql (migration N) becomes the string sg_schemaN_sql.
$(B)/lib/schema.c: $(SCHEMAS)
	@mkdir -p $(@D)
	for f in $(SCHEMAS); do \
	  n=$$(basename $$f .sql); echo "const char sg_$${n}_sql[] ="; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $$f; \
	  echo ';'; done > $@

# The schema is one long string: past C's minimum length, fine for gcc/clang.
$(B)/lib/schema.o: $(B)/lib/schema.c
	$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c -o $@ $<

$(B)/libshegong.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(B)/bin/%: cmd/%.c lib/shegong.h $(B)/libshegong.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libshegong.a $(LIBS)

$(B)/tests/%: tests/unit/%.c lib/shegong.h lib/sg.h $(B)/libshegong.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libshegong.a $(LIBS) $(TLIBS)

check: test-deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory check-unit check-cmd

check-unit: $(UNITBIN)
	@sh tests/unit/run.sh $(UNITBIN)

check-cmd: $(PROGS)
	@sh tests/cmd/run.sh $(B)/bin

check-long: test-deps
	@$(MAKE) --no-print-directory all
	@JOBS=1 sh tests/cmd/run.sh $(B)/bin tests/long long

demo: deps
	@$(MAKE) --no-print-directory all
	@sh examples/demo.sh $(B)/bin

# ASan + UBSan build of everything, then the whole suite on it.
sanitize: test-deps
	@$(MAKE) --no-print-directory B=build-san CC=gcc \
	  CFLAGS='-O1 -g -fno-omit-frame-pointer' \
	  SAN='-fsanitize=address,undefined -fno-sanitize-recover=all' \
	  check-unit check-cmd

lint:
	mandoc -Tlint -Wwarning $(MANPAGES)
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --inline-suppr -Ilib lib cmd

compdb:
	$(MAKE) clean && bear -- $(MAKE) all

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)
	for m in $(MANPAGES); do \
	  s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s; done

uninstall:
	for c in $(COMMANDS); do rm -f $(DESTDIR)$(BINDIR)/$$c; done
	for m in $(MANPAGES); do \
	  s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done

clean:
	rm -rf build build-*

include $(wildcard mk/*.mk)
