/*
 * enum.c -- enumerations: the keyword of a word a person writes (a
 * keyword or one of its aliases, in any case), and the keywords listed.
 */
#include <stdio.h>
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
