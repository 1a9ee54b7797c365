/*
 * test_idnum.c -- resident ID numbers (GB 11643-1999) and UTF-8 text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "shegong.h"

/* Check a valid number, its birth date and sex. */
static void
valid(const char *s, const char *norm, const char *birth, char sex)
{
	char	 n[19], buf[16], x = 0;
	int32_t	 b;

	assert_null(sg_idnum_check(s, n, &b, &x));
	assert_string_equal(n, norm);
	assert_string_equal(sg_date_str(buf, b), birth);
	assert_int_equal(x, sex);
}

static void
test_valid_numbers(void **state)
{
	(void)state;
	/* the valid numbers of context/standards.md */
	valid("11010519491231002X", "11010519491231002X", "1949-12-31", 'F');
	valid("440524188001010014", "440524188001010014", "1880-01-01", 'M');
	valid("34052419800101001X", "34052419800101001X", "1980-01-01", 'M');
	valid("370101190102039973", "370101190102039973", "1901-02-03", 'M');
	valid("11010519491231002x", "11010519491231002X", "1949-12-31", 'F');
	valid("520112194003020025", "520112194003020025", "1940-03-02", 'F');
}

static void
test_invalid_numbers(void **state)
{
	(void)state;
	/* the invalid check digits of context/standards.md */
	assert_string_equal(sg_idnum_check("110105198001010123", NULL, NULL,
	    NULL)->msg, "ID number '110105198001010123': check character is "
	    "'3', expected '0'");
	assert_non_null(sg_idnum_check("440308199003141234", NULL, NULL,
	    NULL));
	assert_string_equal(sg_idnum_check("1101051949123100", NULL, NULL,
	    NULL)->msg, "ID number '1101051949123100' must have 18 "
	    "characters, not 16");
	assert_string_equal(sg_idnum_check("1101051949123100AX", NULL, NULL,
	    NULL)->msg, "ID number '1101051949123100AX': character 17 is not "
	    "a digit");
	assert_string_equal(sg_idnum_check("110105194902300021", NULL, NULL,
	    NULL)->msg, "ID number '110105194902300021': 19490230 is not a "
	    "birth date");
	assert_non_null(sg_idnum_check("", NULL, NULL, NULL));
}

static void
test_mask(void **state)
{
	char	 buf[32];

	(void)state;
	assert_string_equal(sg_idnum_mask(buf, "11010519491231002X"),
	    "110105********002X");
	assert_string_equal(sg_idnum_mask(buf, "520112194003020025"),
	    "520112********0025");
	assert_true(sg_idnum_masked("520112********0025"));
	assert_false(sg_idnum_masked("520112194003020025"));
	assert_string_equal(sg_idnum_mask(buf, "1234567"), "1****67");
}

static void
test_utf8(void **state)
{
	char	*s;
	char	 t[] = "  \t 3栋 \n";

	(void)state;
	assert_int_equal(sg_utf8_width("张桂英"), 6);
	assert_int_equal(sg_utf8_width("a张"), 3);
	assert_int_equal(sg_utf8_width(""), 0);
	assert_true(sg_utf8_valid("张桂英", strlen("张桂英")));
	assert_false(sg_utf8_valid("a\377b", 3));
	assert_false(sg_utf8_valid("\xc0\xaf", 2));	/* overlong '/' */
	assert_false(sg_utf8_valid("\xed\xa0\x80", 3));	/* surrogate */
	assert_false(sg_utf8_valid("a\0b", 3));
	s = sg_nfkc("３栋");
	assert_string_equal(s, "3栋");
	free(s);
	s = sg_nfkc("１３８ＡＢ");
	assert_string_equal(s, "138AB");
	free(s);
	assert_null(sg_nfkc("\377"));
	assert_string_equal(sg_trim(t), "3栋");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_numbers),
		cmocka_unit_test(test_invalid_numbers),
		cmocka_unit_test(test_mask),
		cmocka_unit_test(test_utf8),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
