#!/usr/bin/env python3
"""sky.py -- lunar month starts against the new moons of PyEphem.

Reads "YYYY-MM-DD<TAB>Y-M-LEAP" lines (test_lunar's LUNAR_MONTHS dump) on
stdin.  For each month start S, the new moon nearest to it is computed
with PyEphem (python3-ephem, an independent implementation that runs
offline) and turned into a civil date: at UTC+8 from 1929 (GB/T
33661-2017), at Beijing mean time, UTC+7:45:40, for 1912-1928.  A lunar
month begins on the day that holds the new moon.  Prints one line per
month where the day differs: the month, the table's day, the sky's day,
the new moon's local time and its distance from midnight in minutes;
then a summary line "sky check: N months, D differ, C within 10 minutes
of midnight".
"""
import sys
import datetime as dt

import ephem

BMT = dt.timedelta(hours=7, minutes=45, seconds=40)
CST = dt.timedelta(hours=8)


def local_new_moon(start):
    """The local time of the new moon nearest the civil day start."""
    off = BMT if start.year < 1929 else CST
    # local midnight of start, in UTC, less two days
    t = dt.datetime(start.year, start.month, start.day) - off
    nm = ephem.next_new_moon(ephem.Date(t - dt.timedelta(days=2)))
    return ephem.Date(nm).datetime() + off


def main():
    n = differ = close = 0
    for line in sys.stdin:
        day, month = line.split()
        start = dt.date.fromisoformat(day)
        local = local_new_moon(start)
        n += 1
        midnight = dt.datetime(local.year, local.month, local.day)
        minutes = (local - midnight).total_seconds() / 60
        near = min(minutes, 24 * 60 - minutes)
        if local.date() != start:
            differ += 1
            if near <= 10:
                close += 1
            print("%s\ttable %s\tsky %s\tnew moon %s\t%.1f min from "
                  "midnight" % (month, day, local.date().isoformat(),
                                local.strftime("%Y-%m-%d %H:%M:%S"), near))
    print("sky check: %d months, %d differ, %d within 10 minutes of "
          "midnight" % (n, differ, close))


if __name__ == "__main__":
    main()
