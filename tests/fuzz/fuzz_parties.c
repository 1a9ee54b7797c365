/*
 * fuzz_parties.c -- participants as standard input gives them: the first
 * word of each line (sg_words_read), each parsed by sg_party_parse:
 * elders as positive ids and person:ID as negative ones, or an error.
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct sg_error	*err;
	char			**words, *buf;
	long			*lines;
	int64_t			 id;
	size_t			 n, i;
	FILE			*fp;

	fp = fuzz_file(data, size, &buf);
	err = sg_words_read(&words, &lines, &n, fp);
	if (err != NULL)
		FUZZ_CHECK(n == 0 || words != NULL);
	for (i = 0; i < n; i++) {
		FUZZ_CHECK(lines[i] > 0);
		id = 0;
		if (sg_party_parse(&id, words[i]) == NULL)
			FUZZ_CHECK(id != 0);
		free(words[i]);
	}
	free(words);
	free(lines);
	fclose(fp);
	free(buf);
	return 0;
}
