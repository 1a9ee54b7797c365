/*
 * shegong.h -- the one public interface of libshegong.
 *
 * cmd/ includes only this header: it knows nothing of SQL or YAML.  Every
 * function that can fail returns a const struct sg_error * (NULL = success)
 * and hands results back through its first parameters.
 */
#ifndef SHEGONG_H
#define SHEGONG_H

#include <libintl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define SG_VERSION "0.1.0"

/* ------------------------------------------------------------- messages */

/*
 * Messages, usage and --help speak the user's language (gettext, domain
 * "shegong"); output data (columns, keywords, dates, numbers) never does.
 * _() translates a message where it is used; N_() marks one kept in a
 * table, translated where it is printed.  sg_main sets the locale.
 */
#define SG_TEXTDOMAIN	"shegong"
#define _(s)		dgettext(SG_TEXTDOMAIN, (s))
#define N_(s)		s

struct sqlite3;
struct sqlite3_stmt;
struct option;

/* ---------------------------------------------------------------- error.c */

/* A record type's name in the user's language (elder: 老人) for messages. */
const char	*sg_type_name(const char *);

/* Exit status an error leads to. */
#define SG_EXIT_OK	0
#define SG_EXIT_ERR	1	/* runtime or data error */
#define SG_EXIT_USAGE	2	/* unknown option or verb, wrong arguments */

struct sg_error {
	int		 status;	/* SG_EXIT_ERR or SG_EXIT_USAGE */
	char		 msg[1024];	/* "what: why", no program name */
	int		 fatal;		/* the database failed (I/O, disk full,
					   memory): stop, do not go on */
	int		 errnum;	/* errno of sg_error_errno, else 0 */
};

/* An error from a format; taken from a small static ring, never freed. */
const struct sg_error	*sg_error_fmt(const char *, ...)
			    __attribute__((format(printf, 1, 2)));
/* A usage error (exit 2). */
const struct sg_error	*sg_error_usage(const char *, ...)
			    __attribute__((format(printf, 1, 2)));
/* An error ending in ": strerror(errno)". */
const struct sg_error	*sg_error_errno(const char *, ...)
			    __attribute__((format(printf, 1, 2)));
/* An error ending in ": " and SQLite's message for the connection. */
const struct sg_error	*sg_error_sqlite(struct sqlite3 *, const char *, ...)
			    __attribute__((format(printf, 2, 3)));

/* The running program's name ("elder"), set by sg_main. */
extern const char	*sg_progname;

/* Print "progname: message" on stderr (warnings, bad records). */
void	 sg_warn(const char *, ...) __attribute__((format(printf, 1, 2)));

/* ----------------------------------------------------------------- text.c */

/* Nonzero when the n bytes at s are valid UTF-8 without NUL. */
int	 sg_utf8_valid(const char *s, size_t n);
/* The first control character or direction mark in s (U+...), or 0. */
long	 sg_text_control(const char *);
/* The same, TAB and newline allowed when multiline. */
long	 sg_text_bad(const char *, int multiline);
/* A building, unit or room without its word (3号楼 → 3), in place. */
char	*sg_place_fold(char *);
/* An address (3-1-302, 3栋1单元302室) as building, unit, room: 0 or -1. */
int	 sg_address_split(const char *, char part[3][32]);
/* The candidate at most two edits from word, nearest first; NULL if none. */
const char	*sg_nearest(const char *word, const char *const *cands, int n);
/* Nonzero when s has a character that shows (not blank or invisible). */
int	 sg_text_visible(const char *);
/* Nonzero for digits (and, with fraction, '.' and digits): no sign,
 * space, exponent or hexadecimal. */
int	 sg_plain_decimal(const char *, int fraction);

/* YAML nested deeper than this ([[[... or {{{...) is refused. */
#define SG_YAML_DEPTH	64
struct sg_yaml_nest {
	int	 depth, q, esc, comment;
	char	 prev;	/* the last character; '\n' at the start */
	long	 line;	/* from 1 */
};
#define SG_YAML_NEST_INIT	{ 0, 0, 0, 0, '\n', 1 }
/* Follow the nesting of a piece of YAML; -1 past SG_YAML_DEPTH. */
int	 sg_yaml_nest_scan(struct sg_yaml_nest *, const char *, size_t);
/* Display width in terminal columns (CJK wide = 2); invalid bytes count 1. */
int	 sg_utf8_width(const char *s);
/*
 * NFKC-fold s (full-width digits and letters to ASCII) into a new string
 * (malloc'd); NULL on invalid UTF-8 or memory.
 */
char	*sg_nfkc(const char *s);
/* Trim leading and trailing ASCII white space in place; returns s. */
char	*sg_trim(char *s);

/* The categories a record implies: 独居 (living alone), 高龄 (age 80+). */
#define SG_TAG_ALONE	"独居"
#define SG_TAG_OLD	"高龄"
#define SG_TAG_OLD_AGE	80
/* Does the comma list tags hold tag, whole? */
int	 sg_tags_has(const char *tags, const char *tag);
/*
 * The derived categories not typed in tags (derived 1) or the typed and
 * derived ones together, sorted (derived 0), into buf; age -1 unknown.
 */
char	*sg_tags_effective(char *buf, size_t size, const char *tags,
	    const char *living, int age, int derived);

/* ----------------------------------------------------------------- date.c */

/*
 * A date is a day number: days since 1970-01-01 (negative before).  Dates
 * in the database and on output are always "YYYY-MM-DD".
 */
#define SG_DATE_NONE	INT32_MIN

struct sg_period {
	int32_t		 from;		/* first day, inclusive */
	int32_t		 to;		/* last day, inclusive */
};

/* The day of a valid calendar date; error for 2026-02-30 and the like. */
const struct sg_error	*sg_date_make(int32_t *, int y, int m, int d);
/* Split a day into year, month, day. */
void	 sg_date_split(int32_t, int *y, int *m, int *d);
/* Format as YYYY-MM-DD into buf (at least 11 bytes); returns buf. */
char	*sg_date_str(char *buf, int32_t);
/* Weekday: 1 = Monday .. 7 = Sunday. */
int	 sg_date_wday(int32_t);
/* ISO 8601 week-numbering year and week of a day. */
void	 sg_date_isoweek(int32_t, int *year, int *week);
/* Add n months, clamping the day to the month's end (01-31 + 1 = 02-28). */
int32_t	 sg_date_add_months(int32_t, int n);
/* The same, 0 when it leaves the years 0000..9999 (*out clamped then). */
int	 sg_date_months(int32_t *, int32_t, long long n);
/* Nonzero when day r lies in the years 0000..9999; then *out = r. */
int	 sg_date_in_range(int32_t *, long long r);
/* The ISO week (Monday..Sunday), month, quarter holding a day. */
struct sg_period	 sg_period_week(int32_t);
struct sg_period	 sg_period_month(int32_t);
struct sg_period	 sg_period_quarter(int32_t);
/* Whole years from birth to day (age on that day). */
int	 sg_age(int32_t birth, int32_t day);

/* ----------------------------------------------------------------- when.c */

/* Today: $SHEGONG_TODAY (YYYY-MM-DD) if set, else the local date. */
const struct sg_error	*sg_today(int32_t *);
/*
 * Parse a date: YYYY-MM-DD, today, yesterday, tomorrow, +Nd, -Nd, +Nw,
 * -Nw, +Nm, -Nm (relative to today), or a festival (sg_festival_parse:
 * 重阳节, double-ninth, 中秋节/2027).  Surrounding space is not allowed.
 */
const struct sg_error	*sg_date_parse(int32_t *, const char *, int32_t today);
/*
 * Parse a period: YYYY-MM, YYYY-Www, YYYY-Qn, YYYY, this-week, next-week,
 * last-week, this-month, last-month, next-month, this-year, last-year, or
 * a single date (a one-day period).
 */
const struct sg_error	*sg_period_parse(struct sg_period *, const char *,
			    int32_t today);
/* Parse "HH:MM" into minutes since midnight. */
const struct sg_error	*sg_time_parse(int *, const char *);
/* A year and month alone (1938.05, 1938-5, 1938年5月): 1, or 0 if not. */
int	 sg_yearmonth_parse(const char *, int *y, int *m);

/* ---------------------------------------------------------------- lunar.c */

/* The lunar years the conversion covers (1900-01-31 to 2101-01-28). */
#define SG_LUNAR_FIRST		1900
#define SG_LUNAR_LAST		2100
/* The years whose festivals are known. */
#define SG_FESTIVAL_FIRST	1901
#define SG_FESTIVAL_LAST	2100

/* A date of the Chinese lunar calendar (农历). */
struct sg_lunar {
	int		 year;
	int		 month;		/* 1..12 */
	int		 day;		/* 1..30 */
	int		 leap;		/* 1: the leap month (闰月) after month */
};

/* The lunar date of a day; an error outside the lunar years covered. */
const struct sg_error	*sg_lunar_from_day(struct sg_lunar *, int32_t);
/* The day of a lunar date; an error for one that does not exist. */
const struct sg_error	*sg_lunar_to_day(int32_t *, const struct sg_lunar *);
/* The festivals: 0 .. sg_festival_count() - 1, in a fixed order. */
int	 sg_festival_count(void);
/* Chinese name ("重阳节") and English key ("double-ninth") of one. */
const char	*sg_festival_name(int);
const char	*sg_festival_key(int);
/* The festival a name, key or alias ("重阳") stands for, or -1. */
int	 sg_festival_find(const char *);
/* The day of festival i in (Gregorian) year y. */
const struct sg_error	*sg_festival_date(int32_t *, int i, int y);
/*
 * Read a festival as a date (for sg_date_parse): NAME is this year's
 * date if it has not passed by today, else next year's; NAME/YYYY that
 * year's.  Returns 1 with *out set; 0 when s is no festival spelling;
 * -1 with *why set (static text) for an unknown name (any text with a
 * Chinese character or the form X/YYYY) or a year out of range.
 */
int	 sg_festival_parse(int32_t *, const char *, int32_t today,
	    const char **why);

/* ---------------------------------------------------------------- idnum.c */

/*
 * Validate an 18-character resident ID number (GB 11643-1999): digits, the
 * birth date, the check character.  On success the normalised number (a
 * final 'x' upper-cased) is copied to norm (19 bytes), the birth date to
 * *birth and the sex ('M' odd sequence, 'F' even) to *sex; any output may
 * be NULL.  The error says what is wrong ("check digit is 3, expected X").
 */
const struct sg_error	*sg_idnum_check(const char *, char *norm,
			    int32_t *birth, char *sex);
/* Mask: the region code (first 6) kept, the rest '*'.  buf >= 19. */
char	*sg_idnum_mask(char *buf, const char *);
/* Nonzero when s looks masked (contains '*'). */
int	 sg_idnum_masked(const char *);
/* Mask every ID number found inside free text, in place; returns s. */
char	*sg_idnum_mask_text(char *s);
/* The first masked run (6 digits and '*'s) in s and its length; or NULL. */
const char *sg_idnum_masked_run(const char *, size_t *len);
/* edited with each masked run of a number of stored given back whole. */
char	*sg_idnum_unmask_text(const char *edited, const char *stored,
	    int *left);

/* ------------------------------------------------------------------ out.c */

enum sg_format {
	SG_FMT_DEFAULT = 0,	/* table at a terminal, tsv otherwise */
	SG_FMT_TABLE,
	SG_FMT_TSV,
	SG_FMT_CSV,
	SG_FMT_JSON,		/* JSON Lines */
	SG_FMT_YAML,		/* a YAML sequence of mappings */
	SG_FMT_TEXT,		/* report documents */
	SG_FMT_MARKDOWN,
	SG_FMT_HTML,
	SG_FMT_XLSX		/* a spreadsheet (libxlsxwriter) */
};

/* Parse a format name ("tsv"); error names the allowed ones. */
const struct sg_error	*sg_format_parse(enum sg_format *, const char *);
const char		*sg_format_name(enum sg_format);

/* Column value kinds, for alignment and JSON typing. */
#define SG_COL_TEXT	0
#define SG_COL_NUM	1	/* integer or decimal: right-aligned, unquoted */

/*
 * One column of a list, declared once: the key of the contract (-c, -H,
 * csv and json keys, import headers), its Chinese and English labels and
 * its kind.  Every list is a static array of these.
 */
struct sg_enum;

struct sg_col {
	const char	*key;
	const char	*zh;	/* 姓名; NULL: the key */
	const char	*en;	/* Name; NULL: the key */
	int		 kind;	/* SG_COL_* */
	/* keywords (or comma lists of them) shown in Chinese under zh */
	const struct sg_enum *vals;
};

/* Which names headings print: the keys (the default), or a language's. */
enum sg_labels {
	SG_LABELS_KEYS = 0,
	SG_LABELS_EN,
	SG_LABELS_ZH
};

/* How many columns an array declares. */
#define SG_NCOLS(a)	((int)(sizeof(a) / sizeof((a)[0])))

/* The heading of a column under a choice of labels. */
const char	*sg_col_label(const struct sg_col *, enum sg_labels);
/* Is the message locale Chinese (LC_MESSAGES zh_*)? */
int	 sg_locale_zh(void);
/* The labels a format gets by default: a person's language or the keys. */
enum sg_labels	 sg_labels_default(enum sg_format);
/* Parse --labels zh|en|keys. */
const struct sg_error	*sg_labels_parse(enum sg_labels *, const char *);
/* Index of the column named by key, Chinese or English label; -1 if none. */
int	 sg_col_find(const struct sg_col *, int n, const char *name);

/*
 * One output stream of records.  Set fmt, header, fp and the columns, call
 * sg_out_begin, sg_out_row per record, sg_out_end.  tsv, csv, json and yaml
 * stream; table buffers the rows to size its columns (CJK-width aware).
 * A NULL value prints as empty (json: null).
 */
struct sg_out {
	enum sg_format	 fmt;
	int		 header;	/* -H: header line in tsv */
	FILE		*fp;
	int		 ncols;
	const struct sg_col *cols;
	enum sg_labels	 labels;	/* headings of table, csv, tsv -H */
	int		 vertical;	/* table: one "name  value" block a record */
	int		 reveal;	/* ID numbers inside values left whole */
	int		 excel;		/* csv: a UTF-8 BOM first (--excel) */
	char		 title[160];	/* html: the page's title */
	/* private */
	struct sg_xlsx	*xlsx;		/* xlsx: the workbook being written */
	char		**buf;		/* table: buffered cells */
	size_t		 nrows, cap;
	long		 count;
};

const struct sg_error	*sg_out_begin(struct sg_out *);
const struct sg_error	*sg_out_row(struct sg_out *, const char *const *vals);
const struct sg_error	*sg_out_end(struct sg_out *);
/* Go on in a new sheet named name of an xlsx workbook; else nothing. */
const struct sg_error	*sg_out_sheet(struct sg_out *, const char *name);
/* TSV-escape one value (\t \n \\ and \r) into a new string. */
char	*sg_tsv_escape(const char *);
/* Undo sg_tsv_escape in place; returns s. */
char	*sg_tsv_unescape(char *);
/* Write s as a JSON string (with quotes) to fp. */
void	 sg_json_string(FILE *, const char *);

/* ---------------------------------------------------------------- config.c */

enum sg_every_kind {
	SG_EVERY_WEEK = 1,	/* at least once in each ISO week */
	SG_EVERY_MONTH,
	SG_EVERY_QUARTER,
	SG_EVERY_DAYS		/* rolling: last visit + days */
};

struct sg_every {
	enum sg_every_kind kind;
	int		 days;		/* SG_EVERY_DAYS only */
};

#define SG_RULE_MAXTAGS	16
#define SG_MAX_RULES	32

struct sg_rule {
	char		*name;
	char		*tags[SG_RULE_MAXTAGS];	/* any of them; none = no cond. */
	int		 ntags;
	int		 age_min, age_max;	/* -1 = open */
	unsigned	 living;		/* bit mask of SG_LIVING_*; 0 = any */
	int		 level_min, level_max;	/* assessment level; -1 = open */
	struct sg_every	 every;
	int		 home_only;		/* modes: [home] */
	int		 line;			/* in the config file; 0 built-in */
};

#define SG_LIVING_ALONE		0x1
#define SG_LIVING_COUPLE	0x2
#define SG_LIVING_CHILDREN	0x4
#define SG_LIVING_OTHER		0x8

#define SG_MAX_HOLIDAYS	256

/*
 * A project (a funded service plan: 锦瑟年华) of the config: its period,
 * its parts, each with targets on counted things (shegong.yaml(5)), and
 * the part each kind of record counts for unless --project says.
 */
#define SG_MAX_PROJECTS		8
#define SG_MAX_PARTS		8
#define SG_MAX_TARGETS		16
#define SG_MAX_PDEFAULTS	16

struct sg_target {
	char		 what[24];	/* home_visits, events_group, ... */
	double		 goal;
};

struct sg_part {
	char		*name;
	char		*series;	/* sessions: the series counted */
	char		*tag;		/* visit_rate: the elders of a tag */
	struct sg_target targets[SG_MAX_TARGETS];
	int		 ntargets;
};

struct sg_pdefault {
	char		 key[24];	/* visit, visit.holiday, event, ... */
	int		 part;
};

struct sg_project {
	char		*name;
	int32_t		 from, to;
	struct sg_part	 parts[SG_MAX_PARTS];
	int		 nparts;
	struct sg_pdefault defaults[SG_MAX_PDEFAULTS];
	int		 ndefaults;
};

/* The names a target may count (config.c checks them; project.c counts). */
extern const char *const sg_target_names[];

struct sg_config {
	char		*path;		/* NULL when built-in defaults */
	char		*db;		/* db: */
	char		*station_name;
	char		*station_operator;
	char		*station_leader;	/* person in charge */
	char		*station_contact;
	struct sg_rule	 rules[SG_MAX_RULES];
	int		 nrules;
	unsigned	 workdays;	/* bit (1 << wday), wday 1 = Monday */
	int		 per_visitor_per_day;
	int		 mask_id_numbers;
	int		 assessment_months;	/* assessment.every, default 6 */
	char		*needs[SG_RULE_MAXTAGS];	/* case.needs: more needs */
	int		 nneeds;
	struct sg_period holidays[SG_MAX_HOLIDAYS];	/* visit.holidays */
	int		 nholidays;
	int32_t		 workdays_extra[SG_MAX_HOLIDAYS];
	int		 nextra;
	int		 urgent_within;	/* visit.urgent_within, workdays */
	int		 change_within;	/* visit.change_within, workdays */
	int		 query_seconds;	/* report.query_seconds, default 60 */
	struct sg_project projects[SG_MAX_PROJECTS];	/* projects: */
	int		 nprojects;
	char		*remind_command;	/* remind.command */
};

/*
 * Load the config at path; path NULL or a missing file gives the built-in
 * defaults (a path named explicitly must exist: must_exist).  Errors name
 * "FILE:LINE: KEY: why".
 */
const struct sg_error	*sg_config_load(struct sg_config **, const char *path,
			    int must_exist);
void	 sg_config_free(struct sg_config *);
/* Parse an interval: week, month, quarter, Nd, Nw. */
const struct sg_error	*sg_every_parse(struct sg_every *, const char *);
/* Print an interval ("week", "10d") into buf (>= 16 bytes). */
char	*sg_every_str(char *buf, const struct sg_every *);
/* Parse an age range "80-", "60-79", "-59", "75". */
const struct sg_error	*sg_range_parse(int *min, int *max, const char *);

/* ---------------------------------------------------------------- holiday.c */

/* The years of the built-in table of statutory holidays (放假调休). */
#define SG_HOLIDAY_FIRST	2020
#define SG_HOLIDAY_LAST		2026

/*
 * Is day a statutory day off (1, *p its block, *name the holiday), a
 * make-up workday (2) or neither (0)?  p and name may be NULL.
 */
int	 sg_holiday_kind(int32_t, struct sg_period *p, const char **name);
/* Is day off under the config: its holidays, then the statutory ones? */
int	 sg_day_off(const struct sg_config *, int32_t, struct sg_period *p,
	    const char **name);
/* Is day a workday of the config (weekdays, holidays, 调休, extras)? */
int	 sg_workday(const struct sg_config *, int32_t);
/* The day n workdays after day; n 0: day or the next workday. */
int32_t	 sg_workday_add(const struct sg_config *, int32_t, int n);
/* Does the built-in table or the config know the year's days off? */
int	 sg_holiday_year_known(const struct sg_config *, int year);

/* ----------------------------------------------------------------- input.c */

enum sg_informat {
	SG_IN_TSV = 1,
	SG_IN_CSV,
	SG_IN_YAML,
	SG_IN_XLSX
};

/* Format from a file name's extension; error for an unknown one. */
const struct sg_error	*sg_informat_from_name(enum sg_informat *,
			    const char *);
const struct sg_error	*sg_informat_parse(enum sg_informat *, const char *);
/*
 * Read fp in its encoding (BOM; else valid UTF-8; else GB18030), or in
 * encoding: *conv is a temporary file of its UTF-8 to read instead, or NULL.
 */
const struct sg_error	*sg_input_decode(FILE *fp, const char *name,
			    const char *encoding, FILE **conv);

/* What an import is told (zero: the defaults). */
struct sg_import {
	const char	*format;	/* tsv, csv, yaml; NULL: the name's */
	const char	*encoding;	/* NULL: detected */
	int		 ignore_unknown;	/* leave unknown columns out */
	int		 allow_dups;	/* likely duplicates are no error */
	const char	*sheet;		/* xlsx: the sheet; NULL: the first */
	long		 header_row;	/* the header's row; 0: found */
	const char	*map[32];	/* --map HEADER=column */
	int		 nmap;
};

/* One record read from a file: keys and values in file order. */
struct sg_record {
	long		 line;		/* first line of the record, from 1 */
	int		 n;
	char		**keys;
	char		**vals;		/* NULL for YAML null / ~ */
	int		*islist;	/* YAML sequence joined with ',' */
	long		*lines;		/* line of each value */
};

struct sg_reader;

/* Open a reader on fp; name is used in messages ("-" = "stdin"). */
const struct sg_error	*sg_reader_open(struct sg_reader **, FILE *,
			    const char *name, enum sg_informat);
/*
 * Read the next record into *rec (valid until the next call).  Returns 1
 * with a record, 0 at the end.  A record that cannot be read (wrong number
 * of fields, invalid UTF-8, a nested mapping) gives 1 with *rec NULL and
 * *err set: the caller reports it and goes on.  -1 with *err set is a fatal
 * error (I/O, a YAML syntax error): reading stops.
 */
int	 sg_reader_next(struct sg_reader *, struct sg_record **,
	    const struct sg_error **);
/* The header's keys (TSV, CSV) after the first sg_reader_next; n in *n. */
char	**sg_reader_header(struct sg_reader *, int *n);
void	 sg_reader_close(struct sg_reader *);

/* Where a reader of a table (TSV, CSV, xlsx) finds its data. */
struct sg_reader_opts {
	const char	*sheet;		/* xlsx: the sheet; NULL: the first */
	long		 header_row;	/* the header's row; 0: found */
	/* a column name the importer knows: the header row is found by it
	 * (the rows above left out and said); NULL: the first row */
	int		(*known)(void *arg, const char *name);
	void		*arg;
};
/* Say where the data is, before the first sg_reader_next. */
const struct sg_error	*sg_reader_set(struct sg_reader *,
			    const struct sg_reader_opts *);
/* The line (xlsx: the sheet's row) of the header once read, else 0. */
long	 sg_reader_header_line(const struct sg_reader *);

/*
 * Read ids from fp: the first field of each line (TAB or space separated);
 * blank lines and a first line whose first field is "id" are skipped.  A
 * field that is not a positive integer is an error "stdin:LINE: id: ...".
 */
const struct sg_error	*sg_ids_read(int64_t **, size_t *, FILE *);
/*
 * Read the first field of each line of fp (TAB or space separated), with
 * its line number; blank lines and a first line "id" skipped.
 */
const struct sg_error	*sg_words_read(char ***, long **lines, size_t *,
			    FILE *);
/* Parse a positive integer id. */
const struct sg_error	*sg_id_parse(int64_t *, const char *, const char *what);
/* Parse an event's participant: an elder id (N or elder:N, > 0) or a
   person (person:N, given as -N). */
const struct sg_error	*sg_party_parse(int64_t *, const char *);

/* ----------------------------------------------------------------- xlsx.c */

struct sg_xlsx;

/* Is this the start of a zip archive (PK\3\4), as an xlsx workbook is? */
int	 sg_xlsx_magic(const unsigned char *, size_t);
/* Open the workbook in fp (seekable) to read sheet (NULL: the first). */
const struct sg_error	*sg_xlsx_open(struct sg_xlsx **, FILE *,
			    const char *name, const char *sheet);
/*
 * The next row with a cell: 1 with its number in *row and its n cells as
 * text ("" empty) in *cells, 0 at the end, -1 an error (*err).  A cell
 * that cannot be read (#N/A, a number past 15 digits) makes *bad its
 * index (else -1) and *why the reason ("cell D7: ...").
 */
int	 sg_xlsx_row(struct sg_xlsx *, long *row, char ***cells, int *n,
	    int *bad, const char **why, const struct sg_error **err);
/* The merged range (B7:B9) holding a cell of row, else NULL; rows asked
 * in increasing order; *first its first cell. */
const char	*sg_xlsx_merged(struct sg_xlsx *, long row, char *buf,
		    size_t size, char *first, size_t fsize);
/* The name of the sheet read. */
const char	*sg_xlsx_sheet(const struct sg_xlsx *);
/* Column c (from 1) as letters (AB) into buf (at least 4 bytes). */
char	*sg_xlsx_colname(char *buf, int c);
void	 sg_xlsx_close(struct sg_xlsx *);

/* ------------------------------------------------------------------ cmd.c */

/* A field value given on the command line: --building 3 is {"building", "3"}. */
struct sg_kv {
	const char	*key;
	const char	*val;
};

#define SG_MAX_KV	64

struct sg_ctx;

/* One verb of a command. */
struct sg_verb {
	const char	*name;
	const char	*usage;		/* after "elder ": "add NAME [options]" */
	const char	*summary;	/* one line for --help */
	int		 writes;	/* 1: writes; 2: the verb decides */
	const struct sg_error *(*exec)(struct sg_ctx *, int, char **);
};

/* Run one command: parse COMMAND VERB ..., dispatch, print errors. */
int	 sg_main(const char *prog, const struct sg_verb *, int, char **);

/*
 * getopt_long for a verb: the verb's own options plus the common options
 * of SPEC section 1, handled here.  Returns the verb's option, -1 at the
 * end; '?' after reporting an unknown option (the verb returns
 * sg_usage(ctx)).  optarg as with getopt_long; *longindex (may be NULL)
 * is the index of a long option in the verb's array, or -1.
 */
int	 sg_getopt(struct sg_ctx *, int, char **, const char *,
	    const struct option *, int *longindex);
/* The usage error of the running verb (prints usage, exit 2). */
const struct sg_error	*sg_usage(struct sg_ctx *);
/* A verb of ids and common options only: ids (or stdin) handed to fn. */
const struct sg_error	*sg_ids_verb(struct sg_ctx *, int, char **,
			    const char *what, const struct sg_error *(*fn)(
			    struct sg_ctx *, const int64_t *, size_t));
/* VERB ID with common options only: the id handed to fn. */
const struct sg_error	*sg_id_verb(struct sg_ctx *, int, char **,
			    const char *what, const struct sg_error *(*fn)(
			    struct sg_ctx *, int64_t));
/* add NAME [field options]: fn adds the record and prints its id. */
const struct sg_error	*sg_add_verb(struct sg_ctx *, int, char **,
			    const struct option *, const struct sg_error *(*fn)(
			    struct sg_ctx *, const char *, const struct sg_kv *,
			    int, int64_t *));
/* set [ID...] [field options]: fn changes the records of the ids. */
const struct sg_error	*sg_set_verb(struct sg_ctx *, int, char **,
			    const struct option *, const char *what,
			    const struct sg_error *(*fn)(struct sg_ctx *,
			    const int64_t *, size_t, const struct sg_kv *, int));
/* The row of --header-row N (1 to 1048576), for any importer. */
const struct sg_error	*sg_header_row(int64_t *, const char *);
/* import [FILE] [--format F] [--encoding E] [--ignore-unknown] ... */
const struct sg_error	*sg_import_verb(struct sg_ctx *, int, char **,
			    const struct sg_error *(*fn)(struct sg_ctx *,
			    const char *, const struct sg_import *));
/* Add one --map HEADER=column to an import (a usage error if not one). */
const struct sg_error	*sg_import_map(struct sg_import *, const char *);
/*
 * The options of every file import, for a verb's own option table:
 * SG_IMPORT_OPTS(v) names --format, --encoding, --ignore-unknown, --map,
 * --sheet and --header-row with the values v to v + SG_IMPORT_NOPTS - 1;
 * sg_import_opt takes the one of value v + n, with its argument, into
 * an import.
 */
#define SG_IMPORT_NOPTS	6
#define SG_IMPORT_OPTS(v) \
	{ "format",		required_argument, NULL, (v) }, \
	{ "encoding",		required_argument, NULL, (v) + 1 }, \
	{ "ignore-unknown",	no_argument, NULL, (v) + 2 }, \
	{ "map",		required_argument, NULL, (v) + 3 }, \
	{ "sheet",		required_argument, NULL, (v) + 4 }, \
	{ "header-row",		required_argument, NULL, (v) + 5 }
const struct sg_error	*sg_import_opt(struct sg_import *, int n,
			    const char *arg);
/* Parse only the common options; the verb's arguments stay. */
const struct sg_error	*sg_no_options(struct sg_ctx *, int, char **);
/*
 * Collect options whose value names a field (val = 'F' or any): each
 * --name VALUE becomes kv {name, VALUE}.  NULL, or the usage error.
 */
const struct sg_error	*sg_field_options(struct sg_ctx *, int, char **,
			    const struct option *, struct sg_kv *, int *);

/* Long-only option values of verbs start here. */
#define SG_OPT_LONG	0x200

/* ------------------------------------------------------------------ ctx.c */

/* Accessors for verb functions. */
/* A verb with writes = 2 that will write says so before sg_ctx_open. */
const struct sg_error	*sg_ctx_want_write(struct sg_ctx *);
const struct sg_error	*sg_ctx_open(struct sg_ctx *);	/* db + config */
struct sg_config	*sg_ctx_config(struct sg_ctx *);
int32_t	 sg_ctx_today(struct sg_ctx *);
FILE	*sg_ctx_stdout(struct sg_ctx *);
int	 sg_ctx_dry_run(struct sg_ctx *);
/* The output options (-o, -H, -c) ready for sg_out; fp set. */
void	 sg_ctx_out(struct sg_ctx *, struct sg_out *);
const char	*sg_ctx_columns(struct sg_ctx *);	/* -c, or NULL */
void	 sg_ctx_set_reveal(struct sg_ctx *, int);
int	 sg_ctx_reveal(struct sg_ctx *);
/* The labels for output in a format: --labels, else the locale's. */
enum sg_labels	 sg_ctx_labels(struct sg_ctx *, enum sg_format);
/* The remaining arguments, or ids read from stdin when there are none. */
const struct sg_error	*sg_ctx_ids(struct sg_ctx *, int64_t **, size_t *,
			    int argc, char **argv, const char *what);

/* ---------------------------------------------------------------- assess.c */

/* The instruments of an ability assessment (context/standards.md). */
#define SG_BARTHEL	0	/* Barthel index, WS/T 431-2013 bands */
#define SG_GBT42195	1	/* GB/T 42195-2022 */

#define SG_ASSESS_MAXITEMS	32

/* One assessment being scored. */
struct sg_assessment {
	int		 instrument;	/* SG_BARTHEL or SG_GBT42195 */
	int		 score[SG_ASSESS_MAXITEMS];	/* -1 = not given */
	int		 coma, dementia, risk_events;	/* gbt42195 only */
	int		 total;
	int		 level;		/* -1 until scored */
};

/* What elder assess takes besides the elder. */
struct sg_assess_opts {
	const char	*instrument;
	const char	*date;		/* NULL = today */
	const char	*by;		/* volunteer or worker, id or name */
	const char	*note;
	int		 coma, dementia;
	const char	*risk_events;	/* NULL = 0 */
	const char	*const *items;	/* ITEM=SCORE */
	int		 nitems;
};

/* Parse an instrument name (barthel, gbt42195). */
const struct sg_error	*sg_instrument_parse(int *, const char *);
const char	*sg_instrument_name(int);
/* Start an assessment with no item given. */
void	 sg_assess_init(struct sg_assessment *, int instrument);
/*
 * Give an item (English or Chinese name) its score; an unknown item, a
 * repeated one or a score the item does not allow is an error naming the
 * item and its allowed scores.
 */
const struct sg_error	*sg_assess_item(struct sg_assessment *,
			    const char *item, const char *score);
/* Check every item is given; set total and level. */
const struct sg_error	*sg_assess_score(struct sg_assessment *);
/* Barthel band of a total: 0 independent, 1 mild, 2 moderate, 3 severe. */
int	 sg_barthel_level(int total);
/* GB/T 42195 level 0..4 of a total, with the three adjustments. */
int	 sg_gbt42195_level(int total, int coma, int dementia,
	    int risk_events);
/* The name of a level ("moderate"; zh: "中度依赖"); NULL if none. */
const char	*sg_assess_grade(int instrument, int level, int zh);
/* The day re-assessment falls due after an assessment on day last. */
int32_t	 sg_assess_due(int32_t last, int months);
/* elder assess ID: score, store and print id, elder_id, total, level. */
const struct sg_error	*sg_elder_assess(struct sg_ctx *, int64_t elder,
			    const struct sg_assess_opts *);
/* elder assess --form: an empty YAML form per elder (NULL = gbt42195). */
const struct sg_error	*sg_elder_assess_form(struct sg_ctx *,
			    const int64_t *, size_t, const char *instrument);
/* elder assess --from FILE: filled forms, all or nothing. */
const struct sg_error	*sg_elder_assess_from(struct sg_ctx *,
			    const char *path);
/* elder assessments: the assessments of elders, with the changes. */
const struct sg_error	*sg_elder_assessments(struct sg_ctx *,
			    const int64_t *, size_t);

/* ---------------------------------------------------------------- elder.c */

#define SG_MAX_TAGS	256	/* --tag, --any-tag of one command (documented) */

/* The filters of elder list; zero / NULL means no filter. */
struct sg_elder_filter {
	const char	*tags[SG_MAX_TAGS];	/* all of them */
	int		 ntags;
	const char	*anytags[SG_MAX_TAGS];	/* any of them */
	int		 nanytags;
	const char	*building;
	const char	*age;			/* "80-", "60-79" */
	const char	*gender;
	const char	*living;
	const char	*status;		/* active (default), archived, all */
	const char	*search;
	int		 paired;		/* 1 paired, -1 unpaired, 0 any */
	const char	*not_visited_since;	/* a date */
	const char	*level;			/* assessment level range */
	int		 assessment_due;
};

/* Add an elder named name with fields kv; the new id in *id. */
const struct sg_error	*sg_elder_add(struct sg_ctx *, const char *name,
			    const struct sg_kv *, int, int64_t *id);
/* Set fields kv on every elder of ids. */
const struct sg_error	*sg_elder_set(struct sg_ctx *, const int64_t *,
			    size_t, const struct sg_kv *, int);
/* Add and remove tags on every elder of ids. */
const struct sg_error	*sg_elder_tag(struct sg_ctx *, const int64_t *,
			    size_t, const char *const *add, int,
			    const char *const *remove, int);
const struct sg_error	*sg_elder_list(struct sg_ctx *,
			    const struct sg_elder_filter *);
const struct sg_error	*sg_elder_show(struct sg_ctx *, const int64_t *,
			    size_t);
/* Archive elders: reason moved, deceased or other; date (NULL = today). */
const struct sg_error	*sg_elder_archive(struct sg_ctx *, const int64_t *,
			    size_t, const char *reason, const char *date);
const struct sg_error	*sg_elder_restore(struct sg_ctx *, const int64_t *,
			    size_t);
/* Import a file (NULL or "-": stdin); format NULL = from the name. */
const struct sg_error	*sg_elder_import(struct sg_ctx *, const char *path,
			    const struct sg_import *);
/*
 * An elder by id, ID number or exact name: a name several elders have is
 * an error listing them (id, age, address), one none has lists the
 * nearest names; looking up an ID number is recorded as a disclosure.
 */
const struct sg_error	*sg_elder_resolve(struct sg_ctx *, const char *,
			    int64_t *);
/* The elders of a verb (arguments, else stdin), each resolved as above. */
const struct sg_error	*sg_elder_ids(struct sg_ctx *, int64_t **, size_t *,
			    int argc, char **argv);
/* An event's participant: person:ID (its id negated), else an elder as
   sg_elder_resolve reads one, elder:ID too. */
const struct sg_error	*sg_party_resolve(struct sg_ctx *, const char *,
			    int64_t *);
/* The same for an event's participants: person:ID read beside elders,
   a person given as its id negated. */
const struct sg_error	*sg_elder_parties(struct sg_ctx *, int64_t **,
			    size_t *, int argc, char **argv);
/* Export every elder (all statuses) in the output format. */
const struct sg_error	*sg_elder_export(struct sg_ctx *);
/* Edit one elder as YAML in $EDITOR. */
const struct sg_error	*sg_elder_edit(struct sg_ctx *, int64_t);

/* ---------------------------------------------------------------- visit.c */

#define SG_MAX_BY	16

/* What visit log records besides the elders. */
struct sg_visit_opts {
	const char	*date;		/* NULL = today */
	const char	*mode;		/* NULL = home */
	const char	*kind;		/* NULL = routine (or the plan's) */
	const char	*minutes;
	const char	*note;
	const char	*follow_up;
	const char	*by[SG_MAX_BY];	/* volunteer ids or exact names */
	int		 nby;
	const char	*findings[8];	/* AREA=LEVEL */
	int		 nfindings;
	int64_t		 plan;		/* 0 = none */
	int64_t		 case_id;	/* 0 = none: the case it serves */
	const char	*supervises;	/* supervision: the worker supervised */
	const char	*project;	/* PROJECT/PART; NULL: the default */
	const char	*gave[8];	/* ITEM:QTY handed out on each visit */
	int		 ngave;
};

/* The filters of visit list. */
struct sg_visit_filter {
	int64_t		 elder;
	const char	*by;
	const char	*period, *from, *to;
	const char	*kind, *mode;
	int		 concerns;
};

/* What visit due and visit plan take. */
struct sg_due_opts {
	const char	*on;		/* NULL = today */
	const char	*within;	/* "7d" */
	const char	*tags[SG_MAX_TAGS];
	int		 ntags;
	/* plan only */
	const char	*week;
	const char	*visitors[64];
	int		 nvisitors;
	int		 per_day;	/* 0 = config */
	int		 save;
	int		 strict;
	const char	*holiday;	/* a festival: the holiday round */
	int		 unplaced;	/* print the ids left out instead */
	int		 sheets;	/* --sheets: the printed pages */
	int		 blank;		/* --blank-form: the empty page */
};

const struct sg_error	*sg_visit_log(struct sg_ctx *, const int64_t *,
			    size_t, const struct sg_visit_opts *);
const struct sg_error	*sg_visit_list(struct sg_ctx *,
			    const struct sg_visit_filter *);
const struct sg_error	*sg_visit_show(struct sg_ctx *, const int64_t *,
			    size_t);
const struct sg_error	*sg_visit_skip(struct sg_ctx *, int64_t plan,
			    const char *reason);
const struct sg_error	*sg_visit_followups(struct sg_ctx *, const char *on);
/* visit import: a visit history file, all or nothing; prints the ids. */
const struct sg_error	*sg_visit_import(struct sg_ctx *, const char *path,
			    const struct sg_import *);

/* ----------------------------------------------------------------- plan.c */

const struct sg_error	*sg_visit_rules(struct sg_ctx *, int64_t elder);
const struct sg_error	*sg_visit_due(struct sg_ctx *,
			    const struct sg_due_opts *);
const struct sg_error	*sg_visit_plan(struct sg_ctx *,
			    const struct sg_due_opts *);
const struct sg_error	*sg_visit_planned(struct sg_ctx *, const char *week);

/* -------------------------------------------------------------- person.c */

/* The filters of elder person list. */
struct sg_person_filter {
	const char	*kind;
	int64_t		 elder;		/* linked to this elder; 0: any */
	const char	*status;	/* active (default), archived, all */
};

const struct sg_error	*sg_person_add(struct sg_ctx *, const char *name,
			    const struct sg_kv *, int, int64_t *id);
const struct sg_error	*sg_person_set(struct sg_ctx *, const int64_t *,
			    size_t, const struct sg_kv *, int);
/* Archive (restore 0) or restore (restore 1) persons. */
const struct sg_error	*sg_person_archive(struct sg_ctx *,
			    const int64_t *, size_t, const char *date,
			    int restore);
const struct sg_error	*sg_person_list(struct sg_ctx *,
			    const struct sg_person_filter *);
const struct sg_error	*sg_person_show(struct sg_ctx *, const int64_t *,
			    size_t);
const struct sg_error	*sg_person_import(struct sg_ctx *, const char *,
			    const struct sg_import *);

/* ------------------------------------------------- volunteer.c, hours.c */

/* The filters of volunteer list. */
struct sg_volunteer_filter {
	const char	*team;
	const char	*role;
	const char	*skill;
	const char	*available;	/* a weekday */
	const char	*status;	/* active (default), archived, all */
};

const struct sg_error	*sg_volunteer_add(struct sg_ctx *, const char *name,
			    const struct sg_kv *, int, int64_t *id);
const struct sg_error	*sg_volunteer_set(struct sg_ctx *, const int64_t *,
			    size_t, const struct sg_kv *, int);
/* Archive (restore 0) or restore (restore 1) volunteers. */
const struct sg_error	*sg_volunteer_archive(struct sg_ctx *,
			    const int64_t *, size_t, const char *date,
			    int restore);
const struct sg_error	*sg_volunteer_list(struct sg_ctx *,
			    const struct sg_volunteer_filter *);
const struct sg_error	*sg_volunteer_show(struct sg_ctx *, const int64_t *,
			    size_t);
const struct sg_error	*sg_volunteer_import(struct sg_ctx *, const char *,
			    const struct sg_import *);
const struct sg_error	*sg_volunteer_export(struct sg_ctx *);
/* Teams. */
const struct sg_error	*sg_team_add(struct sg_ctx *, const char *name,
			    const char *leader);
const struct sg_error	*sg_team_list(struct sg_ctx *);
const struct sg_error	*sg_team_members(struct sg_ctx *, const char *team);
/* Pairings: VOL is an id or exact name. */
const struct sg_error	*sg_pair(struct sg_ctx *, const char *vol,
			    const int64_t *elders, size_t, const char *date);
const struct sg_error	*sg_unpair(struct sg_ctx *, const char *vol,
			    const int64_t *elders, size_t, const char *date);
const struct sg_error	*sg_pairs(struct sg_ctx *, const char *vol,
			    int64_t elder, int all);
/* Service hours. */
const struct sg_error	*sg_hours_log(struct sg_ctx *, const char *vol,
			    const char *date, const char *hours,
			    const char *content, const char *place,
			    const char *project);
/* volunteer log --file: manual hours from a file, all or nothing. */
const struct sg_error	*sg_hours_import(struct sg_ctx *, const char *path,
			    const struct sg_import *);
const struct sg_error	*sg_hours(struct sg_ctx *, char **vols, int nvols,
			    const char *period, const char *from,
			    const char *to, const char *team);
const struct sg_error	*sg_hours_record(struct sg_ctx *, const char *vol,
			    const char *period, const char *from,
			    const char *to);
const struct sg_error	*sg_certificate(struct sg_ctx *, const char *vol,
			    const char *period, const char *from,
			    const char *to);
const struct sg_error	*sg_certificates(struct sg_ctx *);

/* ---------------------------------------------------------------- event.c */

/* The filters of event list; zero / NULL means no filter. */
struct sg_event_filter {
	const char	*period, *from, *to;
	const char	*kind;
	const char	*series;
	int		 upcoming;	/* date today or later */
};

/*
 * Add an event titled title with fields kv (date, start, end, place, kind,
 * capacity: a number or "none", partner, series, note); repeat (weekly,
 * biweekly, monthly) with count makes a series of count sessions.  Prints
 * the new ids.
 */
const struct sg_error	*sg_event_add(struct sg_ctx *, const char *title,
			    const struct sg_kv *, int, const char *repeat,
			    const char *count, const char *project);
/* Goods handed out at an event (ITEM:QTY...), on its day. */
const struct sg_error	*sg_event_give(struct sg_ctx *, int64_t event,
			    const char *const *specs, int n);
/* Set fields kv (those of add and title) on every event of ids. */
const struct sg_error	*sg_event_set(struct sg_ctx *, const int64_t *,
			    size_t, const struct sg_kv *, int);
const struct sg_error	*sg_event_list(struct sg_ctx *,
			    const struct sg_event_filter *);
const struct sg_error	*sg_event_show(struct sg_ctx *, const int64_t *,
			    size_t);
/* Cancel events (kept, with their sign-ups); reason may be NULL. */
const struct sg_error	*sg_event_cancel(struct sg_ctx *, const int64_t *,
			    size_t, const char *reason);
/* Sign elders up; prints "ELDER<TAB>status" for each. */
const struct sg_error	*sg_event_signup(struct sg_ctx *, int64_t event,
			    const int64_t *, size_t);
/* Withdraw elders; prints them and the waitlisted elders moved up. */
const struct sg_error	*sg_event_withdraw(struct sg_ctx *, int64_t event,
			    const int64_t *, size_t);
/* Check elders in (walk-ins marked); prints "ELDER<TAB>what" for each. */
const struct sg_error	*sg_event_attend(struct sg_ctx *, int64_t event,
			    const int64_t *, size_t);
/* event attend --file: attendance from a file (event, elder, walk_in),
   all or nothing; event (0: none) where the file has no event column. */
const struct sg_error	*sg_event_attend_file(struct sg_ctx *, int64_t event,
			    const char *path, const struct sg_import *);
/* Print the sign-in sheet of an event. */
const struct sg_error	*sg_event_roster(struct sg_ctx *, int64_t event);
/* Record volunteers (ids or names) who worked an event; hours may be NULL. */
const struct sg_error	*sg_event_staff(struct sg_ctx *, int64_t event,
			    char **vols, int nvols, const char *hours);
/* The festivals of a year (YYYY; NULL = this year): date name key weekday. */
const struct sg_error	*sg_event_festivals(struct sg_ctx *, const char *);

/* ---------------------------------------------------------------- report.c */

/* The period of a report: --month, --period, or --from/--to. */
struct sg_report_opts {
	const char	*month;
	const char	*period;
	const char	*from, *to;
	int		 monthly;	/* report monthly: --month only */
	int		 misses;	/* coverage --misses */
};

/* report monthly / period: the statistics, each beside the previous. */
const struct sg_error	*sg_report_summary(struct sg_ctx *,
			    const struct sg_report_opts *);
/* report coverage: per rule, elders required, met, missed, pending. */
const struct sg_error	*sg_report_coverage(struct sg_ctx *,
			    const struct sg_report_opts *);
/* report volunteers: hours, visits and events per volunteer. */
const struct sg_error	*sg_report_volunteers(struct sg_ctx *,
			    const struct sg_report_opts *);
/* --------------------------------------------------------------- project.c */

/* report project [NAME]: each target of each part beside what was done. */
const struct sg_error	*sg_report_project(struct sg_ctx *, const char *name,
			    const struct sg_report_opts *);

/* --------------------------------------------------------------- rquery.c */

/* report elder ID: the elder's timeline. */
const struct sg_error	*sg_report_elder(struct sg_ctx *, int64_t id);
/* elder case show ID: the case's record, oldest first. */
const struct sg_error	*sg_case_show(struct sg_ctx *, int64_t);
/* report query SQL: one read-only statement (sql NULL: from stdin). */
const struct sg_error	*sg_report_query(struct sg_ctx *, const char *sql);

/* -------------------------------------------------------------- changes.c */

/* report changes: the change log, one row a changed field. */
const struct sg_error	*sg_report_changes(struct sg_ctx *,
			    const char *since, const char *record);

/* ------------------------------------------------------------------ case.c */

#define SG_MAX_NEEDS	16

/* The options of the elder case verbs; NULL / 0 = not given. */
struct sg_case_opts {
	const char	*needs[SG_MAX_NEEDS];
	int		 nneeds;
	const char	*source;	/* visit:ID, walk-in, committee, family */
	const char	*summary;
	const char	*date;		/* NULL = today */
	const char	*by;		/* the worker: volunteer id or name */
	const char	*note;
	const char	*goal;
	const char	*actions[SG_MAX_NEEDS];
	int		 nactions;
	const char	*review;
	const char	*outcome;
	const char	*feedback;
	const char	*to;		/* a partner, id or name */
	const char	*project;	/* PROJECT/PART; NULL: the default */
};

/* The filters of elder cases. */
struct sg_case_filter {
	int		 open;
	const char	*need;
	const char	*by;
	int		 review_due;
	int		 unattended;	/* urgent findings without a case */
	int64_t		 elder;
};

/* Open a case for an elder; prints its id. */
const struct sg_error	*sg_case_open(struct sg_ctx *, int64_t elder,
			    const struct sg_case_opts *);
/* A line in the case's record: kind "assess" or "note" (o->note). */
const struct sg_error	*sg_case_note(struct sg_ctx *, int64_t,
			    const char *kind, const struct sg_case_opts *);
const struct sg_error	*sg_case_plan(struct sg_ctx *, int64_t,
			    const struct sg_case_opts *);
const struct sg_error	*sg_case_close(struct sg_ctx *, int64_t,
			    const struct sg_case_opts *);
const struct sg_error	*sg_case_reopen(struct sg_ctx *, int64_t,
			    const struct sg_case_opts *);
/* Refer a case's need to a partner; prints the referral id. */
const struct sg_error	*sg_case_refer(struct sg_ctx *, int64_t,
			    const struct sg_case_opts *);
/* Change a referral's status (sent, accepted, done, declined). */
const struct sg_error	*sg_case_referral(struct sg_ctx *, int64_t ref,
			    const char *status, const char *date);
const struct sg_error	*sg_cases_list(struct sg_ctx *,
			    const struct sg_case_filter *);
/* May a visit of elder be linked to case id (visit log --case)? */
const struct sg_error	*sg_case_check_visit(struct sg_ctx *, int64_t id,
			    int64_t elder);
/* Partners that provide resources (event partner add|list|show). */
const struct sg_error	*sg_partner_add(struct sg_ctx *, const char *name,
			    const struct sg_kv *, int, int64_t *);
const struct sg_error	*sg_partner_list(struct sg_ctx *);
const struct sg_error	*sg_partner_show(struct sg_ctx *, char **, int);
/* A partner by id or exact name. */
const struct sg_error	*sg_partner_find(struct sg_ctx *, const char *,
			    int64_t *);

/* ----------------------------------------------------------------- goods.c */

/* event partner give: a lot of goods received from a partner. */
struct sg_goods_opts {
	const char	*item;
	const char	*qty;
	const char	*unit;
	const char	*value;		/* yuan, the whole lot */
	const char	*date;		/* NULL = today */
	const char	*note;
};

/* Record goods received from a partner; prints the lot's id. */
const struct sg_error	*sg_goods_receive(struct sg_ctx *,
			    const char *partner, const struct sg_goods_opts *);
/* Hand out ITEM:QTY... on a visit, at an event or for a case ("visit",
   "event", "case"), dated day (NULL: today); never below zero. */
const struct sg_error	*sg_goods_hand(struct sg_ctx *, const char *on,
			    int64_t id, const char *day,
			    const char *const *specs, int n);
/* event partner stock [ITEM]: received, given and left of each item. */
const struct sg_error	*sg_goods_stock(struct sg_ctx *, const char *item);

/* ---------------------------------------------------------------- remind.c */

/* visit remind [--day D] [--again]: each visitor's planned visits of the
   day, one message each, to remind.command or printed. */
const struct sg_error	*sg_visit_remind(struct sg_ctx *, const char *day,
			    int again);

#endif
