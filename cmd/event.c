/*
 * event -- activities: add, list, show, set, cancel, signup, withdraw,
 * attend, roster, staff, festivals.  Each verb parses its options and calls lib.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

enum {
	OPT_FIELD = SG_OPT_LONG + 1, OPT_REPEAT, OPT_COUNT, OPT_PERIOD,
	OPT_FROM, OPT_TO, OPT_KIND, OPT_UPCOMING, OPT_SERIES, OPT_REASON,
	OPT_HOURS, OPT_PROJECT, OPT_ITEM, OPT_QTY, OPT_UNIT, OPT_VALUE,
	OPT_DATE, OPT_NOTE
};

/* The options that set a field; the option name is the field's. */
#define FIELD_OPTIONS \
	{ "date",	required_argument, NULL, OPT_FIELD }, \
	{ "start",	required_argument, NULL, OPT_FIELD }, \
	{ "end",	required_argument, NULL, OPT_FIELD }, \
	{ "place",	required_argument, NULL, OPT_FIELD }, \
	{ "kind",	required_argument, NULL, OPT_FIELD }, \
	{ "capacity",	required_argument, NULL, OPT_FIELD }, \
	{ "partner",	required_argument, NULL, OPT_FIELD }, \
	{ "series",	required_argument, NULL, OPT_FIELD }, \
	{ "note",	required_argument, NULL, OPT_FIELD }

static const struct option add_opts[] = {
	FIELD_OPTIONS,
	{ "repeat",	required_argument, NULL, OPT_REPEAT },
	{ "count",	required_argument, NULL, OPT_COUNT },
	{ "project",	required_argument, NULL, OPT_PROJECT },
	{ NULL, 0, NULL, 0 }
};

static const struct option set_opts[] = {
	{ "title",	required_argument, NULL, OPT_FIELD },
	FIELD_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* event add TITLE [field options] [--repeat R --count N] */
static const struct sg_error *
cmd_add(struct sg_ctx *ctx, int argc, char **argv)
{
	struct sg_kv	 kv[SG_MAX_KV];
	const char	*repeat = NULL, *count = NULL, *project = NULL;
	int		 n = 0, c, li;

	while ((c = sg_getopt(ctx, argc, argv, "", add_opts, &li)) != -1) {
		if (c == OPT_PROJECT)
			project = optarg;
		else if (c == OPT_REPEAT)
			repeat = optarg;
		else if (c == OPT_COUNT)
			count = optarg;
		else if (c == OPT_FIELD && n < SG_MAX_KV) {
			kv[n].key = add_opts[li].name;
			kv[n++].val = optarg;
		} else
			return sg_usage(ctx);
	}
	if (argc - optind != 1)
		return sg_usage(ctx);
	return sg_event_add(ctx, argv[optind], kv, n, repeat, count,
	    project);
}

/* event set [ID...] [--title T] [field options] */
static const struct sg_error *
cmd_set(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	struct sg_kv		 kv[SG_MAX_KV];
	int64_t			*ids;
	size_t			 nids;
	int			 n = 0, c, li;

	while ((c = sg_getopt(ctx, argc, argv, "", set_opts, &li)) != -1) {
		if (c != OPT_FIELD || n == SG_MAX_KV)
			return sg_usage(ctx);
		kv[n].key = set_opts[li].name;
		kv[n++].val = optarg;
	}
	if (n == 0)
		return sg_error_usage("set: nothing to set");
	if ((err = sg_ctx_ids(ctx, &ids, &nids, argc - optind, argv + optind,
	    "event")) != NULL)
		return err;
	err = sg_event_set(ctx, ids, nids, kv, n);
	free(ids);
	return err;
}

/* event list [--period P | --from D --to D] [--kind K] [--upcoming] ... */
static const struct sg_error *
cmd_list(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "period",	required_argument, NULL, OPT_PERIOD },
		{ "from",	required_argument, NULL, OPT_FROM },
		{ "to",		required_argument, NULL, OPT_TO },
		{ "kind",	required_argument, NULL, OPT_KIND },
		{ "upcoming",	no_argument, NULL, OPT_UPCOMING },
		{ "series",	required_argument, NULL, OPT_SERIES },
		{ NULL, 0, NULL, 0 }
	};
	struct sg_event_filter	 f;
	int			 c;

	memset(&f, 0, sizeof(f));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_PERIOD:	f.period = optarg; break;
		case OPT_FROM:		f.from = optarg; break;
		case OPT_TO:		f.to = optarg; break;
		case OPT_KIND:		f.kind = optarg; break;
		case OPT_UPCOMING:	f.upcoming = 1; break;
		case OPT_SERIES:	f.series = optarg; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (optind != argc)
		return sg_usage(ctx);
	return sg_event_list(ctx, &f);
}

/* event show [ID...] */
static const struct sg_error *
cmd_show(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_ids_verb(ctx, argc, argv, "event", sg_event_show);
}

/* event cancel [ID...] [--reason TEXT] */
static const struct sg_error *
cmd_cancel(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason",	required_argument, NULL, OPT_REASON },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*reason = NULL;
	int64_t			*ids;
	size_t			 n;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_REASON)
			return sg_usage(ctx);
		reason = optarg;
	}
	if ((err = sg_ctx_ids(ctx, &ids, &n, argc - optind, argv + optind,
	    "event")) != NULL)
		return err;
	err = sg_event_cancel(ctx, ids, n, reason);
	free(ids);
	return err;
}

/* Parse EVENT [ELDER...]: the elders from stdin when none are given. */
static const struct sg_error *
event_elders(struct sg_ctx *ctx, int argc, char **argv, int need,
    int64_t *event, int64_t **ids, size_t *n)
{
	const struct sg_error	*err;

	*ids = NULL;
	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (argc - optind < 1 + need)
		return sg_usage(ctx);
	if ((err = sg_id_parse(event, argv[optind], "event")) != NULL)
		return err;
	return sg_elder_parties(ctx, ids, n, argc - optind - 1,
	    argv + optind + 1);
}

/* event signup EVENT [ELDER...] */
static const struct sg_error *
cmd_signup(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	int64_t			 event, *ids;
	size_t			 n;

	if ((err = event_elders(ctx, argc, argv, 0, &event, &ids, &n)))
		return err;
	err = sg_event_signup(ctx, event, ids, n);
	free(ids);
	return err;
}

/* event withdraw EVENT ELDER... */
static const struct sg_error *
cmd_withdraw(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	int64_t			 event, *ids;
	size_t			 n;

	if ((err = event_elders(ctx, argc, argv, 1, &event, &ids, &n)))
		return err;
	err = sg_event_withdraw(ctx, event, ids, n);
	free(ids);
	return err;
}

/* event attend EVENT [ELDER...] */
static const struct sg_error *
cmd_attend(struct sg_ctx *ctx, int argc, char **argv)
{
	enum { FILE_ = SG_OPT_LONG + 64, IMP };
	static const struct option opts[] = {
		{ "file",	required_argument, NULL, FILE_ },
		SG_IMPORT_OPTS(IMP),
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_import	 im;
	const char		*file = NULL;
	int64_t			 event = 0, *ids;
	size_t			 n;
	int			 c, imopt = 0;

	memset(&im, 0, sizeof(im));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c == FILE_)
			file = optarg;
		else if (c >= IMP && c < IMP + SG_IMPORT_NOPTS) {
			if ((err = sg_import_opt(&im, c - IMP, optarg)) != NULL)
				return err;
			imopt = 1;
		} else
			return sg_usage(ctx);
	}
	if (file != NULL) {
		if (argc - optind > 1 || (argc > optind && (err = sg_id_parse(
		    &event, argv[optind], "event")) != NULL))
			return argc - optind > 1 ? sg_usage(ctx) : err;
		return sg_event_attend_file(ctx, event, file, &im);
	}
	if (imopt)
		return sg_usage(ctx);
	if (argc - optind < 1)
		return sg_usage(ctx);
	if ((err = sg_id_parse(&event, argv[optind], "event")) != NULL ||
	    (err = sg_elder_parties(ctx, &ids, &n, argc - optind - 1,
	    argv + optind + 1)) != NULL)
		return err;
	err = sg_event_attend(ctx, event, ids, n);
	free(ids);
	return err;
}

/* event roster EVENT */
static const struct sg_error *
cmd_roster(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	int64_t			 event;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (argc - optind != 1)
		return sg_usage(ctx);
	if ((err = sg_id_parse(&event, argv[optind], "event")) != NULL)
		return err;
	return sg_event_roster(ctx, event);
}

/* event staff EVENT VOL... [--hours H] */
static const struct sg_error *
cmd_staff(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "hours",	required_argument, NULL, OPT_HOURS },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*hours = NULL;
	int64_t			 event;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_HOURS)
			return sg_usage(ctx);
		hours = optarg;
	}
	if (argc - optind < 2)
		return sg_usage(ctx);
	if ((err = sg_id_parse(&event, argv[optind], "event")) != NULL)
		return err;
	return sg_event_staff(ctx, event, argv + optind + 1,
	    argc - optind - 1, hours);
}

/* event festivals [YEAR] */
static const struct sg_error *
cmd_festivals(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (argc - optind > 1)
		return sg_usage(ctx);
	return sg_event_festivals(ctx, argc > optind ? argv[optind] : NULL);
}

/* event partner give PARTNER --item X --qty N [--unit U] [--value Y]
 * [--date D] [--note T] | partner stock [ITEM] */
static const struct sg_error *
partner_goods(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "item",	required_argument, NULL, OPT_ITEM },
		{ "qty",	required_argument, NULL, OPT_QTY },
		{ "unit",	required_argument, NULL, OPT_UNIT },
		{ "value",	required_argument, NULL, OPT_VALUE },
		{ "date",	required_argument, NULL, OPT_DATE },
		{ "note",	required_argument, NULL, OPT_NOTE },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_goods_opts	 o;
	int			 c, give = strcmp(argv[1], "give") == 0;

	memset(&o, 0, sizeof(o));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_ITEM:	o.item = optarg; break;
		case OPT_QTY:	o.qty = optarg; break;
		case OPT_UNIT:	o.unit = optarg; break;
		case OPT_VALUE:	o.value = optarg; break;
		case OPT_DATE:	o.date = optarg; break;
		case OPT_NOTE:	o.note = optarg; break;
		default:
			return sg_usage(ctx);
		}
	}
	if (!give) {
		if (o.item != NULL || o.qty != NULL || o.unit != NULL ||
		    o.value != NULL || o.date != NULL || o.note != NULL ||
		    argc - optind > 2)
			return sg_usage(ctx);
		return sg_goods_stock(ctx, argc - optind == 2 ?
		    argv[optind + 1] : NULL);
	}
	if (argc - optind != 2)
		return sg_usage(ctx);
	if ((err = sg_ctx_want_write(ctx)) != NULL)
		return err;
	return sg_goods_receive(ctx, argv[optind + 1], &o);
}

/* event give EVENT ITEM:QTY... [--date D]: goods handed out at an event */
static const struct sg_error *
cmd_give(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	int64_t			 event;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (argc - optind < 2)
		return sg_usage(ctx);
	if ((err = sg_id_parse(&event, argv[optind], "event")) != NULL)
		return err;
	return sg_event_give(ctx, event, (const char *const *)argv + optind +
	    1, argc - optind - 1);
}

/* event partner add NAME [--kind K] [--offers T] [--contact C] [--note T]
 * | partner list | partner show PARTNER... */
static const struct sg_error *
cmd_partner(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kind",	required_argument, NULL, OPT_FIELD },
		{ "offers",	required_argument, NULL, OPT_FIELD },
		{ "contact",	required_argument, NULL, OPT_FIELD },
		{ "note",	required_argument, NULL, OPT_FIELD },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_kv		 kv[SG_MAX_KV];
	int64_t			 id;
	int			 n, nargs;

	if (argc > 1 && (strcmp(argv[1], "give") == 0 ||
	    strcmp(argv[1], "stock") == 0))
		return partner_goods(ctx, argc, argv);
	if ((err = sg_field_options(ctx, argc, argv, opts, kv, &n)) != NULL)
		return err;
	if ((nargs = argc - optind) < 1)
		return sg_usage(ctx);
	if (strcmp(argv[optind], "add") == 0 && nargs == 2) {
		if ((err = sg_ctx_want_write(ctx)) != NULL)
			return err;
		return sg_partner_add(ctx, argv[optind + 1], kv, n, &id);
	}
	if (n > 0)
		return sg_usage(ctx);
	if (strcmp(argv[optind], "list") == 0 && nargs == 1)
		return sg_partner_list(ctx);
	if (strcmp(argv[optind], "show") == 0 && nargs >= 2)
		return sg_partner_show(ctx, argv + optind + 1, nargs - 1);
	return sg_usage(ctx);
}

static const struct sg_verb verbs[] = {
	{ "add", N_("add TITLE [--date D] [--start HH:MM --end HH:MM] "
	    "[--place P]\n           [--kind K] [--capacity N|none] "
	    "[--partner P]... [--series NAME]\n           [--note TEXT] "
	    "[--repeat weekly|biweekly|monthly --count N]\n           "
	    "[--project PROJECT/PART]"),
	    N_("add an event or a series; prints the new ids"), 1, cmd_add },
	{ "list", N_("list [--period P | --from D --to D] [--kind K] "
	    "[--upcoming]\n           [--series NAME]"),
	    N_("list events, with sign-up and attendance counts"), 0,
	    cmd_list },
	{ "show", N_("show [ID...]"),
	    N_("show events in full, partners and staff"), 0, cmd_show },
	{ "set", N_("set [ID...] [--title T] [options of add but --repeat, "
	    "--count]"), N_("change fields of events"), 1, cmd_set },
	{ "cancel", N_("cancel [ID...] [--reason TEXT]"),
	    N_("cancel events; they and their sign-ups are kept"), 1,
	    cmd_cancel },
	{ "signup", N_("signup EVENT [ELDER...]"),
	    N_("sign elders up: registered while places last, then waitlisted"),
	    1, cmd_signup },
	{ "withdraw", N_("withdraw EVENT ELDER..."),
	    N_("withdraw sign-ups; the first waitlisted move up"), 1,
	    cmd_withdraw },
	{ "attend", N_("attend EVENT [ELDER...]\n"
	    "             attend [EVENT] --file FILE [--format F] [--encoding E]\n"
	    "             [--ignore-unknown] [--map HEADER=COLUMN]... "
	    "[--sheet NAME]\n             [--header-row N]"),
	    N_("check elders in at an event; walk-ins are marked"), 1,
	    cmd_attend },
	{ "roster", N_("roster EVENT"), N_("the sign-in sheet of an event"), 0,
	    cmd_roster },
	{ "staff", N_("staff EVENT VOL... [--hours H]"),
	    N_("record the volunteers who worked an event"), 1, cmd_staff },
	{ "festivals", N_("festivals [YEAR]"),
	    N_("the year's festivals: date, name, key and weekday"), 0,
	    cmd_festivals },
	{ "give", N_("give EVENT ITEM:QTY..."),
	    N_("goods handed out at an event, from the partners' stock"), 1,
	    cmd_give },
	{ "partner", N_("partner add NAME [--kind K] [--offers TEXT] "
	    "[--contact C] [--note TEXT]\n       event partner list | "
	    "partner show PARTNER...\n       event partner give PARTNER "
	    "--item ITEM --qty N [--unit U] [--value YUAN]\n"
	    "           [--date D] [--note TEXT] | partner stock [ITEM]"),
	    N_("partners that provide resources (资源链接)"), 2, cmd_partner },
	{ NULL, NULL, NULL, 0, NULL }
};

int
main(int argc, char **argv)
{
	return sg_main("event", verbs, argc, argv);
}
