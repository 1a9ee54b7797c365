/*
 * enum.c -- enumerations: the keyword of a word a person writes (a
 * keyword or one of its aliases, in any case), the keywords listed, and
 * a keyword's Chinese word.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sg.h"

/* Does word w appear in the "|" separated list? */
static int
in_aliases(const char *list, const char *w)
{
	size_t	 n = strlen(w);
	const char *p;

	for (p = list; p != NULL && *p != '\0'; ) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);

		if (len == n && strncasecmp(p, w, n) == 0)
			return 1;
		p = bar ? bar + 1 : NULL;
	}
	return 0;
}

/* The keyword of an enumeration for a keyword or alias. */
const char *
sg_enum_find(const struct sg_enum *e, const char *w)
{
	for (; e->key != NULL; e++)
		if (strcasecmp(e->key, w) == 0 || in_aliases(e->aliases, w))
			return e->key;
	return NULL;
}

/* "a, b or c": the keywords of an enumeration. */
const char *
sg_enum_list(char *buf, size_t size, const struct sg_enum *e)
{
	size_t	 n = 0;
	const struct sg_enum *p;

	buf[0] = '\0';
	for (p = e; p->key != NULL && n < size; p++) {
		const char *sep = p == e ? "" : p[1].key == NULL ? _(" or ") :
		    ", ";

		n += snprintf(buf + n, size - n, "%s%s", sep, p->key);
	}
	return buf;
}

/*
 * The Chinese word of a keyword: the first of its aliases when that is
 * not ASCII (男 for M, 独居 for alone); else the keyword.
 */
static const char *
zh_word(const struct sg_enum *e, const char *w, size_t n, size_t *len)
{
	for (; e->key != NULL; e++) {
		if (strlen(e->key) != n || strncmp(e->key, w, n) != 0)
			continue;
		if (e->aliases != NULL && (unsigned char)e->aliases[0] >= 0x80) {
			*len = strcspn(e->aliases, "|");
			return e->aliases;
		}
		break;
	}
	*len = n;
	return w;
}

/* A value of keywords (one, or a comma list) in Chinese, new string. */
char *
sg_enum_zh(const struct sg_enum *e, const char *v)
{
	char		*out = NULL, *p = NULL;
	size_t		 n, len, total = 0;
	const char	*w, *s;
	int		 pass;

	for (pass = 0; pass < 2; pass++) {
		if (pass == 1 && (out = p = malloc(total + 1)) == NULL)
			return NULL;
		for (s = v;;) {
			n = strcspn(s, ",");
			w = zh_word(e, s, n, &len);
			if (pass == 0)
				total += len + 1;
			else {
				memcpy(p, w, len);
				p += len;
			}
			if (s[n] == '\0')
				break;
			if (pass == 1)
				*p++ = ',';
			s += n + 1;
		}
	}
	*p = '\0';
	return out;
}
