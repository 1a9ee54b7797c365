/*
 * out.c -- every list is printed here, from one description of the
 * output: format, header, columns.  tsv, csv, json and yaml stream; a
 * table buffers its rows to size the columns by display width.
 */
#include <dlfcn.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "sg.h"

static const char *const format_names[] = {
	"default", "table", "tsv", "csv", "json", "yaml", "text", "markdown",
	"html", "xlsx"
};

/* Parse an output format name. */
const struct sg_error *
sg_format_parse(enum sg_format *f, const char *s)
{
	size_t	 i;

	for (i = 1; i < sizeof(format_names) / sizeof(format_names[0]); i++)
		if (strcmp(s, format_names[i]) == 0) {
			*f = (enum sg_format)i;
			return NULL;
		}
	return sg_error_fmt("invalid output format '%s': expected table, tsv, "
	    "csv, json, yaml, xlsx, text, markdown or html", s);
}

/* The name of a format. */
const char *
sg_format_name(enum sg_format f)
{
	return format_names[f];
}

/* The heading of a column: its key, or its label in a language. */
const char *
sg_col_label(const struct sg_col *c, enum sg_labels l)
{
	if (l == SG_LABELS_ZH && c->zh != NULL)
		return c->zh;
	if (l == SG_LABELS_EN && c->en != NULL)
		return c->en;
	return c->key;
}

/* Is the message locale Chinese? */
int
sg_locale_zh(void)
{
	const char	*l = setlocale(LC_MESSAGES, NULL);

	return l != NULL && strncmp(l, "zh", 2) == 0;
}

/*
 * The formats a person reads speak the locale's language; the machine
 * formats keep the keys, the same bytes in every locale.
 */
enum sg_labels
sg_labels_default(enum sg_format f)
{
	switch (f) {
	case SG_FMT_TABLE:
	case SG_FMT_TEXT:
	case SG_FMT_MARKDOWN:
	case SG_FMT_HTML:
	case SG_FMT_XLSX:
		return sg_locale_zh() ? SG_LABELS_ZH : SG_LABELS_EN;
	default:
		return SG_LABELS_KEYS;
	}
}

/* Parse --labels. */
const struct sg_error *
sg_labels_parse(enum sg_labels *l, const char *s)
{
	if (strcmp(s, "zh") == 0)
		*l = SG_LABELS_ZH;
	else if (strcmp(s, "en") == 0)
		*l = SG_LABELS_EN;
	else if (strcmp(s, "keys") == 0)
		*l = SG_LABELS_KEYS;
	else
		return sg_error_fmt("invalid labels '%s': expected zh, en or "
		    "keys", s);
	return NULL;
}

/* The column a name means: its key, or either label. */
int
sg_col_find(const struct sg_col *cols, int n, const char *name)
{
	int	 i;

	for (i = 0; i < n; i++)
		if (strcmp(cols[i].key, name) == 0)
			return i;
	for (i = 0; i < n; i++)
		if ((cols[i].zh != NULL && strcmp(cols[i].zh, name) == 0) ||
		    (cols[i].en != NULL && strcmp(cols[i].en, name) == 0))
			return i;
	return -1;
}

/* The heading of column i of an output. */
static const char *
heading(const struct sg_out *o, int i)
{
	return sg_col_label(&o->cols[i], o->labels);
}

/* Nonzero when column i of an output holds numbers. */
static int
numeric(const struct sg_out *o, int i)
{
	return o->cols[i].kind == SG_COL_NUM;
}

/* TSV-escape into a new string: TAB, LF, CR and backslash. */
char *
sg_tsv_escape(const char *s)
{
	char	*out, *p;

	if ((out = p = malloc(strlen(s) * 2 + 1)) == NULL)
		return NULL;
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\t':	*p++ = '\\'; *p++ = 't'; break;
		case '\n':	*p++ = '\\'; *p++ = 'n'; break;
		case '\r':	*p++ = '\\'; *p++ = 'r'; break;
		case '\\':	*p++ = '\\'; *p++ = '\\'; break;
		default:	*p++ = *s;
		}
	}
	*p = '\0';
	return out;
}

/* Undo sg_tsv_escape in place; other backslash pairs stay. */
char *
sg_tsv_unescape(char *s)
{
	char	*r = s, *w = s;

	while (*r != '\0') {
		if (r[0] == '\\' && r[1] != '\0' && strchr("tnr\\", r[1])) {
			*w++ = r[1] == 't' ? '\t' : r[1] == 'n' ? '\n' :
			    r[1] == 'r' ? '\r' : '\\';
			r += 2;
		} else
			*w++ = *r++;
	}
	*w = '\0';
	return s;
}

/* Write a TSV-escaped value. */
static void
put_tsv(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\t':	fputs("\\t", fp); break;
		case '\n':	fputs("\\n", fp); break;
		case '\r':	fputs("\\r", fp); break;
		case '\\':	fputs("\\\\", fp); break;
		default:	putc(*s, fp);
		}
	}
}

/* Write an RFC 4180 field, quoted only when it must be. */
static void
put_csv(FILE *fp, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, fp);
		return;
	}
	putc('"', fp);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			putc('"', fp);
		putc(*s, fp);
	}
	putc('"', fp);
}

/* Write s as a JSON string. */
void
sg_json_string(FILE *fp, const char *s)
{
	putc('"', fp);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '"':	fputs("\\\"", fp); break;
		case '\\':	fputs("\\\\", fp); break;
		case '\n':	fputs("\\n", fp); break;
		case '\r':	fputs("\\r", fp); break;
		case '\t':	fputs("\\t", fp); break;
		case '\b':	fputs("\\b", fp); break;
		case '\f':	fputs("\\f", fp); break;
		default:
			if (c < 0x20)
				fprintf(fp, "\\u%04x", c);
			else
				putc(c, fp);
		}
	}
	putc('"', fp);
}

/* Would a plain YAML scalar be read back as something else? */
static int
yaml_needs_quotes(const char *s, int num)
{
	static const char *const words[] = { "true", "false", "yes", "no",
	    "on", "off", "null", "y", "n", "~" };
	size_t	 i, n = strlen(s);
	char	*end;

	if (n == 0 || s[0] == ' ' || s[n - 1] == ' ' ||
	    strchr("-?:,[]{}#&*!|>'\"%@`", s[0]) != NULL ||
	    strstr(s, ": ") != NULL || strstr(s, " #") != NULL ||
	    s[n - 1] == ':')
		return 1;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20)
			return 1;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasecmp(s, words[i]) == 0)
			return 1;
	if (!num) {
		strtod(s, &end);
		if (*end == '\0' || strspn(s, "0123456789-:. ") == n)
			return 1;
	}
	return 0;
}

/* Write one cell of a table, escaped like TSV. */
static char *
cell(const char *s)
{
	return sg_tsv_escape(s ? s : "");
}

/* A sheet holds 1,048,576 rows: the header and this many records. */
#define XLSX_MAXROWS	1048575

/* The workbook of -o xlsx, written to a temporary file, then copied. */
struct sg_xlsx {
	lxw_workbook	*wb;
	lxw_worksheet	*ws;
	lxw_format	*bold, *date;
	char		 path[PATH_MAX];
	int		*width;		/* display width of each column */
	uint32_t	 row;
	int		 failed;
};

/*
 * libxlsxwriter is loaded when a workbook is first written, not linked:
 * it brings libcrypto, whose loading and start-up cost every command
 * some 8 ms of CPU (bench/README.md), and only -o xlsx needs it.
 */
#ifndef SG_XLSXWRITER_SO
#define SG_XLSXWRITER_SO	"libxlsxwriter.so.4"
#endif
#define XLSX_FNS \
	FN(format_set_bold) FN(format_set_num_format) FN(lxw_strerror) \
	FN(workbook_add_format) FN(workbook_add_worksheet) \
	FN(workbook_close) FN(workbook_get_worksheet_by_name) \
	FN(workbook_new_opt) FN(worksheet_freeze_panes) \
	FN(worksheet_set_column) FN(worksheet_write_datetime) \
	FN(worksheet_write_number) FN(worksheet_write_string)

/* The library's functions, once loaded. */
static struct {
#define FN(name)	__typeof__(&name) name;
	XLSX_FNS
#undef FN
} xl;

/*
 * The workbook's deflate level.  libxlsxwriter compresses each part of
 * the zip at zlib's default level (6), and its API does not let a caller
 * choose: half of the CPU of a big -o xlsx was zlib (bench/README.md).
 * The programs export this function (the Makefile's EXPORTS), so the
 * library's call to minizip, looked up in the programs first, comes
 * here; it passes the call on to minizip's own function at level 1
 * (Z_BEST_SPEED): 200,000 elders in 1.45 s of CPU instead of 2.55 s, the
 * file 30% larger.  A program built without the export writes at the
 * library's level, the same workbook otherwise.
 */
typedef int	(*zip_open_fn)(void *, const char *, const void *,
		    const void *, unsigned, const void *, unsigned,
		    const char *, int, int, int, int, int, int, const char *,
		    unsigned long, unsigned long, unsigned long, int);
static zip_open_fn	zip_open_real;
#define SG_XLSX_DEFLATE_LEVEL	1

int	zipOpenNewFileInZip4_64(void *, const char *, const void *,
	    const void *, unsigned, const void *, unsigned, const char *, int,
	    int, int, int, int, int, const char *, unsigned long,
	    unsigned long, unsigned long, int);

int
zipOpenNewFileInZip4_64(void *zip, const char *name, const void *info,
    const void *local, unsigned nlocal, const void *global,
    unsigned nglobal, const char *comment, int method, int level, int raw,
    int wbits, int memlevel, int strategy, const char *password,
    unsigned long crc, unsigned long made_by, unsigned long flags,
    int zip64)
{
	if (zip_open_real == NULL)
		return -104;	/* ZIP_INTERNALERROR: never reached */
	if (level != 0)
		level = SG_XLSX_DEFLATE_LEVEL;
	return zip_open_real(zip, name, info, local, nlocal, global, nglobal,
	    comment, method, level, raw, wbits, memlevel, strategy, password,
	    crc, made_by, flags, zip64);
}

/* Load libxlsxwriter and its functions, once. */
static const struct sg_error *
xlsx_load(void)
{
	static int	 loaded;
	void		*h, *p;

	if (loaded)
		return NULL;
	if ((h = dlopen(SG_XLSXWRITER_SO, RTLD_NOW | RTLD_LOCAL)) == NULL)
		return sg_error_fmt("-o xlsx: cannot load %s: %s",
		    SG_XLSXWRITER_SO, dlerror());
	/* minizip's function, from the library's own dependencies */
	if ((p = dlsym(h, "zipOpenNewFileInZip4_64")) == NULL)
		return sg_error_fmt("-o xlsx: cannot load %s: %s",
		    SG_XLSXWRITER_SO, dlerror());
	memcpy(&zip_open_real, &p, sizeof(p));
#define FN(name)	\
	if ((p = dlsym(h, #name)) == NULL) \
		return sg_error_fmt("-o xlsx: cannot load %s: %s", \
		    SG_XLSXWRITER_SO, dlerror()); \
	memcpy(&xl.name, &p, sizeof(p));
	XLSX_FNS
#undef FN
	loaded = 1;
	return NULL;
}

/* From here on, each library function is its entry of the table. */
#define format_set_bold			(*xl.format_set_bold)
#define format_set_num_format		(*xl.format_set_num_format)
#define lxw_strerror			(*xl.lxw_strerror)
#define workbook_add_format		(*xl.workbook_add_format)
#define workbook_add_worksheet		(*xl.workbook_add_worksheet)
#define workbook_close			(*xl.workbook_close)
#define workbook_get_worksheet_by_name	(*xl.workbook_get_worksheet_by_name)
#define workbook_new_opt		(*xl.workbook_new_opt)
#define worksheet_freeze_panes		(*xl.worksheet_freeze_panes)
#define worksheet_set_column		(*xl.worksheet_set_column)
#define worksheet_write_datetime	(*xl.worksheet_write_datetime)
#define worksheet_write_number		(*xl.worksheet_write_number)
#define worksheet_write_string		(*xl.worksheet_write_string)

static void
xlsx_free(struct sg_out *o)
{
	if (o->xlsx == NULL)
		return;
	if (o->xlsx->path[0] != '\0')
		unlink(o->xlsx->path);
	free(o->xlsx->width);
	free(o->xlsx);
	o->xlsx = NULL;
}

/* Start a workbook; its first sheet comes with the first row. */
static const struct sg_error *
xlsx_begin(struct sg_out *o)
{
	lxw_workbook_options	 opt = { .constant_memory = LXW_TRUE };
	struct sg_xlsx		*x;
	const struct sg_error	*err;
	const char		*tmp = getenv("TMPDIR");
	int			 fd;

	if (isatty(STDOUT_FILENO) || isatty(fileno(o->fp)))
		return sg_error_fmt("-o xlsx: a spreadsheet is not written to "
		    "a terminal: redirect it to a file");
	if ((err = xlsx_load()) != NULL)
		return err;
	if ((x = o->xlsx = calloc(1, sizeof(*x))) == NULL ||
	    (x->width = calloc(o->ncols + 1, sizeof(*x->width))) == NULL) {
		xlsx_free(o);
		return sg_error_errno("xlsx");
	}
	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	snprintf(x->path, sizeof(x->path), "%s/shegong-xlsx.XXXXXX", tmp);
	if ((fd = mkstemp(x->path)) == -1) {
		x->path[0] = '\0';
		xlsx_free(o);
		return sg_error_errno("xlsx: %s", tmp);
	}
	close(fd);
	opt.tmpdir = (char *)tmp;
	if ((x->wb = workbook_new_opt(x->path, &opt)) == NULL) {
		xlsx_free(o);
		return sg_error_fmt("xlsx: cannot start a workbook");
	}
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	x->date = workbook_add_format(x->wb);
	format_set_num_format(x->date, "yyyy-mm-dd");
	return NULL;
}

/* Fit the columns of the sheet being written to their widest text. */
static void
xlsx_widths(struct sg_out *o)
{
	struct sg_xlsx	*x = o->xlsx;
	int		 i;

	for (i = 0; x->ws != NULL && i < o->ncols; i++) {
		/* CJK counts double, as Excel shows */
		worksheet_set_column(x->ws, (lxw_col_t)i, (lxw_col_t)i,
		    x->width[i] + 2 > 60 ? 60 : x->width[i] + 2, NULL);
		x->width[i] = 0;
	}
}

/*
 * A sheet's name as Excel takes it: none of []:*?/\, at most 31
 * characters, unique in the workbook (a number added).
 */
static void
xlsx_name(struct sg_xlsx *x, char *buf, size_t size, const char *name)
{
	char		 base[128];
	size_t		 i, n = 0, chars = 0;
	int		 k;

	for (i = 0; name[i] != '\0' && n + 1 < sizeof(base); i++) {
		if (((unsigned char)name[i] & 0xc0) != 0x80 && ++chars > 28)
			break;
		base[n++] = strchr("[]:*?/\\", name[i]) != NULL ? '_' :
		    name[i];
	}
	base[n] = '\0';
	snprintf(buf, size, "%s", n > 0 ? base : "Sheet");
	for (k = 2; workbook_get_worksheet_by_name(x->wb, buf) != NULL &&
	    k < 1000; k++)
		snprintf(buf, size, "%s %d", n > 0 ? base : "Sheet", k);
}

/* Start a sheet (name NULL: Excel's own), the labels a bold frozen row. */
static const struct sg_error *
xlsx_sheet(struct sg_out *o, const char *name)
{
	struct sg_xlsx	*x = o->xlsx;
	char		 buf[160];
	const char	*sheet = NULL;
	int		 i;

	xlsx_widths(o);
	if (name != NULL) {
		xlsx_name(x, buf, sizeof(buf), name);
		sheet = buf;
	}
	if ((x->ws = workbook_add_worksheet(x->wb, sheet)) == NULL) {
		x->failed = 1;
		return sg_error_fmt("xlsx: cannot add a sheet");
	}
	worksheet_freeze_panes(x->ws, 1, 0);
	for (i = 0; i < o->ncols; i++) {
		worksheet_write_string(x->ws, 0, (lxw_col_t)i, heading(o, i),
		    x->bold);
		x->width[i] = sg_utf8_width(heading(o, i));
	}
	x->row = 1;
	return NULL;
}

/* Go on in a new sheet of the workbook (-o xlsx); other formats go on. */
const struct sg_error *
sg_out_sheet(struct sg_out *o, const char *name)
{
	if (o->fmt != SG_FMT_XLSX || o->xlsx == NULL)
		return NULL;
	return xlsx_sheet(o, name);
}

/* Is s a date YYYY-MM-DD?  Its parts in d. */
static int
xlsx_date(const char *s, lxw_datetime *d)
{
	int	 i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return 0;
	if (s[10] != '\0')
		return 0;
	memset(d, 0, sizeof(*d));
	d->year = atoi(s);
	d->month = atoi(s + 5);
	d->day = atoi(s + 8);
	return d->year >= 1900 && d->month >= 1 && d->month <= 12 &&
	    d->day >= 1 && d->day <= 31;
}

/* One record: numbers as numbers, dates as dates, the rest as text. */
static const struct sg_error *
xlsx_row(struct sg_out *o, const char *const *vals)
{
	struct sg_xlsx	*x = o->xlsx;
	lxw_datetime	 d;
	lxw_error	 e = LXW_NO_ERROR;
	const char	*v;
	char		*end;
	double		 num;
	int		 i, w;

	if (x->ws == NULL && xlsx_sheet(o, NULL) != NULL)
		return sg_error_fmt("xlsx: cannot add a sheet");
	if (x->row > XLSX_MAXROWS) {
		x->failed = 1;
		return sg_error_fmt("-o xlsx: more than %d rows, a sheet's "
		    "limit: use -o csv", XLSX_MAXROWS);
	}
	for (i = 0; i < o->ncols && e == LXW_NO_ERROR; i++) {
		if ((v = vals[i]) == NULL || *v == '\0')
			continue;
		if (numeric(o, i) && (num = strtod(v, &end), *end == '\0'))
			e = worksheet_write_number(x->ws, x->row,
			    (lxw_col_t)i, num, NULL);
		else if (xlsx_date(v, &d))
			e = worksheet_write_datetime(x->ws, x->row,
			    (lxw_col_t)i, &d, x->date);
		else
			e = worksheet_write_string(x->ws, x->row,
			    (lxw_col_t)i, v, NULL);
		if ((w = sg_utf8_width(v)) > x->width[i])
			x->width[i] = w;
	}
	x->row++;
	if (e != LXW_NO_ERROR) {
		x->failed = 1;
		return sg_error_fmt("xlsx: %s", lxw_strerror(e));
	}
	return NULL;
}

/* Close the workbook and copy it to the output. */
static const struct sg_error *
xlsx_end(struct sg_out *o)
{
	struct sg_xlsx		*x = o->xlsx;
	const struct sg_error	*err = NULL;
	lxw_error		 e;
	FILE			*in;
	char			 buf[65536];
	size_t			 n;

	if (x == NULL)
		return NULL;
	if (x->ws == NULL && !x->failed)
		err = xlsx_sheet(o, NULL);
	xlsx_widths(o);
	if ((e = workbook_close(x->wb)) != LXW_NO_ERROR && !x->failed)
		err = sg_error_fmt("xlsx: %s", lxw_strerror(e));
	if (err == NULL && !x->failed) {
		if ((in = fopen(x->path, "rb")) == NULL)
			err = sg_error_errno("xlsx: %s", x->path);
		else {
			while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
				fwrite(buf, 1, n, o->fp);
			fclose(in);
		}
	}
	xlsx_free(o);
	return err;
}

/* Start an output: headers of tsv (with -H) and csv. */
const struct sg_error *
sg_out_begin(struct sg_out *o)
{
	int	 i;

	o->count = 0;
	o->nrows = o->cap = 0;
	o->buf = NULL;
	if (o->fmt == SG_FMT_DEFAULT)
		o->fmt = SG_FMT_TSV;
	if (o->excel && o->fmt != SG_FMT_CSV)
		return sg_error_fmt("--excel: only with -o csv");
	if (o->excel)
		fputs("\xef\xbb\xbf", o->fp);
	o->xlsx = NULL;
	if (o->fmt == SG_FMT_XLSX)
		return xlsx_begin(o);
	if ((o->fmt == SG_FMT_TSV && o->header) || o->fmt == SG_FMT_CSV) {
		for (i = 0; i < o->ncols; i++) {
			if (i > 0)
				putc(o->fmt == SG_FMT_CSV ? ',' : '\t', o->fp);
			if (o->fmt == SG_FMT_CSV)
				put_csv(o->fp, heading(o, i));
			else
				put_tsv(o->fp, heading(o, i));
		}
		fputs(o->fmt == SG_FMT_CSV ? "\r\n" : "\n", o->fp);
	}
	return ferror(o->fp) ? sg_error_errno("write error") : NULL;
}

/* Keep a row of a table for sg_out_end. */
static const struct sg_error *
buffer_row(struct sg_out *o, const char *const *vals)
{
	int	 i;

	if (o->nrows == o->cap) {
		size_t	 cap = o->cap ? o->cap * 2 : 64;
		char	**b = realloc(o->buf, cap * o->ncols * sizeof(*b));

		if (b == NULL)
			return sg_error_errno("output");
		o->buf = b;
		o->cap = cap;
	}
	for (i = 0; i < o->ncols; i++)
		if ((o->buf[o->nrows * o->ncols + i] = cell(vals[i])) == NULL)
			return sg_error_errno("output");
	o->nrows++;
	return NULL;
}

/* Nonzero when s holds 15 digits (ASCII or full-width): maybe an ID number. */
static int
has_idnum(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	int			 n = 0;

	for (; *u != '\0'; u++)
		if ((*u >= '0' && *u <= '9') || (u[0] == 0xef &&
		    u[1] == 0xbc && u[2] >= 0x90 && u[2] <= 0x99))
			if (++n == 15)
				return 1;
	return 0;
}

static const struct sg_error	*out_row(struct sg_out *,
				    const char *const *);

/*
 * Print one record.  Unless o->reveal, every ID number in a value is
 * masked, wherever it is: a note, a command line, a query's column.
 */
const struct sg_error *
sg_out_row(struct sg_out *o, const char *const *vals)
{
	const struct sg_error	*err = NULL;
	char			**copy = NULL;
	int			 i, zh;

	for (i = 0; i < o->ncols; i++) {
		zh = o->labels == SG_LABELS_ZH && o->cols[i].vals != NULL;
		if (vals[i] == NULL || vals[i][0] == '\0' ||
		    (!zh && (o->reveal || !has_idnum(vals[i]))))
			continue;
		if (copy == NULL &&
		    (copy = calloc(o->ncols, sizeof(*copy))) == NULL)
			return sg_error_errno("output");
		copy[i] = zh ? sg_enum_zh(o->cols[i].vals, vals[i]) :
		    strdup(vals[i]);
		if (copy[i] == NULL) {
			err = sg_error_errno("output");
			goto done;
		}
		if (!zh)
			sg_idnum_mask_text(copy[i]);
	}
	if (copy == NULL)
		return out_row(o, vals);
	for (i = 0; i < o->ncols; i++)
		if (copy[i] == NULL && vals[i] != NULL &&
		    (copy[i] = strdup(vals[i])) == NULL) {
			err = sg_error_errno("output");
			goto done;
		}
	err = out_row(o, (const char *const *)copy);
done:
	for (i = 0; i < o->ncols; i++)
		free(copy[i]);
	free(copy);
	return err;
}

/* Print one record as it is. */
static const struct sg_error *
out_row(struct sg_out *o, const char *const *vals)
{
	int	 i, num;

	o->count++;
	switch (o->fmt) {
	case SG_FMT_TABLE:
	case SG_FMT_TEXT:
	case SG_FMT_MARKDOWN:
	case SG_FMT_HTML:
		return buffer_row(o, vals);
	case SG_FMT_XLSX:
		return xlsx_row(o, vals);
	case SG_FMT_JSON:
		putc('{', o->fp);
		for (i = 0; i < o->ncols; i++) {
			num = numeric(o, i);
			if (i > 0)
				putc(',', o->fp);
			sg_json_string(o->fp, o->cols[i].key);
			putc(':', o->fp);
			if (vals[i] == NULL || (num && vals[i][0] == '\0'))
				fputs("null", o->fp);
			else if (num && vals[i][strspn(vals[i],
			    "0123456789.-")] == '\0')
				fputs(vals[i], o->fp);
			else
				sg_json_string(o->fp, vals[i]);
		}
		fputs("}\n", o->fp);
		break;
	case SG_FMT_YAML:
		for (i = 0; i < o->ncols; i++) {
			num = numeric(o, i);
			fprintf(o->fp, "%s%s: ", i ? "  " : "- ",
			    o->cols[i].key);
			if (vals[i] == NULL)
				fputs("~", o->fp);
			else if (yaml_needs_quotes(vals[i], num))
				sg_json_string(o->fp, vals[i]);
			else
				fputs(vals[i], o->fp);
			putc('\n', o->fp);
		}
		break;
	case SG_FMT_CSV:
		for (i = 0; i < o->ncols; i++) {
			if (i > 0)
				putc(',', o->fp);
			put_csv(o->fp, vals[i] ? vals[i] : "");
		}
		fputs("\r\n", o->fp);
		break;
	default:
		for (i = 0; i < o->ncols; i++) {
			if (i > 0)
				putc('\t', o->fp);
			put_tsv(o->fp, vals[i] ? vals[i] : "");
		}
		putc('\n', o->fp);
	}
	return ferror(o->fp) ? sg_error_errno("write error") : NULL;
}

/* Pad to a display width. */
static void
pad(FILE *fp, int n)
{
	while (n-- > 0)
		putc(' ', fp);
}

/* Print the buffered rows as an aligned table. */
static void
print_table(struct sg_out *o)
{
	int	*w, i, len;
	size_t	 r;

	if ((w = calloc(o->ncols, sizeof(*w))) == NULL)
		return;
	for (i = 0; i < o->ncols; i++)
		w[i] = sg_utf8_width(heading(o, i));
	for (r = 0; r < o->nrows; r++)
		for (i = 0; i < o->ncols; i++)
			if ((len = sg_utf8_width(o->buf[r * o->ncols + i])) >
			    w[i])
				w[i] = len;
	for (r = 0; r <= o->nrows; r++) {
		for (i = 0; i < o->ncols; i++) {
			const char *s = r == 0 ? heading(o, i) :
			    o->buf[(r - 1) * o->ncols + i];
			int right = numeric(o, i);

			len = sg_utf8_width(s);
			if (i > 0)
				fputs("  ", o->fp);
			if (right)
				pad(o->fp, w[i] - len);
			fputs(s, o->fp);
			if (!right && i < o->ncols - 1)
				pad(o->fp, w[i] - len);
		}
		putc('\n', o->fp);
	}
	free(w);
}

/* Print the buffered rows as name/value blocks. */
static void
print_vertical(struct sg_out *o)
{
	int	 w = 0, i, len;
	size_t	 r;

	for (i = 0; i < o->ncols; i++)
		if ((len = sg_utf8_width(heading(o, i))) > w)
			w = len;
	for (r = 0; r < o->nrows; r++) {
		if (r > 0)
			putc('\n', o->fp);
		for (i = 0; i < o->ncols; i++) {
			fputs(heading(o, i), o->fp);
			pad(o->fp, w - sg_utf8_width(heading(o, i)) + 2);
			fprintf(o->fp, "%s\n", o->buf[r * o->ncols + i]);
		}
	}
}

/* Print the buffered rows as a markdown table. */
static void
print_markdown(struct sg_out *o)
{
	size_t	 r;
	int	 i;

	for (r = 0; r <= o->nrows + 1; r++) {
		for (i = 0; i < o->ncols; i++) {
			const char *s = r == 0 ? heading(o, i) : r == 1 ? "---" :
			    o->buf[(r - 2) * o->ncols + i];

			fputs(i == 0 ? "| " : " | ", o->fp);
			for (; *s != '\0'; s++) {
				if (*s == '|')
					putc('\\', o->fp);
				putc(*s, o->fp);
			}
		}
		fputs(" |\n", o->fp);
	}
}

/* Write HTML-escaped text. */
static void
put_html(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':	fputs("&amp;", fp); break;
		case '<':	fputs("&lt;", fp); break;
		case '>':	fputs("&gt;", fp); break;
		case '"':	fputs("&quot;", fp); break;
		default:	putc(*s, fp);
		}
	}
}

/* Print the buffered rows as an HTML table. */
static void
print_html(struct sg_out *o)
{
	size_t	 r;
	int	 i;

	fprintf(o->fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\"/>\n<title>", o->labels == SG_LABELS_ZH ?
	    "zh-CN" : "en");
	put_html(o->fp, o->title);
	fputs("</title>\n<style>\n"
	    "@page { size: A4 landscape; margin: 12mm; }\n"
	    "body { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
	    "\"WenQuanYi Zen Hei\", sans-serif; font-size: 10pt; }\n"
	    "h1 { font-size: 14pt; }\n"
	    "table { border-collapse: collapse; width: 100%; }\n"
	    "th, td { border: 1px solid #666; padding: 3px 6px; "
	    "text-align: left; vertical-align: top; }\n"
	    "th { background: #eee; }\n"
	    "thead { display: table-header-group; }\n"
	    "tr { break-inside: avoid; }\n"
	    "</style>\n</head>\n<body>\n<h1>", o->fp);
	put_html(o->fp, o->title);
	fputs("</h1>\n<table>\n", o->fp);
	for (r = 0; r <= o->nrows; r++) {
		/* the header row repeats on every printed page */
		fputs(r == 0 ? "<thead>\n<tr>" : r == 1 ? "<tbody>\n<tr>" :
		    "<tr>", o->fp);
		for (i = 0; i < o->ncols; i++) {
			fputs(r == 0 ? "<th>" : "<td>", o->fp);
			put_html(o->fp, r == 0 ? heading(o, i) :
			    o->buf[(r - 1) * o->ncols + i]);
			fputs(r == 0 ? "</th>" : "</td>", o->fp);
		}
		fputs(r == 0 ? "</tr>\n</thead>\n" : "</tr>\n", o->fp);
	}
	if (o->nrows > 0)
		fputs("</tbody>\n", o->fp);
	fputs("</table>\n</body>\n</html>\n", o->fp);
}

/* End an output: print a buffered table and free it. */
const struct sg_error *
sg_out_end(struct sg_out *o)
{
	const struct sg_error	*err;
	size_t			 i;

	if (o->fmt == SG_FMT_XLSX && (err = xlsx_end(o)) != NULL)
		return err;
	if (o->fmt == SG_FMT_MARKDOWN)
		print_markdown(o);
	else if (o->fmt == SG_FMT_HTML)
		print_html(o);
	else if ((o->fmt == SG_FMT_TABLE || o->fmt == SG_FMT_TEXT) &&
	    o->vertical)
		print_vertical(o);
	else if (o->fmt == SG_FMT_TABLE || o->fmt == SG_FMT_TEXT)
		print_table(o);
	for (i = 0; i < o->nrows * (size_t)o->ncols; i++)
		free(o->buf[i]);
	free(o->buf);
	o->buf = NULL;
	o->nrows = o->cap = 0;
	return ferror(o->fp) ? sg_error_errno("write error") : NULL;
}
