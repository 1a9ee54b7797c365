# shegong -- build, test, install.  GNU make.
#
#   make demo    build the programs, then run the weekly job on an example
#                database (quietly: V=1 shows the compiler lines)
#   make check   build, then run every test (unit and command level)
#   make check-long  the long tests (tests/long: lunar calendar, load,
#                crash safety); .ci/run runs them
#
# Further targets live in mk/*.mk, included at the end.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man
# the example scripts, config and data a station starts from
EXDIR    = $(PREFIX)/share/doc/shegong/examples
EXAMPLES = $(wildcard examples/*)

B        = build
CC      ?= cc
PKGS     = sqlite3 yaml-0.1 libutf8proc xlsxwriter libzip libxml-2.0
WARN     = -Wall -Wextra -Wpedantic -Wstrict-prototypes -Wmissing-prototypes \
           -Wwrite-strings -Wshadow -Werror
CFLAGS  ?= -O2 -g
# Computed once (:=), not at every compiler line.  DEPS: the compiler
# writes the header dependencies of what it builds (-MMD -MP) to
# $(B)/deps, read back below.
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -D_GNU_SOURCE $(WARN) \
           $(CFLAGS) $(SAN) -Ilib -I$(B) \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# libzip and libxml2 (xlsx input) and libxlsxwriter (-o xlsx) are not
# linked but loaded when a workbook is read or written (lib/xlsx.c,
# lib/out.c): what they bring (libcrypto, ICU, lzma, bz2) would cost
# every command's start-up.  Their headers here, and their sonames for
# dlopen.
DLOPENED = libzip libxml-2.0 xlsxwriter
soname   = $(shell readelf -d $$($(CC) -print-file-name=$(1)) 2>/dev/null | \
           sed -n 's/.*soname: \[\(.*\)\]/\1/p')
ZIPSO   := $(call soname,libzip.so)
XML2SO  := $(call soname,libxml2.so)
XLSXSO  := $(call soname,libxlsxwriter.so)
ALL_CFLAGS += $(if $(ZIPSO),-DSG_LIBZIP_SO='"$(ZIPSO)"') \
              $(if $(XML2SO),-DSG_LIBXML2_SO='"$(XML2SO)"') \
              $(if $(XLSXSO),-DSG_XLSXWRITER_SO='"$(XLSXSO)"')
# What the programs export to the libraries they load: lib/out.c's
# zipOpenNewFileInZip4_64 sets the deflate level of -o xlsx, which
# libxlsxwriter's API does not (bench/README.md).
EXPORTS  = -Wl,--export-dynamic-symbol=zipOpenNewFileInZip4_64
LIBS    := $(shell pkg-config --libs $(filter-out $(DLOPENED),$(PKGS)) \
           2>/dev/null) -lcsv -lm $(EXPORTS)
TLIBS   := $(shell pkg-config --libs cmocka 2>/dev/null)
# Quiet: one short line per file; V=1 prints the whole commands.
ifeq ($(V),1)
Q        =
say      = @:
else
Q        = @
say      = @printf '  %-6s %s\n'
endif

COMMANDS = $(basename $(notdir $(wildcard cmd/*.c)))
LIBSRC   = $(wildcard lib/*.c)
LIBOBJ   = $(LIBSRC:lib/%.c=$(B)/lib/%.o) $(B)/lib/schema.o
PROGS    = $(COMMANDS:%=$(B)/bin/%)
UNITS    = $(basename $(notdir $(wildcard tests/unit/test_*.c)))
UNITBIN  = $(UNITS:%=$(B)/tests/%)
# volunteer(1) over a VFS that fails the Nth read (tests/unit/iofail.c):
# for t020, never installed.
IOFAIL   = $(B)/tests/volunteer-iofail
MANPAGES = $(wildcard man/*.[157])
# The current schema, then migration N (version N-1 to N) in schemaN.sql.
SCHEMAS  = lib/schema.sql $(wildcard lib/schema[0-9]*.sql)

# Debian packages the build and the tests need; installed when missing.
DEBS     = gcc make pkg-config libsqlite3-dev libyaml-dev \
           libutf8proc-dev libcsv-dev mandoc sqlite3 libxlsxwriter-dev \
           libzip-dev libxml2-dev
# ... and those only the tests need (the unit tests' cmocka, html report,
# lunar calendar checks and their astronomy, Debian's python3 for t600,
# cppcheck for make lint).
TESTDEBS = libcmocka-dev libxml2-utils chromium fonts-wqy-zenhei lunar python3 \
           python3-ephem python3-openpyxl poppler-utils strace cppcheck

.PHONY: all progs deps test-deps have-test-deps install-debs check check-unit check-cmd \
        check-long demo install uninstall clean sanitize lint compdb

all: $(PROGS) $(UNITBIN) $(IOFAIL)
progs: $(PROGS)

deps:
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(DEBS)'

# one apt-get, one line, for what is missing of both lists
test-deps:
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(DEBS) $(TESTDEBS)'

# check, check-long and sanitize install nothing: they stop first,
# naming what is missing.
have-test-deps: $(filter test-deps,$(MAKECMDGOALS))
	@inst=" $$(dpkg-query -W -f='$${db:Status-Abbrev}$${Package}\n' \
	  $(DEBS) $(TESTDEBS) 2>/dev/null | sed -n 's/^.i.//p' | tr '\n' ' ')"; \
	missing=; for p in $(DEBS) $(TESTDEBS); do \
	  case $$inst in *" $$p "*) ;; *) missing="$$missing $$p" ;; esac; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make: missing Debian packages:$$missing (make test-deps installs them)" >&2; \
	  exit 1; \
	fi

install-debs:
	@missing=; for p in $(PKGLIST); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	    grep -q '^install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq >/dev/null && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    $$missing >/dev/null || exit 1; \
	fi

DEPS     = -MMD -MP -MF $(B)/deps/$(subst /,-,$@).d

# The headers too: a build directory made before -MMD has no .d files.
$(B)/lib/%.o: lib/%.c lib/sg.h lib/shegong.h
	@mkdir -p $(@D) $(B)/deps
	$(say) CC $@
	$(Q)$(CC) $(ALL_CFLAGS) $(DEPS) -c -o $@ $<

# The schema and the migrations become strings (mk/schema.sh).
$(B)/lib/schema.c: $(SCHEMAS) mk/schema.sh
	@mkdir -p $(@D)
	$(say) GEN $@
	$(Q)sh mk/schema.sh $@ $(SCHEMAS)

# The schema is one long string: past C's minimum length, fine for gcc/clang.
$(B)/lib/schema.o: $(B)/lib/schema.c
	$(say) CC $@
	$(Q)$(CC) $(ALL_CFLAGS) $(DEPS) -Wno-overlength-strings -c -o $@ $<

$(B)/libshegong.a: $(LIBOBJ)
	$(say) AR $@
	$(Q)rm -f $@
	$(Q)ar rcs $@ $(LIBOBJ)

$(B)/bin/%: cmd/%.c $(B)/libshegong.a
	@mkdir -p $(@D) $(B)/deps
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) $(DEPS) -o $@ $< $(B)/libshegong.a $(LIBS)

$(B)/tests/%: tests/unit/%.c $(B)/libshegong.a
	@mkdir -p $(@D) $(B)/deps
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) $(DEPS) -o $@ $< $(B)/libshegong.a $(LIBS) $(TLIBS)

$(IOFAIL): tests/unit/iofail.c $(B)/libshegong.a
	@mkdir -p $(@D) $(B)/deps
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) $(DEPS) -o $@ $< $(B)/libshegong.a $(LIBS)

-include $(wildcard $(B)/deps/*.d)

# The build of check and sanitize uses every CPU unless make was given -j.
NPROC   := $(shell nproc 2>/dev/null || echo 1)
PAR      = $(if $(findstring jobserver,$(MAKEFLAGS)),,-j$(NPROC))

check: have-test-deps
	@$(MAKE) --no-print-directory $(PAR) all
	@$(MAKE) --no-print-directory check-unit check-cmd

check-unit: $(UNITBIN)
	@sh tests/unit/run.sh $(UNITBIN)

check-cmd: $(PROGS) $(IOFAIL)
	@sh tests/cmd/run.sh $(B)/bin

check-long: have-test-deps
	@$(MAKE) --no-print-directory all
	@JOBS=1 sh tests/cmd/run.sh $(B)/bin tests/long long

# The build's lines go to $(B)/build.log (shown if it fails; V=1 shows
# them all): the demo is what shows.
demo: deps
	@mkdir -p $(B)
	@echo 'building the programs ($(B)/build.log)'
	@$(MAKE) --no-print-directory progs mo $(if $(filter 1,$(V)),, \
	  >$(B)/build.log 2>&1 || { cat $(B)/build.log; exit 1; })
	@sh examples/demo.sh $(B)/bin

# ASan + UBSan build of everything, then the whole suite on it.
SANVARS  = B=build-san CC=gcc CFLAGS='-O1 -g -fno-omit-frame-pointer' \
	   SAN='-fsanitize=address,undefined -fno-sanitize-recover=all'
sanitize: have-test-deps
	@$(MAKE) --no-print-directory $(SANVARS) $(PAR) all
	@$(MAKE) --no-print-directory $(SANVARS) check-unit check-cmd

lint:
	mandoc -Tlint -Wwarning $(MANPAGES)
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --inline-suppr -Ilib lib cmd

compdb:
	$(MAKE) clean && bear -- $(MAKE) all

install: progs
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)
	for m in $(MANPAGES); do \
	  s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s; done
	install -d $(DESTDIR)$(EXDIR)
	for e in $(EXAMPLES); do \
	  if [ -x $$e ]; then install -m 755 $$e $(DESTDIR)$(EXDIR); \
	  else install -m 644 $$e $(DESTDIR)$(EXDIR); fi; done

uninstall:
	for c in $(COMMANDS); do rm -f $(DESTDIR)$(BINDIR)/$$c; done
	for m in $(MANPAGES); do \
	  s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	for e in $(EXAMPLES); do rm -f $(DESTDIR)$(EXDIR)/$${e##*/}; done
	-rmdir $(DESTDIR)$(EXDIR) $(DESTDIR)$(PREFIX)/share/doc/shegong 2>/dev/null

clean:
	rm -rf build build-*

include $(wildcard mk/*.mk)
