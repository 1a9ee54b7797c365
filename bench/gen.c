/*
 * gen.c -- the benchmark's data: a deterministic, seeded generator of
 * fictional elders, volunteers and five years of history.
 *
 * usage: gen [-s SEED] [-n ELDERS] [-w VOLUNTEERS] [-m VISITS]
 *            [-e EVENTS] [-t TODAY] station|national DIR
 *
 * Writes into DIR:
 *   elders.tsv      for `elder import` (status and archiving included)
 *   volunteers.tsv  for `volunteer import` (teams: teams.txt, added first)
 *   teams.txt       one team name a line
 *   visits.tsv, events.tsv, attendance.tsv, staffing.tsv, pairings.tsv,
 *   hours.tsv       the history, which has no import path
 *   load.sql        loads the history in the sqlite3 shell into a database
 *                   shegong created and imported the elders and volunteers
 *                   into (ids 1..N in file order); the change-log triggers
 *                   are dropped for the load and put back after it
 *
 * Scales: station (2,000 elders, 60 volunteers, visits at the pace of the
 * built-in rules, 600 events) and national (1,000,000 elders, 5,000
 * volunteers, 10,000,000 visits, 50,000 events), over the five years up
 * to TODAY (default 2026-11-28).  -m thins the visits at the rules' pace
 * down to about that many (0: every one).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shegong.h"

/* splitmix64: small, fast, and the same on every machine */
static uint64_t	rng_state;

static uint64_t
rnd(void)
{
	uint64_t	z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* uniform in [0, n) */
static int
rn(int n)
{
	return (int)(rnd() % (uint64_t)n);
}

/* uniform in [0, 1) */
static double
rf(void)
{
	return (double)(rnd() >> 11) / 9007199254740992.0;
}

/* The day of a civil date the generator made up (always a valid one). */
static int32_t
day_of(int y, int m, int d)
{
	int32_t		 z;

	if (sg_date_make(&z, y, m, d) != NULL) {
		fprintf(stderr, "gen: bad date %d-%d-%d\n", y, m, d);
		exit(1);
	}
	return z;
}

static const char *
ds(int32_t z)
{
	static char	 buf[4][11];
	static int	 k;

	k = (k + 1) % 4;
	return sg_date_str(buf[k], z);
}

/* Pick from a table of weights: index i with weight w[i]. */
static int
pickw(const int *w, int n)
{
	int		 i, sum = 0, r;

	for (i = 0; i < n; i++)
		sum += w[i];
	r = rn(sum);
	for (i = 0; r >= w[i]; i++)
		r -= w[i];
	return i;
}

/* Surnames, most frequent first, with rough relative frequencies. */
static const char *const sur[] = { "王", "李", "张", "刘", "陈", "杨",
	"黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
	"罗", "高", "林", "龙", "石", "田", "杨", "吴", "潘", "韦", "蒙" };
static const int sur_w[] = { 72, 72, 70, 54, 46, 31, 24, 23, 21, 21, 15,
	15, 13, 13, 12, 11, 11, 10, 10, 9, 8, 8, 7, 6, 6, 5, 5, 4 };
#define NSUR	(int)(sizeof(sur_w) / sizeof(sur_w[0]))
static const char *const giv_f[] = { "秀英", "桂英", "秀兰", "玉兰",
	"玉珍", "翠花", "淑芬", "桂兰", "凤英", "秀珍", "兰英", "春梅",
	"金花", "英", "梅", "芳", "琴", "珍" };
static const char *const giv_m[] = { "德明", "国富", "文才", "志强",
	"永福", "光荣", "正华", "建国", "国华", "明", "强", "军", "福贵",
	"长生", "忠", "学文", "守仁", "登高" };
#define NGIV	18

/* Region codes (6 digits) of relocation counties. */
static const int	regions[] = { 520203, 520221, 520222, 520281,
	520521, 520525, 520526, 520527, 522322, 522323, 522325, 522327,
	522623, 522627, 522628, 522631, 522632, 522633, 530621, 530622,
	530624, 530626, 530627, 530628, 530629, 530630, 532126, 532127,
	510722, 511623, 513222, 513223, 513433, 513434, 513435, 431224,
	431225, 433122, 433123, 433125, 433126, 433127, 433130, 450122,
	451024, 451027, 451028, 451029, 451031, 621125, 621126, 622921 };
#define NREG	(int)(sizeof(regions) / sizeof(regions[0]))

static const char *const towns[] = { "大湾镇", "石门乡", "龙场镇",
	"新场乡", "牛坡村", "岩脚村", "水口乡", "坪上村", "高山乡",
	"河边村", "三岔镇", "黑石村" };

static const char *const teams[] = { "敬老", "医疗卫生保健", "文化",
	"环保", "治安" };
#define NTEAM	5

/* ID numbers already given: open addressing over 64-bit values. */
static uint64_t	*seen;
static size_t	 nseen;

static int
seen_add(uint64_t v)
{
	size_t		 i = (size_t)(v * 0x9e3779b97f4a7c15ULL) & (nseen - 1);

	while (seen[i] != 0) {
		if (seen[i] == v)
			return 0;
		i = (i + 1) & (nseen - 1);
	}
	seen[i] = v;
	return 1;
}

/* An ID number with a valid check character; unique in the run. */
static void
idnum(char *out, int region, int y, int m, int d, int male)
{
	static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10,
	    5, 8, 4, 2 };
	int		 i, sum, seq;

	seq = rn(500) * 2 + male;
	for (;;) {
		snprintf(out, 18, "%06d%04d%02d%02d%03d", region, y, m, d, seq);
		if (seen_add((uint64_t)strtoull(out, NULL, 10)))
			break;
		seq = (seq + 2) % 1000;
	}
	for (i = sum = 0; i < 17; i++)
		sum += (out[i] - '0') * w[i];
	out[17] = "10X98765432"[sum % 11];
	out[18] = '\0';
	/* shegong's own check agrees, or the generator is wrong */
	if (sg_idnum_check(out, NULL, NULL, NULL) != NULL) {
		fprintf(stderr, "gen: bad ID number %s\n", out);
		exit(1);
	}
}

/* What the generator keeps of an elder to write its history. */
struct elder {
	int32_t		 from, to;	/* days on the books */
	uint8_t		 every;		/* 7, 30 or 91: the rules' pace */
	uint8_t		 building;
};

/* A visit: sorted by day, then elder; the rest drawn when written. */
struct visit {
	int32_t		 day;
	int32_t		 elder;
};

static int
cmp_visit(const void *a, const void *b)
{
	const struct visit *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return (x->elder > y->elder) - (x->elder < y->elder);
}

static FILE *
out(const char *dir, const char *name)
{
	char		 path[4096];
	FILE		*f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((f = fopen(path, "w")) == NULL) {
		fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	return f;
}

static void
done(FILE *f, const char *name)
{
	if (ferror(f) || fclose(f) != 0) {
		fprintf(stderr, "gen: %s: write error\n", name);
		exit(1);
	}
}

static void
usage(void)
{
	fprintf(stderr, "usage: gen [-s SEED] [-n ELDERS] [-w VOLUNTEERS] "
	    "[-m VISITS] [-e EVENTS] [-t TODAY] station|national DIR\n");
	exit(2);
}

static const char load_sql[] =
"-- load.sql -- written by bench/gen: the history, which shegong has no\n"
"-- import for, loaded into a database whose elders and volunteers came\n"
"-- in through `elder import` and `volunteer import`.  The change-log\n"
"-- triggers call functions only shegong defines: they are dropped for\n"
"-- the load and put back after it.  Visits before the cut are left out.\n"
"-- The history is one transaction: a 256 MiB page cache keeps it whole.\n"
".bail on\n"
"PRAGMA cache_size = -262144;\n"
"CREATE TEMP TABLE cut (d TEXT);\n"
"INSERT INTO cut VALUES ('0000-00-00');\n"
"CREATE TEMP TABLE trig AS SELECT name, sql FROM sqlite_schema\n"
"    WHERE type = 'trigger';\n"
"CREATE TEMP TABLE drops AS SELECT 'DROP TRIGGER main.' || name || ';'\n"
"    AS s FROM trig;\n"
".mode list\n"
".headers off\n"
".output DIR/drop.sql\n"
"SELECT s FROM drops;\n"
".output DIR/restore.sql\n"
"SELECT sql || ';' FROM trig;\n"
".output stdout\n"
".read DIR/drop.sql\n"
"CREATE TEMP TABLE sv (elder_id, date, mode, kind, minutes, health,\n"
"    safety, follow_up, v1, v2);\n"
"CREATE TEMP TABLE se (id, title, kind, date, place, capacity, series,\n"
"    status, cancel_reason);\n"
"CREATE TEMP TABLE sa (event_id, elder_id, walk_in);\n"
"CREATE TEMP TABLE ss (event_id, volunteer_id, hours);\n"
"CREATE TEMP TABLE sp (volunteer_id, elder_id, start, end);\n"
"CREATE TEMP TABLE sh (volunteer_id, date, hours, content);\n"
".mode tabs\n"
".import --schema temp DIR/visits.tsv sv\n"
".import --schema temp DIR/events.tsv se\n"
".import --schema temp DIR/attendance.tsv sa\n"
".import --schema temp DIR/staffing.tsv ss\n"
".import --schema temp DIR/pairings.tsv sp\n"
".import --schema temp DIR/hours.tsv sh\n"
"BEGIN;\n"
"INSERT INTO visit (id, elder_id, date, mode, kind, minutes, health,\n"
"    safety, follow_up)\n"
"SELECT rowid, CAST(elder_id AS INTEGER), date, mode, kind,\n"
"    CAST(minutes AS INTEGER), nullif(health, ''), nullif(safety, ''),\n"
"    nullif(follow_up, '')\n"
"FROM sv WHERE date >= (SELECT d FROM cut) ORDER BY rowid;\n"
"INSERT INTO visit_visitor (visit_id, volunteer_id)\n"
"SELECT rowid, CAST(v1 AS INTEGER) FROM sv\n"
"WHERE date >= (SELECT d FROM cut)\n"
"UNION ALL SELECT rowid, CAST(v2 AS INTEGER) FROM sv\n"
"WHERE date >= (SELECT d FROM cut) AND v2 <> '';\n"
"INSERT INTO event (id, title, kind, date, place, capacity, series, status,\n"
"    cancel_reason)\n"
"SELECT CAST(id AS INTEGER), title, kind, date, place,\n"
"    CAST(capacity AS INTEGER), nullif(series, ''), status,\n"
"    nullif(cancel_reason, '') FROM se;\n"
"INSERT INTO attendance (event_id, elder_id, walk_in)\n"
"SELECT CAST(event_id AS INTEGER), CAST(elder_id AS INTEGER),\n"
"    CAST(walk_in AS INTEGER) FROM sa;\n"
"INSERT INTO staffing (event_id, volunteer_id, hours)\n"
"SELECT CAST(event_id AS INTEGER), CAST(volunteer_id AS INTEGER),\n"
"    CAST(hours AS REAL) FROM ss;\n"
"INSERT INTO pairing (volunteer_id, elder_id, start, end)\n"
"SELECT CAST(volunteer_id AS INTEGER), CAST(elder_id AS INTEGER), start,\n"
"    nullif(end, '') FROM sp;\n"
"INSERT INTO hours_log (volunteer_id, date, hours, content)\n"
"SELECT CAST(volunteer_id AS INTEGER), date, CAST(hours AS REAL), content\n"
"FROM sh;\n"
".read DIR/restore.sql\n"
"COMMIT;\n"
"ANALYZE;\n";

int
main(int argc, char **argv)
{
	const char	*scale, *dir;
	struct elder	*el;
	struct visit	*vs;
	FILE		*f;
	uint64_t	 seed = 1;
	long		 n = -1, w = -1, m = -1, e = -1, i, j, k, nv, cap;
	double		 expected, keep;
	int32_t		 today, start, d;
	int		 ch, y, mo, dd;

	today = day_of(2026, 11, 28);
	while ((ch = getopt(argc, argv, "s:n:w:m:e:t:")) != -1) {
		switch (ch) {
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 'n': n = atol(optarg); break;
		case 'w': w = atol(optarg); break;
		case 'm': m = atol(optarg); break;
		case 'e': e = atol(optarg); break;
		case 't':
			if (sscanf(optarg, "%d-%d-%d", &y, &mo, &dd) != 3)
				usage();
			today = day_of(y, mo, dd);
			break;
		default: usage();
		}
	}
	if (argc - optind != 2)
		usage();
	scale = argv[optind];
	dir = argv[optind + 1];
	if (strcmp(scale, "station") == 0) {
		n = n < 0 ? 2000 : n;
		w = w < 0 ? 60 : w;
		m = m < 0 ? 0 : m;
		e = e < 0 ? 600 : e;
	} else if (strcmp(scale, "national") == 0) {
		n = n < 0 ? 1000000 : n;
		w = w < 0 ? 5000 : w;
		m = m < 0 ? 10000000 : m;
		e = e < 0 ? 50000 : e;
	} else
		usage();
	if (n < 1 || w < 2 || m < 0 || e < 0)
		usage();
	rng_state = seed * 0x2545f4914f6cdd1dULL + 1;
	start = day_of(2021, 11, 29) + (today - day_of(2026, 11, 28));

	for (nseen = 1; nseen < (size_t)n * 2; nseen <<= 1)
		;
	if ((seen = calloc(nseen, sizeof(*seen))) == NULL ||
	    (el = calloc((size_t)n + 1, sizeof(*el))) == NULL) {
		fprintf(stderr, "gen: out of memory\n");
		return 1;
	}

	f = out(dir, "teams.txt");
	for (i = 0; i < NTEAM; i++)
		fprintf(f, "%s\n", teams[i]);
	done(f, "teams.txt");

	/*
	 * Elders: ages 60-99, thinning with age; 空巢 (empty nest) common,
	 * 独居 (alone) more so among the oldest, 失能 (disabled) rarer and
	 * rising with age; most on the books before the five years begin.
	 */
	f = out(dir, "elders.tsv");
	fprintf(f, "name\tgender\tid_number\tphone\tbuilding\tunit\troom\t"
	    "origin\tliving\ttags\tjoined\tstatus\tarchive_reason\t"
	    "archive_date\n");
	expected = 0;
	for (i = 1; i <= n; i++) {
		char	 id[19], tags[128];
		int	 male, age, by, bm, bd, alone, empty, dis, poor, dem;
		int	 every, nb;
		int32_t	 joined, arch = 0;
		const char *living, *reason = "";

		male = rf() < 0.46;
		age = 60 + (int)(40 * rf() * rf() + 40 * rf() * 0.15);
		if (age > 99)
			age = 99;
		sg_date_split(today, &by, &bm, &bd);
		by -= age;
		bm = 1 + rn(12);
		bd = 1 + rn(28);
		idnum(id, regions[rn(NREG)], by, bm, bd, male);
		alone = rf() < 0.10 + (age >= 80) * 0.20 + (!male) * 0.05;
		empty = !alone && rf() < 0.35;
		dis = rf() < 0.04 + (age >= 80) * 0.08 + (age >= 90) * 0.10;
		dem = rf() < 0.01 + (age >= 85) * 0.05;
		poor = rf() < 0.03;
		living = alone ? "alone" : empty ? "couple" :
		    rf() < 0.8 ? "with-children" : "other";
		tags[0] = '\0';
		if (rf() < 0.08)
			strcat(tags, "低保,");
		if (alone)
			strcat(tags, "独居,");
		if (dis)
			strcat(tags, "失能,");
		if (dem)
			strcat(tags, "失智,");
		if (poor)
			strcat(tags, "特困,");
		if (empty)
			strcat(tags, "空巢,");
		if (age >= 80)
			strcat(tags, "高龄,");
		if (tags[0] != '\0')
			tags[strlen(tags) - 1] = '\0';
		if ((alone || empty) && age >= 80)
			every = 7;
		else if (dis || dem || poor)
			every = 30;
		else
			every = 91;
		/* 7 in 10 on the books before the window, the rest after */
		if (rf() < 0.7)
			joined = start - 1 - rn(3 * 365);
		else
			joined = start + rn(today - start - 30);
		/* about 2% a year leave: the oldest die, some move */
		if (rf() < 0.02 * (today - joined) / 365.0 *
		    (0.5 + age / 80.0)) {
			arch = joined + 1 + rn(today - joined - 1);
			reason = rf() < 0.6 + (age >= 85) * 0.2 ? "deceased" :
			    rf() < 0.8 ? "moved" : "other";
		}
		nb = n < 4000 ? 40 : 99;
		el[i].building = (uint8_t)(1 + rn(nb));
		el[i].every = (uint8_t)every;
		el[i].from = joined > start ? joined : start;
		el[i].to = arch ? arch - 1 : today;
		if (el[i].to >= el[i].from)
			expected += (el[i].to - el[i].from) / (double)every;
		fprintf(f, "%s%s\t%s\t%s\t", sur[pickw(sur_w, NSUR)],
		    male ? giv_m[rn(NGIV)] : giv_f[rn(NGIV)], male ? "M" : "F",
		    id);
		if (rf() < 0.6)
			fprintf(f, "1%d%09d", 3 + rn(7), rn(1000000000));
		fprintf(f, "\tB%02d\t%d\t%d%02d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
		    el[i].building, 1 + rn(4), 1 + rn(18), 1 + rn(4),
		    rf() < 0.7 ? towns[rn(12)] : "", living, tags, ds(joined),
		    arch ? "archived" : "active", reason,
		    arch ? ds(arch) : "");
	}
	done(f, "elders.tsv");

	/* Volunteers: most women, a social worker in ten, some students. */
	f = out(dir, "volunteers.tsv");
	fprintf(f, "name\tgender\trole\tjoined\tteams\n");
	for (i = 1; i <= w; i++) {
		static const char *const roles[] = { "volunteer",
		    "social-worker", "student", "party-member", "supervisor" };
		static const int role_w[] = { 70, 10, 12, 6, 2 };
		int	 male = rf() < 0.3, t = rn(NTEAM);

		fprintf(f, "%s%s\t%s\t%s\t%s\t%s", sur[pickw(sur_w, NSUR)],
		    male ? giv_m[rn(NGIV)] : giv_f[rn(NGIV)], male ? "M" : "F",
		    roles[pickw(role_w, 5)],
		    ds(start - 400 + rn(today - start + 300)), teams[t]);
		if (rf() < 0.25)
			fprintf(f, ",%s", teams[(t + 1 + rn(NTEAM - 1)) %
			    NTEAM]);
		fputc('\n', f);
	}
	done(f, "volunteers.tsv");

	/*
	 * Visits at each elder's pace under the built-in rules (a week, a
	 * month or a quarter, give or take a few days), thinned to about
	 * m when m is given; sorted by day so ids follow time.
	 */
	keep = m > 0 ? m / expected : 0.93;
	if (keep > 1)
		keep = 1;
	cap = (long)(expected * keep * 1.05) + 1024;
	if ((vs = malloc((size_t)cap * sizeof(*vs))) == NULL) {
		fprintf(stderr, "gen: out of memory\n");
		return 1;
	}
	nv = 0;
	for (i = 1; i <= n; i++) {
		int	 ev = el[i].every, jit = ev == 7 ? 2 : ev == 30 ? 6 : 15;

		for (d = el[i].from + rn(ev); d <= el[i].to;
		    d += ev - jit + rn(2 * jit + 1)) {
			if (rf() >= keep)
				continue;
			if (nv == cap) {
				cap *= 2;
				if ((vs = realloc(vs, (size_t)cap *
				    sizeof(*vs))) == NULL) {
					fprintf(stderr, "gen: out of memory\n");
					return 1;
				}
			}
			vs[nv].day = d;
			vs[nv].elder = (int32_t)i;
			nv++;
		}
	}
	qsort(vs, (size_t)nv, sizeof(*vs), cmp_visit);
	f = out(dir, "visits.tsv");
	for (k = 0; k < nv; k++) {
		static const char *const modes[] = { "home", "phone", "video",
		    "event" };
		static const int mode_w[] = { 74, 21, 4, 1 };
		static const char *const kinds[] = { "routine", "follow-up",
		    "holiday", "case", "supervision" };
		static const int kind_w[] = { 88, 5, 4, 2, 1 };
		const char *mode = modes[pickw(mode_w, 4)];
		const char *health = "", *safety = "";
		int	 minutes, fu = 0;
		long	 v1, v2 = 0;

		i = vs[k].elder;
		d = vs[k].day;
		minutes = strcmp(mode, "phone") == 0 ? 5 + rn(4) * 5 :
		    20 + rn(8) * 10;
		if (rf() < 0.04) {
			health = rf() < 0.1 ? "urgent" : "concern";
			fu = health[0] == 'u' ? 1 : 7;
		}
		if (rf() < 0.005) {
			safety = "urgent";
			fu = 1;
		}
		/* a building's elders are seen by a handful of volunteers */
		v1 = (el[i].building * 7919L + i % 5) % w + 1;
		if (rf() < 0.1)
			v2 = (v1 % w) + 1;
		fprintf(f, "%ld\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%ld\t", i, ds(d),
		    mode, kinds[pickw(kind_w, 5)], minutes, health, safety,
		    fu ? ds(d + fu) : "", v1);
		if (v2)
			fprintf(f, "%ld", v2);
		fputc('\n', f);
	}
	done(f, "visits.tsv");

	/*
	 * Events over the five years, the station's calendar: group
	 * sessions in series, clinics, festivals; one in thirty cancelled.
	 * Each draws 10-30 elders from one neighbourhood, a few walk-ins,
	 * and two or three volunteers staff it.
	 */
	f = out(dir, "events.tsv");
	{
		FILE	*fa = out(dir, "attendance.tsv");
		FILE	*fs = out(dir, "staffing.tsv");
		static const char *const ekinds[] = { "festival", "culture",
		    "health", "clinic", "group", "training", "interest",
		    "other" };
		static const char *const etitles[] = { "重阳节活动", "文艺汇演",
		    "健康讲座", "义诊", "互助小组", "防诈骗培训", "书法班",
		    "座谈会" };
		static const int ekind_w[] = { 6, 12, 16, 12, 24, 8, 16, 6 };
		static const char *const places[] = { "活动室", "广场",
		    "卫生室", "会议室" };

		for (k = 1; k <= e; k++) {
			int	 kd = pickw(ekind_w, 8), cancelled, na;
			long	 base;

			d = start + (int32_t)((k - 1) * (today - start + 60) / e);
			cancelled = rn(30) == 0;
			fprintf(f, "%ld\t%s\t%s\t%s\t%s\t%d\t", k, etitles[kd],
			    ekinds[kd], ds(d), places[rn(4)], 40);
			if (kd == 4 || kd == 6)
				fprintf(f, "%s%ld", etitles[kd], k * 7 / e);
			fprintf(f, "\t%s\t%s\n", cancelled ? "cancelled" :
			    "scheduled", cancelled ? "天气" : "");
			for (j = 0; j < 2 + rn(2); j++)
				fprintf(fs, "%ld\t%ld\t%.1f\n", k,
				    (k * 31 + j * 977) % w + 1,
				    2 + rn(5) * 0.5);
			if (cancelled || d > today)
				continue;
			na = 10 + rn(21);
			if (na > n)
				na = (int)n;
			base = rn((int)(n - na + 1));
			for (j = 0; j < na; j++)
				fprintf(fa, "%ld\t%ld\t%d\n", k,
				    base + 1 + j, rn(7) == 0);
		}
		done(fa, "attendance.tsv");
		done(fs, "staffing.tsv");
	}
	done(f, "events.tsv");

	/* Pairings (结对): most of the weekly ones, a few others. */
	f = out(dir, "pairings.tsv");
	for (i = 1; i <= n; i++) {
		int32_t	 s;

		if (rf() >= (el[i].every == 7 ? 0.6 : 0.05))
			continue;
		s = el[i].from + rn(120);
		fprintf(f, "%ld\t%ld\t%s\t", (i * 13) % w + 1, i, ds(s));
		if (el[i].to < today)
			fputs(ds(el[i].to), f);
		else if (rf() < 0.1 && s + 200 < today)
			fputs(ds(s + 200), f);
		fputc('\n', f);
	}
	done(f, "pairings.tsv");

	/* Manual hours: half the volunteers log some each month. */
	f = out(dir, "hours.tsv");
	for (i = 1; i <= w; i++)
		for (d = start + rn(30); d <= today; d += 30)
			if (rf() < 0.5)
				fprintf(f, "%ld\t%s\t%.1f\t%s\n", i, ds(d),
				    1 + rn(6) * 0.5, rf() < 0.5 ? "整理档案" :
				    "电话问候");
	done(f, "hours.tsv");

	/* load.sql with the directory filled in */
	f = out(dir, "load.sql");
	{
		const char	*p, *q;

		for (p = load_sql; (q = strstr(p, "DIR/")) != NULL; p = q + 3) {
			fwrite(p, 1, (size_t)(q - p), f);
			fputs(dir, f);
		}
		fputs(p, f);
	}
	done(f, "load.sql");

	fprintf(stderr, "gen: %s seed %llu: %ld elders, %ld volunteers, "
	    "%ld visits, %ld events\n", scale, (unsigned long long)seed, n, w,
	    nv, e);
	return 0;
}
