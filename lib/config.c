/*
 * config.c -- the YAML config (shegong.yaml(5)), read with libyaml's
 * document loader.  Every error names the file, the line and the key.
 * Aliases are refused, so no file can expand past its own size.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "sg.h"

/* What a walk over the document needs. */
struct walk {
	yaml_document_t	*doc;
	const char	*file;
	unsigned char	*seen;		/* node visited: an alias otherwise */
	struct sg_config *cfg;
};

/* The built-in rules: the national visiting guidance's frequencies. */
static const struct {
	const char	*name;
	const char	*tags;
	int		 age_min;
	enum sg_every_kind every;
} defaults[] = {
	{ "高风险", "独居,空巢,留守", 80, SG_EVERY_WEEK },
	{ "高风险", "病危", -1, SG_EVERY_WEEK },
	{ "重点", "失能,失智,特困,计生特殊,重残", -1, SG_EVERY_MONTH },
	{ "一般", "", -1, SG_EVERY_QUARTER },
};

/* An error at a node: "FILE:LINE: KEY: why". */
static const struct sg_error *
node_error(struct walk *w, yaml_node_t *n, const char *key, const char *fmt,
    const char *arg)
{
	char	 why[512];

	snprintf(why, sizeof(why), _(fmt), arg);
	return sg_error_fmt("%s:%lu: %s: %s", w->file,
	    (unsigned long)n->start_mark.line + 1, key, why);
}

/* The name of a node's type, for "expected X, not Y". */
static const char *
type_name(yaml_node_t *n)
{
	return n->type == YAML_MAPPING_NODE ? _("a mapping") :
	    n->type == YAML_SEQUENCE_NODE ? _("a sequence") : _("a value");
}

/* Fetch a node, refusing one seen before (an alias). */
static const struct sg_error *
get_node(struct walk *w, int id, const char *key, yaml_node_t **out)
{
	yaml_node_t	*n = yaml_document_get_node(w->doc, id);

	if (n == NULL)
		return sg_error_fmt("%s: %s: bad node", w->file, key);
	if (w->seen[id]++)
		return node_error(w, n, key, "aliases are not allowed%s", "");
	*out = n;
	return NULL;
}

/* A scalar's text, or an error naming the type found. */
static const struct sg_error *
scalar(struct walk *w, yaml_node_t *n, const char *key, const char **s)
{
	*s = "";
	if (n->type != YAML_SCALAR_NODE)
		return node_error(w, n, key, "expected a value, not %s",
		    type_name(n));
	*s = (const char *)n->data.scalar.value;
	return NULL;
}

/* A string value into *out (replacing any earlier one). */
static const struct sg_error *
string(struct walk *w, yaml_node_t *n, const char *key, char **out)
{
	const struct sg_error	*err;
	const char		*s;

	if ((err = scalar(w, n, key, &s)) != NULL)
		return err;
	if (!sg_utf8_valid(s, strlen(s)))
		return node_error(w, n, key, "invalid UTF-8%s", "");
	free(*out);
	if ((*out = strdup(s)) == NULL)
		return sg_error_errno("config");
	return NULL;
}

/* Walk a mapping: fn is called per key; duplicate keys are errors. */
static const struct sg_error *
each_pair(struct walk *w, yaml_node_t *map, const char *path,
    const struct sg_error *(*fn)(struct walk *, const char *key,
    const char *path, yaml_node_t *, void *), void *arg)
{
	const struct sg_error	*err;
	yaml_node_pair_t	*p, *q;
	yaml_node_t		*k, *v;
	char			 full[256];

	if (map->type != YAML_MAPPING_NODE)
		return node_error(w, map, path, "expected a mapping, not %s",
		    type_name(map));
	for (p = map->data.mapping.pairs.start;
	    p < map->data.mapping.pairs.top; p++) {
		if ((err = get_node(w, p->key, path, &k)) != NULL)
			return err;
		if (k->type != YAML_SCALAR_NODE)
			return node_error(w, k, path, "expected a key%s", "");
		snprintf(full, sizeof(full), "%s%s%s", path, *path ? "." : "",
		    (const char *)k->data.scalar.value);
		for (q = map->data.mapping.pairs.start; q < p; q++) {
			yaml_node_t *qk = yaml_document_get_node(w->doc,
			    q->key);

			if (qk != NULL && qk->type == YAML_SCALAR_NODE &&
			    strcmp((const char *)qk->data.scalar.value,
			    (const char *)k->data.scalar.value) == 0)
				return node_error(w, k, full, "duplicate "
				    "key%s", "");
		}
		if ((err = get_node(w, p->value, full, &v)) != NULL ||
		    (err = fn(w, (const char *)k->data.scalar.value, full, v,
		    arg)) != NULL)
			return err;
	}
	return NULL;
}

/* station: {name, operator, leader, contact} */
static const struct sg_error *
station_key(struct walk *w, const char *key, const char *path,
    yaml_node_t *v, void *arg)
{
	(void)arg;
	if (strcmp(key, "name") == 0)
		return string(w, v, path, &w->cfg->station_name);
	if (strcmp(key, "operator") == 0)
		return string(w, v, path, &w->cfg->station_operator);
	if (strcmp(key, "leader") == 0)
		return string(w, v, path, &w->cfg->station_leader);
	if (strcmp(key, "contact") == 0)
		return string(w, v, path, &w->cfg->station_contact);
	return node_error(w, v, path, "unknown key%s", "");
}

/* Call fn for each scalar of a sequence (or of a single scalar). */
static const struct sg_error *
each_item(struct walk *w, yaml_node_t *seq, const char *path,
    const struct sg_error *(*fn)(struct walk *, yaml_node_t *, const char *,
    const char *, void *), void *arg)
{
	const struct sg_error	*err;
	yaml_node_item_t	*it;
	yaml_node_t		*n;
	const char		*s;

	if (seq->type == YAML_SCALAR_NODE)
		return fn(w, seq, path, (const char *)seq->data.scalar.value,
		    arg);
	if (seq->type != YAML_SEQUENCE_NODE)
		return node_error(w, seq, path, "expected a list, not %s",
		    type_name(seq));
	for (it = seq->data.sequence.items.start;
	    it < seq->data.sequence.items.top; it++) {
		if ((err = get_node(w, *it, path, &n)) != NULL ||
		    (err = scalar(w, n, path, &s)) != NULL ||
		    (err = fn(w, n, path, s, arg)) != NULL)
			return err;
	}
	return NULL;
}

/* One tag of a rule. */
static const struct sg_error *
rule_tag(struct walk *w, yaml_node_t *n, const char *path, const char *s,
    void *arg)
{
	struct sg_rule	*r = arg;

	if (r->ntags == SG_RULE_MAXTAGS)
		return node_error(w, n, path, "too many tags (at most 16)%s",
		    "");
	if (*s == '\0' || strchr(s, ',') != NULL || !sg_utf8_valid(s,
	    strlen(s)))
		return node_error(w, n, path, "invalid tag '%s'", s);
	if ((r->tags[r->ntags] = strdup(s)) == NULL)
		return sg_error_errno("config");
	r->ntags++;
	return NULL;
}

/* One living arrangement of a rule. */
static const struct sg_error *
rule_living(struct walk *w, yaml_node_t *n, const char *path, const char *s,
    void *arg)
{
	static const struct sg_enum lv[] = {
		{ "alone", "独居" }, { "couple", "与配偶" },
		{ "with-children", "与子女" }, { "other", "其他" },
		{ NULL, NULL }
	};
	struct sg_rule	*r = arg;
	const char	*k = sg_enum_find(lv, s);

	if (k == NULL)
		return node_error(w, n, path, "invalid value '%s': expected "
		    "alone, couple, with-children or other", s);
	r->living |= strcmp(k, "alone") == 0 ? SG_LIVING_ALONE :
	    strcmp(k, "couple") == 0 ? SG_LIVING_COUPLE :
	    strcmp(k, "with-children") == 0 ? SG_LIVING_CHILDREN :
	    SG_LIVING_OTHER;
	return NULL;
}

/* One mode of a rule: home, phone, video, event. */
static const struct sg_error *
rule_mode(struct walk *w, yaml_node_t *n, const char *path, const char *s,
    void *arg)
{
	int	*modes = arg;

	if (strcmp(s, "home") == 0 || strcmp(s, "上门") == 0)
		*modes |= 1;
	else if (strcmp(s, "phone") == 0 || strcmp(s, "video") == 0 ||
	    strcmp(s, "event") == 0 || strcmp(s, "电话") == 0 ||
	    strcmp(s, "视频") == 0)
		*modes |= 2;
	else
		return node_error(w, n, path, "invalid mode '%s': expected "
		    "home, phone, video or event", s);
	return NULL;
}

/* A key of one rule. */
static const struct sg_error *
rule_key(struct walk *w, const char *key, const char *path, yaml_node_t *v,
    void *arg)
{
	const struct sg_error	*err;
	struct sg_rule		*r = arg;
	const char		*s;
	int			 modes = 0;

	if (strcmp(key, "name") == 0)
		return string(w, v, path, &r->name);
	if (strcmp(key, "tags") == 0)
		return each_item(w, v, path, rule_tag, r);
	if (strcmp(key, "living") == 0)
		return each_item(w, v, path, rule_living, r);
	if (strcmp(key, "modes") == 0) {
		if ((err = each_item(w, v, path, rule_mode, &modes)) != NULL)
			return err;
		r->home_only = modes == 1;
		return NULL;
	}
	if ((err = scalar(w, v, path, &s)) != NULL)
		return err;
	if (strcmp(key, "age") == 0) {
		if ((err = sg_range_parse(&r->age_min, &r->age_max, s)))
			return node_error(w, v, path, "%s", err->msg);
		return NULL;
	}
	if (strcmp(key, "level") == 0) {
		if ((err = sg_range_parse(&r->level_min, &r->level_max, s)) ||
		    r->level_max > 4 || r->level_min > 4)
			return node_error(w, v, path, "invalid level range "
			    "'%s': expected levels 0 to 4, like 2- or 0-1", s);
		return NULL;
	}
	if (strcmp(key, "every") == 0) {
		if ((err = sg_every_parse(&r->every, s)) != NULL)
			return node_error(w, v, path, "%s", err->msg);
		return NULL;
	}
	return node_error(w, v, path, "unknown key%s", "");
}

/* Free what a rule holds. */
static void
rule_free(struct sg_rule *r)
{
	int	 i;

	free(r->name);
	for (i = 0; i < r->ntags; i++)
		free(r->tags[i]);
	memset(r, 0, sizeof(*r));
}

/* visit.rules: a list of rules, replacing the built-in ones. */
static const struct sg_error *
read_rules(struct walk *w, yaml_node_t *seq, const char *path)
{
	const struct sg_error	*err;
	struct sg_config	*c = w->cfg;
	yaml_node_item_t	*it;
	yaml_node_t		*n;
	char			 p[64];

	if (seq->type != YAML_SEQUENCE_NODE)
		return node_error(w, seq, path, "expected a list, not %s",
		    type_name(seq));
	while (c->nrules > 0)
		rule_free(&c->rules[--c->nrules]);
	while (c->nneeds > 0)
		free(c->needs[--c->nneeds]);
	for (it = seq->data.sequence.items.start;
	    it < seq->data.sequence.items.top; it++) {
		struct sg_rule *r = &c->rules[c->nrules];

		snprintf(p, sizeof(p), "%s[%d]", path, c->nrules + 1);
		if (c->nrules == SG_MAX_RULES)
			return node_error(w, seq, path, "too many rules (at "
			    "most 32)%s", "");
		if ((err = get_node(w, *it, p, &n)) != NULL)
			return err;
		memset(r, 0, sizeof(*r));
		r->age_min = r->age_max = r->level_min = r->level_max = -1;
		r->line = (int)n->start_mark.line + 1;
		c->nrules++;
		if ((err = each_pair(w, n, p, rule_key, r)) != NULL)
			return err;
		if (r->name == NULL)
			return node_error(w, n, p, "a rule needs a name%s", "");
		if (r->every.kind == 0)
			return node_error(w, n, p, "a rule needs every: week, "
			    "month, quarter, Nd or Nw%s", "");
	}
	return NULL;
}

/* One workday. */
static const struct sg_error *
workday(struct walk *w, yaml_node_t *n, const char *path, const char *s,
    void *arg)
{
	static const char *const en[] = { "mon", "tue", "wed", "thu", "fri",
	    "sat", "sun" };
	static const char *const zh[] = { "周一", "周二", "周三", "周四",
	    "周五", "周六", "周日" };
	unsigned	*days = arg;
	int		 i;

	for (i = 0; i < 7; i++)
		if (strcasecmp(s, en[i]) == 0 || strcmp(s, zh[i]) == 0) {
			*days |= 1u << (i + 1);
			return NULL;
		}
	return node_error(w, n, path, "invalid weekday '%s': expected mon, "
	    "tue, wed, thu, fri, sat or sun", s);
}

/* A date of the config: YYYY-MM-DD only. */
static const struct sg_error *
config_day(struct walk *w, yaml_node_t *n, const char *path, const char *s,
    int32_t *out)
{
	int	 y, m, d, k = 0;

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &k) !=
	    3 || k != 10 || sg_date_make(out, y, m, d) != NULL)
		return node_error(w, n, path, "invalid date '%s': expected "
		    "YYYY-MM-DD", s);
	return NULL;
}

/* One day off (YYYY-MM-DD) or days off (YYYY-MM-DD..YYYY-MM-DD). */
static const struct sg_error *
holiday(struct walk *w, yaml_node_t *n, const char *path, const char *s,
    void *arg)
{
	const struct sg_error	*err;
	struct sg_period	 p;
	char			 a[16];
	const char		*dots = strstr(s, "..");

	(void)arg;
	if (w->cfg->nholidays == SG_MAX_HOLIDAYS)
		return node_error(w, n, path, "too many holidays (at most "
		    "256)%s", "");
	if (dots == NULL || dots - s != 10) {
		if ((err = config_day(w, n, path, s, &p.from)) != NULL)
			return err;
		p.to = p.from;
	} else {
		memcpy(a, s, 10);
		a[10] = '\0';
		if ((err = config_day(w, n, path, a, &p.from)) != NULL ||
		    (err = config_day(w, n, path, dots + 2, &p.to)) != NULL)
			return err;
		if (p.to < p.from)
			return node_error(w, n, path, "days off '%s' end "
			    "before they begin", s);
	}
	w->cfg->holidays[w->cfg->nholidays++] = p;
	return NULL;
}

/* One make-up workday. */
static const struct sg_error *
workday_extra(struct walk *w, yaml_node_t *n, const char *path,
    const char *s, void *arg)
{
	(void)arg;
	if (w->cfg->nextra == SG_MAX_HOLIDAYS)
		return node_error(w, n, path, "too many workdays (at most "
		    "256)%s", "");
	return config_day(w, n, path, s,
	    &w->cfg->workdays_extra[w->cfg->nextra++]);
}

/* A count of workdays from 0 to 30. */
static const struct sg_error *
within_days(struct walk *w, yaml_node_t *v, const char *path, int *out)
{
	const struct sg_error	*err;
	const char		*s;
	char			*end;
	long			 n;

	if ((err = scalar(w, v, path, &s)) != NULL)
		return err;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || n < 0 || n > 30)
		return node_error(w, v, path, "expected a number of workdays "
		    "from 0 to 30, not '%s'", s);
	*out = (int)n;
	return NULL;
}

/* visit: {rules, workdays, per_visitor_per_day} */
static const struct sg_error *
visit_key(struct walk *w, const char *key, const char *path, yaml_node_t *v,
    void *arg)
{
	const struct sg_error	*err;
	const char		*s;
	char			*end;
	long			 n;

	(void)arg;
	if (strcmp(key, "rules") == 0)
		return read_rules(w, v, path);
	if (strcmp(key, "workdays") == 0) {
		w->cfg->workdays = 0;
		return each_item(w, v, path, workday, &w->cfg->workdays);
	}
	if (strcmp(key, "holidays") == 0)
		return each_item(w, v, path, holiday, NULL);
	if (strcmp(key, "workdays_extra") == 0)
		return each_item(w, v, path, workday_extra, NULL);
	if (strcmp(key, "urgent_within") == 0)
		return within_days(w, v, path, &w->cfg->urgent_within);
	if (strcmp(key, "change_within") == 0)
		return within_days(w, v, path, &w->cfg->change_within);
	if (strcmp(key, "per_visitor_per_day") == 0) {
		if ((err = scalar(w, v, path, &s)) != NULL)
			return err;
		n = strtol(s, &end, 10);
		if (*s == '\0' || *end != '\0' || n < 1 || n > 100)
			return node_error(w, v, path, "expected an integer from "
			    "1 to 100, not '%s'", s);
		w->cfg->per_visitor_per_day = (int)n;
		return NULL;
	}
	return node_error(w, v, path, "unknown key%s", "");
}

/* privacy: {mask_id_numbers} */
static const struct sg_error *
privacy_key(struct walk *w, const char *key, const char *path,
    yaml_node_t *v, void *arg)
{
	const struct sg_error	*err;
	const char		*s;

	(void)arg;
	if (strcmp(key, "mask_id_numbers") != 0)
		return node_error(w, v, path, "unknown key%s", "");
	if ((err = scalar(w, v, path, &s)) != NULL)
		return err;
	if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0)
		w->cfg->mask_id_numbers = 1;
	else if (strcmp(s, "false") == 0 || strcmp(s, "no") == 0)
		w->cfg->mask_id_numbers = 0;
	else
		return node_error(w, v, path, "expected true or false, not "
		    "'%s'", s);
	return NULL;
}

/* assessment: {every: 6m} */
static const struct sg_error *
assessment_key(struct walk *w, const char *key, const char *path,
    yaml_node_t *v, void *arg)
{
	const struct sg_error	*err;
	const char		*s;
	char			*end;
	long			 n;

	(void)arg;
	if (strcmp(key, "every") != 0)
		return node_error(w, v, path, "unknown key%s", "");
	if ((err = scalar(w, v, path, &s)) != NULL)
		return err;
	n = strtol(s, &end, 10);
	if (end == s || (*end != '\0' && strcmp(end, "m") != 0) || n < 1 ||
	    n > 120)
		return node_error(w, v, path, "expected a number of months "
		    "like 6m, not '%s'", s);
	w->cfg->assessment_months = (int)n;
	return NULL;
}

/* report: {query_seconds: 60} */
static const struct sg_error *
report_key(struct walk *w, const char *key, const char *path,
    yaml_node_t *v, void *arg)
{
	const struct sg_error	*err;
	const char		*s;
	long			 n = 0;

	(void)arg;
	if (strcmp(key, "query_seconds") != 0)
		return node_error(w, v, path, "unknown key%s", "");
	if ((err = scalar(w, v, path, &s)) != NULL)
		return err;
	if (*s != '\0' && strspn(s, "0123456789") == strlen(s) &&
	    strlen(s) <= 6)
		n = strtol(s, NULL, 10);
	if (n < 1 || n > 86400)
		return node_error(w, v, path, "expected a number of seconds "
		    "from 1 to 86400, not '%s'", s);
	w->cfg->query_seconds = (int)n;
	return NULL;
}

/* One more need of case work (case.needs). */
static const struct sg_error *
case_need(struct walk *w, yaml_node_t *n, const char *path, const char *s,
    void *arg)
{
	(void)arg;
	if (w->cfg->nneeds == SG_RULE_MAXTAGS)
		return node_error(w, n, path, "too many needs (at most 16)%s",
		    "");
	if (*s == '\0' || strchr(s, ',') != NULL || strlen(s) > 64 ||
	    !sg_utf8_valid(s, strlen(s)))
		return node_error(w, n, path, "invalid need '%s'", s);
	if ((w->cfg->needs[w->cfg->nneeds] = strdup(s)) == NULL)
		return sg_error_errno("config");
	w->cfg->nneeds++;
	return NULL;
}

/* case: {needs: [...]} */
static const struct sg_error *
case_key(struct walk *w, const char *key, const char *path, yaml_node_t *v,
    void *arg)
{
	(void)arg;
	if (strcmp(key, "needs") != 0)
		return node_error(w, v, path, "unknown key%s", "");
	return each_item(w, v, path, case_need, NULL);
}

/* ------------------------------------------------------------ projects */

/* What a target may count: report project counts each (project.c). */
const char *const sg_target_names[] = {
	"visits", "home_visits", "visit_rate", "events", "events_festival",
	"events_culture", "events_health", "events_clinic", "events_group",
	"events_training", "events_interest", "events_other", "sessions",
	"served", "people", "hours", "cases_opened", "cases_closed", NULL
};

/* The kinds of record a default names, and their kinds. */
static const char *const default_keys[] = {
	"visit", "visit.routine", "visit.follow-up", "visit.holiday",
	"visit.case", "visit.supervision", "event", "event.festival",
	"event.culture", "event.health", "event.clinic", "event.group",
	"event.training", "event.interest", "event.other", "case", "hours",
	NULL
};

/* A name of a project or part: not empty, no '/', at most 64 bytes. */
static const struct sg_error *
project_name(struct walk *w, yaml_node_t *v, const char *path, char **out)
{
	const struct sg_error	*err;

	if ((err = string(w, v, path, out)) != NULL)
		return err;
	if (**out == '\0' || strchr(*out, '/') != NULL || strlen(*out) > 64)
		return node_error(w, v, path, "invalid name '%s': 1 to 64 "
		    "bytes, no '/'", *out);
	return NULL;
}

/* One target of a part: NAME: NUMBER. */
static const struct sg_error *
target_key(struct walk *w, const char *key, const char *path, yaml_node_t *v,
    void *arg)
{
	const struct sg_error	*err;
	struct sg_part		*pt = arg;
	const char		*s;
	char			*end;
	double			 n;
	int			 i;

	for (i = 0; sg_target_names[i] != NULL; i++)
		if (strcmp(key, sg_target_names[i]) == 0)
			break;
	if (sg_target_names[i] == NULL)
		return node_error(w, v, path, "unknown target: expected "
		    "visits, home_visits, visit_rate, events, events_KIND, "
		    "sessions, served, people, hours, cases_opened or "
		    "cases_closed%s", "");
	if (pt->ntargets == SG_MAX_TARGETS)
		return node_error(w, v, path, "too many targets (at most "
		    "16)%s", "");
	if ((err = scalar(w, v, path, &s)) != NULL)
		return err;
	n = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || !(n > 0) || n > 1e7 ||
	    (strcmp(key, "visit_rate") == 0 && n > 100))
		return node_error(w, v, path, "expected a number more than 0 "
		    "(a percentage for visit_rate), not '%s'", s);
	snprintf(pt->targets[pt->ntargets].what,
	    sizeof(pt->targets[0].what), "%s", key);
	pt->targets[pt->ntargets++].goal = n;
	return NULL;
}

/* A part: {name, series, tag, targets}. */
static const struct sg_error *
part_key(struct walk *w, const char *key, const char *path, yaml_node_t *v,
    void *arg)
{
	struct sg_part	*pt = arg;

	if (strcmp(key, "name") == 0)
		return project_name(w, v, path, &pt->name);
	if (strcmp(key, "series") == 0)
		return string(w, v, path, &pt->series);
	if (strcmp(key, "tag") == 0)
		return string(w, v, path, &pt->tag);
	if (strcmp(key, "targets") == 0)
		return each_pair(w, v, path, target_key, pt);
	return node_error(w, v, path, "unknown key%s", "");
}

/* The parts of a project. */
static const struct sg_error *
read_parts(struct walk *w, yaml_node_t *seq, const char *path,
    struct sg_project *pj)
{
	const struct sg_error	*err;
	yaml_node_item_t	*it;
	yaml_node_t		*n;
	int			 i;

	if (seq->type != YAML_SEQUENCE_NODE)
		return node_error(w, seq, path, "expected a list, not %s",
		    type_name(seq));
	for (it = seq->data.sequence.items.start;
	    it < seq->data.sequence.items.top; it++) {
		struct sg_part *pt = &pj->parts[pj->nparts];

		if ((err = get_node(w, *it, path, &n)) != NULL)
			return err;
		if (pj->nparts == SG_MAX_PARTS)
			return node_error(w, n, path, "too many parts (at most "
			    "8)%s", "");
		pj->nparts++;
		if ((err = each_pair(w, n, path, part_key, pt)) != NULL)
			return err;
		if (pt->name == NULL)
			return node_error(w, n, path, "a part needs a name%s",
			    "");
		for (i = 0; i < pj->nparts - 1; i++)
			if (strcmp(pj->parts[i].name, pt->name) == 0)
				return node_error(w, n, path, "part '%s' is "
				    "named twice", pt->name);
	}
	return NULL;
}

/* The defaults of a project: KIND: PART. */
static const struct sg_error *
default_key(struct walk *w, const char *key, const char *path,
    yaml_node_t *v, void *arg)
{
	const struct sg_error	*err;
	struct sg_project	*pj = arg;
	const char		*s;
	int			 i;

	for (i = 0; default_keys[i] != NULL; i++)
		if (strcmp(key, default_keys[i]) == 0)
			break;
	if (default_keys[i] == NULL)
		return node_error(w, v, path, "unknown kind: expected visit, "
		    "visit.KIND, event, event.KIND, case or hours%s", "");
	if ((err = scalar(w, v, path, &s)) != NULL)
		return err;
	for (i = 0; i < pj->nparts; i++)
		if (strcmp(pj->parts[i].name, s) == 0)
			break;
	if (i == pj->nparts)
		return node_error(w, v, path, "no part '%s' in the project "
		    "(parts come before defaults)", s);
	if (pj->ndefaults == SG_MAX_PDEFAULTS)
		return node_error(w, v, path, "too many defaults%s", "");
	snprintf(pj->defaults[pj->ndefaults].key,
	    sizeof(pj->defaults[0].key), "%s", key);
	pj->defaults[pj->ndefaults++].part = i;
	return NULL;
}

/* A project: {name, from, to, parts, defaults}. */
static const struct sg_error *
project_key(struct walk *w, const char *key, const char *path,
    yaml_node_t *v, void *arg)
{
	const struct sg_error	*err;
	struct sg_project	*pj = arg;
	const char		*s;

	if (strcmp(key, "name") == 0)
		return project_name(w, v, path, &pj->name);
	if (strcmp(key, "from") == 0 || strcmp(key, "to") == 0) {
		if ((err = scalar(w, v, path, &s)) != NULL)
			return err;
		return config_day(w, v, path, s, key[0] == 'f' ? &pj->from :
		    &pj->to);
	}
	if (strcmp(key, "parts") == 0)
		return read_parts(w, v, path, pj);
	if (strcmp(key, "defaults") == 0)
		return each_pair(w, v, path, default_key, pj);
	return node_error(w, v, path, "unknown key%s", "");
}

/* projects: a list of projects. */
static const struct sg_error *
read_projects(struct walk *w, yaml_node_t *seq, const char *path)
{
	const struct sg_error	*err;
	struct sg_config	*c = w->cfg;
	yaml_node_item_t	*it;
	yaml_node_t		*n;
	int			 i;

	if (seq->type != YAML_SEQUENCE_NODE)
		return node_error(w, seq, path, "expected a list, not %s",
		    type_name(seq));
	for (it = seq->data.sequence.items.start;
	    it < seq->data.sequence.items.top; it++) {
		struct sg_project *pj = &c->projects[c->nprojects];

		if ((err = get_node(w, *it, path, &n)) != NULL)
			return err;
		if (c->nprojects == SG_MAX_PROJECTS)
			return node_error(w, n, path, "too many projects (at "
			    "most 8)%s", "");
		c->nprojects++;
		pj->from = pj->to = SG_DATE_NONE;
		if ((err = each_pair(w, n, path, project_key, pj)) != NULL)
			return err;
		if (pj->name == NULL || pj->from == SG_DATE_NONE ||
		    pj->to == SG_DATE_NONE || pj->nparts == 0)
			return node_error(w, n, path, "a project needs a name, "
			    "from, to and parts%s", "");
		if (pj->to < pj->from)
			return node_error(w, n, path, "project '%s' ends before "
			    "it begins", pj->name);
		for (i = 0; i < c->nprojects - 1; i++)
			if (strcmp(c->projects[i].name, pj->name) == 0)
				return node_error(w, n, path, "project '%s' is "
				    "named twice", pj->name);
	}
	return NULL;
}

/* remind: {command} */
static const struct sg_error *
remind_key(struct walk *w, const char *key, const char *path,
    yaml_node_t *v, void *arg)
{
	(void)arg;
	if (strcmp(key, "command") != 0)
		return node_error(w, v, path, "unknown key%s", "");
	return string(w, v, path, &w->cfg->remind_command);
}

/* The top level of the file. */
static const struct sg_error *
top_key(struct walk *w, const char *key, const char *path, yaml_node_t *v,
    void *arg)
{
	(void)arg;
	if (strcmp(key, "db") == 0)
		return string(w, v, path, &w->cfg->db);
	if (strcmp(key, "station") == 0)
		return each_pair(w, v, path, station_key, NULL);
	if (strcmp(key, "visit") == 0)
		return each_pair(w, v, path, visit_key, NULL);
	if (strcmp(key, "privacy") == 0)
		return each_pair(w, v, path, privacy_key, NULL);
	if (strcmp(key, "assessment") == 0)
		return each_pair(w, v, path, assessment_key, NULL);
	if (strcmp(key, "case") == 0)
		return each_pair(w, v, path, case_key, NULL);
	if (strcmp(key, "report") == 0)
		return each_pair(w, v, path, report_key, NULL);
	if (strcmp(key, "projects") == 0)
		return read_projects(w, v, path);
	if (strcmp(key, "remind") == 0)
		return each_pair(w, v, path, remind_key, NULL);
	return node_error(w, v, path, "unknown key%s", "");
}

/* Fill a config with the built-in defaults. */
static const struct sg_error *
set_defaults(struct sg_config *c)
{
	size_t	 i;
	char	*tags, *p, *save = NULL;

	c->workdays = 0x3e;		/* mon..fri */
	c->per_visitor_per_day = 6;
	c->urgent_within = 1;
	c->change_within = 2;
	c->mask_id_numbers = 1;
	c->query_seconds = 60;
	c->assessment_months = 6;
	for (i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
		struct sg_rule *r = &c->rules[c->nrules++];

		r->age_min = defaults[i].age_min;
		r->age_max = r->level_min = r->level_max = -1;
		r->every.kind = defaults[i].every;
		if ((r->name = strdup(defaults[i].name)) == NULL ||
		    (tags = strdup(defaults[i].tags)) == NULL)
			return sg_error_errno("config");
		for (p = strtok_r(tags, ",", &save); p != NULL;
		    p = strtok_r(NULL, ",", &save))
			r->tags[r->ntags++] = strdup(p);
		free(tags);
	}
	return NULL;
}

/* The config file as libyaml reads it, its nesting followed. */
struct cfg_input {
	FILE			*fp;
	struct sg_yaml_nest	 nest;
	int			 deep;
};

/* libyaml: read a block; 0 (an error) past the nesting bound. */
static int
cfg_read(void *data, unsigned char *buf, size_t size, size_t *n)
{
	struct cfg_input	*in = data;

	*n = fread(buf, 1, size, in->fp);
	if (*n == 0 && ferror(in->fp))
		return 0;
	if (sg_yaml_nest_scan(&in->nest, (const char *)buf, *n) == -1) {
		in->deep = 1;
		return 0;
	}
	return 1;
}

/* Parse the file into c. */
static const struct sg_error *
parse_file(struct sg_config *c, FILE *fp, const char *path)
{
	const struct sg_error	*err = NULL;
	yaml_parser_t		 parser;
	yaml_document_t		 doc;
	yaml_node_t		*root;
	struct walk		 w;
	struct cfg_input	 in;

	if (!yaml_parser_initialize(&parser))
		return sg_error_errno("config");
	in.fp = fp;
	in.nest = (struct sg_yaml_nest)SG_YAML_NEST_INIT;
	in.deep = 0;
	yaml_parser_set_input(&parser, cfg_read, &in);
	if (!yaml_parser_load(&parser, &doc)) {
		if (in.deep)
			err = sg_error_fmt("%s:%ld: yaml: nested more than %d "
			    "levels deep", path, in.nest.line, SG_YAML_DEPTH);
		else
			err = sg_error_fmt("%s:%lu: yaml: %s", path,
			    (unsigned long)parser.problem_mark.line + 1,
			    parser.problem ? parser.problem :
			    _("syntax error"));
		yaml_parser_delete(&parser);
		return err;
	}
	w.doc = &doc;
	w.file = path;
	w.cfg = c;
	w.seen = calloc(doc.nodes.top - doc.nodes.start + 2, 1);
	if (w.seen == NULL)
		err = sg_error_errno("config");
	else if ((root = yaml_document_get_root_node(&doc)) != NULL &&
	    !(root->type == YAML_SCALAR_NODE &&
	    root->data.scalar.length == 0)) {
		w.seen[1] = 1;
		err = each_pair(&w, root, "", top_key, NULL);
	}
	free(w.seen);
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return err;
}

/* Load the config at path; a missing file gives the defaults. */
const struct sg_error *
sg_config_load(struct sg_config **out, const char *path, int must_exist)
{
	const struct sg_error	*err;
	struct sg_config	*c;
	FILE			*fp = NULL;

	*out = NULL;
	if ((c = calloc(1, sizeof(*c))) == NULL)
		return sg_error_errno("config");
	if ((err = set_defaults(c)) != NULL)
		goto fail;
	if (path != NULL && (fp = fopen(path, "r")) == NULL &&
	    (errno != ENOENT || must_exist)) {
		err = sg_error_errno("cannot open config '%s'", path);
		goto fail;
	}
	if (fp != NULL) {
		if ((c->path = strdup(path)) == NULL) {
			err = sg_error_errno("config");
			goto fail;
		}
		err = parse_file(c, fp, path);
		fclose(fp);
		if (err != NULL)
			goto fail;
	}
	*out = c;
	return NULL;
fail:
	sg_config_free(c);
	return err;
}

/* Free a config. */
void
sg_config_free(struct sg_config *c)
{
	int	i, j;

	if (c == NULL)
		return;
	while (c->nrules > 0)
		rule_free(&c->rules[--c->nrules]);
	while (c->nneeds > 0)
		free(c->needs[--c->nneeds]);
	free(c->path);
	free(c->db);
	free(c->station_name);
	free(c->station_operator);
	free(c->station_leader);
	free(c->station_contact);
	for (i = 0; i < c->nprojects; i++) {
		free(c->projects[i].name);
		for (j = 0; j < c->projects[i].nparts; j++) {
			free(c->projects[i].parts[j].name);
			free(c->projects[i].parts[j].series);
			free(c->projects[i].parts[j].tag);
		}
	}
	free(c->remind_command);
	free(c);
}

/* Parse an interval: week, month, quarter, Nd, Nw (周, 月, 季度). */
const struct sg_error *
sg_every_parse(struct sg_every *e, const char *s)
{
	char	*end;
	long	 n;

	memset(e, 0, sizeof(*e));
	if (strcmp(s, "week") == 0 || strcmp(s, "周") == 0)
		e->kind = SG_EVERY_WEEK;
	else if (strcmp(s, "month") == 0 || strcmp(s, "月") == 0)
		e->kind = SG_EVERY_MONTH;
	else if (strcmp(s, "quarter") == 0 || strcmp(s, "季度") == 0)
		e->kind = SG_EVERY_QUARTER;
	else {
		n = strtol(s, &end, 10);
		if (end == s || *s < '0' || *s > '9' || (strcmp(end, "d") != 0 &&
		    strcmp(end, "w") != 0) || n < 1 || n > 3650 ||
		    (end[0] == 'w' && n > 521))
			return sg_error_fmt("invalid interval '%s': expected "
			    "week, month, quarter, Nd or Nw", s);
		e->kind = SG_EVERY_DAYS;
		e->days = (int)(end[0] == 'w' ? n * 7 : n);
	}
	return NULL;
}

/* Print an interval. */
char *
sg_every_str(char *buf, const struct sg_every *e)
{
	switch (e->kind) {
	case SG_EVERY_WEEK:
		return strcpy(buf, "week");
	case SG_EVERY_MONTH:
		return strcpy(buf, "month");
	case SG_EVERY_QUARTER:
		return strcpy(buf, "quarter");
	default:
		snprintf(buf, 16, "%dd", e->days % 10000);
		return buf;
	}
}

/* The calendar period of a kind holding a day. */
struct sg_period
sg_every_period(const struct sg_every *e, int32_t day)
{
	switch (e->kind) {
	case SG_EVERY_WEEK:
		return sg_period_week(day);
	case SG_EVERY_MONTH:
		return sg_period_month(day);
	default:
		return sg_period_quarter(day);
	}
}

/* Print a range "80-", "60-79", "-59", "75" (-1 = open). */
void
sg_range_str(char *buf, size_t size, int lo, int hi)
{
	if (lo >= 0 && hi >= 0 && lo == hi)
		snprintf(buf, size, "%d", lo);
	else if (hi < 0)
		snprintf(buf, size, "%d-", lo);
	else if (lo < 0)
		snprintf(buf, size, "-%d", hi);
	else
		snprintf(buf, size, "%d-%d", lo, hi);
}

/* Parse a range "80-", "60-79", "-59", "75". */
const struct sg_error *
sg_range_parse(int *min, int *max, const char *s)
{
	char	*end;
	long	 a = -1, b = -1;

	if (*s >= '0' && *s <= '9') {
		a = strtol(s, &end, 10);
		s = end;
		if (*s == '\0')
			b = a;
	}
	if (*s == '-') {
		s++;
		if (*s >= '0' && *s <= '9') {
			b = strtol(s, &end, 10);
			s = end;
		} else if (a < 0)
			s = "x";
	}
	if (*s != '\0' || (a < 0 && b < 0) || a > 200 || b > 200 ||
	    (a >= 0 && b >= 0 && a > b))
		return sg_error_fmt("invalid range: expected like 80-, 60-79, "
		    "-59 or 75");
	*min = (int)a;
	*max = (int)b;
	return NULL;
}
