/*
 * idnum.c -- resident ID numbers (GB 11643-1999): the check character,
 * the birth date and sex they carry, and masking for display.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

#define ID_LEN		18
#define ID_OLD		15	/* digits of a number issued before 1999 */
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
		/* not the right check character: a clerk would type it
		 * in, and store a wrong number that passes */
		return sg_error_fmt("ID number '%s': one of its 18 characters "
		    "is wrong: compare it with the ID card", s);
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
 * Mask for display into buf (>= 19 bytes): an 18- or 15-character number
 * keeps its region code, the first 6 characters, and the rest is '*'
 * (SPEC 1: 520112************).  The birth date is a column of its own and
 * the check character follows from the rest, so no other digit can be
 * shown.  Any other length is all '*'.  Only ASCII is kept and at most 18
 * characters are written.
 */
char *
sg_idnum_mask(char *buf, const char *s)
{
	size_t	 len = strlen(s), n, i, head = 0;

	if (len == ID_LEN || len == ID_OLD)
		head = 6;
	n = len < MASK_MAX ? len : MASK_MAX;
	for (i = 0; i < n; i++)
		buf[i] = i < head && (unsigned char)s[i] < 0x80 ? s[i] : '*';
	buf[n] = '\0';
	return buf;
}

/* The digit at s (ASCII or full-width), its byte length in *len; or -1. */
static int
digit_at(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] >= '0' && u[0] <= '9') {
		*len = 1;
		return u[0] - '0';
	}
	if (u[0] == 0xef && u[1] == 0xbc && u[2] >= 0x90 && u[2] <= 0x99) {
		*len = 3;
		return u[2] - 0x90;
	}
	return -1;
}

/* Nonzero for the check character X at s (x, full-width X or x). */
static int
check_x_at(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] == 'X' || u[0] == 'x') {
		*len = 1;
		return 1;
	}
	if (u[0] == 0xef && ((u[1] == 0xbc && u[2] == 0xb8) ||
	    (u[1] == 0xbd && u[2] == 0x98))) {
		*len = 3;
		return 1;
	}
	return 0;
}

/* Nonzero for a separator between digit groups: space, -, U+3000, NBSP. */
static int
sep_at(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] == ' ' || u[0] == '-') {
		*len = 1;
		return 1;
	}
	if (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80) {
		*len = 3;
		return 1;
	}
	if (u[0] == 0xc2 && u[1] == 0xa0) {
		*len = 2;
		return 1;
	}
	return 0;
}

/* Nonzero when a separator may follow n digits: 6-8-4, 6-4-4-4, 6-6-3. */
static int
group_end(size_t n)
{
	return n == 6 || n == 10 || n == 12 || n == 14;
}

/*
 * The ID number starting at s (no digit before it): 15 digits, or 17 and
 * a digit or X, in groups or not; a longer run of digits is one too (an
 * ID number glued to other digits).  Returns its byte length, 0 if none.
 */
static size_t
id_run(const char *s)
{
	size_t	 p = 0, l, l2, n = 0, end = 0;

	for (;;) {
		if (digit_at(s + p, &l) >= 0) {
			n++;
			p += l;
			end = p;
			if (n == ID_LEN)
				break;
		} else if (n == ID_LEN - 1 && check_x_at(s + p, &l)) {
			n++;
			p += l;
			end = p;
			break;
		} else if (group_end(n) && sep_at(s + p, &l) &&
		    digit_at(s + p + l, &l2) >= 0)
			p += l;
		else
			break;
	}
	if (n == ID_LEN)	/* digits glued after it: take them all */
		while (digit_at(s + end, &l) >= 0 || check_x_at(s + end, &l))
			end += l;
	else if (n != ID_OLD || check_x_at(s + end, &l))
		return 0;
	return end;
}

/* Mask the run of len bytes at s into d: 6 digits kept, then '*'s. */
static size_t
mask_run(char *d, const char *s, size_t len)
{
	size_t	 p = 0, w = 0, l, n = 0, k;

	while (p < len) {
		if (digit_at(s + p, &l) >= 0 || check_x_at(s + p, &l)) {
			if (n++ < 6)
				for (k = 0; k < l; k++)
					d[w++] = s[p + k];
			else
				d[w++] = '*';
		} else {
			sep_at(s + p, &l);
			for (k = 0; k < l; k++)
				d[w++] = s[p + k];
		}
		p += l;
	}
	return w;
}

/* Nonzero when the character before s[i] is a digit. */
static int
digit_before(const char *s, size_t i)
{
	size_t	 l;

	return (i >= 1 && s[i - 1] >= '0' && s[i - 1] <= '9') ||
	    (i >= 3 && digit_at(s + i - 3, &l) >= 0 && l == 3);
}

/*
 * Mask in place every ID number inside free text: 15 digits, or 17 and a
 * digit or X; ASCII or full-width; in groups of 6-8-4, 6-4-4-4 or 6-6-3
 * parted by a space, '-', U+3000 or U+00A0; glued to letters or not.  A
 * masked run is never longer than the number.  Returns s.
 */
char *
sg_idnum_mask_text(char *s)
{
	size_t	 r = 0, w = 0, len, l;

	while (s[r] != '\0') {
		if (digit_at(s + r, &l) >= 0 && !digit_before(s, r) &&
		    (len = id_run(s + r)) > 0) {
			w += mask_run(s + w, s + r, len);
			r += len;
			continue;
		}
		s[w++] = s[r++];
	}
	s[w] = '\0';
	return s;
}

/*
 * A masked run at s: 6 digits, then '*'s (and separators between them),
 * at least 4 '*'.  Returns its byte length, 0 if none.
 */
static size_t
masked_run(const char *s)
{
	size_t	 p = 0, l, n, stars = 0, end = 0;

	for (n = 0; n < 6; n++) {
		if (digit_at(s + p, &l) < 0)
			return 0;
		p += l;
	}
	for (;;) {
		if (s[p] == '*') {
			stars++;
			end = ++p;
		} else if (stars < ID_LEN && sep_at(s + p, &l) &&
		    s[p + l] == '*')
			p += l;
		else
			break;
	}
	return stars >= 4 ? end : 0;
}

/* Where the first masked run in s starts, its length in *len; or NULL. */
const char *
sg_idnum_masked_run(const char *s, size_t *len)
{
	size_t	 i;

	for (i = 0; s[i] != '\0'; i++)
		if (!digit_before(s, i) && (*len = masked_run(s + i)) > 0)
			return s + i;
	return NULL;
}

/*
 * Give back the real digits of each masked run of edited that masks an
 * ID number of stored, in a new string (malloc'd; NULL on memory).  A
 * masked run that masks none is left as it is: *left says so.
 */
char *
sg_idnum_unmask_text(const char *edited, const char *stored, int *left)
{
	char		*out = NULL, *mine;
	const char	*p, *q, *run;
	size_t		 n = 0, len, rlen, mlen, i, dl;
	FILE		*fp;
	int		 found;

	*left = 0;
	if ((mine = malloc(stored != NULL ? strlen(stored) + 1 : 1)) ==
	    NULL)
		return NULL;
	if ((fp = open_memstream(&out, &n)) == NULL) {
		free(mine);
		return NULL;
	}
	for (p = edited; (run = sg_idnum_masked_run(p, &rlen)) != NULL;
	    p = run + rlen) {
		fwrite(p, 1, run - p, fp);
		/* the stored number whose mask this run is */
		found = 0;
		for (i = 0, q = stored; q != NULL && q[i] != '\0'; i++) {
			if (digit_at(q + i, &dl) < 0 || digit_before(q, i) ||
			    (len = id_run(q + i)) == 0)
				continue;
			mlen = mask_run(mine, q + i, len);
			if (mlen == rlen && memcmp(mine, run, rlen) == 0) {
				fwrite(q + i, 1, len, fp);
				found = 1;
				break;
			}
			i += len - 1;
		}
		if (!found) {
			fwrite(run, 1, rlen, fp);
			*left = 1;
		}
	}
	fputs(p, fp);
	free(mine);
	if (fclose(fp) != 0) {
		free(out);
		return NULL;
	}
	return out;
}

/* Nonzero when s looks masked (contains '*'). */
int
sg_idnum_masked(const char *s)
{
	return strchr(s, '*') != NULL;
}
