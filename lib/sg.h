/*
 * sg.h -- private interface between the modules of lib/.  Only lib/
 * includes it (and the unit tests); it may include sqlite3.h.
 */
#ifndef SG_H
#define SG_H

#include <stdarg.h>

#include <sqlite3.h>

#include "shegong.h"

#define SG_SCHEMA_VERSION	8
#define SG_MAX_DBS		16

/* One command invocation: options, database, config, output. */
struct sg_ctx {
	const char		*prog;
	const struct sg_verb	*verb;
	char			*cmdline;	/* for the change log */
	/* common options */
	const char		*dbopt[SG_MAX_DBS];
	int			 ndbopt;
	const char		*configopt;
	enum sg_format		 fmt;
	int			 header;
	const char		*columns;
	const char		*user;
	int			 dry_run;
	int			 reveal;
	int			 labels;	/* --labels: enum sg_labels + 1 */
	int			 excel;		/* --excel */
	const struct sg_error	*opterr;	/* from sg_getopt */
	/* getopt state */
	struct option		*longopts;
	const struct option	*verbopts;
	char			*shortopts;
	/* resources */
	sqlite3			*db;
	char			*dbpath;
	int			 dbcreated;
	int			 dbnamed;	/* by --db, $SHEGONG_DB or db: */
	int			 disclosed;	/* a refusal told of an ID number */
	int			 write;		/* a write transaction */
	struct sg_config	*cfg;
	int32_t			 today;
	int			 in_txn;
	int			 committing;	/* our COMMIT: the hook lets it by */
	unsigned		 day_need;	/* 24-hour triggers asked for */
	unsigned		 day_made;	/* and made (db.c) */
	FILE			*out;
	char			*outbuf;
	size_t			 outlen;
	/* what a writing verb prints (sg_print_row), ended by sg_print_end */
	struct sg_list		*printed;
	const struct sg_col	*printed_cols;
	/* an import: likely duplicates allowed; the line read; ids before */
	int			 allow_dups;
	long			 import_line;
	int64_t			 import_floor;
};

/* db.c */
/* Resolve the database path of SPEC 1 (malloc'd). */
const struct sg_error	*sg_db_path(char **, struct sg_ctx *, const char *);
/* Open (creating when writing) and migrate; register functions. */
const struct sg_error	*sg_db_open(struct sg_ctx *, const char *path,
			    int write, sqlite3 **);
const struct sg_error	*sg_db_commit(struct sg_ctx *);
void			 sg_db_rollback(struct sg_ctx *);
/* A refusal says who holds an ID number: record it, even if rolled back. */
void			 sg_db_disclosed(struct sg_ctx *);
/* Prepare a statement on ctx->db; error names the statement's purpose. */
const struct sg_error	*sg_db_prepare(struct sg_ctx *, sqlite3_stmt **,
			    const char *sql);
/* Step a statement: 1 on a row, 0 at the end or on an error (*errp). */
int	 sg_db_row(sqlite3_stmt *, const struct sg_error **errp);
/* Step a statement that returns no rows (or ignore them). */
const struct sg_error	*sg_db_step_done(struct sg_ctx *, sqlite3_stmt *);
/* Bind text or NULL when s is NULL. */
int	 sg_bind_text(sqlite3_stmt *, int, const char *);
/* Run SQL with no parameters (schema, pragmas). */
const struct sg_error	*sg_db_exec(struct sg_ctx *, const char *sql);
/* Record the config's station name in meta when it differs. */
const struct sg_error	*sg_db_station(struct sg_ctx *);
/* Run one statement with bound parameters: types "t" text (NULL ok), "i"
 * int64, one letter per argument. */
const struct sg_error	*sg_db_run(struct sg_ctx *, const char *sql,
			    const char *types, ...);
/* A YYYY-MM-DD column as a day; SG_DATE_NONE when NULL or not a date. */
int32_t	 sg_col_day(sqlite3_stmt *, int);
/* Bind arguments as sg_db_run does. */
void	 sg_bind_args(sqlite3_stmt *, const char *types, va_list);
/* Run one integer query with up to one int64 parameter. */
const struct sg_error	*sg_db_int(struct sg_ctx *, int64_t *,
			    const char *sql, int64_t arg);

/*
 * build/lib/schema.c, made by mk/schema.sh: lib/schema.sql, the current
 * schema, and migration N (lib/schemaN.sql, version N-1 to N) at [N].
 */
extern const char	sg_schema_sql[];
extern const char *const	sg_migration_sql[SG_SCHEMA_VERSION + 1];

/* trigger.c: make the change log's triggers again from the columns. */
int	 sg_trigger_make(sqlite3 *);

/* ------------------------------------------------------------ enum.c */

/* One keyword of an enumeration with its input aliases ("|" separated). */
struct sg_enum {
	const char	*key;
	const char	*aliases;
};

/* Keyword of an enumeration from a keyword or alias; NULL if none. */
const char	*sg_enum_find(const struct sg_enum *, const char *);
/* "a, b or c" list of an enumeration's keywords into buf. */
const char	*sg_enum_list(char *buf, size_t, const struct sg_enum *);
/* A keyword, or a comma list of them, in Chinese: each keyword's first
   alias when that is not ASCII (男 for M); malloc'd, NULL on no memory. */
char		*sg_enum_zh(const struct sg_enum *, const char *);

/* ---------------------------------------------------------- record.c */

/* Kinds of field values: how input is checked and normalised. */
enum sg_kind {
	SG_K_TEXT,		/* free text, one line or more */
	SG_K_NAME,		/* a person's name or title: one line */
	SG_K_CODE,		/* building, unit, room: NFKC-folded */
	SG_K_PHONE,		/* digits, +, -, space; NFKC-folded */
	SG_K_INT,		/* a whole number >= 0 */
	SG_K_REAL,		/* a decimal number >= 0 */
	SG_K_DATE,		/* any date sg_date_parse reads */
	SG_K_ENUM,		/* one keyword of vals (or an alias) */
	SG_K_SET,		/* a comma list of keywords of vals */
	SG_K_TAGS,		/* a comma list of free tags */
	SG_K_IDNUM,		/* a resident ID number */
	SG_K_EVERY		/* a visit interval */
};

#define SG_F_LIST	0x01	/* a default column of list */
#define SG_F_HEALTH	0x02	/* sensitive: show, export, edit only */
#define SG_F_NUM	0x04	/* numeric on output */
#define SG_F_RO		0x08	/* derived: not written by add/set/import */
#define SG_F_ID		0x10	/* the record's id */
#define SG_F_REQ	0x20	/* required on add */
#define SG_F_NOEXPORT	0x40	/* not in export (derived only) */
#define SG_F_PLACE	0x80	/* building, unit, room: 3号楼 is 3 */
#define SG_F_MONTH	0x100	/* a date that may be a year and month alone */

/* One column of a record type: declared once, used everywhere. */
struct sg_field {
	const char		*name;	/* the column name of the contract */
	const char		*zh;	/* its Chinese label (姓名) */
	const char		*en;	/* its English label (Name) */
	const char		*alias;	/* option spelling ("tag"), or NULL */
	const char		*col;	/* table column written; NULL = derived */
	const char		*expr;	/* SQL expression that reads it */
	enum sg_kind		 kind;
	unsigned		 flags;
	const struct sg_enum	*vals;
	size_t			 maxlen;	/* bytes; 0 = 4096 */
	const char		*doc;
	const char		*heads;	/* other header names, '|' between */
};

struct sg_values;

/* A record type: its table and fields. */
struct sg_table {
	const char		*name;	/* "elder" */
	const char		*table;	/* table written */
	const char		*from;	/* FROM clause when reading */
	const struct sg_field	*fields;
	int			 nfields;
	const char		*order;	/* ORDER BY of list */
	/* fields kept in other tables (volunteer teams): after a write */
	const struct sg_error	*(*save_extra)(struct sg_ctx *,
				    const struct sg_values *, int64_t id);
	/* and when a record is loaded */
	const struct sg_error	*(*load_extra)(struct sg_ctx *,
				    struct sg_values *, int64_t id);
};

/* A field the user may write (stored, or kept by save_extra). */
#define SG_WRITABLE(f)	(((f)->flags & SG_F_RO) == 0)

#define SG_MAX_FIELDS	48

/* Values for the fields of one record, as normalised text. */
struct sg_values {
	const struct sg_table	*t;
	char			*v[SG_MAX_FIELDS];	/* NULL = empty/NULL */
	unsigned char		 set[SG_MAX_FIELDS];
};

const struct sg_field	*sg_field_find(const struct sg_table *,
			    const char *, int *index);
/* Is header name the key, a label or one of heads ('|' between)? */
int	 sg_colname_is(const char *name, const char *key, const char *zh,
	    const char *en, const char *heads);
/* The output column (key, labels, kind) of a field. */
void	 sg_field_col(const struct sg_field *, struct sg_col *);
/* Normalise one input value for a field into a new string (NULL = empty). */
const struct sg_error	*sg_field_normalize(const struct sg_field *,
			    const char *in, int32_t today, char **out);
/* Set a field of v by name (or option spelling); appends for lists. */
const struct sg_error	*sg_values_set(struct sg_values *, const char *key,
			    const char *val, int32_t today);
/* Set every kv on v (option values: lists append). */
const struct sg_error	*sg_values_apply(struct sg_values *,
			    const struct sg_kv *, int, int32_t today);
void	 sg_values_free(struct sg_values *);
const char	*sg_values_get(const struct sg_values *, const char *name);
/* INSERT the set fields; the new rowid in *id. */
const struct sg_error	*sg_values_insert(struct sg_ctx *,
			    const struct sg_values *, int64_t *id);
/* Batch on: sg_values_insert keeps its statement for the next; off:
 * the kept one is finalized (before the connection closes). */
void	 sg_values_batch(int on);
/* A statement of sql, kept in a batch for the next record (a check an
 * import runs on every record); done: kept, or finalized out of one. */
const struct sg_error	*sg_values_stmt(struct sg_ctx *, sqlite3_stmt **,
			    const char *sql);
void	 sg_values_stmt_done(struct sg_ctx *, const char *sql,
	    sqlite3_stmt *);
/* UPDATE the set fields of record id. */
const struct sg_error	*sg_values_update(struct sg_ctx *,
			    const struct sg_values *, int64_t id);
/* Load every writable field of record id into v; error if none. */
const struct sg_error	*sg_values_load(struct sg_ctx *, struct sg_values *,
			    int64_t id);
/*
 * Archive (archive 1) or restore (-1) the loaded record id: its status
 * and archive date set (date, or today).  Archiving an archived record
 * is the error of the format already, restoring an active one that of
 * inactive (each given the id as long long).  archive 0 does nothing.
 */
const struct sg_error	*sg_values_archive(struct sg_ctx *,
			    struct sg_values *, int64_t id, int archive,
			    const char *date, const char *already,
			    const char *inactive);
/* Load, change, check and store one record (archive as above). */
typedef const struct sg_error *(*sg_modify_fn)(struct sg_ctx *, int64_t id,
			    const struct sg_kv *, int nkv, int archive,
			    const char *date);
/* Open the database and run fn on each of ids in turn, to the first
 * error: set, archive and restore of several ids. */
const struct sg_error	*sg_values_modify(struct sg_ctx *, sg_modify_fn fn,
			    const int64_t *ids, size_t n, const struct sg_kv *,
			    int nkv, int archive, const char *date);

/*
 * A parameterised WHERE clause built from fixed fragments.  Its limits
 * hold any filter the commands accept (256 --tag, elder(1)); past
 * them the clause is marked full and sg_select refuses it, never
 * dropping a condition.
 */
#define SG_WHERE_MAXSQL		65536
#define SG_WHERE_MAXPARAMS	1024
struct sg_where {
	char		 sql[SG_WHERE_MAXSQL];
	const char	*text[SG_WHERE_MAXPARAMS];
	int64_t		 num[SG_WHERE_MAXPARAMS];
	int		 isnum[SG_WHERE_MAXPARAMS];
	int		 n;
	int		 full;		/* a fragment or parameter did not fit */
};

void	 sg_where_add(struct sg_where *, const char *frag);
void	 sg_where_text(struct sg_where *, const char *frag, const char *);
void	 sg_where_num(struct sg_where *, const char *frag, int64_t);
void	 sg_where_bind(struct sg_where *, sqlite3_stmt *, int first);
/* Add "(frag OR frag ...)", one frag per value, each ? binding it. */
void	 sg_where_any(struct sg_where *, const char *frag,
	    const char *const *vals, int n);

/*
 * Which fields to print: the -c list, or the fields with a flag of mask
 * (mask 0: every readable field).  Health fields only when health is set.
 */
const struct sg_error	*sg_columns(const struct sg_table *, const char *spec,
			    unsigned mask, int health, int *idx, int *n);
/* Add a parameter with no fragment (for a ? in ORDER BY). */
void	 sg_where_param(struct sg_where *, const char *);
/* SELECT the chosen fields FROM t WHERE w ORDER BY, printed through out. */
const struct sg_error	*sg_select(struct sg_ctx *, const struct sg_table *,
			    const int *idx, int n, struct sg_where *,
			    const char *order, int vertical);
/* A JSON array of ids ("[1,2,3]"), malloc'd; NULL on memory error. */
char	*sg_ids_json(const int64_t *, size_t);
/* Fail on the first id that names no record of t. */
const struct sg_error	*sg_check_ids(struct sg_ctx *, const struct sg_table *,
			    const int64_t *, size_t);

/* The record types: elder.c, visit.c, volunteer.c. */
extern const struct sg_table	sg_elder_table;
extern const struct sg_table	sg_visit_table;
extern const struct sg_table	sg_volunteer_table;
/* person.c: persons who are not elders. */
extern const struct sg_table	sg_person_table;

/* case.c: the keywords of a case's source and a referral's status. */
extern const struct sg_enum	sg_case_sources[], sg_referral_statuses[];

/* volunteer.c: a volunteer by id or exact name; an ambiguous name lists
   them. */
const struct sg_error	*sg_volunteer_resolve(struct sg_ctx *, const char *,
			    int64_t *);
/* when.c: --period or --from/--to into p; *set when any was given. */
const struct sg_error	*sg_period_opts(struct sg_ctx *, const char *period,
			    const char *from, const char *to,
			    struct sg_period *p, int *set);

/* config.c: ranges and intervals, beside their parsers. */
void	 sg_range_str(char *, size_t, int lo, int hi);
struct sg_period	 sg_every_period(const struct sg_every *, int32_t);

/* rules.c: the visiting policy. */

/* What the rules look at in an elder. */
struct sg_facts {
	const char	*tags;		/* comma list */
	int		 age;		/* -1 unknown */
	const char	*living;	/* keyword or NULL */
	int		 level;		/* latest assessment level, -1 none */
	const char	*own;		/* own interval or NULL */
};

#define SG_RULE_OWN	(-2)
#define SG_RULE_NONE	(-1)

/* why (NULL: not asked, cheaper) says how the rule matched. */
int	 sg_rule_find(const struct sg_config *, const struct sg_facts *,
	    struct sg_every *, char *why, size_t);
int	 sg_rule_due(const struct sg_every *, int32_t last, int32_t joined,
	    int32_t on, int32_t *due);

/* table.c: import, export and edit of any record type. */

/* Cross-field rules of a record type; id 0 for a new record. */
typedef const struct sg_error *(*sg_check_fn)(struct sg_ctx *,
    struct sg_values *, int64_t id);

const struct sg_error	*sg_table_import(struct sg_ctx *,
			    const struct sg_table *, const char *path,
			    const struct sg_import *, sg_check_fn);
/*
 * Rows of a file that are no record type (visit import, volunteer log
 * --file, event attend --file): each header matched to one of cols (key,
 * labels, or heads[k], '|' between), each row handed to row as values in
 * the order of cols (NULL: empty or absent).  All or nothing, every bad
 * row named ("FILE:LINE: why").
 */
typedef const struct sg_error *(*sg_row_fn)(struct sg_ctx *,
    const char *const *vals, void *arg);
struct sg_rows {
	const struct sg_col	*cols;
	const char *const	*heads;		/* per column; NULL: none */
	int			 ncols;
	sg_row_fn		 row;
	void			*arg;
};
const struct sg_error	*sg_rows_import(struct sg_ctx *, const char *path,
			    const struct sg_import *, const struct sg_rows *);
const struct sg_error	*sg_table_export(struct sg_ctx *,
			    const struct sg_table *, const char *order);
/* Show records in full (health included), in the order given. */
const struct sg_error	*sg_table_show(struct sg_ctx *,
			    const struct sg_table *, const int64_t *, size_t);
const struct sg_error	*sg_table_edit(struct sg_ctx *,
			    const struct sg_table *, int64_t id, sg_check_fn);

/* record.c: choose columns by the keys or labels of a -c list. */
const struct sg_error	*sg_pick_columns(const char *spec,
			    const struct sg_col *cols, const int *sub, int n,
			    int max, const char *what, int *idx, int *nidx);
/*
 * A list printed row by row from values in the order of its declared
 * columns: sg_list_begin narrows them to those of -c, sg_list_row picks
 * them from each row, sg_list_end ends the output (keeping err, the
 * first error, when not NULL).
 */
struct sg_list {
	struct sg_out	 out;
	struct sg_col	 cols[SG_MAX_FIELDS + 8];
	int		 idx[SG_MAX_FIELDS + 8];
	int		 n;
};
const struct sg_error	*sg_list_begin(struct sg_ctx *, struct sg_list *,
			    const struct sg_col *, int n, const char *what);
const struct sg_error	*sg_list_row(struct sg_list *,
			    const char *const *all);
const struct sg_error	*sg_list_end(struct sg_list *,
			    const struct sg_error *err);
/*
 * The register of lists: which columns COMMAND VERB [SUB] prints, for
 * "COMMAND --columns VERB [SUB]" (completion reads it).  Either cols (of
 * which pick, when not NULL, chooses npick in order) or a record type's
 * readable fields (with a flag of mask, when not 0; none of skip).  Each
 * module keeps the entries of its lists next to their columns, in an
 * array ended by an entry whose cmd is NULL; columns.c reads them all.
 */
struct sg_listdecl {
	const char		*cmd, *verb, *sub;
	const struct sg_col	*cols;
	int			 ncols;
	const int		*pick;
	int			 npick;
	const struct sg_table	*table;
	unsigned		 mask;	/* fields with one of these flags */
	unsigned		 skip;	/* but none of these */
};
extern const struct sg_listdecl	sg_assess_lists[], sg_case_lists[],
				sg_changes_lists[], sg_elder_lists[],
				sg_event_lists[], sg_hours_lists[],
				sg_page_lists[], sg_plan_lists[],
				sg_report_lists[], sg_rquery_lists[],
				sg_visit_lists[], sg_volunteer_lists[],
				sg_person_lists[], sg_goods_lists[];
extern const struct sg_listdecl	sg_sheet_lists[];

/* columns.c: print the columns of COMMAND VERB [SUB]. */
int	 sg_columns_print(FILE *, const char *cmd, const char *verb,
	    const char *sub);

/* record.c: what verbs print. */
/*
 * What a writing verb prints, a row per record written, through the
 * output: its id (sg_id_col), or its id and a result ("registered").  The
 * first row begins the list; the dispatcher ends it with sg_print_end.
 */
extern const struct sg_col	sg_id_col[1];
const struct sg_error	*sg_print_row(struct sg_ctx *,
			    const struct sg_col *cols, int n,
			    const char *const *vals);
const struct sg_error	*sg_print_id(struct sg_ctx *, int64_t);
const struct sg_error	*sg_print_end(struct sg_ctx *);
/* Refuse the invocation's -o unless it is one of allowed (a mask of
   SG_FMTS(f)): "-o json: not available for 'event signup'". */
#define SG_FMTS(f)	(1u << (f))
const struct sg_error	*sg_want_format(struct sg_ctx *, unsigned allowed,
			    const char *verb);
/* Print rows of a prepared statement, its columns declared by cols,
   through out; the columns of -c when it was given. */
const struct sg_error	*sg_print_stmt(struct sg_ctx *, sqlite3_stmt *,
			    const struct sg_col *cols, int n, int vertical);

/* report.c, coverage.c, page.c: the figures of a report. */

#define SG_FIG_COUNT	0
#define SG_FIG_HOURS	1
#define SG_FIG_RATE	2	/* a percentage: 100 * num / den */

#define SG_ST_MAX	(SG_MAX_DBS + 1)	/* stations and their total */

/* One figure: per station (and the total last), this period and before. */
struct sg_fig {
	char		 section[24];
	char		 metric[112];
	int		 kind;
	double		 num[SG_ST_MAX][2];
	double		 den[SG_ST_MAX][2];	/* rates only */
};

/* An elder a rule required and who was not visited as required. */
struct sg_miss {
	int		 st;		/* station */
	int64_t		 id;
	char		 rule[64];
	int		 kind;		/* 0 visit rate, 1 coverage */
};

struct sg_report {
	const char	*title;		/* "Monthly report" */
	struct sg_period cur, prev;
	char		 curname[32], prevname[32];
	int32_t		 today;
	int		 nst;		/* stations; the total is [nst] */
	char		*station[SG_ST_MAX];
	struct sg_fig	*fig;
	size_t		 nfig, figcap;
	struct sg_miss	*miss;
	size_t		 nmiss, misscap;
	int		 zh;		/* the page in Chinese (--labels) */
};

/* Add n (and d for a rate) to a figure, created at its first use. */
const struct sg_error	*sg_fig_add(struct sg_report *, int st, int slot,
			    const char *section, const char *metric, int kind,
			    double n, double d);
const struct sg_error	*sg_miss_add(struct sg_report *, int st, int64_t,
			    const char *rule, int kind);

/* The coverage of the rules in a period: one result per rule name. */
struct sg_cover {
	char		 rule[64];
	long		 required, met, missed, pending;	/* coverage */
	long		 monthly, visited;	/* the monthly visit rate */
	long		 elders;		/* active elders of the tier */
};

/* Tags and how many elders carry each (sg_coverage). */
struct sg_tagcount {
	char		*tag;
	long		 n;
};
struct sg_tally {
	struct sg_tagcount *v;		/* by tag, after sg_coverage */
	size_t		 n, cap;
};
void	 sg_tally_free(struct sg_tally *);

/*
 * Judge every active elder of ctx->db against the rules for period p:
 * results per rule name (config order, then "own") in *out, *n of them;
 * missed elders go to r (station st) when r is not NULL; *overdue counts
 * the elders overdue at the period's end (or today).  When tags is not
 * NULL, the same elders' categories (sg_tags) are counted in it.
 */
const struct sg_error	*sg_coverage(struct sg_ctx *, struct sg_period p,
			    struct sg_cover **out, int *n, long *overdue,
			    struct sg_report *r, int st, int slot,
			    struct sg_tally *tags);

/*
 * The same for one or two periods in one pass over the elders and their
 * visits (report monthly: the month and the month before).  In: p, slot
 * (the misses of slot 0 go to r), want_tags (count the categories in
 * tags).  Out: c (n of them, to free), overdue.
 */
struct sg_covper {
	struct sg_period p;
	int		 slot, want_tags;
	struct sg_tally	 tags;
	struct sg_cover	*c;
	int		 n;
	long		 overdue;
};
const struct sg_error	*sg_coverage_periods(struct sg_ctx *,
			    struct sg_covper *, int np, struct sg_report *r,
			    int st);

/* Open the i-th --db for reading as ctx->db; its station name in *name. */
const struct sg_error	*sg_report_open(struct sg_ctx *, int i, char **name);
void	 sg_report_close(struct sg_ctx *);
/* How many databases the report reads (1 without --db). */
int	 sg_report_ndb(struct sg_ctx *);

/* A decimal: at most two decimals, trailing zeros dropped ("2.5"). */
char	*sg_num_str(char *, size_t, double);
/* A line of a certificate: the service of one kind. */
struct sg_cert_line {
	char		 source[16];	/* visit, event or manual */
	char		 kind[128];	/* the visit's or event's kind, or the
					   content of manual hours */
	int		 count;
	char		 hours[32];
};

/* A volunteer's service certificate: what page.c typesets. */
struct sg_certificate {
	char		 number[32];
	char		*name, *id_number, *vol_number;
	char		 from[16], to[16], issued[16];
	char		 total[32];
	const char	*clerk;
	struct sg_cert_line *lines;
	size_t		 nlines;
};

/* Print a certificate as a page: text, or markdown with -o markdown. */
const struct sg_error	*sg_page_certificate(struct sg_ctx *,
			    const struct sg_certificate *);
/* Print a report in the invocation's format (text when none). */
const struct sg_error	*sg_page_print(struct sg_ctx *, struct sg_report *);

/* ------------------------------------------------------------ sheet.c */

/* One planned visit on a visitor's printed sheet (plan.c fills them). */
struct sg_sheet_row {
	int64_t		 elder, visitor;
	int32_t		 day;
	const char	*visitor_name, *rule, *every, *reason;
	const char	*kind;		/* the plan's: routine or holiday */
	int		 overdue;
};

/*
 * visit plan --sheets: one page per visitor and day of rows (sorted by
 * day and visitor), as text or html, or the template of visit import as
 * a list (-o xlsx, tsv...); blank: the empty form, with n blocks.
 */
const struct sg_error	*sg_sheet_print(struct sg_ctx *,
			    const struct sg_sheet_row *, size_t n, int blank);
/* project.c, page.c: a project's progress, a row a target of a part. */
struct sg_prow {
	const struct sg_project	*pj;
	const struct sg_part	*pt;
	const struct sg_target	*tg;
	struct sg_period	 period;	/* the project's, or --period's */
	int32_t			 asof;		/* counted to this day */
	int			 kind;		/* SG_FIG_* */
	double			 done, den;	/* a rate: done of den */
	double			 percent;	/* of the goal */
	double			 pace;		/* a week still needed; -1 */
};

struct sg_progress {
	struct sg_prow		*rows;
	size_t			 n, cap;
	int32_t			 today;
};

/* Print the progress of projects: a text, markdown or html page, or rows. */
const struct sg_error	*sg_page_project(struct sg_ctx *,
			    const struct sg_progress *);
/* The kind of figure a target is (SG_FIG_*). */
int	 sg_target_kind(const char *what);
/* Count one target of a part over a span: *n, and *d for a rate. */
const struct sg_error	*sg_project_count(struct sg_ctx *,
			    const struct sg_project *, const struct sg_part *,
			    const char *what, struct sg_period, double *n,
			    double *d);
/* The part a record counts for: --project, else the config's default. */
const struct sg_error	*sg_project_pick(struct sg_ctx *, const char *spec,
			    const char *kind, const char *sub,
			    const char *date, const struct sg_project **,
			    const struct sg_part **);
/* Set the project and part of a record just written (visit, event,
   elder_case, hours_log). */
const struct sg_error	*sg_project_stamp(struct sg_ctx *, const char *table,
			    int64_t id, const char *spec, const char *kind,
			    const char *sub, const char *date);

#endif
