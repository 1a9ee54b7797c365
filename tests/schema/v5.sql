-- schema5.sql -- shegong's database, version 5: changes in an elder's life.
--
-- Applied by lib/db.c as migration 5.  `elder set --event KIND` records a
-- major change (hospital discharge, bereavement, ...): the national
-- visiting guidance asks for a visit soon after one, so the elder is due
-- within visit.change_within workdays until the next home visit (visit
-- due, reason `change`); and an index of urgent findings.  Documented in
-- shegong(7).

-- The visits that found an area urgent, by elder: `visit due` looks for
-- the first one no later home visit answered, for every elder, and
-- reading all of an elder's visits for it costs what the history holds.
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
