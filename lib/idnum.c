/*
 * idnum.c -- resident ID numbers (GB 11643-1999): the check character,
 * the birth date and sex they carry, and masking for display.
 */
#include <stdio.h>
#include <string.h>

#include "shegong.h"

/* Weights of the first 17 digits; the sum mod 11 indexes checks. */
static const int	weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9,
			    10, 5, 8, 4, 2 };
static const char	checks[] = "10X98765432";

/* Validate an ID number; give its normal form, birth date and sex. */
const struct sg_error *
sg_idnum_check(const char *s, char *norm, int32_t *birth, char *sex)
{
	const struct sg_error	*err;
	size_t			 len = strlen(s);
	int			 i, sum = 0, y, m, d;
	char			 c, buf[19];
	int32_t			 day;

	if (len != 18)
		return sg_error_fmt("ID number '%s' must have 18 characters, "
		    "not %zu", s, len);
	for (i = 0; i < 17; i++) {
		if (s[i] < '0' || s[i] > '9')
			return sg_error_fmt("ID number '%s': character %d is "
			    "not a digit", s, i + 1);
		sum += (s[i] - '0') * weights[i];
	}
	c = s[17] == 'x' ? 'X' : s[17];
	sscanf(s + 6, "%4d%2d%2d", &y, &m, &d);
	if (y < 1850 || (err = sg_date_make(&day, y, m, d)) != NULL)
		return sg_error_fmt("ID number '%s': %.8s is not a birth date",
		    s, s + 6);
	if (c != checks[sum % 11])
		return sg_error_fmt("ID number '%s': check character is '%c', "
		    "expected '%c'", s, s[17], checks[sum % 11]);
	memcpy(buf, s, 17);
	buf[17] = c;
	buf[18] = '\0';
	if (norm != NULL)
		memcpy(norm, buf, 19);
	if (birth != NULL)
		*birth = day;
	if (sex != NULL)
		*sex = (s[16] - '0') % 2 ? 'M' : 'F';
	return NULL;
}

/* Mask all but the first 6 and last 4 characters (hides the birth date). */
char *
sg_idnum_mask(char *buf, const char *s)
{
	size_t	 len = strlen(s), i, keep0 = 6, keep1 = 4;

	if (len != 18) {
		keep0 = len > 4 ? 1 : 0;
		keep1 = len > 4 ? 2 : 0;
	}
	for (i = 0; i < len && i < 18; i++)
		buf[i] = (i < keep0 || i >= len - keep1) ? s[i] : '*';
	buf[i] = '\0';
	return buf;
}

/* Nonzero when s looks masked. */
int
sg_idnum_masked(const char *s)
{
	return strchr(s, '*') != NULL;
}
