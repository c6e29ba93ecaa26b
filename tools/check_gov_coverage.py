#!/usr/bin/env python3
"""Report the days on which a sovereign state has nobody coded GOV in data/kb/people.txt.

Issue 4 asks for every country's heads of state and government since 1990. This tool
checks a necessary condition of that: for every sovereign state (UN members and
observers, Kosovo and Taiwan) each day from 1990-01-01, or from independence when
later, to --until is covered by at least one person with a <country>GOV code. A day
without any GOV holder is certainly a gap in the heads; a covered day may still lack a
head (a minister can cover it), so the per-country audit in the issue note remains the
real check. Stretches when a state had no government at all are listed in
NO_GOVERNMENT with the reason.

Usage:
  python3 tools/check_gov_coverage.py --kb data/kb [--until 2026-06-30] [--check]

--check exits 1 when any state has a gap (for CTest). Only the standard library is used.
"""

import argparse
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_people_phoenix import read_kb  # noqa: E402

START = dt.date(1990, 1, 1)

# ISO 3166-1 entries in countries.txt that are not sovereign states: dependencies,
# overseas departments, uninhabited territories and special administrative regions.
# Their governments are coded through the state they belong to.
NOT_SOVEREIGN = set("""
ALA ASM AIA ATA ABW BMU BES BVT IOT VGB CYM CXR CCK COK CUW FLK FRO GUF PYF ATF GIB GRL
GLP GUM GGY HMD HKG IMN JEY MAC MTQ MYT MSR NCL NIU NFK MNP PCN PRI REU BLM SHN MAF SPM
SXM SGS SJM TKL TCA UMI VIR WLF ESH
""".split())

# States that came into being after 1990-01-01: coverage is required from this day.
# Dates of independence (or of the state's own government, for the successor states).
BORN = {
    "NAM": "1990-03-21", "YEM": "1990-05-22", "DEU": "1990-10-03",
    "LTU": "1990-03-11", "LVA": "1991-08-21", "EST": "1991-08-20", "GEO": "1991-04-09",
    "UKR": "1991-08-24", "BLR": "1991-08-25", "MDA": "1991-08-27", "AZE": "1991-08-30",
    "UZB": "1991-08-31", "KGZ": "1991-08-31", "TJK": "1991-09-09", "ARM": "1991-09-21",
    "TKM": "1991-10-27", "KAZ": "1991-12-16", "RUS": "1991-12-25",
    "SVN": "1991-06-25", "HRV": "1991-06-25", "MKD": "1991-09-08", "BIH": "1992-03-03",
    "CZE": "1993-01-01", "SVK": "1993-01-01", "ERI": "1993-05-24", "PLW": "1994-10-01",
    "TLS": "2002-05-20", "MNE": "2006-06-03", "SRB": "2006-06-05", "XKX": "2008-02-17",
    "SSD": "2011-07-09",
}


# Stretches with no national government to code, so no gap: each with why.
NO_GOVERNMENT = {
    "SOM": [("1997-01-04", "2000-08-26",
             "after Ali Mahdi's interim government ended at the Sodere talks and before the "
             "Transitional National Government; faction leaders only")],
    "IRQ": [("2003-04-10", "2003-07-12",
             "after Saddam Hussein's government fell and before the Governing Council; the "
             "occupation authority's administrators are coded USAGOV")],
}


def country_codes(kb_dir):
    """Codes of section 1 of countries.txt (the countries themselves), in file order."""
    codes = []
    path = os.path.join(kb_dir, "countries.txt")
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.startswith("# Section 2:"):
                break
            line = raw.split("#", 1)[0].strip()
            if "|" not in line:
                continue
            field = line.split("|", 1)[1].strip()
            code = field.split()[0] if field else ""
            if len(code) == 3 and code not in codes:
                codes.append(code)
    return codes


def gaps(intervals, start, end):
    """Maximal sub-ranges of [start, end] not covered by any (a, b) interval."""
    out = []
    day = start
    for a, b in sorted(intervals):
        if b < day:
            continue
        if a > day:
            out.append((day, min(a - dt.timedelta(days=1), end)))
        day = max(day, b + dt.timedelta(days=1))
        if day > end:
            break
    if day <= end:
        out.append((day, end))
    return [(a, b) for a, b in out if a <= b]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kb", default="data/kb")
    ap.add_argument("--until", default="2026-06-30",
                    help="last day that must be covered (default 2026-06-30)")
    ap.add_argument("--check", action="store_true", help="exit 1 if any state has a gap")
    args = ap.parse_args()
    until = dt.date.fromisoformat(args.until)

    held = {}
    for person in read_kb(os.path.join(args.kb, "people.txt")):
        for code, a, b in person.codes:
            if len(code) == 6 and code.endswith("GOV"):
                held.setdefault(code[:3], []).append((a, b))

    states = [c for c in country_codes(args.kb) if c not in NOT_SOVEREIGN]
    with_gaps = 0
    for code in states:
        start = dt.date.fromisoformat(BORN[code]) if code in BORN else START
        excused = [(dt.date.fromisoformat(a), dt.date.fromisoformat(b))
                   for a, b, _ in NO_GOVERNMENT.get(code, [])]
        missing = gaps(held.get(code, []) + excused, start, until)
        if not missing:
            continue
        with_gaps += 1
        days = sum((b - a).days + 1 for a, b in missing)
        ranges = ", ".join(f"{a}..{b}" for a, b in missing[:6])
        more = f" (+{len(missing) - 6} more)" if len(missing) > 6 else ""
        print(f"{code} {days} days without a GOV holder: {ranges}{more}")
    print(f"states {len(states)} with_gaps {with_gaps}")
    return 1 if (args.check and with_gaps) else 0


if __name__ == "__main__":
    sys.exit(main())
