/*
 * idnum.c -- resident ID numbers (GB 11643-1999): the check character,
 * the birth date and sex they carry, and masking for display.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "shegong.h"

#define ID_LEN		18
#define BIRTH_MIN	1850	/* no living person was born earlier */
#define MASK_MAX	18	/* characters of a masked number, at most */

/* Weights of the first 17 digits; the sum mod 11 indexes checks. */
static const int	weights[ID_LEN - 1] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3,
			    7, 9, 10, 5, 8, 4, 2 };
static const char	checks[] = "10X98765432";

/* Characters (not bytes) in a UTF-8 string: bytes not continuing one. */
static size_t
nchars(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* The birth date of digits 7 to 14; NULL or what is wrong with it. */
static const struct sg_error *
birth_date(int32_t *day, const char *s)
{
	int	 y, m, d;

	sscanf(s + 6, "%4d%2d%2d", &y, &m, &d);
	if (sg_date_make(day, y, m, d) != NULL)
		return sg_error_fmt("ID number '%s': birth date %.8s does not "
		    "exist", s, s + 6);
	if (y < BIRTH_MIN)
		return sg_error_fmt("ID number '%s': birth date %.8s is "
		    "before %d", s, s + 6, BIRTH_MIN);
	return NULL;
}

/* Validate an ID number; give its normal form, birth date and sex. */
const struct sg_error *
sg_idnum_check(const char *s, char *norm, int32_t *birth, char *sex)
{
	const struct sg_error	*err;
	int			 i, sum = 0;
	int32_t			 day;
	char			 c;

	if (nchars(s) != ID_LEN)
		return sg_error_fmt("ID number '%s' must have %d characters, "
		    "not %zu", s, ID_LEN, nchars(s));
	for (i = 0; i < ID_LEN - 1; i++) {
		if (s[i] < '0' || s[i] > '9')
			return sg_error_fmt("ID number '%s': character %d is "
			    "not a digit", s, i + 1);
		sum += (s[i] - '0') * weights[i];
	}
	if ((err = birth_date(&day, s)) != NULL)
		return err;
	c = s[ID_LEN - 1] == 'x' ? 'X' : s[ID_LEN - 1];
	if (c != checks[sum % 11] || s[ID_LEN] != '\0')
		return sg_error_fmt("ID number '%s': check character is '%s', "
		    "expected '%c'", s, s + ID_LEN - 1, checks[sum % 11]);
	if (norm != NULL) {
		memcpy(norm, s, ID_LEN - 1);
		norm[ID_LEN - 1] = c;
		norm[ID_LEN] = '\0';
	}
	if (birth != NULL)
		*birth = day;
	if (sex != NULL)
		*sex = (s[ID_LEN - 2] - '0') % 2 == 1 ? 'M' : 'F';
	return NULL;
}

/*
 * Mask for display into buf (>= 19 bytes): an 18-character number keeps
 * its first 6 and last 4 characters with 8 '*' between; any other keeps
 * its first and last 2 (all '*' up to 4 characters).  Only ASCII is kept
 * and at most 18 characters are written.
 */
char *
sg_idnum_mask(char *buf, const char *s)
{
	size_t	 len = strlen(s), n, i, head = 6, tail = 4;

	if (len != ID_LEN) {
		head = len > 4 ? 1 : 0;
		tail = len > 4 ? 2 : 0;
	}
	n = len < MASK_MAX ? len : MASK_MAX;
	for (i = 0; i < n; i++)
		buf[i] = '*';
	for (i = 0; i < head; i++)
		if ((unsigned char)s[i] < 0x80)
			buf[i] = s[i];
	for (i = 1; i <= tail; i++)
		if ((unsigned char)s[len - i] < 0x80)
			buf[n - i] = s[len - i];
	buf[n] = '\0';
	return buf;
}

/*
 * Mask in place every ID number inside free text: a run of 17 digits and
 * a digit or X, with no digit or letter either side.  Returns s.
 */
char *
sg_idnum_mask_text(char *s)
{
	char	 src[ID_LEN + 1], buf[MASK_MAX + 1];
	size_t	 i, n;

	for (i = 0; s[i] != '\0'; i++) {
		if (!isdigit((unsigned char)s[i]) ||
		    (i > 0 && isalnum((unsigned char)s[i - 1])))
			continue;
		for (n = 0; n < ID_LEN - 1 && isdigit((unsigned char)s[i + n]);
		    n++)
			;
		if (n < ID_LEN - 1 || !(isdigit((unsigned char)s[i + n]) ||
		    s[i + n] == 'X' || s[i + n] == 'x') ||
		    isalnum((unsigned char)s[i + n + 1]))
			continue;
		memcpy(src, s + i, ID_LEN);
		src[ID_LEN] = '\0';
		memcpy(s + i, sg_idnum_mask(buf, src), ID_LEN);
		i += ID_LEN - 1;
	}
	return s;
}

/* Nonzero when s looks masked (contains '*'). */
int
sg_idnum_masked(const char *s)
{
	return strchr(s, '*') != NULL;
}
