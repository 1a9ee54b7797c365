-- due.sql -- the baseline for `visit due --on :on`: the same list, in the
-- same order, computed by plain SQL for the built-in rules (no config,
-- no own intervals).  Run: sqlite3 -separator '	' DB < due.sql with the
-- date substituted for 2026-11-28.
WITH p(d) AS (SELECT '2026-11-28'),
e AS (
	SELECT e.id, e.name, e.tags, e.joined,
	    ltrim(coalesce('-' || e.building, '') || coalesce('-' || e.unit, '')
	    || coalesce('-' || e.room, ''), '-') AS address,
	    (strftime('%Y', p.d) - strftime('%Y', e.birth)) -
	    (strftime('%m-%d', p.d) < strftime('%m-%d', e.birth)) AS age,
	    (SELECT max(v.date) FROM visit v WHERE v.elder_id = e.id AND
	    v.date <= p.d) AS last, p.d AS d
	FROM elder e, p WHERE e.status = 'active'
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
	FROM e
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
		ELSE '+6 months' END, '-1 day') END AS due
	FROM s WHERE last IS NULL OR last < cur
)
SELECT id, name, address, rule, every, last, due,
    max(0, CAST(julianday(d) - julianday(due) AS INTEGER)) AS overdue,
    (SELECT group_concat(vo.name, ',') FROM pairing pa JOIN volunteer vo
    ON vo.id = pa.volunteer_id WHERE pa.elder_id = due.id AND pa.end IS NULL
    AND vo.status = 'active')
FROM due ORDER BY overdue DESC, due, id;
