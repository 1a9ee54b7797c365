-- import.sql -- the plain-SQL baseline of `elder import` (issue 25): the
-- same TSV put into the same schema by SQL alone, on a database shegong
-- created (its indexes and change-log triggers).  FILE is the elders'
-- TSV, DIR a directory to write in; run.sh puts both in.
--
-- The change-log trigger calls sg_user() and sg_command(), which only
-- shegong defines: the insert trigger is made again from its own text
-- with the two replaced by constants, so every elder is still logged
-- with the JSON of its row, as shegong logs it.  The page cache is the
-- import's (64 MiB).  What the SQL does not do that elder import does:
-- validate (NFKC, the ID number's check character, dates, enums),
-- refuse duplicates, sort tags; birth is cut from the ID number.
.bail on
PRAGMA cache_size = -65536;
CREATE TEMP TABLE trig AS SELECT sql FROM sqlite_schema
    WHERE type = 'trigger' AND name = 'elder_log_insert';
.mode list
.headers off
.output DIR/trig.sql
SELECT 'DROP TRIGGER main.elder_log_insert;';
SELECT replace(replace(sql, 'sg_user()', '''bench'''), 'sg_command()',
    '''import.sql''') || ';' FROM temp.trig;
.output stdout
.read DIR/trig.sql
.mode tabs
.import --schema temp FILE stage
BEGIN;
INSERT INTO elder (name, gender, birth, id_number, phone, building, unit,
    room, origin, living, tags, joined, status, archive_reason,
    archive_date)
SELECT name, nullif(gender, ''), substr(id_number, 7, 4) || '-' ||
    substr(id_number, 11, 2) || '-' || substr(id_number, 13, 2),
    id_number, nullif(phone, ''), nullif(building, ''), nullif(unit, ''),
    nullif(room, ''), nullif(origin, ''), nullif(living, ''), tags,
    joined, status, nullif(archive_reason, ''), nullif(archive_date, '')
FROM temp.stage ORDER BY rowid;
COMMIT;
