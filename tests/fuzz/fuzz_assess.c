/*
 * fuzz_assess.c -- the items of an assessment (lib/assess.c).  The input
 * is lines: an instrument name, then ITEM=SCORE (coma=, dementia= and
 * risk_events= set the adjustments).  A scored assessment has a total
 * within the instrument's range and a level with a name.
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sg_assessment	 a;
	char			*s, *line, *next, *eq;
	int			 inst, max;

	s = fuzz_cstr(data, size);
	next = s;
	line = strsep(&next, "\n");
	if (sg_instrument_parse(&inst, line) != NULL)
		inst = SG_BARTHEL;
	FUZZ_CHECK(sg_instrument_name(inst) != NULL);
	sg_assess_init(&a, inst);
	while ((line = strsep(&next, "\n")) != NULL) {
		if ((eq = strchr(line, '=')) != NULL)
			*eq++ = '\0';
		if (eq != NULL && strcmp(line, "coma") == 0)
			a.coma = (int)strtol(eq, NULL, 10);
		else if (eq != NULL && strcmp(line, "dementia") == 0)
			a.dementia = (int)strtol(eq, NULL, 10);
		else if (eq != NULL && strcmp(line, "risk_events") == 0)
			a.risk_events = (int)strtol(eq, NULL, 10);
		else
			(void)sg_assess_item(&a, line, eq);
	}
	if (sg_assess_score(&a) == NULL) {
		max = inst == SG_BARTHEL ? 100 : 90;
		FUZZ_CHECK(a.total >= 0 && a.total <= max);
		FUZZ_CHECK(sg_assess_grade(inst, a.level, 0) != NULL);
		FUZZ_CHECK(sg_assess_grade(inst, a.level, 1) != NULL);
	}
	free(s);
	return 0;
}
