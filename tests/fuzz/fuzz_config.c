/*
 * fuzz_config.c -- the config file (sg_config_load, libyaml's document
 * loader): a config within its limits, or an error "FILE:LINE: ...".
 */
#include "fuzz.h"

static char	*path;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	path = fuzz_tmpname(".yaml");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct sg_error	*err;
	struct sg_config	*c = NULL;
	char			 buf[16];
	int			 i, j;

	fuzz_write(path, data, size);
	err = sg_config_load(&c, path, 1);
	if (err != NULL) {
		FUZZ_CHECK(err->msg[0] != '\0');
		sg_config_free(c);
		return 0;
	}
	FUZZ_CHECK(c != NULL);
	FUZZ_CHECK(c->nrules >= 0 && c->nrules <= SG_MAX_RULES);
	FUZZ_CHECK(c->nneeds >= 0 && c->nneeds <= SG_RULE_MAXTAGS);
	for (i = 0; i < c->nrules; i++) {
		FUZZ_CHECK(c->rules[i].ntags >= 0 &&
		    c->rules[i].ntags <= SG_RULE_MAXTAGS);
		for (j = 0; j < c->rules[i].ntags; j++)
			FUZZ_CHECK(c->rules[i].tags[j] != NULL);
		sg_every_str(buf, &c->rules[i].every);
	}
	sg_config_free(c);
	return 0;
}
