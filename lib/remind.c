/*
 * remind.c -- visit remind: for each visitor with planned visits on a
 * day, one text message (the elders, their addresses and phones, why
 * each is visited), handed on standard input to the command the config
 * names (remind.command, run by /bin/sh with the visitor's name and phone
 * in its environment), or printed when none is set.  A command that exits
 * 0 has sent its message, which is recorded (remind_sent) so that a second
 * run the same day sends it again only with --again; a command that
 * fails is reported for its visitor and nothing is recorded for it.
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sg.h"

/* The planned visits of a day, by visitor, in the plan's order. */
static const char plans_sql[] =
    "SELECT p.volunteer_id, vo.name, vo.phone, e.name, "
    "ltrim(coalesce('-' || e.building, '') || coalesce('-' || e.unit, '') "
    "|| coalesce('-' || e.room, ''), '-'), e.phone, p.kind, p.rule "
    "FROM plan p JOIN volunteer vo ON vo.id = p.volunteer_id "
    "JOIN elder e ON e.id = p.elder_id "
    "WHERE p.day = ?1 AND p.status = 'planned' "
    "ORDER BY p.volunteer_id, e.building + 0, e.building, e.unit + 0, "
    "e.room + 0, p.id";

/* One visitor's message being built. */
struct msg {
	int64_t		 vol;
	char		*name, *phone;
	char		*text;
	size_t		 len;
	FILE		*fp;
	int		 count;
};

/* The Chinese words of a plan's kinds. */
static const char *
kind_word(const char *kind, int zh)
{
	static const char *const map[][2] = {
		{ "routine", "常规走访" }, { "follow-up", "回访" },
		{ "holiday", "节日慰问" }, { "case", "个案" },
		{ "supervision", "督导" },
	};
	size_t	 i;

	for (i = 0; zh && i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i][0], kind) == 0)
			return map[i][1];
	return kind;
}

static const char *
or_dash(const unsigned char *s)
{
	return s != NULL && *s != '\0' ? (const char *)s : "-";
}

/* Start a visitor's message: its first line. */
static const struct sg_error *
msg_begin(struct msg *m, sqlite3_stmt *st)
{
	memset(m, 0, sizeof(*m));
	m->vol = sqlite3_column_int64(st, 0);
	m->name = strdup((const char *)sqlite3_column_text(st, 1));
	m->phone = strdup(sqlite3_column_text(st, 2) ?
	    (const char *)sqlite3_column_text(st, 2) : "");
	m->fp = open_memstream(&m->text, &m->len);
	if (m->name == NULL || m->phone == NULL || m->fp == NULL)
		return sg_error_errno("remind");
	return NULL;
}

static void
msg_free(struct msg *m)
{
	if (m->fp != NULL)
		fclose(m->fp);
	free(m->text);
	free(m->name);
	free(m->phone);
	memset(m, 0, sizeof(*m));
}

/* The whole message: a heading, then a line an elder. */
static const struct sg_error *
msg_end(struct msg *m, const char *day, int zh)
{
	char	*all = NULL, *body;
	size_t	 n = 0;
	FILE	*fp;

	if (fclose(m->fp) != 0) {
		m->fp = NULL;
		return sg_error_errno("remind");
	}
	m->fp = NULL;
	body = m->text;
	if ((fp = open_memstream(&all, &n)) == NULL)
		return sg_error_errno("remind");
	if (zh)
		fprintf(fp, "%s：%s 探访安排 %d 户\n%s", m->name, day, m->count,
		    body);
	else
		fprintf(fp, "%s: %d visit%s planned on %s\n%s", m->name,
		    m->count, m->count == 1 ? "" : "s", day, body);
	if (fclose(fp) != 0) {
		free(all);
		return sg_error_errno("remind");
	}
	free(body);
	m->text = all;
	m->len = n;
	return NULL;
}

/* Run the command with the message on its standard input. */
static const struct sg_error *
send_one(const char *command, const struct msg *m, const char *day)
{
	char	 n[24];
	int	 fd[2], status;
	pid_t	 pid;
	size_t	 off = 0;
	ssize_t	 w;
	void	(*old)(int);

	if (pipe(fd) == -1)
		return sg_error_errno("remind: pipe");
	fflush(stderr);
	if ((pid = fork()) == -1) {
		close(fd[0]);
		close(fd[1]);
		return sg_error_errno("remind: fork");
	}
	if (pid == 0) {
		snprintf(n, sizeof(n), "%lld", (long long)m->vol);
		close(fd[1]);
		if (dup2(fd[0], 0) == -1 || dup2(2, 1) == -1)
			_exit(127);
		close(fd[0]);
		setenv("SHEGONG_VISITOR_NAME", m->name, 1);
		setenv("SHEGONG_VISITOR_PHONE", m->phone, 1);
		setenv("SHEGONG_VISITOR_ID", n, 1);
		setenv("SHEGONG_REMIND_DAY", day, 1);
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);
	old = signal(SIGPIPE, SIG_IGN);
	while (off < m->len) {
		if ((w = write(fd[1], m->text + off, m->len - off)) == -1) {
			if (errno == EINTR)
				continue;
			break;		/* the command did not read it all */
		}
		off += (size_t)w;
	}
	close(fd[1]);
	signal(SIGPIPE, old);
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return sg_error_errno("remind: wait");
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return NULL;
	if (WIFEXITED(status))
		return sg_error_fmt("command exited with status %d",
		    WEXITSTATUS(status));
	return sg_error_fmt("command killed by signal %d",
	    WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

/* Was a visitor's reminder of the day sent already? */
static const struct sg_error *
sent_already(struct sg_ctx *ctx, int64_t vol, const char *day, int *yes)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	*yes = 0;
	if ((err = sg_db_prepare(ctx, &st, "SELECT 1 FROM remind_sent WHERE "
	    "day = ? AND volunteer_id = ?")) != NULL)
		return err;
	sqlite3_bind_text(st, 1, day, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, vol);
	*yes = sg_db_row(st, &err);
	sqlite3_finalize(st);
	return err;
}

/* Hand one finished message on: printed, or sent and recorded. */
static const struct sg_error *
deliver(struct sg_ctx *ctx, struct msg *m, const char *day, int again,
    int *nprinted, int *nfailed)
{
	const struct sg_error	*err;
	const char		*cmd = ctx->cfg->remind_command;
	int			 sent;

	if (cmd == NULL || *cmd == '\0' || ctx->dry_run) {
		fprintf(ctx->out, "%s%s", (*nprinted)++ ? "\n" : "", m->text);
		return NULL;
	}
	if ((err = sent_already(ctx, m->vol, day, &sent)) != NULL)
		return err;
	if (sent && !again)
		return NULL;
	if ((err = send_one(cmd, m, day)) != NULL) {
		sg_warn("remind: %s (%lld): %s", m->name, (long long)m->vol,
		    err->msg);
		(*nfailed)++;
		return NULL;
	}
	return sg_db_run(ctx, "INSERT INTO remind_sent (day, volunteer_id, "
	    "ts, visits) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%S', 'now'), "
	    "?)", "tii", day, m->vol, (int64_t)m->count);
}

/* visit remind [--day D] [--again] */
const struct sg_error *
sg_visit_remind(struct sg_ctx *ctx, const char *dayopt, int again)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st = NULL;
	struct msg		 m;
	struct sg_config	*cfg;
	char			 day[16];
	int32_t			 d;
	int			 zh, nprinted = 0, nfailed = 0, have = 0;

	memset(&m, 0, sizeof(m));
	if ((err = sg_want_format(ctx, SG_FMTS(SG_FMT_TEXT), "remind")) != NULL)
		return err;
	if ((err = sg_date_parse(&d, dayopt ? dayopt : "today", ctx->today)))
		return sg_error_fmt("day: %s", err->msg);
	sg_date_str(day, d);
	if ((cfg = sg_ctx_config(ctx)) == NULL)
		return sg_error_fmt("remind: cannot read the config");
	if (cfg->remind_command != NULL && *cfg->remind_command != '\0' &&
	    !ctx->dry_run && (err = sg_ctx_want_write(ctx)) != NULL)
		return err;
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_db_prepare(ctx, &st, plans_sql)) != NULL)
		return err;
	zh = sg_ctx_labels(ctx, SG_FMT_TEXT) == SG_LABELS_ZH;
	sqlite3_bind_text(st, 1, day, -1, SQLITE_STATIC);
	while (err == NULL && sg_db_row(st, &err)) {
		if (have && m.vol != sqlite3_column_int64(st, 0)) {
			if ((err = msg_end(&m, day, zh)) != NULL ||
			    (err = deliver(ctx, &m, day, again, &nprinted,
			    &nfailed)) != NULL)
				break;
			msg_free(&m);
			have = 0;
		}
		if (!have && (err = msg_begin(&m, st)) != NULL)
			break;
		have = 1;
		m.count++;
		fprintf(m.fp, "%d. %s  %s  %s  %s%s%s%s\n", m.count,
		    sqlite3_column_text(st, 3), or_dash(sqlite3_column_text(st,
		    4)), or_dash(sqlite3_column_text(st, 5)),
		    kind_word((const char *)sqlite3_column_text(st, 6), zh),
		    sqlite3_column_text(st, 7) ? (zh ? "（" : " (") : "",
		    sqlite3_column_text(st, 7) ?
		    (const char *)sqlite3_column_text(st, 7) : "",
		    sqlite3_column_text(st, 7) ? (zh ? "）" : ")") : "");
	}
	sqlite3_finalize(st);
	if (err == NULL && have) {
		if ((err = msg_end(&m, day, zh)) == NULL)
			err = deliver(ctx, &m, day, again, &nprinted, &nfailed);
	}
	msg_free(&m);
	if (err == NULL && nfailed > 0) {
		/* what was sent stays recorded */
		if ((err = sg_db_commit(ctx)) == NULL)
			err = sg_error_fmt("remind: %d message%s not sent",
			    nfailed, nfailed == 1 ? "" : "s");
	}
	return err;
}
