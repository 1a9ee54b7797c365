/*
 * volunteer -- volunteers and social workers, teams, pairings with
 * elders, service hours, certificates.  Each verb parses its options and
 * calls lib.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

enum {
	OPT_FIELD = SG_OPT_LONG, OPT_TEAM, OPT_ROLE, OPT_SKILL, OPT_AVAIL,
	OPT_STATUS, OPT_DATE, OPT_LEADER, OPT_VOL, OPT_ELDER,
	OPT_ALL, OPT_HOURS, OPT_CONTENT, OPT_PLACE, OPT_PERIOD, OPT_FROM,
	OPT_TO, OPT_FILE, OPT_PROJECT, OPT_IMPORT
};

#define FIELD_OPTIONS \
	{ "gender",	required_argument, NULL, OPT_FIELD }, \
	{ "phone",	required_argument, NULL, OPT_FIELD }, \
	{ "id-number",	required_argument, NULL, OPT_FIELD }, \
	{ "number",	required_argument, NULL, OPT_FIELD }, \
	{ "role",	required_argument, NULL, OPT_FIELD }, \
	{ "team",	required_argument, NULL, OPT_FIELD }, \
	{ "skill",	required_argument, NULL, OPT_FIELD }, \
	{ "available",	required_argument, NULL, OPT_FIELD }, \
	{ "joined",	required_argument, NULL, OPT_FIELD }, \
	{ "elder",	required_argument, NULL, OPT_FIELD }, \
	{ "person",	required_argument, NULL, OPT_FIELD }, \
	{ "note",	required_argument, NULL, OPT_FIELD }

static const struct option add_opts[] = {
	FIELD_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

static const struct option set_opts[] = {
	{ "name",	required_argument, NULL, OPT_FIELD },
	FIELD_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* volunteer add NAME [options] */
static const struct sg_error *
cmd_add(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_add_verb(ctx, argc, argv, add_opts, sg_volunteer_add);
}

/* volunteer set [ID...] [options] */
static const struct sg_error *
cmd_set(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_set_verb(ctx, argc, argv, set_opts, "volunteer",
	    sg_volunteer_set);
}

/* volunteer list [--team T] [--role R] [--skill S] [--available D] */
static const struct sg_error *
cmd_list(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "team",	required_argument, NULL, OPT_TEAM },
		{ "role",	required_argument, NULL, OPT_ROLE },
		{ "skill",	required_argument, NULL, OPT_SKILL },
		{ "available",	required_argument, NULL, OPT_AVAIL },
		{ "status",	required_argument, NULL, OPT_STATUS },
		{ NULL, 0, NULL, 0 }
	};
	struct sg_volunteer_filter	 f;
	int				 c;

	memset(&f, 0, sizeof(f));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_TEAM:	f.team = optarg; break;
		case OPT_ROLE:	f.role = optarg; break;
		case OPT_SKILL:	f.skill = optarg; break;
		case OPT_AVAIL:	f.available = optarg; break;
		case OPT_STATUS: f.status = optarg; break;
		default:	return sg_usage(ctx);
		}
	}
	if (optind != argc)
		return sg_usage(ctx);
	return sg_volunteer_list(ctx, &f);
}

/* volunteer show [ID...] */
static const struct sg_error *
cmd_show(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_ids_verb(ctx, argc, argv, "volunteer", sg_volunteer_show);
}

/* volunteer archive [ID...] [--date D] and restore [ID...] */
static const struct sg_error *
archive_or_restore(struct sg_ctx *ctx, int argc, char **argv, int restore)
{
	static const struct option opts[] = {
		{ "date",	required_argument, NULL, OPT_DATE },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*date = NULL;
	int64_t			*ids;
	size_t			 n;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_DATE || restore)
			return sg_usage(ctx);
		date = optarg;
	}
	if ((err = sg_ctx_ids(ctx, &ids, &n, argc - optind, argv + optind,
	    "volunteer")) != NULL)
		return err;
	err = sg_volunteer_archive(ctx, ids, n, date, restore);
	free(ids);
	return err;
}

static const struct sg_error *
cmd_archive(struct sg_ctx *ctx, int argc, char **argv)
{
	return archive_or_restore(ctx, argc, argv, 0);
}

static const struct sg_error *
cmd_restore(struct sg_ctx *ctx, int argc, char **argv)
{
	return archive_or_restore(ctx, argc, argv, 1);
}

/* volunteer import [FILE] [--format F] */
static const struct sg_error *
cmd_import(struct sg_ctx *ctx, int argc, char **argv)
{
	return sg_import_verb(ctx, argc, argv, sg_volunteer_import);
}

/* volunteer export */
static const struct sg_error *
cmd_export(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (optind != argc)
		return sg_usage(ctx);
	return sg_volunteer_export(ctx);
}

/* volunteer team add NAME [--leader V] | list | members TEAM */
static const struct sg_error *
cmd_team(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "leader",	required_argument, NULL, OPT_LEADER },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*leader = NULL, *sub;
	int			 c, nargs;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_LEADER)
			return sg_usage(ctx);
		leader = optarg;
	}
	if ((nargs = argc - optind) < 1)
		return sg_usage(ctx);
	sub = argv[optind];
	if (strcmp(sub, "add") == 0 && nargs == 2) {
		if ((err = sg_ctx_want_write(ctx)) != NULL)
			return err;
		return sg_team_add(ctx, argv[optind + 1], leader);
	}
	if (leader != NULL)
		return sg_usage(ctx);
	if (strcmp(sub, "list") == 0 && nargs == 1)
		return sg_team_list(ctx);
	if (strcmp(sub, "members") == 0 && nargs == 2)
		return sg_team_members(ctx, argv[optind + 1]);
	return sg_usage(ctx);
}

/* volunteer pair VOL [ELDER...] [--date D] and unpair */
static const struct sg_error *
pair_or_unpair(struct sg_ctx *ctx, int argc, char **argv, int unpair)
{
	static const struct option opts[] = {
		{ "date",	required_argument, NULL, OPT_DATE },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*date = NULL;
	int64_t			*ids;
	size_t			 n;
	int			 c;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c != OPT_DATE)
			return sg_usage(ctx);
		date = optarg;
	}
	if (argc - optind < 1)
		return sg_usage(ctx);
	if ((err = sg_elder_ids(ctx, &ids, &n, argc - optind - 1,
	    argv + optind + 1)) != NULL)
		return err;
	err = unpair ? sg_unpair(ctx, argv[optind], ids, n, date) :
	    sg_pair(ctx, argv[optind], ids, n, date);
	free(ids);
	return err;
}

static const struct sg_error *
cmd_pair(struct sg_ctx *ctx, int argc, char **argv)
{
	return pair_or_unpair(ctx, argc, argv, 0);
}

static const struct sg_error *
cmd_unpair(struct sg_ctx *ctx, int argc, char **argv)
{
	return pair_or_unpair(ctx, argc, argv, 1);
}

/* volunteer pairs [--volunteer V] [--elder E] [--all] */
static const struct sg_error *
cmd_pairs(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "volunteer",	required_argument, NULL, OPT_VOL },
		{ "elder",	required_argument, NULL, OPT_ELDER },
		{ "all",	no_argument,	   NULL, OPT_ALL },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char		*vol = NULL, *who = NULL;
	int64_t			 elder = 0;
	int			 c, all = 0;

	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c == OPT_VOL)
			vol = optarg;
		else if (c == OPT_ALL)
			all = 1;
		else if (c == OPT_ELDER)
			who = optarg;
		else
			return sg_usage(ctx);
	}
	if (optind != argc)
		return sg_usage(ctx);
	if (who != NULL && (err = sg_elder_resolve(ctx, who, &elder)) != NULL)
		return err;
	return sg_pairs(ctx, vol, elder, all);
}

/* volunteer log VOL --hours H --content TEXT [--date D] [--place P] */
static const struct sg_error *
cmd_log(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date",	required_argument, NULL, OPT_DATE },
		{ "hours",	required_argument, NULL, OPT_HOURS },
		{ "content",	required_argument, NULL, OPT_CONTENT },
		{ "place",	required_argument, NULL, OPT_PLACE },
		{ "file",	required_argument, NULL, OPT_FILE },
		SG_IMPORT_OPTS(OPT_IMPORT),
		{ "project",	required_argument, NULL, OPT_PROJECT },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	const char	*date = NULL, *hours = NULL, *content = NULL;
	const char	*place = NULL, *file = NULL, *project = NULL;
	struct sg_import im;
	int		 c, imopt = 0;

	memset(&im, 0, sizeof(im));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case OPT_DATE:		date = optarg; break;
		case OPT_HOURS:		hours = optarg; break;
		case OPT_CONTENT:	content = optarg; break;
		case OPT_PLACE:		place = optarg; break;
		case OPT_FILE:		file = optarg; break;
		case OPT_PROJECT:	project = optarg; break;
		default:
			if (c < OPT_IMPORT || c >= OPT_IMPORT + SG_IMPORT_NOPTS)
				return sg_usage(ctx);
			if ((err = sg_import_opt(&im, c - OPT_IMPORT, optarg)) !=
			    NULL)
				return err;
			imopt = 1;
		}
	}
	if (file != NULL) {
		/* the file gives every value: no VOL, no value options */
		if (argc != optind || date || hours || content || place ||
		    project)
			return sg_usage(ctx);
		return sg_hours_import(ctx, file, &im);
	}
	if (argc - optind != 1 || imopt)
		return sg_usage(ctx);
	return sg_hours_log(ctx, argv[optind], date, hours, content, place,
	    project);
}

static const struct option period_opts[] = {
	{ "period",	required_argument, NULL, OPT_PERIOD },
	{ "from",	required_argument, NULL, OPT_FROM },
	{ "to",		required_argument, NULL, OPT_TO },
	{ "team",	required_argument, NULL, OPT_TEAM },
	{ NULL, 0, NULL, 0 }
};

/* Parse --period/--from/--to (and --team when team is not NULL). */
static const struct sg_error *
period_options(struct sg_ctx *ctx, int argc, char **argv, const char **p,
    const char **f, const char **t, const char **team)
{
	int	 c;

	*p = *f = *t = NULL;
	while ((c = sg_getopt(ctx, argc, argv, "", period_opts, NULL)) != -1) {
		if (c == OPT_PERIOD)
			*p = optarg;
		else if (c == OPT_FROM)
			*f = optarg;
		else if (c == OPT_TO)
			*t = optarg;
		else if (c == OPT_TEAM && team != NULL)
			*team = optarg;
		else
			return sg_usage(ctx);
	}
	return NULL;
}

/* volunteer hours [VOL...] [--period P] [--team T] */
static const struct sg_error *
cmd_hours(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	const char		*p, *f, *t, *team = NULL;

	if ((err = period_options(ctx, argc, argv, &p, &f, &t, &team)))
		return err;
	return sg_hours(ctx, argv + optind, argc - optind, p, f, t, team);
}

/* volunteer record VOL [--period P] */
static const struct sg_error *
cmd_record(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	const char		*p, *f, *t;

	if ((err = period_options(ctx, argc, argv, &p, &f, &t, NULL)))
		return err;
	if (argc - optind != 1)
		return sg_usage(ctx);
	return sg_hours_record(ctx, argv[optind], p, f, t);
}

/* volunteer certificate VOL [--period P] [-o text|markdown] */
static const struct sg_error *
cmd_certificate(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	const char		*p, *f, *t;

	if ((err = period_options(ctx, argc, argv, &p, &f, &t, NULL)))
		return err;
	if (argc - optind != 1)
		return sg_usage(ctx);
	return sg_certificate(ctx, argv[optind], p, f, t);
}

/* volunteer certificates */
static const struct sg_error *
cmd_certificates(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (optind != argc)
		return sg_usage(ctx);
	return sg_certificates(ctx);
}

static const struct sg_verb verbs[] = {
	{ "add", N_("add NAME [--gender G] [--phone P] [--id-number N] "
	    "[--number N]\n           [--role R] [--team T]... [--skill S]... "
	    "[--available mon,wed]\n           [--joined D] [--note TEXT]"),
	    N_("add a volunteer or worker; prints the new id"), 1, cmd_add },
	{ "list", N_("list [--team T] [--role R] [--skill S] [--available DAY] "
	    "[--status S]"), N_("list volunteers"), 0, cmd_list },
	{ "show", N_("show [ID...]"), N_("show volunteers in full"), 0,
	    cmd_show },
	{ "set", N_("set [ID...] [--name NAME] [options of add]"),
	    N_("change fields of volunteers"), 1, cmd_set },
	{ "archive", N_("archive [ID...] [--date D]"),
	    N_("archive volunteers (their records stay)"), 1, cmd_archive },
	{ "restore", N_("restore [ID...]"),
	    N_("make archived volunteers active"), 1, cmd_restore },
	{ "import", N_("import [FILE] [--format tsv|csv|yaml] [--encoding E] "
	    "[--ignore-unknown]\n           [--allow-duplicates] "
	    "[--map HEADER=COLUMN]...\n           [--sheet NAME] "
	    "[--header-row N]"),
	    N_("import volunteers, all or nothing"), 1, cmd_import },
	{ "export", N_("export [--reveal]"), N_("export every volunteer"), 0,
	    cmd_export },
	{ "team", N_("team add NAME [--leader VOL] | team list | "
	    "team members TEAM"), N_("teams and their members"), 2, cmd_team },
	{ "pair", N_("pair VOL [ELDER...] [--date D]"),
	    N_("pair a volunteer with elders (结对); prints pairing ids"), 1,
	    cmd_pair },
	{ "unpair", N_("unpair VOL [ELDER...] [--date D]"),
	    N_("end pairings (history is kept)"), 1, cmd_unpair },
	{ "pairs", N_("pairs [--volunteer VOL] [--elder ID] [--all]"),
	    N_("list pairings (current ones unless --all)"), 0, cmd_pairs },
	{ "log", N_("log VOL --hours H --content TEXT [--date D] [--place P]\n"
	    "                 [--project PROJECT/PART]\n"
	    "                 log --file FILE [--format F] [--encoding E]\n"
	    "                 [--ignore-unknown] [--map HEADER=COLUMN]...\n"
	    "                 [--sheet NAME] [--header-row N]"),
	    N_("record service hours outside visits and events"), 1, cmd_log },
	{ "hours", N_("hours [VOL...] [--period P | --from D --to D] "
	    "[--team T]"),
	    N_("service hours per volunteer, by source"), 0, cmd_hours },
	{ "record", N_("record VOL [--period P | --from D --to D]"),
	    N_("the service record, line by line"), 0, cmd_record },
	{ "certificate", N_("certificate VOL [--period P | --from D --to D] "
	    "[-o text|markdown]"),
	    N_("issue a service certificate (志愿服务证明)"), 1,
	    cmd_certificate },
	{ "certificates", N_("certificates"),
	    N_("the register of certificates"), 0, cmd_certificates },
	{ NULL, NULL, NULL, 0, NULL }
};

int
main(int argc, char **argv)
{
	return sg_main("volunteer", verbs, argc, argv);
}
