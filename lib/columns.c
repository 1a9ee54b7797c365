/*
 * columns.c -- the register of every list the commands print: for each
 * COMMAND VERB [SUB], its columns with their labels, as the modules
 * declare them.  "COMMAND --columns VERB [SUB]" prints them (key, Chinese
 * and English label, a line each); bash completion offers their keys.
 */
#include <stdio.h>
#include <string.h>

#include "sg.h"

static const struct sg_listdecl *const registers[] = {
	sg_elder_lists, sg_assess_lists, sg_case_lists, sg_visit_lists,
	sg_sheet_lists,
	sg_plan_lists, sg_volunteer_lists, sg_hours_lists, sg_event_lists,
	sg_report_lists, sg_page_lists, sg_rquery_lists, sg_changes_lists,
	sg_person_lists,
	sg_goods_lists,
};

/* Print one column: key, Chinese label, English label. */
static void
print_col(FILE *fp, const struct sg_col *c)
{
	fprintf(fp, "%s\t%s\t%s\n", c->key, c->zh ? c->zh : c->key,
	    c->en ? c->en : c->key);
}

/* Print the columns of one declared list. */
static void
print_decl(FILE *fp, const struct sg_listdecl *d)
{
	struct sg_col	 c;
	int		 i;

	if (d->table != NULL) {
		for (i = 0; i < d->table->nfields; i++) {
			const struct sg_field *f = &d->table->fields[i];

			if (f->expr == NULL || (f->flags & d->skip) != 0 ||
			    (d->mask != 0 && (f->flags & d->mask) == 0))
				continue;
			sg_field_col(f, &c);
			print_col(fp, &c);
		}
		return;
	}
	for (i = 0; i < (d->pick ? d->npick : d->ncols); i++)
		print_col(fp, &d->cols[d->pick ? d->pick[i] : i]);
}

/* Does a declared list name this verb (and sub-verb, when it has one)? */
static int
matches(const struct sg_listdecl *d, const char *cmd, const char *verb,
    const char *sub)
{
	if (strcmp(d->cmd, cmd) != 0 || strcmp(d->verb, verb) != 0)
		return 0;
	if (d->sub == NULL)
		return 1;
	return sub != NULL && strcmp(d->sub, sub) == 0;
}

/*
 * Print the columns of COMMAND VERB [SUB]; nothing when it prints no
 * list.  Returns 1 when a sub-verb was needed and not given or not known.
 */
int
sg_columns_print(FILE *fp, const char *cmd, const char *verb,
    const char *sub)
{
	const struct sg_listdecl	*d;
	size_t				 i;
	int				 subs = 0;

	for (i = 0; i < sizeof(registers) / sizeof(registers[0]); i++)
		for (d = registers[i]; d->cmd != NULL; d++) {
			if (matches(d, cmd, verb, sub)) {
				print_decl(fp, d);
				return 0;
			}
			subs |= strcmp(d->cmd, cmd) == 0 &&
			    strcmp(d->verb, verb) == 0;
		}
	return subs;
}
