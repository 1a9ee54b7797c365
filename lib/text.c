/*
 * text.c -- UTF-8 through utf8proc: validation, display width, and the
 * NFKC folding of full-width digits and letters that Chinese input
 * methods type.
 */
#include <string.h>

#include <utf8proc.h>

#include "shegong.h"

/* ASCII white space, as sg_trim removes it (never locale-dependent). */
#define IS_SPACE(c)	((c) != '\0' && strchr(" \t\n\v\f\r", (c)) != NULL)

/*
 * Nonzero when the n bytes at s are valid UTF-8 without NUL: utf8proc
 * rejects overlong forms, surrogates and code points past U+10FFFF.
 */
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

/*
 * The first control character (C0, DEL, C1) or direction mark (LRM, RLM,
 * ALM, the embeddings, overrides and isolates) in valid UTF-8 s, or 0:
 * in a name they hide or reorder what a table shows.
 */
long
sg_text_control(const char *s)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 len;

	for (; *p != '\0'; p += len) {
		if ((len = utf8proc_iterate(p, -1, &c)) <= 0)
			return 0;
		if (utf8proc_category(c) == UTF8PROC_CATEGORY_CC ||
		    c == 0x061C || c == 0x200E || c == 0x200F ||
		    (c >= 0x202A && c <= 0x202E) ||
		    (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
			return c;
	}
	return 0;
}

/*
 * Like sg_text_control (line and paragraph separators included), but TAB
 * and newline pass in multi-line text.
 */
long
sg_text_bad(const char *s, int multiline)
{
	long	 c;

	while ((c = sg_text_control(s)) != 0) {
		if (!multiline || (c != '\t' && c != '\n' && c != '\r'))
			return c;
		s = strchr(s, (int)c) + 1;
	}
	return 0;
}

/*
 * Nonzero when valid UTF-8 s has a character that shows: not a space
 * (U+3000, U+00A0...), format character (U+200B, U+FEFF...), combining
 * mark or control.
 */
int
sg_text_visible(const char *s)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 len;

	for (; *p != '\0'; p += len) {
		if ((len = utf8proc_iterate(p, -1, &c)) <= 0)
			return 0;
		switch (utf8proc_category(c)) {
		case UTF8PROC_CATEGORY_ZS:
		case UTF8PROC_CATEGORY_ZL:
		case UTF8PROC_CATEGORY_ZP:
		case UTF8PROC_CATEGORY_CF:
		case UTF8PROC_CATEGORY_CC:
		case UTF8PROC_CATEGORY_MN:
		case UTF8PROC_CATEGORY_ME:
			break;
		default:
			if (c != 0x115F && c != 0x1160 && c != 0x3164 &&
			    c != 0xFFA0 && c != 0x2800)
				return 1;
		}
	}
	return 0;
}

/*
 * Display width in terminal columns: East Asian wide 2, combining marks
 * and control characters 0, each invalid byte 1.
 */
int
sg_utf8_width(const char *s)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t	 c;
	utf8proc_ssize_t	 len;
	size_t			 n = strlen(s);
	int			 w = 0;

	while (n > 0) {
		if (*p < 0x80) {	/* ASCII: 1, a control character 0 */
			w += *p >= 0x20 && *p != 0x7f;
			p++;
			n--;
			continue;
		}
		len = utf8proc_iterate(p, (utf8proc_ssize_t)n, &c);
		if (len <= 0) {
			w++;
			len = 1;
		} else if (utf8proc_category(c) != UTF8PROC_CATEGORY_CC)
			w += utf8proc_charwidth(c);
		p += len;
		n -= (size_t)len;
	}
	return w;
}

/* NFKC-fold into a new string (malloc'd); NULL on invalid UTF-8 or memory. */
char *
sg_nfkc(const char *s)
{
	const unsigned char	*p;

	/* ASCII is its own NFKC (no ASCII character decomposes) */
	for (p = (const unsigned char *)s; *p != '\0' && *p < 0x80; p++)
		;
	if (*p == '\0')
		return strdup(s);
	if (!sg_utf8_valid(s, strlen(s)))
		return NULL;
	return (char *)utf8proc_NFKC((const utf8proc_uint8_t *)s);
}

/* Trim ASCII white space at both ends, in place; returns s. */
char *
sg_trim(char *s)
{
	char	*p = s, *e;

	while (IS_SPACE(*p))
		p++;
	if (p != s)
		memmove(s, p, strlen(p) + 1);
	e = s + strlen(s);
	while (e > s && IS_SPACE(e[-1]))
		*--e = '\0';
	return s;
}

/*
 * Follow the flow nesting ([ and {) of YAML text given in pieces, outside
 * quotes and comments; -1 once it passes SG_YAML_DEPTH, with the line in
 * y->line.  libyaml takes time quadratic in that depth; block nesting
 * costs its square in indentation, so the file's size bounds it.
 */
int
sg_yaml_nest_scan(struct sg_yaml_nest *y, const char *s, size_t n)
{
	size_t	 i;
	char	 c;

	for (i = 0; i < n; i++) {
		c = s[i];
		if (c == '\n') {
			y->line++;
			y->comment = 0;
		}
		if (y->comment)
			continue;
		if (y->q != 0) {
			if (y->esc)
				y->esc = 0;
			else if (y->q == '"' && c == '\\')
				y->esc = 1;
			else if (c == y->q)
				y->q = 0;
		} else if ((c == '"' || c == '\'') && strchr(" \t\n[{,:",
		    y->prev) != NULL)
			y->q = c;
		else if (c == '#' && strchr(" \t\n", y->prev) != NULL)
			y->comment = 1;
		else if ((c == '[' || c == '{') && strchr(" \t\n[{,:-?",
		    y->prev) != NULL) {
			if (++y->depth > SG_YAML_DEPTH)
				return -1;
		} else if ((c == ']' || c == '}') && y->depth > 0)
			y->depth--;
		y->prev = c;
	}
	return 0;
}

/* Nonzero when s is a plain decimal: digits, and a '.' and digits. */
int
sg_plain_decimal(const char *s, int fraction)
{
	size_t	 n = strspn(s, "0123456789");

	if (n == 0)
		return 0;
	if (s[n] == '\0')
		return 1;
	return fraction && s[n] == '.' && strspn(s + n + 1, "0123456789") > 0 &&
	    s[n + 1 + strspn(s + n + 1, "0123456789")] == '\0';
}

/* Does the comma list tags hold tag, whole? */
int
sg_tags_has(const char *tags, const char *tag)
{
	size_t		 n = strlen(tag);
	const char	*p = tags;

	while (p != NULL && *p != '\0') {
		size_t l = strcspn(p, ",");

		if (l == n && strncmp(p, tag, n) == 0)
			return 1;
		p += l + (p[l] == ',');
	}
	return 0;
}

/* Insert tag into the sorted comma list buf (unless there or no room). */
static void
tags_insert(char *buf, size_t size, const char *tag)
{
	size_t	 n = strlen(buf), t = strlen(tag), at = 0;

	if (sg_tags_has(buf, tag) || n + t + 2 > size)
		return;
	while (at < n) {
		size_t l = strcspn(buf + at, ",");

		if (strncmp(buf + at, tag, l < t ? l : t) > 0 ||
		    (strncmp(buf + at, tag, l < t ? l : t) == 0 && l > t))
			break;
		at += l + (buf[at + l] == ',');
	}
	if (at >= n) {
		snprintf(buf + n, size - n, "%s%s", n > 0 ? "," : "", tag);
		return;
	}
	memmove(buf + at + t + 1, buf + at, n - at + 1);
	memcpy(buf + at, tag, t);
	buf[at + t] = ',';
}

/*
 * The derived categories not typed in tags (derived 1) or the typed and
 * derived ones together, sorted (derived 0), into buf; age -1 unknown.
 */
char *
sg_tags_effective(char *buf, size_t size, const char *tags,
    const char *living, int age, int derived)
{
	if (tags == NULL)
		tags = "";
	buf[0] = '\0';
	if (!derived && strlen(tags) < size)
		snprintf(buf, size, "%s", tags);
	if (living != NULL && strcmp(living, "alone") == 0 &&
	    !sg_tags_has(tags, SG_TAG_ALONE))
		tags_insert(buf, size, SG_TAG_ALONE);
	if (age >= SG_TAG_OLD_AGE && !sg_tags_has(tags, SG_TAG_OLD))
		tags_insert(buf, size, SG_TAG_OLD);
	return buf;
}

/* The code points of s, at most cap; their count. */
static int
code_points(const char *s, int32_t *cp, int cap)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;
	utf8proc_ssize_t	 len;
	int			 n = 0;

	while (*p != '\0' && n < cap) {
		if ((len = utf8proc_iterate(p, -1, &cp[n])) <= 0)
			return n;
		p += len;
		n++;
	}
	return n;
}

/*
 * The candidate nearest to word (edits in characters: insert, delete,
 * change, swap two neighbours; ASCII case folded): one edit for a word of
 * three characters or more, two for one of seven or more; NULL if none.
 * For "did you mean".
 */
const char *
sg_nearest(const char *word, const char *const *cands, int n)
{
	static int	 d[65][65];
	int32_t		 a[64], b[64];
	int		 na, nb, i, j, k, c, best = 3;
	const char	*found = NULL;

	na = code_points(word, a, 64);
	for (i = 0; i < na; i++)
		if (a[i] >= 'A' && a[i] <= 'Z')
			a[i] += 'a' - 'A';
	for (k = 0; k < n; k++) {
		if (cands[k] == NULL)
			continue;
		nb = code_points(cands[k], b, 64);
		for (i = 0; i <= na; i++)
			d[i][0] = i;
		for (j = 0; j <= nb; j++)
			d[0][j] = j;
		for (i = 1; i <= na; i++)
			for (j = 1; j <= nb; j++) {
				c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
				if (d[i - 1][j] + 1 < c)
					c = d[i - 1][j] + 1;
				if (d[i][j - 1] + 1 < c)
					c = d[i][j - 1] + 1;
				if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
				    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < c)
					c = d[i - 2][j - 2] + 1;
				d[i][j] = c;
			}
		if (d[na][nb] < best && ((d[na][nb] == 1 && na >= 3) ||
		    (d[na][nb] == 2 && na >= 7))) {
			best = d[na][nb];
			found = cands[k];
		}
	}
	return found;
}

/*
 * A building, unit or room as people write it: the word after its number
 * dropped (3号楼, 3栋, 3幢 are 3; 1单元 is 1; 302室 is 302), in place, when
 * what is left is letters and digits.  Returns s.
 */
char *
sg_place_fold(char *s)
{
	static const char *const words[] = { "号楼", "单元", "栋", "幢", "楼",
	    "室", "号", "座" };
	size_t	 len = strlen(s), n, i, k;

	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
		n = strlen(words[k]);
		if (len <= n || strcmp(s + len - n, words[k]) != 0)
			continue;
		for (i = 0; i < len - n; i++)
			if (!((s[i] >= '0' && s[i] <= '9') ||
			    (s[i] >= 'A' && s[i] <= 'Z') ||
			    (s[i] >= 'a' && s[i] <= 'z')))
				return s;
		s[len - n] = '\0';
		return s;
	}
	return s;
}

/* The length of the run of ASCII letters and digits at s. */
static size_t
alnum_run(const char *s)
{
	size_t	 n = 0;

	while ((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'A' && s[n] <=
	    'Z') || (s[n] >= 'a' && s[n] <= 'z'))
		n++;
	return n;
}

/*
 * Split an address as people write it into building, unit and room
 * (part[0..2], each at most 31 bytes, "" when absent): 3-1-302 (the
 * parts in order, as lists print them: 3-1 is building 3, unit 1), or
 * the numbers with their words, 3栋1单元302室, 3号楼1单元302 (full-width
 * digits folded).  0, or -1 when s is neither.
 */
int
sg_address_split(const char *s, char part[3][32])
{
	static const struct { const char *w; int slot; } words[] = {
		{ "号楼", 0 }, { "栋", 0 }, { "幢", 0 }, { "楼", 0 },
		{ "座", 0 }, { "单元", 1 }, { "室", 2 }, { "号", 2 },
		{ "户", 2 }, { "-", -1 }
	};
	char	*n, *p;
	size_t	 len, k, w;
	int	 slot = 0, found, rc = -1, dash = 0;

	part[0][0] = part[1][0] = part[2][0] = '\0';
	if ((n = sg_nfkc(s)) == NULL)
		return -1;
	p = sg_trim(n);
	while (*p != '\0') {
		if ((len = alnum_run(p)) == 0 || len > 31 || slot > 2)
			goto done;
		found = -1;
		for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
			w = strlen(words[k].w);
			if (strncmp(p + len, words[k].w, w) == 0) {
				found = (int)k;
				break;
			}
		}
		if (p[len] == '\0')
			k = slot, w = 0;	/* the last number: the next part */
		else if (found < 0)
			goto done;
		else if (words[found].slot < 0) {
			k = slot;		/* 3-1-302: parts in order */
			dash = 1;
		} else if ((k = words[found].slot) < (size_t)slot ||
		    (dash && k != (size_t)slot))
			goto done;
		memcpy(part[k], p, len);
		part[k][len] = '\0';
		slot = (int)k + 1;
		p += len + w;
		p += strspn(p, " ");
	}
	/* a dash form is read in order, as an address is printed (3-1) */
	rc = slot > 0 ? 0 : -1;
done:
	free(n);
	return rc;
}
