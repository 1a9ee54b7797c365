/*
 * fuzz_tsv.c -- the TSV reader (lib/input.c): every record of any input,
 * or an error, never a crash, a leak or a hang.
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_reader(data, size, SG_IN_TSV);
	return 0;
}
