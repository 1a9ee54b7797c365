/*
 * fuzz_every.c -- the interval and age range parsers of lib/config.c
 * (sg_every_parse, sg_range_parse): an interval prints back to itself,
 * a range is ordered and within 0..200.
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sg_every	 e, e2;
	char		*s, buf[16];
	int		 lo, hi;

	s = fuzz_cstr(data, size);
	if (sg_every_parse(&e, s) == NULL) {
		FUZZ_CHECK(e.kind != SG_EVERY_DAYS ||
		    (e.days >= 1 && e.days <= 3650 * 7));
		sg_every_str(buf, &e);
		FUZZ_CHECK(sg_every_parse(&e2, buf) == NULL);
		FUZZ_CHECK(e2.kind == e.kind && e2.days == e.days);
	}
	if (sg_range_parse(&lo, &hi, s) == NULL) {
		FUZZ_CHECK(lo >= -1 && lo <= 200 && hi >= -1 && hi <= 200);
		FUZZ_CHECK(lo >= 0 || hi >= 0);
		FUZZ_CHECK(lo < 0 || hi < 0 || lo <= hi);
	}
	free(s);
	return 0;
}
