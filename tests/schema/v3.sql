-- schema3.sql -- shegong's database, version 3: disclosures.
--
-- Applied by lib/db.c as migration 3.  Every use of --reveal (ID numbers
-- shown unmasked) is recorded here before anything is shown, and, like
-- every other write, in the change log.  Documented in shegong(7).

CREATE TABLE disclosure (
	id		INTEGER PRIMARY KEY,
	ts		TEXT NOT NULL,		-- UTC
	user		TEXT,			-- who asked
	command		TEXT			-- the command line
);

CREATE TRIGGER disclosure_log_insert AFTER INSERT ON disclosure
BEGIN
	INSERT INTO changelog (ts, user, command, tbl, record, op, old, new)
	VALUES (NEW.ts, NEW.user, NEW.command, 'disclosure', NEW.id, 'insert',
	    NULL,
	    json_object('id', NEW.id, 'ts', NEW.ts, 'user', NEW.user,
	    'command', NEW.command));
END;
