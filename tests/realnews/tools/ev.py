#!/usr/bin/env python3
"""ev.py GOLD BIN TEXTS [--misses] [--fa] [--story S] [--kind]: per-story scoring like
stories_score.py plus precision (matched cross-article findings / all cross-article findings)."""
import json, os, sys, tempfile, collections
sys.path.insert(0, os.environ.get("STORIES_SCORE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/tools")))
import stories_score as ss

args = sys.argv[1:]
gold, bin_, root = args[:3]
flags = set(a for a in args[3:] if a.startswith("--"))
story = args[args.index("--story") + 1] if "--story" in args else None
ss.CLUSTERS = gold
clusters = ss.load_clusters()
tmp = tempfile.mkdtemp()
tot = collections.Counter()
bykind = collections.defaultdict(lambda: [0, 0, 0])
for c in clusters:
    if story and story not in c["id"]:
        continue
    rows, why = ss.stage_cluster_rows(c, root)
    if why:
        print("SKIP", c["id"], why); continue
    rep, err = ss.run_check(bin_, ss.write_jsonl(os.path.join(tmp, c["id"] + ".jsonl"), rows))
    if err:
        print("FAIL", c["id"], err); continue
    names = {d["doc"] for d in c["docs"]}
    where = lambda doc, cid=c["id"], names=names: (cid, str(doc)) if str(doc) in names else None
    fs = rep.get("findings", [])
    found, alarms, notes = ss.judge_clusters(fs, [c], where)
    cross = sum(1 for f in fs if any(where(x.get("document")) != where(y.get("document")) for x, y in ss.claim_pairs(f, where)))
    tot["found"] += len(found); tot["must"] += len(c["must_flag"]); tot["fa"] += len(alarms)
    tot["cross"] += cross; tot["within"] += notes["within"]; tot["docs"] += len(c["docs"])
    k = c.get("kind", "?"); bykind[k][0] += len(found); bykind[k][1] += len(c["must_flag"]); bykind[k][2] += len(alarms)
    if "--misses" in flags or "--fa" in flags or story:
        print(f"{c['id']}: {len(found)}/{len(c['must_flag'])}, {len(alarms)} FA")
    if "--misses" in flags or story:
        for i, it in enumerate(c["must_flag"]):
            if (c["id"], i) not in found:
                print(f"   - {it['kind']}: {it['a']['doc']} {it['a']['fragment']!r} / {it['b']['doc']} {it['b']['fragment']!r}  # {it.get('note','')[:90]}")
    if "--fa" in flags or story:
        for f in alarms:
            docs = sorted({str(cl.get("document")) for cl in f.get("claims", [])})
            txt = [f"{cl.get('document')}:{cl.get('text')}" for cl in f.get("claims", [])]
            print(f"   ! {f.get('kind')}/{f.get('confidence', f.get('severity'))} {txt}: {str(f.get('explanation',''))[:200]}")
if "--kind" in flags:
    for k, (a, b, fa) in sorted(bykind.items()):
        print(f"  {k:10} {a}/{b} ({fa} FA)")
p = (tot["cross"] - tot["fa"]) / tot["cross"] if tot["cross"] else 0
print(f"found {tot['found']}/{tot['must']} ({100*tot['found']/max(1,tot['must']):.1f} %), FA {tot['fa']} "
      f"({10*tot['fa']/max(1,tot['docs']):.2f}/10 docs), precision {100*p:.1f} % ({tot['cross']-tot['fa']}/{tot['cross']}), within {tot['within']}")
