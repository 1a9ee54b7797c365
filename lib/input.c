/*
 * input.c -- records from TSV, CSV, YAML and xlsx files, read one at a
 * time in memory bounded by the largest record (a sheet's title rows and
 * footer left out), and ids from standard input.
 */
#include <sys/types.h>

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>
#include <yaml.h>

#include "shegong.h"

#define NOVAL	SIZE_MAX		/* offset of a YAML null value */
#define BOM	"\xef\xbb\xbf"		/* UTF-8 byte order mark */
#define YCHUNK	16384			/* libyaml's largest read */

/* YAML: one block of input, kept to find the line of a bad byte. */
struct ychunk {
	unsigned char	 buf[YCHUNK];
	size_t		 off, len;	/* offset in the file, length */
	long		 nl;		/* newlines before it */
};

struct sg_reader {
	FILE			*fp;
	char			*name;		/* as shown in messages */
	enum sg_informat	 fmt;
	const struct sg_error	*fatal;		/* reading stopped */
	const struct sg_error	*recerr;	/* the record is bad */
	int			 done;
	int			 nomem;
	long			 lineno;
	char			*line;		/* tsv, csv: the current line */
	size_t			 linecap, linelen;
	size_t			 pos;		/* csv: next byte to parse */
	char			**hdr;		/* tsv, csv: column names */
	int			 nhdr;
	int			 hdrdone;
	struct sg_record	 rec;
	int			 cap;		/* of the record's arrays */
	size_t			*koff, *voff;	/* csv, yaml: arena offsets */
	char			*arena;		/* csv, yaml: record strings */
	size_t			 alen, acap;
	int			 bad;		/* csv: first invalid field */
	struct csv_parser	 csv;
	int			 csvinit, csveof, inrec, recdone;
	long			 recstart;	/* csv: first line of record */
	yaml_parser_t		 yaml;
	int			 yamlinit, intop;
	struct ychunk		 ych[2];	/* the last two blocks read */
	int			 ycur, yerrno;
	struct sg_yaml_nest	 ynest;		/* yaml: how deep, bounded */
	int			 ydeep;
	/* tsv, csv, xlsx: where the data is (struct sg_reader_opts) */
	struct sg_xlsx		*xlsx;
	FILE			*xcopy;		/* xlsx: a pipe's copy */
	char			*sheet;
	long			 hdrrow;	/* 0: found */
	long			 hdrline;	/* the header's line or row */
	int			(*known)(void *, const char *);
	void			*karg;
	struct qrow		**pre;		/* read ahead, to read again */
	int			 npre, prepos;
	struct qrow		*preout;	/* the one last read again */
	struct qrow		**q;		/* held (a footer?), then ready */
	int			 qlen, qcap, nheld;
	struct qrow		*out;		/* the one last given from q */
	int			 undertop;	/* no data row yet */
	int			*colidx;	/* xlsx: each header's column */
	int			 width;		/* xlsx: columns to the last */
};

/* A row of a tsv, csv or xlsx file, as read. */
struct row {
	long			 line;		/* its line, or sheet row */
	int			 n;
	char			**vals;
	long			*lines;		/* of each value; NULL: line */
	int			 bad;		/* the first bad value, or -1 */
	const char		*why;		/* why; NULL: invalid UTF-8 */
	const char		*err;		/* the row cannot be read */
};

/* A row kept: read ahead, or held until what follows it is known. */
struct qrow {
	struct row		 r;
	/* its values, lines and strings follow */
};

#define SCAN	20	/* rows looked at for the header */
#define HOLD	20	/* rows held as a possible footer */

static const struct sg_error	*at(struct sg_reader *, long,
				    const char *, ...)
				    __attribute__((format(printf, 3, 4)));

/* Format from a file name's extension (.tsv, .csv, .yaml, .yml, .xlsx). */
const struct sg_error *
sg_informat_from_name(enum sg_informat *fmt, const char *name)
{
	const char	*ext = strrchr(name, '.');

	if (ext != NULL && strchr(ext, '/') == NULL) {
		if (strcasecmp(ext, ".tsv") == 0)
			*fmt = SG_IN_TSV;
		else if (strcasecmp(ext, ".csv") == 0)
			*fmt = SG_IN_CSV;
		else if (strcasecmp(ext, ".yaml") == 0 ||
		    strcasecmp(ext, ".yml") == 0)
			*fmt = SG_IN_YAML;
		else if (strcasecmp(ext, ".xlsx") == 0)
			*fmt = SG_IN_XLSX;
		else
			ext = NULL;
		if (ext != NULL)
			return NULL;
	}
	return sg_error_fmt("cannot tell the format of '%s': use --format "
	    "tsv, csv, yaml or xlsx", name);
}

/* Format from its name (tsv, csv, yaml or yml, xlsx). */
const struct sg_error *
sg_informat_parse(enum sg_informat *fmt, const char *s)
{
	if (strcmp(s, "tsv") == 0)
		*fmt = SG_IN_TSV;
	else if (strcmp(s, "csv") == 0)
		*fmt = SG_IN_CSV;
	else if (strcmp(s, "yaml") == 0 || strcmp(s, "yml") == 0)
		*fmt = SG_IN_YAML;
	else if (strcmp(s, "xlsx") == 0)
		*fmt = SG_IN_XLSX;
	else
		return sg_error_fmt("invalid format '%s': expected tsv, csv, "
		    "yaml or xlsx", s);
	return NULL;
}

/* An error "FILE:LINE: ..." of the reader's file. */
static const struct sg_error *
at(struct sg_reader *rd, long line, const char *fmt, ...)
{
	char	 buf[900];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), _(fmt), ap);
	va_end(ap);
	return sg_error_fmt("%s:%ld: %s", rd->name, line, buf);
}

/* Stop reading: out of memory.  Returns -1. */
static int
nomem(struct sg_reader *rd)
{
	rd->fatal = sg_error_fmt("%s: out of memory", rd->name);
	return -1;
}

/* Keep the first error of the current record. */
static void
rec_error(struct sg_reader *rd, const struct sg_error *err)
{
	if (rd->recerr == NULL)
		rd->recerr = err;
}

/* Resize an array of n elements of size; *ok cleared on failure. */
static void *
resize(void *p, int n, size_t size, int *ok)
{
	void	*q;

	if ((q = realloc(p, (size_t)n * size)) == NULL) {
		*ok = 0;
		return p;
	}
	return q;
}

/* Make room for n fields in the record's arrays; -1 out of memory. */
static int
rec_grow(struct sg_reader *rd, int n)
{
	int	 cap = rd->cap ? rd->cap : 16, ok = 1;

	if (n <= rd->cap)
		return 0;
	while (cap < n)
		cap *= 2;
	rd->rec.keys = resize(rd->rec.keys, cap, sizeof(char *), &ok);
	rd->rec.vals = resize(rd->rec.vals, cap, sizeof(char *), &ok);
	rd->rec.islist = resize(rd->rec.islist, cap, sizeof(int), &ok);
	rd->rec.lines = resize(rd->rec.lines, cap, sizeof(long), &ok);
	rd->koff = resize(rd->koff, cap, sizeof(size_t), &ok);
	rd->voff = resize(rd->voff, cap, sizeof(size_t), &ok);
	if (!ok) {
		rd->nomem = 1;
		return -1;
	}
	rd->cap = cap;
	return 0;
}

/* Append n bytes to the record's strings; -1 out of memory. */
static int
arena_put(struct sg_reader *rd, const char *s, size_t n)
{
	size_t	 cap = rd->acap ? rd->acap : 256;
	char	*p;

	if (rd->nomem)
		return -1;
	if (rd->alen + n + 1 > rd->acap) {
		while (cap < rd->alen + n + 1)
			cap *= 2;
		if ((p = realloc(rd->arena, cap)) == NULL) {
			rd->nomem = 1;
			return -1;
		}
		rd->arena = p;
		rd->acap = cap;
	}
	if (n > 0)
		memcpy(rd->arena + rd->alen, s, n);
	rd->alen += n;
	return 0;
}

/* Point the record's keys and values at the header or the arena. */
static struct sg_record *
rec_finish(struct sg_reader *rd, long line)
{
	int	 i;

	rd->rec.line = line;
	for (i = 0; i < rd->rec.n; i++) {
		if (rd->fmt == SG_IN_CSV)
			rd->rec.keys[i] = rd->hdr != NULL ? rd->hdr[i] : NULL;
		else
			rd->rec.keys[i] = rd->arena + rd->koff[i];
		rd->rec.vals[i] = rd->voff[i] == NOVAL ? NULL :
		    rd->arena + rd->voff[i];
	}
	return &rd->rec;
}

/* Take names as the header: trimmed, not empty, not repeated. */
static int
set_header(struct sg_reader *rd, char *const *names, int n, long line)
{
	int	 i, j;

	if ((rd->hdr = calloc(n, sizeof(char *))) == NULL)
		return nomem(rd);
	rd->nhdr = n;
	for (i = 0; i < n; i++) {
		if ((rd->hdr[i] = strdup(sg_trim(names[i]))) == NULL)
			return nomem(rd);
		if (rd->hdr[i][0] == '\0') {
			rd->fatal = at(rd, line, "column %d: empty column name",
			    i + 1);
			return -1;
		}
		for (j = 0; j < i; j++)
			if (strcmp(rd->hdr[j], rd->hdr[i]) == 0) {
				rd->fatal = at(rd, line, "%s: duplicate column",
				    rd->hdr[i]);
				return -1;
			}
	}
	rd->hdrdone = 1;
	return 0;
}

/* Read one line as it is (a BOM at the start dropped); 0 at the end. */
static int
read_line(struct sg_reader *rd)
{
	ssize_t	 len;

	if ((len = getline(&rd->line, &rd->linecap, rd->fp)) == -1) {
		if (feof(rd->fp))
			return 0;
		rd->fatal = sg_error_errno("cannot read '%s'", rd->name);
		return -1;
	}
	if (++rd->lineno == 1 && len >= 3 && memcmp(rd->line, BOM, 3) == 0) {
		memmove(rd->line, rd->line + 3, len - 2);
		len -= 3;
	}
	rd->linelen = len;
	rd->pos = 0;
	return 1;
}

/* TSV: the next line that is not blank, without its line ending. */
static int
tsv_line(struct sg_reader *rd)
{
	int	 rc;

	while ((rc = read_line(rd)) == 1) {
		if (rd->linelen > 0 && rd->line[rd->linelen - 1] == '\n')
			rd->linelen--;
		if (rd->linelen > 0 && rd->line[rd->linelen - 1] == '\r')
			rd->linelen--;
		rd->line[rd->linelen] = '\0';
		if (rd->linelen > 0)
			break;
	}
	return rc;
}

/* TSV: the number of fields of the current line. */
static int
tsv_count(const struct sg_reader *rd)
{
	const char	*p = rd->line, *end = rd->line + rd->linelen;
	int		 n = 1;

	while ((p = memchr(p, '\t', end - p)) != NULL) {
		p++;
		n++;
	}
	return n;
}

/*
 * TSV: split the line at TABs into n unescaped values; the index of the
 * first that is not valid UTF-8, or -1.
 */
static int
tsv_split(struct sg_reader *rd, int n)
{
	char	*p = rd->line, *end = rd->line + rd->linelen, *tab;
	int	 i, bad = -1;

	for (i = 0; i < n; i++) {
		if ((tab = memchr(p, '\t', end - p)) == NULL)
			tab = end;
		if (bad == -1 && !sg_utf8_valid(p, tab - p))
			bad = i;
		*tab = '\0';
		rd->rec.vals[i] = sg_tsv_unescape(p);
		rd->rec.islist[i] = 0;
		rd->rec.lines[i] = rd->lineno;
		p = tab + 1;
	}
	return bad;
}

/* libcsv: no character is white space (RFC 4180 keeps spaces). */
static int
csv_nospace(unsigned char c)
{
	(void)c;
	return 0;
}

/* libcsv: set up a strict parser. */
static void
csv_start(struct sg_reader *rd)
{
	csv_init(&rd->csv, CSV_STRICT | CSV_STRICT_FINI);
	csv_set_space_func(&rd->csv, csv_nospace);
	rd->csvinit = 1;
}

/* libcsv: a field ends; keep it with the line it started on. */
static void
csv_field(void *s, size_t len, void *data)
{
	struct sg_reader	*rd = data;
	const char		*p = s, *end = p + len;
	int			 i = rd->rec.n;

	if (rec_grow(rd, i + 1) == -1)
		return;
	rd->voff[i] = rd->alen;
	rd->rec.islist[i] = 0;
	rd->rec.lines[i] = rd->lineno;
	while (len > 0 && (p = memchr(p, '\n', end - p)) != NULL) {
		p++;
		rd->rec.lines[i]--;
	}
	if (rd->bad == -1 && len > 0 && !sg_utf8_valid(s, len))
		rd->bad = i;
	if (arena_put(rd, s, len) == 0 && arena_put(rd, "", 1) == 0)
		rd->rec.n++;
}

/* libcsv: a record ends. */
static void
csv_row(int c, void *data)
{
	struct sg_reader	*rd = data;

	(void)c;
	rd->recdone = 1;
	rd->inrec = 0;
}

/* CSV: a quote out of place: a record error; go on at the next line. */
static int
csv_malformed(struct sg_reader *rd)
{
	if (csv_error(&rd->csv) != CSV_EPARSE) {
		rd->fatal = sg_error_fmt("%s: %s", rd->name,
		    csv_strerror(csv_error(&rd->csv)));
		return -1;
	}
	rd->recerr = at(rd, rd->lineno, "malformed CSV: %s", rd->csv.quoted ?
	    _("text after a closing quote") : _("quote in an unquoted field"));
	csv_free(&rd->csv);
	csv_start(rd);
	rd->pos = rd->linelen;
	rd->inrec = 0;
	return 1;
}

/* CSV: the end of the file: the last record, if any. */
static int
csv_end(struct sg_reader *rd)
{
	rd->csveof = 1;
	if (csv_fini(&rd->csv, csv_field, csv_row, rd) != 0) {
		rd->recerr = at(rd, rd->recstart, "malformed CSV: "
		    "unterminated quoted field");
		return 1;
	}
	if (rd->nomem)
		return nomem(rd);
	return rd->recdone;
}

/*
 * CSV: parse until a record ends.  Lines are parsed in pieces that end at
 * CR or LF, so that a piece ends at most one record and the first line of
 * each record is known.
 */
static int
csv_record(struct sg_reader *rd)
{
	const char	*p;
	size_t		 len;
	int		 rc;

	rd->rec.n = 0;
	rd->alen = 0;
	rd->bad = -1;
	rd->recdone = 0;
	while (!rd->recdone) {
		if (rd->csveof)
			return 0;
		if (rd->pos == rd->linelen && (rc = read_line(rd)) <= 0)
			return rc == 0 ? csv_end(rd) : -1;
		p = rd->line + rd->pos;
		len = strcspn(p, "\r\n");
		len += len < rd->linelen - rd->pos;
		if (!rd->inrec && *p != '\r' && *p != '\n') {
			rd->inrec = 1;
			rd->recstart = rd->lineno;
		}
		if (csv_parse(&rd->csv, p, len, csv_field, csv_row, rd) < len)
			return csv_malformed(rd);
		if (rd->nomem)
			return nomem(rd);
		rd->pos += len;
	}
	return 1;
}

/* TSV: the next line that is not blank, as a row. */
static int
tsv_raw(struct sg_reader *rd, struct row *r)
{
	int	 rc, n;

	if ((rc = tsv_line(rd)) <= 0)
		return rc;
	n = tsv_count(rd);
	if (rec_grow(rd, n) == -1)
		return nomem(rd);
	r->bad = tsv_split(rd, n);
	r->n = n;
	r->vals = rd->rec.vals;
	r->line = rd->lineno;
	return 1;
}

/* CSV: the next record, as a row. */
static int
csv_raw(struct sg_reader *rd, struct row *r)
{
	int	 rc, i;

	if ((rc = csv_record(rd)) <= 0)
		return rc;
	r->line = rd->recstart;
	if (rd->recerr != NULL) {
		r->err = rd->recerr->msg;
		rd->recerr = NULL;
		return 1;
	}
	for (i = 0; i < rd->rec.n; i++)
		rd->rec.vals[i] = rd->arena + rd->voff[i];
	r->n = rd->rec.n;
	r->vals = rd->rec.vals;
	r->lines = rd->rec.lines;
	r->bad = rd->bad;
	return 1;
}

/* xlsx: open the workbook (a pipe copied to a temporary file first). */
static int
xlsx_start(struct sg_reader *rd)
{
	const struct sg_error	*err;
	FILE			*fp = rd->fp;
	char			 buf[8192];
	size_t			 n;

	if (fseeko(fp, 0, SEEK_CUR) == -1) {
		if ((rd->xcopy = tmpfile()) == NULL) {
			rd->fatal = sg_error_errno("%s", rd->name);
			return -1;
		}
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
			if (fwrite(buf, 1, n, rd->xcopy) != n)
				break;
		if (ferror(fp) || ferror(rd->xcopy) ||
		    fflush(rd->xcopy) == EOF) {
			rd->fatal = sg_error_errno("cannot read '%s'", rd->name);
			return -1;
		}
		fp = rd->xcopy;
	}
	if ((err = sg_xlsx_open(&rd->xlsx, fp, rd->name, rd->sheet)) != NULL) {
		rd->fatal = err;
		return -1;
	}
	return 0;
}

/* xlsx: the next row that has a cell. */
static int
xlsx_raw(struct sg_reader *rd, struct row *r)
{
	const struct sg_error	*err;
	int			 rc;

	if (rd->xlsx == NULL && xlsx_start(rd) == -1)
		return -1;
	rc = sg_xlsx_row(rd->xlsx, &r->line, &r->vals, &r->n, &r->bad,
	    &r->why, &err);
	if (rc == -1)
		rd->fatal = err;
	return rc;
}

/* The next row: one read ahead first, else the file's next. */
static int
raw_row(struct sg_reader *rd, struct row *r)
{
	free(rd->preout);
	rd->preout = NULL;
	memset(r, 0, sizeof(*r));
	r->bad = -1;
	if (rd->prepos < rd->npre) {
		rd->preout = rd->pre[rd->prepos++];
		*r = rd->preout->r;
		return 1;
	}
	if (rd->fmt == SG_IN_TSV)
		return tsv_raw(rd, r);
	if (rd->fmt == SG_IN_CSV)
		return csv_raw(rd, r);
	return xlsx_raw(rd, r);
}

/* A copy of a row, in one block; NULL out of memory. */
static struct qrow *
row_copy(const struct row *r)
{
	struct qrow	*q;
	size_t		 size = sizeof(*q), len;
	char		*p;
	int		 i;

	size += r->n * (sizeof(char *) + sizeof(long));
	for (i = 0; i < r->n; i++)
		size += strlen(r->vals[i]) + 1;
	size += r->why != NULL ? strlen(r->why) + 1 : 0;
	size += r->err != NULL ? strlen(r->err) + 1 : 0;
	if ((q = malloc(size)) == NULL)
		return NULL;
	q->r = *r;
	q->r.vals = (char **)(q + 1);
	q->r.lines = (long *)(q->r.vals + r->n);
	p = (char *)(q->r.lines + r->n);
	for (i = 0; i < r->n; i++) {
		len = strlen(r->vals[i]) + 1;
		q->r.vals[i] = memcpy(p, r->vals[i], len);
		q->r.lines[i] = r->lines != NULL ? r->lines[i] : r->line;
		p += len;
	}
	if (r->why != NULL)
		q->r.why = p = strcpy(p, r->why), p += strlen(p) + 1;
	if (r->err != NULL)
		q->r.err = strcpy(p, r->err);
	return q;
}

/* Is s only spaces (ASCII or ideographic)? */
static int
blank_text(const char *s)
{
	while (*s != '\0') {
		if (strchr(" \t\r\n", *s) != NULL)
			s++;
		else if (strncmp(s, "\xe3\x80\x80", 3) == 0)
			s += 3;
		else
			return 0;
	}
	return 1;
}

/* Is the row readable and blank? */
static int
row_blank(const struct row *r)
{
	int	 i;

	for (i = 0; i < r->n; i++)
		if (!blank_text(r->vals[i]))
			return 0;
	/* a NUL byte is no blank: it is an error of its field */
	return r->err == NULL && r->bad < 0;
}

/* s without its spaces into buf; NULL when it does not fit. */
static const char *
squeeze(const char *s, char *buf, size_t size)
{
	size_t	 n = 0;

	while (*s != '\0' && n + 1 < size) {
		if (strchr(" \t\r\n", *s) != NULL)
			s++;
		else if (strncmp(s, "\xe3\x80\x80", 3) == 0)
			s += 3;
		else
			buf[n++] = *s++;
	}
	buf[n] = '\0';
	return *s == '\0' ? buf : NULL;
}

/* A header candidate: a row with a known column name (data has none). */
static int
candidate(const struct sg_reader *rd, const struct row *r)
{
	char	 buf[128];
	int	 i, known = 0;

	if (r->err != NULL || rd->known == NULL)
		return 0;
	for (i = 0; i < r->n; i++) {
		if (blank_text(r->vals[i]))
			continue;
		if (squeeze(r->vals[i], buf, sizeof(buf)) != NULL &&
		    rd->known(rd->karg, buf))
			known++;
	}
	return known > 0;
}

/* "制表人：王芳", "日期:": a short label without digits, then a colon. */
static int
label_value(const char *s)
{
	const char	*c = strstr(s, "\xef\xbc\x9a"), *a = strchr(s, ':');
	const char	*p;

	if (c == NULL || (a != NULL && a < c))
		c = a;
	if (c == NULL || c == s || c - s > 30)
		return 0;
	for (p = s; p < c; p++)
		if (*p >= '0' && *p <= '9')
			return 0;
	return 1;
}

/*
 * A footer row: 合计 and its kin first (2), or only "label: value" cells
 * (制表人：…  日期：…) (1); else 0.
 */
static int
footer_row(const struct row *r)
{
	static const char *const sums[] = { "合计", "总计", "小计", "共计",
	    "总数", "total" };
	char	 buf[256];
	size_t	 k;
	int	 i, filled = 0, labels = 0;

	for (i = 0; i < r->n && r->err == NULL; i++) {
		if (blank_text(r->vals[i]))
			continue;
		if (squeeze(r->vals[i], buf, sizeof(buf)) == NULL)
			return 0;
		for (k = 0; filled == 0 && k < sizeof(sums) / sizeof(*sums); k++)
			if (strncasecmp(buf, sums[k], strlen(sums[k])) == 0)
				return 2;
		filled++;
		/* a cell that is no label: no footer (most rows, at once) */
		if (!label_value(buf))
			return 0;
		labels++;
	}
	return filled > 0 && labels == filled;
}

/* A unit line under the header: only (岁), （元）, 单位：人 cells. */
static int
unit_row(const struct row *r)
{
	char	 buf[128];
	size_t	 n;
	int	 i, filled = 0;

	for (i = 0; i < r->n && r->err == NULL; i++) {
		if (blank_text(r->vals[i]))
			continue;
		if (squeeze(r->vals[i], buf, sizeof(buf)) == NULL)
			return 0;
		filled++;
		n = strlen(buf);
		if (strncmp(buf, "单位", strlen("单位")) == 0)
			continue;
		if ((buf[0] != '(' && strncmp(buf, "（", 3) != 0) ||
		    (buf[n - 1] != ')' && (n < 3 ||
		    strcmp(buf + n - 3, "）") != 0)))
			return 0;
	}
	return filled > 0;
}

/* Say on stderr that a row is left out, where, and what it holds. */
static void
left_out(struct sg_reader *rd, const struct row *r, const char *where)
{
	char	 text[96], *v;
	size_t	 n = 0, len;
	int	 i, cut = 0;

	text[0] = '\0';
	for (i = 0; i < r->n && !cut; i++) {
		v = r->vals[i];
		while (*v == ' ')
			v++;
		if (blank_text(v))
			continue;
		len = strlen(v);
		while (len > 0 && v[len - 1] == ' ')
			len--;
		if (n > 0 && n + 1 < sizeof(text) - 4)
			text[n++] = ' ';
		if (n + len >= sizeof(text) - 4) {
			len = sizeof(text) - 4 - n - 1;
			while (len > 0 && ((unsigned char)v[len] & 0xc0) == 0x80)
				len--;
			cut = 1;
		}
		memcpy(text + n, v, len);
		n += len;
		text[n] = '\0';
	}
	if (cut)
		strcat(text, "\xe2\x80\xa6");
	sg_warn(where, rd->name, r->line, text);
}

#define ABOVE	N_("%s:%ld: left out, above the header: %s")
#define UNDER	N_("%s:%ld: left out, under the header: %s")
#define AFTER	N_("%s:%ld: left out, after the data: %s")

/* Append a copy of r to the queue of held rows; -1 out of memory. */
static int
q_push(struct sg_reader *rd, const struct row *r)
{
	struct qrow	**p;

	if (rd->qlen == rd->qcap) {
		rd->qcap = rd->qcap ? rd->qcap * 2 : 8;
		if ((p = realloc(rd->q, rd->qcap * sizeof(*p))) == NULL)
			return -1;
		rd->q = p;
	}
	if ((rd->q[rd->qlen] = row_copy(r)) == NULL)
		return -1;
	rd->qlen++;
	return 0;
}

/* Take the first row of the queue. */
static struct qrow *
q_pop(struct sg_reader *rd)
{
	struct qrow	*q = rd->q[0];

	memmove(rd->q, rd->q + 1, --rd->qlen * sizeof(*rd->q));
	return q;
}

/*
 * xlsx: take the header's cells that are not blank, and keep the column
 * of each; a blank one (a spacer column) must stay blank below.
 */
static int
sheet_header(struct sg_reader *rd, char **vals, int n, long line)
{
	char	**names;
	int	 i, k = 0, rc;

	if ((names = calloc(n + 1, sizeof(*names))) == NULL ||
	    (rd->colidx = calloc(n + 1, sizeof(int))) == NULL) {
		free(names);
		return nomem(rd);
	}
	for (i = 0; i < n; i++)
		if (!blank_text(vals[i])) {
			rd->colidx[k] = i;
			names[k++] = vals[i];
			rd->width = i + 1;
		}
	rc = set_header(rd, names, k, line);
	free(names);
	return rc;
}

/* Take r as the header. */
static int
take_header(struct sg_reader *rd, const struct row *r, char **vals)
{
	int	 n = r->n;

	if (r->err != NULL) {
		rd->fatal = sg_error_fmt("%s", r->err);
		return -1;
	}
	if (r->bad >= 0) {
		rd->fatal = r->why != NULL ? sg_error_fmt("%s:%ld: %s",
		    rd->name, r->line, r->why) : at(rd, r->line,
		    "column %d: invalid UTF-8", r->bad + 1);
		return -1;
	}
	rd->hdrline = r->line;
	rd->undertop = 1;
	if (rd->fmt == SG_IN_XLSX)
		return sheet_header(rd, vals, n, r->line);
	return set_header(rd, vals, n, r->line);
}

/*
 * Take the header h, its blank cells filled from the header row above it
 * (a two-row header: 姓名 merged down over both rows).
 */
static int
take_two(struct sg_reader *rd, const struct row *h, const struct row *up)
{
	char	**v;
	int	 n = h->n > up->n ? h->n : up->n, i, rc;
	struct row r = *h;

	if ((v = calloc(n, sizeof(*v))) == NULL)
		return nomem(rd);
	for (i = 0; i < n; i++) {
		v[i] = i < h->n ? h->vals[i] : (char *)"";
		if (i < up->n && blank_text(v[i]))
			v[i] = up->vals[i];
	}
	r.n = n;
	rc = take_header(rd, &r, v);
	free(v);
	return rc;
}

/* Free the rows of scan. */
static void
scan_free(struct qrow **scan, int n)
{
	while (n > 0)
		free(scan[--n]);
}

/*
 * Find the header: the given row, else the last of the first rows that
 * hold known column names (those above it left out and said), else the
 * first row.  The rows read past it are read again.  1, 0 no rows, -1.
 */
static int
find_header(struct sg_reader *rd)
{
	struct qrow	*scan[SCAN];
	struct row	 r;
	char		 iscand[SCAN];
	int		 ns = 0, c = -1, h, i, rc;

	while ((rc = raw_row(rd, &r)) == 1) {
		if (row_blank(&r))
			continue;
		if (rd->hdrrow > 0 && r.line < rd->hdrrow) {
			left_out(rd, &r, ABOVE);
			continue;
		}
		if (rd->hdrrow > 0 && r.line > rd->hdrrow)
			break;
		if (rd->hdrrow > 0 || rd->known == NULL)
			return take_header(rd, &r, r.vals) == -1 ? -1 : 1;
		iscand[ns] = (char)candidate(rd, &r);
		if ((scan[ns] = row_copy(&r)) == NULL) {
			scan_free(scan, ns);
			return nomem(rd);
		}
		if (c < 0 && iscand[ns])
			c = ns;
		ns++;
		if (r.err != NULL || (c >= 0 && !iscand[ns - 1]) || ns == SCAN)
			break;
	}
	if (rc == -1 || (rc == 1 && rd->hdrrow > 0) || ns == 0) {
		scan_free(scan, ns);
		if (rc == -1)
			return -1;
		if (rd->hdrrow == 0)
			return 0;
		rd->fatal = sg_error_fmt("%s: --header-row %ld: that row is "
		    "blank or not there", rd->name, rd->hdrrow);
		return -1;
	}
	h = 0;
	if (c >= 0)
		for (h = c; h + 1 < ns && iscand[h + 1]; h++)
			;
	for (i = 0; i < (c >= 0 ? c : h); i++)
		left_out(rd, &scan[i]->r, ABOVE);
	if (c >= 0 && h > c)
		rc = take_two(rd, &scan[h]->r, &scan[h - 1]->r);
	else
		rc = take_header(rd, &scan[h]->r, scan[h]->r.vals);
	scan_free(scan, h + 1);
	if (ns > h + 1 && (rd->pre = malloc((ns - h - 1) *
	    sizeof(*rd->pre))) == NULL) {
		scan_free(scan + h + 1, ns - h - 1);
		return nomem(rd);
	}
	for (i = h + 1; i < ns; i++)
		rd->pre[rd->npre++] = scan[i];
	return rc == -1 ? -1 : 1;
}

/* xlsx: the record of a data row, each header's cell its value. */
static int
emit_sheet(struct sg_reader *rd, const struct row *r, struct sg_record **rec)
{
	static char	 empty[1];
	char		 col[8];
	int		 i, k, c;

	for (i = 0, k = 0; i < r->n; i++) {
		if (k < rd->nhdr && rd->colidx[k] == i) {
			if (r->bad == i) {
				rd->recerr = sg_error_fmt("%s:%ld: %s: %s",
				    rd->name, r->line, rd->hdr[k], r->why);
				return 1;
			}
			k++;
		} else if (!blank_text(r->vals[i])) {
			rd->recerr = at(rd, r->line, "cell %s%ld: a value under "
			    "no column", sg_xlsx_colname(col, i + 1), r->line);
			return 1;
		}
	}
	if (rec_grow(rd, rd->nhdr) == -1)
		return nomem(rd);
	for (k = 0; k < rd->nhdr; k++) {
		c = rd->colidx[k];
		rd->rec.keys[k] = rd->hdr[k];
		rd->rec.vals[k] = c < r->n ? r->vals[c] : empty;
		rd->rec.islist[k] = 0;
		rd->rec.lines[k] = r->line;
	}
	rd->rec.n = rd->nhdr;
	rd->rec.line = r->line;
	*rec = &rd->rec;
	return 1;
}

/* Make the record of a data row, its keys the header's. */
static int
emit(struct sg_reader *rd, const struct row *r, struct sg_record **rec)
{
	char		 range[40], cell[16];
	int		 i, n = r->n;

	rd->undertop = 0;
	if (r->err != NULL) {
		rd->recerr = sg_error_fmt("%s", r->err);
		return 1;
	}
	if (footer_row(r) == 2) {
		rd->recerr = at(rd, r->line, "a total row inside the data: "
		    "delete it, or move it below the data");
		return 1;
	}
	if (rd->xlsx != NULL && sg_xlsx_merged(rd->xlsx, r->line, range,
	    sizeof(range), cell, sizeof(cell)) != NULL) {
		rd->fatal = sg_error_fmt("%s: sheet %s cell %s: merged cells "
		    "inside the data (%s): unmerge them", rd->name,
		    sg_xlsx_sheet(rd->xlsx), cell, range);
		return -1;
	}
	if (rd->fmt == SG_IN_XLSX)
		return emit_sheet(rd, r, rec);
	if (n != rd->nhdr) {
		rd->recerr = at(rd, r->line, "expected %d field%s, found %d",
		    rd->nhdr, rd->nhdr == 1 ? "" : "s", n);
		return 1;
	}
	if (r->bad >= 0) {
		rd->recerr = at(rd, r->line, "%s: invalid UTF-8",
		    rd->hdr[r->bad]);
		return 1;
	}
	if (rec_grow(rd, rd->nhdr) == -1)
		return nomem(rd);
	for (i = 0; i < rd->nhdr; i++) {
		rd->rec.keys[i] = rd->hdr[i];
		rd->rec.vals[i] = r->vals[i];
		rd->rec.islist[i] = 0;
		rd->rec.lines[i] = r->lines != NULL ? r->lines[i] : r->line;
	}
	rd->rec.n = rd->nhdr;
	rd->rec.line = r->line;
	*rec = &rd->rec;
	return 1;
}

/*
 * TSV, CSV, xlsx: the next record.  Blank rows are skipped; rows that
 * look like a footer (合计, 制表人：…) are held until a data row follows
 * them, and left out (and said) at the end.
 */
static int
tab_next(struct sg_reader *rd, struct sg_record **rec)
{
	struct qrow	*q;
	struct row	 r;
	int		 rc;

	free(rd->out);
	rd->out = NULL;
	if (!rd->hdrdone && (rc = find_header(rd)) <= 0)
		return rc;
	for (;;) {
		if (rd->qlen > rd->nheld) {
			rd->out = q_pop(rd);
			return emit(rd, &rd->out->r, rec);
		}
		if ((rc = raw_row(rd, &r)) == -1)
			return -1;
		if (rc == 0) {
			while (rd->qlen > 0) {
				left_out(rd, &(q = q_pop(rd))->r, AFTER);
				free(q);
			}
			rd->nheld = 0;
			return 0;
		}
		if (row_blank(&r))
			continue;
		if (rd->undertop && r.err == NULL && unit_row(&r)) {
			left_out(rd, &r, UNDER);
			continue;
		}
		if (rd->nheld < HOLD && footer_row(&r)) {
			if (q_push(rd, &r) == -1)
				return nomem(rd);
			rd->nheld++;
			continue;
		}
		if (rd->nheld > 0) {
			if (q_push(rd, &r) == -1)
				return nomem(rd);
			rd->nheld = 0;
			continue;
		}
		return emit(rd, &r, rec);
	}
}
/* YAML: the line of an event, from 1. */
static long
ev_line(const yaml_event_t *ev)
{
	return (long)ev->start_mark.line + 1;
}

/* The number of newlines in n bytes at s. */
static long
count_nl(const unsigned char *s, size_t n)
{
	const unsigned char	*end = s + n;
	long			 nl = 0;

	while (s < end && (s = memchr(s, '\n', end - s)) != NULL) {
		s++;
		nl++;
	}
	return nl;
}

/* libyaml: read a block, keeping it to find lines by offset. */
static int
yaml_read(void *data, unsigned char *buf, size_t size, size_t *n)
{
	struct sg_reader	*rd = data;
	struct ychunk		*prev, *c;

	prev = &rd->ych[rd->ycur];
	rd->ycur ^= 1;
	c = &rd->ych[rd->ycur];
	if (size > YCHUNK)
		size = YCHUNK;
	*n = fread(buf, 1, size, rd->fp);
	if (*n == 0 && ferror(rd->fp)) {
		rd->yerrno = errno ? errno : EIO;
		return 0;
	}
	if (sg_yaml_nest_scan(&rd->ynest, (const char *)buf, *n) == -1) {
		rd->ydeep = 1;
		return 0;
	}
	c->nl = prev->nl + count_nl(prev->buf, prev->len);
	c->off = prev->off + prev->len;
	c->len = *n;
	memcpy(c->buf, buf, *n);
	return 1;
}

/* YAML: the line of a byte that cannot be decoded, from 1. */
static long
offset_line(const struct sg_reader *rd, size_t off)
{
	const struct ychunk	*c;
	int			 i;

	for (i = 0; i < 2; i++) {
		c = &rd->ych[i];
		if (off >= c->off && off < c->off + c->len)
			return c->nl + count_nl(c->buf, off - c->off) + 1;
	}
	return (long)rd->yaml.mark.line + 1;
}

/* YAML: stop on an error of libyaml. */
static int
yaml_failed(struct sg_reader *rd)
{
	const yaml_parser_t	*p = &rd->yaml;
	long			 line;

	if (p->error == YAML_READER_ERROR && rd->ydeep) {
		rd->fatal = at(rd, rd->ynest.line, "yaml: nested more than %d "
		    "levels deep", SG_YAML_DEPTH);
		return -1;
	}
	if (p->error == YAML_READER_ERROR && rd->yerrno != 0) {
		errno = rd->yerrno;
		rd->fatal = sg_error_errno("cannot read '%s'", rd->name);
		return -1;
	}
	if (p->error == YAML_READER_ERROR)
		line = offset_line(rd, p->problem_offset);
	else
		line = (long)p->problem_mark.line + 1;
	rd->fatal = at(rd, line, "yaml: %s", p->problem ? p->problem :
	    _("cannot parse"));
	return -1;
}

/* YAML: the next event; -1 on a syntax error, an alias or an anchor. */
static int
ynext(struct sg_reader *rd, yaml_event_t *ev)
{
	const yaml_char_t	*anchor = NULL;

	if (!yaml_parser_parse(&rd->yaml, ev))
		return yaml_failed(rd);
	if (ev->type == YAML_ALIAS_EVENT)
		anchor = ev->data.alias.anchor;
	else if (ev->type == YAML_SCALAR_EVENT)
		anchor = ev->data.scalar.anchor;
	else if (ev->type == YAML_SEQUENCE_START_EVENT)
		anchor = ev->data.sequence_start.anchor;
	else if (ev->type == YAML_MAPPING_START_EVENT)
		anchor = ev->data.mapping_start.anchor;
	if (anchor != NULL) {
		rd->fatal = at(rd, ev_line(ev),
		    "yaml: aliases are not allowed");
		yaml_event_delete(ev);
		return -1;
	}
	return 0;
}

/* YAML: nonzero for a null scalar: plain ~, null or nothing. */
static int
is_null(const yaml_event_t *ev)
{
	const char	*s = (const char *)ev->data.scalar.value;

	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	return s[0] == '\0' || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	    strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0;
}

/* YAML: skip the node ev starts (consumed); -1 on a fatal error. */
static int
skip_node(struct sg_reader *rd, yaml_event_t *ev)
{
	int	 depth = 0;

	do {
		if (ev->type == YAML_SEQUENCE_START_EVENT ||
		    ev->type == YAML_MAPPING_START_EVENT)
			depth++;
		else if (ev->type == YAML_SEQUENCE_END_EVENT ||
		    ev->type == YAML_MAPPING_END_EVENT)
			depth--;
		yaml_event_delete(ev);
	} while (depth > 0 && ynext(rd, ev) == 0);
	return depth > 0 ? -1 : 0;
}

/* YAML: the value of key i is not a scalar or a list of scalars. */
static void
not_a_value(struct sg_reader *rd, int i, long line)
{
	rec_error(rd, at(rd, line, "%s: expected a value or a list of values",
	    rd->arena + rd->koff[i]));
}

/* YAML: append a scalar to the arena, checking its bytes; i < 0: a key. */
static void
put_scalar(struct sg_reader *rd, const yaml_event_t *ev, int i)
{
	const char	*s = (const char *)ev->data.scalar.value;
	size_t		 len = ev->data.scalar.length;

	if (!sg_utf8_valid(s, len))
		rec_error(rd, i < 0 ? at(rd, ev_line(ev), "invalid UTF-8 in a "
		    "key") : at(rd, ev_line(ev), "%s: invalid UTF-8",
		    rd->arena + rd->koff[i]));
	arena_put(rd, s, len);
}

/* YAML: a list value of key i: its scalars joined with ','. */
static int
yaml_list(struct sg_reader *rd, int i)
{
	yaml_event_t	 ev;
	int		 first = 1;

	rd->voff[i] = rd->alen;
	rd->rec.islist[i] = 1;
	while (ynext(rd, &ev) == 0) {
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return arena_put(rd, "", 1) == 0 ? 0 : nomem(rd);
		}
		if (ev.type != YAML_SCALAR_EVENT) {
			not_a_value(rd, i, ev_line(&ev));
			if (skip_node(rd, &ev) == -1)
				return -1;
			continue;
		}
		if (!is_null(&ev)) {
			if (!first)
				arena_put(rd, ",", 1);
			put_scalar(rd, &ev, i);
			first = 0;
		}
		yaml_event_delete(&ev);
	}
	return -1;
}

/* YAML: the value of key i (ev, consumed). */
static int
yaml_value(struct sg_reader *rd, yaml_event_t *ev, int i, long keyline)
{
	rd->rec.lines[i] = ev_line(ev);
	rd->rec.islist[i] = 0;
	rd->voff[i] = NOVAL;
	if (ev->type == YAML_SEQUENCE_START_EVENT) {
		yaml_event_delete(ev);
		return yaml_list(rd, i);
	}
	if (ev->type != YAML_SCALAR_EVENT) {
		not_a_value(rd, i, ev_line(ev));
		return skip_node(rd, ev);
	}
	if (!is_null(ev)) {
		rd->voff[i] = rd->alen;
		put_scalar(rd, ev, i);
		arena_put(rd, "", 1);
	} else if (ev->data.scalar.length == 0)
		rd->rec.lines[i] = keyline;
	yaml_event_delete(ev);
	return 0;
}

/* YAML: one key (ev, consumed) and its value. */
static int
yaml_pair(struct sg_reader *rd, yaml_event_t *ev)
{
	yaml_event_t	 val;
	const char	*key;
	long		 line = ev_line(ev);
	int		 i = rd->rec.n, j;

	if (ev->type != YAML_SCALAR_EVENT) {
		rec_error(rd, at(rd, line, "expected a key, found a list or "
		    "a mapping"));
		if (skip_node(rd, ev) == -1 || ynext(rd, &val) == -1)
			return -1;
		return skip_node(rd, &val);
	}
	if (rec_grow(rd, i + 1) == -1)
		return nomem(rd);
	rd->koff[i] = rd->alen;
	put_scalar(rd, ev, -1);
	arena_put(rd, "", 1);
	yaml_event_delete(ev);
	if (rd->nomem)
		return nomem(rd);
	key = rd->arena + rd->koff[i];
	for (j = 0; j < i; j++)
		if (strcmp(rd->arena + rd->koff[j], key) == 0)
			rec_error(rd, at(rd, line, "%s: duplicate key", key));
	rd->rec.n = i + 1;
	if (ynext(rd, &val) == -1)
		return -1;
	return yaml_value(rd, &val, i, line);
}

/* YAML: one mapping, a record, starting at line. */
static int
yaml_mapping(struct sg_reader *rd, struct sg_record **rec, long line)
{
	yaml_event_t	 ev;

	rd->rec.n = 0;
	rd->alen = 0;
	for (;;) {
		if (ynext(rd, &ev) == -1)
			return -1;
		if (ev.type == YAML_MAPPING_END_EVENT)
			break;
		if (yaml_pair(rd, &ev) == -1)
			return -1;
	}
	yaml_event_delete(&ev);
	if (rd->nomem)
		return nomem(rd);
	if (rd->recerr == NULL)
		*rec = rec_finish(rd, line);
	return 1;
}

/* YAML: the next mapping of the stream's documents and sequences. */
static int
yaml_next(struct sg_reader *rd, struct sg_record **rec)
{
	yaml_event_t	 ev;
	long		 line;
	int		 bad = 0;

	for (;;) {
		if (ynext(rd, &ev) == -1)
			return -1;
		line = ev_line(&ev);
		if (ev.type == YAML_STREAM_END_EVENT)
			break;
		if (ev.type == YAML_MAPPING_START_EVENT) {
			yaml_event_delete(&ev);
			return yaml_mapping(rd, rec, line);
		}
		if (ev.type == YAML_SEQUENCE_START_EVENT)
			bad = rd->intop++;
		else if (ev.type == YAML_SEQUENCE_END_EVENT)
			rd->intop = 0;
		else if (ev.type == YAML_SCALAR_EVENT)
			bad = rd->intop || !is_null(&ev);
		yaml_event_delete(&ev);
		if (bad) {
			rd->fatal = at(rd, line, rd->intop ?
			    N_("expected a mapping") :
			    N_("expected a mapping or a list of mappings"));
			return -1;
		}
	}
	yaml_event_delete(&ev);
	return 0;
}

/*
 * Encodings.  Convert in into UTF-8 with iconv(3), to out (NULL: only
 * check).  0 done; -1 a byte that is not of the encoding, at *bad of the
 * file on line *line (lines of the output); -2 iconv does not know it;
 * -3 an I/O error.
 */
static int
convert(FILE *in, const char *from, FILE *out, long long *bad, long *line)
{
	iconv_t		 cd;
	char		 ib[8192], ob[32768], *ip, *op, *p;
	size_t		 ilen = 0, il, ol, n, r;
	long long	 consumed = 0;
	long		 nl = 0;
	int		 eof = 0, rc = 0;

	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1)
		return -2;
	while (!eof) {
		n = fread(ib + ilen, 1, sizeof(ib) - ilen, in);
		if (n == 0) {
			if (ferror(in)) {
				rc = -3;
				break;
			}
			eof = 1;
		}
		ilen += n;
		ip = ib;
		il = ilen;
		while (il > 0 || eof) {
			op = ob;
			ol = sizeof(ob);
			r = il > 0 ? iconv(cd, &ip, &il, &op, &ol) :
			    iconv(cd, NULL, NULL, &op, &ol);
			for (p = ob; p < op; p++)
				nl += *p == '\n';
			if (out != NULL && op > ob &&
			    fwrite(ob, 1, op - ob, out) != (size_t)(op - ob)) {
				rc = -3;
				goto done;
			}
			if (r != (size_t)-1) {
				if (il == 0)
					break;
				continue;
			}
			if (errno == E2BIG)
				continue;
			if (errno == EINVAL && !eof)
				break;
			*bad = consumed + (ip - ib) + 1;
			*line = nl + 1;
			rc = -1;
			goto done;
		}
		consumed += ip - ib;
		memmove(ib, ip, il);
		ilen = il;
	}
done:
	iconv_close(cd);
	return rc;
}

/*
 * Read a file in any of the encodings people have: a BOM says UTF-8 or
 * UTF-16; else a file of valid UTF-8 is read as it is; else one of valid
 * GB18030 (and so GBK) is converted.  encoding (any name iconv knows)
 * forces one.  *conv is set to a temporary file of UTF-8 to read instead
 * of fp (the caller closes it), or NULL; a detected conversion is said
 * on stderr.  fp need not be seekable.
 */
const struct sg_error *
sg_input_decode(FILE *fp, const char *name, const char *encoding,
    FILE **conv)
{
	unsigned char	 head[4];
	const char	*from = NULL, *said = NULL;
	FILE		*in = fp, *copy = NULL, *out = NULL;
	long long	 bad = 0, u8bad = 0;
	long		 line = 0, u8line = 0;
	size_t		 n;
	char		 buf[8192];
	int		 rc;

	*conv = NULL;
	if (strcmp(name, "-") == 0)
		name = "stdin";
	if (fseeko(fp, 0, SEEK_CUR) == -1) {
		if ((copy = tmpfile()) == NULL)
			return sg_error_errno("%s", name);
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
			if (fwrite(buf, 1, n, copy) != n)
				break;
		if (ferror(fp) || ferror(copy) || fflush(copy) == EOF) {
			fclose(copy);
			return sg_error_errno("cannot read '%s'", name);
		}
		in = copy;
	}
	rewind(in);
	n = fread(head, 1, sizeof(head), in);
	rewind(in);
	/* a workbook (or an old .xls) is no text: its reader says */
	if (sg_xlsx_magic(head, n) ||
	    (n == 4 && memcmp(head, "\xd0\xcf\x11\xe0", 4) == 0)) {
		*conv = copy;
		return NULL;
	}
	if (encoding != NULL) {
		from = encoding;
		if (strcasecmp(encoding, "UTF-8") == 0 ||
		    strcasecmp(encoding, "UTF8") == 0)
			from = "UTF-8";
	} else if (n >= 2 && head[0] == 0xff && head[1] == 0xfe) {
		from = "UTF-16";
		said = "UTF-16LE";
	} else if (n >= 2 && head[0] == 0xfe && head[1] == 0xff) {
		from = "UTF-16";
		said = "UTF-16BE";
	} else if (n >= 3 && memcmp(head, BOM, 3) == 0) {
		from = "UTF-8";
	} else {
		rc = convert(in, "UTF-8", NULL, &bad, &line);
		rewind(in);
		if (rc == -3)
			goto ioerr;
		from = rc == 0 ? "UTF-8" : "GB18030";
		said = rc == 0 ? NULL : "GB18030";
		/* where it stops being UTF-8 is what a reader can find */
		u8bad = bad;
		u8line = line;
	}
	if (strcmp(from, "UTF-8") == 0 && encoding == NULL) {
		*conv = copy;
		return NULL;
	}
	if ((out = tmpfile()) == NULL) {
		if (copy != NULL)
			fclose(copy);
		return sg_error_errno("%s", name);
	}
	rc = convert(in, from, out, &bad, &line);
	if (copy != NULL)
		fclose(copy);
	if (rc == 0 && fflush(out) == 0) {
		rewind(out);
		*conv = out;
		if (said != NULL)
			sg_warn("%s: read as %s", name, said);
		return NULL;
	}
	fclose(out);
	if (rc == -2)
		return sg_error_fmt("unknown encoding '%s': expected UTF-8, "
		    "UTF-16, GB18030, GBK or another name 'iconv -l' lists",
		    encoding);
	if (rc == -1 && encoding != NULL)
		return sg_error_fmt("%s:%ld: byte %lld: not valid %s", name,
		    line, bad, encoding);
	if (rc == -1)
		return sg_error_fmt("%s:%ld: byte %lld: not UTF-8, UTF-16 or "
		    "GB18030: name its encoding with --encoding, or convert "
		    "it to UTF-8 with iconv", name, u8line, u8bad);
	return sg_error_errno("cannot read '%s'", name);
ioerr:
	if (copy != NULL)
		fclose(copy);
	return sg_error_errno("cannot read '%s'", name);
}

/* Open a reader of records on fp. */
const struct sg_error *
sg_reader_open(struct sg_reader **rdp, FILE *fp, const char *name,
    enum sg_informat fmt)
{
	struct sg_reader	*rd;
	unsigned char		 head[4];
	size_t			 n;
	off_t			 pos;

	*rdp = NULL;
	if (fmt != SG_IN_TSV && fmt != SG_IN_CSV && fmt != SG_IN_YAML &&
	    fmt != SG_IN_XLSX)
		return sg_error_fmt("invalid input format %d", (int)fmt);
	if ((rd = calloc(1, sizeof(*rd))) == NULL)
		return sg_error_errno("reader");
	rd->fp = fp;
	/* a workbook named .csv, or on standard input, is read as one */
	if ((fmt == SG_IN_TSV || fmt == SG_IN_CSV) && (pos = ftello(fp)) != -1) {
		n = fread(head, 1, sizeof(head), fp);
		if (fseeko(fp, pos, SEEK_SET) == 0 && (sg_xlsx_magic(head, n) ||
		    (n == 4 && memcmp(head, "\xd0\xcf\x11\xe0", 4) == 0)))
			fmt = SG_IN_XLSX;
		clearerr(fp);
	}
	rd->fmt = fmt;
	if (name == NULL || strcmp(name, "-") == 0)
		name = "stdin";
	if ((rd->name = strdup(name)) == NULL ||
	    (fmt == SG_IN_YAML && !yaml_parser_initialize(&rd->yaml))) {
		sg_reader_close(rd);
		return sg_error_fmt("%s: out of memory", name);
	}
	if (fmt == SG_IN_YAML) {
		rd->yamlinit = 1;
		rd->ynest = (struct sg_yaml_nest)SG_YAML_NEST_INIT;
		yaml_parser_set_input(&rd->yaml, yaml_read, rd);
	} else if (fmt == SG_IN_CSV)
		csv_start(rd);
	*rdp = rd;
	return NULL;
}

/* The next record: 1 (a record or a record error), 0 the end, -1 fatal. */
int
sg_reader_next(struct sg_reader *rd, struct sg_record **rec,
    const struct sg_error **err)
{
	int	 rc;

	*rec = NULL;
	*err = NULL;
	if (rd->fatal == NULL && !rd->done) {
		rd->recerr = NULL;
		if (rd->fmt == SG_IN_YAML)
			rc = yaml_next(rd, rec);
		else
			rc = tab_next(rd, rec);
		if (rc == -1 && rd->fatal == NULL)
			rd->fatal = sg_error_fmt("%s: cannot read", rd->name);
		if (rc == 0)
			rd->done = 1;
		else if (rc == 1 && rd->fatal == NULL) {
			if ((*err = rd->recerr) != NULL)
				*rec = NULL;
			return 1;
		}
	}
	*rec = NULL;
	if (rd->fatal != NULL) {
		*err = rd->fatal;
		return -1;
	}
	return 0;
}

/* The header's column names (TSV, CSV, xlsx), once read. */
char **
sg_reader_header(struct sg_reader *rd, int *n)
{
	if (n != NULL)
		*n = rd->hdrdone ? rd->nhdr : 0;
	return rd->hdrdone ? rd->hdr : NULL;
}

/* The line (xlsx: the row) of the header, once read; 0 before. */
long
sg_reader_header_line(const struct sg_reader *rd)
{
	return rd->hdrdone ? rd->hdrline : 0;
}

/* Say where the data is (before the first sg_reader_next). */
const struct sg_error *
sg_reader_set(struct sg_reader *rd, const struct sg_reader_opts *o)
{
	if (o->sheet != NULL && rd->fmt != SG_IN_XLSX)
		return sg_error_fmt("%s: --sheet: not an xlsx workbook",
		    rd->name);
	if (o->header_row < 0)
		return sg_error_fmt("--header-row: expected a row number");
	free(rd->sheet);
	rd->sheet = NULL;
	if (o->sheet != NULL && (rd->sheet = strdup(o->sheet)) == NULL)
		return sg_error_fmt("%s: out of memory", rd->name);
	rd->hdrrow = o->header_row;
	rd->known = o->known;
	rd->karg = o->arg;
	return NULL;
}

/* Free a reader and everything it read. */
void
sg_reader_close(struct sg_reader *rd)
{
	int	 i;

	if (rd == NULL)
		return;
	sg_xlsx_close(rd->xlsx);
	if (rd->xcopy != NULL)
		fclose(rd->xcopy);
	free(rd->sheet);
	for (i = rd->prepos; i < rd->npre; i++)
		free(rd->pre[i]);
	free(rd->pre);
	free(rd->preout);
	for (i = 0; i < rd->qlen; i++)
		free(rd->q[i]);
	free(rd->q);
	free(rd->out);
	free(rd->colidx);
	if (rd->yamlinit)
		yaml_parser_delete(&rd->yaml);
	if (rd->csvinit)
		csv_free(&rd->csv);
	for (i = 0; i < rd->nhdr; i++)
		free(rd->hdr[i]);
	free(rd->hdr);
	free(rd->rec.keys);
	free(rd->rec.vals);
	free(rd->rec.islist);
	free(rd->rec.lines);
	free(rd->koff);
	free(rd->voff);
	free(rd->arena);
	free(rd->line);
	free(rd->name);
	free(rd);
}

/* Parse a positive decimal id within int64; what names its kind. */
const struct sg_error *
sg_id_parse(int64_t *id, const char *s, const char *what)
{
	int64_t	 v = 0;
	size_t	 i;

	for (i = 0; s[i] >= '0' && s[i] <= '9'; i++) {
		if (v > (INT64_MAX - (s[i] - '0')) / 10)
			break;
		v = v * 10 + (s[i] - '0');
	}
	if (i > 0 && s[i] == '\0' && v > 0) {
		*id = v;
		return NULL;
	}
	if (what == NULL)
		return sg_error_fmt("'%s' is not an id", s);
	return sg_error_fmt("'%s' is not %s %s id", s,
	    what[0] != '\0' && strchr("aeiou", what[0]) != NULL ? "an" : "a",
	    sg_type_name(what));
}

/* Append an id to a growing array. */
static const struct sg_error *
push_id(int64_t **ids, size_t *n, size_t *cap, int64_t id)
{
	int64_t	*p;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		if ((p = realloc(*ids, *cap * sizeof(**ids))) == NULL)
			return sg_error_errno("ids");
		*ids = p;
	}
	(*ids)[(*n)++] = id;
	return NULL;
}

/* Read ids from fp: the first field of each line; every bad one named. */
const struct sg_error *
sg_ids_read(int64_t **ids, size_t *n, FILE *fp)
{
	const struct sg_error	*err = NULL, *bad;
	char			*line = NULL, *p;
	size_t			 cap = 0, idcap = 0;
	long			 lineno = 0;
	int			 nbad = 0, first = 1;
	int64_t			 id;

	*ids = NULL;
	*n = 0;
	while (err == NULL && getline(&line, &cap, fp) != -1) {
		lineno++;
		if (line[strspn(line, " \t\r\n")] == '\0')
			continue;
		p = line + strspn(line, " ");
		p[strcspn(p, " \t\r\n")] = '\0';
		if (first && strcmp(p, "id") == 0) {
			first = 0;
			continue;
		}
		first = 0;
		if ((bad = sg_id_parse(&id, p, NULL)) != NULL) {
			sg_warn("stdin:%ld: id: %s", lineno, bad->msg);
			nbad++;
		} else
			err = push_id(ids, n, &idcap, id);
	}
	if (err == NULL && !feof(fp))
		err = sg_error_errno("cannot read stdin");
	if (err == NULL && nbad > 0)
		err = sg_error_fmt("stdin: %d bad id%s", nbad,
		    nbad == 1 ? "" : "s");
	free(line);
	if (err != NULL) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return err;
}

/* Read the first field of each line of fp, with its line number. */
const struct sg_error *
sg_words_read(char ***words, long **lines, size_t *n, FILE *fp)
{
	const struct sg_error	*err = NULL;
	char			*line = NULL, *p, **w;
	size_t			 cap = 0, wcap = 0;
	long			 lineno = 0, *l;
	int			 first = 1;

	*words = NULL;
	*lines = NULL;
	*n = 0;
	while (err == NULL && getline(&line, &cap, fp) != -1) {
		lineno++;
		if (line[strspn(line, " \t\r\n")] == '\0')
			continue;
		p = line + strspn(line, " ");
		p[strcspn(p, " \t\r\n")] = '\0';
		if (first && strcmp(p, "id") == 0) {
			first = 0;
			continue;
		}
		first = 0;
		if (*n == wcap) {
			wcap = wcap ? wcap * 2 : 64;
			if ((w = realloc(*words, wcap * sizeof(*w))) == NULL ||
			    (*words = w, (l = realloc(*lines,
			    wcap * sizeof(*l))) == NULL)) {
				err = sg_error_errno("ids");
				break;
			}
			*lines = l;
		}
		if (((*words)[*n] = strdup(p)) == NULL) {
			err = sg_error_errno("ids");
			break;
		}
		(*lines)[(*n)++] = lineno;
	}
	if (err == NULL && !feof(fp))
		err = sg_error_errno("cannot read stdin");
	free(line);
	return err;
}

/*
 * Parse a participant of an event: a bare number or elder:ID is an elder
 * (*id > 0), person:ID a person (*id < 0, the person's id negated).
 */
const struct sg_error *
sg_party_parse(int64_t *id, const char *s)
{
	const struct sg_error	*err;

	if (strncmp(s, "person:", 7) == 0) {
		if ((err = sg_id_parse(id, s + 7, "person")) != NULL)
			return err;
		*id = -*id;
		return NULL;
	}
	if (strncmp(s, "elder:", 6) == 0)
		s += 6;
	if (sg_id_parse(id, s, NULL) == NULL)
		return NULL;
	return sg_error_fmt("'%s' is not an elder id or person:ID", s);
}
