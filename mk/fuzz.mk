# fuzz.mk -- libFuzzer targets of every parser of outside input (issue 8).
#
#   make fuzz          build tests/fuzz/fuzz_*.c with clang (ASan, UBSan,
#                      libFuzzer) in build-fuzz, run each FUZZ_SECONDS
#                      (default 60) on its seeds in tests/fuzz/corpus/;
#                      fails on a crash (kept in build-fuzz/crashes/)
#   make fuzz-build    only build them
#
# An input taking more than FUZZ_TIMEOUT seconds (2) fails like a crash;
# inputs go up to FUZZ_MAX_LEN bytes (65536): a parser quadratic in its
# input shows (a YAML file nested 160 KB deep once took 18 s).
# New corpus entries go to build-fuzz/corpus/TARGET, never to the repo.
# FUZZ_TARGETS=fuzz_date runs only some.

FUZZ_SECONDS ?= 60
FUZZ_TIMEOUT ?= 2
FUZZ_MAX_LEN ?= 65536
FUZZ_CC      ?= clang-14
FUZZ_TARGETS ?= $(basename $(notdir $(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_B        = build-fuzz
FUZZDEBS      = clang-14 libclang-rt-14-dev
# The targets that run a whole command (cmd/elder.c, its main renamed).
FUZZ_CMD      = fuzz_import fuzz_form

.PHONY: fuzz fuzz-build fuzz-bins

fuzz: deps
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(FUZZDEBS)'
	@$(MAKE) --no-print-directory fuzz-build
	@FUZZ_TIMEOUT=$(FUZZ_TIMEOUT) FUZZ_MAX_LEN=$(FUZZ_MAX_LEN) \
	  sh tests/fuzz/run.sh $(FUZZ_B) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-build:
	@$(MAKE) --no-print-directory B=$(FUZZ_B) CC=$(FUZZ_CC) \
	  CFLAGS='-O1 -g -fno-omit-frame-pointer' \
	  SAN='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' \
	  fuzz-bins

fuzz-bins: $(FUZZ_TARGETS:%=$(B)/fuzz/%)

$(B)/fuzz/elder.o: cmd/elder.c lib/shegong.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -Dmain=elder_main \
	  -c -o $@ cmd/elder.c

$(FUZZ_CMD:%=$(B)/fuzz/%): $(B)/fuzz/elder.o
$(FUZZ_CMD:%=$(B)/fuzz/%): FUZZ_OBJ = $(B)/fuzz/elder.o

$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h lib/shegong.h \
    $(B)/libshegong.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) \
	  $(B)/libshegong.a $(LIBS) $(shell pkg-config --libs $(DLOPENED))
