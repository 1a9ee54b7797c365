/*
 * fuzz_xlsx.c -- the xlsx reader (lib/xlsx.c through lib/input.c, with
 * the header row found by known names and the footer held): every row of
 * any workbook, or an error, never a crash, a leak or a hang.
 *
 * An input that starts with "PK" is read as the workbook it is (the zip
 * itself fuzzed).  Any other is split at "\n----\n" into the sheet, the
 * shared strings, the styles, the workbook and its relationships, put
 * into a zip (stored, so their CRCs are right) by libzip: so the
 * mutations reach the XML.
 */
#include <zip.h>

#include "fuzz.h"

#define SEP	"\n----\n"

static const char *const parts[] = { "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels" };

/* A column name of the header? (what an importer would know) */
static int
known(void *arg, const char *name)
{
	static const char *const names[] = { "name", "姓名", "gender", "性别",
	    "birth", "出生日期", "building", "楼栋", "note", "备注" };
	size_t	 i;

	(void)arg;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i], name) == 0)
			return 1;
	return 0;
}

/* Add n bytes at p as the zip's file name (stored). */
static void
add(zip_t *z, const char *name, const void *p, size_t n)
{
	zip_source_t	*s;
	zip_int64_t	 i;

	if ((s = zip_source_buffer(z, p, n, 0)) == NULL)
		abort();
	if ((i = zip_file_add(z, name, s, ZIP_FL_OVERWRITE)) < 0) {
		zip_source_free(s);
		abort();
	}
	zip_set_file_compression(z, i, ZIP_CM_STORE, 0);
}

/* The parts of data in a zip (malloc'd, its length in *len). */
static char *
make_zip(const uint8_t *data, size_t size, size_t *len)
{
	static const char book[] = "<workbook><sheets><sheet name=\"S\" "
	    "sheetId=\"1\"/></sheets></workbook>";
	const char	*p = (const char *)data, *end = p + size, *q;
	zip_error_t	 ze;
	zip_source_t	*src;
	zip_t		*z;
	char		*buf;
	size_t		 i;
	zip_int64_t	 n;

	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(NULL, 0, 0, &ze)) == NULL)
		abort();
	zip_source_keep(src);
	if ((z = zip_open_from_source(src, ZIP_TRUNCATE, &ze)) == NULL)
		abort();
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]) && p <= end; i++) {
		q = memmem(p, end - p, SEP, strlen(SEP));
		if (q == NULL)
			q = end;
		add(z, parts[i], p, q - p);
		p = q + strlen(SEP);
	}
	if (i < 4)
		add(z, parts[3], book, strlen(book));
	if (zip_close(z) != 0)
		abort();
	if (zip_source_open(src) != 0 || zip_source_seek(src, 0, SEEK_END) != 0 ||
	    (n = zip_source_tell(src)) < 0 || zip_source_seek(src, 0,
	    SEEK_SET) != 0 || (buf = malloc(n + 1)) == NULL ||
	    zip_source_read(src, buf, n) != n)
		abort();
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	*len = (size_t)n;
	return buf;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct sg_error	*err;
	struct sg_reader_opts	 o = { NULL, 0, known, NULL };
	struct sg_reader	*rd;
	struct sg_record	*r;
	FILE			*fp;
	char			*zip = NULL, *buf;
	size_t			 sum = 0, n = size;
	long			 last = 0;
	int			 rc, i;

	if (size < 2 || memcmp(data, "PK", 2) != 0) {
		zip = make_zip(data, size, &n);
		data = (const uint8_t *)zip;
	}
	fp = fuzz_file(data, n, &buf);
	if (sg_reader_open(&rd, fp, "fuzz", SG_IN_XLSX) != NULL)
		abort();
	FUZZ_CHECK(sg_reader_set(rd, &o) == NULL);
	while ((rc = sg_reader_next(rd, &r, &err)) != 0) {
		if (rc < 0) {
			FUZZ_CHECK(err != NULL);
			break;
		}
		if (r == NULL) {
			FUZZ_CHECK(err != NULL);
			sum += strlen(err->msg);
			continue;
		}
		FUZZ_CHECK(r->line >= 1 && r->line > last);
		FUZZ_CHECK(r->line > sg_reader_header_line(rd));
		last = r->line;
		for (i = 0; i < r->n; i++) {
			sum += strlen(r->keys[i]) + strlen(r->vals[i]);
			FUZZ_CHECK(r->lines[i] == r->line);
		}
	}
	sg_reader_close(rd);
	fclose(fp);
	free(buf);
	free(zip);
	(void)sum;
	return 0;
}
