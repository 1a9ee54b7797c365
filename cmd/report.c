/*
 * report -- monthly and period statistics, policy coverage, an elder's
 * timeline, volunteers' hours, read-only ad-hoc SQL.  Each verb parses
 * its options and calls lib; nothing here writes.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

enum {
	OPT_MONTH = SG_OPT_LONG, OPT_PERIOD, OPT_FROM, OPT_TO, OPT_MISSES,
	OPT_SINCE, OPT_RECORD
};

static const struct option period_opts[] = {
	{ "period",	required_argument, NULL, OPT_PERIOD },
	{ "from",	required_argument, NULL, OPT_FROM },
	{ "to",		required_argument, NULL, OPT_TO },
	{ "misses",	no_argument,	   NULL, OPT_MISSES },
	{ NULL, 0, NULL, 0 }
};

/* Parse the period options of a verb; misses only where allowed. */
static const struct sg_error *
period_args(struct sg_ctx *ctx, int argc, char **argv,
    struct sg_report_opts *o, int misses)
{
	int	 c;

	memset(o, 0, sizeof(*o));
	while ((c = sg_getopt(ctx, argc, argv, "", period_opts, NULL)) != -1) {
		switch (c) {
		case OPT_PERIOD:	o->period = optarg; break;
		case OPT_FROM:		o->from = optarg; break;
		case OPT_TO:		o->to = optarg; break;
		case OPT_MISSES:
			if (!misses)
				return sg_usage(ctx);
			o->misses = 1;
			break;
		default:
			return sg_usage(ctx);
		}
	}
	if (optind < argc)
		return sg_usage(ctx);
	return NULL;
}

/* report monthly [--month M] */
static const struct sg_error *
cmd_monthly(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "month",	required_argument, NULL, OPT_MONTH },
		{ NULL, 0, NULL, 0 }
	};
	struct sg_report_opts	 o;
	int			 c;

	memset(&o, 0, sizeof(o));
	o.monthly = 1;
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_MONTH)
			return sg_usage(ctx);
		o.month = optarg;
	}
	if (optind < argc)
		return sg_usage(ctx);
	if (o.month == NULL)
		o.month = "this-month";
	return sg_report_summary(ctx, &o);
}

/* report period --period P | --from D --to D */
static const struct sg_error *
cmd_period(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	struct sg_report_opts	 o;

	if ((err = period_args(ctx, argc, argv, &o, 0)) != NULL)
		return err;
	return sg_report_summary(ctx, &o);
}

/* report coverage [--period P | --from D --to D] [--misses] */
static const struct sg_error *
cmd_coverage(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	struct sg_report_opts	 o;

	if ((err = period_args(ctx, argc, argv, &o, 1)) != NULL)
		return err;
	return sg_report_coverage(ctx, &o);
}

/* report volunteers [--period P | --from D --to D] */
static const struct sg_error *
cmd_volunteers(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	struct sg_report_opts	 o;

	if ((err = period_args(ctx, argc, argv, &o, 0)) != NULL)
		return err;
	return sg_report_volunteers(ctx, &o);
}

/* report project [NAME] [--period P | --from D --to D] */
static const struct sg_error *
cmd_project(struct sg_ctx *ctx, int argc, char **argv)
{
	struct sg_report_opts	 o;
	int			 c;

	memset(&o, 0, sizeof(o));
	while ((c = sg_getopt(ctx, argc, argv, "", period_opts, NULL)) != -1) {
		switch (c) {
		case OPT_PERIOD:	o.period = optarg; break;
		case OPT_FROM:		o.from = optarg; break;
		case OPT_TO:		o.to = optarg; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (argc - optind > 1)
		return sg_usage(ctx);
	return sg_report_project(ctx, argc > optind ? argv[optind] : NULL,
	    &o);
}

/* report elder ID */
static const struct sg_error *
cmd_elder(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_id_verb(ctx, argc, argv, "elder", sg_report_elder);
}

/* report changes [--since D] [--record TABLE[:ID]] */
static const struct sg_error *
cmd_changes(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "since",	required_argument, NULL, OPT_SINCE },
		{ "record",	required_argument, NULL, OPT_RECORD },
		{ NULL, 0, NULL, 0 }
	};
	const char	*since = NULL, *record = NULL;
	int		 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_SINCE:		since = optarg; break;
		case OPT_RECORD:	record = optarg; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (optind < argc)
		return sg_usage(ctx);
	return sg_report_changes(ctx, since, record);
}

/* report query [SQL] */
static const struct sg_error *
cmd_query(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (argc - optind > 1)
		return sg_usage(ctx);
	return sg_report_query(ctx, argc > optind ? argv[optind] : NULL);
}

static const struct sg_verb verbs[] = {
	{ "monthly", N_("monthly [--month M] [-o text|tsv|json|markdown|html]"),
	    N_("the month's statistics beside the month before's"), 0,
	    cmd_monthly },
	{ "period", N_("period --period P | --from D --to D [-o FORMAT]"),
	    N_("the same statistics for any span"), 0, cmd_period },
	{ "coverage", N_("coverage [--period P | --from D --to D] [--misses]"),
	    N_("per rule: elders required, visited as required, missed"), 0,
	    cmd_coverage },
	{ "project", N_("project [NAME] [--period P | --from D --to D] "
	    "[-o FORMAT]"),
	    N_("each target of a project's parts beside what was done"), 0,
	    cmd_project },
	{ "elder", N_("elder ID"), N_("an elder's timeline"), 0, cmd_elder },
	{ "volunteers", N_("volunteers [--period P | --from D --to D]"),
	    N_("hours, visits and events per volunteer"), 0, cmd_volunteers },
	{ "changes", N_("changes [--since D] [--record TABLE[:ID]]"),
	    N_("who changed what: the change log, one row a changed field"), 0,
	    cmd_changes },
	{ "query", N_("query [SQL]"),
	    N_("run one read-only SQL statement (from stdin when not "
	    "given)"), 0, cmd_query },
	{ NULL, NULL, NULL, 0, NULL }
};

int
main(int argc, char **argv)
{
	return sg_main("report", verbs, argc, argv);
}
