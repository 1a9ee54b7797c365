/*
 * record.c -- record types declared once as tables of fields: checking and
 * normalising input values, INSERT and UPDATE of the fields given, and the
 * SELECT that every list, show and export prints through out.c.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sg.h"

#define DEFAULT_MAXLEN	4096

/*
 * Fold a column name as people write it: full-width forms as ASCII,
 * spaces (the ideographic one too) left out, ASCII in lower case, '-' as
 * '_'.  Truncated to cap.
 */
static void
fold(const char *s, char *buf, size_t cap)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = 0;
	int			 c;

	while (*p != '\0' && n + 1 < cap) {
		if (p[0] == 0xef && p[1] == 0xbc && p[2] >= 0x81 &&
		    p[2] <= 0xbf) {
			c = p[2] - 0x80 + 0x20;
			p += 3;
		} else if (p[0] == 0xef && p[1] == 0xbd && p[2] >= 0x80 &&
		    p[2] <= 0x9e) {
			c = p[2] - 0x80 + 0x60;
			p += 3;
		} else if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80) {
			p += 3;
			continue;
		} else if (p[0] == 0xc2 && p[1] == 0xa0) {
			p += 2;
			continue;
		} else
			c = *p++;
		if (c == ' ' || c == '\t')
			continue;
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		buf[n++] = c == '-' ? '_' : (char)c;
	}
	buf[n] = '\0';
}

/* Does folded name equal s folded (s may be NULL)? */
static int
same(const char *folded, const char *s)
{
	char	 buf[128];

	if (s == NULL)
		return 0;
	fold(s, buf, sizeof(buf));
	return strcmp(folded, buf) == 0;
}

/* Is folded name one of heads, '|' between ("电话|手机")? */
static int
one_of(const char *folded, const char *heads)
{
	char	 buf[128];
	size_t	 n;

	while (heads != NULL && *heads != '\0') {
		n = strcspn(heads, "|");
		if (n < sizeof(buf)) {
			memcpy(buf, heads, n);
			buf[n] = '\0';
			if (same(folded, buf))
				return 1;
		}
		heads += n + (heads[n] == '|');
	}
	return 0;
}

/* Is header name the key, a label or one of heads of a column, folded? */
int
sg_colname_is(const char *name, const char *key, const char *zh,
    const char *en, const char *heads)
{
	char	 buf[128];

	fold(name, buf, sizeof(buf));
	return same(buf, key) || same(buf, zh) || same(buf, en) ||
	    one_of(buf, heads);
}

/*
 * The field called name: its key ('-' for '_'), its option spelling,
 * its Chinese or English label (an import header, a -c list), or another
 * header name people write; full-width forms, case and spaces folded.
 */
static const struct sg_field *
field_find(const struct sg_table *t, const char *name, int *index)
{
	char	 buf[128];
	int	 k, pass;

	fold(name, buf, sizeof(buf));
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < t->nfields; k++) {
			const struct sg_field *f = &t->fields[k];

			if (pass == 0 ? same(buf, f->name) ||
			    same(buf, f->alias) : same(buf, f->zh) ||
			    same(buf, f->en) || one_of(buf, f->heads)) {
				if (index != NULL)
					*index = k;
				return f;
			}
		}
	return NULL;
}

/*
 * In a batch (an import) the fields found are remembered by table and
 * name: every record names the same few fields, and folding each name
 * against every label of every field was a fifth of an import (issue
 * 25).  Only in a batch: the tables of an import are static, where a
 * table made on the stack (a masked roster) could take the address of
 * an earlier one.
 */
#define FOUND_SLOTS	256
static struct found {
	const struct sg_table	*t;
	const struct sg_field	*fields;
	char			 name[48];
	int			 k;		/* -1: no such field */
} found[FOUND_SLOTS];
static int	found_on;

const struct sg_field *
sg_field_find(const struct sg_table *t, const char *name, int *index)
{
	const struct sg_field	*f;
	struct found		*e;
	const unsigned char	*p;
	size_t			 len;
	unsigned		 h = 2166136261u;
	int			 k;

	if (!found_on)
		return field_find(t, name, index);
	for (p = (const unsigned char *)name; *p != '\0'; p++)
		h = (h ^ *p) * 16777619u;
	len = (size_t)(p - (const unsigned char *)name);
	e = &found[(h ^ (unsigned)((uintptr_t)t >> 4)) % FOUND_SLOTS];
	if (e->t == t && e->fields == t->fields && strcmp(e->name, name) == 0) {
		if (e->k < 0)
			return NULL;
		if (index != NULL)
			*index = e->k;
		return &t->fields[e->k];
	}
	f = field_find(t, name, &k);
	if (len < sizeof(e->name)) {
		e->t = t;
		e->fields = t->fields;
		memcpy(e->name, name, len + 1);
		e->k = f != NULL ? k : -1;
	}
	if (f != NULL && index != NULL)
		*index = k;
	return f;
}

/* The output column of a field. */
void
sg_field_col(const struct sg_field *f, struct sg_col *c)
{
	c->key = f->name;
	c->zh = f->zh;
	c->en = f->en;
	c->kind = (f->flags & SG_F_NUM) ? SG_COL_NUM : SG_COL_TEXT;
	c->vals = f->vals;	/* keywords, shown in Chinese under zh */
}

/* Append s to a growing comma list (no duplicates); 0 on memory error. */
static int
list_add(char **list, size_t *len, const char *s, size_t n)
{
	char	*p;
	const char *q;

	for (q = *list; q != NULL && *q != '\0'; ) {
		const char *c = strchr(q, ',');
		size_t l = c ? (size_t)(c - q) : strlen(q);

		if (l == n && strncmp(q, s, n) == 0)
			return 1;
		q = c ? c + 1 : NULL;
	}
	if ((p = realloc(*list, *len + n + 2)) == NULL)
		return 0;
	if (*len > 0)
		p[(*len)++] = ',';
	memcpy(p + *len, s, n);
	*len += n;
	p[*len] = '\0';
	*list = p;
	return 1;
}

/* Compare two strings for qsort. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort a comma list in place. */
static const struct sg_error *
list_sort(char *list)
{
	char	*parts[256], *p, *copy, *out = list;
	int	 n = 0, i;

	if ((copy = strdup(list)) == NULL)
		return sg_error_errno("list");
	for (p = strtok(copy, ","); p != NULL; p = strtok(NULL, ",")) {
		if (n == 256) {
			free(copy);
			return sg_error_fmt("too many values (at most 256)");
		}
		parts[n++] = p;
	}
	qsort(parts, n, sizeof(parts[0]), cmp_str);
	for (i = 0; i < n; i++)
		out += sprintf(out, "%s%s", i ? "," : "", parts[i]);
	free(copy);
	return NULL;
}

/* The length of the list separator at p (SPEC 2), or 0. */
static size_t
list_sep(const char *p)
{
	static const char *const wide[] = { "\xef\xbc\x8c", "\xe3\x80\x81",
	    "\xef\xbc\x9b", "\xe3\x80\x80" };	/* ， 、 ； and wide space */
	size_t	 i;

	if (*p != '\0' && strchr(",;/ \t", *p) != NULL)
		return 1;
	for (i = 0; i < sizeof(wide) / sizeof(wide[0]); i++)
		if (strncmp(p, wide[i], 3) == 0)
			return 3;
	return 0;
}

/*
 * Split on , ， 、 ; ； / and spaces, and whitespace-trim each item;
 * checks each item.
 */
static const struct sg_error *
split_list(const struct sg_field *f, const char *in, char **out)
{
	char		*list = NULL, *item;
	size_t		 len = 0;
	const char	*p = in;
	const struct sg_error *err = NULL;

	while (*p != '\0') {
		size_t n = 0;

		while (p[n] != '\0' && list_sep(p + n) == 0)
			n++;
		if ((item = strndup(p, n)) == NULL)
			goto nomem;
		sg_trim(item);
		if (f->kind == SG_K_SET && *item != '\0') {
			const char *key = sg_enum_find(f->vals, item);
			char buf[256];

			if (key == NULL) {
				err = sg_error_fmt("invalid value '%s': "
				    "expected %s", item, sg_enum_list(buf,
				    sizeof(buf), f->vals));
				free(item);
				goto fail;
			}
			if (!list_add(&list, &len, key, strlen(key))) {
				free(item);
				goto nomem;
			}
		} else if (*item != '\0' && !list_add(&list, &len, item,
		    strlen(item))) {
			free(item);
			goto nomem;
		}
		free(item);
		p += n;
		p += list_sep(p);
	}
	if (list != NULL && f->kind == SG_K_TAGS &&
	    (err = list_sort(list)) != NULL)
		goto fail;
	*out = list;
	return NULL;
nomem:
	err = sg_error_errno("list");
fail:
	free(list);
	return err;
}

/* Nonzero when s is n digits (n of lo to hi). */
static int
all_digits(const char *s, size_t lo, size_t hi)
{
	size_t	 n = strlen(s);

	return n >= lo && n <= hi && strspn(s, "0123456789") == n;
}

/*
 * A phone number as people write it: spaces, hyphens and brackets
 * dropped; a mainland mobile number (11 digits, 13 to 19; +86 dropped),
 * a landline with its area code (0 and 9 to 11 digits) and an extension
 * after 转, ext, x or #, or a number abroad after +.  *out is the number
 * (a landline's extension after '-', read back as such).
 */
static const struct sg_error *
check_phone(const char *s, char **out)
{
	static const char *const exts[] = { "转", "ext.", "ext", "x", "#" };
	char		 num[64], ext[64] = "", *p;
	const char	*q, *mark = NULL;
	size_t		 k, n = 0, elen = 0;

	for (k = 0; k < sizeof(exts) / sizeof(exts[0]) && mark == NULL; k++)
		if ((mark = strstr(s, exts[k])) != NULL)
			elen = strlen(exts[k]);
	/* the stored form, a whole landline, '-' and its extension, reads
	   back as it is (010-12345678-123 too) */
	if (mark == NULL && (q = strrchr(s, '-')) != NULL &&
	    all_digits(q + 1, 1, 6)) {
		const char *d;

		for (d = s; d < q && n + 1 < sizeof(num); d++)
			if (strchr(" -()", *d) == NULL)
				num[n++] = *d;
		num[n] = '\0';
		if (num[0] == '0' && num[1] != '0' && all_digits(num, 10, 12)) {
			mark = q;
			elen = 1;
		}
		n = 0;
	}
	for (q = s; *q != '\0' && q != mark && n + 1 < sizeof(num); q++)
		if (strchr(" -()", *q) == NULL)
			num[n++] = *q;
	num[n] = '\0';
	n = 0;
	for (q = mark ? mark + elen : ""; *q != '\0' && n + 1 < sizeof(ext);
	    q++)
		if (strchr(" -", *q) == NULL)
			ext[n++] = *q;
	ext[n] = '\0';
	p = num;
	if (strncmp(p, "+86", 3) == 0)
		p += 3;
	else if (strncmp(p, "0086", 4) == 0)
		p += 4;
	if ((mark == NULL && p[0] == '1' && p[1] >= '3' && p[1] <= '9' &&
	    all_digits(p, 11, 11)) ||
	    (p[0] == '0' && p[1] != '0' && all_digits(p, 10, 12) &&
	    (mark == NULL || all_digits(ext, 1, 6))) ||
	    (mark == NULL && p == num && p[0] == '+' && p[1] != '0' &&
	    all_digits(p + 1, 8, 15))) {
		free(*out);
		if (asprintf(out, "%s%s%s", p, mark ? "-" : "", ext) == -1) {
			*out = NULL;
			return sg_error_errno("%s", "phone");
		}
		return NULL;
	}
	return sg_error_fmt("invalid phone number '%s': expected a mobile "
	    "number (11 digits, 13 to 19...), or a landline with its area "
	    "code (010-12345678) and maybe an extension (转123)", s);
}

/* Check a whole number or a decimal number. */
static const struct sg_error *
check_number(const struct sg_field *f, const char *s)
{
	char	*end;

	if (!sg_plain_decimal(s, f->kind == SG_K_REAL))
		return sg_error_fmt("invalid number '%s': expected plain "
		    "decimal digits", s);
	/* a visit of more than a day cannot be true */
	if (strcmp(f->name, "minutes") == 0 && (strlen(s) > 4 ||
	    atol(s) > 1440))
		return sg_error_fmt("'%s' is more than 1440 minutes (24 "
		    "hours)", s);
	errno = 0;
	if (f->kind == SG_K_INT) {
		long long v = strtoll(s, &end, 10);

		if (!isdigit((unsigned char)*s) || *end != '\0' ||
		    errno != 0 || v > 1000000000)
			return sg_error_fmt("invalid number '%s': expected "
			    "a whole number", s);
	} else {
		double v = strtod(s, &end);

		if (!isdigit((unsigned char)*s) || *end != '\0' ||
		    errno != 0 || v > 1e9)
			return sg_error_fmt("invalid number '%s': expected "
			    "a decimal number", s);
	}
	return NULL;
}

/*
 * Check the characters of any text but a name: no control character (TAB
 * and newline only in free text), direction mark or line separator, and
 * no masked ID number (it would replace the real digits).
 */
static const struct sg_error *
check_text(const struct sg_field *f, const char *v)
{
	size_t	 len;
	long	 cp;

	if ((cp = sg_text_bad(v, f->kind == SG_K_TEXT)) != 0)
		return sg_error_fmt("control, direction or line-separator "
		    "character U+%04lX", cp);
	if (sg_idnum_masked_run(v, &len) != NULL)
		return sg_error_fmt("'%.*s' is a masked ID number: it cannot "
		    "be stored (export with --reveal, or leave the field out)",
		    (int)len, sg_idnum_masked_run(v, &len));
	return NULL;
}

/* Check one value of a kind that needs no rewriting. */
static const struct sg_error *
check_value(const struct sg_field *f, char *v, int32_t today, char **out)
{
	const struct sg_error	*err = NULL;
	char			 buf[256];
	int32_t			 d;
	const char		*key;
	struct sg_every		 every;
	long			 cp;
	int			 y, m;

	switch (f->kind) {
	case SG_K_NAME:
		if (strpbrk(v, "\t\n\r") != NULL)
			return sg_error_fmt("TAB or newline in a name");
		if ((cp = sg_text_control(v)) != 0)
			return sg_error_fmt("control or direction character "
			    "U+%04lX in a name", cp);
		if (!sg_text_visible(v))
			return sg_error_fmt("a name must have a visible "
			    "character");
		if ((err = check_text(f, v)) != NULL)
			return err;
		break;
	case SG_K_PHONE:
		return check_phone(v, out);
	case SG_K_INT:
	case SG_K_REAL:
		return check_number(f, v);
	case SG_K_DATE:
		if ((f->flags & SG_F_MONTH) && sg_yearmonth_parse(v, &y, &m)) {
			/* kept as YYYY-MM: the record's check completes it */
			snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
			free(*out);
			if ((*out = strdup(buf)) == NULL)
				return sg_error_errno("date");
			break;
		}
		if ((err = sg_date_parse(&d, v, today)) != NULL)
			return err;
		free(*out);
		if ((*out = strdup(sg_date_str(buf, d))) == NULL)
			return sg_error_errno("date");
		break;
	case SG_K_ENUM:
		if ((key = sg_enum_find(f->vals, v)) == NULL)
			return sg_error_fmt("invalid value '%s': expected %s",
			    v, sg_enum_list(buf, sizeof(buf), f->vals));
		free(*out);
		if ((*out = strdup(key)) == NULL)
			return sg_error_errno("value");
		break;
	case SG_K_IDNUM:
		if (sg_idnum_masked(v))
			return sg_error_fmt("'%s' is masked: it cannot be "
			    "stored (export with --reveal)", v);
		if ((err = sg_idnum_check(v, buf, NULL, NULL)) != NULL)
			return err;
		free(*out);
		if ((*out = strdup(buf)) == NULL)
			return sg_error_errno("ID number");
		break;
	case SG_K_EVERY:
		if ((err = sg_every_parse(&every, v)) != NULL)
			return err;
		free(*out);
		if ((*out = strdup(sg_every_str(buf, &every))) == NULL)
			return sg_error_errno("interval");
		break;
	default:
		break;
	}
	return NULL;
}

/* Normalise one input value for a field; "" gives NULL (clear). */
static const struct sg_error *normalize(const struct sg_field *,
    const char *, int32_t, char **);

const struct sg_error *
sg_field_normalize(const struct sg_field *f, const char *in, int32_t today,
    char **out)
{
	const struct sg_error	*err;
	size_t			 max = f->maxlen ? f->maxlen : DEFAULT_MAXLEN;
	size_t			 len = strlen(in);

	*out = NULL;
	if (len > max)
		return sg_error_fmt("%s: too long (%zu bytes, at most %zu)",
		    f->name, len, max);
	if (!sg_utf8_valid(in, len))
		return sg_error_fmt("%s: invalid UTF-8", f->name);
	if ((err = normalize(f, in, today, out)) != NULL)
		return sg_error_fmt("%s: %s", f->name, err->msg);
	/* NFKC may lengthen a value (U+FB13 is two letters): check again */
	if (*out != NULL && (len = strlen(*out)) > max) {
		free(*out);
		*out = NULL;
		return sg_error_fmt("%s: too long (%zu bytes, at most %zu)",
		    f->name, len, max);
	}
	return NULL;
}

/* Normalise a valid UTF-8 value of a field. */
static const struct sg_error *
normalize(const struct sg_field *f, const char *in, int32_t today, char **out)
{
	const struct sg_error	*err;
	char			*v;

	if (f->kind == SG_K_TEXT || f->kind == SG_K_NAME ||
	    f->kind == SG_K_TAGS)
		v = strdup(in);
	else
		v = sg_nfkc(in);
	if (v == NULL)
		return sg_error_errno("%s", f->name);
	sg_trim(v);
	if (*v == '\0') {
		free(v);
		return NULL;
	}
	if (f->kind != SG_K_IDNUM && f->kind != SG_K_NAME &&
	    (err = check_text(f, v)) != NULL) {
		free(v);
		return err;
	}
	if (f->kind == SG_K_TAGS || f->kind == SG_K_SET) {
		err = split_list(f, v, out);
		free(v);
		return err;
	}
	if (f->flags & SG_F_PLACE)
		sg_place_fold(v);
	*out = v;
	if ((err = check_value(f, v, today, out)) != NULL) {
		free(*out);
		*out = NULL;
	}
	return err;
}

/* Set a field by name: lists append, other kinds replace. */
const struct sg_error *
sg_values_set(struct sg_values *vals, const char *key, const char *val,
    int32_t today)
{
	const struct sg_field	*f;
	const struct sg_error	*err;
	char			*norm;
	int			 i;

	if ((f = sg_field_find(vals->t, key, &i)) == NULL ||
	    (f->flags & SG_F_RO))
		return sg_error_fmt("%s: unknown column", key);
	if ((err = sg_field_normalize(f, val, today, &norm)) != NULL)
		return err;
	if (vals->set[i] && vals->v[i] != NULL && norm != NULL &&
	    (f->kind == SG_K_TAGS || f->kind == SG_K_SET)) {
		char *joined;

		if (asprintf(&joined, "%s,%s", vals->v[i], norm) == -1) {
			free(norm);
			return sg_error_errno("%s", key);
		}
		free(norm);
		err = sg_field_normalize(f, joined, today, &norm);
		free(joined);
		if (err != NULL)
			return err;
	}
	free(vals->v[i]);
	vals->v[i] = norm;
	vals->set[i] = 1;
	return NULL;
}

/* Set every kv on v, stopping at the first error. */
const struct sg_error *
sg_values_apply(struct sg_values *vals, const struct sg_kv *kv, int n,
    int32_t today)
{
	const struct sg_error	*err;
	int			 i;

	for (i = 0; i < n; i++)
		if ((err = sg_values_set(vals, kv[i].key, kv[i].val, today)))
			return err;
	return NULL;
}

/* Free the values (not the struct). */
void
sg_values_free(struct sg_values *vals)
{
	int	 i;

	for (i = 0; i < SG_MAX_FIELDS; i++) {
		free(vals->v[i]);
		vals->v[i] = NULL;
		vals->set[i] = 0;
	}
}

/* The value of a field by name (NULL when empty or not set). */
const char *
sg_values_get(const struct sg_values *vals, const char *name)
{
	int	 i;

	if (sg_field_find(vals->t, name, &i) == NULL)
		return NULL;
	return vals->v[i];
}

/* Bind a normalised value as the right SQL type. */
static void
bind_value(sqlite3_stmt *st, int pos, const struct sg_field *f,
    const char *v)
{
	if (v == NULL && (f->kind == SG_K_TAGS || f->kind == SG_K_SET))
		sqlite3_bind_text(st, pos, "", 0, SQLITE_STATIC);
	else if (v == NULL)
		sqlite3_bind_null(st, pos);
	else if (f->kind == SG_K_INT)
		sqlite3_bind_int64(st, pos, strtoll(v, NULL, 10));
	else if (f->kind == SG_K_REAL)
		sqlite3_bind_double(st, pos, strtod(v, NULL));
	else
		sqlite3_bind_text(st, pos, v, -1, SQLITE_TRANSIENT);
}

/* Does another record of t than id have this ID number? */
static int
idnum_taken(struct sg_ctx *ctx, const struct sg_table *t,
    const struct sg_field *f, const char *num, int64_t id)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 sql[256];
	int			 taken;

	snprintf(sql, sizeof(sql), "SELECT 1 FROM %s WHERE %s = ?1 AND "
	    "id IS NOT ?2", t->table, f->col);
	if (sg_db_prepare(ctx, &st, sql) != NULL)
		return 0;
	sqlite3_bind_text(st, 1, num, -1, SQLITE_STATIC);
	if (id > 0)
		sqlite3_bind_int64(st, 2, id);
	taken = sg_db_row(st, &err);
	sqlite3_finalize(st);
	return taken;
}

/*
 * Turn a failed write into an error naming the record.  Which UNIQUE
 * constraint failed is found by the code and a query, not by reading
 * SQLite's message.
 */
static const struct sg_error *
write_error(struct sg_ctx *ctx, const struct sg_values *vals, int64_t id)
{
	const struct sg_table	*t = vals->t;
	const struct sg_error	*err;
	int			 i;

	if (sqlite3_extended_errcode(ctx->db) != SQLITE_CONSTRAINT_UNIQUE)
		return sg_error_sqlite(ctx->db, "%s", t->name);
	err = sg_error_fmt("%s: %s", t->name, sqlite3_errmsg(ctx->db));
	for (i = 0; i < t->nfields; i++)
		if (t->fields[i].kind == SG_K_IDNUM && vals->set[i] &&
		    vals->v[i] != NULL && t->fields[i].col != NULL &&
		    idnum_taken(ctx, t, &t->fields[i], vals->v[i], id)) {
			/* the refusal tells that someone holds the number */
			sg_db_disclosed(ctx);
			return sg_error_fmt("%s: %s", t->name,
			    _("duplicate ID number"));
		}
	return err;
}

/*
 * In a batch (an import) the INSERTs are kept and used again by records
 * that set the same fields (a few shapes: phone or none, tags or none,
 * ...): preparing each, with the change-log trigger it fires, cost more
 * than half of an import.
 */
#define BATCH_MAX	64
static struct {
	int		 on;
	sqlite3		*db;
	int		 n, next;
	sqlite3_stmt	*st[BATCH_MAX];
	char		*sql[BATCH_MAX];
} batch;

/* The INSERTs of a batch by the fields they set. */
#define SHAPES	16
static struct {
	const struct sg_table	*t;
	uint64_t		 mask;
	char			 sql[1024];
} shape[SHAPES];
static int	shape_next;

void
sg_values_batch(int on)
{
	int	 i;

	for (i = 0; i < batch.n; i++) {
		sqlite3_finalize(batch.st[i]);
		free(batch.sql[i]);
	}
	memset(&batch, 0, sizeof(batch));
	batch.on = on;
	memset(found, 0, sizeof(found));
	found_on = on;
	memset(shape, 0, sizeof(shape));
	shape_next = 0;
}

/* The kept statement of sql, taken out of the batch; NULL if none. */
static sqlite3_stmt *
batch_take(sqlite3 *db, const char *sql)
{
	sqlite3_stmt	*st;
	int		 i;

	if (!batch.on || batch.db != db)
		return NULL;
	for (i = 0; i < batch.n; i++)
		if (batch.st[i] != NULL && strcmp(batch.sql[i], sql) == 0) {
			st = batch.st[i];
			batch.st[i] = NULL;
			return st;
		}
	return NULL;
}

/* Keep st (reset) for sql; 0 when not kept: the caller finalizes. */
static int
batch_keep(sqlite3 *db, const char *sql, sqlite3_stmt *st)
{
	int	 i;
	char	*copy;

	if (!batch.on || (batch.db != NULL && batch.db != db))
		return 0;
	batch.db = db;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	for (i = 0; i < batch.n; i++)
		if (batch.st[i] == NULL && strcmp(batch.sql[i], sql) == 0) {
			batch.st[i] = st;
			return 1;
		}
	if ((copy = strdup(sql)) == NULL)
		return 0;
	if (batch.n < BATCH_MAX)
		i = batch.n++;
	else {
		i = batch.next;
		batch.next = (batch.next + 1) % BATCH_MAX;
		sqlite3_finalize(batch.st[i]);
		free(batch.sql[i]);
	}
	batch.st[i] = st;
	batch.sql[i] = copy;
	return 1;
}

/* A statement of sql: the one kept in a batch, else prepared. */
const struct sg_error *
sg_values_stmt(struct sg_ctx *ctx, sqlite3_stmt **st, const char *sql)
{
	if ((*st = batch_take(ctx->db, sql)) != NULL)
		return NULL;
	return sg_db_prepare(ctx, st, sql);
}

/* Done with st, a statement of sql: kept (reset) in a batch, else
   finalized. */
void
sg_values_stmt_done(struct sg_ctx *ctx, const char *sql, sqlite3_stmt *st)
{
	if (st != NULL && !batch_keep(ctx->db, sql, st))
		sqlite3_finalize(st);
}

/* INSERT the fields that are set; the new id in *id. */
const struct sg_error *
sg_values_insert(struct sg_ctx *ctx, const struct sg_values *vals,
    int64_t *id)
{
	const struct sg_table	*t = vals->t;
	const struct sg_error	*err = NULL;
	char			 cols[2048], qs[512], sql[3072];
	size_t			 nc = 0, nq = 0;
	sqlite3_stmt		*st = NULL;
	uint64_t		 mask = 0;
	int			 i, k = 0;

	/* in a batch, the last shapes' SQL by the fields set (no printf) */
	for (i = 0; i < t->nfields; i++)
		if (vals->set[i] && t->fields[i].col != NULL)
			mask |= (uint64_t)1 << i;
	for (i = 0; batch.on && i < SHAPES; i++)
		if (shape[i].t == t && shape[i].mask == mask)
			break;
	if (batch.on && i < SHAPES) {
		memcpy(sql, shape[i].sql, strlen(shape[i].sql) + 1);
		k = -1;
	}
	for (i = 0; k >= 0 && i < t->nfields; i++) {
		if (!vals->set[i] || t->fields[i].col == NULL)
			continue;
		nc += snprintf(cols + nc, sizeof(cols) - nc, "%s%s",
		    k ? ", " : "", t->fields[i].col);
		nq += snprintf(qs + nq, sizeof(qs) - nq, "%s?", k ? ", " : "");
		k++;
	}
	if (k >= 0) {
		snprintf(sql, sizeof(sql), "INSERT INTO %s (%s) VALUES (%s)",
		    t->table, cols, qs);
		if (batch.on && strlen(sql) < sizeof(shape[0].sql)) {
			i = shape_next;
			shape_next = (shape_next + 1) % SHAPES;
			shape[i].t = t;
			shape[i].mask = mask;
			memcpy(shape[i].sql, sql, strlen(sql) + 1);
		}
	}
	if ((err = sg_values_stmt(ctx, &st, sql)) != NULL)
		return err;
	for (i = 0, k = 1; i < t->nfields; i++)
		if (vals->set[i] && t->fields[i].col != NULL)
			bind_value(st, k++, &t->fields[i], vals->v[i]);
	if (sg_db_row(st, &err) || err != NULL) {
		err = write_error(ctx, vals, 0);
		sqlite3_finalize(st);
	} else {
		*id = sqlite3_last_insert_rowid(ctx->db);
		sg_values_stmt_done(ctx, sql, st);
	}
	if (err == NULL && t->save_extra != NULL)
		err = t->save_extra(ctx, vals, *id);
	return err;
}

/* UPDATE the fields that are set on record id. */
const struct sg_error *
sg_values_update(struct sg_ctx *ctx, const struct sg_values *vals,
    int64_t id)
{
	const struct sg_table	*t = vals->t;
	const struct sg_error	*err = NULL;
	char			 sql[3072];
	size_t			 n;
	sqlite3_stmt		*st = NULL;
	int			 i, k = 0;

	n = snprintf(sql, sizeof(sql), "UPDATE %s SET ", t->table);
	for (i = 0; i < t->nfields; i++) {
		if (!vals->set[i] || t->fields[i].col == NULL)
			continue;
		n += snprintf(sql + n, sizeof(sql) - n, "%s%s = ?",
		    k++ ? ", " : "", t->fields[i].col);
	}
	if (k == 0)
		return t->save_extra ? t->save_extra(ctx, vals, id) : NULL;
	snprintf(sql + n, sizeof(sql) - n, " WHERE id = ?");
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	for (i = 0, k = 1; i < t->nfields; i++)
		if (vals->set[i] && t->fields[i].col != NULL)
			bind_value(st, k++, &t->fields[i], vals->v[i]);
	sqlite3_bind_int64(st, k, id);
	if (sg_db_row(st, &err) || err != NULL)
		err = write_error(ctx, vals, id);
	sqlite3_finalize(st);
	if (err == NULL && t->save_extra != NULL)
		err = t->save_extra(ctx, vals, id);
	return err;
}

const struct sg_error *
sg_values_archive(struct sg_ctx *ctx, struct sg_values *vals, int64_t id,
    int archive, const char *date, const char *already, const char *inactive)
{
	const struct sg_error	*err;
	const char		*status = sg_values_get(vals, "status");
	char			 today[16];

	if (archive == 0)
		return NULL;
	if (strcmp(status ? status : "", archive > 0 ? "archived" :
	    "active") == 0)
		return sg_error_fmt(archive > 0 ? already : inactive,
		    (long long)id);
	if ((err = sg_values_set(vals, "status", archive > 0 ? "archived" :
	    "active", ctx->today)) != NULL)
		return err;
	return sg_values_set(vals, "archive_date", archive < 0 ? "" :
	    date != NULL ? date : sg_date_str(today, ctx->today), ctx->today);
}

const struct sg_error *
sg_values_modify(struct sg_ctx *ctx, sg_modify_fn fn, const int64_t *ids,
    size_t n, const struct sg_kv *kv, int nkv, int archive, const char *date)
{
	const struct sg_error	*err;
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = fn(ctx, ids[i], kv, nkv, archive, date)) != NULL)
			return err;
	return NULL;
}

/* Load the stored fields of record id (as stored text). */
const struct sg_error *
sg_values_load(struct sg_ctx *ctx, struct sg_values *vals, int64_t id)
{
	const struct sg_table	*t = vals->t;
	const struct sg_error	*err = NULL;
	char			 sql[3072];
	size_t			 n;
	sqlite3_stmt		*st = NULL;
	int			 i, k = 0;

	n = snprintf(sql, sizeof(sql), "SELECT ");
	for (i = 0; i < t->nfields; i++)
		if (t->fields[i].col != NULL)
			n += snprintf(sql + n, sizeof(sql) - n, "%s%s",
			    k++ ? ", " : "", t->fields[i].col);
	snprintf(sql + n, sizeof(sql) - n, " FROM %s WHERE id = ?", t->table);
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (!sg_db_row(st, &err))
		err = err != NULL ? sg_error_sqlite(ctx->db, "%s %lld",
		    t->name, (long long)id) : sg_error_fmt("unknown %s id %lld",
		    sg_type_name(t->name), (long long)id);
	for (i = 0, k = 0; err == NULL && i < t->nfields; i++) {
		const char *s;

		if (t->fields[i].col == NULL)
			continue;
		s = (const char *)sqlite3_column_text(st, k++);
		free(vals->v[i]);
		vals->v[i] = s ? strdup(s) : NULL;
		vals->set[i] = 0;
	}
	sqlite3_finalize(st);
	if (err == NULL && t->load_extra != NULL)
		err = t->load_extra(ctx, vals, id);
	return err;
}

/* Append text to a WHERE clause; mark it full when it does not fit. */
static void
where_cat(struct sg_where *w, const char *a, const char *b)
{
	size_t	 n = strlen(w->sql), m = strlen(a) + strlen(b);

	if (w->full || n + m >= sizeof(w->sql)) {
		w->full = 1;
		return;
	}
	memcpy(w->sql + n, a, strlen(a));
	memcpy(w->sql + n + strlen(a), b, strlen(b) + 1);
}

/* One parameter more; mark the clause full past its limit. */
static int
where_slot(struct sg_where *w)
{
	if (w->n == SG_WHERE_MAXPARAMS) {
		w->full = 1;
		return -1;
	}
	return w->n++;
}

/* Add a fixed fragment to a WHERE clause. */
void
sg_where_add(struct sg_where *w, const char *frag)
{
	where_cat(w, w->sql[0] ? " AND (" : "(", frag);
	where_cat(w, ")", "");
}

/* Add a fragment with text parameters (each ? in frag binds s). */
void
sg_where_text(struct sg_where *w, const char *frag, const char *s)
{
	const char	*p;

	sg_where_add(w, frag);
	for (p = frag; (p = strchr(p, '?')) != NULL; p++)
		sg_where_param(w, s);
}

/* Add a fragment with integer parameters. */
void
sg_where_num(struct sg_where *w, const char *frag, int64_t v)
{
	const char	*p;
	int		 i;

	sg_where_add(w, frag);
	for (p = frag; (p = strchr(p, '?')) != NULL; p++)
		if ((i = where_slot(w)) >= 0) {
			w->num[i] = v;
			w->isnum[i] = 1;
		}
}

/* Add a parameter with no fragment (for a ? in ORDER BY). */
void
sg_where_param(struct sg_where *w, const char *s)
{
	int	 i;

	if ((i = where_slot(w)) >= 0) {
		w->text[i] = s;
		w->isnum[i] = 0;
	}
}

/* Add "(frag OR frag ...)": any of the values, one frag each. */
void
sg_where_any(struct sg_where *w, const char *frag, const char *const *vals,
    int n)
{
	const char	*p;
	int		 i;

	if (n == 0)
		return;
	where_cat(w, w->sql[0] ? " AND (" : "(", "");
	for (i = 0; i < n; i++) {
		where_cat(w, i ? " OR (" : "(", frag);
		where_cat(w, ")", "");
		for (p = frag; (p = strchr(p, '?')) != NULL; p++)
			sg_where_param(w, vals[i]);
	}
	where_cat(w, ")", "");
}

/* Bind the WHERE parameters from position first on. */
void
sg_where_bind(struct sg_where *w, sqlite3_stmt *st, int first)
{
	int	 i;

	for (i = 0; i < w->n; i++) {
		if (w->isnum[i])
			sqlite3_bind_int64(st, first + i, w->num[i]);
		else
			sg_bind_text(st, first + i, w->text[i]);
	}
}

/* Choose columns: the -c list, or every field with a flag of mask. */
const struct sg_error *
sg_columns(const struct sg_table *t, const char *spec, unsigned mask,
    int health, int *idx, int *n)
{
	char	*copy, *p, *save = NULL;
	int	 i;

	*n = 0;
	if (spec == NULL) {
		for (i = 0; i < t->nfields; i++) {
			const struct sg_field *f = &t->fields[i];

			if (f->expr == NULL || ((f->flags & SG_F_HEALTH) &&
			    !health))
				continue;
			if (mask == 0 || (f->flags & mask) != 0)
				idx[(*n)++] = i;
		}
		return NULL;
	}
	if ((copy = strdup(spec)) == NULL)
		return sg_error_errno("columns");
	for (p = strtok_r(copy, ",", &save); p != NULL;
	    p = strtok_r(NULL, ",", &save)) {
		const struct sg_field *f = sg_field_find(t, sg_trim(p), &i);

		if (f == NULL || f->expr == NULL || ((f->flags & SG_F_HEALTH) &&
		    !health) || *n == SG_MAX_FIELDS) {
			const struct sg_error *err = sg_error_fmt("unknown "
			    "column '%s' for %s", p, t->name);
			free(copy);
			return err;
		}
		idx[(*n)++] = i;
	}
	free(copy);
	if (*n == 0)
		return sg_error_fmt("no columns chosen");
	return NULL;
}

/*
 * Choose output columns by name: the -c list spec among cols[sub[i]]
 * (sub NULL: cols[i]), by key or label, at most max; all n when spec is
 * NULL.  The chosen indexes go to idx.  what names the list in an error.
 */
const struct sg_error *
sg_pick_columns(const char *spec, const struct sg_col *cols, const int *sub,
    int n, int max, const char *what, int *idx, int *nidx)
{
	struct sg_col	 avail[SG_MAX_FIELDS + 8];
	const struct sg_error	*err = NULL;
	char			*copy, *p, *save = NULL;
	int			 i;

	*nidx = 0;
	if (spec == NULL) {
		for (i = 0; i < n && i < max; i++)
			idx[(*nidx)++] = sub ? sub[i] : i;
		return NULL;
	}
	if (n > SG_MAX_FIELDS + 8)
		n = SG_MAX_FIELDS + 8;
	for (i = 0; i < n; i++)
		avail[i] = cols[sub ? sub[i] : i];
	if ((copy = strdup(spec)) == NULL)
		return sg_error_errno("columns");
	for (p = strtok_r(copy, ",", &save); p != NULL && err == NULL;
	    p = strtok_r(NULL, ",", &save)) {
		i = sg_col_find(avail, n, sg_trim(p));
		if (i < 0 || *nidx == max)
			err = sg_error_fmt("unknown column '%s' for %s", p, what);
		else
			idx[(*nidx)++] = sub ? sub[i] : i;
	}
	free(copy);
	if (err == NULL && *nidx == 0)
		err = sg_error_fmt("no columns chosen");
	return err;
}

/* Begin a list of declared columns, narrowed to those of -c. */
const struct sg_error *
sg_list_begin(struct sg_ctx *ctx, struct sg_list *l, const struct sg_col *cols,
    int n, const char *what)
{
	const struct sg_error	*err;
	int			 i;

	if ((err = sg_pick_columns(ctx->columns, cols, NULL, n,
	    SG_MAX_FIELDS + 8, what, l->idx, &l->n)) != NULL)
		return err;
	for (i = 0; i < l->n; i++)
		l->cols[i] = cols[l->idx[i]];
	sg_ctx_out(ctx, &l->out);
	l->out.ncols = l->n;
	l->out.cols = l->cols;
	return sg_out_begin(&l->out);
}

/* Print a row given in the order of the declared columns. */
const struct sg_error *
sg_list_row(struct sg_list *l, const char *const *all)
{
	const char	*vals[SG_MAX_FIELDS + 8];
	int		 i;

	for (i = 0; i < l->n; i++)
		vals[i] = all[l->idx[i]];
	return sg_out_row(&l->out, vals);
}

/* End a list; err, when not NULL, is the error that stopped it. */
const struct sg_error *
sg_list_end(struct sg_list *l, const struct sg_error *err)
{
	const struct sg_error	*e2;

	e2 = sg_out_end(&l->out);
	return err != NULL ? err : e2;
}

/* The column of a writing verb that prints the ids it wrote. */
const struct sg_col sg_id_col[1] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
};

/* Print a row of what a writing verb did (the same columns each time). */
const struct sg_error *
sg_print_row(struct sg_ctx *ctx, const struct sg_col *cols, int n,
    const char *const *vals)
{
	const struct sg_error	*err;

	if (ctx->printed == NULL) {
		/* at a terminal too: "every add prints the id alone" */
		if (ctx->fmt == SG_FMT_DEFAULT)
			ctx->fmt = SG_FMT_TSV;
		if ((ctx->printed = malloc(sizeof(*ctx->printed))) == NULL)
			return sg_error_errno("output");
		ctx->printed_cols = cols;
		if ((err = sg_list_begin(ctx, ctx->printed, cols, n,
		    ctx->verb ? ctx->verb->name : "this verb")) != NULL) {
			free(ctx->printed);
			ctx->printed = NULL;
			return err;
		}
	} else if (ctx->printed_cols != cols)
		return sg_error_fmt("internal error: two kinds of rows");
	return sg_list_row(ctx->printed, vals);
}

/* Print the id of a record written. */
const struct sg_error *
sg_print_id(struct sg_ctx *ctx, int64_t id)
{
	char		 buf[24];
	const char	*vals[1] = { buf };

	snprintf(buf, sizeof(buf), "%lld", (long long)id);
	return sg_print_row(ctx, sg_id_col, 1, vals);
}

/* End what a writing verb printed (a table is printed now). */
const struct sg_error *
sg_print_end(struct sg_ctx *ctx)
{
	const struct sg_error	*err;

	if (ctx->printed == NULL)
		return NULL;
	err = sg_list_end(ctx->printed, NULL);
	free(ctx->printed);
	ctx->printed = NULL;
	return err;
}

/* Refuse an output format the verb does not offer. */
const struct sg_error *
sg_want_format(struct sg_ctx *ctx, unsigned allowed, const char *verb)
{
	if (ctx->fmt == SG_FMT_DEFAULT || (allowed & SG_FMTS(ctx->fmt)))
		return NULL;
	return sg_error_fmt("-o %s: not available for '%s %s'",
	    sg_format_name(ctx->fmt), ctx->prog, verb);
}

/* Print every row of a statement through the invocation's output. */
const struct sg_error *
sg_print_stmt(struct sg_ctx *ctx, sqlite3_stmt *st, const struct sg_col *cols,
    int n, int vertical)
{
	const struct sg_error	*err;
	struct sg_out		 out;
	const char		*vals[SG_MAX_FIELDS + 8];
	struct sg_col		 cn[SG_MAX_FIELDS + 8];
	int			 idx[SG_MAX_FIELDS + 8];
	int			 i, m;

	if ((err = sg_pick_columns(ctx->columns, cols, NULL, n,
	    SG_MAX_FIELDS + 8, ctx->verb ? ctx->verb->name : "this list", idx,
	    &m)) != NULL)
		return err;
	for (i = 0; i < m; i++)
		cn[i] = cols[idx[i]];
	sg_ctx_out(ctx, &out);
	out.ncols = m;
	out.cols = cn;
	out.vertical = vertical;
	if ((err = sg_out_begin(&out)) != NULL)
		return err;
	while (sg_db_row(st, &err)) {
		for (i = 0; i < m; i++)
			vals[i] = (const char *)sqlite3_column_text(st,
			    idx[i]);
		if ((err = sg_out_row(&out, vals)) != NULL)
			break;
	}
	if (err == NULL)
		err = sg_out_end(&out);
	else
		sg_out_end(&out);
	return err;
}

/* SELECT chosen fields of a table and print them. */
const struct sg_error *
sg_select(struct sg_ctx *ctx, const struct sg_table *t, const int *idx,
    int n, struct sg_where *w, const char *order, int vertical)
{
	const struct sg_error	*err;
	const char		*spec;
	struct sg_col		 cols[SG_MAX_FIELDS];
	char			*sql;
	size_t			 len = 256 + sizeof(((struct sg_where *)0)->sql);
	size_t			 k;
	sqlite3_stmt		*st = NULL;
	int			 i;

	if (w != NULL && w->full)
		return sg_error_fmt("too many conditions: at most %d values "
		    "and %d bytes of SQL", SG_WHERE_MAXPARAMS,
		    SG_WHERE_MAXSQL);

	for (i = 0; i < n; i++)
		len += strlen(t->fields[idx[i]].expr) + 8;
	if ((sql = malloc(len + strlen(t->from) + strlen(order))) == NULL)
		return sg_error_errno("query");
	k = sprintf(sql, "SELECT ");
	for (i = 0; i < n; i++) {
		const struct sg_field *f = &t->fields[idx[i]];

		k += sprintf(sql + k, "%s%s", i ? ", " : "", f->expr);
		sg_field_col(f, &cols[i]);
	}
	k += sprintf(sql + k, " FROM %s", t->from);
	if (w != NULL && w->sql[0] != '\0')
		k += sprintf(sql + k, " WHERE %s", w->sql);
	sprintf(sql + k, " ORDER BY %s", order);
	err = sg_db_prepare(ctx, &st, sql);
	free(sql);
	if (err != NULL)
		return err;
	if (w != NULL)
		sg_where_bind(w, st, 1);
	/* the columns of -c are chosen already */
	spec = ctx->columns;
	ctx->columns = NULL;
	err = sg_print_stmt(ctx, st, cols, n, vertical);
	ctx->columns = spec;
	sqlite3_finalize(st);
	return err;
}

/* Fail on the first id that names no record of t. */
const struct sg_error *
sg_check_ids(struct sg_ctx *ctx, const struct sg_table *t, const int64_t *ids,
    size_t n)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 sql[128];
	size_t			 i;

	snprintf(sql, sizeof(sql), "SELECT 1 FROM %s WHERE id = ?", t->table);
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	for (i = 0; i < n && err == NULL; i++) {
		sqlite3_bind_int64(st, 1, ids[i]);
		if (!sg_db_row(st, &err) && err == NULL)
			err = sg_error_fmt("unknown %s id %lld",
			    sg_type_name(t->name), (long long)ids[i]);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return err;
}

/* A JSON array of ids. */
char *
sg_ids_json(const int64_t *ids, size_t n)
{
	char	*s, *p;
	size_t	 i;

	if ((s = p = malloc(n * 21 + 3)) == NULL)
		return NULL;
	*p++ = '[';
	for (i = 0; i < n; i++)
		p += sprintf(p, "%s%lld", i ? "," : "", (long long)ids[i]);
	strcpy(p, "]");
	return s;
}
