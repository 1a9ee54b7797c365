/*
 * cmd.c -- what every command shares: verb dispatch, the common options of
 * SPEC section 1, the invocation's transaction and its output, and the one
 * place errors are printed.  The context it fills is ctx.c's.
 */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sg.h"

/* Where the message catalogs are installed (mk/po.mk sets it). */
#ifndef SG_LOCALEDIR
#define SG_LOCALEDIR	"/usr/local/share/locale"
#endif

enum {
	OPT_CONFIG = 0x100,
	OPT_USER,
	OPT_REVEAL,
	OPT_VERSION,
	OPT_LABELS,
	OPT_EXCEL
};

static const struct option common_opts[] = {
	{ "db",		required_argument,	NULL, 'd' },
	{ "config",	required_argument,	NULL, OPT_CONFIG },
	{ "output",	required_argument,	NULL, 'o' },
	{ "header",	no_argument,		NULL, 'H' },
	{ "columns",	required_argument,	NULL, 'c' },
	{ "user",	required_argument,	NULL, OPT_USER },
	{ "dry-run",	no_argument,		NULL, 'n' },
	{ "reveal",	no_argument,		NULL, OPT_REVEAL },
	{ "labels",	required_argument,	NULL, OPT_LABELS },
	{ "excel",	no_argument,		NULL, OPT_EXCEL },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 }
};
#define COMMON_SHORT	"d:o:Hc:nh"
#define NCOMMON		(sizeof(common_opts) / sizeof(common_opts[0]) - 1)

/* Not an error: --help was asked for; sg_main prints the usage. */
static const struct sg_error help_request = { SG_EXIT_OK, "help", 0, 0 };

static const char common_usage[] = N_(
    "common options: -d, --db FILE; --config FILE; -o, --output FMT; "
    "-H, --header;\n"
    "  -c, --columns LIST; --user WHO; -n, --dry-run; --reveal; -h, --help");

/* A table's text in the user's language ("" stays "", not the header). */
static const char *
tr(const char *s)
{
	return *s == '\0' ? s : _(s);
}

/* Print the usage of one verb. */
static void
verb_usage(FILE *fp, const char *prog, const struct sg_verb *v)
{
	fprintf(fp, _("usage: %s %s\n"), prog, tr(v->usage));
}

/* Print the usage of the whole command. */
static void
command_usage(FILE *fp, const char *prog, const struct sg_verb *verbs)
{
	const struct sg_verb	*v;

	fprintf(fp, _("usage: %s VERB [OPTIONS] [ARGS]\n\n"), prog);
	for (v = verbs; v->name != NULL; v++)
		fprintf(fp, "  %-12s %s\n", v->name, tr(v->summary));
	fprintf(fp, _("\n%s\n\nSee %s(1); '%s VERB --help' for one verb.\n"),
	    _(common_usage), prog, prog);
}

/* The usage error of the running verb (the option error, if any). */
const struct sg_error *
sg_usage(struct sg_ctx *ctx)
{
	if (ctx->opterr != NULL)
		return ctx->opterr;
	return sg_error_usage("%s: wrong arguments", ctx->verb->name);
}

/* Merge a verb's options with the common ones (once per invocation). */
static const struct sg_error *
merge_options(struct sg_ctx *ctx, const char *shortopts,
    const struct option *opts)
{
	size_t	 n = 0, len;

	if (ctx->longopts != NULL && ctx->verbopts == opts)
		return NULL;
	free(ctx->longopts);
	free(ctx->shortopts);
	while (opts != NULL && opts[n].name != NULL)
		n++;
	ctx->longopts = calloc(n + NCOMMON + 1, sizeof(struct option));
	len = strlen(shortopts ? shortopts : "") + sizeof(COMMON_SHORT) + 2;
	ctx->shortopts = malloc(len);
	if (ctx->longopts == NULL || ctx->shortopts == NULL)
		return sg_error_errno("options");
	if (n > 0)
		memcpy(ctx->longopts, opts, n * sizeof(struct option));
	memcpy(ctx->longopts + n, common_opts, NCOMMON *
	    sizeof(struct option));
	snprintf(ctx->shortopts, len, ":%s%s", shortopts ? shortopts : "",
	    COMMON_SHORT);
	ctx->verbopts = opts;
	return NULL;
}

/* Handle one common option; 0 if c is not one, -1 on a bad value. */
static int
common_option(struct sg_ctx *ctx, int c, const char *arg)
{
	const struct sg_error	*err;

	switch (c) {
	case 'd':
		if (ctx->ndbopt == SG_MAX_DBS) {
			ctx->opterr = sg_error_fmt("%s: too many --db options",
			    ctx->verb->name);
			return -1;
		}
		ctx->dbopt[ctx->ndbopt++] = arg;
		return 1;
	case OPT_CONFIG:
		ctx->configopt = arg;
		return 1;
	case 'o':
		if ((err = sg_format_parse(&ctx->fmt, arg)) != NULL) {
			ctx->opterr = err;
			return -1;
		}
		return 1;
	case 'H':
		ctx->header = 1;
		return 1;
	case 'c':
		ctx->columns = arg;
		return 1;
	case OPT_USER:
		ctx->user = arg;
		return 1;
	case 'n':
		ctx->dry_run = 1;
		return 1;
	case OPT_REVEAL:
		ctx->reveal = 1;
		return 1;
	case OPT_LABELS: {
		enum sg_labels	 l;

		if ((err = sg_labels_parse(&l, arg)) != NULL) {
			ctx->opterr = err;
			return -1;
		}
		ctx->labels = (int)l + 1;
		return 1;
	}
	case OPT_EXCEL:
		ctx->excel = 1;
		return 1;
	case 'h':
		ctx->opterr = &help_request;
		return -1;
	}
	return 0;
}

/* The long option nearest to bad ("--findng=x"), or NULL. */
static const char *
nearest_option(const struct sg_ctx *ctx, const char *bad)
{
	const char	*names[256];
	char		 word[64];
	int		 n = 0;

	if (strncmp(bad, "--", 2) != 0)
		return NULL;
	snprintf(word, sizeof(word), "%.*s", (int)strcspn(bad + 2, "="),
	    bad + 2);
	while (n < 256 && ctx->longopts[n].name != NULL) {
		names[n] = ctx->longopts[n].name;
		n++;
	}
	return sg_nearest(word, names, n);
}

/* getopt_long over the verb's options and the common ones. */
int
sg_getopt(struct sg_ctx *ctx, int argc, char **argv, const char *shortopts,
    const struct option *opts, int *longindex)
{
	const struct sg_error	*err;
	int			 c, li, r;

	if ((err = merge_options(ctx, shortopts, opts)) != NULL) {
		ctx->opterr = err;
		return '?';
	}
	opterr = 0;
	for (;;) {
		li = -1;
		c = getopt_long(argc, argv, ctx->shortopts, ctx->longopts,
		    &li);
		if (c == -1)
			return -1;
		if (c == '?' || c == ':') {
			const char *bad = argv[optind - 1], *near;

			if (c == ':')
				ctx->opterr = sg_error_usage("%s: option '%s' "
				    "needs a value", ctx->verb->name, bad);
			else if (optopt != 0 && optopt < 0x100)
				ctx->opterr = sg_error_usage("%s: unknown "
				    "option '-%c'", ctx->verb->name, optopt);
			else if ((near = nearest_option(ctx, bad)) != NULL)
				ctx->opterr = sg_error_usage("%s: unknown "
				    "option '%s': did you mean '--%s'?",
				    ctx->verb->name, bad, near);
			else
				ctx->opterr = sg_error_usage("%s: unknown "
				    "option '%s'", ctx->verb->name, bad);
			return '?';
		}
		if ((r = common_option(ctx, c, optarg)) < 0)
			return '?';
		if (r == 0)
			break;
	}
	if (longindex != NULL)
		*longindex = li;
	return c;
}

/* The person acting: --user, $SHEGONG_USER, the login name. */
static const char *
find_user(void)
{
	const char	*s;
	struct passwd	*pw;

	if ((s = getenv("SHEGONG_USER")) != NULL && *s != '\0')
		return s;
	if ((pw = getpwuid(getuid())) != NULL)
		return pw->pw_name;
	if ((s = getenv("USER")) != NULL && *s != '\0')
		return s;
	return "unknown";
}

/* The command line as one string, for the change log. */
static char *
join_args(const char *prog, int argc, char **argv)
{
	size_t	 n = strlen(prog) + 1;
	char	*s, *p;
	int	 i;

	for (i = 0; i < argc; i++)
		n += strlen(argv[i]) + 1;
	if ((s = p = malloc(n)) == NULL)
		return NULL;
	p += sprintf(p, "%s", prog);
	for (i = 0; i < argc; i++)
		p += sprintf(p, " %s", argv[i]);
	return s;
}

/* Parse only the common options. */
const struct sg_error *
sg_no_options(struct sg_ctx *ctx, int argc, char **argv)
{
	static const struct option none[] = { { NULL, 0, NULL, 0 } };

	if (sg_getopt(ctx, argc, argv, "", none, NULL) != -1)
		return sg_usage(ctx);
	return NULL;
}

/* The ids of a verb: elders also by ID number or name (elder.c). */
static const struct sg_error *
elder_or_ids(struct sg_ctx *ctx, int64_t **ids, size_t *n, int argc,
    char **argv, const char *what)
{
	if (strcmp(what, "elder") == 0)
		return sg_elder_ids(ctx, ids, n, argc, argv);
	return sg_ctx_ids(ctx, ids, n, argc, argv, what);
}

/* A verb of ids only: parse, read the ids, run fn on them. */
const struct sg_error *
sg_ids_verb(struct sg_ctx *ctx, int argc, char **argv, const char *what,
    const struct sg_error *(*fn)(struct sg_ctx *, const int64_t *, size_t))
{
	const struct sg_error	*err;
	int64_t			*ids;
	size_t			 n;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL ||
	    (err = elder_or_ids(ctx, &ids, &n, argc - optind, argv + optind,
	    what)) != NULL)
		return err;
	err = fn(ctx, ids, n);
	free(ids);
	return err;
}

/* VERB ID, common options only: the id (of what) handed to fn. */
const struct sg_error *
sg_id_verb(struct sg_ctx *ctx, int argc, char **argv, const char *what,
    const struct sg_error *(*fn)(struct sg_ctx *, int64_t))
{
	const struct sg_error	*err;
	int64_t			 id;

	if ((err = sg_no_options(ctx, argc, argv)) != NULL)
		return err;
	if (argc - optind != 1)
		return sg_usage(ctx);
	if ((err = strcmp(what, "elder") == 0 ? sg_elder_resolve(ctx,
	    argv[optind], &id) : sg_id_parse(&id, argv[optind], what)) != NULL)
		return err;
	return fn(ctx, id);
}

/* add NAME [field options] */
const struct sg_error *
sg_add_verb(struct sg_ctx *ctx, int argc, char **argv,
    const struct option *opts, const struct sg_error *(*fn)(struct sg_ctx *,
    const char *, const struct sg_kv *, int, int64_t *))
{
	const struct sg_error	*err;
	struct sg_kv		 kv[SG_MAX_KV];
	int			 n;
	int64_t			 id;

	if ((err = sg_field_options(ctx, argc, argv, opts, kv, &n)) != NULL)
		return err;
	if (argc - optind != 1)
		return sg_usage(ctx);
	/* fn's error never points at id (cppcheck cannot know) */
	/* cppcheck-suppress returnDanglingLifetime */
	return fn(ctx, argv[optind], kv, n, &id);
}

/* import [FILE] [--format F] [--encoding E] [--ignore-unknown]
 * [--allow-duplicates] [--sheet NAME] [--header-row N] */
const struct sg_error *
sg_import_verb(struct sg_ctx *ctx, int argc, char **argv,
    const struct sg_error *(*fn)(struct sg_ctx *, const char *,
    const struct sg_import *))
{
	enum { IMP = SG_OPT_LONG, DUPS = IMP + SG_IMPORT_NOPTS };
	static const struct option opts[] = {
		SG_IMPORT_OPTS(IMP),
		{ "allow-duplicates",	no_argument, NULL, DUPS },
		{ NULL, 0, NULL, 0 }
	};
	const struct sg_error	*err;
	struct sg_import	 im;
	int			 c;

	memset(&im, 0, sizeof(im));
	while ((c = sg_getopt(ctx, argc, argv, "", opts, NULL)) != -1) {
		if (c == DUPS)
			im.allow_dups = 1;
		else if (c >= IMP && c < DUPS) {
			if ((err = sg_import_opt(&im, c - IMP, optarg)) != NULL)
				return err;
		} else
			return sg_usage(ctx);
	}
	if (argc - optind > 1)
		return sg_usage(ctx);
	/* fn's error never points at im (cppcheck cannot know) */
	/* cppcheck-suppress returnDanglingLifetime */
	return fn(ctx, argc > optind ? argv[optind] : NULL, &im);
}

const struct sg_error *
sg_import_opt(struct sg_import *im, int n, const char *arg)
{
	const struct sg_error	*err;
	int64_t			 row;

	switch (n) {
	case 0:	im->format = arg; break;
	case 1:	im->encoding = arg; break;
	case 2:	im->ignore_unknown = 1; break;
	case 3:	return sg_import_map(im, arg);
	case 4:	im->sheet = arg; break;
	default:
		if ((err = sg_header_row(&row, arg)) != NULL)
			return err;
		im->header_row = (long)row;
	}
	return NULL;
}

/* The row number of --header-row N: 1 to a sheet's last, 1048576. */
const struct sg_error *
sg_header_row(int64_t *row, const char *s)
{
	if (sg_id_parse(row, s, NULL) != NULL || *row > 1048576)
		return sg_error_fmt("--header-row: '%s': expected a row "
		    "number, from 1", s);
	return NULL;
}

/* Add one --map HEADER=column to an import. */
const struct sg_error *
sg_import_map(struct sg_import *im, const char *arg)
{
	const char	*eq = strchr(arg, '=');

	if (eq == NULL || eq == arg || eq[1] == '\0')
		return sg_error_usage("map: '%s': expected HEADER=column, like "
		    "家庭住址=address", arg);
	if (im->nmap == (int)(sizeof(im->map) / sizeof(im->map[0])))
		return sg_error_usage("map: too many --map");
	im->map[im->nmap++] = arg;
	return NULL;
}

/* set [ID...] [field options] */
const struct sg_error *
sg_set_verb(struct sg_ctx *ctx, int argc, char **argv,
    const struct option *opts, const char *what,
    const struct sg_error *(*fn)(struct sg_ctx *, const int64_t *, size_t,
    const struct sg_kv *, int))
{
	const struct sg_error	*err;
	struct sg_kv		 kv[SG_MAX_KV];
	int64_t			*ids;
	size_t			 nids;
	int			 n;

	if ((err = sg_field_options(ctx, argc, argv, opts, kv, &n)) != NULL)
		return err;
	if (n == 0)
		return sg_error_usage("%s: nothing to set", ctx->verb->name);
	if ((err = elder_or_ids(ctx, &ids, &nids, argc - optind,
	    argv + optind, what)) != NULL)
		return err;
	err = fn(ctx, ids, nids, kv, n);
	free(ids);
	return err;
}

/* Collect field options into kv, in the order given. */
const struct sg_error *
sg_field_options(struct sg_ctx *ctx, int argc, char **argv,
    const struct option *opts, struct sg_kv *kv, int *n)
{
	int	 c, li;

	*n = 0;
	while ((c = sg_getopt(ctx, argc, argv, "", opts, &li)) != -1) {
		if (c == '?' || li < 0 || *n == SG_MAX_KV)
			return sg_usage(ctx);
		if (strcmp(opts[li].name, "allow-duplicates") == 0) {
			ctx->allow_dups = 1;
			continue;
		}
		kv[*n].key = opts[li].name;
		kv[*n].val = optarg;
		(*n)++;
	}
	return NULL;
}

/* Print an error the way every command does. */
static void
print_error(struct sg_ctx *ctx, const struct sg_error *err)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s\n", ctx->prog, err->msg);
	if (err->status == SG_EXIT_USAGE && ctx->verb != NULL)
		verb_usage(stderr, ctx->prog, ctx->verb);
}

/*
 * Commit (or roll back for -n), then write what a writer buffered: no
 * lock is held while a reader of the output takes its time.  A failed
 * write (a full disk, a reader gone: SIGPIPE is ignored here) says the
 * changes were committed.
 */
static const struct sg_error *
finish_write(struct sg_ctx *ctx)
{
	const struct sg_error	*err;

	if (fflush(ctx->out) != 0)
		return sg_error_errno("output");
	if (ctx->dry_run)
		sg_db_rollback(ctx);
	else if ((err = sg_db_commit(ctx)) != NULL)
		return err;
	signal(SIGPIPE, SIG_IGN);
	if ((ctx->outlen > 0 &&
	    fwrite(ctx->outbuf, 1, ctx->outlen, stdout) != ctx->outlen) ||
	    fflush(stdout) != 0 || ferror(stdout)) {
		if (ctx->dry_run)
			return sg_error_errno("output lost: nothing was "
			    "changed (a dry run)");
		return sg_error_errno("output lost, but the changes are "
		    "committed: see them with list, show or report changes");
	}
	return NULL;
}

/* Release what an invocation holds. */
static void
ctx_free(struct sg_ctx *ctx)
{
	sg_db_rollback(ctx);
	if (ctx->db != NULL)
		sqlite3_close(ctx->db);
	if (ctx->out != NULL && ctx->out != stdout)
		fclose(ctx->out);
	free(ctx->outbuf);
	free(ctx->longopts);
	free(ctx->shortopts);
	free(ctx->dbpath);
	free(ctx->cmdline);
	sg_config_free(ctx->cfg);
}

/* Run one verb in a fresh context; returns the exit status. */
static int
run_verb(struct sg_ctx *ctx, int argc, char **argv)
{
	const struct sg_error	*err;
	int			 wrote = 0;

	if ((err = sg_today(&ctx->today)) != NULL)
		goto fail;
	ctx->user = find_user();
	ctx->out = stdout;
	if (ctx->verb->writes == 1 && (err = sg_ctx_want_write(ctx)) != NULL)
		goto fail;
	optind = 1;
	if ((err = ctx->verb->exec(ctx, argc, argv)) != NULL ||
	    (err = sg_print_end(ctx)) != NULL)
		goto fail;
	if (ctx->write) {
		wrote = 1;
		err = finish_write(ctx);
	}
	else if (fflush(stdout) != 0 || ferror(stdout))
		err = sg_error_errno("write failure on standard output");
	if (err != NULL)
		goto fail;
	return SG_EXIT_OK;
fail:
	sg_print_end(ctx);
	sg_db_rollback(ctx);
	if (err == &help_request) {
		verb_usage(stdout, ctx->prog, ctx->verb);
		printf(_("%s\n\nSee %s(1).\n"), _(common_usage), ctx->prog);
		return fflush(stdout) == 0 ? SG_EXIT_OK : SG_EXIT_ERR;
	}
	/*
	 * A reader that went away (head): a reading command exits 1, as
	 * SIGPIPE would; a writer says what it committed.
	 */
	if (err->errnum == EPIPE && !wrote)
		return SG_EXIT_ERR;
	print_error(ctx, err);
	return err->status;
}

/*
 * Messages follow the locale (LC_MESSAGES, and LC_CTYPE for the terminal);
 * LC_NUMERIC, LC_COLLATE and LC_TIME stay "C", so numbers, sorting and
 * dates in the output never change with the language.  The catalog comes
 * from $SHEGONG_LOCALEDIR (uninstalled builds, tests) or SG_LOCALEDIR.
 */
static void
init_messages(void)
{
	const char	*dir;

	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	if ((dir = getenv("SHEGONG_LOCALEDIR")) == NULL || *dir == '\0')
		dir = SG_LOCALEDIR;
	bindtextdomain(SG_TEXTDOMAIN, dir);
	bind_textdomain_codeset(SG_TEXTDOMAIN, "UTF-8");
	textdomain(SG_TEXTDOMAIN);
}

/* COMMAND --columns VERB [SUB]: the columns of the verb's list. */
static int
list_columns(const char *prog, const struct sg_verb *verbs, int argc,
    char **argv)
{
	const struct sg_verb	*v;

	for (v = verbs; argc > 2 && v->name != NULL; v++)
		if (strcmp(v->name, argv[2]) == 0)
			break;
	if (argc < 3 || argc > 4 || v->name == NULL) {
		fprintf(stderr, _("usage: %s --columns VERB [SUB]\n"), prog);
		return SG_EXIT_USAGE;
	}
	if (sg_columns_print(stdout, prog, argv[2], argc > 3 ? argv[3] :
	    NULL) != 0) {
		fprintf(stderr, _("%s: --columns %s: name a sub-verb\n"), prog,
		    argv[2]);
		return SG_EXIT_USAGE;
	}
	return fflush(stdout) == 0 ? SG_EXIT_OK : SG_EXIT_ERR;
}

/* The main of every command: COMMAND VERB [OPTIONS] [ARGS]. */
int
sg_main(const char *prog, const struct sg_verb *verbs, int argc, char **argv)
{
	struct sg_ctx		 ctx;
	const struct sg_verb	*v;
	int			 status;

	sg_progname = prog;
	init_messages();
	memset(&ctx, 0, sizeof(ctx));
	ctx.prog = prog;
	if (argc < 2) {
		command_usage(stderr, prog, verbs);
		return SG_EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		command_usage(stdout, prog, verbs);
		return fflush(stdout) == 0 ? SG_EXIT_OK : SG_EXIT_ERR;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("%s (shegong) %s\n", prog, SG_VERSION);
		return fflush(stdout) == 0 ? SG_EXIT_OK : SG_EXIT_ERR;
	}
	if (strcmp(argv[1], "--columns") == 0)
		return list_columns(prog, verbs, argc, argv);
	for (v = verbs; v->name != NULL; v++)
		if (strcmp(v->name, argv[1]) == 0)
			break;
	if (v->name == NULL) {
		fprintf(stderr, _("%s: unknown verb '%s'\n"), prog, argv[1]);
		command_usage(stderr, prog, verbs);
		return SG_EXIT_USAGE;
	}
	ctx.verb = v;
	if ((ctx.cmdline = join_args(prog, argc - 1, argv + 1)) == NULL) {
		perror(prog);
		return SG_EXIT_ERR;
	}
	/* the change log keeps the command line, never an ID number */
	sg_idnum_mask_text(ctx.cmdline);
	status = run_verb(&ctx, argc - 1, argv + 1);
	ctx_free(&ctx);
	return status;
}
