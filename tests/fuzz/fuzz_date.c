/*
 * fuzz_date.c -- dates, periods, times and festival names (lib/date.c,
 * lib/lunar.c), against two todays: a date prints back to itself, a
 * period is ordered, a time is within the day.
 */
#include "fuzz.h"

static int32_t	todays[3];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (sg_date_make(&todays[0], 2026, 11, 28) != NULL ||
	    sg_date_make(&todays[1], 2100, 12, 31) != NULL ||
	    sg_date_make(&todays[2], 1901, 1, 1) != NULL)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sg_period	 p;
	const char		*why;
	char			*s, buf[32];
	int32_t			 d, d2;
	int			 i, m, rc;

	s = fuzz_cstr(data, size);
	for (i = 0; i < 3; i++) {
		if (sg_date_parse(&d, s, todays[i]) == NULL) {
			sg_date_str(buf, d);
			FUZZ_CHECK(strlen(buf) == 10);
			FUZZ_CHECK(sg_date_parse(&d2, buf, todays[i]) == NULL);
			FUZZ_CHECK(d == d2);
		}
		if (sg_period_parse(&p, s, todays[i]) == NULL)
			FUZZ_CHECK(p.from <= p.to);
		why = NULL;
		rc = sg_festival_parse(&d, s, todays[i], &why);
		FUZZ_CHECK(rc >= -1 && rc <= 1);
		FUZZ_CHECK(rc != -1 || why != NULL);
	}
	if (sg_time_parse(&m, s) == NULL)
		FUZZ_CHECK(m >= 0 && m < 24 * 60);
	(void)sg_festival_find(s);
	free(s);
	return 0;
}
