-- monthly.sql -- the baseline for `report monthly --month 2026-10 -o tsv`:
-- the same count figures, one "section metric value previous" row each
-- (October and September), computed by plain SQL: everything but the
-- rule-based ones (elders.tier.*, visit_rate.*, coverage.*), which need
-- the rules.  Hours are printed as the report prints them (two decimals,
-- trailing zeros dropped).  Run: sqlite3 -separator '	' DB < monthly.sql
-- with the month substituted for 2026-10 and the day for 2026-11-28.

-- the two periods: slot 0 the month, 1 the month before; a the as-of day
CREATE TEMP TABLE p (slot INTEGER, f TEXT, t TEXT, a TEXT);
INSERT INTO p SELECT 0, f, t, min(t, '2026-11-28') FROM
    (SELECT '2026-10-01' AS f, date('2026-10-01', '+1 month', '-1 day') AS t);
INSERT INTO p SELECT 1, date(f, '-1 month'), date(f, '-1 day'),
    min(date(f, '-1 day'), '2026-11-28') FROM p WHERE slot = 0;

-- one figure per row: (section, metric, slot, n); printed pivoted
CREATE TEMP TABLE r (section TEXT, metric TEXT, slot INTEGER, n);

-- elders
INSERT INTO r SELECT 'elders', 'active', slot, (SELECT count(*) FROM elder
    WHERE joined <= t AND (status = 'active' OR archive_date > t)) FROM p;
INSERT INTO r SELECT 'elders', 'new', slot, (SELECT count(*) FROM elder
    WHERE joined BETWEEN f AND t) FROM p;
INSERT INTO r SELECT 'elders', 'archived', slot, (SELECT count(*) FROM elder
    WHERE status = 'archived' AND archive_date BETWEEN f AND t) FROM p;
INSERT INTO r SELECT 'elders', 'archived.' || k, slot, (SELECT count(*)
    FROM elder WHERE status = 'archived' AND archive_reason = k AND
    archive_date BETWEEN f AND t)
FROM p, (SELECT 'moved' AS k UNION ALL SELECT 'deceased' UNION ALL
    SELECT 'other');
INSERT INTO r SELECT 'elders', 'category.' || j.value, p.slot, count(*)
FROM p, elder e, json_each('["' || replace(e.tags, ',', '","') || '"]') j
WHERE e.tags <> '' AND e.joined <= p.t AND (e.status = 'active' OR
    e.archive_date > p.t)
GROUP BY 2, 3;

-- visits
INSERT INTO r SELECT 'visits', 'total', slot, (SELECT count(*) FROM visit
    WHERE date BETWEEN f AND t) FROM p;
INSERT INTO r SELECT 'visits', 'kind.' || k, slot, 0 FROM p, (SELECT
    'routine' AS k UNION ALL SELECT 'follow-up' UNION ALL SELECT 'holiday'
    UNION ALL SELECT 'case' UNION ALL SELECT 'supervision');
INSERT INTO r SELECT 'visits', 'mode.' || k, slot, 0 FROM p, (SELECT
    'home' AS k UNION ALL SELECT 'phone' UNION ALL SELECT 'video'
    UNION ALL SELECT 'event');
INSERT INTO r SELECT 'visits', 'kind.' || v.kind, p.slot, count(*)
FROM p JOIN visit v ON v.date BETWEEN p.f AND p.t GROUP BY 2, 3;
INSERT INTO r SELECT 'visits', 'mode.' || v.mode, p.slot, count(*)
FROM p JOIN visit v ON v.date BETWEEN p.f AND p.t GROUP BY 2, 3;
INSERT INTO r SELECT 'visits', 'elders_reached', slot, (SELECT
    count(DISTINCT elder_id) FROM visit WHERE date BETWEEN f AND t) FROM p;
INSERT INTO r SELECT 'visits', 'concern', slot, (SELECT count(*) FROM visit
    WHERE date BETWEEN f AND t AND 'concern' IN (living, safety, health,
    mental)) FROM p;
INSERT INTO r SELECT 'visits', 'urgent', slot, (SELECT count(*) FROM visit
    WHERE date BETWEEN f AND t AND 'urgent' IN (living, safety, health,
    mental)) FROM p;
INSERT INTO r SELECT 'visits', 'followups_opened', slot, (SELECT count(*)
    FROM visit WHERE date BETWEEN f AND t AND follow_up IS NOT NULL) FROM p;
-- still open at the as-of day: no follow-up visit after it, elder active
INSERT INTO r SELECT 'visits', 'followups_open', slot, (SELECT count(*)
    FROM visit v JOIN elder e ON e.id = v.elder_id
    WHERE v.follow_up IS NOT NULL AND +v.date <= a AND
    (e.status = 'active' OR e.archive_date > a) AND NOT EXISTS (SELECT 1
    FROM visit x WHERE x.elder_id = v.elder_id AND x.kind = 'follow-up' AND
    x.date <= a AND (x.date > v.date OR (x.date = v.date AND x.id > v.id))))
FROM p;

-- events (scheduled ones; a series counts once)
INSERT INTO r SELECT 'events', 'events', slot, (SELECT count(DISTINCT
    coalesce(series, 'event:' || id)) FROM event WHERE status = 'scheduled'
    AND date BETWEEN f AND t) FROM p;
INSERT INTO r SELECT 'events', 'sessions', slot, (SELECT count(*) FROM event
    WHERE status = 'scheduled' AND date BETWEEN f AND t) FROM p;
INSERT INTO r SELECT 'events', 'kind.' || k, slot, (SELECT count(*)
    FROM event WHERE status = 'scheduled' AND kind = k AND date BETWEEN f
    AND t)
FROM p, (SELECT 'festival' AS k UNION ALL SELECT 'culture' UNION ALL
    SELECT 'health' UNION ALL SELECT 'clinic' UNION ALL SELECT 'group'
    UNION ALL SELECT 'training' UNION ALL SELECT 'interest' UNION ALL
    SELECT 'other');
INSERT INTO r SELECT 'events', 'cancelled', slot, (SELECT count(*) FROM event
    WHERE status = 'cancelled' AND date BETWEEN f AND t) FROM p;
INSERT INTO r SELECT 'events', 'attendances', p.slot, count(a.elder_id)
FROM p LEFT JOIN event e ON e.status = 'scheduled' AND e.date BETWEEN p.f
    AND p.t LEFT JOIN attendance a ON a.event_id = e.id GROUP BY 3;
INSERT INTO r SELECT 'events', 'elders', p.slot, count(DISTINCT a.elder_id)
FROM p LEFT JOIN event e ON e.status = 'scheduled' AND e.date BETWEEN p.f
    AND p.t LEFT JOIN attendance a ON a.event_id = e.id GROUP BY 3;
INSERT INTO r SELECT 'events', 'walk_ins', p.slot, count(a.elder_id)
FROM p LEFT JOIN event e ON e.status = 'scheduled' AND e.date BETWEEN p.f
    AND p.t LEFT JOIN attendance a ON a.event_id = e.id AND a.walk_in
GROUP BY 3;
-- first time: at an event of the period and at none before it
INSERT INTO r SELECT 'events', 'first_time', slot, (SELECT count(*) FROM
    (SELECT DISTINCT a.elder_id AS id FROM event e JOIN attendance a ON
    a.event_id = e.id WHERE e.status = 'scheduled' AND e.date BETWEEN f
    AND t) x WHERE NOT EXISTS (SELECT 1 FROM attendance b JOIN event o ON
    o.id = b.event_id WHERE b.elder_id = x.id AND o.status = 'scheduled'
    AND o.date < f)) FROM p;

-- volunteers
-- staff (social workers, supervisors) are not volunteers: their time is
-- work, and training staffed is not service time (issue 22)
INSERT INTO r SELECT 'volunteers', 'active', slot, (SELECT count(*) FROM
    volunteer WHERE joined <= t AND (status = 'active' OR archive_date > t)
    AND role NOT IN ('social-worker', 'supervisor'))
FROM p;
INSERT INTO r SELECT 'volunteers', 'new', slot, (SELECT count(*) FROM
    volunteer WHERE joined BETWEEN f AND t
    AND role NOT IN ('social-worker', 'supervisor')) FROM p;
-- service hours of the period by volunteer and source, from the three
-- sources
CREATE TEMP TABLE h AS
SELECT p.slot, vv.volunteer_id AS vol, 'visit' AS source,
    sum(round(v.minutes / 60.0, 2)) AS hours
FROM p JOIN visit v ON v.date BETWEEN p.f AND p.t AND v.minutes IS NOT NULL
    JOIN visit_visitor vv ON vv.visit_id = v.id
    JOIN volunteer w ON w.id = vv.volunteer_id
    AND w.role NOT IN ('social-worker', 'supervisor')
GROUP BY 1, 2
UNION ALL
SELECT p.slot, s.volunteer_id, 'event', sum(s.hours)
FROM p JOIN event e ON e.status <> 'cancelled' AND e.date BETWEEN p.f AND p.t
    AND e.kind <> 'training'
    JOIN staffing s ON s.event_id = e.id
    JOIN volunteer w ON w.id = s.volunteer_id
    AND w.role NOT IN ('social-worker', 'supervisor')
GROUP BY 1, 2
UNION ALL
SELECT p.slot, l.volunteer_id, 'manual', sum(l.hours)
FROM p JOIN hours_log l ON l.date BETWEEN p.f AND p.t
    JOIN volunteer w ON w.id = l.volunteer_id
    AND w.role NOT IN ('social-worker', 'supervisor')
GROUP BY 1, 2;
INSERT INTO r SELECT 'volunteers', 'hours', slot, (SELECT
    coalesce(sum(hours), 0) FROM h WHERE h.slot = p.slot) FROM p;
INSERT INTO r SELECT 'volunteers', 'hours.' || k, slot, (SELECT
    coalesce(sum(hours), 0) FROM h WHERE h.slot = p.slot AND source = k)
FROM p, (SELECT 'visit' AS k UNION ALL SELECT 'event' UNION ALL
    SELECT 'manual');
INSERT INTO r SELECT 'volunteers', 'team.' || t.name, p.slot, (SELECT
    coalesce(sum(h.hours), 0) FROM team_member m JOIN h ON h.vol =
    m.volunteer_id WHERE m.team_id = t.id AND h.slot = p.slot)
FROM p, team t;
INSERT INTO r SELECT 'volunteers', 'pairings', slot, (SELECT count(*) FROM
    pairing WHERE start <= t AND (end IS NULL OR end > t)) FROM p;
INSERT INTO r SELECT 'volunteers', 'pairings_new', slot, (SELECT count(*)
    FROM pairing WHERE start BETWEEN f AND t) FROM p;

-- the rows: hours as the report prints them
SELECT section, metric,
    CASE WHEN metric LIKE 'hours%' OR metric LIKE 'team.%' THEN
	rtrim(rtrim(printf('%.2f', sum(n * (slot = 0))), '0'), '.')
	ELSE sum(n * (slot = 0)) END,
    CASE WHEN metric LIKE 'hours%' OR metric LIKE 'team.%' THEN
	rtrim(rtrim(printf('%.2f', sum(n * (slot = 1))), '0'), '.')
	ELSE sum(n * (slot = 1)) END
FROM r GROUP BY section, metric ORDER BY min(rowid);
