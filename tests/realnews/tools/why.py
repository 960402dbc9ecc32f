#!/usr/bin/env python3
"""why.py GOLD BIN TEXTS [--list]: for each missed must_flag, whether both sides were read
(a claim holding the fragment), and whether the two claims share key / unit / place / source.
A pair of the same frame is told apart by what the reconciler did with it: no key to meet by
(a date without its event), articles put in two stories, a finding below the reported
confidence (`check --all` has it: an unclear article, a place known on one side), or none."""
import json, os, sys, tempfile, subprocess, collections
sys.path.insert(0, os.environ.get("STORIES_SCORE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/tools")))
import stories_score as ss
gold, bin_, root = sys.argv[1:4]
ss.CLUSTERS = gold
cats = collections.Counter(); rows = []

def same_frame(x, y, A, B, every, story_of):
    """What became of a pair of one frame: the confidence of the best --all finding citing a
    claim of each side, or why there is none."""
    if not x.get("key"): return "same frame, no key"
    if story_of.get(x["document"]) != story_of.get(y["document"]): return "same frame, 2 stories"
    a, b = {c["id"] for c in A}, {c["id"] for c in B}
    best = None
    for f in every.get("findings", []):
        side = {c["claim"]: c["side"] for c in f.get("claims", [])}
        if any(side.get(i) and side.get(j) and side[i] != side[j] for i in a for j in b):
            best = max(best or 0, f.get("confidence", 0))
    return f"same frame, below confidence ({best:.2f})" if best is not None else "same frame, no finding"
for c in ss.load_clusters():
    rs, why = ss.stage_cluster_rows(c, root)
    if why: continue
    p = os.path.join(tempfile.mkdtemp(), "x.jsonl"); ss.write_jsonl(p, rs)
    rep, err = ss.run_check(bin_, p)
    names = {d["doc"] for d in c["docs"]}
    where = lambda doc, cid=c["id"]: (cid, str(doc)) if str(doc) in names else None
    found, _, _ = ss.judge_clusters(rep.get("findings", []), [c], where)
    out = subprocess.run([bin_, "extract", "--format", "jsonl", p], capture_output=True, text=True).stdout
    every = json.loads(subprocess.run([bin_, "check", "--all", "--format", "json", p],
                                      capture_output=True, text=True).stdout or "{}")
    story_of = {d: st["id"] for st in every.get("stories", []) for d in st["documents"]}
    claims = collections.defaultdict(list)
    for line in out.splitlines():
        d = json.loads(line); cl = d.get("claim")
        if cl:
            cl["document"] = d["document"]
            ctx = cl.get("context") or ""
            cl["sentence"] = ctx
            claims[d["document"]].append(cl)
    for i, it in enumerate(c["must_flag"]):
        if (c["id"], i) in found: continue
        def side(s):
            return [x for x in claims[s["doc"]] if ss.holds(x, s["fragment"])]
        A, B = side(it["a"]), side(it["b"])
        if not A or not B:
            cat = "unread " + ("a" if not A else "") + ("b" if not B else "")
        else:
            x, y = A[0], B[0]
            vx, vy = x.get("value") or {}, y.get("value") or {}
            if x["kind"] != y["kind"]: cat = "kind differs"
            elif x.get("key") != y.get("key"): cat = "key differs"
            elif vx.get("unit") != vy.get("unit"): cat = "unit differs"
            elif vx.get("place","") != vy.get("place",""): cat = "place differs"
            elif x.get("modality","") != y.get("modality",""): cat = "modality differs"
            elif x.get("confidence",0) < 0.75 or y.get("confidence",0) < 0.75: cat = "low confidence"
            else: cat = same_frame(x, y, A, B, every, story_of)
            x_s = f"{x.get('key')} {vx.get('place','')} {x.get('source','')} {x.get('modality','')} {x.get('confidence')}"
            y_s = f"{y.get('key')} {vy.get('place','')} {y.get('source','')} {y.get('modality','')} {y.get('confidence')}"
        cats[cat.split(" (")[0]] += 1
        rows.append(f"{cat:24} {c['id']}: {it['kind']} {it['a']['doc']} {it['a']['fragment']!r} / {it['b']['doc']} {it['b']['fragment']!r}" + (f"\n{'':26}{x_s} | {y_s}" if A and B else ""))
if "--list" in sys.argv: print("\n".join(rows))
for k, v in cats.most_common(): print(f"{v:4} {k}")
