/*
 * fuzz_idnum.c -- resident ID numbers (lib/idnum.c): a valid number
 * checks again once normalised and masks to 18 characters, the region
 * code and twelve stars; masking free text never grows it (a full-width
 * digit, three bytes, becomes one star).
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s, norm[19], norm2[19], mask[19], sex;
	int32_t	 birth, birth2;
	size_t	 len;

	s = fuzz_cstr(data, size);
	if (sg_idnum_check(s, norm, &birth, &sex) == NULL) {
		FUZZ_CHECK(strlen(norm) == 18);
		FUZZ_CHECK(sex == 'M' || sex == 'F');
		FUZZ_CHECK(sg_idnum_check(norm, norm2, &birth2, NULL) == NULL);
		FUZZ_CHECK(strcmp(norm, norm2) == 0 && birth == birth2);
		sg_idnum_mask(mask, norm);
		FUZZ_CHECK(strlen(mask) == 18 && sg_idnum_masked(mask));
		/* the region code only (520112************) */
		FUZZ_CHECK(strncmp(mask, norm, 6) == 0 &&
		    strspn(mask + 6, "*") == 12);
	}
	(void)sg_idnum_masked(s);
	len = strlen(s);
	sg_idnum_mask_text(s);
	FUZZ_CHECK(strlen(s) <= len);	/* full-width digits become one star */
	free(s);
	return 0;
}
