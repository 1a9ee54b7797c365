-- schema2.sql -- shegong's database, version 2: case work (个案).
--
-- Applied by lib/db.c as migration 2 on a version 1 database (and after
-- migration 1 on a new one).  Documented in shegong(7): partners that
-- provide resources (资源链接), cases from intake to feedback, the needs
-- of a case, its record (assessment, plan, actions, notes, closing) and
-- its referrals.  Visits link to a case by visit.case_id (version 1).
-- The triggers below log every change, as in schema.sql.

CREATE TABLE partner (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL UNIQUE CHECK (name <> ''),
	kind		TEXT NOT NULL DEFAULT 'other'
			    CHECK (kind IN ('firm', 'shop', 'university',
			    'clinic', 'government', 'other')),
	offers		TEXT,			-- what it provides
	contact		TEXT,
	note		TEXT
);

CREATE TABLE elder_case (
	id		INTEGER PRIMARY KEY,
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	opened		TEXT NOT NULL,
	worker		TEXT,			-- who took it on (--by)
	source		TEXT,			-- visit:ID, walk-in, committee, family
	summary		TEXT,
	goal		TEXT,			-- the service plan's goal
	review		TEXT,			-- the plan's next review date
	status		TEXT NOT NULL DEFAULT 'open'
			    CHECK (status IN ('open', 'closed')),
	closed		TEXT,
	outcome		TEXT CHECK (outcome IN ('resolved', 'referred',
			    'moved', 'deceased', 'other')),
	feedback	TEXT
);
CREATE INDEX elder_case_elder ON elder_case (elder_id);

CREATE TABLE case_need (
	case_id		INTEGER NOT NULL REFERENCES elder_case (id),
	need		TEXT NOT NULL,
	PRIMARY KEY (case_id, need)
) WITHOUT ROWID;

CREATE TABLE case_entry (
	id		INTEGER PRIMARY KEY,
	case_id		INTEGER NOT NULL REFERENCES elder_case (id),
	date		TEXT NOT NULL,
	kind		TEXT NOT NULL CHECK (kind IN ('intake', 'assess',
			    'plan', 'action', 'note', 'close', 'reopen')),
	text		TEXT,
	by		TEXT
);
CREATE INDEX case_entry_case ON case_entry (case_id, date);

CREATE TABLE referral (
	id		INTEGER PRIMARY KEY,
	case_id		INTEGER NOT NULL REFERENCES elder_case (id),
	partner_id	INTEGER NOT NULL REFERENCES partner (id),
	need		TEXT NOT NULL,
	date		TEXT NOT NULL,
	status		TEXT NOT NULL DEFAULT 'sent'
			    CHECK (status IN ('sent', 'accepted', 'done',
			    'declined')),
	updated		TEXT,			-- date of the last status
	note		TEXT
);
CREATE INDEX referral_case ON referral (case_id);

-- Follow-ups still open (report): only the visits that asked for one.
CREATE INDEX visit_followup ON visit (elder_id, date)
    WHERE follow_up IS NOT NULL;

CREATE TRIGGER partner_log_insert AFTER INSERT ON partner
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'partner', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'name', NEW.name, 'kind', NEW.kind, 'offers', NEW.offers, 'contact', NEW.contact, 'note', NEW.note));
END;

CREATE TRIGGER partner_log_update AFTER UPDATE ON partner
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.offers IS NOT NEW.offers OR OLD.contact IS NOT NEW.contact OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'partner', NEW.id, 'update',
	    json_object('id', OLD.id, 'name', OLD.name, 'kind', OLD.kind, 'offers', OLD.offers, 'contact', OLD.contact, 'note', OLD.note),
	    json_object('id', NEW.id, 'name', NEW.name, 'kind', NEW.kind, 'offers', NEW.offers, 'contact', NEW.contact, 'note', NEW.note));
END;

CREATE TRIGGER partner_log_delete AFTER DELETE ON partner
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'partner', OLD.id, 'delete',
	    json_object('id', OLD.id, 'name', OLD.name, 'kind', OLD.kind, 'offers', OLD.offers, 'contact', OLD.contact, 'note', OLD.note),
	    NULL);
END;

CREATE TRIGGER elder_case_log_insert AFTER INSERT ON elder_case
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'elder_case', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'opened', NEW.opened, 'worker', NEW.worker, 'source', NEW.source, 'summary', NEW.summary, 'goal', NEW.goal, 'review', NEW.review, 'status', NEW.status, 'closed', NEW.closed, 'outcome', NEW.outcome, 'feedback', NEW.feedback));
END;

CREATE TRIGGER elder_case_log_update AFTER UPDATE ON elder_case
WHEN OLD.id IS NOT NEW.id OR OLD.elder_id IS NOT NEW.elder_id OR OLD.opened IS NOT NEW.opened OR OLD.worker IS NOT NEW.worker OR OLD.source IS NOT NEW.source OR OLD.summary IS NOT NEW.summary OR OLD.goal IS NOT NEW.goal OR OLD.review IS NOT NEW.review OR OLD.status IS NOT NEW.status OR OLD.closed IS NOT NEW.closed OR OLD.outcome IS NOT NEW.outcome OR OLD.feedback IS NOT NEW.feedback
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'elder_case', NEW.id, 'update',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'opened', OLD.opened, 'worker', OLD.worker, 'source', OLD.source, 'summary', OLD.summary, 'goal', OLD.goal, 'review', OLD.review, 'status', OLD.status, 'closed', OLD.closed, 'outcome', OLD.outcome, 'feedback', OLD.feedback),
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'opened', NEW.opened, 'worker', NEW.worker, 'source', NEW.source, 'summary', NEW.summary, 'goal', NEW.goal, 'review', NEW.review, 'status', NEW.status, 'closed', NEW.closed, 'outcome', NEW.outcome, 'feedback', NEW.feedback));
END;

CREATE TRIGGER elder_case_log_delete AFTER DELETE ON elder_case
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'elder_case', OLD.id, 'delete',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'opened', OLD.opened, 'worker', OLD.worker, 'source', OLD.source, 'summary', OLD.summary, 'goal', OLD.goal, 'review', OLD.review, 'status', OLD.status, 'closed', OLD.closed, 'outcome', OLD.outcome, 'feedback', OLD.feedback),
	    NULL);
END;

CREATE TRIGGER case_need_log_insert AFTER INSERT ON case_need
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'case_need', NEW.case_id, 'insert',
	    NULL,
	    json_object('case_id', NEW.case_id, 'need', NEW.need));
END;

CREATE TRIGGER case_need_log_update AFTER UPDATE ON case_need
WHEN OLD.case_id IS NOT NEW.case_id OR OLD.need IS NOT NEW.need
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'case_need', NEW.case_id, 'update',
	    json_object('case_id', OLD.case_id, 'need', OLD.need),
	    json_object('case_id', NEW.case_id, 'need', NEW.need));
END;

CREATE TRIGGER case_need_log_delete AFTER DELETE ON case_need
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'case_need', OLD.case_id, 'delete',
	    json_object('case_id', OLD.case_id, 'need', OLD.need),
	    NULL);
END;

CREATE TRIGGER case_entry_log_insert AFTER INSERT ON case_entry
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'case_entry', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'case_id', NEW.case_id, 'date', NEW.date, 'kind', NEW.kind, 'text', NEW.text, 'by', NEW.by));
END;

CREATE TRIGGER case_entry_log_update AFTER UPDATE ON case_entry
WHEN OLD.id IS NOT NEW.id OR OLD.case_id IS NOT NEW.case_id OR OLD.date IS NOT NEW.date OR OLD.kind IS NOT NEW.kind OR OLD.text IS NOT NEW.text OR OLD.by IS NOT NEW.by
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'case_entry', NEW.id, 'update',
	    json_object('id', OLD.id, 'case_id', OLD.case_id, 'date', OLD.date, 'kind', OLD.kind, 'text', OLD.text, 'by', OLD.by),
	    json_object('id', NEW.id, 'case_id', NEW.case_id, 'date', NEW.date, 'kind', NEW.kind, 'text', NEW.text, 'by', NEW.by));
END;

CREATE TRIGGER case_entry_log_delete AFTER DELETE ON case_entry
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'case_entry', OLD.id, 'delete',
	    json_object('id', OLD.id, 'case_id', OLD.case_id, 'date', OLD.date, 'kind', OLD.kind, 'text', OLD.text, 'by', OLD.by),
	    NULL);
END;

CREATE TRIGGER referral_log_insert AFTER INSERT ON referral
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'referral', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'case_id', NEW.case_id, 'partner_id', NEW.partner_id, 'need', NEW.need, 'date', NEW.date, 'status', NEW.status, 'updated', NEW.updated, 'note', NEW.note));
END;

CREATE TRIGGER referral_log_update AFTER UPDATE ON referral
WHEN OLD.id IS NOT NEW.id OR OLD.case_id IS NOT NEW.case_id OR OLD.partner_id IS NOT NEW.partner_id OR OLD.need IS NOT NEW.need OR OLD.date IS NOT NEW.date OR OLD.status IS NOT NEW.status OR OLD.updated IS NOT NEW.updated OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'referral', NEW.id, 'update',
	    json_object('id', OLD.id, 'case_id', OLD.case_id, 'partner_id', OLD.partner_id, 'need', OLD.need, 'date', OLD.date, 'status', OLD.status, 'updated', OLD.updated, 'note', OLD.note),
	    json_object('id', NEW.id, 'case_id', NEW.case_id, 'partner_id', NEW.partner_id, 'need', NEW.need, 'date', NEW.date, 'status', NEW.status, 'updated', NEW.updated, 'note', NEW.note));
END;

CREATE TRIGGER referral_log_delete AFTER DELETE ON referral
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'referral', OLD.id, 'delete',
	    json_object('id', OLD.id, 'case_id', OLD.case_id, 'partner_id', OLD.partner_id, 'need', OLD.need, 'date', OLD.date, 'status', OLD.status, 'updated', OLD.updated, 'note', OLD.note),
	    NULL);
END;
