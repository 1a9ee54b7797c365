/*
 * text.c -- UTF-8 through utf8proc: validation, display width, and the
 * NFKC folding of full-width digits and letters that Chinese input
 * methods type.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "shegong.h"

/* Nonzero when the n bytes at s are valid UTF-8 without NUL. */
int
sg_utf8_valid(const char *s, size_t n)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 len;

	while (n > 0) {
		len = utf8proc_iterate(p, (utf8proc_ssize_t)n, &c);
		if (len <= 0 || c == 0)
			return 0;
		p += len;
		n -= (size_t)len;
	}
	return 1;
}

/* Display width in terminal columns: CJK wide 2, combining 0. */
int
sg_utf8_width(const char *s)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 len;
	int			 w = 0;

	while (*p != '\0') {
		len = utf8proc_iterate(p, -1, &c);
		if (len <= 0) {
			w++;
			p++;
			continue;
		}
		if (c >= 0x20)
			w += utf8proc_charwidth(c);
		p += len;
	}
	return w;
}

/* NFKC-fold into a new string; NULL on invalid UTF-8 or memory. */
char *
sg_nfkc(const char *s)
{
	if (!sg_utf8_valid(s, strlen(s)))
		return NULL;
	return (char *)utf8proc_NFKC((const utf8proc_uint8_t *)s);
}

/* Trim ASCII white space at both ends, in place. */
char *
sg_trim(char *s)
{
	char	*p = s, *e;

	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
	    *p == '\f' || *p == '\v')
		p++;
	if (p != s)
		memmove(s, p, strlen(p) + 1);
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
	    e[-1] == '\r' || e[-1] == '\f' || e[-1] == '\v'))
		*--e = '\0';
	return s;
}
