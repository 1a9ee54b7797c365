/*
 * visit -- home visits: log, list, show, rules, due, plan, planned, skip,
 * followups.  Each verb parses its options and calls lib.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

enum {
	OPT_DATE = SG_OPT_LONG, OPT_MODE, OPT_KIND, OPT_BY, OPT_MINUTES,
	OPT_FINDING, OPT_NOTE, OPT_FOLLOWUP, OPT_PLAN, OPT_ELDER, OPT_PERIOD,
	OPT_FROM, OPT_TO, OPT_CONCERNS, OPT_ON, OPT_WITHIN, OPT_TAG, OPT_WEEK,
	OPT_VISITOR, OPT_PERDAY, OPT_SAVE, OPT_STRICT, OPT_REASON, OPT_HOLIDAY,
	OPT_CASE, OPT_UNPLACED, OPT_SHEETS, OPT_BLANK, OPT_SUPERVISES,
	OPT_PROJECT, OPT_GAVE, OPT_DAY, OPT_AGAIN
};

/* visit log [ELDER...] [options] */
static const struct sg_error *
cmd_log(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date",	required_argument, NULL, OPT_DATE },
		{ "mode",	required_argument, NULL, OPT_MODE },
		{ "kind",	required_argument, NULL, OPT_KIND },
		{ "by",		required_argument, NULL, OPT_BY },
		{ "minutes",	required_argument, NULL, OPT_MINUTES },
		{ "finding",	required_argument, NULL, OPT_FINDING },
		{ "note",	required_argument, NULL, OPT_NOTE },
		{ "follow-up",	required_argument, NULL, OPT_FOLLOWUP },
		{ "plan",	required_argument, NULL, OPT_PLAN },
		{ "case",	required_argument, NULL, OPT_CASE },
		{ "supervises",	required_argument, NULL, OPT_SUPERVISES },
		{ "project",	required_argument, NULL, OPT_PROJECT },
		{ "gave",	required_argument, NULL, OPT_GAVE },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_visit_opts	 o;
	int64_t			*ids = NULL;
	size_t			 n = 0;
	int			 c;

	memset(&o, 0, sizeof(o));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_DATE:		o.date = optarg; break;
		case OPT_MODE:		o.mode = optarg; break;
		case OPT_KIND:		o.kind = optarg; break;
		case OPT_MINUTES:	o.minutes = optarg; break;
		case OPT_NOTE:		o.note = optarg; break;
		case OPT_FOLLOWUP:	o.follow_up = optarg; break;
		case OPT_SUPERVISES:	o.supervises = optarg; break;
		case OPT_BY:
			if (o.nby == SG_MAX_BY)
				return sg_error_fmt("log: too many --by");
			o.by[o.nby++] = optarg;
			break;
		case OPT_FINDING:
			if (o.nfindings == 8)
				return sg_error_fmt("log: too many --finding");
			o.findings[o.nfindings++] = optarg;
			break;
		case OPT_PLAN:
			if ((err = sg_id_parse(&o.plan, optarg, "plan")))
				return err;
			break;
		case OPT_CASE:
			if ((err = sg_id_parse(&o.case_id, optarg, "case")))
				return err;
			break;
		case OPT_PROJECT:	o.project = optarg; break;
		case OPT_GAVE:
			if (o.ngave == 8)
				return sg_error_fmt("log: too many --gave");
			o.gave[o.ngave++] = optarg;
			break;
		default:
			return sg_usage(ctx);
		}
	}
	if ((o.plan == 0 || optind < argc) && (err = sg_elder_ids(ctx, &ids,
	    &n, argc - optind, argv + optind)) != NULL)
		return err;
	err = sg_visit_log(ctx, ids, n, &o);
	free(ids);
	return err;
}

/* visit import [FILE] [--format F] [--encoding E] [--map H=C]... */
static const struct sg_error *
cmd_import(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_import_verb(ctx, argc, argv, sg_visit_import);
}

/* visit list [filters] */
static const struct sg_error *
cmd_list(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "elder",	required_argument, NULL, OPT_ELDER },
		{ "by",		required_argument, NULL, OPT_BY },
		{ "period",	required_argument, NULL, OPT_PERIOD },
		{ "from",	required_argument, NULL, OPT_FROM },
		{ "to",		required_argument, NULL, OPT_TO },
		{ "kind",	required_argument, NULL, OPT_KIND },
		{ "mode",	required_argument, NULL, OPT_MODE },
		{ "concerns",	no_argument,	   NULL, OPT_CONCERNS },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_visit_filter	 f;
	const char		*elder = NULL;
	int			 c;

	memset(&f, 0, sizeof(f));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_ELDER:		elder = optarg; break;
		case OPT_BY:		f.by = optarg; break;
		case OPT_PERIOD:	f.period = optarg; break;
		case OPT_FROM:		f.from = optarg; break;
		case OPT_TO:		f.to = optarg; break;
		case OPT_KIND:		f.kind = optarg; break;
		case OPT_MODE:		f.mode = optarg; break;
		case OPT_CONCERNS:	f.concerns = 1; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (optind != argc)
		return sg_usage(ctx);
	if (elder != NULL && (err = sg_elder_resolve(ctx, elder,
	    &f.elder)) != NULL)
		return err;
	return sg_visit_list(ctx, &f);
}

/* visit show [ID...] */
static const struct sg_error *
cmd_show(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_ids_verb(ctx, argc, argv, "visit", sg_visit_show);
}

/* visit rules [--elder ID] */
static const struct sg_error *
cmd_rules(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "elder",	required_argument, NULL, OPT_ELDER },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*who = NULL;
	int64_t			 elder = 0;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_ELDER)
			return sg_usage(ctx);
		who = optarg;
	}
	if (optind != argc)
		return sg_usage(ctx);
	if (who != NULL && (err = sg_elder_resolve(ctx, who, &elder)) != NULL)
		return err;
	return sg_visit_rules(ctx, elder);
}

/* The options of due and plan. */
static const struct option due_opts[] = {
	{ "on",		required_argument, NULL, OPT_ON },
	{ "within",	required_argument, NULL, OPT_WITHIN },
	{ "tag",	required_argument, NULL, OPT_TAG },
	{ "week",	required_argument, NULL, OPT_WEEK },
	{ "visitor",	required_argument, NULL, OPT_VISITOR },
	{ "per-day",	required_argument, NULL, OPT_PERDAY },
	{ "save",	no_argument,	   NULL, OPT_SAVE },
	{ "strict",	no_argument,	   NULL, OPT_STRICT },
	{ "holiday",	required_argument, NULL, OPT_HOLIDAY },
	{ "unplaced",	no_argument,	   NULL, OPT_UNPLACED },
	{ "sheets",	no_argument,	   NULL, OPT_SHEETS },
	{ "blank-form",	no_argument,	   NULL, OPT_BLANK },
	{ NULL, 0, NULL, 0 }
};

/* Parse the options of due (plan = 0) or plan (plan = 1). */
static const struct sg_error *
due_options(struct sg_ctx *ctx, int argc, char **argv, int plan,
    struct sg_due_opts *o)
{
	char	*end;
	int	 c;

	memset(o, 0, sizeof(*o));
	while ((c = sg_getopt(ctx, argc, argv, "", due_opts, NULL)) != -1) {
		if (!plan && c == OPT_ON)
			o->on = optarg;
		else if (!plan && c == OPT_WITHIN)
			o->within = optarg;
		else if (c == OPT_TAG && o->ntags < SG_MAX_TAGS)
			o->tags[o->ntags++] = optarg;
		else if (plan && c == OPT_WEEK)
			o->week = optarg;
		else if (plan && c == OPT_HOLIDAY)
			o->holiday = optarg;
		else if (plan && c == OPT_VISITOR && o->nvisitors < 64)
			o->visitors[o->nvisitors++] = optarg;
		else if (plan && c == OPT_PERDAY) {
			o->per_day = (int)strtol(optarg, &end, 10);
			if (*end != '\0' || end == optarg || o->per_day < 1 ||
			    o->per_day > 100)
				return sg_error_fmt("per-day: '%s': expected a "
				    "whole number from 1 to 100", optarg);
		} else if (plan && c == OPT_SAVE)
			o->save = 1;
		else if (plan && c == OPT_STRICT)
			o->strict = 1;
		else if (plan && c == OPT_UNPLACED)
			o->unplaced = 1;
		else if (plan && c == OPT_SHEETS)
			o->sheets = 1;
		else if (plan && c == OPT_BLANK)
			o->blank = 1;
		else
			return sg_usage(ctx);
	}
	if (optind != argc)
		return sg_usage(ctx);
	return NULL;
}

/* visit due [--on D] [--within Nd] [--tag T] */
static const struct sg_error *
cmd_due(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	struct sg_due_opts	 o;

	if ((err = due_options(ctx, argc, argv, 0, &o)) != NULL)
		return err;
	return sg_visit_due(ctx, &o);
}

/* visit plan [--week W | --holiday NAME] [--visitor V]... [--save] ... */
static const struct sg_error *
cmd_plan(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	struct sg_due_opts	 o;

	if ((err = due_options(ctx, argc, argv, 1, &o)) != NULL)
		return err;
	return sg_visit_plan(ctx, &o);
}

/* visit planned [--week W] */
static const struct sg_error *
cmd_planned(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "week",	required_argument, NULL, OPT_WEEK },
		{ NULL, 0, NULL, 0 }
	};
	const char	*week = NULL;
	int		 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_WEEK)
			return sg_usage(ctx);
		week = optarg;
	}
	if (optind != argc)
		return sg_usage(ctx);
	return sg_visit_planned(ctx, week);
}

/* visit skip PLANID --reason TEXT */
static const struct sg_error *
cmd_skip(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason",	required_argument, NULL, OPT_REASON },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*reason = NULL;
	int64_t			 plan;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_REASON)
			return sg_usage(ctx);
		reason = optarg;
	}
	if (argc - optind != 1)
		return sg_usage(ctx);
	if ((err = sg_id_parse(&plan, argv[optind], "plan")) != NULL)
		return err;
	return sg_visit_skip(ctx, plan, reason);
}

/* visit followups [--on D] */
static const struct sg_error *
cmd_followups(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "on",		required_argument, NULL, OPT_ON },
		{ NULL, 0, NULL, 0 }
	};
	const char	*on = NULL;
	int		 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_ON)
			return sg_usage(ctx);
		on = optarg;
	}
	if (optind != argc)
		return sg_usage(ctx);
	return sg_visit_followups(ctx, on);
}

/* visit remind [--day D] [--again] */
static const struct sg_error *
cmd_remind(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "day",	required_argument, NULL, OPT_DAY },
		{ "again",	no_argument,	   NULL, OPT_AGAIN },
		{ NULL, 0, NULL, 0 }
	};
	const char	*day = NULL;
	int		 c, again = 0;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_DAY:		day = optarg; break;
		case OPT_AGAIN:		again = 1; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (optind != argc)
		return sg_usage(ctx);
	return sg_visit_remind(ctx, day, again);
}

static const struct sg_verb verbs[] = {
	{ "log", N_("log [ELDER...] [--date D] [--mode M] [--kind K] "
	    "[--by WHO]...\n           [--minutes N] [--finding AREA=LEVEL]... "
	    "[--note TEXT]\n           [--follow-up D] [--plan PLANID] [--case CASE]"
	    "\n           [--kind supervision --supervises WORKER]"
	    "\n           [--project PROJECT/PART] [--gave ITEM:QTY]..."),
	    N_("log visits; prints the new visit ids"), 1, cmd_log },
	{ "import", N_("import [FILE] [--format tsv|csv|yaml] [--encoding E] "
	    "[--ignore-unknown]\n           [--map HEADER=COLUMN]... "
	    "[--sheet NAME] [--header-row N]"),
	    N_("import a visit history (TSV, CSV or YAML); all or "
	    "nothing"), 1, cmd_import },
	{ "list", N_("list [--elder ID] [--by WHO] [--period P | "
	    "--from D --to D]\n           [--kind K] [--mode M] "
	    "[--concerns]"),
	    N_("list visits"), 0, cmd_list },
	{ "show", N_("show [ID...]"), N_("show visits in full"), 0, cmd_show },
	{ "rules", N_("rules [--elder ID]"),
	    N_("the visiting rules in force, or the one an elder falls "
	    "under"), 0, cmd_rules },
	{ "due", N_("due [--on D] [--within Nd] [--tag T]..."),
	    N_("elders whose visit is due, most overdue first"), 0, cmd_due },
	{ "plan", N_("plan [--week W | --holiday NAME] [--visitor WHO]... "
	    "[--per-day N]\n           [--tag T]... [--save] [--strict] "
	    "[--unplaced]\n           [--sheets | --blank-form]"),
	    N_("the week's visit schedule, or a festival's holiday round"), 2,
	    cmd_plan },
	{ "planned", N_("planned [--week W]"),
	    N_("the plans saved for a week"), 0, cmd_planned },
	{ "skip", N_("skip PLANID --reason TEXT"),
	    N_("record why a planned visit did not happen"), 1, cmd_skip },
	{ "followups", N_("followups [--on D]"),
	    N_("follow-ups due and not yet done"), 0, cmd_followups },
	{ "remind", N_("remind [--day D] [--again]"),
	    N_("each visitor's planned visits of a day, to remind.command"),
	    2, cmd_remind },
	{ NULL, NULL, NULL, 0, NULL }
};

int
main(int argc, char **argv)
{
	return sg_main("visit", verbs, argc, argv);
}
