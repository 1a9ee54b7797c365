-- schema2.sql -- shegong's database, version 2: case work (个案).
--
-- Applied by lib/db.c as migration 2 on a version 1 database (a new one
-- is made from schema.sql).  Documented in shegong(7): partners that
-- provide resources (资源链接), cases from intake to feedback, the needs
-- of a case, its record (assessment, plan, actions, notes, closing) and
-- its referrals.  Visits link to a case by visit.case_id (version 1).
-- lib/trigger.c makes the change log's triggers of the new tables.

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
