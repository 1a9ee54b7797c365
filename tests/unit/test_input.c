/*
 * test_input.c -- the TSV, CSV and YAML readers, ids from stdin, id and
 * input format parsing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "shegong.h"

#define TEXT(s)		(s), sizeof(s) - 1

/* A reader on a temporary file holding some text. */
struct rdr {
	FILE			*fp;
	struct sg_reader	*rd;
	struct sg_record	*r;
	const struct sg_error	*err;
};

/* A temporary file holding n bytes of s, rewound. */
static FILE *
text_file(const char *s, size_t n)
{
	FILE	*fp = tmpfile();

	assert_non_null(fp);
	assert_int_equal(fwrite(s, 1, n, fp), n);
	rewind(fp);
	return fp;
}

/* Open a reader of fmt named name on the text. */
static void
r_open(struct rdr *t, const char *s, size_t n, const char *name,
    enum sg_informat fmt)
{
	const struct sg_error	*err;

	t->fp = text_file(s, n);
	err = sg_reader_open(&t->rd, t->fp, name, fmt);
	assert_null(err);
	assert_non_null(t->rd);
}

/* The next record; its return code. */
static int
r_next(struct rdr *t)
{
	return sg_reader_next(t->rd, &t->r, &t->err);
}

/* Close the reader and its file. */
static void
r_close(struct rdr *t)
{
	sg_reader_close(t->rd);
	fclose(t->fp);
}

/* The next call gives a record of n fields at line with these values. */
static void
expect_rec(struct rdr *t, long line, int n, const char *const *keys,
    const char *const *vals)
{
	int	 i;

	assert_int_equal(r_next(t), 1);
	assert_null(t->err);
	assert_non_null(t->r);
	assert_int_equal(t->r->line, line);
	assert_int_equal(t->r->n, n);
	for (i = 0; i < n; i++) {
		assert_string_equal(t->r->keys[i], keys[i]);
		if (vals[i] == NULL)
			assert_null(t->r->vals[i]);
		else
			assert_string_equal(t->r->vals[i], vals[i]);
	}
}

/* The next call gives a record error with this message. */
static void
expect_bad(struct rdr *t, const char *msg)
{
	assert_int_equal(r_next(t), 1);
	assert_null(t->r);
	assert_non_null(t->err);
	assert_string_equal(t->err->msg, msg);
}

/* The next call gives a fatal error with this message. */
static void
expect_fatal(struct rdr *t, const char *msg)
{
	assert_int_equal(r_next(t), -1);
	assert_null(t->r);
	assert_non_null(t->err);
	assert_string_equal(t->err->msg, msg);
}

/* The next call gives the end. */
static void
expect_end(struct rdr *t)
{
	assert_int_equal(r_next(t), 0);
	assert_null(t->r);
	assert_null(t->err);
}

/* Formats from file names. */
static void
test_informat_from_name(void **state)
{
	enum sg_informat	 f = 0;
	const struct sg_error	*err;

	(void)state;
	assert_null(sg_informat_from_name(&f, "elders.tsv"));
	assert_int_equal(f, SG_IN_TSV);
	assert_null(sg_informat_from_name(&f, "/tmp/a.b/elders.csv"));
	assert_int_equal(f, SG_IN_CSV);
	assert_null(sg_informat_from_name(&f, "elders.yaml"));
	assert_int_equal(f, SG_IN_YAML);
	assert_null(sg_informat_from_name(&f, "elders.yml"));
	assert_int_equal(f, SG_IN_YAML);
	assert_null(sg_informat_from_name(&f, "ELDERS.CSV"));
	assert_int_equal(f, SG_IN_CSV);
	assert_null(sg_informat_from_name(&f, "花名册.XLSX"));
	assert_int_equal(f, SG_IN_XLSX);
	f = 0;
	err = sg_informat_from_name(&f, "elders.txt");
	assert_non_null(err);
	assert_string_equal(err->msg, "cannot tell the format of "
	    "'elders.txt': use --format tsv, csv, yaml or xlsx");
	assert_int_equal(err->status, SG_EXIT_ERR);
	assert_int_equal(f, 0);
	err = sg_informat_from_name(&f, "dir.csv/elders");
	assert_non_null(err);
	assert_string_equal(err->msg, "cannot tell the format of "
	    "'dir.csv/elders': use --format tsv, csv, yaml or xlsx");
	assert_non_null(sg_informat_from_name(&f, "elders"));
	assert_non_null(sg_informat_from_name(&f, "elders.tsv.gz"));
}

/* Formats from their names. */
static void
test_informat_parse(void **state)
{
	enum sg_informat	 f = 0;
	const struct sg_error	*err;

	(void)state;
	assert_null(sg_informat_parse(&f, "tsv"));
	assert_int_equal(f, SG_IN_TSV);
	assert_null(sg_informat_parse(&f, "csv"));
	assert_int_equal(f, SG_IN_CSV);
	assert_null(sg_informat_parse(&f, "yaml"));
	assert_int_equal(f, SG_IN_YAML);
	f = 0;
	assert_null(sg_informat_parse(&f, "yml"));
	assert_int_equal(f, SG_IN_YAML);
	err = sg_informat_parse(&f, "json");
	assert_non_null(err);
	assert_string_equal(err->msg,
	    "invalid format 'json': expected tsv, csv, yaml or xlsx");
	err = sg_informat_parse(&f, "");
	assert_string_equal(err->msg,
	    "invalid format '': expected tsv, csv, yaml or xlsx");
	assert_null(sg_informat_parse(&f, "xlsx"));
	assert_int_equal(f, SG_IN_XLSX);
	assert_non_null(sg_informat_parse(&f, "TSV"));
}

/* TSV: escapes, CRLF, blank lines, a last line with no newline. */
static void
test_tsv_read(void **state)
{
	static const char *const k[] = { "id", "name", "note" };
	static const char *const v1[] = { "1", "张三", "a\tb\nc\\d\\x\r" };
	static const char *const v2[] = { "2", "李四", "" };
	static const char *const v3[] = { "3", "", "end" };
	struct rdr	 t;
	char		**hdr;
	int		 n = -1;

	(void)state;
	r_open(&t, TEXT("\r\n"
	    "id\tname\tnote\r\n"
	    "1\t张三\ta\\tb\\nc\\\\d\\x\\r\r\n"
	    "\r\n"
	    "\n"
	    "2\t李四\t\r\n"
	    "3\t\tend"), "t.tsv", SG_IN_TSV);
	assert_null(sg_reader_header(t.rd, &n));
	assert_int_equal(n, 0);
	expect_rec(&t, 3, 3, k, v1);
	assert_int_equal(t.r->lines[0], 3);
	assert_int_equal(t.r->lines[2], 3);
	assert_int_equal(t.r->islist[2], 0);
	hdr = sg_reader_header(t.rd, &n);
	assert_int_equal(n, 3);
	assert_string_equal(hdr[0], "id");
	assert_string_equal(hdr[2], "note");
	expect_rec(&t, 6, 3, k, v2);
	expect_rec(&t, 7, 3, k, v3);
	expect_end(&t);
	expect_end(&t);
	r_close(&t);
}

/* TSV: a bad record is reported and reading goes on. */
static void
test_tsv_bad_records(void **state)
{
	static const char *const k[] = { "name", "phone" };
	static const char *const v2[] = { "a", "1" };
	static const char *const v4[] = { "c", "3" };
	static const char *const v8[] = { "g", "7" };
	struct rdr	 t;

	(void)state;
	r_open(&t, TEXT("name\tphone\n"
	    "a\t1\n"
	    "b\n"
	    "c\t3\n"
	    "d\t\xff\n"
	    "e\tx\0y\n"
	    "f\t1\t2\n"
	    "g\t7\n"), "t.tsv", SG_IN_TSV);
	expect_rec(&t, 2, 2, k, v2);
	expect_bad(&t, "t.tsv:3: expected 2 fields, found 1");
	expect_rec(&t, 4, 2, k, v4);
	expect_bad(&t, "t.tsv:5: phone: invalid UTF-8");
	expect_bad(&t, "t.tsv:6: phone: invalid UTF-8");
	expect_bad(&t, "t.tsv:7: expected 2 fields, found 3");
	expect_rec(&t, 8, 2, k, v8);
	expect_end(&t);
	r_close(&t);
}

/* TSV: header errors are fatal and stay so; "-" is stdin. */
static void
test_tsv_header(void **state)
{
	static const char *const k[] = { "id", "name" };
	static const char *const v[] = { "1", "x" };
	struct rdr	 t;
	char		**hdr;
	int		 n = -1;

	(void)state;
	r_open(&t, TEXT("id\tname\tid\n1\t2\t3\n"), "-", SG_IN_TSV);
	expect_fatal(&t, "stdin:1: id: duplicate column");
	expect_fatal(&t, "stdin:1: id: duplicate column");
	r_close(&t);

	r_open(&t, TEXT("\n\na\t\tc\n"), "e.tsv", SG_IN_TSV);
	expect_fatal(&t, "e.tsv:3: column 2: empty column name");
	r_close(&t);

	r_open(&t, TEXT("a\t\xc3\n"), "e.tsv", SG_IN_TSV);
	expect_fatal(&t, "e.tsv:1: column 2: invalid UTF-8");
	r_close(&t);

	/* a byte order mark and spaces around names are dropped */
	r_open(&t, TEXT("\xef\xbb\xbfid \t name\n1\tx\nonly\n"), NULL,
	    SG_IN_TSV);
	expect_rec(&t, 2, 2, k, v);
	expect_bad(&t, "stdin:3: expected 2 fields, found 1");
	expect_end(&t);
	r_close(&t);

	r_open(&t, TEXT(""), "e.tsv", SG_IN_TSV);
	expect_end(&t);
	assert_null(sg_reader_header(t.rd, &n));
	assert_int_equal(n, 0);
	r_close(&t);

	r_open(&t, TEXT("a\tb\n\n"), "h.tsv", SG_IN_TSV);
	expect_end(&t);
	hdr = sg_reader_header(t.rd, &n);
	assert_int_equal(n, 2);
	assert_string_equal(hdr[1], "b");
	r_close(&t);
}

/* TSV: a line of any length. */
static void
test_tsv_long_line(void **state)
{
	size_t		 big = 1 << 20, i;
	char		*s = malloc(big + 32);
	struct rdr	 t;

	(void)state;
	assert_non_null(s);
	memcpy(s, "id\tnote\n7\t", 10);
	for (i = 0; i < big; i++)
		s[10 + i] = "0123456789"[i % 10];
	memcpy(s + 10 + big, "\n8\tz\n", 5);
	r_open(&t, s, big + 15, "l.tsv", SG_IN_TSV);
	assert_int_equal(r_next(&t), 1);
	assert_non_null(t.r);
	assert_string_equal(t.r->vals[0], "7");
	assert_int_equal(strlen(t.r->vals[1]), big);
	assert_memory_equal(t.r->vals[1] + big - 4, "2345", 4);
	assert_int_equal(r_next(&t), 1);
	assert_string_equal(t.r->vals[1], "z");
	assert_int_equal(t.r->line, 3);
	expect_end(&t);
	r_close(&t);
	free(s);
}

/* CSV: quoted commas, quotes and newlines; line numbers after them. */
static void
test_csv_read(void **state)
{
	static const char *const k[] = { "id", "name", "note" };
	static const char *const v2[] = { "1", "Zhang, San",
	    "say \"hi\"\nline two" };
	static const char *const v4[] = { "2", "李四", "" };
	static const char *const v5[] = { "3", " spaced ", "" };
	static const char *const v7[] = { "5", "e", "multi\n\nline" };
	static const char *const v10[] = { "6", "f", "g\"" };
	struct rdr	 t;
	char		**hdr;
	int		 n;

	(void)state;
	r_open(&t, TEXT("id,name,note\r\n"
	    "1,\"Zhang, San\",\"say \"\"hi\"\"\nline two\"\r\n"
	    "2,李四,\r\n"
	    "3,\" spaced \",\"\"\r\n"
	    "4,only\r\n"
	    "5,e,\"multi\n\nline\"\n"
	    "6,f,\"g\"\"\""), "t.csv", SG_IN_CSV);
	expect_rec(&t, 2, 3, k, v2);
	assert_int_equal(t.r->lines[0], 2);
	assert_int_equal(t.r->lines[2], 2);
	assert_int_equal(t.r->islist[1], 0);
	hdr = sg_reader_header(t.rd, &n);
	assert_int_equal(n, 3);
	assert_string_equal(hdr[1], "name");
	expect_rec(&t, 4, 3, k, v4);
	expect_rec(&t, 5, 3, k, v5);
	expect_bad(&t, "t.csv:6: expected 3 fields, found 2");
	expect_rec(&t, 7, 3, k, v7);
	assert_int_equal(t.r->lines[2], 7);
	expect_rec(&t, 10, 3, k, v10);
	expect_end(&t);
	expect_end(&t);
	r_close(&t);
}

/* CSV: a field that starts on a later line of its record. */
static void
test_csv_field_lines(void **state)
{
	static const char *const k[] = { "a", "b", "c" };
	static const char *const v[] = { "x\ny", "z", "w" };
	struct rdr	 t;

	(void)state;
	r_open(&t, TEXT("a,b,c\n\n\"x\ny\",z,w\n"), "f.csv", SG_IN_CSV);
	expect_rec(&t, 3, 3, k, v);
	assert_int_equal(t.r->lines[0], 3);
	assert_int_equal(t.r->lines[1], 4);
	assert_int_equal(t.r->lines[2], 4);
	expect_end(&t);
	r_close(&t);
}

/* CSV: malformed quotes and bad bytes are record errors. */
static void
test_csv_bad_records(void **state)
{
	static const char *const k[] = { "a", "b" };
	static const char *const v4[] = { "3", "ok" };
	struct rdr	 t;

	(void)state;
	r_open(&t, TEXT("a,b\n"
	    "1,x\"y\n"
	    "2,\"q\"z\n"
	    "3,ok\n"
	    "4,\xc3\x28\n"
	    "5,\"x\0\"\n"
	    "6,\"open\n"
	    "more\n"), "-", SG_IN_CSV);
	expect_bad(&t, "stdin:2: malformed CSV: quote in an unquoted field");
	expect_bad(&t, "stdin:3: malformed CSV: text after a closing quote");
	expect_rec(&t, 4, 2, k, v4);
	expect_bad(&t, "stdin:5: b: invalid UTF-8");
	expect_bad(&t, "stdin:6: b: invalid UTF-8");
	expect_bad(&t, "stdin:7: malformed CSV: unterminated quoted field");
	expect_end(&t);
	expect_end(&t);
	r_close(&t);
}

/* CSV: header errors are fatal; an empty file has no records. */
static void
test_csv_header(void **state)
{
	struct rdr	 t;
	int		 n = -1;

	(void)state;
	r_open(&t, TEXT("a,b,\"a\"\n1,2,3\n"), "h.csv", SG_IN_CSV);
	expect_fatal(&t, "h.csv:1: a: duplicate column");
	expect_fatal(&t, "h.csv:1: a: duplicate column");
	r_close(&t);

	r_open(&t, TEXT("a,\"b\"c\n1,2\n"), "h.csv", SG_IN_CSV);
	expect_fatal(&t, "h.csv:1: malformed CSV: text after a closing quote");
	r_close(&t);

	r_open(&t, TEXT(""), "e.csv", SG_IN_CSV);
	expect_end(&t);
	assert_null(sg_reader_header(t.rd, &n));
	assert_int_equal(n, 0);
	r_close(&t);

	r_open(&t, TEXT("\xef\xbb\xbf\"id\",name"), "b.csv", SG_IN_CSV);
	expect_end(&t);
	assert_string_equal(sg_reader_header(t.rd, &n)[0], "id");
	assert_int_equal(n, 2);
	r_close(&t);
}

/* CSV: many records stream with the right line numbers. */
static void
test_csv_many(void **state)
{
	struct rdr	 t;
	FILE		*fp = tmpfile();
	long		 i, count = 0;
	const struct sg_error	*err;

	(void)state;
	assert_non_null(fp);
	fputs("id,note\n", fp);
	for (i = 1; i <= 30000; i++)
		fprintf(fp, i % 100 ? "%ld,plain\n" : "%ld,\"two\nlines\"\n",
		    i);
	rewind(fp);
	t.fp = fp;
	err = sg_reader_open(&t.rd, fp, "m.csv", SG_IN_CSV);
	assert_null(err);
	while (r_next(&t) == 1) {
		assert_non_null(t.r);
		count++;
		assert_int_equal(strtol(t.r->vals[0], NULL, 10), count);
		assert_int_equal(t.r->line, count + 1 + (count - 1) / 100);
	}
	assert_null(t.err);
	assert_int_equal(count, 30000);
	r_close(&t);
}

/* YAML: a sequence of mappings; null, '', lists. */
static void
test_yaml_sequence(void **state)
{
	static const char *const k1[] = { "name", "phone", "note", "tags",
	    "room", "empty", "quoted", "num" };
	static const char *const v1[] = { "张三", NULL, "", "独居,高龄", NULL,
	    "", "null", "0012" };
	static const char *const k2[] = { "name", "tags" };
	static const char *const v2[] = { "李四", "a,b" };
	struct rdr	 t;
	int		 n = -1;

	(void)state;
	r_open(&t, TEXT("# elders\n"
	    "- name: 张三\n"
	    "  phone: ~\n"
	    "  note: ''\n"
	    "  tags: [独居, 高龄]\n"
	    "  room:\n"
	    "  empty: []\n"
	    "  quoted: \"null\"\n"
	    "  num: 0012\n"
	    "- name: 李四\n"
	    "  tags:\n"
	    "    - a\n"
	    "    - ~\n"
	    "    - b\n"), "e.yaml", SG_IN_YAML);
	expect_rec(&t, 2, 8, k1, v1);
	assert_int_equal(t.r->islist[0], 0);
	assert_int_equal(t.r->islist[1], 0);
	assert_int_equal(t.r->islist[3], 1);
	assert_int_equal(t.r->islist[5], 1);
	assert_int_equal(t.r->islist[6], 0);
	assert_int_equal(t.r->lines[0], 2);
	assert_int_equal(t.r->lines[1], 3);
	assert_int_equal(t.r->lines[4], 6);
	assert_int_equal(t.r->lines[7], 9);
	expect_rec(&t, 10, 2, k2, v2);
	assert_int_equal(t.r->islist[1], 1);
	assert_int_equal(t.r->lines[1], 12);
	expect_end(&t);
	expect_end(&t);
	assert_null(sg_reader_header(t.rd, &n));
	assert_int_equal(n, 0);
	r_close(&t);
}

/* YAML: a stream of documents, each a mapping or a sequence of them. */
static void
test_yaml_documents(void **state)
{
	static const char *const k[] = { "name", "n" };
	static const char *const va[] = { "a" };
	static const char *const vb[] = { "b" };
	static const char *const vc[] = { "c", "1" };
	static const char *const vd[] = { "d" };
	struct rdr	 t;

	(void)state;
	r_open(&t, TEXT("name: a\n"
	    "---\n"
	    "- name: b\n"
	    "- {name: c, n: 1}\n"
	    "---\n"
	    "---\n"
	    "name: d\n"
	    "...\n"
	    "--- []\n"), "d.yml", SG_IN_YAML);
	expect_rec(&t, 1, 1, k, va);
	expect_rec(&t, 3, 1, k, vb);
	expect_rec(&t, 4, 2, k, vc);
	expect_rec(&t, 7, 1, k, vd);
	expect_end(&t);
	r_close(&t);

	r_open(&t, TEXT(""), "e.yaml", SG_IN_YAML);
	expect_end(&t);
	r_close(&t);

	r_open(&t, TEXT("# nothing\n"), "e.yaml", SG_IN_YAML);
	expect_end(&t);
	r_close(&t);
}

/* YAML: values that are not values are record errors. */
static void
test_yaml_bad_records(void **state)
{
	static const char *const k[] = { "name" };
	static const char *const v[] = { "c" };
	struct rdr	 t;

	(void)state;
	r_open(&t, TEXT("- name: a\n"
	    "  address: {building: 3}\n"
	    "- name: b\n"
	    "  tags: [x, [y, z]]\n"
	    "- name: c\n"
	    "- name: d\n"
	    "  name: e\n"
	    "- note: \"a\\0b\"\n"
	    "- [k]: v\n"
	    "  name: f\n"
	    "- {}\n"), "b.yaml", SG_IN_YAML);
	expect_bad(&t,
	    "b.yaml:2: address: expected a value or a list of values");
	expect_bad(&t, "b.yaml:4: tags: expected a value or a list of values");
	expect_rec(&t, 5, 1, k, v);
	expect_bad(&t, "b.yaml:7: name: duplicate key");
	expect_bad(&t, "b.yaml:8: note: invalid UTF-8");
	expect_bad(&t, "b.yaml:9: expected a key, found a list or a mapping");
	assert_int_equal(r_next(&t), 1);
	assert_non_null(t.r);
	assert_int_equal(t.r->n, 0);
	assert_int_equal(t.r->line, 11);
	expect_end(&t);
	r_close(&t);
}

/* YAML: syntax errors, aliases and anchors, bad top levels are fatal. */
static void
test_yaml_fatal(void **state)
{
	static const char *const k[] = { "name" };
	static const char *const v[] = { "a" };
	struct rdr	 t;

	(void)state;
	r_open(&t, TEXT("name: a\n"
	    "---\n"
	    "name: b\n"
	    "phone: 1\n"
	    "  bad: x\n"), "s.yaml", SG_IN_YAML);
	expect_rec(&t, 1, 1, k, v);
	expect_fatal(&t,
	    "s.yaml:5: yaml: mapping values are not allowed in this context");
	expect_fatal(&t,
	    "s.yaml:5: yaml: mapping values are not allowed in this context");
	r_close(&t);

	r_open(&t, TEXT("- name: a\n- name: \"b\n"), "-", SG_IN_YAML);
	expect_rec(&t, 1, 1, k, v);
	expect_fatal(&t, "stdin:3: yaml: found unexpected end of stream");
	r_close(&t);

	r_open(&t, TEXT("- name: a\n- name: b\n  c: *x\n"), "a.yaml",
	    SG_IN_YAML);
	expect_rec(&t, 1, 1, k, v);
	expect_fatal(&t, "a.yaml:3: yaml: aliases are not allowed");
	r_close(&t);

	r_open(&t, TEXT("- &x {name: a}\n- *x\n"), "a.yaml", SG_IN_YAML);
	expect_fatal(&t, "a.yaml:1: yaml: aliases are not allowed");
	r_close(&t);

	r_open(&t, TEXT("- name: &n a\n"), "a.yaml", SG_IN_YAML);
	expect_fatal(&t, "a.yaml:1: yaml: aliases are not allowed");
	r_close(&t);

	r_open(&t, TEXT("\nhello\n"), "t.yaml", SG_IN_YAML);
	expect_fatal(&t, "t.yaml:2: expected a mapping or a list of mappings");
	r_close(&t);

	r_open(&t, TEXT("- name: a\n- b\n"), "t.yaml", SG_IN_YAML);
	expect_rec(&t, 1, 1, k, v);
	expect_fatal(&t, "t.yaml:2: expected a mapping");
	r_close(&t);

	r_open(&t, TEXT("- [name]\n"), "t.yaml", SG_IN_YAML);
	expect_fatal(&t, "t.yaml:1: expected a mapping");
	r_close(&t);
}

/* YAML: a byte that is not UTF-8 is named by its line, far or near. */
static void
test_yaml_encoding(void **state)
{
	struct rdr	 t;
	FILE		*fp = tmpfile();
	const struct sg_error	*err;
	long		 i, good = 0;
	int		 rc;

	(void)state;
	r_open(&t, TEXT("- name: a\n- name: b\n- name: \xff\n"), "u.yaml",
	    SG_IN_YAML);
	expect_fatal(&t, "u.yaml:3: yaml: invalid leading UTF-8 octet");
	r_close(&t);

	assert_non_null(fp);
	for (i = 0; i < 3000; i++)
		fputs("- name: a\n", fp);
	fputs("- name: \xe5\xbc\n", fp);
	rewind(fp);
	t.fp = fp;
	err = sg_reader_open(&t.rd, fp, "big.yaml", SG_IN_YAML);
	assert_null(err);
	while ((rc = r_next(&t)) == 1) {
		assert_non_null(t.r);
		good++;
	}
	assert_int_equal(rc, -1);
	assert_string_equal(t.err->msg,
	    "big.yaml:3001: yaml: invalid trailing UTF-8 octet");
	assert_true(good > 0 && good < 3000);
	r_close(&t);
}

/* Ids: parsing, with the kind in the message. */
static void
test_id_parse(void **state)
{
	int64_t			 id = -1;
	const struct sg_error	*err;

	(void)state;
	assert_null(sg_id_parse(&id, "1", "elder"));
	assert_int_equal(id, 1);
	assert_null(sg_id_parse(&id, "0042", NULL));
	assert_int_equal(id, 42);
	assert_null(sg_id_parse(&id, "9223372036854775807", "elder"));
	assert_true(id == INT64_MAX);
	id = 5;
	err = sg_id_parse(&id, "9223372036854775808", "elder");
	assert_non_null(err);
	assert_string_equal(err->msg,
	    "'9223372036854775808' is not an elder id");
	assert_int_equal(id, 5);
	err = sg_id_parse(&id, "abc", "volunteer");
	assert_string_equal(err->msg, "'abc' is not a volunteer id");
	err = sg_id_parse(&id, "0", "event");
	assert_string_equal(err->msg, "'0' is not an event id");
	err = sg_id_parse(&id, "", NULL);
	assert_string_equal(err->msg, "'' is not an id");
	err = sg_id_parse(&id, "99999999999999999999", NULL);
	assert_string_equal(err->msg, "'99999999999999999999' is not an id");
	assert_non_null(sg_id_parse(&id, "+1", NULL));
	assert_non_null(sg_id_parse(&id, "-1", NULL));
	assert_non_null(sg_id_parse(&id, " 1", NULL));
	assert_non_null(sg_id_parse(&id, "1 ", NULL));
	assert_non_null(sg_id_parse(&id, "1.0", NULL));
	assert_non_null(sg_id_parse(&id, "000", NULL));
	assert_int_equal(id, 5);
}

/* Participants: elders bare or elder:ID, persons person:ID (negated). */
static void
test_party_parse(void **state)
{
	int64_t			 id = 0;
	const struct sg_error	*err;

	(void)state;
	assert_null(sg_party_parse(&id, "12"));
	assert_int_equal(id, 12);
	assert_null(sg_party_parse(&id, "elder:7"));
	assert_int_equal(id, 7);
	assert_null(sg_party_parse(&id, "person:3"));
	assert_int_equal(id, -3);
	err = sg_party_parse(&id, "person:0");
	assert_string_equal(err->msg, "'0' is not a person id");
	err = sg_party_parse(&id, "person:");
	assert_string_equal(err->msg, "'' is not a person id");
	err = sg_party_parse(&id, "elder:x");
	assert_string_equal(err->msg, "'x' is not an elder id or person:ID");
	err = sg_party_parse(&id, "visit:1");
	assert_string_equal(err->msg,
	    "'visit:1' is not an elder id or person:ID");
	assert_non_null(sg_party_parse(&id, "-3"));
	assert_int_equal(id, -3);
}

/* Run sg_ids_read on text; what it printed on stderr into out. */
static const struct sg_error *
ids_from(const char *s, size_t n, int64_t **ids, size_t *nids, char *out,
    size_t outsz)
{
	const struct sg_error	*err;
	FILE			*in = text_file(s, n), *cap = tmpfile();
	int			 saved;
	size_t			 len;

	assert_non_null(cap);
	fflush(stderr);
	saved = dup(STDERR_FILENO);
	assert_true(saved >= 0);
	assert_true(dup2(fileno(cap), STDERR_FILENO) >= 0);
	err = sg_ids_read(ids, nids, in);
	fflush(stderr);
	assert_true(dup2(saved, STDERR_FILENO) >= 0);
	close(saved);
	rewind(cap);
	len = fread(out, 1, outsz - 1, cap);
	out[len] = '\0';
	fclose(cap);
	fclose(in);
	return err;
}

/* Ids from a stream: header, blank lines, spaces, large numbers. */
static void
test_ids_read(void **state)
{
	const struct sg_error	*err;
	int64_t			*ids = NULL;
	size_t			 n = 99;
	char			 out[1024];

	(void)state;
	err = ids_from(TEXT("id\tname\n"
	    "\n"
	    "  12\t张三\n"
	    "7 x y\n"
	    "   \t \n"
	    "9223372036854775807\n"
	    "12\n"
	    "\r\n"
	    "3\r\n"
	    "5"), &ids, &n, out, sizeof(out));
	assert_null(err);
	assert_string_equal(out, "");
	assert_int_equal(n, 6);
	assert_int_equal(ids[0], 12);
	assert_int_equal(ids[1], 7);
	assert_true(ids[2] == INT64_MAX);
	assert_int_equal(ids[3], 12);
	assert_int_equal(ids[4], 3);
	assert_int_equal(ids[5], 5);
	free(ids);

	err = ids_from(TEXT(""), &ids, &n, out, sizeof(out));
	assert_null(err);
	assert_null(ids);
	assert_int_equal(n, 0);

	err = ids_from(TEXT("\n id\n\n"), &ids, &n, out, sizeof(out));
	assert_null(err);
	assert_null(ids);
	assert_int_equal(n, 0);
}

/* Ids: every bad line is named, then one error; nothing returned. */
static void
test_ids_read_bad(void **state)
{
	const struct sg_error	*err;
	int64_t			*ids = NULL;
	size_t			 n = 99;
	char			 out[1024];

	(void)state;
	err = ids_from(TEXT("id\n"
	    "abc\n"
	    "5\n"
	    "0\n"
	    "-3\n"
	    "9223372036854775808\n"
	    "1.5\n"
	    "\tx\n"
	    "id\n"), &ids, &n, out, sizeof(out));
	assert_non_null(err);
	assert_string_equal(err->msg, "stdin: 7 bad ids");
	assert_int_equal(err->status, SG_EXIT_ERR);
	assert_null(ids);
	assert_int_equal(n, 0);
	assert_string_equal(out,
	    "shegong: stdin:2: id: 'abc' is not an id\n"
	    "shegong: stdin:4: id: '0' is not an id\n"
	    "shegong: stdin:5: id: '-3' is not an id\n"
	    "shegong: stdin:6: id: '9223372036854775808' is not an id\n"
	    "shegong: stdin:7: id: '1.5' is not an id\n"
	    "shegong: stdin:8: id: '' is not an id\n"
	    "shegong: stdin:9: id: 'id' is not an id\n");
}

/* A column name of the test's table? */
static int
known_name(void *arg, const char *name)
{
	(void)arg;
	return strcmp(name, "name") == 0 || strcmp(name, "姓名") == 0 ||
	    strcmp(name, "gender") == 0;
}

/*
 * The header row found under a title and a unit line, a two-row header
 * filled from above, blank rows skipped, a footer held and left out, a
 * footer-like line followed by data given as data; --header-row.
 */
static void
test_header_found(void **state)
{
	struct sg_reader_opts	 o = { NULL, 0, known_name, NULL };
	struct rdr		 t;
	char			**hdr;
	int			 n;

	(void)state;
	r_open(&t, TEXT("Title\t\t\nUnit: people\t\t\n"
	    "序号\tname\tgender\n1\tA\tF\n\t\t\n2\tB\tM\n"
	    "备注：x\t\t\n3\tC\tF\n合计\t3\t\n制表人：王\t\t\n"),
	    "h.tsv", SG_IN_TSV);
	assert_null(sg_reader_set(t.rd, &o));
	assert_int_equal(r_next(&t), 1);
	assert_non_null(t.r);
	assert_int_equal(sg_reader_header_line(t.rd), 3);
	hdr = sg_reader_header(t.rd, &n);
	assert_int_equal(n, 3);
	assert_string_equal(hdr[0], "序号");
	assert_int_equal(t.r->line, 4);
	assert_string_equal(t.r->vals[1], "A");
	assert_int_equal(r_next(&t), 1);
	assert_int_equal(t.r->line, 6);
	assert_int_equal(r_next(&t), 1);
	assert_int_equal(t.r->line, 7);		/* 备注：x, data again */
	assert_string_equal(t.r->vals[0], "备注：x");
	assert_int_equal(r_next(&t), 1);
	assert_int_equal(t.r->line, 8);
	assert_int_equal(r_next(&t), 0);	/* 合计, 制表人 left out */
	r_close(&t);

	/* two header rows: the blank cell of the lower from the upper */
	r_open(&t, TEXT("name,,\n,gender,x\nA,F,M\n"), "two.csv",
	    SG_IN_CSV);
	assert_null(sg_reader_set(t.rd, &o));
	assert_int_equal(r_next(&t), 1);
	hdr = sg_reader_header(t.rd, &n);
	assert_int_equal(n, 3);
	assert_string_equal(hdr[0], "name");
	assert_string_equal(hdr[1], "gender");
	assert_string_equal(hdr[2], "x");
	assert_int_equal(sg_reader_header_line(t.rd), 2);
	r_close(&t);

	/* --header-row; no known names: the first row */
	o.header_row = 2;
	r_open(&t, TEXT("x\ny\nA\n"), "g.tsv", SG_IN_TSV);
	assert_null(sg_reader_set(t.rd, &o));
	assert_int_equal(r_next(&t), 1);
	assert_string_equal(sg_reader_header(t.rd, &n)[0], "y");
	assert_string_equal(t.r->vals[0], "A");
	r_close(&t);
	o.header_row = 0;
	r_open(&t, TEXT("x\ny\n"), "g.tsv", SG_IN_TSV);
	assert_null(sg_reader_set(t.rd, &o));
	assert_int_equal(r_next(&t), 1);
	assert_string_equal(sg_reader_header(t.rd, &n)[0], "x");
	r_close(&t);

	/* --sheet is for workbooks only */
	o.sheet = "S";
	r_open(&t, TEXT("x\n"), "s.csv", SG_IN_CSV);
	assert_non_null(sg_reader_set(t.rd, &o));
	r_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_informat_from_name),
		cmocka_unit_test(test_informat_parse),
		cmocka_unit_test(test_tsv_read),
		cmocka_unit_test(test_tsv_bad_records),
		cmocka_unit_test(test_tsv_header),
		cmocka_unit_test(test_tsv_long_line),
		cmocka_unit_test(test_csv_read),
		cmocka_unit_test(test_csv_field_lines),
		cmocka_unit_test(test_csv_bad_records),
		cmocka_unit_test(test_csv_header),
		cmocka_unit_test(test_csv_many),
		cmocka_unit_test(test_yaml_sequence),
		cmocka_unit_test(test_yaml_documents),
		cmocka_unit_test(test_yaml_bad_records),
		cmocka_unit_test(test_yaml_fatal),
		cmocka_unit_test(test_yaml_encoding),
		cmocka_unit_test(test_id_parse),
		cmocka_unit_test(test_party_parse),
		cmocka_unit_test(test_ids_read),
		cmocka_unit_test(test_ids_read_bad),
		cmocka_unit_test(test_header_found),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
