/*
 * table.c -- import, export and edit, the same for every record type:
 * import is all or nothing and names every bad record; export streams;
 * edit round-trips one record through $EDITOR as YAML.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sg.h"

#define PROGRESS_EVERY	10000

/* Is the file at path a workbook (a zip archive), whatever its name? */
static int
is_workbook(const char *path)
{
	unsigned char	 head[4];
	size_t		 n = 0;
	FILE		*fp;

	if ((fp = fopen(path, "r")) != NULL) {
		n = fread(head, 1, sizeof(head), fp);
		fclose(fp);
	}
	/* an Excel 97-2003 file too: the xlsx reader names it */
	return sg_xlsx_magic(head, n) ||
	    (n == 4 && memcmp(head, "\xd0\xcf\x11\xe0", 4) == 0);
}

/* Open the input of an import; "-" or NULL is standard input. */
static const struct sg_error *
open_input(FILE **fp, const char **name, const char *path,
    enum sg_informat *fmt, const char *format)
{
	const struct sg_error	*err = NULL;

	if (format != NULL && (err = sg_informat_parse(fmt, format)) != NULL)
		return err;
	if (path == NULL || strcmp(path, "-") == 0) {
		if (fcntl(STDIN_FILENO, F_GETFD) == -1)
			return sg_error_fmt("standard input is closed: name a "
			    "file, or give the records on standard input");
		*fp = stdin;
		*name = "-";
		if (format == NULL)
			*fmt = SG_IN_TSV;
		return NULL;
	}
	if (format == NULL && (err = sg_informat_from_name(fmt, path)) != NULL &&
	    !is_workbook(path))
		return err;
	if (format == NULL && err != NULL)
		*fmt = SG_IN_XLSX;
	if ((*fp = fopen(path, "r")) == NULL)
		return sg_error_errno("cannot open '%s'", path);
	*name = path;
	return NULL;
}

/* A column name of t (for the reader to find the header row)? */
static int
known_column(void *t, const char *name)
{
	return sg_field_find(t, name, NULL) != NULL;
}

/*
 * A header name that is no column: say the nearest, and every name the
 * importer knows (each writable column's key and Chinese label).
 */
static const struct sg_error *
unknown_column(const struct sg_table *t, const char *name, long line,
    const char *key)
{
	const struct sg_error	*err;
	const char	*cands[3 * SG_MAX_FIELDS], *near;
	char		*list = NULL, mean[256] = "";
	size_t		 len = 0;
	FILE		*fp;
	int		 k, n = 0;

	if ((fp = open_memstream(&list, &len)) == NULL)
		return sg_error_errno("%s", name);
	for (k = 0; k < t->nfields; k++) {
		const struct sg_field *f = &t->fields[k];

		if (!SG_WRITABLE(f))
			continue;
		cands[n++] = f->name;
		if (f->zh != NULL)
			cands[n++] = f->zh;
		if (f->en != NULL)
			cands[n++] = f->en;
		fprintf(fp, "%s%s", ftell(fp) > 0 ? ", " : "", f->name);
		if (f->zh != NULL)
			fprintf(fp, " %s", f->zh);
	}
	fclose(fp);
	if ((near = sg_nearest(key, cands, n)) != NULL)
		snprintf(mean, sizeof(mean), _("did you mean '%s'? "), near);
	err = sg_error_fmt("%s:%ld: %s: unknown column: "
	    "%sthe columns are %s (--ignore-unknown leaves it out)", name, line,
	    key, mean, list ? list : "");
	free(list);
	return err;
}

/*
 * Check a header: each column a known field (key or label), once; an
 * unknown one left out (and said) when ignore, else the error.
 */
static const struct sg_error *
check_header(const struct sg_table *t, const char *name, long line,
    char **keys, int n, int ignore)
{
	int	 i, j, k, kj;

	name = strcmp(name, "-") ? name : "stdin";
	for (i = 0; i < n; i++) {
		if (sg_field_find(t, keys[i], &k) == NULL) {
			if (!ignore)
				return unknown_column(t, name, line, keys[i]);
			sg_warn("%s:%ld: column '%s' left out", name, line,
			    keys[i]);
			continue;
		}
		for (j = 0; j < i; j++)
			if (sg_field_find(t, keys[j], &kj) != NULL && kj == k)
				return sg_error_fmt("%s:%ld: %s: the same "
				    "column as '%s'", name, line, keys[i],
				    keys[j]);
	}
	return NULL;
}

/* A header name as --map renames it (HEADER=column), else as it is. */
static const char *
map_key(const struct sg_import *im, const char *key)
{
	char	 head[256];
	size_t	 len;
	int	 i;

	for (i = 0; im != NULL && i < im->nmap; i++) {
		len = strcspn(im->map[i], "=");
		if (len >= sizeof(head))
			continue;
		memcpy(head, im->map[i], len);
		head[len] = '\0';
		if (sg_colname_is(key, head, NULL, NULL, NULL))
			return im->map[i] + len + 1;
	}
	return key;
}

/* Rename a record's keys by --map (the reader points them anew). */
static void
map_keys(const struct sg_import *im, char **keys, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		if (keys[i] != NULL)
			keys[i] = (char *)map_key(im, keys[i]);
}

/*
 * The address pseudo-column: building, unit and room from one value
 * (3-1-302, 3栋1单元302室), or the error naming the forms.
 */
static const struct sg_error *
set_address(struct sg_ctx *ctx, struct sg_values *v, const char *val)
{
	static const char *const keys[3] = { "building", "unit", "room" };
	const struct sg_error	*err;
	char			 part[3][32];
	int			 i;

	if (sg_address_split(val, part) != 0)
		return sg_error_fmt("address: '%s' is not an address: expected "
		    "building-unit-room, like 3-1-302, 3栋1单元302室 or "
		    "3号楼1单元302", val);
	for (i = 0; i < 3; i++)
		if (part[i][0] != '\0' && (err = sg_values_set(v, keys[i],
		    part[i], ctx->today)) != NULL)
			return err;
	return NULL;
}

/* Turn one record into values; the first bad field is the error. */
static const struct sg_error *
record_values(struct sg_ctx *ctx, struct sg_values *v,
    const struct sg_record *r, int64_t *id, int ignore)
{
	const struct sg_error	*err;
	const struct sg_field	*f;
	int			 i;

	*id = 0;
	for (i = 0; i < r->n; i++) {
		if ((f = sg_field_find(v->t, r->keys[i], NULL)) == NULL &&
		    ignore)
			continue;
		if (f == NULL)
			return sg_error_fmt("%s: unknown column", r->keys[i]);
		if (r->vals[i] == NULL || r->vals[i][0] == '\0')
			continue;
		if ((f->flags & SG_F_RO) && strcmp(f->name, "address") == 0 &&
		    sg_field_find(v->t, "building", NULL) != NULL) {
			if ((err = set_address(ctx, v, r->vals[i])) != NULL)
				return err;
			continue;
		}
		if (f->flags & SG_F_RO)
			continue;
		if (r->islist != NULL && r->islist[i] && f->kind != SG_K_TAGS &&
		    f->kind != SG_K_SET)
			return sg_error_fmt("%s: expected a value, not a list",
			    f->name);
		if ((f->flags & SG_F_ID) != 0) {
			if ((err = sg_id_parse(id, r->vals[i], v->t->name)))
				return sg_error_fmt("%s: %s", f->name,
				    err->msg);
		}
		if ((err = sg_values_set(v, r->keys[i], r->vals[i],
		    ctx->today)) != NULL)
			return err;
	}
	return NULL;
}

/* Check, then insert one record of an import. */
static const struct sg_error *
import_one(struct sg_ctx *ctx, const struct sg_table *t,
    const struct sg_record *r, sg_check_fn check, int64_t *newid, int ignore)
{
	const struct sg_error	*err;
	struct sg_values	 v;
	int64_t			 id, exists;
	char			 sql[128];

	memset(&v, 0, sizeof(v));
	v.t = t;
	if ((err = record_values(ctx, &v, r, &id, ignore)) != NULL ||
	    (err = check(ctx, &v, 0)) != NULL)
		goto done;
	if (id > 0) {
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s WHERE "
		    "id = ?", t->table);
		if ((err = sg_db_int(ctx, &exists, sql, id)) != NULL)
			goto done;
		if (exists) {
			err = sg_error_fmt("id: %s %lld already exists",
			    t->name, (long long)id);
			goto done;
		}
	}
	err = sg_values_insert(ctx, &v, newid);
done:
	sg_values_free(&v);
	return err;
}

/* Check --map's columns, then the header as --map renames it. */
static const struct sg_error *
mapped_header(const struct sg_table *t, const char *name, long line,
    char **hdr, int n, const struct sg_import *im)
{
	const struct sg_error	*err;
	char			**keys;
	int			 i;

	for (i = 0; i < im->nmap; i++)
		if (sg_field_find(t, strchr(im->map[i], '=') + 1, NULL) ==
		    NULL)
			return sg_error_fmt("map: %s: no %s column '%s' (%s "
			    "--columns export lists them)", im->map[i],
			    t->name, strchr(im->map[i], '=') + 1, t->name);
	if ((keys = calloc(n > 0 ? n : 1, sizeof(*keys))) == NULL)
		return sg_error_errno("%s", name);
	for (i = 0; i < n; i++)
		keys[i] = (char *)map_key(im, hdr[i]);
	err = check_header(t, name, line, keys, n, im->ignore_unknown);
	free(keys);
	return err;
}

/*
 * After an import made without CHECK constraints: the table's rows
 * keep them all (PRAGMA quick_check of the table: its CHECK and NOT
 * NULL constraints, row by row, in one pass).
 */
static const struct sg_error *
checks_hold(struct sg_ctx *ctx, const struct sg_table *t, const char *shown)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*msg;
	char			 sql[128];

	snprintf(sql, sizeof(sql), "PRAGMA quick_check(\"%s\")", t->table);
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	if (sg_db_row(st, &err) &&
	    (msg = (const char *)sqlite3_column_text(st, 0)) != NULL &&
	    strcmp(msg, "ok") != 0)
		err = sg_error_fmt("%s: %s: nothing imported", shown, msg);
	sqlite3_finalize(st);
	return err;
}

/* Records imported before the CHECK constraints are left to the end. */
#define CHECK_AFTER	1000

/* Import records: all or nothing, every bad record named. */
const struct sg_error *
sg_table_import(struct sg_ctx *ctx, const struct sg_table *t,
    const char *path, const struct sg_import *im, sg_check_fn check)
{
	const struct sg_error	*err, *herr;
	struct sg_reader	*rd = NULL;
	struct sg_reader_opts	 opts;
	struct sg_record	*r;
	enum sg_informat	 fmt = SG_IN_TSV;
	FILE			*fp = NULL, *conv = NULL;
	const char		*name = "-", *shown, *format = im->format;
	long			 bad = 0, good = 0;
	int			 rc, nh, progress = isatty(STDERR_FILENO);
	int			 nocheck = 0;
	int64_t			 nocheck_at;
	int64_t			 id;
	char			**hdr, sql[128];

	if ((err = open_input(&fp, &name, path, &fmt, format)) != NULL)
		return err;
	shown = strcmp(name, "-") ? name : "stdin";
	if ((err = sg_input_decode(fp, name, im->encoding, &conv)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_reader_open(&rd, conv ? conv : fp, name, fmt)) != NULL)
		goto done;
	opts.sheet = im->sheet;
	opts.header_row = im->header_row;
	opts.known = known_column;
	opts.arg = (void *)t;
	if ((err = sg_reader_set(rd, &opts)) != NULL)
		goto done;
	/*
	 * One transaction holds the whole import.  Each INSERT fires the
	 * change-log trigger, so it keeps a statement journal: in a temp
	 * file past 64 KiB, in 64 KiB blocks the C library gives back and
	 * takes again row after row.  In memory it stays small and put.
	 * And a bigger page cache (64 MiB at most, taken only as needed)
	 * keeps the transaction from spilling to the WAL.
	 */
	/* temp_store = MEMORY is set on every connection (lib/db.c) */
	if ((err = sg_db_exec(ctx, "PRAGMA cache_size = -65536")) != NULL)
		goto done;
	snprintf(sql, sizeof(sql), "SELECT coalesce(max(id), 0) FROM %s",
	    t->table);
	if ((err = sg_db_int(ctx, &ctx->import_floor, sql, 0)) != NULL)
		goto done;
	/*
	 * A big import tests the table's CHECK constraints (living IN
	 * ('alone', ...)) once, over the whole table, after the last
	 * record (checks_hold): tested by each INSERT, every IN list of
	 * three or more was built into a temporary b-tree row after row,
	 * a third of an import's instructions (issue 25).  From the
	 * CHECK_AFTER'th record on, and once the records are a quarter of
	 * the table's ids, so that the one pass costs less than what it
	 * saves.  Each value is checked in C before it is stored all the
	 * same.  Not for a table whose records write other tables too
	 * (save_extra).
	 */
	nocheck_at = t->save_extra != NULL ? -1 :
	    ctx->import_floor / 4 > CHECK_AFTER ? ctx->import_floor / 4 :
	    CHECK_AFTER;
	ctx->allow_dups = im->allow_dups;
	sg_values_batch(1);
	while ((rc = sg_reader_next(rd, &r, &err)) != 0) {
		if (rc < 0)
			goto done;
		if (good + bad == 0 && fmt != SG_IN_YAML &&
		    (hdr = sg_reader_header(rd, &nh)) != NULL &&
		    (herr = mapped_header(t, name, sg_reader_header_line(rd),
		    hdr, nh, im)) != NULL) {
			err = herr;	/* err may hold a bad first record's */
			goto done;
		}
		if (r != NULL)
			map_keys(im, r->keys, r->n);
		if (r == NULL) {
			sg_warn("%s", err->msg);
			bad++;
			continue;
		}
		ctx->import_line = r->line;
		if (good == nocheck_at && !nocheck) {
			if ((err = sg_db_exec(ctx,
			    "PRAGMA ignore_check_constraints = 1")) != NULL)
				goto done;
			nocheck = 1;
		}
		if ((err = import_one(ctx, t, r, check, &id,
		    im->ignore_unknown)) != NULL) {
			/* the database failed, not the record: stop */
			if (err->fatal || sqlite3_get_autocommit(ctx->db)) {
				err = sg_error_fmt("%s:%ld: %s: nothing "
				    "imported", shown, r->line, err->msg);
				goto done;
			}
			sg_warn("%s:%ld: %s", shown, r->line, err->msg);
			bad++;
			continue;
		}
		if ((err = sg_print_id(ctx, id)) != NULL)
			goto done;
		if (++good % PROGRESS_EVERY == 0 && progress) {
			fprintf(stderr, "\r%s: ", sg_progname);
			fprintf(stderr, _("import: %ld records"), good);
		}
	}
	if (progress && good >= PROGRESS_EVERY)
		fputc('\n', stderr);
	err = NULL;
	if (bad > 0)
		err = sg_error_fmt("%s: %ld bad record%s: nothing imported",
		    shown, bad, bad == 1 ? "" : "s");
	else if (nocheck && (err = sg_db_exec(ctx,
	    "PRAGMA ignore_check_constraints = 0")) == NULL)
		err = checks_hold(ctx, t, shown);
done:
	/* on an error too: the connection checks again (rolled back) */
	if (nocheck)
		(void)sg_db_exec(ctx, "PRAGMA ignore_check_constraints = 0");
	ctx->import_line = 0;
	sg_values_batch(0);
	sg_reader_close(rd);
	if (conv != NULL)
		fclose(conv);
	if (fp != NULL && fp != stdin)
		fclose(fp);
	return err;
}

/* The column of rs a header names (as --map renames it); -1 if none. */
static int
row_col(const struct sg_rows *rs, const struct sg_import *im,
    const char *key)
{
	int	 k;

	key = map_key(im, key);
	for (k = 0; k < rs->ncols; k++)
		if (sg_colname_is(key, rs->cols[k].key, rs->cols[k].zh,
		    rs->cols[k].en, rs->heads ? rs->heads[k] : NULL))
			return k;
	return -1;
}

/* The columns of a rows import, with its --map, for finding the header. */
struct rows_known {
	const struct sg_rows	*rs;
	const struct sg_import	*im;
};

static int
row_known(void *arg, const char *name)
{
	const struct rows_known	*k = arg;

	return row_col(k->rs, k->im, name) >= 0;
}

/* A header of a rows import that names no column: the names known. */
static const struct sg_error *
unknown_row_col(const struct sg_rows *rs, const char *where, const char *key)
{
	const struct sg_error	*err;
	const char		*cands[3 * SG_MAX_FIELDS], *near;
	char			*list = NULL, mean[256] = "";
	size_t			 len = 0;
	FILE			*fp;
	int			 k, n = 0;

	if ((fp = open_memstream(&list, &len)) == NULL)
		return sg_error_errno("%s", where);
	for (k = 0; k < rs->ncols && n + 3 <= 3 * SG_MAX_FIELDS; k++) {
		cands[n++] = rs->cols[k].key;
		if (rs->cols[k].zh != NULL)
			cands[n++] = rs->cols[k].zh;
		if (rs->cols[k].en != NULL)
			cands[n++] = rs->cols[k].en;
		fprintf(fp, "%s%s", k ? ", " : "", rs->cols[k].key);
		if (rs->cols[k].zh != NULL)
			fprintf(fp, " %s", rs->cols[k].zh);
	}
	fclose(fp);
	if ((near = sg_nearest(key, cands, n)) != NULL)
		snprintf(mean, sizeof(mean), _("did you mean '%s'? "), near);
	err = sg_error_fmt("%s: %s: unknown column: "
	    "%sthe columns are %s (--ignore-unknown leaves it out)", where, key,
	    mean, list ? list : "");
	free(list);
	return err;
}

/* Check the header of a rows import: each column known, once. */
static const struct sg_error *
check_row_header(const struct sg_rows *rs, const struct sg_import *im,
    const char *shown, char **hdr, int n)
{
	char	 where[4096], keys[1024] = "";
	size_t	 len;
	int	 i, j, k;

	snprintf(where, sizeof(where), "%s:1", shown);
	for (k = 0; k < rs->ncols; k++) {
		len = strlen(keys);
		snprintf(keys + len, sizeof(keys) - len, "%s%s", k ? ", " : "",
		    rs->cols[k].key);
	}
	for (i = 0; i < im->nmap; i++)
		if (row_col(rs, NULL, strchr(im->map[i], '=') + 1) < 0)
			return sg_error_fmt("map: %s: no column '%s': the "
			    "columns are %s", im->map[i],
			    strchr(im->map[i], '=') + 1, keys);
	for (i = 0; i < n; i++) {
		if ((k = row_col(rs, im, hdr[i])) < 0) {
			if (!im->ignore_unknown)
				return unknown_row_col(rs, where, hdr[i]);
			sg_warn("%s: column '%s' left out", where, hdr[i]);
			continue;
		}
		for (j = 0; j < i; j++)
			if (row_col(rs, im, hdr[j]) == k)
				return sg_error_fmt("%s: %s: the same column "
				    "as '%s'", where, hdr[i], hdr[j]);
	}
	return NULL;
}

/* One row of a rows import: its values by column, handed to rs->row. */
static const struct sg_error *
import_row(struct sg_ctx *ctx, const struct sg_rows *rs,
    const struct sg_import *im, const struct sg_record *r)
{
	const char	*vals[SG_MAX_FIELDS];
	int		 i, k;

	memset(vals, 0, sizeof(vals));
	for (i = 0; i < r->n; i++) {
		if ((k = row_col(rs, im, r->keys[i])) < 0) {
			if (im->ignore_unknown)
				continue;
			return sg_error_fmt("%s: unknown column", r->keys[i]);
		}
		if (r->vals[i] != NULL && r->vals[i][0] != '\0')
			vals[k] = r->vals[i];
	}
	return rs->row(ctx, vals, rs->arg);
}

/* Import rows that are no record type: all or nothing, every bad named. */
const struct sg_error *
sg_rows_import(struct sg_ctx *ctx, const char *path,
    const struct sg_import *im, const struct sg_rows *rs)
{
	const struct sg_error	*err, *herr;
	struct sg_reader	*rd = NULL;
	struct sg_reader_opts	 opts;
	struct rows_known	 known = { rs, im };
	struct sg_record	*r;
	enum sg_informat	 fmt = SG_IN_TSV;
	FILE			*fp = NULL, *conv = NULL;
	const char		*name = "-", *shown;
	long			 bad = 0, good = 0;
	int			 rc, nh;
	char			**hdr;

	if ((err = open_input(&fp, &name, path, &fmt, im->format)) != NULL)
		return err;
	shown = strcmp(name, "-") ? name : "stdin";
	if ((err = sg_input_decode(fp, name, im->encoding, &conv)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_reader_open(&rd, conv ? conv : fp, name, fmt)) != NULL)
		goto done;
	/* as elder import: the sheet, and the header row under a title */
	opts.sheet = im->sheet;
	opts.header_row = im->header_row;
	opts.known = row_known;
	opts.arg = &known;
	if ((err = sg_reader_set(rd, &opts)) != NULL)
		goto done;
	while ((rc = sg_reader_next(rd, &r, &err)) != 0) {
		if (rc < 0)
			goto done;
		if (good + bad == 0 && fmt != SG_IN_YAML &&
		    (hdr = sg_reader_header(rd, &nh)) != NULL &&
		    (herr = check_row_header(rs, im, shown, hdr, nh)) != NULL) {
			err = herr;
			goto done;
		}
		if (r == NULL) {
			sg_warn("%s", err->msg);
			bad++;
			continue;
		}
		ctx->import_line = r->line;
		if ((err = import_row(ctx, rs, im, r)) != NULL) {
			if (err->fatal || sqlite3_get_autocommit(ctx->db)) {
				err = sg_error_fmt("%s:%ld: %s: nothing "
				    "imported", shown, r->line, err->msg);
				goto done;
			}
			sg_warn("%s:%ld: %s", shown, r->line, err->msg);
			bad++;
			continue;
		}
		good++;
	}
	err = NULL;
	if (bad > 0)
		err = sg_error_fmt("%s: %ld bad record%s: nothing imported",
		    shown, bad, bad == 1 ? "" : "s");
	else if (good == 0)
		sg_warn("%s: no records", shown);
done:
	ctx->import_line = 0;
	sg_reader_close(rd);
	if (conv != NULL)
		fclose(conv);
	if (fp != NULL && fp != stdin)
		fclose(fp);
	return err;
}

/* Export every record: the stored columns, header always. */
const struct sg_error *
sg_table_export(struct sg_ctx *ctx, const struct sg_table *t,
    const char *order)
{
	const struct sg_error	*err;
	int			 idx[SG_MAX_FIELDS], n = 0, i, sel[SG_MAX_FIELDS];
	int			 ns = 0;

	if (ctx->columns != NULL) {
		if ((err = sg_columns(t, ctx->columns, 0, 1, sel, &ns)) != NULL)
			return err;
	} else {
		if ((err = sg_columns(t, NULL, 0, 1, idx, &n)) != NULL)
			return err;
		for (i = 0; i < n; i++)
			if (SG_WRITABLE(&t->fields[idx[i]]))
				sel[ns++] = idx[i];
	}
	if (ctx->fmt == SG_FMT_DEFAULT || ctx->fmt == SG_FMT_TSV) {
		ctx->fmt = SG_FMT_TSV;
		ctx->header = 1;
	}
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	return sg_select(ctx, t, sel, ns, NULL, order, 0);
}

/* Write the record's stored columns as YAML, with a comment on top. */
static const struct sg_error *
write_form(struct sg_ctx *ctx, const struct sg_table *t, int64_t id,
    FILE *fp, const char *errmsg)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	FILE			*saved = ctx->out;
	enum sg_format		 sfmt = ctx->fmt;
	const char		*scols = ctx->columns;
	int			 idx[SG_MAX_FIELDS], n = 0, i, k = 0;

	if (errmsg != NULL)
		fprintf(fp, "# error: %s\n# Correct it and save, or leave the "
		    "file unchanged to give up.\n", errmsg);
	fprintf(fp, "# %s %lld: edit the values, save and quit.\n"
	    "# An emptied value clears the field.\n", t->name, (long long)id);
	memset(&w, 0, sizeof(w));
	sg_where_num(&w, "id = ?", id);
	ctx->columns = NULL;
	if ((err = sg_columns(t, NULL, 0, 1, idx, &n)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if (SG_WRITABLE(&t->fields[idx[i]]) &&
		    !(t->fields[idx[i]].flags & SG_F_ID))
			idx[k++] = idx[i];
	ctx->out = fp;
	ctx->fmt = SG_FMT_YAML;
	err = sg_select(ctx, t, idx, k, &w, "1", 0);
	ctx->out = saved;
	ctx->fmt = sfmt;
	ctx->columns = scols;
	return err;
}

/* Read a whole file into a new string. */
static char *
slurp(const char *path, size_t *len)
{
	FILE	*fp;
	char	*buf = NULL;
	size_t	 size = 0;
	FILE	*mem;

	*len = 0;
	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	if ((mem = open_memstream(&buf, &size)) != NULL) {
		char chunk[8192];
		size_t n;

		while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
			fwrite(chunk, 1, n, mem);
		fclose(mem);
	}
	fclose(fp);
	*len = size;
	return buf;
}

/* Run $EDITOR (else vi) on path, through the shell like crontab -e. */
static const struct sg_error *
run_editor(const char *path)
{
	const char	*ed = getenv("VISUAL");
	char		*cmd;
	pid_t		 pid;
	int		 status;

	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || *ed == '\0')
		ed = "vi";
	/* like git and crontab: the editor is shell text, the file $1 */
	if (asprintf(&cmd, "%s \"$1\"", ed) == -1)
		return sg_error_errno("editor");
	if ((pid = fork()) == -1) {
		free(cmd);
		return sg_error_errno("fork");
	}
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", cmd, "sh", path, (char *)NULL);
		_exit(127);
	}
	free(cmd);
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return sg_error_errno("wait");
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return sg_error_fmt("editor '%s' failed: nothing changed", ed);
	return NULL;
}

/*
 * Set a changed value of the form.  The form shows ID numbers in text
 * masked: each masked run that masks one of the stored value gets its
 * real digits back, so an edit never stores the mask (the ID number
 * field itself, when changed, must be typed whole).
 */
static const struct sg_error *
set_edited(struct sg_ctx *ctx, struct sg_values *v,
    const struct sg_field *f, int k, const char *val)
{
	const struct sg_error	*err;
	char			*real;
	int			 left;

	if (val == NULL || f->kind == SG_K_IDNUM || v->v[k] == NULL)
		return sg_values_set(v, f->name, val ? val : "", ctx->today);
	if ((real = sg_idnum_unmask_text(val, v->v[k], &left)) == NULL)
		return sg_error_errno("%s", f->name);
	err = sg_values_set(v, f->name, real, ctx->today);
	free(real);
	return err;
}

/* Apply an edited form to v: changed keys set, absent keys cleared. */
static const struct sg_error *
apply_form(struct sg_ctx *ctx, struct sg_values *v, const char *path,
    const struct sg_values *shown)
{
	const struct sg_error	*err = NULL;
	struct sg_reader	*rd = NULL;
	struct sg_record	*r;
	FILE			*fp;
	unsigned char		 seen[SG_MAX_FIELDS] = { 0 };
	int			 rc, i, k, nrec = 0;

	if ((fp = fopen(path, "r")) == NULL)
		return sg_error_errno("cannot open '%s'", path);
	if ((err = sg_reader_open(&rd, fp, path, SG_IN_YAML)) != NULL)
		goto done;
	while (err == NULL && (rc = sg_reader_next(rd, &r, &err)) != 0) {
		if (rc < 0 || r == NULL || ++nrec > 1) {
			if (err == NULL)
				err = sg_error_fmt("expected one record");
			break;
		}
		for (i = 0; i < r->n && err == NULL; i++) {
			const struct sg_field *f = sg_field_find(v->t,
			    r->keys[i], &k);

			if (f == NULL || !SG_WRITABLE(f) || (f->flags & SG_F_ID))
				err = sg_error_fmt("line %ld: %s: unknown "
				    "field", r->lines[i], r->keys[i]);
			else if (seen[k]++ == 0 && !(r->vals[i] != NULL &&
			    shown->v[k] != NULL &&
			    strcmp(r->vals[i], shown->v[k]) == 0))
				err = set_edited(ctx, v, f, k, r->vals[i]);
		}
	}
	for (k = 0; err == NULL && k < v->t->nfields; k++)
		if (!seen[k] && SG_WRITABLE(&v->t->fields[k]) &&
		    !(v->t->fields[k].flags & SG_F_ID) && shown->v[k] != NULL)
			err = sg_values_set(v, v->t->fields[k].name, "",
			    ctx->today);
	if (err == NULL && nrec == 0)
		err = sg_error_fmt("no record in the file");
done:
	sg_reader_close(rd);
	fclose(fp);
	return err;
}

/* Read the form's raw values by field (to see what the user changed). */
static const struct sg_error *
read_form(const char *path, struct sg_values *raw)
{
	const struct sg_error	*err = NULL;
	struct sg_reader	*rd = NULL;
	struct sg_record	*r;
	FILE			*fp;
	int			 i, k;

	if ((fp = fopen(path, "r")) == NULL)
		return sg_error_errno("cannot open '%s'", path);
	if ((err = sg_reader_open(&rd, fp, path, SG_IN_YAML)) == NULL &&
	    sg_reader_next(rd, &r, &err) == 1 && r != NULL) {
		for (i = 0; i < r->n; i++)
			if (sg_field_find(raw->t, r->keys[i], &k) != NULL &&
			    r->vals[i] != NULL)
				raw->v[k] = strdup(r->vals[i]);
	}
	sg_reader_close(rd);
	fclose(fp);
	return err;
}

/* Put the error on top of the user's text, dropping an older one. */
static const struct sg_error *
rewrite_with_error(const char *path, const char *text, size_t len,
    const char *msg)
{
	FILE		*fp;
	const char	*p = text, *end = text + len;

	if ((fp = fopen(path, "w")) == NULL)
		return sg_error_errno("cannot write '%s'", path);
	fprintf(fp, "# error: %s\n# Correct it and save, or leave the file "
	    "unchanged to give up.\n", msg);
	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		size_t n = nl ? (size_t)(nl - p + 1) : (size_t)(end - p);

		if (strncmp(p, "# error: ", 9) != 0 &&
		    strncmp(p, "# Correct it and save", 21) != 0)
			fwrite(p, 1, n, fp);
		p += n;
	}
	if (fclose(fp) != 0)
		return sg_error_errno("cannot write '%s'", path);
	return NULL;
}

/* One round of editing: apply, check and store the form. */
static const struct sg_error *
edit_round(struct sg_ctx *ctx, const struct sg_table *t, int64_t id,
    const char *path, const struct sg_values *shown, sg_check_fn check)
{
	const struct sg_error	*err;
	struct sg_values	 v;

	memset(&v, 0, sizeof(v));
	v.t = t;
	if ((err = sg_values_load(ctx, &v, id)) == NULL &&
	    (err = apply_form(ctx, &v, path, shown)) == NULL &&
	    (err = check(ctx, &v, id)) == NULL)
		err = sg_values_update(ctx, &v, id);
	sg_values_free(&v);
	return err;
}

/* Close the invocation's connection, so no lock is held meanwhile. */
static void
release_db(struct sg_ctx *ctx)
{
	sg_db_rollback(ctx);
	sqlite3_close(ctx->db);
	ctx->db = NULL;
}

/* The form of a record as text, to see whether it changed meanwhile. */
static char *
form_text(struct sg_ctx *ctx, const struct sg_table *t, int64_t id)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		return NULL;
	if (write_form(ctx, t, id, fp, NULL) != NULL) {
		fclose(fp);
		free(buf);
		return NULL;
	}
	fclose(fp);
	return buf;
}

/* Lock for writing; fail if the record changed while being edited. */
static const struct sg_error *
lock_unchanged(struct sg_ctx *ctx, const struct sg_table *t, int64_t id,
    const char *orig)
{
	const struct sg_error	*err;
	char			*now;

	if ((err = sg_ctx_want_write(ctx)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((now = form_text(ctx, t, id)) == NULL)
		return sg_error_errno("%s %lld", t->name, (long long)id);
	if (orig == NULL || strcmp(now, orig) != 0)
		err = sg_error_fmt("%s %lld changed while it was being edited: "
		    "nothing written; edit it again", t->name, (long long)id);
	free(now);
	return err;
}

/* Edit one record in $EDITOR until it is valid or left unchanged. */
const struct sg_error *
sg_table_edit(struct sg_ctx *ctx, const struct sg_table *t, int64_t id,
    sg_check_fn check)
{
	const struct sg_error	*err;
	struct sg_values	 shown;
	char			*last = NULL, *now = NULL, msg[1024] = "";
	char			*orig = NULL;
	size_t			 lastlen = 0, nowlen;
	FILE			*fp;
	int			 fd;
	const char		*tmp = getenv("TMPDIR");
	char			 tpath[4096];

	memset(&shown, 0, sizeof(shown));
	shown.t = t;
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_check_ids(ctx, t, &id, 1)) != NULL)
		return err;
	snprintf(tpath, sizeof(tpath), "%s/shegong-XXXXXX.yaml",
	    tmp != NULL && *tmp == '/' ? tmp : "/tmp");
	if ((fd = mkstemps(tpath, 5)) == -1)
		return sg_error_errno("cannot create '%s'", tpath);
	if ((fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		err = sg_error_errno("cannot write '%s'", tpath);
		goto done;
	}
	err = write_form(ctx, t, id, fp, NULL);
	if (fclose(fp) != 0 && err == NULL)
		err = sg_error_errno("cannot write '%s'", tpath);
	if (err != NULL || (err = read_form(tpath, &shown)) != NULL)
		goto done;
	last = slurp(tpath, &lastlen);
	orig = form_text(ctx, t, id);
	/* no lock is held while the editor runs: other writers go on */
	release_db(ctx);
	for (;;) {
		if ((err = run_editor(tpath)) != NULL)
			break;
		if ((now = slurp(tpath, &nowlen)) == NULL) {
			err = sg_error_errno("cannot read '%s'", tpath);
			break;
		}
		if (last != NULL && nowlen == lastlen &&
		    memcmp(now, last, nowlen) == 0) {
			if (msg[0] != '\0')
				err = sg_error_fmt("%s %lld: edit abandoned: %s",
				    t->name, (long long)id, msg);
			break;
		}
		if ((err = lock_unchanged(ctx, t, id, orig)) != NULL)
			break;
		if ((err = edit_round(ctx, t, id, tpath, &shown, check)) ==
		    NULL)
			break;
		release_db(ctx);
		snprintf(msg, sizeof(msg), "%s", err->msg);
		if ((err = rewrite_with_error(tpath, now, nowlen, msg)) != NULL)
			break;
		free(last);
		free(now);
		now = NULL;
		last = slurp(tpath, &lastlen);
	}
done:
	free(orig);
	free(last);
	free(now);
	sg_values_free(&shown);
	unlink(tpath);
	return err;
}

/* Show records in full, in the order of the ids given. */
const struct sg_error *
sg_table_show(struct sg_ctx *ctx, const struct sg_table *t,
    const int64_t *ids, size_t n)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	struct sg_out		 probe;
	const char		*key = NULL;
	char			*json, in[256], order[256];
	int			 idx[SG_MAX_FIELDS], nc, i;

	for (i = 0; i < t->nfields && key == NULL; i++)
		if (t->fields[i].flags & SG_F_ID)
			key = t->fields[i].expr;
	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(t, ctx->columns, 0, 1, idx, &nc)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_check_ids(ctx, t, ids, n)) != NULL)
		return err;
	if ((json = sg_ids_json(ids, n)) == NULL)
		return sg_error_errno("ids");
	snprintf(in, sizeof(in), "%s IN (SELECT value FROM json_each(?))",
	    key);
	snprintf(order, sizeof(order), "(SELECT min(j.key) FROM json_each(?) "
	    "j WHERE j.value = %s)", key);
	sg_where_text(&w, in, json);
	sg_where_param(&w, json);
	sg_ctx_out(ctx, &probe);
	err = sg_select(ctx, t, idx, nc, &w, order, probe.fmt == SG_FMT_TABLE);
	free(json);
	return err;
}
