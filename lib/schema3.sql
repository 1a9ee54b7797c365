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
