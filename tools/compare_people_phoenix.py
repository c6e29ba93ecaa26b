#!/usr/bin/env python3
"""Compare khaldun's people knowledge base with the Phoenix (PETRARCH) country actors.

A report tool, not a test. It reads data/kb/people.txt (khaldun KB format, see
doc/formats/knowledge.md) and a PETRARCH actor dictionary such as
Phoenix.Countries.actors.txt, matches people by normalised name, and reports

  * every date interval on which both sides code a matched person but disagree on the
    3-letter country or on the role (GOV, MIL, OPP, REB, ELI ...), using the
    "first code whose range contains the date" rule on both sides;
  * coverage: how many distinct Phoenix people holding a ...GOV code on some date in
    a window (default 2010-01-01..2015-12-31) we hold by name.

Usage:
  python3 tools/compare_people_phoenix.py --kb data/kb \
      --phoenix ../shared/data/petrarch/Phoenix.Countries.actors.txt

Only the Python standard library is used.
"""

import argparse
import datetime as dt
import os
import re
import sys
import unicodedata
from collections import defaultdict

MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2099, 12, 31)


# ----------------------------------------------------------------------------- names

def normalise(name):
    """Upper case, '_' and '-' as spaces, accents stripped, spaces collapsed."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.upper().replace("_", " ").replace("-", " ")
    s = s.replace("\u2019", "'")
    s = re.sub(r"\s+", " ", s).strip()
    return s


# ----------------------------------------------------------------------------- KB side

class Person:
    def __init__(self, names, codes, line):
        self.names = names          # as written
        self.codes = codes          # list of (code, start, end)
        self.line = line

    @property
    def label(self):
        return self.names[0]


def parse_iso(s):
    return dt.date.fromisoformat(s)


def read_kb(path):
    people = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("@"):
                continue
            if " | " not in line and "|" not in line:
                print(f"{path}:{lineno}: no '|' field separator", file=sys.stderr)
                continue
            names_f, codes_f = [x.strip() for x in line.split("|", 1)]
            names = [n.strip() for n in names_f.split(";") if n.strip()]
            codes = []
            ok = True
            for c in codes_f.split(";"):
                c = c.strip()
                if not c:
                    continue
                parts = c.split()
                code = parts[0]
                start, end = MIN_DATE, MAX_DATE
                if len(parts) > 1:
                    rng = parts[1]
                    if ".." not in rng:
                        print(f"{path}:{lineno}: bad range {rng!r}", file=sys.stderr)
                        ok = False
                        continue
                    a, b = rng.split("..", 1)
                    try:
                        if a:
                            start = parse_iso(a)
                        if b:
                            end = parse_iso(b)
                    except ValueError as e:
                        print(f"{path}:{lineno}: bad date in {rng!r}: {e}", file=sys.stderr)
                        ok = False
                        continue
                    if end < start:
                        print(f"{path}:{lineno}: range ends before it starts: {rng}", file=sys.stderr)
                codes.append((code, start, end))
            if names and codes and ok:
                people.append(Person(names, codes, lineno))
            elif names and codes:
                people.append(Person(names, codes, lineno))
    return people


# ----------------------------------------------------------------------------- Phoenix side

class PhxEntry:
    def __init__(self, name, lineno):
        self.name = name
        self.synonyms = []
        self.codes = []             # list of (code, start, end)
        self.lineno = lineno

    def all_names(self):
        return [self.name] + self.synonyms


CODE_RE = re.compile(r"\[([^\]]*)\]")


def phx_date(s):
    """yymmdd (yy <= 30 -> 20yy) or yyyymmdd; invalid days are clamped."""
    s = s.strip()
    if len(s) == 8 and s.isdigit():
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    elif len(s) == 6 and s.isdigit():
        yy, m, d = int(s[:2]), int(s[2:4]), int(s[4:6])
        y = 2000 + yy if yy <= 30 else 1900 + yy
    else:
        raise ValueError(s)
    if not 1 <= m <= 12:
        raise ValueError(s)
    d = max(d, 1)
    while True:
        try:
            return dt.date(y, m, d)
        except ValueError:
            d -= 1
            if d < 28:
                raise


def parse_phx_code(text):
    """'CODE yymmdd-yymmdd' | 'CODE >yymmdd' | 'CODE <yymmdd' | 'CODE' -> tuple or None."""
    parts = text.split()
    if not parts:
        return None
    code = parts[0]
    if not re.fullmatch(r"[A-Z]{3,}", code):
        return None
    start, end = MIN_DATE, MAX_DATE
    if len(parts) > 1:
        rng = parts[1]
        try:
            if rng.startswith(">"):
                start = phx_date(rng[1:])
            elif rng.startswith("<"):
                end = phx_date(rng[1:])
            elif "-" in rng:
                a, b = rng.split("-", 1)
                start, end = phx_date(a), phx_date(b)
            else:
                return None
        except ValueError:
            return None
    return (code, start, end)


def read_phoenix(path):
    entries = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            stripped = body.strip()
            if stripped.startswith("+"):
                if cur is not None:
                    syn = CODE_RE.sub("", stripped[1:]).strip()
                    if syn:
                        cur.synonyms.append(syn)
                    for m in CODE_RE.finditer(stripped):
                        c = parse_phx_code(m.group(1))
                        if c:
                            cur.codes.append(c)
                continue
            if body[0].isspace() or stripped.startswith("["):
                if cur is not None:
                    for m in CODE_RE.finditer(stripped):
                        c = parse_phx_code(m.group(1))
                        if c:
                            cur.codes.append(c)
                continue
            if stripped[0] in "<{~!":
                continue
            name = CODE_RE.sub("", stripped).strip()
            if not name:
                continue
            cur = PhxEntry(name, lineno)
            entries.append(cur)
            for m in CODE_RE.finditer(stripped):
                c = parse_phx_code(m.group(1))
                if c:
                    cur.codes.append(c)
    return entries


# ----------------------------------------------------------------------------- comparison

def effective(codes, day):
    for code, a, b in codes:
        if a <= day <= b:
            return code
    return None


def boundaries(codes):
    pts = set()
    for _, a, b in codes:
        pts.add(a)
        if b < MAX_DATE:
            pts.add(b + dt.timedelta(days=1))
    return pts


def split_code(code):
    if code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return code, ""
    return code[:3], code[3:6]


def disagreements(kb_codes, phx_codes):
    """Yield (start, end, ours, theirs, what) for intervals where both code and differ."""
    pts = sorted(boundaries(kb_codes) | boundaries(phx_codes) | {MIN_DATE})
    segs = []
    for i, a in enumerate(pts):
        b = pts[i + 1] - dt.timedelta(days=1) if i + 1 < len(pts) else MAX_DATE
        if b < a:
            continue
        ours, theirs = effective(kb_codes, a), effective(phx_codes, a)
        if not ours or not theirs:
            continue
        oc, orole = split_code(ours)
        tc, trole = split_code(theirs)
        what = []
        if oc != tc:
            what.append("country")
        if orole != trole:
            what.append("role")
        if not what:
            continue
        key = (ours, theirs, tuple(what))
        if segs and segs[-1][4] == key and segs[-1][1] + dt.timedelta(days=1) == a:
            segs[-1][1] = b
        else:
            segs.append([a, b, ours, theirs, key])
    for a, b, ours, theirs, key in segs:
        yield a, b, ours, theirs, "+".join(key[2])


def fmt(d):
    if d == MIN_DATE:
        return ""
    if d == MAX_DATE:
        return ""
    return d.isoformat()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kb", default="data/kb", help="KB directory (reads people.txt)")
    ap.add_argument("--phoenix", default="../shared/data/petrarch/Phoenix.Countries.actors.txt")
    ap.add_argument("--from", dest="cov_from", default="2010-01-01")
    ap.add_argument("--to", dest="cov_to", default="2015-12-31")
    ap.add_argument("--single-token", action="store_true",
                    help="also match on one-word names (surnames); noisy")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 when a KB line that disagrees with Phoenix carries no review "
                         "comment ('#') saying why ours stands")
    ap.add_argument("--list-missing", type=int, default=0, metavar="N",
                    help="list up to N Phoenix GOV people in the window we do not hold")
    args = ap.parse_args()

    kb_path = os.path.join(args.kb, "people.txt") if os.path.isdir(args.kb) else args.kb
    people = read_kb(kb_path)
    entries = read_phoenix(args.phoenix)

    # index Phoenix names
    phx_index = defaultdict(list)
    for e in entries:
        for n in e.all_names():
            nn = normalise(n)
            if nn:
                phx_index[nn].append(e)

    kb_names = set()
    total_codes = 0
    pairs = []   # (person, entry)
    for p in people:
        total_codes += len(p.codes)
        seen = set()
        for n in p.names:
            nn = normalise(n)
            kb_names.add(nn)
            if " " not in nn and not args.single_token:
                continue
            for e in phx_index.get(nn, ()):
                if id(e) not in seen and e.codes:
                    seen.add(id(e))
                    pairs.append((p, e))

    print(f"KB: {len(people)} entries, {total_codes} dated codes ({kb_path})")
    print(f"Phoenix: {len(entries)} entries ({args.phoenix})")
    print(f"matched pairs (KB entry, Phoenix entry) by multi-word name: {len(pairs)}")
    print()

    n_dis = 0
    people_dis = set()
    by_kind = defaultdict(int)
    for p, e in sorted(pairs, key=lambda x: x[0].line):
        ds = list(disagreements(p.codes, e.codes))
        if not ds:
            continue
        people_dis.add(p.line)
        print(f"people.txt:{p.line} {p.label}  <->  Phoenix:{e.lineno} {e.name}")
        for a, b, ours, theirs, what in ds:
            n_dis += 1
            by_kind[what] += 1
            print(f"    {fmt(a)}..{fmt(b)}  ours {ours:<10} phoenix {theirs:<10} ({what})")
    print()
    print(f"disagreements: {n_dis} intervals in {len(people_dis)} KB entries "
          + ", ".join(f"{k}: {v}" for k, v in sorted(by_kind.items())))
    # Every disagreement must have been reviewed: the KB line says why ours
    # stands (or was fixed and no longer disagrees).
    with open(kb_path, encoding="utf-8") as f:
        kb_lines = f.read().split("\n")
    unreviewed = [n for n in sorted(people_dis) if "#" not in kb_lines[n - 1]]
    for n in unreviewed:
        print(f"unreviewed: people.txt:{n}: disagrees with Phoenix and has no comment saying why")
    print(f"unreviewed disagreements: {len(unreviewed)}")
    args_check_failed = args.check and bool(unreviewed)

    # coverage
    w0, w1 = parse_iso(args.cov_from), parse_iso(args.cov_to)
    gov_people = {}
    for e in entries:
        for code, a, b in e.codes:
            c, role = split_code(code)
            if role == "GOV" and a <= w1 and b >= w0:
                key = normalise(e.name)
                if " " in key:          # people have at least two name words
                    gov_people.setdefault(key, e)
                break
    held = []
    missing = []
    for key, e in sorted(gov_people.items()):
        names = {normalise(n) for n in e.all_names()}
        if names & kb_names:
            held.append(key)
        else:
            missing.append(key)
    total = len(gov_people)
    pct = 100.0 * len(held) / total if total else 0.0
    print(f"coverage: {len(held)} of {total} distinct Phoenix people with a ...GOV code "
          f"between {w0} and {w1} are held by name ({pct:.1f}%)")
    if args.list_missing:
        for k in missing[:args.list_missing]:
            print(f"    missing: {k}")
    return 1 if args_check_failed else 0


if __name__ == "__main__":
    sys.exit(main())
