/*
 * fuzz_parties.c -- participants from standard input (sg_parties_read):
 * elders as positive ids and person:ID as negative ones, in the order
 * given, or an error that frees them.
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct sg_error	*err;
	int64_t			*ids;
	size_t			 n, i;
	FILE			*fp;
	char			*buf;

	fp = fuzz_file(data, size, &buf);
	err = sg_parties_read(&ids, &n, fp);
	if (err != NULL)
		FUZZ_CHECK(ids == NULL && n == 0);
	for (i = 0; i < n; i++)
		FUZZ_CHECK(ids[i] != 0);
	free(ids);
	fclose(fp);
	free(buf);
	return 0;
}
