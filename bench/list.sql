-- list.sql -- the baseline for `elder list --building B07 -o tsv`: the
-- same rows and columns (active elders of the building by id: id, name,
-- gender, age, phone, address, living, tags, status, last visit), by
-- plain SQL.  Run: sqlite3 -separator '	' DB < list.sql with the day
-- substituted for 2026-11-28.
SELECT e.id, e.name, e.gender,
    strftime('%Y', '2026-11-28') - substr(e.birth, 1, 4) -
    (strftime('%m-%d', '2026-11-28') < substr(e.birth, 6)),
    e.phone,
    ltrim(coalesce('-' || e.building, '') || coalesce('-' || e.unit, '') ||
    coalesce('-' || e.room, ''), '-'),
    e.living, e.tags, e.status,
    (SELECT max(v.date) FROM visit v WHERE v.elder_id = e.id)
FROM elder e WHERE e.building = 'B07' AND e.status = 'active'
ORDER BY e.id;
