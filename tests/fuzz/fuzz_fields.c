/*
 * fuzz_fields.c -- the field checks behind every import and every field
 * option (lib/record.c sg_values_set, sg_field_normalize), with no
 * database.  The first byte chooses the record type (elder, volunteer,
 * visit); each further line is KEY TAB VALUE.  A value accepted is stored
 * normalised, and normalising it again changes nothing (what export then
 * import relies on).  Each value is also read as an address column
 * (sg_address_split): what it gives is letters and digits.
 */
#include "fuzz.h"
#include "sg.h"

static int32_t	today;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (sg_date_make(&today, 2026, 11, 28) != NULL)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct sg_table *const tables[] = { &sg_elder_table,
	    &sg_volunteer_table, &sg_visit_table };
	const struct sg_field	*f;
	struct sg_values	 v;
	char			*s, *line, *next, *tab, *again;
	char			 part[3][32];
	int			 i;

	if (size < 1)
		return 0;
	memset(&v, 0, sizeof(v));
	v.t = tables[data[0] % 3];
	s = fuzz_cstr(data + 1, size - 1);
	next = s;
	while ((line = strsep(&next, "\n")) != NULL) {
		if ((tab = strchr(line, '\t')) == NULL)
			continue;
		*tab++ = '\0';
		(void)sg_values_set(&v, line, tab, today);
		/* the address column: parts of letters and digits, or none */
		if (sg_address_split(tab, part) == 0) {
			FUZZ_CHECK(part[0][0] || part[1][0] || part[2][0]);
			for (i = 0; i < 3; i++)
				FUZZ_CHECK(strspn(part[i], "0123456789ABCDEFGHIJ"
				    "KLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") ==
				    strlen(part[i]));
		}
	}
	for (i = 0; i < v.t->nfields && i < SG_MAX_FIELDS; i++) {
		if (!v.set[i] || v.v[i] == NULL)
			continue;
		f = &v.t->fields[i];
		FUZZ_CHECK(sg_field_normalize(f, v.v[i], today, &again) ==
		    NULL);
		FUZZ_CHECK(again != NULL && strcmp(again, v.v[i]) == 0);
		free(again);
		FUZZ_CHECK(sg_values_get(&v, f->name) == v.v[i]);
	}
	sg_values_free(&v);
	free(s);
	return 0;
}
