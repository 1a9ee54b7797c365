/*
 * xlsx.c -- the rows of one sheet of an xlsx workbook, as text: the zip
 * read by libzip, its XML by libxml2's streaming reader, one row at a
 * time, in memory bounded by the largest row and the shared strings.
 */
#include <sys/types.h>

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <dlfcn.h>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include "shegong.h"

/*
 * libzip and libxml2 are loaded when a workbook is first read, not
 * linked: with what they bring (libcrypto, ICU, lzma, bz2) they cost
 * every command some 12 ms of CPU at start-up, and only xlsx input
 * needs them.  Their functions are called through the table below: each
 * name is redirected to its entry once the table is declared.
 */
#ifndef SG_LIBZIP_SO
#define SG_LIBZIP_SO	"libzip.so.4"
#endif
#ifndef SG_LIBXML2_SO
#define SG_LIBXML2_SO	"libxml2.so.2"
#endif
#define ZIP_FNS \
	FN(zip_discard) FN(zip_error_code_zip) FN(zip_error_fini) \
	FN(zip_error_init) FN(zip_error_init_with_code) \
	FN(zip_error_strerror) FN(zip_error_to_data) FN(zip_fclose) \
	FN(zip_file_strerror) FN(zip_fopen_index) FN(zip_fread) \
	FN(zip_name_locate) FN(zip_open_from_source) \
	FN(zip_source_free) FN(zip_source_function_create) \
	FN(zip_source_make_command_bitmap) \
	FN(zip_source_seek_compute_offset) FN(zip_stat_init) \
	FN(zip_strerror)
#define XML_FNS \
	FN(xmlFreeTextReader) FN(xmlInitParser) \
	FN(xmlReaderForIO) FN(xmlSetExternalEntityLoader) \
	FN(xmlTextReaderConstLocalName) FN(xmlTextReaderConstNamespaceUri) \
	FN(xmlTextReaderConstValue) FN(xmlTextReaderDepth) \
	FN(xmlTextReaderGetAttribute) FN(xmlTextReaderIsEmptyElement) \
	FN(xmlTextReaderMoveToElement) FN(xmlTextReaderMoveToNextAttribute) \
	FN(xmlTextReaderNext) FN(xmlTextReaderNodeType) \
	FN(xmlTextReaderRead) FN(xmlTextReaderSetStructuredErrorHandler) \
	FN(xmlTextReaderValue)

static struct {
#define FN(name)	__typeof__(&name) name;
	ZIP_FNS
	XML_FNS
#undef FN
	__typeof__(&xmlFree) xmlFree;	/* a variable of libxml2 */
} lib;

/* Set *fn (a function pointer) to the symbol sym of h. */
static const struct sg_error *
sym(void *fn, size_t size, void *h, const char *sym, const char *name)
{
	void	*p;

	if ((p = dlsym(h, sym)) == NULL)
		return sg_error_fmt("%s: cannot read xlsx: %s", name,
		    dlerror());
	memcpy(fn, &p, size);
	return NULL;
}

/* Load both libraries and their functions, once. */
static const struct sg_error *
libs_load(const char *name)
{
	static int		 loaded;
	const struct sg_error	*err;
	void			*zh, *xh;

	if (loaded)
		return NULL;
	if ((zh = dlopen(SG_LIBZIP_SO, RTLD_NOW | RTLD_LOCAL)) == NULL ||
	    (xh = dlopen(SG_LIBXML2_SO, RTLD_NOW | RTLD_LOCAL)) == NULL)
		return sg_error_fmt("%s: cannot read xlsx: %s", name,
		    dlerror());
#define FN(fn)	\
	if ((err = sym(&lib.fn, sizeof(lib.fn), zh, #fn, name)) != NULL) \
		return err;
	ZIP_FNS
#undef FN
#define FN(fn)	\
	if ((err = sym(&lib.fn, sizeof(lib.fn), xh, #fn, name)) != NULL) \
		return err;
	XML_FNS
#undef FN
	/* the variable's address: a pointer to the free function */
	if ((err = sym(&lib.xmlFree, sizeof(lib.xmlFree), xh, "xmlFree",
	    name)) != NULL)
		return err;
	loaded = 1;
	return NULL;
}

/* From here on, each library function is its entry of the table. */
#define zip_discard			(*lib.zip_discard)
#define zip_error_code_zip		(*lib.zip_error_code_zip)
#define zip_error_fini			(*lib.zip_error_fini)
#define zip_error_init			(*lib.zip_error_init)
#define zip_error_init_with_code	(*lib.zip_error_init_with_code)
#define zip_error_strerror		(*lib.zip_error_strerror)
#define zip_error_to_data		(*lib.zip_error_to_data)
#define zip_fclose			(*lib.zip_fclose)
#define zip_file_strerror		(*lib.zip_file_strerror)
#define zip_fopen_index			(*lib.zip_fopen_index)
#define zip_fread			(*lib.zip_fread)
#define zip_name_locate			(*lib.zip_name_locate)
#define zip_open_from_source		(*lib.zip_open_from_source)
#define zip_source_free			(*lib.zip_source_free)
#define zip_source_function_create	(*lib.zip_source_function_create)
#define zip_source_make_command_bitmap	(*lib.zip_source_make_command_bitmap)
#define zip_source_seek_compute_offset	(*lib.zip_source_seek_compute_offset)
#define zip_stat_init			(*lib.zip_stat_init)
#define zip_strerror			(*lib.zip_strerror)
#define xmlFree				(*lib.xmlFree)
#define xmlFreeTextReader		(*lib.xmlFreeTextReader)
#define xmlInitParser			(*lib.xmlInitParser)
#define xmlReaderForIO			(*lib.xmlReaderForIO)
#define xmlSetExternalEntityLoader	(*lib.xmlSetExternalEntityLoader)
#define xmlTextReaderConstLocalName	(*lib.xmlTextReaderConstLocalName)
#define xmlTextReaderConstNamespaceUri	(*lib.xmlTextReaderConstNamespaceUri)
#define xmlTextReaderConstValue		(*lib.xmlTextReaderConstValue)
#define xmlTextReaderDepth		(*lib.xmlTextReaderDepth)
#define xmlTextReaderGetAttribute	(*lib.xmlTextReaderGetAttribute)
#define xmlTextReaderIsEmptyElement	(*lib.xmlTextReaderIsEmptyElement)
#define xmlTextReaderMoveToElement	(*lib.xmlTextReaderMoveToElement)
#define xmlTextReaderMoveToNextAttribute (*lib.xmlTextReaderMoveToNextAttribute)
#define xmlTextReaderNext		(*lib.xmlTextReaderNext)
#define xmlTextReaderNodeType		(*lib.xmlTextReaderNodeType)
#define xmlTextReaderRead		(*lib.xmlTextReaderRead)
#define xmlTextReaderSetStructuredErrorHandler \
	(*lib.xmlTextReaderSetStructuredErrorHandler)
#define xmlTextReaderValue		(*lib.xmlTextReaderValue)

#define MAXCOL		16384		/* XFD, Excel's last column */
#define MAXROW		1048576		/* Excel's last row */
#define MAXCELL		(256 * 1024)	/* bytes of one cell's text */
#define MAXSHEETS	4096
#define MAXXF		65536		/* cell formats */
#define MAXFMT		4096		/* custom number formats */
#define MAXMERGE	65536
#define MAXSST		((size_t)512 * 1024 * 1024)	/* shared strings */

/* What a number format shows of a date serial. */
#define F_DATE		1
#define F_TIME		2
#define F_SECS		4

/* A text growing in place. */
struct buf {
	char		*s;
	size_t		 len, cap;
};

/* A merged range of cells, rows and columns from 1. */
struct merge {
	long		 r1, r2;
	int		 c1, c2;
};

/* A sheet of the workbook: its name and relationship id. */
struct sheet {
	char		*name, *rid;
};

struct sg_xlsx {
	FILE			*fp;
	off_t			 size;
	char			*name;		/* the file as shown */
	const struct sg_error	*fatal;
	zip_t			*zip;
	int			 date1904;
	struct sheet		*sheets;
	int			 nsheets;
	char			*sheet;		/* the one read */
	size_t			*sst;		/* shared strings: offsets */
	int			 nsst, capsst;
	struct buf		 sstbuf;
	unsigned char		*xf;		/* cell format: F_ flags */
	int			 nxf;
	struct merge		*mg;		/* sorted by first row */
	int			 nmg, mgnext, mgbest;
	/* the part being read */
	zip_file_t		*zf;
	char			*part;
	xmlTextReaderPtr	 xr;
	char			 xerr[256];	/* libxml2's first error */
	char			 zerr[160];	/* libzip's read error */
	/* the sheet's rows */
	long			 row;		/* the last one read */
	int			 eof;
	struct buf		 cells;		/* cell strings, NUL-ended */
	size_t			*off;
	char			**vals;
	int			 cap;
	struct buf		 text;		/* the current cell's */
	int			 bad;		/* the row's first bad cell */
	char			 why[300];
};

/* The message of a workbook that is not what it should be. */
static const struct sg_error *
damaged(struct sg_xlsx *x, const char *why)
{
	if (x->fatal == NULL)
		x->fatal = sg_error_fmt("%s: damaged xlsx workbook: %s", x->name,
		    _(why));
	return x->fatal;
}

/* Append n bytes to b, NUL-terminated; -1 out of memory or past max. */
static int
buf_put(struct buf *b, const char *s, size_t n, size_t max)
{
	size_t	 cap = b->cap ? b->cap : 256;
	char	*p;

	if (b->len + n + 1 > max)
		return -1;
	if (b->len + n + 1 > b->cap) {
		while (cap < b->len + n + 1)
			cap *= 2;
		if ((p = realloc(b->s, cap)) == NULL)
			return -1;
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

/* libzip: a source reading the stream fp (seekable), never closing it. */
static zip_int64_t
src_cb(void *ud, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
	struct sg_xlsx	*x = ud;
	zip_stat_t	*st;
	zip_error_t	 ze;
	zip_int64_t	 off;
	size_t		 n;

	switch (cmd) {
	case ZIP_SOURCE_OPEN:
		return fseeko(x->fp, 0, SEEK_SET) == 0 ? 0 : -1;
	case ZIP_SOURCE_READ:
		n = fread(data, 1, len, x->fp);
		return n == 0 && ferror(x->fp) ? -1 : (zip_int64_t)n;
	case ZIP_SOURCE_CLOSE:
	case ZIP_SOURCE_FREE:
		return 0;
	case ZIP_SOURCE_STAT:
		st = data;
		zip_stat_init(st);
		st->size = x->size;
		st->valid |= ZIP_STAT_SIZE;
		return sizeof(*st);
	case ZIP_SOURCE_ERROR:
		zip_error_init_with_code(&ze, ZIP_ER_READ);
		return zip_error_to_data(&ze, data, len);
	case ZIP_SOURCE_SEEK:
		zip_error_init(&ze);
		off = zip_source_seek_compute_offset(ftello(x->fp), x->size,
		    data, len, &ze);
		zip_error_fini(&ze);
		if (off < 0 || fseeko(x->fp, off, SEEK_SET) != 0)
			return -1;
		return 0;
	case ZIP_SOURCE_TELL:
		return ftello(x->fp);
	case ZIP_SOURCE_SUPPORTS:
		return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN,
		    ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
		    ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK,
		    ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS, -1);
	default:
		return -1;
	}
}

/* libxml2: read the part from the zip. */
static int
part_read(void *ctx, char *buf, int len)
{
	struct sg_xlsx	*x = ctx;
	zip_int64_t	 n;

	if ((n = zip_fread(x->zf, buf, len)) < 0) {
		snprintf(x->zerr, sizeof(x->zerr), "%s",
		    zip_file_strerror(x->zf));
		return -1;
	}
	return (int)n;
}

/* libxml2: the part is closed by part_close. */
static int
part_noclose(void *ctx)
{
	(void)ctx;
	return 0;
}

/* libxml2: keep the first error, with its line. */
static void
part_error(void *ctx, xmlErrorPtr e)
{
	struct sg_xlsx	*x = ctx;
	size_t		 n;

	if (x->xerr[0] != '\0' || e == NULL || e->level < XML_ERR_ERROR)
		return;
	snprintf(x->xerr, sizeof(x->xerr), "line %d: %s", e->line,
	    e->message ? e->message : "cannot parse");
	n = strlen(x->xerr);
	while (n > 0 && (x->xerr[n - 1] == '\n' || x->xerr[n - 1] == ' '))
		x->xerr[--n] = '\0';
}

/* libxml2: no external entity or DTD is ever loaded. */
static xmlParserInputPtr
no_entities(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

/* Close the part being read. */
static void
part_close(struct sg_xlsx *x)
{
	if (x->xr != NULL)
		xmlFreeTextReader(x->xr);
	if (x->zf != NULL)
		zip_fclose(x->zf);
	free(x->part);
	x->xr = NULL;
	x->zf = NULL;
	x->part = NULL;
}

/* Open the part path of the zip; 0, 1 when it is not there, -1 an error. */
static int
part_open(struct sg_xlsx *x, const char *path)
{
	zip_int64_t	 i;

	part_close(x);
	x->xerr[0] = x->zerr[0] = '\0';
	if ((i = zip_name_locate(x->zip, path, ZIP_FL_NOCASE)) < 0)
		return 1;
	if ((x->part = strdup(path)) == NULL) {
		x->fatal = sg_error_fmt("%s: out of memory", x->name);
		return -1;
	}
	if ((x->zf = zip_fopen_index(x->zip, i, 0)) == NULL) {
		char	 why[300];

		snprintf(why, sizeof(why), "%s: %s", path,
		    zip_strerror(x->zip));
		damaged(x, why);
		return -1;
	}
	x->xr = xmlReaderForIO(part_read, part_noclose, x, path, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	    XML_PARSE_NOCDATA);
	if (x->xr == NULL) {
		x->fatal = sg_error_fmt("%s: out of memory", x->name);
		return -1;
	}
	xmlTextReaderSetStructuredErrorHandler(x->xr, part_error, x);
	return 0;
}

/* The next node of the part: 1, 0 at its end, -1 an error. */
static int
xnext(struct sg_xlsx *x)
{
	char	 why[512];
	int	 rc;

	if (x->fatal != NULL)
		return -1;
	rc = xmlTextReaderRead(x->xr);
	if (rc == 1 &&
	    xmlTextReaderNodeType(x->xr) == XML_READER_TYPE_DOCUMENT_TYPE)
		snprintf(why, sizeof(why), "%s: %s", x->part,
		    _("a document type declaration"));
	else if (rc == -1 || x->zerr[0] != '\0' || x->xerr[0] != '\0')
		snprintf(why, sizeof(why), "%s: %s", x->part, x->zerr[0] ?
		    x->zerr : x->xerr[0] ? x->xerr : _("cannot parse"));
	else
		return rc;
	damaged(x, why);
	return -1;
}

/* Is the current node the start of element name? */
static int
at_start(struct sg_xlsx *x, const char *name)
{
	const xmlChar	*ln;

	if (xmlTextReaderNodeType(x->xr) != XML_READER_TYPE_ELEMENT)
		return 0;
	ln = xmlTextReaderConstLocalName(x->xr);
	return ln != NULL && strcmp((const char *)ln, name) == 0;
}

/* An attribute without a namespace, malloc'd by libxml2, or NULL. */
static char *
attr(struct sg_xlsx *x, const char *name)
{
	return (char *)xmlTextReaderGetAttribute(x->xr, (const xmlChar *)name);
}

/* The attribute of local name "id" in a namespace (r:id), malloc'd. */
static char *
attr_rid(struct sg_xlsx *x)
{
	char	*v = NULL;

	while (v == NULL && xmlTextReaderMoveToNextAttribute(x->xr) == 1)
		if (xmlTextReaderConstNamespaceUri(x->xr) != NULL &&
		    strcmp((const char *)xmlTextReaderConstLocalName(x->xr),
		    "id") == 0)
			v = (char *)xmlTextReaderValue(x->xr);
	xmlTextReaderMoveToElement(x->xr);
	return v;
}

/* Is the current node text (in an element the caller chose)? */
static int
at_text(struct sg_xlsx *x)
{
	int	 t = xmlTextReaderNodeType(x->xr);

	return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
	    t == XML_READER_TYPE_WHITESPACE ||
	    t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/*
 * Append the text of the element at the current node (ending at depth) to
 * b: all of it (v), or that of its t elements outside rPh (si, is: rich
 * text runs, without the phonetic guide).  -1 an error; -2 too long.
 */
static int
gather(struct sg_xlsx *x, struct buf *b, int runs, size_t max)
{
	const char	*v;
	int		 depth = xmlTextReaderDepth(x->xr), d, rc;
	int		 tdepth = -1, rph = -1;

	if (xmlTextReaderIsEmptyElement(x->xr))
		return 0;
	while ((rc = xnext(x)) == 1) {
		d = xmlTextReaderDepth(x->xr);
		if (d <= depth)
			return 0;
		if (xmlTextReaderNodeType(x->xr) == XML_READER_TYPE_END_ELEMENT) {
			if (d == rph)
				rph = -1;
			if (d == tdepth)
				tdepth = -1;
			continue;
		}
		if (runs && rph < 0 && at_start(x, "rPh") &&
		    !xmlTextReaderIsEmptyElement(x->xr))
			rph = d;
		else if (runs && rph < 0 && at_start(x, "t") &&
		    !xmlTextReaderIsEmptyElement(x->xr))
			tdepth = d;
		else if (at_text(x) && (runs ? tdepth >= 0 && d == tdepth + 1 :
		    d == depth + 1)) {
			v = (const char *)xmlTextReaderConstValue(x->xr);
			if (v != NULL && buf_put(b, v, strlen(v), max) == -1)
				return -2;
		}
	}
	return rc == 0 ? 0 : -1;
}

/* Its value, 0-15, of a hexadecimal digit; -1 if it is none. */
static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode the _xHHHH_ escapes of OOXML text (_x000D_ a CR) in place. */
static size_t
unescape(char *s, size_t n)
{
	size_t	 i, o = 0;
	long	 c;
	int	 k, h;

	for (i = 0; i < n; ) {
		c = -1;
		if (n - i >= 7 && s[i] == '_' && s[i + 1] == 'x' &&
		    s[i + 6] == '_') {
			for (c = 0, k = 2; k < 6 && c >= 0; k++)
				c = (h = hexval((unsigned char)s[i + k])) < 0 ?
				    -1 : c * 16 + h;
			if (c == 0 || (c >= 0xd800 && c <= 0xdfff))
				c = -1;
		}
		if (c < 0) {
			s[o++] = s[i++];
			continue;
		}
		i += 7;
		if (c < 0x80)
			s[o++] = (char)c;
		else if (c < 0x800) {
			s[o++] = (char)(0xc0 | c >> 6);
			s[o++] = (char)(0x80 | (c & 0x3f));
		} else {
			s[o++] = (char)(0xe0 | c >> 12);
			s[o++] = (char)(0x80 | (c >> 6 & 0x3f));
			s[o++] = (char)(0x80 | (c & 0x3f));
		}
	}
	s[o] = '\0';
	return o;
}

/* Add a sheet of workbook.xml. */
static int
add_sheet(struct sg_xlsx *x)
{
	struct sheet	*p;
	char		*name = attr(x, "name"), *rid = attr_rid(x);

	if (name == NULL || x->nsheets == MAXSHEETS ||
	    (p = realloc(x->sheets, (x->nsheets + 1) * sizeof(*p))) == NULL) {
		xmlFree(name);
		xmlFree(rid);
		return name == NULL ? 0 : -1;
	}
	x->sheets = p;
	p[x->nsheets].name = name;
	p[x->nsheets].rid = rid;
	x->nsheets++;
	return 0;
}

/* Read xl/workbook.xml: the date system and the sheets, in order. */
static const struct sg_error *
read_workbook(struct sg_xlsx *x)
{
	char	*v;
	int	 rc;

	if ((rc = part_open(x, "xl/workbook.xml")) == 1)
		return sg_error_fmt("%s: not an xlsx workbook: a zip archive "
		    "without xl/workbook.xml", x->name);
	while (rc == 0 && xnext(x) == 1) {
		if (at_start(x, "workbookPr") &&
		    (v = attr(x, "date1904")) != NULL) {
			x->date1904 = strcmp(v, "1") == 0 ||
			    strcmp(v, "true") == 0;
			xmlFree(v);
		} else if (at_start(x, "sheet") && add_sheet(x) == -1)
			return sg_error_fmt("%s: too many sheets", x->name);
	}
	if (x->fatal != NULL)
		return x->fatal;
	if (x->nsheets == 0)
		return sg_error_fmt("%s: the workbook has no sheet", x->name);
	return NULL;
}

/* The path in the zip of a relationship's target from xl/. */
static char *
target_path(const char *t)
{
	char	*p;

	if (t[0] == '/')
		return strdup(t + 1);
	if ((p = malloc(strlen(t) + 4)) != NULL)
		sprintf(p, "xl/%s", t);
	return p;
}

/* Does the relationship type end in "/what"? */
static int
rel_type(const char *type, const char *what)
{
	size_t	 n, w = strlen(what);

	if (type == NULL)
		return 0;
	n = strlen(type);
	return n > w && type[n - w - 1] == '/' &&
	    strcmp(type + n - w, what) == 0;
}

/*
 * Read xl/_rels/workbook.xml.rels: the paths of the sheet (rid), of the
 * shared strings and of the styles; those not named keep their defaults.
 */
static const struct sg_error *
read_rels(struct sg_xlsx *x, const char *rid, char **sheet, char **sst,
    char **styles)
{
	char	*id, *type, *target, **to;
	int	 rc;

	if ((rc = part_open(x, "xl/_rels/workbook.xml.rels")) != 0)
		return rc == 1 ? NULL : x->fatal;
	while (xnext(x) == 1) {
		if (!at_start(x, "Relationship"))
			continue;
		id = attr(x, "Id");
		type = attr(x, "Type");
		target = attr(x, "Target");
		to = NULL;
		if (target == NULL || type == NULL)
			;
		else if (rid != NULL && id != NULL && strcmp(id, rid) == 0)
			to = sheet;
		else if (rel_type(type, "sharedStrings"))
			to = sst;
		else if (rel_type(type, "styles"))
			to = styles;
		if (to != NULL) {
			free(*to);
			*to = target_path(target);
		}
		xmlFree(id);
		xmlFree(type);
		xmlFree(target);
		if (to != NULL && *to == NULL)
			return sg_error_fmt("%s: out of memory", x->name);
	}
	return x->fatal;
}

/* Read the shared strings (path), all held: cells point at them. */
static const struct sg_error *
read_sst(struct sg_xlsx *x, const char *path)
{
	size_t	*p, start;
	int	 rc;

	if ((rc = part_open(x, path)) != 0)
		return rc == 1 ? NULL : x->fatal;
	while (xnext(x) == 1) {
		if (!at_start(x, "si"))
			continue;
		if (x->nsst == x->capsst) {
			x->capsst = x->capsst ? x->capsst * 2 : 1024;
			if ((p = realloc(x->sst, x->capsst * sizeof(*p))) ==
			    NULL)
				return sg_error_fmt("%s: out of memory",
				    x->name);
			x->sst = p;
		}
		start = x->sstbuf.len;
		if ((rc = gather(x, &x->sstbuf, 1, MAXSST)) == -1)
			break;
		if (rc == -2 || buf_put(&x->sstbuf, "", 1, MAXSST) == -1)
			return sg_error_fmt("%s: the shared strings are too "
			    "large", x->name);
		x->sstbuf.len = start + unescape(x->sstbuf.s + start,
		    x->sstbuf.len - 1 - start) + 1;
		x->sst[x->nsst++] = start;
	}
	return x->fatal;
}

/* The F_ flags of a number format's code (its first section). */
static int
code_flags(const char *s)
{
	char	 tok[64];
	int	 n = 0, i, f = 0;

	for (; *s != '\0' && *s != ';' && n < (int)sizeof(tok); s++) {
		if (*s == '"') {
			while (s[1] != '\0' && s[1] != '"')
				s++;
			s += s[1] != '\0';
		} else if (*s == '\\' || *s == '_' || *s == '*') {
			s += s[1] != '\0';
		} else if (*s == '[') {
			/* [h]:mm elapsed time; [Red], [$-804] not */
			if (strchr("hHmMsS", s[1]) != NULL)
				tok[n++] = (char)(s[1] | 0x20);
			while (s[1] != '\0' && s[1] != ']')
				s++;
		} else if (strchr("yYmMdDhHsS", *s) != NULL &&
		    (n == 0 || tok[n - 1] != (*s | 0x20)))
			tok[n++] = (char)(*s | 0x20);
	}
	for (i = 0; i < n; i++) {
		if (tok[i] == 'y' || tok[i] == 'd')
			f |= F_DATE;
		else if (tok[i] == 'h')
			f |= F_TIME;
		else if (tok[i] == 's')
			f |= F_TIME | F_SECS;
		else if ((i > 0 && tok[i - 1] == 'h') ||
		    (i + 1 < n && tok[i + 1] == 's'))
			f |= F_TIME;	/* m between h and s: minutes */
		else
			f |= F_DATE;
	}
	return f;
}

/* The F_ flags of a built-in number format. */
static int
builtin_flags(long id)
{
	if ((id >= 14 && id <= 17) || id == 27 || id == 28 || id == 29 ||
	    id == 30 || id == 31 || id == 36 || (id >= 50 && id <= 54) ||
	    id == 57 || id == 58)
		return F_DATE;
	if (id == 18 || id == 20 || id == 32 || id == 34 || id == 55)
		return F_TIME;
	if (id == 19 || id == 21 || id == 33 || id == 35 || id == 45 ||
	    id == 46 || id == 47 || id == 56)
		return F_TIME | F_SECS;
	if (id == 22)
		return F_DATE | F_TIME;
	return 0;
}

/* A number format of styles.xml: its id and flags, kept in fmts. */
struct fmt {
	long	 id;
	int	 flags;
};

/* The flags of format id: a custom one of fmts, else a built-in one. */
static int
fmt_flags(const struct fmt *fmts, int n, long id)
{
	int	 i;

	for (i = 0; i < n; i++)
		if (fmts[i].id == id)
			return fmts[i].flags;
	return builtin_flags(id);
}

/* A long of an attribute; def when absent or not a number. */
static long
attr_long(struct sg_xlsx *x, const char *name, long def)
{
	char	*v = attr(x, name), *end;
	long	 n;

	if (v == NULL)
		return def;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno != 0 || end == v || *end != '\0')
		n = def;
	xmlFree(v);
	return n;
}

/* Read the styles: which cell formats show dates or times. */
static const struct sg_error *
read_styles(struct sg_xlsx *x, const char *path)
{
	struct fmt	 fmts[MAXFMT];
	unsigned char	*p;
	char		*code;
	int		 nf = 0, rc, incell = 0, depth = -1;

	if ((rc = part_open(x, path)) != 0)
		return rc == 1 ? NULL : x->fatal;
	while (xnext(x) == 1) {
		if (incell && xmlTextReaderDepth(x->xr) <= depth)
			incell = 0;
		if (at_start(x, "numFmt") && nf < MAXFMT &&
		    (code = attr(x, "formatCode")) != NULL) {
			fmts[nf].id = attr_long(x, "numFmtId", -1);
			fmts[nf++].flags = code_flags(code);
			xmlFree(code);
		} else if (at_start(x, "cellXfs") &&
		    !xmlTextReaderIsEmptyElement(x->xr)) {
			incell = 1;
			depth = xmlTextReaderDepth(x->xr);
		} else if (incell && at_start(x, "xf") &&
		    xmlTextReaderDepth(x->xr) == depth + 1 && x->nxf < MAXXF) {
			if ((p = realloc(x->xf, x->nxf + 1)) == NULL)
				return sg_error_fmt("%s: out of memory",
				    x->name);
			x->xf = p;
			x->xf[x->nxf++] = (unsigned char)fmt_flags(fmts, nf,
			    attr_long(x, "numFmtId", 0));
		}
	}
	return x->fatal;
}

/*
 * Parse a cell reference (B7, or only B with row NULL): column from 1,
 * row from 1.  -1 if it is none.
 */
static int
cellref(const char *s, int *col, long *row)
{
	long	 c = 0, r = 0;
	int	 i = 0;

	while (s[i] >= 'A' && s[i] <= 'Z' && i < 3)
		c = c * 26 + (s[i++] - 'A' + 1);
	if (i == 0 || c > MAXCOL)
		return -1;
	*col = (int)c;
	if (row == NULL)
		return 0;
	if (s[i] < '1' || s[i] > '9')
		return -1;
	while (s[i] >= '0' && s[i] <= '9' && r <= MAXROW)
		r = r * 10 + (s[i++] - '0');
	if (r > MAXROW || (s[i] != '\0' && s[i] != ':'))
		return -1;
	*row = r;
	return i;
}

/* Write column c (from 1) as letters into buf (at least 4 bytes). */
static char *
colname(char *buf, int c)
{
	char	 t[4];
	int	 n = 0, i;

	while (c > 0 && n < 3) {
		t[n++] = (char)('A' + (c - 1) % 26);
		c = (c - 1) / 26;
	}
	for (i = 0; i < n; i++)
		buf[i] = t[n - 1 - i];
	buf[n] = '\0';
	return buf;
}

/* Column c (from 1) as letters (AB) into buf (at least 4 bytes). */
char *
sg_xlsx_colname(char *buf, int c)
{
	return colname(buf, c);
}

/* Sort merges by their first row. */
static int
merge_cmp(const void *a, const void *b)
{
	const struct merge	*p = a, *q = b;

	return (p->r1 > q->r1) - (p->r1 < q->r1);
}

/* Add the merge of ref (A1:H1); a bad one is left out. */
static int
add_merge(struct sg_xlsx *x, const char *ref)
{
	struct merge	 m, *p;
	int		 n;

	if ((n = cellref(ref, &m.c1, &m.r1)) < 0 || ref[n] != ':' ||
	    cellref(ref + n + 1, &m.c2, &m.r2) < 0 || m.r2 < m.r1 ||
	    m.c2 < m.c1 || (m.r1 == m.r2 && m.c1 == m.c2))
		return 0;
	if (x->nmg == MAXMERGE)
		return -1;
	if ((p = realloc(x->mg, (x->nmg + 1) * sizeof(*p))) == NULL)
		return -1;
	x->mg = p;
	x->mg[x->nmg++] = m;
	return 0;
}

/*
 * Does the part at path hold the bytes "mergeCell" anywhere?  Only
 * inflated and searched, not parsed: most sheets have no merged cells,
 * and a sheet's XML is read once less.  -1 an error.
 */
static int
has_merges(struct sg_xlsx *x, const char *path)
{
	static const char	 word[] = "mergeCell";
	char			 buf[16384 + sizeof(word)];
	size_t			 keep = 0;
	zip_int64_t		 i, n;
	zip_file_t		*zf;
	int			 found = 0;

	if ((i = zip_name_locate(x->zip, path, ZIP_FL_NOCASE)) < 0 ||
	    (zf = zip_fopen_index(x->zip, i, 0)) == NULL)
		return 1;	/* the XML pass says what is wrong */
	while (!found && (n = zip_fread(zf, buf + keep, sizeof(buf) -
	    sizeof(word) - keep + 1)) > 0) {
		n += keep;
		found = memmem(buf, n, word, sizeof(word) - 1) != NULL;
		keep = n < (zip_int64_t)sizeof(word) - 2 ? (size_t)n :
		    sizeof(word) - 2;
		memmove(buf, buf + n - keep, keep);
	}
	zip_fclose(zf);
	return found || n < 0;	/* a read error: the XML pass says it */
}

/* First pass over the sheet: its merged cells (after the rows). */
static const struct sg_error *
read_merges(struct sg_xlsx *x, const char *path)
{
	char	*ref;
	int	 rc = 1;

	x->mgbest = -1;
	if (!has_merges(x, path))
		return NULL;
	if (part_open(x, path) != 0)
		return x->fatal;
	while (rc == 1 && xnext(x) == 1) {
		if (at_start(x, "sheetData")) {
			/* skip the rows: the merges come after them */
			rc = xmlTextReaderNext(x->xr);
			if (rc == -1 || x->xerr[0] != '\0' || x->zerr[0] != '\0')
				xnext(x);	/* the error, said */
			if (rc == 1)
				rc = xmlTextReaderNodeType(x->xr) == 0 ? 0 : 1;
			continue;
		}
		if (at_start(x, "mergeCell") && (ref = attr(x, "ref")) != NULL) {
			rc = add_merge(x, ref) == 0;
			xmlFree(ref);
			if (!rc)
				return sg_error_fmt("%s: too many merged "
				    "cells", x->name);
		}
	}
	if (x->fatal != NULL)
		return x->fatal;
	if (x->nmg > 0)
		qsort(x->mg, x->nmg, sizeof(*x->mg), merge_cmp);
	x->mgbest = -1;
	return NULL;
}

/* Find the sheet to read: by name, or the first. */
static const struct sg_error *
find_sheet(struct sg_xlsx *x, const char *name, int *k)
{
	char	*list = NULL;
	size_t	 len = 0;
	FILE	*fp;
	int	 i;

	*k = 0;
	if (name == NULL)
		return NULL;
	for (i = 0; i < x->nsheets; i++)
		if (strcmp(x->sheets[i].name, name) == 0) {
			*k = i;
			return NULL;
		}
	if ((fp = open_memstream(&list, &len)) == NULL)
		return sg_error_errno("%s", x->name);
	for (i = 0; i < x->nsheets; i++)
		fprintf(fp, "%s%s", i ? ", " : "", x->sheets[i].name);
	fclose(fp);
	x->fatal = sg_error_fmt("%s: no sheet '%s': the sheets are %s",
	    x->name, name, list ? list : "");
	free(list);
	return x->fatal;
}

/* Open the workbook and its sheet's parts, up to the first row. */
static const struct sg_error *
open_book(struct sg_xlsx *x, const char *sheet)
{
	const struct sg_error	*err;
	char			*path = NULL, *sst = NULL, *styles = NULL;
	char			 dflt[64];
	int			 k;

	if ((err = read_workbook(x)) != NULL ||
	    (err = find_sheet(x, sheet, &k)) != NULL)
		return err;
	if ((x->sheet = strdup(x->sheets[k].name)) == NULL)
		return sg_error_fmt("%s: out of memory", x->name);
	if ((err = read_rels(x, x->sheets[k].rid, &path, &sst, &styles)) !=
	    NULL)
		goto done;
	snprintf(dflt, sizeof(dflt), "xl/worksheets/sheet%d.xml", k + 1);
	if ((err = read_sst(x, sst ? sst : "xl/sharedStrings.xml")) != NULL ||
	    (err = read_styles(x, styles ? styles : "xl/styles.xml")) != NULL)
		goto done;
	if (zip_name_locate(x->zip, path ? path : dflt, ZIP_FL_NOCASE) < 0) {
		err = sg_error_fmt("%s: damaged xlsx workbook: sheet '%s' is "
		    "not in it", x->name, x->sheet);
		goto done;
	}
	if ((err = read_merges(x, path ? path : dflt)) != NULL)
		goto done;
	if (part_open(x, path ? path : dflt) != 0)
		err = x->fatal;
done:
	free(path);
	free(sst);
	free(styles);
	return err;
}

/* Is this the start of a zip archive (PK\3\4), an xlsx workbook? */
int
sg_xlsx_magic(const unsigned char *s, size_t n)
{
	return n >= 4 && memcmp(s, "PK\3\4", 4) == 0;
}

/* Open the workbook in fp (seekable) to read sheet (NULL: the first). */
const struct sg_error *
sg_xlsx_open(struct sg_xlsx **xp, FILE *fp, const char *name,
    const char *sheet)
{
	const struct sg_error	*err = NULL;
	struct sg_xlsx		*x;
	zip_source_t		*src;
	zip_error_t		 ze;
	unsigned char		 head[8];
	size_t			 n;

	*xp = NULL;
	if ((err = libs_load(name)) != NULL)
		return err;
	xmlInitParser();
	xmlSetExternalEntityLoader(no_entities);
	if ((x = calloc(1, sizeof(*x))) == NULL ||
	    (x->name = strdup(name)) == NULL) {
		free(x);
		return sg_error_fmt("%s: out of memory", name);
	}
	x->fp = fp;
	if (fseeko(fp, 0, SEEK_END) != 0 || (x->size = ftello(fp)) < 0 ||
	    fseeko(fp, 0, SEEK_SET) != 0) {
		err = sg_error_errno("cannot read '%s'", name);
		goto done;
	}
	n = fread(head, 1, sizeof(head), fp);
	if (n >= 4 && memcmp(head, "\xd0\xcf\x11\xe0", 4) == 0) {
		err = sg_error_fmt("%s: an Excel 97-2003 workbook (.xls): save "
		    "it as an Excel workbook (.xlsx) or as CSV", name);
		goto done;
	}
	if (!sg_xlsx_magic(head, n)) {
		err = sg_error_fmt("%s: not an xlsx workbook: not a zip "
		    "archive", name);
		goto done;
	}
	zip_error_init(&ze);
	if ((src = zip_source_function_create(src_cb, x, &ze)) == NULL ||
	    (x->zip = zip_open_from_source(src, ZIP_RDONLY, &ze)) == NULL) {
		if (zip_error_code_zip(&ze) == ZIP_ER_NOZIP)
			err = sg_error_fmt("%s: damaged xlsx workbook: the "
			    "zip archive is cut short or damaged (no central "
			    "directory)", name);
		else
			err = sg_error_fmt("%s: damaged xlsx workbook: %s",
			    name, zip_error_strerror(&ze));
		if (src != NULL)
			zip_source_free(src);
		zip_error_fini(&ze);
		goto done;
	}
	zip_error_fini(&ze);
	err = open_book(x, sheet);
done:
	if (err != NULL)
		sg_xlsx_close(x);
	else
		*xp = x;
	return err;
}

/* The name of the sheet read. */
const char *
sg_xlsx_sheet(const struct sg_xlsx *x)
{
	return x->sheet;
}

/* Make room for n cells in the row; -1 out of memory. */
static int
row_grow(struct sg_xlsx *x, int n)
{
	size_t	*o;
	char	**v;
	int	 cap = x->cap ? x->cap : 32;

	if (n <= x->cap)
		return 0;
	while (cap < n)
		cap *= 2;
	if ((o = realloc(x->off, cap * sizeof(*o))) != NULL)
		x->off = o;
	if ((v = realloc(x->vals, cap * sizeof(*v))) != NULL)
		x->vals = v;
	if (o == NULL || v == NULL)
		return -1;
	x->cap = cap;
	return 0;
}

/* Mark the row's first bad cell (col from 1) and why. */
static void
bad_cell(struct sg_xlsx *x, int col, const char *why, const char *v)
{
	char	 c[4];

	if (x->bad >= 0)
		return;
	x->bad = col - 1;
	snprintf(x->why, sizeof(x->why), _(why), colname(c, col), x->row, v);
}

/* A date serial as text (flags: what its format shows); -1 out of range. */
static int
serial_text(struct sg_xlsx *x, double v, int flags, char *out, size_t size)
{
	int32_t		 base, day;
	double		 days = floor(v);
	long		 secs = lround((v - days) * 86400.0);
	int		 y, m, d, n = 0;

	if (!(v >= 0 && v < 2958466.0))
		return -1;
	if (secs >= 86400) {
		days += 1;
		secs -= 86400;
	}
	if (x->date1904)
		sg_date_make(&base, 1904, 1, 1);
	else if (days < 60)
		sg_date_make(&base, 1899, 12, 31);
	else
		sg_date_make(&base, 1899, 12, 30);
	day = base + (int32_t)days;
	sg_date_split(day, &y, &m, &d);
	out[0] = '\0';
	if (flags & F_DATE) {
		if (!x->date1904 && days == 60)
			n = snprintf(out, size, "1900-02-29");
		else
			n = snprintf(out, size, "%04d-%02d-%02d", y, m, d);
	}
	if ((flags & F_TIME) && (!(flags & F_DATE) || secs != 0)) {
		if (!(flags & F_DATE))
			secs += (long)days * 86400;
		n += snprintf(out + n, size - n, "%s%02ld:%02ld", n ? " " : "",
		    secs / 3600, secs / 60 % 60);
		if (flags & F_SECS)
			snprintf(out + n, size - n, ":%02ld", secs % 60);
	}
	return 0;
}

/* Is s a plain whole number, digits with an optional minus? */
static int
plain_int(const char *s)
{
	s += *s == '-';
	if (*s == '\0')
		return 0;
	return strspn(s, "0123456789") == strlen(s);
}

/*
 * The text of a number cell whose XML says v, with format flags:
 * what Excel shows (15 significant digits), a date, or an error.
 */
static void
number_text(struct sg_xlsx *x, int col, const char *v, int flags,
    struct buf *out)
{
	char	 s[64], *end;
	double	 d;

	errno = 0;
	d = strtod(v, &end);
	if (end == v || *end != '\0' || !isfinite(d)) {
		bad_cell(x, col, N_("cell %s%ld: '%s' is not a number"), v);
		return;
	}
	if (flags & (F_DATE | F_TIME)) {
		if (serial_text(x, d, flags, s, sizeof(s)) == -1)
			bad_cell(x, col, N_("cell %s%ld: %s is no date"), v);
		else
			buf_put(out, s, strlen(s), MAXCELL);
		return;
	}
	if (plain_int(v)) {
		buf_put(out, v, strlen(v), MAXCELL);
		return;
	}
	if (fabs(d) >= 1e15 && d == floor(d)) {
		bad_cell(x, col, N_("cell %s%ld: %s: a number of more than "
		    "15 digits, whose last digits Excel has lost: store it as "
		    "text (an ID number is text)"), v);
		return;
	}
	snprintf(s, sizeof(s), "%.15g", d);
	buf_put(out, s, strlen(s), MAXCELL);
}

/* The text of a t="d" cell (ISO 8601): its date, and time if not 0. */
static void
iso_text(const char *v, struct buf *out)
{
	size_t	 n = strlen(v);

	if (n >= 10 && v[4] == '-' && v[7] == '-' && (n == 10 ||
	    (v[10] == 'T' && strspn(v + 11, "0:.Z") == n - 11)))
		n = 10;
	buf_put(out, v, n, MAXCELL);
}

/* Read the cell at the current node (c) into the row. */
static int
read_cell(struct sg_xlsx *x, int *col)
{
	char	*r = attr(x, "r"), *t = attr(x, "t"), *sv = NULL;
	long	 s = attr_long(x, "s", 0), row, k;
	int	 c = *col + 1, depth = xmlTextReaderDepth(x->xr), rc = 1;
	int	 formula = 0, flags, inl = t != NULL && !strcmp(t, "inlineStr");
	size_t	 start;

	if (r != NULL && (cellref(r, &c, &row) < 0 || row != x->row))
		rc = -1;
	xmlFree(r);
	if (rc == -1 || c <= *col) {
		xmlFree(t);
		return damaged(x, N_("cell references out of order")), -1;
	}
	x->text.len = 0;
	while (!xmlTextReaderIsEmptyElement(x->xr) && (rc = xnext(x)) == 1 &&
	    xmlTextReaderDepth(x->xr) > depth) {
		if (at_start(x, "v") && !inl)
			rc = gather(x, &x->text, 0, MAXCELL);
		else if (at_start(x, "is") && inl)
			rc = gather(x, &x->text, 1, MAXCELL);
		else if (at_start(x, "f"))
			formula = 1;
		if (rc == -2)
			bad_cell(x, c, N_("cell %s%ld: more text than a cell "
			    "holds%s"), "");
		else if (rc < 0)
			break;
	}
	if (rc == -1 || x->fatal != NULL) {
		xmlFree(t);
		return -1;
	}
	if (row_grow(x, c) == -1) {
		xmlFree(t);
		return x->fatal = sg_error_fmt("%s: out of memory", x->name),
		    -1;
	}
	for (k = *col; k < c; k++)
		x->off[k] = SIZE_MAX;
	*col = c;
	start = x->cells.len;
	x->off[c - 1] = start;
	flags = s >= 0 && s < x->nxf ? x->xf[s] : 0;
	if (x->text.len == 0 && formula && x->bad < 0)
		bad_cell(x, c, N_("cell %s%ld: a formula with no value saved: "
		    "open the file and save it again%s"), "");
	else if (x->text.len == 0)
		;
	else if (t == NULL || strcmp(t, "n") == 0)
		number_text(x, c, x->text.s, flags, &x->cells);
	else if (strcmp(t, "s") == 0) {
		errno = 0;
		k = strtol(x->text.s, &sv, 10);
		if (*sv != '\0' || k < 0 || k >= x->nsst || errno != 0) {
			xmlFree(t);
			return damaged(x, N_("a shared string that is not there")),
			    -1;
		}
		sv = x->sstbuf.s + x->sst[k];
		buf_put(&x->cells, sv, strlen(sv), SIZE_MAX);
	} else if (strcmp(t, "b") == 0)
		buf_put(&x->cells, strcmp(x->text.s, "0") ? "TRUE" : "FALSE",
		    strcmp(x->text.s, "0") ? 4 : 5, MAXCELL);
	else if (strcmp(t, "e") == 0)
		bad_cell(x, c, N_("cell %s%ld: the sheet shows an error here "
		    "(%s)"), x->text.s);
	else if (strcmp(t, "d") == 0)
		iso_text(x->text.s, &x->cells);
	else {
		x->text.len = unescape(x->text.s, x->text.len);
		buf_put(&x->cells, x->text.s, x->text.len, SIZE_MAX);
	}
	xmlFree(t);
	if (buf_put(&x->cells, "", 1, SIZE_MAX) == -1)
		return x->fatal = sg_error_fmt("%s: out of memory", x->name),
		    -1;
	return 0;
}

/* Read the row at the current node; n its cells. */
static int
read_row(struct sg_xlsx *x, int *n)
{
	long	 r = attr_long(x, "r", x->row + 1);
	int	 depth = xmlTextReaderDepth(x->xr), col = 0, rc;

	if (r <= x->row || r > MAXROW)
		return damaged(x, N_("row numbers out of order")), -1;
	x->row = r;
	x->cells.len = 0;
	x->bad = -1;
	if (!xmlTextReaderIsEmptyElement(x->xr))
		while ((rc = xnext(x)) == 1 && xmlTextReaderDepth(x->xr) >
		    depth)
			if (at_start(x, "c") && read_cell(x, &col) == -1)
				return -1;
	if (x->fatal != NULL)
		return -1;
	*n = col;
	return 0;
}

/*
 * The next row with a cell: 1, its number in *row and its n cells in
 * *cells ("" when empty), 0 at the end, -1 an error (*err).  A cell that
 * cannot be read makes *bad its index (else -1) and *why the reason.
 */
int
sg_xlsx_row(struct sg_xlsx *x, long *row, char ***cells, int *n, int *bad,
    const char **why, const struct sg_error **err)
{
	int	 i;

	*err = NULL;
	while (!x->eof && x->fatal == NULL) {
		if (xnext(x) != 1)
			break;
		if (!at_start(x, "row"))
			continue;
		if (read_row(x, n) == -1)
			break;
		for (i = 0; i < *n; i++)
			x->vals[i] = x->off[i] == SIZE_MAX ? (char *)"" :
			    x->cells.s + x->off[i];
		*row = x->row;
		*cells = x->vals;
		*bad = x->bad;
		*why = x->why;
		return 1;
	}
	x->eof = 1;
	if (x->fatal != NULL) {
		*err = x->fatal;
		return -1;
	}
	return 0;
}

/*
 * The merged range (B7:B9) that holds a cell of row, into buf, or NULL;
 * *first its first cell.  Rows are asked in increasing order.
 */
const char *
sg_xlsx_merged(struct sg_xlsx *x, long row, char *buf, size_t size,
    char *first, size_t fsize)
{
	const struct merge	*m;
	char			 a[4], b[4];

	while (x->mgnext < x->nmg && x->mg[x->mgnext].r1 <= row) {
		if (x->mgbest < 0 || x->mg[x->mgnext].r2 > x->mg[x->mgbest].r2)
			x->mgbest = x->mgnext;
		x->mgnext++;
	}
	if (x->mgbest < 0 || x->mg[x->mgbest].r2 < row)
		return NULL;
	m = &x->mg[x->mgbest];
	snprintf(first, fsize, "%s%ld", colname(a, m->c1), m->r1);
	snprintf(buf, size, "%s%ld:%s%ld", colname(a, m->c1), m->r1,
	    colname(b, m->c2), m->r2);
	return buf;
}

/* Close the workbook. */
void
sg_xlsx_close(struct sg_xlsx *x)
{
	int	 i;

	if (x == NULL)
		return;
	part_close(x);
	if (x->zip != NULL)
		zip_discard(x->zip);
	for (i = 0; i < x->nsheets; i++) {
		xmlFree(x->sheets[i].name);
		xmlFree(x->sheets[i].rid);
	}
	free(x->sheets);
	free(x->sheet);
	free(x->sst);
	free(x->sstbuf.s);
	free(x->xf);
	free(x->mg);
	free(x->cells.s);
	free(x->off);
	free(x->vals);
	free(x->text.s);
	free(x->name);
	free(x);
}
