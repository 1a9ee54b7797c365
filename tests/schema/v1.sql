-- schema.sql -- shegong's database, version 1.
--
-- Applied by lib/db.c as migration 1 (PRAGMA user_version).  Documented in
-- shegong(7).  Dates are TEXT 'YYYY-MM-DD'; times of day 'HH:MM';
-- timestamps 'YYYY-MM-DDTHH:MM:SS' (UTC).  Nothing is deleted by a normal
-- command: records are archived or cancelled, and every insert, update and
-- delete on these tables is written to `changelog` by the triggers below.

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
	note		TEXT
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
	case_id		INTEGER
);
CREATE INDEX visit_elder ON visit (elder_id, date);
CREATE INDEX visit_date ON visit (date);

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
	note		TEXT
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
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	time		TEXT NOT NULL,
	status		TEXT NOT NULL CHECK (status IN ('registered',
			    'waitlisted', 'withdrawn')),
	UNIQUE (event_id, elder_id)
);
CREATE INDEX signup_elder ON signup (elder_id);

CREATE TABLE attendance (
	event_id	INTEGER NOT NULL REFERENCES event (id),
	elder_id	INTEGER NOT NULL REFERENCES elder (id),
	walk_in		INTEGER NOT NULL DEFAULT 0,
	time		TEXT,
	PRIMARY KEY (event_id, elder_id)
) WITHOUT ROWID;
CREATE INDEX attendance_elder ON attendance (elder_id);

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
	place		TEXT
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

-- Every hour of service, from its three sources (志愿服务记录).
CREATE VIEW service_hours AS
SELECT vv.volunteer_id AS volunteer_id, v.date AS date,
    round(v.minutes / 60.0, 2) AS hours, 'visit' AS source,
    v.id AS source_id, 'visit:' || v.kind AS content,
    e.building AS place
FROM visit_visitor vv JOIN visit v ON v.id = vv.visit_id
    JOIN elder e ON e.id = v.elder_id
WHERE v.minutes IS NOT NULL
UNION ALL
SELECT s.volunteer_id, ev.date, s.hours, 'event', ev.id,
    'event:' || ev.kind || ':' || ev.title, ev.place
FROM staffing s JOIN event ev ON ev.id = s.event_id
WHERE ev.status <> 'cancelled'
UNION ALL
SELECT volunteer_id, date, hours, 'manual', id, content, place
FROM hours_log;

-- Current pairings.
CREATE VIEW active_pairing AS
SELECT * FROM pairing WHERE end IS NULL;

-- Change log: one row per inserted, updated or deleted row.  sg_user()
-- and sg_command() are defined by shegong on each connection.

CREATE TRIGGER meta_log_insert AFTER INSERT ON meta
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'meta', NULL, 'insert',
	    NULL,
	    json_object('key', NEW.key, 'value', NEW.value));
END;

CREATE TRIGGER meta_log_update AFTER UPDATE ON meta
WHEN OLD.key IS NOT NEW.key OR OLD.value IS NOT NEW.value
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'meta', NULL, 'update',
	    json_object('key', OLD.key, 'value', OLD.value),
	    json_object('key', NEW.key, 'value', NEW.value));
END;

CREATE TRIGGER meta_log_delete AFTER DELETE ON meta
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'meta', NULL, 'delete',
	    json_object('key', OLD.key, 'value', OLD.value),
	    NULL);
END;

CREATE TRIGGER elder_log_insert AFTER INSERT ON elder
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'elder', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'name', NEW.name, 'gender', NEW.gender, 'birth', NEW.birth, 'id_number', NEW.id_number, 'phone', NEW.phone, 'building', NEW.building, 'unit', NEW.unit, 'room', NEW.room, 'origin', NEW.origin, 'living', NEW.living, 'tags', NEW.tags, 'health', NEW.health, 'caregiver', NEW.caregiver, 'caregiver_relation', NEW.caregiver_relation, 'caregiver_phone', NEW.caregiver_phone, 'emergency', NEW.emergency, 'emergency_phone', NEW.emergency_phone, 'joined', NEW.joined, 'status', NEW.status, 'archive_reason', NEW.archive_reason, 'archive_date', NEW.archive_date, 'visit_every', NEW.visit_every, 'note', NEW.note));
END;

CREATE TRIGGER elder_log_update AFTER UPDATE ON elder
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.gender IS NOT NEW.gender OR OLD.birth IS NOT NEW.birth OR OLD.id_number IS NOT NEW.id_number OR OLD.phone IS NOT NEW.phone OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.origin IS NOT NEW.origin OR OLD.living IS NOT NEW.living OR OLD.tags IS NOT NEW.tags OR OLD.health IS NOT NEW.health OR OLD.caregiver IS NOT NEW.caregiver OR OLD.caregiver_relation IS NOT NEW.caregiver_relation OR OLD.caregiver_phone IS NOT NEW.caregiver_phone OR OLD.emergency IS NOT NEW.emergency OR OLD.emergency_phone IS NOT NEW.emergency_phone OR OLD.joined IS NOT NEW.joined OR OLD.status IS NOT NEW.status OR OLD.archive_reason IS NOT NEW.archive_reason OR OLD.archive_date IS NOT NEW.archive_date OR OLD.visit_every IS NOT NEW.visit_every OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'elder', NEW.id, 'update',
	    json_object('id', OLD.id, 'name', OLD.name, 'gender', OLD.gender, 'birth', OLD.birth, 'id_number', OLD.id_number, 'phone', OLD.phone, 'building', OLD.building, 'unit', OLD.unit, 'room', OLD.room, 'origin', OLD.origin, 'living', OLD.living, 'tags', OLD.tags, 'health', OLD.health, 'caregiver', OLD.caregiver, 'caregiver_relation', OLD.caregiver_relation, 'caregiver_phone', OLD.caregiver_phone, 'emergency', OLD.emergency, 'emergency_phone', OLD.emergency_phone, 'joined', OLD.joined, 'status', OLD.status, 'archive_reason', OLD.archive_reason, 'archive_date', OLD.archive_date, 'visit_every', OLD.visit_every, 'note', OLD.note),
	    json_object('id', NEW.id, 'name', NEW.name, 'gender', NEW.gender, 'birth', NEW.birth, 'id_number', NEW.id_number, 'phone', NEW.phone, 'building', NEW.building, 'unit', NEW.unit, 'room', NEW.room, 'origin', NEW.origin, 'living', NEW.living, 'tags', NEW.tags, 'health', NEW.health, 'caregiver', NEW.caregiver, 'caregiver_relation', NEW.caregiver_relation, 'caregiver_phone', NEW.caregiver_phone, 'emergency', NEW.emergency, 'emergency_phone', NEW.emergency_phone, 'joined', NEW.joined, 'status', NEW.status, 'archive_reason', NEW.archive_reason, 'archive_date', NEW.archive_date, 'visit_every', NEW.visit_every, 'note', NEW.note));
END;

CREATE TRIGGER elder_log_delete AFTER DELETE ON elder
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'elder', OLD.id, 'delete',
	    json_object('id', OLD.id, 'name', OLD.name, 'gender', OLD.gender, 'birth', OLD.birth, 'id_number', OLD.id_number, 'phone', OLD.phone, 'building', OLD.building, 'unit', OLD.unit, 'room', OLD.room, 'origin', OLD.origin, 'living', OLD.living, 'tags', OLD.tags, 'health', OLD.health, 'caregiver', OLD.caregiver, 'caregiver_relation', OLD.caregiver_relation, 'caregiver_phone', OLD.caregiver_phone, 'emergency', OLD.emergency, 'emergency_phone', OLD.emergency_phone, 'joined', OLD.joined, 'status', OLD.status, 'archive_reason', OLD.archive_reason, 'archive_date', OLD.archive_date, 'visit_every', OLD.visit_every, 'note', OLD.note),
	    NULL);
END;

CREATE TRIGGER volunteer_log_insert AFTER INSERT ON volunteer
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'volunteer', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'name', NEW.name, 'gender', NEW.gender, 'phone', NEW.phone, 'id_number', NEW.id_number, 'number', NEW.number, 'role', NEW.role, 'skills', NEW.skills, 'available', NEW.available, 'joined', NEW.joined, 'status', NEW.status, 'archive_date', NEW.archive_date, 'note', NEW.note));
END;

CREATE TRIGGER volunteer_log_update AFTER UPDATE ON volunteer
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.gender IS NOT NEW.gender OR OLD.phone IS NOT NEW.phone OR OLD.id_number IS NOT NEW.id_number OR OLD.number IS NOT NEW.number OR OLD.role IS NOT NEW.role OR OLD.skills IS NOT NEW.skills OR OLD.available IS NOT NEW.available OR OLD.joined IS NOT NEW.joined OR OLD.status IS NOT NEW.status OR OLD.archive_date IS NOT NEW.archive_date OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'volunteer', NEW.id, 'update',
	    json_object('id', OLD.id, 'name', OLD.name, 'gender', OLD.gender, 'phone', OLD.phone, 'id_number', OLD.id_number, 'number', OLD.number, 'role', OLD.role, 'skills', OLD.skills, 'available', OLD.available, 'joined', OLD.joined, 'status', OLD.status, 'archive_date', OLD.archive_date, 'note', OLD.note),
	    json_object('id', NEW.id, 'name', NEW.name, 'gender', NEW.gender, 'phone', NEW.phone, 'id_number', NEW.id_number, 'number', NEW.number, 'role', NEW.role, 'skills', NEW.skills, 'available', NEW.available, 'joined', NEW.joined, 'status', NEW.status, 'archive_date', NEW.archive_date, 'note', NEW.note));
END;

CREATE TRIGGER volunteer_log_delete AFTER DELETE ON volunteer
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'volunteer', OLD.id, 'delete',
	    json_object('id', OLD.id, 'name', OLD.name, 'gender', OLD.gender, 'phone', OLD.phone, 'id_number', OLD.id_number, 'number', OLD.number, 'role', OLD.role, 'skills', OLD.skills, 'available', OLD.available, 'joined', OLD.joined, 'status', OLD.status, 'archive_date', OLD.archive_date, 'note', OLD.note),
	    NULL);
END;

CREATE TRIGGER team_log_insert AFTER INSERT ON team
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'team', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'name', NEW.name, 'leader_id', NEW.leader_id, 'note', NEW.note));
END;

CREATE TRIGGER team_log_update AFTER UPDATE ON team
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.leader_id IS NOT NEW.leader_id OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'team', NEW.id, 'update',
	    json_object('id', OLD.id, 'name', OLD.name, 'leader_id', OLD.leader_id, 'note', OLD.note),
	    json_object('id', NEW.id, 'name', NEW.name, 'leader_id', NEW.leader_id, 'note', NEW.note));
END;

CREATE TRIGGER team_log_delete AFTER DELETE ON team
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'team', OLD.id, 'delete',
	    json_object('id', OLD.id, 'name', OLD.name, 'leader_id', OLD.leader_id, 'note', OLD.note),
	    NULL);
END;

CREATE TRIGGER team_member_log_insert AFTER INSERT ON team_member
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'team_member', NEW.team_id, 'insert',
	    NULL,
	    json_object('team_id', NEW.team_id, 'volunteer_id', NEW.volunteer_id, 'joined', NEW.joined));
END;

CREATE TRIGGER team_member_log_update AFTER UPDATE ON team_member
WHEN OLD.team_id IS NOT NEW.team_id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.joined IS NOT NEW.joined
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'team_member', NEW.team_id, 'update',
	    json_object('team_id', OLD.team_id, 'volunteer_id', OLD.volunteer_id, 'joined', OLD.joined),
	    json_object('team_id', NEW.team_id, 'volunteer_id', NEW.volunteer_id, 'joined', NEW.joined));
END;

CREATE TRIGGER team_member_log_delete AFTER DELETE ON team_member
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'team_member', OLD.team_id, 'delete',
	    json_object('team_id', OLD.team_id, 'volunteer_id', OLD.volunteer_id, 'joined', OLD.joined),
	    NULL);
END;

CREATE TRIGGER pairing_log_insert AFTER INSERT ON pairing
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'pairing', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'volunteer_id', NEW.volunteer_id, 'elder_id', NEW.elder_id, 'start', NEW.start, 'end', NEW.end));
END;

CREATE TRIGGER pairing_log_update AFTER UPDATE ON pairing
WHEN OLD.id IS NOT NEW.id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.elder_id IS NOT NEW.elder_id OR OLD.start IS NOT NEW.start OR OLD.end IS NOT NEW.end
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'pairing', NEW.id, 'update',
	    json_object('id', OLD.id, 'volunteer_id', OLD.volunteer_id, 'elder_id', OLD.elder_id, 'start', OLD.start, 'end', OLD.end),
	    json_object('id', NEW.id, 'volunteer_id', NEW.volunteer_id, 'elder_id', NEW.elder_id, 'start', NEW.start, 'end', NEW.end));
END;

CREATE TRIGGER pairing_log_delete AFTER DELETE ON pairing
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'pairing', OLD.id, 'delete',
	    json_object('id', OLD.id, 'volunteer_id', OLD.volunteer_id, 'elder_id', OLD.elder_id, 'start', OLD.start, 'end', OLD.end),
	    NULL);
END;

CREATE TRIGGER visit_log_insert AFTER INSERT ON visit
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'visit', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'date', NEW.date, 'mode', NEW.mode, 'kind', NEW.kind, 'minutes', NEW.minutes, 'living', NEW.living, 'safety', NEW.safety, 'health', NEW.health, 'mental', NEW.mental, 'note', NEW.note, 'follow_up', NEW.follow_up, 'plan_id', NEW.plan_id, 'case_id', NEW.case_id));
END;

CREATE TRIGGER visit_log_update AFTER UPDATE ON visit
WHEN OLD.id IS NOT NEW.id OR OLD.elder_id IS NOT NEW.elder_id OR OLD.date IS NOT NEW.date OR OLD.mode IS NOT NEW.mode OR OLD.kind IS NOT NEW.kind OR OLD.minutes IS NOT NEW.minutes OR OLD.living IS NOT NEW.living OR OLD.safety IS NOT NEW.safety OR OLD.health IS NOT NEW.health OR OLD.mental IS NOT NEW.mental OR OLD.note IS NOT NEW.note OR OLD.follow_up IS NOT NEW.follow_up OR OLD.plan_id IS NOT NEW.plan_id OR OLD.case_id IS NOT NEW.case_id
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'visit', NEW.id, 'update',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'date', OLD.date, 'mode', OLD.mode, 'kind', OLD.kind, 'minutes', OLD.minutes, 'living', OLD.living, 'safety', OLD.safety, 'health', OLD.health, 'mental', OLD.mental, 'note', OLD.note, 'follow_up', OLD.follow_up, 'plan_id', OLD.plan_id, 'case_id', OLD.case_id),
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'date', NEW.date, 'mode', NEW.mode, 'kind', NEW.kind, 'minutes', NEW.minutes, 'living', NEW.living, 'safety', NEW.safety, 'health', NEW.health, 'mental', NEW.mental, 'note', NEW.note, 'follow_up', NEW.follow_up, 'plan_id', NEW.plan_id, 'case_id', NEW.case_id));
END;

CREATE TRIGGER visit_log_delete AFTER DELETE ON visit
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'visit', OLD.id, 'delete',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'date', OLD.date, 'mode', OLD.mode, 'kind', OLD.kind, 'minutes', OLD.minutes, 'living', OLD.living, 'safety', OLD.safety, 'health', OLD.health, 'mental', OLD.mental, 'note', OLD.note, 'follow_up', OLD.follow_up, 'plan_id', OLD.plan_id, 'case_id', OLD.case_id),
	    NULL);
END;

CREATE TRIGGER visit_visitor_log_insert AFTER INSERT ON visit_visitor
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'visit_visitor', NEW.visit_id, 'insert',
	    NULL,
	    json_object('visit_id', NEW.visit_id, 'volunteer_id', NEW.volunteer_id));
END;

CREATE TRIGGER visit_visitor_log_update AFTER UPDATE ON visit_visitor
WHEN OLD.visit_id IS NOT NEW.visit_id OR OLD.volunteer_id IS NOT NEW.volunteer_id
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'visit_visitor', NEW.visit_id, 'update',
	    json_object('visit_id', OLD.visit_id, 'volunteer_id', OLD.volunteer_id),
	    json_object('visit_id', NEW.visit_id, 'volunteer_id', NEW.volunteer_id));
END;

CREATE TRIGGER visit_visitor_log_delete AFTER DELETE ON visit_visitor
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'visit_visitor', OLD.visit_id, 'delete',
	    json_object('visit_id', OLD.visit_id, 'volunteer_id', OLD.volunteer_id),
	    NULL);
END;

CREATE TRIGGER plan_log_insert AFTER INSERT ON plan
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'plan', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'week', NEW.week, 'day', NEW.day, 'volunteer_id', NEW.volunteer_id, 'kind', NEW.kind, 'rule', NEW.rule, 'status', NEW.status, 'reason', NEW.reason, 'visit_id', NEW.visit_id));
END;

CREATE TRIGGER plan_log_update AFTER UPDATE ON plan
WHEN OLD.id IS NOT NEW.id OR OLD.elder_id IS NOT NEW.elder_id OR OLD.week IS NOT NEW.week OR OLD.day IS NOT NEW.day OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.kind IS NOT NEW.kind OR OLD.rule IS NOT NEW.rule OR OLD.status IS NOT NEW.status OR OLD.reason IS NOT NEW.reason OR OLD.visit_id IS NOT NEW.visit_id
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'plan', NEW.id, 'update',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'week', OLD.week, 'day', OLD.day, 'volunteer_id', OLD.volunteer_id, 'kind', OLD.kind, 'rule', OLD.rule, 'status', OLD.status, 'reason', OLD.reason, 'visit_id', OLD.visit_id),
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'week', NEW.week, 'day', NEW.day, 'volunteer_id', NEW.volunteer_id, 'kind', NEW.kind, 'rule', NEW.rule, 'status', NEW.status, 'reason', NEW.reason, 'visit_id', NEW.visit_id));
END;

CREATE TRIGGER plan_log_delete AFTER DELETE ON plan
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'plan', OLD.id, 'delete',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'week', OLD.week, 'day', OLD.day, 'volunteer_id', OLD.volunteer_id, 'kind', OLD.kind, 'rule', OLD.rule, 'status', OLD.status, 'reason', OLD.reason, 'visit_id', OLD.visit_id),
	    NULL);
END;

CREATE TRIGGER event_log_insert AFTER INSERT ON event
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'event', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'title', NEW.title, 'kind', NEW.kind, 'date', NEW.date, 'start', NEW.start, 'end', NEW.end, 'place', NEW.place, 'capacity', NEW.capacity, 'series', NEW.series, 'status', NEW.status, 'cancel_reason', NEW.cancel_reason, 'note', NEW.note));
END;

CREATE TRIGGER event_log_update AFTER UPDATE ON event
WHEN OLD.id IS NOT NEW.id OR OLD.title IS NOT NEW.title OR OLD.kind IS NOT NEW.kind OR OLD.date IS NOT NEW.date OR OLD.start IS NOT NEW.start OR OLD.end IS NOT NEW.end OR OLD.place IS NOT NEW.place OR OLD.capacity IS NOT NEW.capacity OR OLD.series IS NOT NEW.series OR OLD.status IS NOT NEW.status OR OLD.cancel_reason IS NOT NEW.cancel_reason OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'event', NEW.id, 'update',
	    json_object('id', OLD.id, 'title', OLD.title, 'kind', OLD.kind, 'date', OLD.date, 'start', OLD.start, 'end', OLD.end, 'place', OLD.place, 'capacity', OLD.capacity, 'series', OLD.series, 'status', OLD.status, 'cancel_reason', OLD.cancel_reason, 'note', OLD.note),
	    json_object('id', NEW.id, 'title', NEW.title, 'kind', NEW.kind, 'date', NEW.date, 'start', NEW.start, 'end', NEW.end, 'place', NEW.place, 'capacity', NEW.capacity, 'series', NEW.series, 'status', NEW.status, 'cancel_reason', NEW.cancel_reason, 'note', NEW.note));
END;

CREATE TRIGGER event_log_delete AFTER DELETE ON event
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'event', OLD.id, 'delete',
	    json_object('id', OLD.id, 'title', OLD.title, 'kind', OLD.kind, 'date', OLD.date, 'start', OLD.start, 'end', OLD.end, 'place', OLD.place, 'capacity', OLD.capacity, 'series', OLD.series, 'status', OLD.status, 'cancel_reason', OLD.cancel_reason, 'note', OLD.note),
	    NULL);
END;

CREATE TRIGGER event_partner_log_insert AFTER INSERT ON event_partner
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'event_partner', NEW.event_id, 'insert',
	    NULL,
	    json_object('event_id', NEW.event_id, 'partner', NEW.partner));
END;

CREATE TRIGGER event_partner_log_update AFTER UPDATE ON event_partner
WHEN OLD.event_id IS NOT NEW.event_id OR OLD.partner IS NOT NEW.partner
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'event_partner', NEW.event_id, 'update',
	    json_object('event_id', OLD.event_id, 'partner', OLD.partner),
	    json_object('event_id', NEW.event_id, 'partner', NEW.partner));
END;

CREATE TRIGGER event_partner_log_delete AFTER DELETE ON event_partner
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'event_partner', OLD.event_id, 'delete',
	    json_object('event_id', OLD.event_id, 'partner', OLD.partner),
	    NULL);
END;

CREATE TRIGGER signup_log_insert AFTER INSERT ON signup
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'signup', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'event_id', NEW.event_id, 'elder_id', NEW.elder_id, 'time', NEW.time, 'status', NEW.status));
END;

CREATE TRIGGER signup_log_update AFTER UPDATE ON signup
WHEN OLD.id IS NOT NEW.id OR OLD.event_id IS NOT NEW.event_id OR OLD.elder_id IS NOT NEW.elder_id OR OLD.time IS NOT NEW.time OR OLD.status IS NOT NEW.status
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'signup', NEW.id, 'update',
	    json_object('id', OLD.id, 'event_id', OLD.event_id, 'elder_id', OLD.elder_id, 'time', OLD.time, 'status', OLD.status),
	    json_object('id', NEW.id, 'event_id', NEW.event_id, 'elder_id', NEW.elder_id, 'time', NEW.time, 'status', NEW.status));
END;

CREATE TRIGGER signup_log_delete AFTER DELETE ON signup
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'signup', OLD.id, 'delete',
	    json_object('id', OLD.id, 'event_id', OLD.event_id, 'elder_id', OLD.elder_id, 'time', OLD.time, 'status', OLD.status),
	    NULL);
END;

CREATE TRIGGER attendance_log_insert AFTER INSERT ON attendance
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'attendance', NEW.event_id, 'insert',
	    NULL,
	    json_object('event_id', NEW.event_id, 'elder_id', NEW.elder_id, 'walk_in', NEW.walk_in, 'time', NEW.time));
END;

CREATE TRIGGER attendance_log_update AFTER UPDATE ON attendance
WHEN OLD.event_id IS NOT NEW.event_id OR OLD.elder_id IS NOT NEW.elder_id OR OLD.walk_in IS NOT NEW.walk_in OR OLD.time IS NOT NEW.time
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'attendance', NEW.event_id, 'update',
	    json_object('event_id', OLD.event_id, 'elder_id', OLD.elder_id, 'walk_in', OLD.walk_in, 'time', OLD.time),
	    json_object('event_id', NEW.event_id, 'elder_id', NEW.elder_id, 'walk_in', NEW.walk_in, 'time', NEW.time));
END;

CREATE TRIGGER attendance_log_delete AFTER DELETE ON attendance
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'attendance', OLD.event_id, 'delete',
	    json_object('event_id', OLD.event_id, 'elder_id', OLD.elder_id, 'walk_in', OLD.walk_in, 'time', OLD.time),
	    NULL);
END;

CREATE TRIGGER staffing_log_insert AFTER INSERT ON staffing
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'staffing', NEW.event_id, 'insert',
	    NULL,
	    json_object('event_id', NEW.event_id, 'volunteer_id', NEW.volunteer_id, 'hours', NEW.hours));
END;

CREATE TRIGGER staffing_log_update AFTER UPDATE ON staffing
WHEN OLD.event_id IS NOT NEW.event_id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.hours IS NOT NEW.hours
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'staffing', NEW.event_id, 'update',
	    json_object('event_id', OLD.event_id, 'volunteer_id', OLD.volunteer_id, 'hours', OLD.hours),
	    json_object('event_id', NEW.event_id, 'volunteer_id', NEW.volunteer_id, 'hours', NEW.hours));
END;

CREATE TRIGGER staffing_log_delete AFTER DELETE ON staffing
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'staffing', OLD.event_id, 'delete',
	    json_object('event_id', OLD.event_id, 'volunteer_id', OLD.volunteer_id, 'hours', OLD.hours),
	    NULL);
END;

CREATE TRIGGER hours_log_log_insert AFTER INSERT ON hours_log
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'hours_log', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'volunteer_id', NEW.volunteer_id, 'date', NEW.date, 'hours', NEW.hours, 'content', NEW.content, 'place', NEW.place));
END;

CREATE TRIGGER hours_log_log_update AFTER UPDATE ON hours_log
WHEN OLD.id IS NOT NEW.id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.date IS NOT NEW.date OR OLD.hours IS NOT NEW.hours OR OLD.content IS NOT NEW.content OR OLD.place IS NOT NEW.place
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'hours_log', NEW.id, 'update',
	    json_object('id', OLD.id, 'volunteer_id', OLD.volunteer_id, 'date', OLD.date, 'hours', OLD.hours, 'content', OLD.content, 'place', OLD.place),
	    json_object('id', NEW.id, 'volunteer_id', NEW.volunteer_id, 'date', NEW.date, 'hours', NEW.hours, 'content', NEW.content, 'place', NEW.place));
END;

CREATE TRIGGER hours_log_log_delete AFTER DELETE ON hours_log
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'hours_log', OLD.id, 'delete',
	    json_object('id', OLD.id, 'volunteer_id', OLD.volunteer_id, 'date', OLD.date, 'hours', OLD.hours, 'content', OLD.content, 'place', OLD.place),
	    NULL);
END;

CREATE TRIGGER certificate_log_insert AFTER INSERT ON certificate
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'certificate', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'number', NEW.number, 'volunteer_id', NEW.volunteer_id, 'period_from', NEW.period_from, 'period_to', NEW.period_to, 'hours', NEW.hours, 'issued', NEW.issued));
END;

CREATE TRIGGER certificate_log_update AFTER UPDATE ON certificate
WHEN OLD.id IS NOT NEW.id OR OLD.number IS NOT NEW.number OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.period_from IS NOT NEW.period_from OR OLD.period_to IS NOT NEW.period_to OR OLD.hours IS NOT NEW.hours OR OLD.issued IS NOT NEW.issued
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'certificate', NEW.id, 'update',
	    json_object('id', OLD.id, 'number', OLD.number, 'volunteer_id', OLD.volunteer_id, 'period_from', OLD.period_from, 'period_to', OLD.period_to, 'hours', OLD.hours, 'issued', OLD.issued),
	    json_object('id', NEW.id, 'number', NEW.number, 'volunteer_id', NEW.volunteer_id, 'period_from', NEW.period_from, 'period_to', NEW.period_to, 'hours', NEW.hours, 'issued', NEW.issued));
END;

CREATE TRIGGER certificate_log_delete AFTER DELETE ON certificate
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'certificate', OLD.id, 'delete',
	    json_object('id', OLD.id, 'number', OLD.number, 'volunteer_id', OLD.volunteer_id, 'period_from', OLD.period_from, 'period_to', OLD.period_to, 'hours', OLD.hours, 'issued', OLD.issued),
	    NULL);
END;

CREATE TRIGGER assessment_log_insert AFTER INSERT ON assessment
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'assessment', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'date', NEW.date, 'assessor', NEW.assessor, 'instrument', NEW.instrument, 'items', NEW.items, 'total', NEW.total, 'level', NEW.level, 'coma', NEW.coma, 'dementia', NEW.dementia, 'risk_events', NEW.risk_events, 'note', NEW.note));
END;

CREATE TRIGGER assessment_log_update AFTER UPDATE ON assessment
WHEN OLD.id IS NOT NEW.id OR OLD.elder_id IS NOT NEW.elder_id OR OLD.date IS NOT NEW.date OR OLD.assessor IS NOT NEW.assessor OR OLD.instrument IS NOT NEW.instrument OR OLD.items IS NOT NEW.items OR OLD.total IS NOT NEW.total OR OLD.level IS NOT NEW.level OR OLD.coma IS NOT NEW.coma OR OLD.dementia IS NOT NEW.dementia OR OLD.risk_events IS NOT NEW.risk_events OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'assessment', NEW.id, 'update',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'date', OLD.date, 'assessor', OLD.assessor, 'instrument', OLD.instrument, 'items', OLD.items, 'total', OLD.total, 'level', OLD.level, 'coma', OLD.coma, 'dementia', OLD.dementia, 'risk_events', OLD.risk_events, 'note', OLD.note),
	    json_object('id', NEW.id, 'elder_id', NEW.elder_id, 'date', NEW.date, 'assessor', NEW.assessor, 'instrument', NEW.instrument, 'items', NEW.items, 'total', NEW.total, 'level', NEW.level, 'coma', NEW.coma, 'dementia', NEW.dementia, 'risk_events', NEW.risk_events, 'note', NEW.note));
END;

CREATE TRIGGER assessment_log_delete AFTER DELETE ON assessment
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), sg_command(),
	    'assessment', OLD.id, 'delete',
	    json_object('id', OLD.id, 'elder_id', OLD.elder_id, 'date', OLD.date, 'assessor', OLD.assessor, 'instrument', OLD.instrument, 'items', OLD.items, 'total', OLD.total, 'level', OLD.level, 'coma', OLD.coma, 'dementia', OLD.dementia, 'risk_events', OLD.risk_events, 'note', OLD.note),
	    NULL);
END;

