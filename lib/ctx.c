/*
 * ctx.c -- the invocation's context: its config and database, opened on
 * first use, where its output goes, and what its common options said.
 * The dispatcher (cmd.c) fills it; every module may read it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sg.h"

/* Load the config: --config, $SHEGONG_CONFIG, XDG; absent = defaults. */
static const struct sg_error *
load_config(struct sg_ctx *ctx)
{
	const char	*s, *home;
	char		*path = NULL;
	const struct sg_error *err;
	int		 must = 0;

	if ((s = ctx->configopt) != NULL ||
	    ((s = getenv("SHEGONG_CONFIG")) != NULL && *s != '\0')) {
		path = strdup(s);
		must = 1;
	} else if ((s = getenv("XDG_CONFIG_HOME")) != NULL && *s == '/') {
		if (asprintf(&path, "%s/shegong/config.yaml", s) == -1)
			path = NULL;
	} else if ((home = getenv("HOME")) != NULL && *home != '\0') {
		if (asprintf(&path, "%s/.config/shegong/config.yaml",
		    home) == -1)
			path = NULL;
	}
	err = sg_config_load(&ctx->cfg, path, must);
	free(path);
	return err;
}

/* Open the config and the database (once); writers get a transaction. */
const struct sg_error *
sg_ctx_open(struct sg_ctx *ctx)
{
	const struct sg_error	*err;

	if (ctx->db != NULL)
		return NULL;
	if (ctx->cfg == NULL && (err = load_config(ctx)) != NULL)
		return err;
	if (ctx->ndbopt > 1)
		return sg_error_usage("%s: only one --db allowed",
		    ctx->verb->name);
	if (ctx->dbpath == NULL && (err = sg_db_path(&ctx->dbpath, ctx,
	    ctx->ndbopt ? ctx->dbopt[0] : NULL)) != NULL)
		return err;
	if ((err = sg_db_open(ctx, ctx->dbpath, ctx->write, &ctx->db)) !=
	    NULL)
		return err;
	if (ctx->write && !ctx->dry_run)
		return sg_db_station(ctx);
	return NULL;
}

/* This invocation writes: buffer stdout until the commit. */
const struct sg_error *
sg_ctx_want_write(struct sg_ctx *ctx)
{
	if (ctx->write)
		return NULL;
	if (ctx->db != NULL)
		return sg_error_fmt("internal error: write wanted after open");
	ctx->write = 1;
	ctx->out = open_memstream(&ctx->outbuf, &ctx->outlen);
	if (ctx->out == NULL)
		return sg_error_errno("output");
	return NULL;
}

/* The invocation's config (loaded on first use). */
struct sg_config *
sg_ctx_config(struct sg_ctx *ctx)
{
	if (ctx->cfg == NULL && load_config(ctx) != NULL)
		return NULL;
	return ctx->cfg;
}

/* Today for this invocation. */
int32_t
sg_ctx_today(struct sg_ctx *ctx)
{
	return ctx->today;
}

/* Where data goes: stdout, or a buffer until a writer commits. */
FILE *
sg_ctx_stdout(struct sg_ctx *ctx)
{
	return ctx->out;
}

int
sg_ctx_dry_run(struct sg_ctx *ctx)
{
	return ctx->dry_run;
}

const char *
sg_ctx_columns(struct sg_ctx *ctx)
{
	return ctx->columns;
}

void
sg_ctx_set_reveal(struct sg_ctx *ctx, int on)
{
	ctx->reveal = on;
}

int
sg_ctx_reveal(struct sg_ctx *ctx)
{
	return ctx->reveal;
}

/* --labels, or what the format speaks by default. */
enum sg_labels
sg_ctx_labels(struct sg_ctx *ctx, enum sg_format f)
{
	if (ctx->labels > 0)
		return (enum sg_labels)(ctx->labels - 1);
	return sg_labels_default(f);
}

/* Output options ready for sg_out. */
void
sg_ctx_out(struct sg_ctx *ctx, struct sg_out *o)
{
	memset(o, 0, sizeof(*o));
	o->fmt = ctx->fmt;
	if (o->fmt == SG_FMT_DEFAULT)
		o->fmt = isatty(STDOUT_FILENO) ? SG_FMT_TABLE : SG_FMT_TSV;
	o->header = ctx->header;
	o->labels = sg_ctx_labels(ctx, o->fmt);
	o->excel = ctx->excel;
	snprintf(o->title, sizeof(o->title), "%s%s%s %s",
	    ctx->cfg != NULL && ctx->cfg->station_name != NULL ?
	    ctx->cfg->station_name : "", ctx->cfg != NULL &&
	    ctx->cfg->station_name != NULL ? " " : "", ctx->prog,
	    ctx->verb != NULL ? ctx->verb->name : "");
	/* under a Chinese locale, titled by what the verb lists */
	if (o->labels == SG_LABELS_ZH && sg_locale_zh() && ctx->verb != NULL &&
	    ctx->verb->summary != NULL)
		snprintf(o->title, sizeof(o->title), "%s%s%s",
		    ctx->cfg != NULL && ctx->cfg->station_name != NULL ?
		    ctx->cfg->station_name : "", ctx->cfg != NULL &&
		    ctx->cfg->station_name != NULL ? " " : "",
		    _(ctx->verb->summary));
	o->fp = ctx->out;
	o->reveal = ctx->reveal || (ctx->cfg != NULL &&
	    !ctx->cfg->mask_id_numbers);
}

/* Ids from the arguments, or from standard input when there are none. */
const struct sg_error *
sg_ctx_ids(struct sg_ctx *ctx, int64_t **ids, size_t *n, int argc,
    char **argv, const char *what)
{
	const struct sg_error	*err;
	int			 i;

	*ids = NULL;
	*n = 0;
	if (argc == 0) {
		if (isatty(STDIN_FILENO))
			return sg_error_usage("%s: no %s ids given",
			    ctx->verb->name, sg_type_name(what));
		return sg_ids_read(ids, n, stdin);
	}
	if ((*ids = calloc(argc, sizeof(**ids))) == NULL)
		return sg_error_errno("ids");
	for (i = 0; i < argc; i++) {
		if ((err = sg_id_parse(&(*ids)[i], argv[i], what)) != NULL) {
			free(*ids);
			*ids = NULL;
			return err;
		}
	}
	*n = argc;
	return NULL;
}
