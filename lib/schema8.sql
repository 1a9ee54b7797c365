-- schema8.sql -- shegong's database, version 8: projects, goods, reminders.
--
-- Applied by lib/db.c as migration 8.  Visits, events, cases and manual
-- hours carry the project and part of a funded service plan (the
-- projects and their targets are in the config: shegong.yaml(5)); goods
-- that partners give are received and handed out (goods_in, goods_out);
-- the reminders `visit remind` sent, so a second run does not send them
-- again; partners may be schools (中小学) and social organisations.
-- Documented in shegong(7).

ALTER TABLE visit ADD COLUMN project TEXT;
ALTER TABLE visit ADD COLUMN part TEXT;
ALTER TABLE event ADD COLUMN project TEXT;
ALTER TABLE event ADD COLUMN part TEXT;
ALTER TABLE elder_case ADD COLUMN project TEXT;
ALTER TABLE elder_case ADD COLUMN part TEXT;
ALTER TABLE hours_log ADD COLUMN project TEXT;
ALTER TABLE hours_log ADD COLUMN part TEXT;
CREATE INDEX visit_project ON visit (project, part, date);
CREATE INDEX event_project ON event (project, part, date);

-- A partner's kind gains school and ngo: SQLite changes a CHECK only by
-- making the table again, and referral (which refers to partner) with it:
-- the new referral refers to the new partner, which takes the old one's
-- name once nothing refers to the old one (the rename carries the
-- reference along), so that no reference is ever left dangling.
CREATE TABLE partner_new (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL UNIQUE CHECK (name <> ''),
	kind		TEXT NOT NULL DEFAULT 'other'
			    CHECK (kind IN ('firm', 'shop', 'university',
			    'clinic', 'government', 'school', 'ngo',
			    'other')),
	offers		TEXT,			-- what it provides
	contact		TEXT,
	note		TEXT
);
INSERT INTO partner_new SELECT id, name, kind, offers, contact, note
FROM partner;
CREATE TABLE referral_new (
	id		INTEGER PRIMARY KEY,
	case_id		INTEGER NOT NULL REFERENCES elder_case (id),
	partner_id	INTEGER NOT NULL REFERENCES partner_new (id),
	need		TEXT NOT NULL,
	date		TEXT NOT NULL,
	status		TEXT NOT NULL DEFAULT 'sent'
			    CHECK (status IN ('sent', 'accepted', 'done',
			    'declined')),
	updated		TEXT,			-- date of the last status
	note		TEXT
);
INSERT INTO referral_new SELECT id, case_id, partner_id, need, date, status,
    updated, note FROM referral;
DROP TABLE referral;
DROP TABLE partner;
ALTER TABLE partner_new RENAME TO partner;
ALTER TABLE referral_new RENAME TO referral;
CREATE INDEX referral_case ON referral (case_id);

-- Goods a partner gave (a lot), and what was handed out of each lot, on
-- a visit, at an event or for a case: stock is a lot's qty less what
-- went out of it, and never goes below zero.
CREATE TABLE goods_in (
	id		INTEGER PRIMARY KEY,
	partner_id	INTEGER NOT NULL REFERENCES partner (id),
	date		TEXT NOT NULL,
	item		TEXT NOT NULL CHECK (item <> ''),
	qty		REAL NOT NULL CHECK (qty > 0),
	unit		TEXT,
	value		REAL CHECK (value >= 0),	-- yuan, the whole lot
	note		TEXT
);
CREATE INDEX goods_in_item ON goods_in (item, date);

CREATE TABLE goods_out (
	id		INTEGER PRIMARY KEY,
	in_id		INTEGER NOT NULL REFERENCES goods_in (id),
	date		TEXT NOT NULL,
	qty		REAL NOT NULL CHECK (qty > 0),
	visit_id	INTEGER REFERENCES visit (id),
	event_id	INTEGER REFERENCES event (id),
	case_id		INTEGER REFERENCES elder_case (id),
	CHECK ((visit_id IS NOT NULL) + (event_id IS NOT NULL) +
	    (case_id IS NOT NULL) = 1)
);
CREATE INDEX goods_out_in ON goods_out (in_id);

-- A reminder `visit remind` handed to remind.command and the command
-- took (exit 0): one a visitor and day.
CREATE TABLE remind_sent (
	id		INTEGER PRIMARY KEY,
	day		TEXT NOT NULL,
	volunteer_id	INTEGER NOT NULL REFERENCES volunteer (id),
	ts		TEXT NOT NULL,		-- UTC
	visits		INTEGER NOT NULL	-- planned visits in it
);
CREATE INDEX remind_sent_day ON remind_sent (day, volunteer_id);
