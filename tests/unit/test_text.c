/*
 * test_text.c -- UTF-8 validation, display width, NFKC folding, trimming.
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

/* Nonzero when the string s (without its NUL) is valid. */
static int
valid(const char *s)
{
	return sg_utf8_valid(s, strlen(s));
}

/* Assert that s folds to want. */
static void
folds(const char *s, const char *want)
{
	char	*f = sg_nfkc(s);

	assert_non_null(f);
	assert_string_equal(f, want);
	free(f);
}

/* Assert that s trims to want, in place. */
static void
trims(const char *s, const char *want)
{
	char	 buf[64];

	snprintf(buf, sizeof(buf), "%s", s);
	assert_ptr_equal(sg_trim(buf), buf);
	assert_string_equal(buf, want);
}

static void
test_valid(void **state)
{
	(void)state;
	assert_true(valid("张桂英"));
	assert_true(valid("abc"));
	assert_true(valid(""));
	assert_true(valid("\xf0\x9f\x98\x80"));		/* U+1F600 */
	assert_true(valid("\xf4\x8f\xbf\xbf"));		/* U+10FFFF */
	assert_true(sg_utf8_valid("abc", 2));
	assert_true(sg_utf8_valid("张", 3));
	assert_false(sg_utf8_valid("张", 2));		/* cut short */
	assert_false(valid("a\377b"));
	assert_false(valid("\x80"));			/* lone continuation */
	assert_false(valid("\xc0\xaf"));		/* overlong '/' */
	assert_false(valid("\xc1\xbf"));		/* overlong DEL */
	assert_false(valid("\xe0\x80\xaf"));		/* overlong, 3 bytes */
	assert_false(valid("\xf0\x80\x80\xaf"));	/* overlong, 4 bytes */
	assert_false(valid("\xed\xa0\x80"));		/* surrogate D800 */
	assert_false(valid("\xed\xbf\xbf"));		/* surrogate DFFF */
	assert_false(valid("\xf4\x90\x80\x80"));	/* past U+10FFFF */
	assert_false(valid("\xe5\xbc"));		/* truncated 张 */
	assert_false(sg_utf8_valid("a\0b", 3));		/* NUL */
	assert_false(sg_utf8_valid("\0", 1));
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(sg_utf8_width("张桂英"), 6);
	assert_int_equal(sg_utf8_width("a张"), 3);
	assert_int_equal(sg_utf8_width(""), 0);
	assert_int_equal(sg_utf8_width("abc"), 3);
	assert_int_equal(sg_utf8_width("３栋"), 4);	/* full-width */
	assert_int_equal(sg_utf8_width("ＡＢ"), 4);
	assert_int_equal(sg_utf8_width("，。"), 4);	/* CJK punctuation */
	assert_int_equal(sg_utf8_width("e\xcc\x81"), 1);	/* combining */
	assert_int_equal(sg_utf8_width("a\tb\n"), 2);	/* controls 0 */
	assert_int_equal(sg_utf8_width("a\x7f"), 1);
	assert_int_equal(sg_utf8_width("\xc2\x85"), 0);	/* U+0085 */
	assert_int_equal(sg_utf8_width("a\377b"), 3);	/* invalid: 1 each */
	assert_int_equal(sg_utf8_width("\xe5\xbc"), 2);
	assert_int_equal(sg_utf8_width("\xc0\xaf张"), 4);
}

static void
test_nfkc(void **state)
{
	(void)state;
	folds("３栋", "3栋");
	folds("１３８", "138");
	folds("ＡＢ", "AB");
	folds("１３８ＡＢ", "138AB");
	folds("ａｂｃ－１", "abc-1");
	folds("①", "1");
	folds("张桂英", "张桂英");
	folds("", "");
	folds("e\xcc\x81", "\xc3\xa9");			/* composed é */
	folds("\xe3\x80\x80", " ");			/* ideographic space */
	folds("11010519491231002Ｘ", "11010519491231002X");
	assert_null(sg_nfkc("\377"));
	assert_null(sg_nfkc("a\xed\xa0\x80"));
	assert_null(sg_nfkc("\xc0\xaf"));
}

static void
test_trim(void **state)
{
	(void)state;
	trims("  \t 3栋 \n", "3栋");
	trims("3栋", "3栋");
	trims("", "");
	trims(" \t\r\n\v\f", "");
	trims("a b", "a b");
	trims("\v\fx\r", "x");
	trims(" a  b ", "a  b");
	/* only ASCII space: an ideographic space stays */
	trims("\xe3\x80\x80x\xe3\x80\x80", "\xe3\x80\x80x\xe3\x80\x80");
	trims("\xa0x\xa0", "\xa0x\xa0");
}

/* An address split into building, unit, room ("" absent), or refused. */
static void
splits(const char *s, const char *b, const char *u, const char *r)
{
	char	 part[3][32];

	if (b == NULL) {
		assert_int_equal(sg_address_split(s, part), -1);
		return;
	}
	assert_int_equal(sg_address_split(s, part), 0);
	assert_string_equal(part[0], b);
	assert_string_equal(part[1], u);
	assert_string_equal(part[2], r);
}

static void
test_address(void **state)
{
	(void)state;
	splits("3-1-302", "3", "1", "302");
	splits("3栋1单元302室", "3", "1", "302");
	splits("3号楼1单元302", "3", "1", "302");
	splits("３栋１单元３０２室", "3", "1", "302");
	splits("3幢302室", "3", "", "302");
	splits(" 12A栋 2单元 1101 ", "12A", "2", "1101");
	splits("3-1", "3", "1", "");
	splits("8", "8", "", "");
	splits("3-1-302室", "3", "1", "302");
	splits("望城小区", NULL, NULL, NULL);
	splits("3单元2栋", NULL, NULL, NULL);
	splits("3-1-302-4", NULL, NULL, NULL);
	splits("3--302", NULL, NULL, NULL);
	splits("", NULL, NULL, NULL);
	splits("3栋-", NULL, NULL, NULL);
	splits("3-1单元", "3", "1", "");
	splits("\377", NULL, NULL, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_nfkc),
		cmocka_unit_test(test_trim),
		cmocka_unit_test(test_address),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
