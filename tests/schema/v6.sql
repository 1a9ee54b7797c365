-- schema6.sql -- shegong's database, version 6: elders found by name.
--
-- Applied by lib/db.c as migration 6.  An import checks every line for a
-- likely duplicate (the same name and birth date, or the same name and
-- address, as an elder already stored), and elders are read by name
-- wherever an id is: without an index each such look-up reads every
-- elder, so an import into a station's database grew as the square of
-- its size.  Documented in shegong(7).
CREATE INDEX elder_name ON elder (name);
