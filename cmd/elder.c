/*
 * elder -- elders' files: add, list, show, set, tag, edit, archive,
 * restore, import, export, assess, assessments, case, cases, person.  Each verb parses its
 * options and calls lib.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

#define OPT_FIELD	(SG_OPT_LONG + 1)

/* The options that set a field; the option name is the field's. */
#define FIELD_OPTIONS \
	{ "gender",		required_argument, NULL, OPT_FIELD }, \
	{ "birth",		required_argument, NULL, OPT_FIELD }, \
	{ "id-number",		required_argument, NULL, OPT_FIELD }, \
	{ "phone",		required_argument, NULL, OPT_FIELD }, \
	{ "building",		required_argument, NULL, OPT_FIELD }, \
	{ "unit",		required_argument, NULL, OPT_FIELD }, \
	{ "room",		required_argument, NULL, OPT_FIELD }, \
	{ "origin",		required_argument, NULL, OPT_FIELD }, \
	{ "living",		required_argument, NULL, OPT_FIELD }, \
	{ "tag",		required_argument, NULL, OPT_FIELD }, \
	{ "caregiver",		required_argument, NULL, OPT_FIELD }, \
	{ "caregiver-relation",	required_argument, NULL, OPT_FIELD }, \
	{ "caregiver-phone",	required_argument, NULL, OPT_FIELD }, \
	{ "emergency",		required_argument, NULL, OPT_FIELD }, \
	{ "emergency-phone",	required_argument, NULL, OPT_FIELD }, \
	{ "joined",		required_argument, NULL, OPT_FIELD }, \
	{ "health",		required_argument, NULL, OPT_FIELD }, \
	{ "visit-every",	required_argument, NULL, OPT_FIELD }, \
	{ "note",		required_argument, NULL, OPT_FIELD }

static const struct option add_opts[] = {
	FIELD_OPTIONS,
	{ "allow-duplicates",	no_argument, NULL, OPT_FIELD },
	{ NULL, 0, NULL, 0 }
};

static const struct option set_opts[] = {
	{ "name",		required_argument, NULL, OPT_FIELD },
	FIELD_OPTIONS,
	{ "event",		required_argument, NULL, OPT_FIELD },
	{ "event-date",		required_argument, NULL, OPT_FIELD },
	{ NULL, 0, NULL, 0 }
};

/* elder add NAME [field options] */
static const struct sg_error *
cmd_add(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_add_verb(ctx, argc, argv, add_opts, sg_elder_add);
}

/* elder set [ID...] [field options] */
static const struct sg_error *
cmd_set(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_set_verb(ctx, argc, argv, set_opts, "elder",
	    sg_elder_set);
}

enum {
	OPT_TAG = SG_OPT_LONG + 10, OPT_ANYTAG, OPT_BUILDING, OPT_AGE,
	OPT_GENDER, OPT_LIVING, OPT_STATUS, OPT_SEARCH, OPT_PAIRED,
	OPT_UNPAIRED, OPT_NOTVISITED, OPT_ADD, OPT_REMOVE, OPT_REASON,
	OPT_DATE, OPT_FORMAT, OPT_LEVEL, OPT_ASSESSDUE, OPT_INSTRUMENT,
	OPT_BY, OPT_NOTE, OPT_COMA, OPT_DEMENTIA, OPT_RISK, OPT_FORM,
	OPT_FROM
};

static const struct option list_opts[] = {
	{ "tag",		required_argument, NULL, OPT_TAG },
	{ "any-tag",		required_argument, NULL, OPT_ANYTAG },
	{ "building",		required_argument, NULL, OPT_BUILDING },
	{ "age",		required_argument, NULL, OPT_AGE },
	{ "gender",		required_argument, NULL, OPT_GENDER },
	{ "living",		required_argument, NULL, OPT_LIVING },
	{ "status",		required_argument, NULL, OPT_STATUS },
	{ "search",		required_argument, NULL, OPT_SEARCH },
	{ "paired",		no_argument,	   NULL, OPT_PAIRED },
	{ "unpaired",		no_argument,	   NULL, OPT_UNPAIRED },
	{ "not-visited-since",	required_argument, NULL, OPT_NOTVISITED },
	{ "level",		required_argument, NULL, OPT_LEVEL },
	{ "assessment-due",	no_argument,	   NULL, OPT_ASSESSDUE },
	{ NULL, 0, NULL, 0 }
};

/* elder list [filters] */
static const struct sg_error *
cmd_list(struct sg_ctx *ctx, int argc, char **argv)
{
	struct sg_elder_filter	 f;
	int			 c;

	memset(&f, 0, sizeof(f));
	while ((c = sg_getopt(ctx, argc, argv, "", list_opts, NULL)) != -1) {
		switch (c) {
		case OPT_TAG:
			if (f.ntags == SG_MAX_TAGS)
				return sg_error_fmt("list: too many --tag");
			f.tags[f.ntags++] = optarg;
			break;
		case OPT_ANYTAG:
			if (f.nanytags == SG_MAX_TAGS)
				return sg_error_fmt("list: too many --any-tag");
			f.anytags[f.nanytags++] = optarg;
			break;
		case OPT_BUILDING:	f.building = optarg; break;
		case OPT_AGE:		f.age = optarg; break;
		case OPT_GENDER:	f.gender = optarg; break;
		case OPT_LIVING:	f.living = optarg; break;
		case OPT_STATUS:	f.status = optarg; break;
		case OPT_SEARCH:	f.search = optarg; break;
		case OPT_PAIRED:	f.paired = 1; break;
		case OPT_UNPAIRED:	f.paired = -1; break;
		case OPT_NOTVISITED:	f.not_visited_since = optarg; break;
		case OPT_LEVEL:		f.level = optarg; break;
		case OPT_ASSESSDUE:	f.assessment_due = 1; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (optind != argc)
		return sg_usage(ctx);
	return sg_elder_list(ctx, &f);
}

/* elder show [ID...] */
static const struct sg_error *
cmd_show(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_ids_verb(ctx, argc, argv, "elder", sg_elder_show);
}

/* elder tag [--add T]... [--remove T]... [ID...] */
static const struct sg_error *
cmd_tag(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "add",	required_argument, NULL, OPT_ADD },
		{ "remove",	required_argument, NULL, OPT_REMOVE },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*add[SG_MAX_TAGS], *rm[SG_MAX_TAGS];
	int			 nadd = 0, nrm = 0, c;
	int64_t			*ids;
	size_t			 n;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c == OPT_ADD && nadd < SG_MAX_TAGS)
			add[nadd++] = optarg;
		else if (c == OPT_REMOVE && nrm < SG_MAX_TAGS)
			rm[nrm++] = optarg;
		else
			return sg_usage(ctx);
	}
	if (nadd + nrm == 0)
		return sg_error_usage("tag: give --add or --remove");
	if ((err = sg_elder_ids(ctx, &ids, &n, argc - optind,
	    argv + optind)) != NULL)
		return err;
	err = sg_elder_tag(ctx, ids, n, add, nadd, rm, nrm);
	free(ids);
	return err;
}

/* elder edit ID */
static const struct sg_error *
cmd_edit(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_id_verb(ctx, argc, argv, "elder", sg_elder_edit);
}

/* elder archive [ID...] --reason R [--date D] */
static const struct sg_error *
cmd_archive(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason",	required_argument, NULL, OPT_REASON },
		{ "date",	required_argument, NULL, OPT_DATE },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*reason = NULL, *date = NULL;
	int64_t			*ids;
	size_t			 n;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c == OPT_REASON)
			reason = optarg;
		else if (c == OPT_DATE)
			date = optarg;
		else
			return sg_usage(ctx);
	}
	if (reason == NULL)
		return sg_error_usage("archive: --reason is required");
	if ((err = sg_elder_ids(ctx, &ids, &n, argc - optind,
	    argv + optind)) != NULL)
		return err;
	err = sg_elder_archive(ctx, ids, n, reason, date);
	free(ids);
	return err;
}

/* elder restore [ID...] */
static const struct sg_error *
cmd_restore(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_ids_verb(ctx, argc, argv, "elder", sg_elder_restore);
}

/* elder import [FILE] [--format F] */
static const struct sg_error *
cmd_import(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_import_verb(ctx, argc, argv, sg_elder_import);
}

/* elder export */
static const struct sg_error *
cmd_export(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (optind != argc)
		return sg_usage(ctx);
	return sg_elder_export(ctx);
}

/* elder assess: the options besides ITEM=SCORE. */
static const struct sg_error *
assess_options(struct sg_ctx *ctx, int argc, char **argv,
    struct sg_assess_opts *o, int *form, const char **from)
{
	static const struct option opts[] = {
		{ "instrument",	required_argument, NULL, OPT_INSTRUMENT },
		{ "date",	required_argument, NULL, OPT_DATE },
		{ "by",		required_argument, NULL, OPT_BY },
		{ "note",	required_argument, NULL, OPT_NOTE },
		{ "coma",	no_argument,	   NULL, OPT_COMA },
		{ "dementia",	no_argument,	   NULL, OPT_DEMENTIA },
		{ "risk-events", required_argument, NULL, OPT_RISK },
		{ "form",	no_argument,	   NULL, OPT_FORM },
		{ "from",	required_argument, NULL, OPT_FROM },
		{ NULL, 0, NULL, 0 }
	};
	int	 c, other = 0;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_INSTRUMENT:	o->instrument = optarg; break;
		case OPT_DATE:		o->date = optarg; other = 1; break;
		case OPT_BY:		o->by = optarg; other = 1; break;
		case OPT_NOTE:		o->note = optarg; other = 1; break;
		case OPT_COMA:		o->coma = 1; other = 1; break;
		case OPT_DEMENTIA:	o->dementia = 1; other = 1; break;
		case OPT_RISK:		o->risk_events = optarg; other = 1;
			break;
		case OPT_FORM:		*form = 1; break;
		case OPT_FROM:		*from = optarg; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (*form && *from != NULL)
		return sg_error_usage("assess: --form and --from exclude each "
		    "other");
	if ((*form || *from != NULL) && other)
		return sg_error_usage("assess: with --%s, the form holds "
		    "date, by, note and the adjustments", *form ? "form" :
		    "from");
	if (*from != NULL && (o->instrument != NULL || argc > optind))
		return sg_error_usage("assess: --from takes no id, items or "
		    "--instrument: the form holds them");
	return NULL;
}

/*
 * elder assess ID --instrument I ITEM=SCORE... [--date D] [--by WHO]
 * [--coma] [--dementia] [--risk-events N] [--note TEXT];
 * elder assess --form [--instrument I] [ID...];
 * elder assess --from FILE
 */
static const struct sg_error *
cmd_assess(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	struct sg_assess_opts	 o;
	const char		*from = NULL;
	int			 form = 0;
	int64_t			 id, *ids;
	size_t			 n;

	memset(&o, 0, sizeof(o));
	if ((err = assess_options(ctx, argc, argv, &o, &form, &from)) != NULL)
		return err;
	if (form) {
		if ((err = sg_elder_ids(ctx, &ids, &n, argc - optind,
		    argv + optind)) != NULL)
			return err;
		err = sg_elder_assess_form(ctx, ids, n, o.instrument);
		free(ids);
		return err;
	}
	if ((err = sg_ctx_want_write(ctx)) != NULL)
		return err;
	if (from != NULL)
		return sg_elder_assess_from(ctx, from);
	if (argc - optind < 1)
		return sg_usage(ctx);
	if (o.instrument == NULL)
		return sg_error_usage("assess: --instrument is required "
		    "(barthel or gbt42195)");
	if ((err = sg_elder_resolve(ctx, argv[optind], &id)) != NULL)
		return err;
	o.items = (const char *const *)argv + optind + 1;
	o.nitems = argc - optind - 1;
	return sg_elder_assess(ctx, id, &o);
}

/* elder assessments [ID...] */
static const struct sg_error *
cmd_assessments(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_ids_verb(ctx, argc, argv, "elder", sg_elder_assessments);
}

enum {
	OPT_NEED = SG_OPT_LONG + 64, OPT_SOURCE, OPT_SUMMARY, OPT_CDATE,
	OPT_CBY, OPT_CNOTE, OPT_GOAL, OPT_ACTION, OPT_REVIEW, OPT_OUTCOME,
	OPT_FEEDBACK, OPT_TO, OPT_CSTATUS, OPT_OPEN, OPT_REVIEW_DUE,
	OPT_UNATTENDED, OPT_ELDER, OPT_CPROJECT
};

#define BIT(o)	(1u << ((o) - OPT_NEED))

/* The sub-verbs of elder case: what each takes and which options. */
static const struct {
	const char	*name;
	int		 writes;
	unsigned	 allowed;
} case_verbs[] = {
	{ "open", 1, BIT(OPT_NEED) | BIT(OPT_SOURCE) | BIT(OPT_SUMMARY) |
	    BIT(OPT_CDATE) | BIT(OPT_CBY) | BIT(OPT_CPROJECT) },
	{ "assess", 1, BIT(OPT_CNOTE) | BIT(OPT_CDATE) | BIT(OPT_CBY) },
	{ "plan", 1, BIT(OPT_GOAL) | BIT(OPT_ACTION) | BIT(OPT_REVIEW) |
	    BIT(OPT_CDATE) | BIT(OPT_CBY) },
	{ "note", 1, BIT(OPT_CNOTE) | BIT(OPT_CDATE) | BIT(OPT_CBY) },
	{ "close", 1, BIT(OPT_OUTCOME) | BIT(OPT_FEEDBACK) | BIT(OPT_CDATE) |
	    BIT(OPT_CBY) },
	{ "reopen", 1, BIT(OPT_CNOTE) | BIT(OPT_CDATE) | BIT(OPT_CBY) },
	{ "refer", 1, BIT(OPT_TO) | BIT(OPT_NEED) | BIT(OPT_CNOTE) |
	    BIT(OPT_CDATE) },
	{ "referral", 1, BIT(OPT_CSTATUS) | BIT(OPT_CDATE) },
	{ "show", 0, 0 },
};

/* elder case SUB ID [options]: one case verb. */
static const struct sg_error *
cmd_case(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "need",	required_argument, NULL, OPT_NEED },
		{ "source",	required_argument, NULL, OPT_SOURCE },
		{ "summary",	required_argument, NULL, OPT_SUMMARY },
		{ "date",	required_argument, NULL, OPT_CDATE },
		{ "by",		required_argument, NULL, OPT_CBY },
		{ "note",	required_argument, NULL, OPT_CNOTE },
		{ "goal",	required_argument, NULL, OPT_GOAL },
		{ "action",	required_argument, NULL, OPT_ACTION },
		{ "review",	required_argument, NULL, OPT_REVIEW },
		{ "outcome",	required_argument, NULL, OPT_OUTCOME },
		{ "feedback",	required_argument, NULL, OPT_FEEDBACK },
		{ "to",		required_argument, NULL, OPT_TO },
		{ "status",	required_argument, NULL, OPT_CSTATUS },
		{ "project",	required_argument, NULL, OPT_CPROJECT },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_case_opts	 o;
	const char		*status = NULL;
	unsigned		 seen = 0;
	int64_t			 id;
	size_t			 i;
	int			 c;

	memset(&o, 0, sizeof(o));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c < OPT_NEED || c > OPT_CPROJECT || (c > OPT_CSTATUS &&
		    c < OPT_CPROJECT))
			return sg_usage(ctx);
		seen |= BIT(c);
		switch (c) {
		case OPT_NEED:
			if (o.nneeds == SG_MAX_NEEDS)
				return sg_error_fmt("case: too many --need");
			o.needs[o.nneeds++] = optarg;
			break;
		case OPT_ACTION:
			if (o.nactions == SG_MAX_NEEDS)
				return sg_error_fmt("case: too many --action");
			o.actions[o.nactions++] = optarg;
			break;
		case OPT_SOURCE:	o.source = optarg; break;
		case OPT_SUMMARY:	o.summary = optarg; break;
		case OPT_CDATE:		o.date = optarg; break;
		case OPT_CBY:		o.by = optarg; break;
		case OPT_CNOTE:		o.note = optarg; break;
		case OPT_GOAL:		o.goal = optarg; break;
		case OPT_REVIEW:	o.review = optarg; break;
		case OPT_OUTCOME:	o.outcome = optarg; break;
		case OPT_FEEDBACK:	o.feedback = optarg; break;
		case OPT_TO:		o.to = optarg; break;
		case OPT_CSTATUS:	status = optarg; break;
		case OPT_CPROJECT:	o.project = optarg; break;
		}
	}
	if (argc - optind >= 3 && strcmp(argv[optind], "give") == 0 &&
	    (seen & ~BIT(OPT_CDATE)) == 0) {
		/* elder case give CASE ITEM:QTY... [--date D] */
		if ((err = sg_id_parse(&id, argv[optind + 1], "case")) != NULL ||
		    (err = sg_ctx_want_write(ctx)) != NULL)
			return err;
		return sg_goods_hand(ctx, "case", id, o.date,
		    (const char *const *)argv + optind + 2, argc - optind - 2);
	}
	if (argc - optind != 2)
		return sg_usage(ctx);
	for (i = 0; i < sizeof(case_verbs) / sizeof(case_verbs[0]); i++)
		if (strcmp(case_verbs[i].name, argv[optind]) == 0)
			break;
	if (i == sizeof(case_verbs) / sizeof(case_verbs[0]) ||
	    (seen & ~case_verbs[i].allowed) != 0)
		return sg_usage(ctx);
	if (case_verbs[i].writes && (err = sg_ctx_want_write(ctx)) != NULL)
		return err;
	if (i == 0)
		err = sg_elder_resolve(ctx, argv[optind + 1], &id);
	else
		err = sg_id_parse(&id, argv[optind + 1], strcmp(argv[optind],
		    "referral") == 0 ? "referral" : "case");
	if (err != NULL)
		return err;
	switch (i) {
	case 0:	return sg_case_open(ctx, id, &o);
	case 1:	return sg_case_note(ctx, id, "assess", &o);
	case 2:	return sg_case_plan(ctx, id, &o);
	case 3:	return sg_case_note(ctx, id, "note", &o);
	case 4:	return sg_case_close(ctx, id, &o);
	case 5:	return sg_case_reopen(ctx, id, &o);
	case 6:	return sg_case_refer(ctx, id, &o);
	case 7:	return sg_case_referral(ctx, id, status, o.date);
	default: return sg_case_show(ctx, id);
	}
}

/* elder cases [--open] [--need N] [--by WHO] [--review-due]
 * [--unattended] [--elder ID] */
static const struct sg_error *
cmd_cases(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "open",	no_argument,	   NULL, OPT_OPEN },
		{ "need",	required_argument, NULL, OPT_NEED },
		{ "by",		required_argument, NULL, OPT_CBY },
		{ "review-due",	no_argument,	   NULL, OPT_REVIEW_DUE },
		{ "unattended",	no_argument,	   NULL, OPT_UNATTENDED },
		{ "elder",	required_argument, NULL, OPT_ELDER },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_case_filter	 f;
	const char		*elder = NULL;
	int			 c;

	memset(&f, 0, sizeof(f));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_OPEN:		f.open = 1; break;
		case OPT_NEED:		f.need = optarg; break;
		case OPT_CBY:		f.by = optarg; break;
		case OPT_REVIEW_DUE:	f.review_due = 1; break;
		case OPT_UNATTENDED:	f.unattended = 1; break;
		case OPT_ELDER:		elder = optarg; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (optind != argc || (f.unattended && (f.open || f.need ||
	    f.by || f.review_due)))
		return sg_usage(ctx);
	if (elder != NULL && (err = sg_elder_resolve(ctx, elder,
	    &f.elder)) != NULL)
		return err;
	return sg_cases_list(ctx, &f);
}

/* The options of elder person add and set. */
#define PERSON_OPTIONS \
	{ "gender",		required_argument, NULL, OPT_FIELD }, \
	{ "phone",		required_argument, NULL, OPT_FIELD }, \
	{ "kind",		required_argument, NULL, OPT_FIELD }, \
	{ "building",		required_argument, NULL, OPT_FIELD }, \
	{ "unit",		required_argument, NULL, OPT_FIELD }, \
	{ "room",		required_argument, NULL, OPT_FIELD }, \
	{ "outside",		optional_argument, NULL, OPT_FIELD }, \
	{ "elder",		required_argument, NULL, OPT_FIELD }, \
	{ "relation",		required_argument, NULL, OPT_FIELD }, \
	{ "joined",		required_argument, NULL, OPT_FIELD }, \
	{ "note",		required_argument, NULL, OPT_FIELD }

/* A bare --outside means 1 (lives outside the community). */
static void
outside_flag(struct sg_kv *kv, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		if (strcmp(kv[i].key, "outside") == 0 && kv[i].val == NULL)
			kv[i].val = "1";
}

/* elder person add NAME [options] */
static const struct sg_error *
person_add(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		PERSON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_kv		 kv[SG_MAX_KV];
	int			 n;
	int64_t			 id;

	if ((err = sg_field_options(ctx, argc, argv, opts, kv, &n)) != NULL)
		return err;
	if (argc - optind != 1)
		return sg_usage(ctx);
	outside_flag(kv, n);
	return sg_person_add(ctx, argv[optind], kv, n, &id);
}

/* elder person set [ID...] [options] */
static const struct sg_error *
person_set(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name",		required_argument, NULL, OPT_FIELD },
		PERSON_OPTIONS,
		{ "status",		required_argument, NULL, OPT_FIELD },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_kv		 kv[SG_MAX_KV];
	int64_t			*ids;
	size_t			 nids;
	int			 n;

	if ((err = sg_field_options(ctx, argc, argv, opts, kv, &n)) != NULL)
		return err;
	if (n == 0)
		return sg_error_usage("person set: nothing to set");
	outside_flag(kv, n);
	if ((err = sg_ctx_ids(ctx, &ids, &nids, argc - optind, argv + optind,
	    "person")) != NULL)
		return err;
	err = sg_person_set(ctx, ids, nids, kv, n);
	free(ids);
	return err;
}

/* elder person list [--kind K] [--elder ID] [--status S] */
static const struct sg_error *
person_list(struct sg_ctx *ctx, int argc, char **argv)
{
	enum { KIND = SG_OPT_LONG + 1, ELDER, STATUS };
	static const struct option opts[] = {
		{ "kind",	required_argument, NULL, KIND },
		{ "elder",	required_argument, NULL, ELDER },
		{ "status",	required_argument, NULL, STATUS },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_person_filter	 f;
	int			 c;

	memset(&f, 0, sizeof(f));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c == KIND)
			f.kind = optarg;
		else if (c == STATUS)
			f.status = optarg;
		else if (c == ELDER) {
			if ((err = sg_id_parse(&f.elder, optarg, "elder")))
				return err;
		} else
			return sg_usage(ctx);
	}
	if (optind != argc)
		return sg_usage(ctx);
	return sg_person_list(ctx, &f);
}

/* elder person show [ID...] */
static const struct sg_error *
person_show(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_ids_verb(ctx, argc, argv, "person", sg_person_show);
}

/* elder person archive [ID...] [--date D] and restore [ID...] */
static const struct sg_error *
person_archive_or_restore(struct sg_ctx *ctx, int argc, char **argv,
    int restore)
{
	enum { DATE = SG_OPT_LONG + 1 };
	static const struct option opts[] = {
		{ "date",	required_argument, NULL, DATE },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*date = NULL;
	int64_t			*ids;
	size_t			 n;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != DATE || restore)
			return sg_usage(ctx);
		date = optarg;
	}
	if ((err = sg_ctx_ids(ctx, &ids, &n, argc - optind, argv + optind,
	    "person")) != NULL)
		return err;
	err = sg_person_archive(ctx, ids, n, date, restore);
	free(ids);
	return err;
}

static const struct sg_error *
person_archive(struct sg_ctx *ctx, int argc, char **argv)
{
	return person_archive_or_restore(ctx, argc, argv, 0);
}

static const struct sg_error *
person_restore(struct sg_ctx *ctx, int argc, char **argv)
{
	return person_archive_or_restore(ctx, argc, argv, 1);
}

/* elder person import [FILE] [--format F] */
static const struct sg_error *
person_import(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_import_verb(ctx, argc, argv, sg_person_import);
}

/* elder person VERB ...: the sub-verbs, and whether each writes. */
static const struct {
	const char	*name;
	int		 writes;
	const struct sg_error *(*fn)(struct sg_ctx *, int, char **);
} person_verbs[] = {
	{ "add",	1, person_add },
	{ "list",	0, person_list },
	{ "show",	0, person_show },
	{ "set",	1, person_set },
	{ "archive",	1, person_archive },
	{ "restore",	1, person_restore },
	{ "import",	1, person_import },
};

/* elder person add|list|show|set|archive|restore|import ... */
static const struct sg_error *
cmd_person(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	size_t			 i;

	if (argc < 2)
		return sg_usage(ctx);
	for (i = 0; i < sizeof(person_verbs) / sizeof(person_verbs[0]); i++)
		if (strcmp(person_verbs[i].name, argv[1]) == 0)
			break;
	if (i == sizeof(person_verbs) / sizeof(person_verbs[0]))
		return sg_error_usage("person: unknown verb '%s'", argv[1]);
	if (person_verbs[i].writes && (err = sg_ctx_want_write(ctx)) != NULL)
		return err;
	optind = 1;
	return person_verbs[i].fn(ctx, argc - 1, argv + 1);
}

static const struct sg_verb verbs[] = {
	{ "add", N_("add NAME [--gender G] [--birth D] [--id-number N] "
	    "[--phone P]\n           [--building B] [--unit U] [--room R] "
	    "[--origin O] [--living L]\n           [--tag T]... [--caregiver "
	    "NAME] [--joined D] [--note TEXT] ..."),
	    N_("add an elder; prints the new id"), 1, cmd_add },
	{ "list", N_("list [--tag T]... [--any-tag T]... [--building B] "
	    "[--age RANGE]\n           [--gender G] [--living L] [--status "
	    "S] [--search TEXT]\n           [--paired | --unpaired] "
	    "[--not-visited-since D] [--level RANGE]\n"
	    "           [--assessment-due]"),
	    N_("list elders (active ones unless --status)"), 0, cmd_list },
	{ "show", N_("show [ID...]"), N_("show elders in full"), 0, cmd_show },
	{ "set", N_("set [ID...] [--name NAME] [field options of add]\n"
	    "           [--event KIND [--event-date D]]"),
	    N_("change fields of elders"), 1, cmd_set },
	{ "tag", N_("tag [--add T]... [--remove T]... [ID...]"),
	    N_("add or remove tags"), 1, cmd_tag },
	{ "edit", N_("edit ID"), N_("edit an elder as YAML in $EDITOR"), 2,
	    cmd_edit },
	{ "archive", N_("archive [ID...] --reason moved|deceased|other "
	    "[--date D]"), N_("archive elders (nothing is deleted)"), 1,
	    cmd_archive },
	{ "restore", N_("restore [ID...]"),
	    N_("make archived elders active again"), 1, cmd_restore },
	{ "import", N_("import [FILE] [--format tsv|csv|yaml] [--encoding E] "
	    "[--ignore-unknown]\n           [--allow-duplicates] "
	    "[--map HEADER=COLUMN]...\n           [--sheet NAME] "
	    "[--header-row N]"),
	    N_("import elders, all or nothing"), 1, cmd_import },
	{ "export", N_("export [--reveal]"), N_("export every elder"), 0,
	    cmd_export },
	{ "assess", N_("assess ID --instrument barthel|gbt42195 ITEM=SCORE... "
	    "[--date D]\n           [--by WHO] [--coma] [--dementia] "
	    "[--risk-events N] [--note TEXT]\n       elder assess --form "
	    "[--instrument I] [ID...]\n       elder assess --from FILE"),
	    N_("record an ability assessment; prints total and level"), 2,
	    cmd_assess },
	{ "assessments", N_("assessments [ID...]"),
	    N_("list elders' assessments with the change from the previous"),
	    0, cmd_assessments },
	{ "case", N_("case open ELDER --need N... [--source S] [--summary TEXT]"
	    "\n           [--project PROJECT/PART]"
	    "\n       elder case assess|note CASE --note TEXT"
	    "\n       elder case plan CASE --goal TEXT [--action TEXT]... "
	    "[--review D]"
	    "\n       elder case close CASE --outcome O --feedback TEXT"
	    "\n       elder case reopen CASE [--note TEXT]"
	    "\n       elder case refer CASE --to PARTNER --need N "
	    "[--note TEXT]"
	    "\n       elder case referral REF --status S"
	    "\n       elder case show CASE"
	    "\n       elder case give CASE ITEM:QTY..."
	    "\n       (each with [--date D] [--by WHO] where it fits)"),
	    N_("case work: intake, assessment, plan, notes, referrals, "
	    "closing"), 2, cmd_case },
	{ "cases", N_("cases [--open] [--need N] [--by WHO] [--review-due] "
	    "[--elder ID]\n       elder cases --unattended [--elder ID]"),
	    N_("list cases; --unattended: urgent findings with no case"), 0,
	    cmd_cases },
	{ "person", N_("person add NAME [--gender G] [--phone P] [--kind K] "
	    "[--building B]\n           [--unit U] [--room R] [--outside] "
	    "[--elder ID [--relation R]]\n           [--joined D] [--note TEXT]"
	    "\n       elder person list [--kind K] [--elder ID] [--status S]"
	    "\n       elder person show [ID...]"
	    "\n       elder person set [ID...] [--name NAME] [options of add]"
	    "\n       elder person archive [ID...] [--date D]"
	    "\n       elder person restore [ID...]"
	    "\n       elder person import [FILE] [--format tsv|csv|yaml]"),
	    N_("persons who are not elders: caregivers, residents, students, "
	    "family"), 2, cmd_person },
	{ NULL, NULL, NULL, 0, NULL }
};

int
main(int argc, char **argv)
{
	return sg_main("elder", verbs, argc, argv);
}
