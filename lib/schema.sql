-- schema.sql -- shegong's database as it is now: schema version 8 (the
-- SG_SCHEMA_VERSION of lib/sg.h).
--
-- A new database is made from this file by lib/db.c; an older one is
-- brought here by the migrations lib/schemaN.sql (version N-1 to N), and
-- a test (tests/cmd/t011-schema.sh) checks that both give the same
-- tables, columns, indexes, foreign keys and triggers.  Documented in
-- shegong(7).  Dates are TEXT 'YYYY-MM-DD'; times of day 'HH:MM';
-- timestamps 'YYYY-MM-DDTHH:MM:SS' (UTC).  Nothing is deleted by a normal
-- command: records are archived or cancelled, and every insert, update and
-- delete on these tables is written to `changelog` by triggers that
-- lib/trigger.c makes from the tables' columns (not written here).

CREATE TABLE meta (
	key		TEXT PRIMARY KEY,	-- station_name, station_operator
	value		TEXT
);

CREATE TABLE elder (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL CHECK (name <> ''),
	gender		TEXT CHECK (gender IN ('M', 'F')),
	birth		TEXT,
	id_number	TEXT UNIQUE,
	phone		TEXT,
	building	TEXT,
	unit		TEXT,
	room		TEXT,
	origin		TEXT,			-- township/village before relocation
	living		TEXT CHECK (living IN ('alone', 'couple',
			    'with-children', 'other')),
	tags		TEXT NOT NULL DEFAULT '',	-- 'a,b' sorted, unique
	health		TEXT,			-- sensitive: never in lists
	caregiver	TEXT,
	caregiver_relation TEXT,
	caregiver_phone	TEXT,
	emergency	TEXT,
	emergency_phone	TEXT,
	joined		TEXT NOT NULL,
	status		TEXT NOT NULL DEFAULT 'active'
			    CHECK (status IN ('active', 'archived')),
	archive_reason	TEXT CHECK (archive_reason IN ('moved', 'deceased',
			    'other')),
	archive_date	TEXT,
	visit_every	TEXT,			-- own interval: week, 10d, ...
	note		TEXT
);
CREATE INDEX elder_address ON elder (building, unit, room);
CREATE INDEX elder_status ON elder (status);
CREATE INDEX elder_name ON elder (name);

CREATE TABLE volunteer (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL CHECK (name <> ''),
	gender		TEXT CHECK (gender IN ('M', 'F')),
	phone		TEXT,
	id_number	TEXT UNIQUE,
	number		TEXT,			-- volunteer number (志愿者编号)
	role		TEXT NOT NULL DEFAULT 'volunteer'
			    CHECK (role IN ('volunteer', 'social-worker',
			    'supervisor', 'party-member', 'student')),
	skills		TEXT NOT NULL DEFAULT '',
	available	TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri',
	joined		TEXT NOT NULL,
	status		TEXT NOT NULL DEFAULT 'active'
			    CHECK (status IN ('active', 'archived')),
	archive_date	TEXT,
	note		TEXT,
	elder_id	INTEGER REFERENCES elder (id),	-- the elder who volunteers
	person_id	INTEGER REFERENCES person (id)	-- the person who does
);

CREATE TABLE team (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL UNIQUE CHECK (name <> ''),
	leader_id	INTEGER REFERENCES volunteer (id),
	note		TEXT
);

CREATE TABLE team_member (
	team_id		INTEGER NOT NULL REFERENCES team (id),
	volunteer_id	INTEGER NOT NULL REFERENCES volunteer (id),
	joined		TEXT,
	PRIMARY KEY (team_id, volunteer_id)
) WITHOUT ROWID;
CREATE INDEX team_member_volunteer ON team_member (volunteer_id);

CREATE TABLE pairing (
	id		INTEGER PRIMARY KEY,
	volunteer_id	INTEGER NOT NULL REFERENCES volunteer (id),
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	start		TEXT NOT NULL,
	end		TEXT			-- NULL while the pairing lasts
);
CREATE INDEX pairing_elder ON pairing (elder_id, end);
CREATE INDEX pairing_volunteer ON pairing (volunteer_id, end);

CREATE TABLE visit (
	id		INTEGER PRIMARY KEY,
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	date		TEXT NOT NULL,
	mode		TEXT NOT NULL DEFAULT 'home'
			    CHECK (mode IN ('home', 'phone', 'video', 'event')),
	kind		TEXT NOT NULL DEFAULT 'routine'
			    CHECK (kind IN ('routine', 'follow-up', 'holiday',
			    'case', 'supervision')),
	minutes		INTEGER CHECK (minutes > 0),
	living		TEXT CHECK (living IN ('ok', 'concern', 'urgent')),
	safety		TEXT CHECK (safety IN ('ok', 'concern', 'urgent')),
	health		TEXT CHECK (health IN ('ok', 'concern', 'urgent')),
	mental		TEXT CHECK (mental IN ('ok', 'concern', 'urgent')),
	note		TEXT,
	follow_up	TEXT,			-- date a follow-up is due
	plan_id		INTEGER REFERENCES plan (id),
	case_id		INTEGER,
	supervised_id	INTEGER REFERENCES volunteer (id),	-- supervision: the worker
	project		TEXT,			-- the project and part it
	part		TEXT			-- counts for (version 8)
);
CREATE INDEX visit_elder ON visit (elder_id, date);
CREATE INDEX visit_date ON visit (date);
-- Follow-ups still open (report): only the visits that asked for one.
CREATE INDEX visit_followup ON visit (elder_id, date)
    WHERE follow_up IS NOT NULL;
-- ... and of those, the follow-up visits themselves.
CREATE INDEX visit_followup_kind ON visit (elder_id, date)
	WHERE kind = 'follow-up';

CREATE TABLE visit_visitor (
	visit_id	INTEGER NOT NULL REFERENCES visit (id),
	volunteer_id	INTEGER NOT NULL REFERENCES volunteer (id),
	PRIMARY KEY (visit_id, volunteer_id)
) WITHOUT ROWID;
CREATE INDEX visit_visitor_volunteer ON visit_visitor (volunteer_id);

CREATE TABLE plan (
	id		INTEGER PRIMARY KEY,
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	week		TEXT NOT NULL,		-- 'YYYY-Www'
	day		TEXT NOT NULL,
	volunteer_id	INTEGER REFERENCES volunteer (id),
	kind		TEXT NOT NULL DEFAULT 'routine',
	rule		TEXT,
	status		TEXT NOT NULL DEFAULT 'planned'
			    CHECK (status IN ('planned', 'done', 'skipped')),
	reason		TEXT,
	visit_id	INTEGER REFERENCES visit (id),
	UNIQUE (week, elder_id, kind)
);
CREATE INDEX plan_day ON plan (day);

-- Participants who are not elders (version 7).
CREATE TABLE person (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL CHECK (name <> ''),
	gender		TEXT CHECK (gender IN ('M', 'F')),
	phone		TEXT,
	building	TEXT,
	unit		TEXT,
	room		TEXT,
	outside		INTEGER NOT NULL DEFAULT 0,	-- lives outside the community
	kind		TEXT NOT NULL DEFAULT 'other'
			    CHECK (kind IN ('caregiver', 'resident', 'student',
			    'family', 'other')),
	elder_id	INTEGER REFERENCES elder (id),	-- the elder linked
	relation	TEXT,			-- to that elder: 女儿, 老伴 ...
	joined		TEXT NOT NULL,
	status		TEXT NOT NULL DEFAULT 'active'
			    CHECK (status IN ('active', 'archived')),
	archive_date	TEXT,
	note		TEXT
);
CREATE INDEX person_elder ON person (elder_id);

CREATE TABLE event (
	id		INTEGER PRIMARY KEY,
	title		TEXT NOT NULL CHECK (title <> ''),
	kind		TEXT NOT NULL DEFAULT 'other'
			    CHECK (kind IN ('festival', 'culture', 'health',
			    'clinic', 'group', 'training', 'interest',
			    'other')),
	date		TEXT NOT NULL,
	start		TEXT,
	end		TEXT,
	place		TEXT,
	capacity	INTEGER CHECK (capacity > 0),	-- NULL: no limit
	series		TEXT,
	status		TEXT NOT NULL DEFAULT 'scheduled'
			    CHECK (status IN ('scheduled', 'cancelled')),
	cancel_reason	TEXT,
	note		TEXT,
	project		TEXT,
	part		TEXT
);
CREATE INDEX event_date ON event (date);
CREATE INDEX event_series ON event (series);

CREATE TABLE event_partner (
	event_id	INTEGER NOT NULL REFERENCES event (id),
	partner		TEXT NOT NULL,
	PRIMARY KEY (event_id, partner)
) WITHOUT ROWID;

CREATE TABLE signup (
	id		INTEGER PRIMARY KEY,	-- order of sign-up
	event_id	INTEGER NOT NULL REFERENCES event (id),
	elder_id	INTEGER REFERENCES elder (id),
	person_id	INTEGER REFERENCES person (id),
	time		TEXT NOT NULL,
	status		TEXT NOT NULL CHECK (status IN ('registered',
			    'waitlisted', 'withdrawn')),
	CHECK ((elder_id IS NULL) <> (person_id IS NULL)),
	UNIQUE (event_id, elder_id),
	UNIQUE (event_id, person_id)
);

CREATE INDEX signup_elder ON signup (elder_id);
CREATE INDEX signup_person ON signup (person_id);

CREATE TABLE attendance (
	id		INTEGER PRIMARY KEY,
	event_id	INTEGER NOT NULL REFERENCES event (id),
	elder_id	INTEGER REFERENCES elder (id),
	person_id	INTEGER REFERENCES person (id),
	walk_in		INTEGER NOT NULL DEFAULT 0,
	time		TEXT,
	CHECK ((elder_id IS NULL) <> (person_id IS NULL)),
	UNIQUE (event_id, elder_id),
	UNIQUE (event_id, person_id)
);
CREATE INDEX attendance_elder ON attendance (elder_id);
CREATE INDEX attendance_person ON attendance (person_id);

CREATE TABLE staffing (
	event_id	INTEGER NOT NULL REFERENCES event (id),
	volunteer_id	INTEGER NOT NULL REFERENCES volunteer (id),
	hours		REAL NOT NULL CHECK (hours > 0),
	PRIMARY KEY (event_id, volunteer_id)
) WITHOUT ROWID;
CREATE INDEX staffing_volunteer ON staffing (volunteer_id);

CREATE TABLE hours_log (
	id		INTEGER PRIMARY KEY,
	volunteer_id	INTEGER NOT NULL REFERENCES volunteer (id),
	date		TEXT NOT NULL,
	hours		REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
	content		TEXT NOT NULL,
	place		TEXT,
	project		TEXT,
	part		TEXT
);
CREATE INDEX hours_log_volunteer ON hours_log (volunteer_id, date);

CREATE TABLE certificate (
	id		INTEGER PRIMARY KEY,
	number		TEXT NOT NULL UNIQUE,
	volunteer_id	INTEGER NOT NULL REFERENCES volunteer (id),
	period_from	TEXT,
	period_to	TEXT,
	hours		REAL NOT NULL,
	issued		TEXT NOT NULL,
	UNIQUE (volunteer_id, period_from, period_to)
);

CREATE TABLE assessment (
	id		INTEGER PRIMARY KEY,
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	date		TEXT NOT NULL,
	assessor	TEXT,
	instrument	TEXT NOT NULL CHECK (instrument IN ('barthel',
			    'gbt42195')),
	items		TEXT NOT NULL,		-- JSON object item -> score
	total		INTEGER NOT NULL,
	level		INTEGER NOT NULL,
	coma		INTEGER NOT NULL DEFAULT 0,
	dementia	INTEGER NOT NULL DEFAULT 0,
	risk_events	INTEGER NOT NULL DEFAULT 0,
	note		TEXT
);
CREATE INDEX assessment_elder ON assessment (elder_id, date);

-- Case work (个案): partners that provide resources (资源链接), cases
-- from intake to feedback, their needs, record and referrals.

CREATE TABLE partner (
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
	feedback	TEXT,
	project		TEXT,
	part		TEXT
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

CREATE TABLE changelog (
	id		INTEGER PRIMARY KEY,
	ts		TEXT NOT NULL,		-- UTC
	user		TEXT,
	command		TEXT,			-- the command line
	tbl		TEXT NOT NULL,
	record		INTEGER,
	op		TEXT NOT NULL CHECK (op IN ('insert', 'update',
			    'delete')),
	old		TEXT,			-- JSON of the old row
	new		TEXT			-- JSON of the new row
);
CREATE INDEX changelog_record ON changelog (tbl, record);

-- Every use of --reveal (ID numbers shown unmasked), recorded before
-- anything is shown.
CREATE TABLE disclosure (
	id		INTEGER PRIMARY KEY,
	ts		TEXT NOT NULL,		-- UTC
	user		TEXT,			-- who asked
	command		TEXT			-- the command line
);

-- Views: the friendly shape for sqlite3 and `report query`.

-- One row per tag of an elder.
CREATE VIEW elder_tag AS
WITH RECURSIVE split (elder_id, tag, rest) AS (
	SELECT id, NULL, tags || ',' FROM elder WHERE tags <> ''
	UNION ALL
	SELECT elder_id, substr(rest, 1, instr(rest, ',') - 1),
	    substr(rest, instr(rest, ',') + 1)
	FROM split WHERE rest <> ''
)
SELECT elder_id, tag FROM split WHERE tag IS NOT NULL;

-- Every hour of volunteer service, from its three sources (志愿服务记录):
-- staff time and training are not service (version 7).
CREATE VIEW service_hours AS
SELECT vv.volunteer_id AS volunteer_id, v.date AS date,
    round(v.minutes / 60.0, 2) AS hours, 'visit' AS source,
    v.id AS source_id, 'visit:' || v.kind AS content,
    e.building AS place
FROM visit_visitor vv JOIN visit v ON v.id = vv.visit_id
    JOIN elder e ON e.id = v.elder_id
    JOIN volunteer w ON w.id = vv.volunteer_id
WHERE v.minutes IS NOT NULL
    AND w.role NOT IN ('social-worker', 'supervisor')
UNION ALL
SELECT s.volunteer_id, ev.date, s.hours, 'event', ev.id,
    'event:' || ev.kind || ':' || ev.title, ev.place
FROM staffing s JOIN event ev ON ev.id = s.event_id
    JOIN volunteer w ON w.id = s.volunteer_id
WHERE ev.status <> 'cancelled' AND ev.kind <> 'training'
    AND w.role NOT IN ('social-worker', 'supervisor')
UNION ALL
SELECT l.volunteer_id, l.date, l.hours, 'manual', l.id, l.content, l.place
FROM hours_log l JOIN volunteer w ON w.id = l.volunteer_id
WHERE w.role NOT IN ('social-worker', 'supervisor');

-- Staff time (社工, 督导): work, not volunteer service.
CREATE VIEW staff_work AS
SELECT vv.volunteer_id AS volunteer_id, v.date AS date,
    round(v.minutes / 60.0, 2) AS hours, 'visit' AS source,
    v.id AS source_id, 'visit:' || v.kind AS content,
    e.building AS place
FROM visit_visitor vv JOIN visit v ON v.id = vv.visit_id
    JOIN elder e ON e.id = v.elder_id
    JOIN volunteer w ON w.id = vv.volunteer_id
WHERE v.minutes IS NOT NULL
    AND w.role IN ('social-worker', 'supervisor')
UNION ALL
SELECT s.volunteer_id, ev.date, s.hours, 'event', ev.id,
    'event:' || ev.kind || ':' || ev.title, ev.place
FROM staffing s JOIN event ev ON ev.id = s.event_id
    JOIN volunteer w ON w.id = s.volunteer_id
WHERE ev.status <> 'cancelled'
    AND w.role IN ('social-worker', 'supervisor')
UNION ALL
SELECT l.volunteer_id, l.date, l.hours, 'manual', l.id, l.content, l.place
FROM hours_log l JOIN volunteer w ON w.id = l.volunteer_id
WHERE w.role IN ('social-worker', 'supervisor');

-- Training a volunteer attended (an event of kind training staffed by a
-- volunteer): in the service record as training, not as service time.
CREATE VIEW training AS
SELECT s.volunteer_id AS volunteer_id, ev.date AS date, s.hours AS hours,
    ev.id AS event_id, ev.title AS title
FROM staffing s JOIN event ev ON ev.id = s.event_id
    JOIN volunteer w ON w.id = s.volunteer_id
WHERE ev.status <> 'cancelled' AND ev.kind = 'training'
    AND w.role NOT IN ('social-worker', 'supervisor');

-- Everyone who signs up or attends: elders and persons, one shape.
CREATE VIEW participant AS
SELECT 'elder:' || id AS ref, 'elder' AS kind, id AS elder_id,
    NULL AS person_id, name FROM elder
UNION ALL
SELECT 'person:' || id, kind, NULL, id, name FROM person;

-- Current pairings.
CREATE VIEW active_pairing AS
SELECT * FROM pairing WHERE end IS NULL;

-- Version 5.  The visits that found an area urgent, by elder: `visit
-- due` looks for the first one no later home visit answered, for every
-- elder, and reading all of an elder's visits for it costs what the
-- history holds.  Changes in an elder's life (`elder set --event`).
CREATE INDEX visit_urgent ON visit (elder_id, date)
	WHERE 'urgent' IN (living, safety, health, mental);

CREATE TABLE elder_event (
	id		INTEGER PRIMARY KEY,
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	date		TEXT NOT NULL,
	kind		TEXT NOT NULL CHECK (kind IN ('discharged',
			    'hospitalized', 'bereaved', 'fall', 'caregiver',
			    'other'))
);
CREATE INDEX elder_event_elder ON elder_event (elder_id, date);

-- Version 6.  Projects (the columns project and part above; the projects
-- and their targets are in the config), partners' kinds school and ngo,
-- the goods partners give and what is handed out, and the reminders
-- sent.
CREATE INDEX visit_project ON visit (project, part, date);
CREATE INDEX event_project ON event (project, part, date);

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
