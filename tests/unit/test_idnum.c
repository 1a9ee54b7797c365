/*
 * test_idnum.c -- resident ID numbers (GB 11643-1999): check character,
 * birth date, sex, masking.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "shegong.h"

/* Assert that s is valid with normal form norm, birth date and sex. */
static void
valid(const char *s, const char *norm, const char *birth, char sex)
{
	char	 n[19], buf[16], x = 0;
	int32_t	 b = SG_DATE_NONE;

	memset(n, '#', sizeof(n));
	assert_null(sg_idnum_check(s, n, &b, &x));
	assert_string_equal(n, norm);
	assert_string_equal(sg_date_str(buf, b), birth);
	assert_int_equal(x, sex);
	assert_null(sg_idnum_check(s, NULL, NULL, NULL));
}

/* Assert that s is invalid with the message want; outputs untouched. */
static void
invalid(const char *s, const char *want)
{
	const struct sg_error	*err;
	char			 n[19] = "untouched", x = '?';
	int32_t			 b = 42;

	err = sg_idnum_check(s, n, &b, &x);
	assert_non_null(err);
	assert_string_equal(err->msg, want);
	assert_int_equal(err->status, SG_EXIT_ERR);
	assert_string_equal(n, "untouched");
	assert_int_equal(b, 42);
	assert_int_equal(x, '?');
}

/* Assert that s masks to want, in a buffer of exactly 19 bytes. */
static void
masks(const char *s, const char *want)
{
	char	 buf[19];

	assert_ptr_equal(sg_idnum_mask(buf, s), buf);
	assert_string_equal(buf, want);
}

static void
test_standards_valid(void **state)
{
	(void)state;
	/* the valid numbers of context/standards.md */
	valid("11010519491231002X", "11010519491231002X", "1949-12-31", 'F');
	valid("440524188001010014", "440524188001010014", "1880-01-01", 'M');
	valid("34052419800101001X", "34052419800101001X", "1980-01-01", 'M');
	valid("370101190102039973", "370101190102039973", "1901-02-03", 'M');
}

static void
test_more_valid(void **state)
{
	(void)state;
	/* a lower-case x is accepted and upper-cased */
	valid("11010519491231002x", "11010519491231002X", "1949-12-31", 'F');
	valid("34052419800101001x", "34052419800101001X", "1980-01-01", 'M');
	valid("520112194003020025", "520112194003020025", "1940-03-02", 'F');
	/* 1850 is the first year allowed; leap days */
	valid("110105185001010021", "110105185001010021", "1850-01-01", 'F');
	valid("11010520240229002X", "11010520240229002X", "2024-02-29", 'F');
	valid("110105200002290021", "110105200002290021", "2000-02-29", 'F');
}

static void
test_standards_invalid(void **state)
{
	(void)state;
	/* the invalid check digits of context/standards.md */
	invalid("110105198001010123", "ID number '110105198001010123': "
	    "one of its 18 characters is wrong: compare it with the ID card");
	invalid("440308199003141234", "ID number '440308199003141234': "
	    "one of its 18 characters is wrong: compare it with the ID card");
	invalid("44052418800101001x", "ID number '44052418800101001x': "
	    "one of its 18 characters is wrong: compare it with the ID card");
	invalid("11010519491231002Y", "ID number '11010519491231002Y': "
	    "one of its 18 characters is wrong: compare it with the ID card");
}

static void
test_length(void **state)
{
	(void)state;
	invalid("1101051949123100", "ID number '1101051949123100' must have "
	    "18 characters, not 16");
	invalid("11010519491231002X1", "ID number '11010519491231002X1' must "
	    "have 18 characters, not 19");
	invalid("", "ID number '' must have 18 characters, not 0");
	invalid("张三", "ID number '张三' must have 18 characters, not 2");
	/* 18 bytes but 6 characters */
	invalid("张三李四王五", "ID number '张三李四王五' must have 18 "
	    "characters, not 6");
}

static void
test_characters(void **state)
{
	(void)state;
	invalid("1101051949123100AX", "ID number '1101051949123100AX': "
	    "character 17 is not a digit");
	invalid("A1010519491231002X", "ID number 'A1010519491231002X': "
	    "character 1 is not a digit");
	invalid(" 1010519491231002X", "ID number ' 1010519491231002X': "
	    "character 1 is not a digit");
	/* full-width: 18 characters, not digits (callers fold with NFKC) */
	invalid("１10519491231002X11", "ID number '１10519491231002X11': "
	    "character 1 is not a digit");
	invalid("11010519491231002Ｘ", "ID number '11010519491231002Ｘ': "
	    "one of its 18 characters is wrong: compare it with the ID card");
}

static void
test_birth_date(void **state)
{
	(void)state;
	/* each with its right check character: the date alone is wrong */
	invalid("110105194902300020", "ID number '110105194902300020': "
	    "birth date 19490230 does not exist");
	invalid("110105210002290020", "ID number '110105210002290020': "
	    "birth date 21000229 does not exist");
	invalid("110105202602290024", "ID number '110105202602290024': "
	    "birth date 20260229 does not exist");
	invalid("110105184912310020", "ID number '110105184912310020': "
	    "birth date 18491231 is before 1850");
	/* the date is checked before the check character */
	invalid("110105194913010021", "ID number '110105194913010021': "
	    "birth date 19491301 does not exist");
}

static void
test_mask(void **state)
{
	(void)state;
	/* the region code only (SPEC 1) */
	masks("11010519491231002X", "110105************");
	masks("520112194003020025", "520112************");
	masks("440524188001010014", "440524************");
	masks("110105491231002", "110105*********");
	/* other lengths: all '*', at most 18 written */
	masks("1234567", "*******");
	masks("E12345678", "*********");
	masks("1234567890123456789", "******************");
	masks("12345678901234567890123456789", "******************");
	masks("1", "*");
	masks("", "");
	/* only ASCII is ever copied */
	masks("ab张三cd", "**********");
	masks("张三李四王五", "******************");
	assert_true(sg_idnum_masked("520112************"));
	assert_true(sg_idnum_masked("*"));
	assert_false(sg_idnum_masked("520112194003020025"));
	assert_false(sg_idnum_masked(""));
}

/* Assert that free text s masks to want. */
static void
masks_text(const char *s, const char *want)
{
	char	*t = strdup(s);

	assert_non_null(t);
	assert_string_equal(sg_idnum_mask_text(t), want);
	free(t);
}

static void
test_mask_text(void **state)
{
	(void)state;
	masks_text("身份证 11010519491231002X 号", "身份证 110105************ 号");
	/* glued to letters or digits */
	masks_text("sfz11010519491231002X", "sfz110105************");
	masks_text("sfz11010519491231002Xabc", "sfz110105************abc");
	masks_text("a1101051949123100211234b", "a110105****************b");
	/* full-width digits and X */
	masks_text("１１０１０５１９４９１２３１００２Ｘ",
	    "１１０１０５************");
	/* spaced groups */
	masks_text("110105 19491231 002X", "110105 ******** ****");
	masks_text("110105-1949-1231-002X", "110105-****-****-****");
	masks_text("110105　19491231　002X", "110105　********　****");
	/* 15-digit numbers of before 1999 */
	masks_text("旧证 110105491231002。", "旧证 110105*********。");
	/* not ID numbers: phones, short runs, a 16-digit run */
	masks_text("13800000001 13800000002", "13800000001 13800000002");
	masks_text("1234567890123456", "1234567890123456");
	masks_text("110105 1949123 1002X", "110105 1949123 1002X");
	masks_text("", "");
}

static void
test_unmask_text(void **state)
{
	char	*s;
	int	 left;
	size_t	 len;

	(void)state;
	s = sg_idnum_unmask_text("病历号 123456************ 改了",
	    "病历号 123456789012345678", &left);
	assert_string_equal(s, "病历号 123456789012345678 改了");
	assert_false(left);
	free(s);
	/* a run that masks nothing stored is left, and said */
	s = sg_idnum_unmask_text("号 520112************", "无", &left);
	assert_string_equal(s, "号 520112************");
	assert_true(left);
	free(s);
	s = sg_idnum_unmask_text("110105 ******** **** 与 110105*********",
	    "110105 19491231 002X 与 110105491231002", &left);
	assert_string_equal(s, "110105 19491231 002X 与 110105491231002");
	assert_false(left);
	free(s);
	assert_non_null(sg_idnum_masked_run("x 520112************", &len));
	assert_int_equal(len, 18);
	assert_null(sg_idnum_masked_run("a 5201***", &len));
	assert_null(sg_idnum_masked_run("1520112****", &len));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_standards_valid),
		cmocka_unit_test(test_more_valid),
		cmocka_unit_test(test_standards_invalid),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_characters),
		cmocka_unit_test(test_birth_date),
		cmocka_unit_test(test_mask),
		cmocka_unit_test(test_mask_text),
		cmocka_unit_test(test_unmask_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
