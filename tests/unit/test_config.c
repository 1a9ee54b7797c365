/*
 * test_config.c -- the YAML config: defaults, a full file, every error
 * naming file, line and key.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shegong.h"

static char	path[64];

/* Write text to the temporary config file. */
static void
write_config(const char *text)
{
	FILE	*fp;
	int	 fd;

	strcpy(path, "/tmp/sg-test-config-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs(text, fp);
	fclose(fp);
}

/* Load text as a config; the error message or "" (the config freed). */
static const char *
load_error(const char *text)
{
	static char		 msg[1024];
	struct sg_config	*c = NULL;
	const struct sg_error	*err;
	size_t			 n = strlen(path);

	write_config(text);
	n = strlen(path);
	err = sg_config_load(&c, path, 1);
	unlink(path);
	sg_config_free(c);
	if (err == NULL)
		return "";
	/* drop the temporary name: "FILE:" */
	snprintf(msg, sizeof(msg), "%s", strncmp(err->msg, path, n) == 0 ?
	    err->msg + n : err->msg);
	return msg;
}

static void
test_defaults(void **state)
{
	struct sg_config	*c;

	(void)state;
	assert_null(sg_config_load(&c, NULL, 0));
	assert_int_equal(c->nrules, 4);
	assert_string_equal(c->rules[0].name, "高风险");
	assert_int_equal(c->rules[0].ntags, 3);
	assert_string_equal(c->rules[0].tags[1], "空巢");
	assert_int_equal(c->rules[0].age_min, 80);
	assert_int_equal(c->rules[0].every.kind, SG_EVERY_WEEK);
	assert_int_equal(c->rules[2].every.kind, SG_EVERY_MONTH);
	assert_int_equal(c->rules[3].ntags, 0);
	assert_int_equal(c->rules[3].every.kind, SG_EVERY_QUARTER);
	assert_int_equal(c->workdays, 0x3e);
	assert_int_equal(c->per_visitor_per_day, 6);
	assert_int_equal(c->mask_id_numbers, 1);
	assert_int_equal(c->assessment_months, 6);
	assert_null(c->station_name);
	sg_config_free(c);
	assert_null(sg_config_load(&c, "/nonexistent/config.yaml", 0));
	sg_config_free(c);
	assert_string_equal(sg_config_load(&c, "/nonexistent/c.yaml", 1)->msg,
	    "cannot open config '/nonexistent/c.yaml': No such file or "
	    "directory");
}

static void
test_full_file(void **state)
{
	struct sg_config	*c;

	(void)state;
	write_config("db: /srv/s.db\n"
	    "station: {name: 望城社区社工站, operator: 创新蔚蓝, leader: 王芳, "
	    "contact: 0851-1}\n"
	    "visit:\n"
	    "  rules:\n"
	    "    - {name: 独居高龄, tags: [独居], age: 80-, living: [alone], "
	    "every: week, modes: [home]}\n"
	    "    - {name: 失能, level: 2-, every: 10d}\n"
	    "    - {name: 一般, every: 2w}\n"
	    "  workdays: [mon, wed, 周五]\n"
	    "  per_visitor_per_day: 4\n"
	    "privacy: {mask_id_numbers: false}\n"
	    "assessment: {every: 3m}\n");
	assert_null(sg_config_load(&c, path, 1));
	unlink(path);
	assert_string_equal(c->db, "/srv/s.db");
	assert_string_equal(c->station_name, "望城社区社工站");
	assert_string_equal(c->station_contact, "0851-1");
	assert_int_equal(c->nrules, 3);
	assert_int_equal(c->rules[0].line, 5);
	assert_int_equal(c->rules[0].living, SG_LIVING_ALONE);
	assert_int_equal(c->rules[0].home_only, 1);
	assert_int_equal(c->rules[1].level_min, 2);
	assert_int_equal(c->rules[1].level_max, -1);
	assert_int_equal(c->rules[1].every.kind, SG_EVERY_DAYS);
	assert_int_equal(c->rules[1].every.days, 10);
	assert_int_equal(c->rules[2].every.days, 14);
	assert_int_equal(c->workdays, (1 << 1) | (1 << 3) | (1 << 5));
	assert_int_equal(c->per_visitor_per_day, 4);
	assert_int_equal(c->mask_id_numbers, 0);
	assert_int_equal(c->assessment_months, 3);
	sg_config_free(c);
}

static void
test_errors(void **state)
{
	(void)state;
	assert_string_equal(load_error("visit:\n  colour: red\n"),
	    ":2: visit.colour: unknown key");
	assert_string_equal(load_error("colour: red\n"),
	    ":1: colour: unknown key");
	assert_string_equal(load_error("visit:\n  rules:\n"
	    "    - {name: a, every: fortnight}\n"),
	    ":3: visit.rules[1].every: invalid interval 'fortnight': "
	    "expected week, month, quarter, Nd or Nw");
	assert_string_equal(load_error("visit:\n  rules:\n"
	    "    - {name: a, every: week}\n    - {name: b}\n"),
	    ":4: visit.rules[2]: a rule needs every: week, month, quarter, "
	    "Nd or Nw");
	assert_string_equal(load_error("visit:\n  per_visitor_per_day: many\n"),
	    ":2: visit.per_visitor_per_day: expected an integer from 1 to "
	    "100, not 'many'");
	assert_string_equal(load_error("station: [a, b]\n"),
	    ":1: station: expected a mapping, not a sequence");
	assert_string_equal(load_error("station:\n  name: [a]\n"),
	    ":2: station.name: expected a value, not a sequence");
	assert_string_equal(load_error("visit: {workdays: [mon, funday]}\n"),
	    ":1: visit.workdays: invalid weekday 'funday': expected mon, tue, "
	    "wed, thu, fri, sat or sun");
	assert_string_equal(load_error("privacy: {mask_id_numbers: maybe}\n"),
	    ":1: privacy.mask_id_numbers: expected true or false, not "
	    "'maybe'");
	assert_string_equal(load_error("station: {name: a, name: b}\n"),
	    ":1: station.name: duplicate key");
	assert_string_equal(load_error("station: {name: [a\n"),
	    ":2: yaml: did not find expected ',' or ']'");
	assert_string_equal(load_error(""), "");
}

static void
test_aliases_refused(void **state)
{
	(void)state;
	assert_string_equal(load_error("a: &x {name: b}\nstation: *x\n"),
	    ":1: a: unknown key");
	assert_string_equal(load_error("station: &x {name: b}\nvisit: *x\n"),
	    ":1: visit: aliases are not allowed");
	/* a billion laughs stops at the first alias */
	assert_string_equal(load_error("x: &a [lol, lol]\n"
	    "y: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
	    "z: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"),
	    ":1: x: unknown key");
}

static void
test_every_and_ranges(void **state)
{
	struct sg_every	 e;
	char		 buf[16];
	int		 lo, hi;

	(void)state;
	assert_null(sg_every_parse(&e, "2w"));
	assert_string_equal(sg_every_str(buf, &e), "14d");
	assert_null(sg_every_parse(&e, "季度"));
	assert_string_equal(sg_every_str(buf, &e), "quarter");
	assert_non_null(sg_every_parse(&e, "0d"));
	assert_non_null(sg_every_parse(&e, "-3d"));
	assert_non_null(sg_every_parse(&e, "3"));
	assert_null(sg_range_parse(&lo, &hi, "80-"));
	assert_int_equal(lo, 80);
	assert_int_equal(hi, -1);
	assert_null(sg_range_parse(&lo, &hi, "60-79"));
	assert_int_equal(hi, 79);
	assert_null(sg_range_parse(&lo, &hi, "-59"));
	assert_int_equal(lo, -1);
	assert_null(sg_range_parse(&lo, &hi, "75"));
	assert_int_equal(lo, 75);
	assert_int_equal(hi, 75);
	assert_non_null(sg_range_parse(&lo, &hi, "79-60"));
	assert_non_null(sg_range_parse(&lo, &hi, "abc"));
	assert_non_null(sg_range_parse(&lo, &hi, "-"));
	assert_non_null(sg_range_parse(&lo, &hi, ""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_full_file),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_aliases_refused),
		cmocka_unit_test(test_every_and_ranges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
