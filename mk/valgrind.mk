# valgrind.mk -- the command-level tests with every program under
# valgrind's memcheck, and the unit tests (issue 8).
#
#   make valgrind   build in build-vg (-O1 -g), run tests/cmd with
#                   build-vg/vgbin/PROGRAM wrappers that exec valgrind on
#                   build-vg/bin/PROGRAM, logging to build-vg/vglogs (not
#                   stderr: the tests compare it exactly); then each unit
#                   suite under valgrind.  Fails on any memcheck error or
#                   any definite, indirect or possible leak; prints totals.

VG_B      = build-vg
VGDEBS    = valgrind

.PHONY: valgrind valgrind-run

valgrind: test-deps
	@$(MAKE) --no-print-directory install-debs PKGLIST='$(VGDEBS)'
	@$(MAKE) --no-print-directory B=$(VG_B) CC=gcc CFLAGS='-O1 -g' \
	  valgrind-run

valgrind-run: all
	@sh tests/valgrind/run.sh $(B) $(COMMANDS)
