/*
 * rules.c -- the visiting policy: which rule of the config applies to an
 * elder (first match wins, an elder's own interval overrides), why, and
 * the due date that follows from the last visit.
 */
#include <stdio.h>
#include <string.h>

#include "sg.h"

/*
 * Does the elder carry the tag: typed, or derived (独居 from living alone,
 * 高龄 from age 80+)?  from names the field that gave it, "" when typed.
 */
static int
has_tag(const struct sg_facts *f, const char *tag, const char **from)
{
	*from = "";
	if (sg_tags_has(f->tags, tag))
		return 1;
	if (strcmp(tag, SG_TAG_ALONE) == 0 && f->living != NULL &&
	    strcmp(f->living, "alone") == 0) {
		*from = "living alone";
		return 1;
	}
	if (strcmp(tag, SG_TAG_OLD) == 0 && f->age >= SG_TAG_OLD_AGE) {
		*from = "age";
		return 1;
	}
	return 0;
}

/* The living bit of a keyword. */
static unsigned
living_bit(const char *s)
{
	if (s == NULL)
		return 0;
	if (strcmp(s, "alone") == 0)
		return SG_LIVING_ALONE;
	if (strcmp(s, "couple") == 0)
		return SG_LIVING_COUPLE;
	if (strcmp(s, "with-children") == 0)
		return SG_LIVING_CHILDREN;
	return SG_LIVING_OTHER;
}

/* Append a part to a "why" text, parts joined by "; ". */
static void
why_add(char *why, size_t size, const char *part)
{
	size_t	 n = strlen(why);

	if (n > 0 && n < size)
		n += snprintf(why + n, size - n, "; ");
	if (n < size)
		snprintf(why + n, size - n, "%s", part);
}

/* Does one rule match the facts?  why says how (NULL: not asked). */
static int
rule_matches(const struct sg_rule *r, const struct sg_facts *f, char *why,
    size_t size)
{
	const char	*from = "";
	char		 buf[32], part[160];
	int		 i, hit = -1;

	if (why != NULL)
		why[0] = '\0';
	if (r->ntags > 0) {
		for (i = 0; i < r->ntags && hit < 0; i++)
			if (has_tag(f, r->tags[i], &from))
				hit = i;
		if (hit < 0)
			return 0;
		if (why != NULL) {
			if (strcmp(from, "age") == 0)
				snprintf(part, sizeof(part), "tag %s (derived "
				    "from age %d)", r->tags[hit], f->age);
			else if (from[0] != '\0')
				snprintf(part, sizeof(part), "tag %s (derived "
				    "from %s)", r->tags[hit], from);
			else
				snprintf(part, sizeof(part), "tag %s",
				    r->tags[hit]);
			why_add(why, size, part);
		}
	}
	if (r->age_min >= 0 || r->age_max >= 0) {
		if (f->age < 0 || (r->age_min >= 0 && f->age < r->age_min) ||
		    (r->age_max >= 0 && f->age > r->age_max))
			return 0;
		if (why != NULL) {
			sg_range_str(buf, sizeof(buf), r->age_min,
			    r->age_max);
			snprintf(part, sizeof(part), "age %d in %s", f->age,
			    buf);
			why_add(why, size, part);
		}
	}
	if (r->living != 0) {
		if ((r->living & living_bit(f->living)) == 0)
			return 0;
		if (why != NULL) {
			snprintf(part, sizeof(part), "living %s", f->living);
			why_add(why, size, part);
		}
	}
	if (r->level_min >= 0 || r->level_max >= 0) {
		if (f->level < 0 || (r->level_min >= 0 &&
		    f->level < r->level_min) || (r->level_max >= 0 &&
		    f->level > r->level_max))
			return 0;
		if (why != NULL) {
			sg_range_str(buf, sizeof(buf), r->level_min,
			    r->level_max);
			snprintf(part, sizeof(part), "level %d in %s",
			    f->level, buf);
			why_add(why, size, part);
		}
	}
	if (why != NULL && why[0] == '\0')
		snprintf(why, size, "no condition");
	return 1;
}

/* The rule that applies: its index, SG_RULE_OWN, or SG_RULE_NONE. */
int
sg_rule_find(const struct sg_config *cfg, const struct sg_facts *f,
    struct sg_every *every, char *why, size_t size)
{
	int	 i;

	if (f->own != NULL && sg_every_parse(every, f->own) == NULL) {
		if (why != NULL)
			snprintf(why, size, "own interval %s", f->own);
		return SG_RULE_OWN;
	}
	for (i = 0; i < cfg->nrules; i++) {
		if (rule_matches(&cfg->rules[i], f, why, size)) {
			*every = cfg->rules[i].every;
			return i;
		}
	}
	if (why != NULL)
		snprintf(why, size, "no rule matches");
	return SG_RULE_NONE;
}

/*
 * Is a visit due by day on, and when was (is) it due?  last is the last
 * counting visit (SG_DATE_NONE: never), joined the day the elder was
 * taken on.  A calendar rule is due when the period holding on has no
 * visit; the due date is the end of the first period left without one.
 * A rolling rule is due on last + days (joined + days when never).
 */
int
sg_rule_due(const struct sg_every *e, int32_t last, int32_t joined,
    int32_t on, int32_t *due)
{
	struct sg_period	 p;

	if (e->kind == SG_EVERY_DAYS) {
		*due = (last != SG_DATE_NONE ? last : joined) + e->days;
		if (last == SG_DATE_NONE && joined > on)
			*due = on;
		return *due <= on;
	}
	p = sg_every_period(e, on);
	if (last != SG_DATE_NONE && last >= p.from)
		return 0;
	if (last != SG_DATE_NONE)
		p = sg_every_period(e, sg_every_period(e, last).to + 1);
	else if (joined <= on)
		p = sg_every_period(e, joined);
	*due = p.to;
	return 1;
}
