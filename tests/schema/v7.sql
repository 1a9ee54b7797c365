-- schema7.sql -- shegong's database, version 7: people beyond elders.
--
-- Applied by lib/db.c as migration 7.  Persons (caregivers, residents,
-- students, family, others) sign up for and attend events beside elders:
-- `signup` and `attendance` are made again with an elder or a person in
-- each row.  The elder's three caregiver fields become a caregiver person
-- linked to the elder (the fields stay on the elder as they were typed).
-- A volunteer may be an elder or a person (volunteer.elder_id,
-- volunteer.person_id); a supervision visit names the worker supervised
-- (visit.supervised_id).  Staff (social-worker, supervisor) time is work,
-- not volunteer service, and training is not service time: the views
-- service_hours, staff_work and training.  Documented in shegong(7).

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

INSERT INTO person (name, phone, kind, elder_id, relation, joined, note)
SELECT coalesce(nullif(caregiver, ''), nullif(caregiver_relation, ''),
    caregiver_phone), caregiver_phone, 'caregiver', id,
    nullif(caregiver_relation, ''), joined,
    CASE WHEN nullif(caregiver, '') IS NULL THEN 'name not on file' END
FROM elder
WHERE nullif(caregiver, '') IS NOT NULL
    OR nullif(caregiver_relation, '') IS NOT NULL
    OR nullif(caregiver_phone, '') IS NOT NULL
ORDER BY id;

CREATE TABLE signup6 (
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

INSERT INTO signup6 (id, event_id, elder_id, time, status)
SELECT id, event_id, elder_id, time, status FROM signup;
DROP TABLE signup;
ALTER TABLE signup6 RENAME TO signup;
CREATE INDEX signup_elder ON signup (elder_id);
CREATE INDEX signup_person ON signup (person_id);

CREATE TABLE attendance6 (
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
INSERT INTO attendance6 (event_id, elder_id, walk_in, time)
SELECT event_id, elder_id, walk_in, time FROM attendance
ORDER BY event_id, elder_id;
DROP TABLE attendance;
ALTER TABLE attendance6 RENAME TO attendance;
CREATE INDEX attendance_elder ON attendance (elder_id);
CREATE INDEX attendance_person ON attendance (person_id);

ALTER TABLE volunteer ADD COLUMN elder_id INTEGER REFERENCES elder (id);
ALTER TABLE volunteer ADD COLUMN person_id INTEGER REFERENCES person (id);
ALTER TABLE visit ADD COLUMN supervised_id INTEGER REFERENCES volunteer (id);

DROP VIEW service_hours;
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
