#!/usr/bin/env python3
"""split.py GOLD.json RAWDIR OUTDIR: writes OUTDIR/<story>/<doc>.txt from saved search answers
(the article texts are never committed; this restores them outside the repository).

RAWDIR holds *.json files, each a saved `search` answer of corpus pages (the whole answer
object with "results", or just the results list). Every result whose url equals a gold doc's
url becomes that doc's text (excerpt exactly as returned). Prints what is still missing and
which texts lack their fragment (normalised as the scorer does)."""
import json, os, re, sys, glob
_TR = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"}
_TR.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"})
_TR.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_TR.update({ord(c): " " for c in "\u00a0\u2007\u2009\u202f\u200b"})
def norm(s): return re.sub(r"\s+", " ", (s or "").translate(_TR)).strip().casefold()
gold, raw, out = sys.argv[1:4]
byurl = {}
for f in sorted(glob.glob(os.path.join(raw, "*.json"))):
    try:
        a = json.load(open(f, encoding="utf-8"))
    except Exception as e:
        print(f"unreadable {f}: {e}"); continue
    res = a.get("results", []) if isinstance(a, dict) else a
    for r in res:
        if isinstance(r, dict) and r.get("url") and isinstance(r.get("excerpt"), str):
            byurl.setdefault(r["url"], r["excerpt"])
missing = bad = ok = 0
for s in json.load(open(gold, encoding="utf-8")):
    for d in s["docs"]:
        p = os.path.join(out, s["id"], d["doc"] + ".txt")
        if d["url"] in byurl:
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8") as fh: fh.write(byurl[d["url"]])
        if not os.path.exists(p):
            missing += 1; print(f"MISSING {s['id']}/{d['doc']} query={d['query']!r} url={d['url']}")
        elif norm(d["fragment"]) not in norm(open(p, encoding="utf-8").read()):
            bad += 1; print(f"NOFRAG {s['id']}/{d['doc']} fragment={d['fragment']!r}")
        else:
            ok += 1
print(f"ok {ok}, missing {missing}, lacking fragment {bad}")
