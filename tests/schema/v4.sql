-- schema4.sql -- shegong's database, version 4: an index for follow-ups.
--
-- Applied by lib/db.c as migration 4.  Whether a follow-up asked for on
-- a visit is still open depends on the elder's later follow-up visits:
-- this partial index finds them without reading every later visit, so
-- `report monthly` and `visit due` cost what the month holds, not what
-- the history holds (bench/README.md).  Documented in shegong(7).

CREATE INDEX visit_followup_kind ON visit (elder_id, date)
	WHERE kind = 'follow-up';
