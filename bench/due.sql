-- due.sql -- the baseline for `visit due --on :on`: the same list, in the
-- same order, computed by plain SQL for the built-in rules (no config,
-- no own intervals) and the reasons urgent (one workday), change (two),
-- follow-up and review.  Workdays: Monday to Friday less the statutory
-- days off of 2020-2026, plus their make-up days (lib/holiday.c's table).
-- Run: sqlite3 -separator '	' DB < due.sql with the date substituted
-- for 2026-11-28.
WITH p(d) AS (SELECT '2026-11-28'),
off(a, b) AS (VALUES
    ('2020-01-01', '2020-01-01'), ('2020-01-24', '2020-02-02'),
    ('2020-04-04', '2020-04-06'), ('2020-05-01', '2020-05-05'),
    ('2020-06-25', '2020-06-27'), ('2020-10-01', '2020-10-08'),
    ('2021-01-01', '2021-01-03'), ('2021-02-11', '2021-02-17'),
    ('2021-04-03', '2021-04-05'), ('2021-05-01', '2021-05-05'),
    ('2021-06-12', '2021-06-14'), ('2021-09-19', '2021-09-21'),
    ('2021-10-01', '2021-10-07'), ('2022-01-01', '2022-01-03'),
    ('2022-01-31', '2022-02-06'), ('2022-04-03', '2022-04-05'),
    ('2022-04-30', '2022-05-04'), ('2022-06-03', '2022-06-05'),
    ('2022-09-10', '2022-09-12'), ('2022-10-01', '2022-10-07'),
    ('2022-12-31', '2023-01-02'), ('2023-01-21', '2023-01-27'),
    ('2023-04-05', '2023-04-05'), ('2023-04-29', '2023-05-03'),
    ('2023-06-22', '2023-06-24'), ('2023-09-29', '2023-10-06'),
    ('2024-01-01', '2024-01-01'), ('2024-02-10', '2024-02-17'),
    ('2024-04-04', '2024-04-06'), ('2024-05-01', '2024-05-05'),
    ('2024-06-10', '2024-06-10'), ('2024-09-15', '2024-09-17'),
    ('2024-10-01', '2024-10-07'), ('2025-01-01', '2025-01-01'),
    ('2025-01-28', '2025-02-04'), ('2025-04-04', '2025-04-06'),
    ('2025-05-01', '2025-05-05'), ('2025-05-31', '2025-06-02'),
    ('2025-10-01', '2025-10-08'), ('2026-01-01', '2026-01-03'),
    ('2026-02-15', '2026-02-23'), ('2026-04-04', '2026-04-06'),
    ('2026-05-01', '2026-05-05'), ('2026-06-19', '2026-06-21'),
    ('2026-09-25', '2026-09-27'), ('2026-10-01', '2026-10-07')),
makeup(d) AS (VALUES
    ('2020-01-19'), ('2020-04-26'), ('2020-05-09'), ('2020-06-28'),
    ('2020-09-27'), ('2020-10-10'), ('2021-02-07'), ('2021-02-20'),
    ('2021-04-25'), ('2021-05-08'), ('2021-09-18'), ('2021-09-26'),
    ('2021-10-09'), ('2022-01-29'), ('2022-01-30'), ('2022-04-02'),
    ('2022-04-24'), ('2022-05-07'), ('2022-10-08'), ('2022-10-09'),
    ('2023-01-28'), ('2023-01-29'), ('2023-04-23'), ('2023-05-06'),
    ('2023-06-25'), ('2023-10-07'), ('2023-10-08'), ('2024-02-04'),
    ('2024-02-18'), ('2024-04-07'), ('2024-04-28'), ('2024-05-11'),
    ('2024-09-14'), ('2024-09-29'), ('2024-10-12'), ('2025-01-26'),
    ('2025-02-08'), ('2025-04-27'), ('2025-09-28'), ('2025-10-11'),
    ('2026-01-04'), ('2026-02-14'), ('2026-02-28'), ('2026-05-09'),
    ('2026-09-20'), ('2026-10-10')),
k(n) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11),
    (12), (13), (14), (15), (16), (17), (18), (19), (20)),
e AS (
	SELECT e.id, e.name, e.tags, e.joined,
	    ltrim(coalesce('-' || e.building, '') || coalesce('-' || e.unit, '')
	    || coalesce('-' || e.room, ''), '-') AS address,
	    (strftime('%Y', p.d) - strftime('%Y', e.birth)) -
	    (strftime('%m-%d', p.d) < strftime('%m-%d', e.birth)) AS age,
	    (SELECT max(v.date) FROM visit v WHERE v.elder_id = e.id AND
	    v.date <= p.d) AS last, p.d AS d,
	    (SELECT u.date FROM visit u WHERE u.elder_id = e.id AND
	    u.date <= p.d AND 'urgent' IN (u.living, u.safety, u.health,
	    u.mental) AND NOT EXISTS (SELECT 1 FROM visit h WHERE
	    h.elder_id = e.id AND h.mode = 'home' AND h.date <= p.d AND
	    (h.date > u.date OR (h.date = u.date AND h.id > u.id)))
	    ORDER BY u.date, u.id LIMIT 1) AS found,
	    (SELECT min(x.date) FROM elder_event x WHERE x.elder_id = e.id AND
	    x.date <= p.d AND NOT EXISTS (SELECT 1 FROM visit h WHERE
	    h.elder_id = e.id AND h.mode = 'home' AND h.date >= x.date AND
	    h.date <= p.d)) AS changed,
	    (SELECT min(v.follow_up) FROM visit v WHERE v.elder_id = e.id AND
	    v.follow_up IS NOT NULL AND v.date <= p.d AND NOT EXISTS (SELECT 1
	    FROM visit f WHERE f.elder_id = e.id AND f.kind = 'follow-up' AND
	    f.date <= p.d AND (f.date > v.date OR (f.date = v.date AND
	    f.id > v.id)))) AS followup,
	    (SELECT min(c.review) FROM elder_case c WHERE c.elder_id = e.id AND
	    c.status = 'open' AND c.review IS NOT NULL AND NOT EXISTS (SELECT 1
	    FROM visit k WHERE k.elder_id = e.id AND k.kind = 'case' AND
	    k.date >= c.review AND k.date <= p.d)) AS review
	FROM elder e, p WHERE e.status = 'active'
),
f AS MATERIALIZED (	-- urgent: a workday after the finding; change: two
	SELECT *, CASE WHEN found IS NOT NULL THEN (SELECT min(c) FROM (SELECT
	    date(found, '+' || n || ' days') AS c FROM k) WHERE c IN (SELECT d FROM makeup) OR
	    (strftime('%w', c) NOT IN ('0', '6') AND NOT EXISTS (SELECT 1 FROM
	    off WHERE c BETWEEN off.a AND off.b))) END AS urgent,
	    CASE WHEN changed IS NOT NULL THEN (SELECT c FROM (SELECT
	    date(changed, '+' || n || ' days') AS c
	    FROM k) WHERE c IN (SELECT d FROM makeup) OR
	    (strftime('%w', c) NOT IN ('0', '6') AND NOT EXISTS (SELECT 1 FROM
	    off WHERE c BETWEEN off.a AND off.b)) ORDER BY c LIMIT 1 OFFSET 1)
	    END AS change
	FROM e
),
r AS (
	SELECT *, CASE
	    WHEN (instr(',' || tags || ',', ',独居,') OR
		instr(',' || tags || ',', ',空巢,') OR
		instr(',' || tags || ',', ',留守,')) AND age >= 80 THEN 'week'
	    WHEN instr(',' || tags || ',', ',病危,') THEN 'week'
	    WHEN instr(',' || tags || ',', ',失能,') OR
		instr(',' || tags || ',', ',失智,') OR
		instr(',' || tags || ',', ',特困,') OR
		instr(',' || tags || ',', ',计生特殊,') OR
		instr(',' || tags || ',', ',重残,') THEN 'month'
	    ELSE 'quarter' END AS every,
	    CASE
	    WHEN (instr(',' || tags || ',', ',独居,') OR
		instr(',' || tags || ',', ',空巢,') OR
		instr(',' || tags || ',', ',留守,')) AND age >= 80 THEN '高风险'
	    WHEN instr(',' || tags || ',', ',病危,') THEN '高风险'
	    WHEN instr(',' || tags || ',', ',失能,') OR
		instr(',' || tags || ',', ',失智,') OR
		instr(',' || tags || ',', ',特困,') OR
		instr(',' || tags || ',', ',计生特殊,') OR
		instr(',' || tags || ',', ',重残,') THEN '重点'
	    ELSE '一般' END AS rule
	FROM f
),
s AS (	-- start of the period holding a date, per kind
	SELECT *,
	    CASE every
	    WHEN 'week' THEN date(d, '-' || ((strftime('%w', d) + 6) % 7) ||
		' days')
	    WHEN 'month' THEN date(d, 'start of month')
	    ELSE date(d, 'start of month', '-' || ((strftime('%m', d) - 1) % 3)
		|| ' months') END AS cur,
	    coalesce(last, joined) AS base
	FROM r
),
due AS (
	SELECT *, CASE every
	    WHEN 'week' THEN date(base, '-' || ((strftime('%w', base) + 6) % 7)
		|| ' days', CASE WHEN last IS NULL THEN '+6 days'
		ELSE '+13 days' END)
	    WHEN 'month' THEN date(base, 'start of month', CASE WHEN last IS NULL
		THEN '+1 months' ELSE '+2 months' END, '-1 day')
	    ELSE date(base, 'start of month', '-' || ((strftime('%m', base) - 1)
		% 3) || ' months', CASE WHEN last IS NULL THEN '+3 months'
		ELSE '+6 months' END, '-1 day') END AS ruledue,
	    (last IS NULL OR last < cur) AS ruled
	FROM s
),
why AS (
	SELECT *, CASE
	    WHEN urgent <= d THEN 0 WHEN change <= d THEN 1
	    WHEN followup <= d THEN 2 WHEN review <= d THEN 3
	    WHEN ruled THEN 4 END AS r
	FROM due
),
out AS (
	SELECT *, CASE r WHEN 0 THEN urgent WHEN 1 THEN change
	    WHEN 2 THEN followup WHEN 3 THEN review ELSE ruledue END AS due
	FROM why WHERE r IS NOT NULL
)
SELECT id, name, address, CASE r WHEN 0 THEN 'urgent' WHEN 1 THEN 'change'
    WHEN 2 THEN 'follow-up' WHEN 3 THEN 'review' ELSE 'rule' END,
    rule, every, last, due,
    max(0, CAST(julianday(d) - julianday(due) AS INTEGER)) AS overdue,
    (SELECT group_concat(vo.name, ',') FROM pairing pa JOIN volunteer vo
    ON vo.id = pa.volunteer_id WHERE pa.elder_id = out.id AND pa.end IS NULL
    AND vo.status = 'active')
FROM out ORDER BY r, overdue DESC, due, id;
