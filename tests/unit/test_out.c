/*
 * test_out.c -- output formats: escaping, quoting, CJK-aware alignment.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

static const struct sg_col cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "姓名", .en = "Name" },
	{ .key = "note", .zh = "备注", .en = "Note" },
};
static enum sg_labels labels;

/* Render two fixed rows in a format; the caller frees the text. */
static char *
render(enum sg_format fmt, int header, int vertical)
{
	const char	*r1[] = { "1", "张桂英", "a\tb\nc\\d" };
	const char	*r2[] = { "12", "Li", NULL };
	struct sg_out	 o;
	char		*buf = NULL;
	size_t		 len = 0;

	memset(&o, 0, sizeof(o));
	o.fmt = fmt;
	o.header = header;
	o.vertical = vertical;
	o.ncols = 3;
	o.cols = cols;
	o.labels = labels;
	o.fp = open_memstream(&buf, &len);
	assert_non_null(o.fp);
	assert_null(sg_out_begin(&o));
	assert_null(sg_out_row(&o, r1));
	assert_null(sg_out_row(&o, r2));
	assert_null(sg_out_end(&o));
	fclose(o.fp);
	return buf;
}

static void
test_tsv(void **state)
{
	char	*s;

	(void)state;
	s = render(SG_FMT_TSV, 0, 0);
	assert_string_equal(s, "1\t张桂英\ta\\tb\\nc\\\\d\n12\tLi\t\n");
	free(s);
	s = render(SG_FMT_TSV, 1, 0);
	assert_string_equal(s, "id\tname\tnote\n"
	    "1\t张桂英\ta\\tb\\nc\\\\d\n12\tLi\t\n");
	free(s);
}

static void
test_tsv_escape_round_trip(void **state)
{
	const char	*in = "tab\there\nnew\\back\rcr \\x";
	char		*e, *u;

	(void)state;
	e = sg_tsv_escape(in);
	assert_string_equal(e, "tab\\there\\nnew\\\\back\\rcr \\\\x");
	u = sg_tsv_unescape(e);
	assert_string_equal(u, in);
	free(e);
}

static void
test_csv(void **state)
{
	const char	*r[] = { "3", "王\"老\"汉", "one, two\nthree" };
	struct sg_out	 o;
	char		*buf = NULL, *s;
	size_t		 len = 0;

	(void)state;
	s = render(SG_FMT_CSV, 0, 0);
	assert_string_equal(s, "id,name,note\r\n1,张桂英,\"a\tb\nc\\d\"\r\n"
	    "12,Li,\r\n");
	free(s);
	memset(&o, 0, sizeof(o));
	o.fmt = SG_FMT_CSV;
	o.ncols = 3;
	o.cols = cols;
	o.fp = open_memstream(&buf, &len);
	assert_null(sg_out_begin(&o));
	assert_null(sg_out_row(&o, r));
	assert_null(sg_out_end(&o));
	fclose(o.fp);
	assert_string_equal(buf, "id,name,note\r\n"
	    "3,\"王\"\"老\"\"汉\",\"one, two\nthree\"\r\n");
	free(buf);
}

static void
test_json(void **state)
{
	char	*s;

	(void)state;
	s = render(SG_FMT_JSON, 0, 0);
	assert_string_equal(s,
	    "{\"id\":1,\"name\":\"张桂英\",\"note\":\"a\\tb\\nc\\\\d\"}\n"
	    "{\"id\":12,\"name\":\"Li\",\"note\":null}\n");
	free(s);
}

static void
test_yaml(void **state)
{
	char	*s;

	(void)state;
	s = render(SG_FMT_YAML, 0, 0);
	assert_string_equal(s,
	    "- id: 1\n  name: 张桂英\n  note: \"a\\tb\\nc\\\\d\"\n"
	    "- id: 12\n  name: Li\n  note: ~\n");
	free(s);
}

static void
test_table(void **state)
{
	char	*s;

	(void)state;
	s = render(SG_FMT_TABLE, 0, 0);
	/* 张桂英 is six columns wide; numbers are right-aligned */
	assert_string_equal(s,
	    "id  name    note\n"
	    " 1  张桂英  a\\tb\\nc\\\\d\n"
	    "12  Li      \n");
	free(s);
	s = render(SG_FMT_TABLE, 0, 1);
	assert_string_equal(s,
	    "id    1\nname  张桂英\nnote  a\\tb\\nc\\\\d\n\n"
	    "id    12\nname  Li\nnote  \n");
	free(s);
}

static void
test_formats(void **state)
{
	enum sg_format	 f;

	(void)state;
	assert_null(sg_format_parse(&f, "csv"));
	assert_int_equal(f, SG_FMT_CSV);
	assert_string_equal(sg_format_name(SG_FMT_JSON), "json");
	assert_string_equal(sg_format_parse(&f, "xml")->msg,
	    "invalid output format 'xml': expected table, tsv, csv, json, "
	    "yaml, xlsx, text, markdown or html");
}

/* Headings follow the labels chosen; json keys stay the keys. */
static void
test_labels(void **state)
{
	char	*s;

	(void)state;
	labels = SG_LABELS_ZH;
	s = render(SG_FMT_TABLE, 0, 0);
	assert_string_equal(s, "编号  姓名    备注\n"
	    "   1  张桂英  a\\tb\\nc\\\\d\n"
	    "  12  Li      \n");
	free(s);
	labels = SG_LABELS_EN;
	s = render(SG_FMT_CSV, 0, 0);
	assert_string_equal(s, "ID,Name,Note\r\n1,张桂英,\"a\tb\nc\\d\"\r\n"
	    "12,Li,\r\n");
	free(s);
	s = render(SG_FMT_JSON, 0, 0);
	assert_non_null(strstr(s, "\"name\":\"Li\""));
	free(s);
	labels = SG_LABELS_KEYS;
	assert_int_equal(sg_col_find(cols, 3, "note"), 2);
	assert_int_equal(sg_col_find(cols, 3, "姓名"), 1);
	assert_int_equal(sg_col_find(cols, 3, "ID"), 0);
	assert_int_equal(sg_col_find(cols, 3, "phone"), -1);
	assert_string_equal(sg_col_label(&cols[1], SG_LABELS_ZH), "姓名");
	assert_string_equal(sg_col_label(&cols[1], SG_LABELS_KEYS), "name");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tsv),
		cmocka_unit_test(test_tsv_escape_round_trip),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_yaml),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_labels),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
