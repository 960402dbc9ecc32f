#!/usr/bin/env python3
"""checktexts.py GOLD TEXTS: which article files of a gold set are missing from TEXTS or lack
their fragment (as stories_score.py reads them), one line each, then a summary line. Run it
after fetching the texts again with the search tool (`stories_score.py fetch GOLD`)."""
import json, os, sys
sys.path.insert(0, os.environ.get("STORIES_SCORE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/tools")))
from stories_score import norm

gold, root = sys.argv[1], sys.argv[2]
ok = bad = 0
for c in json.load(open(gold, encoding="utf-8")):
    for d in c["docs"]:
        path = os.path.join(root, c["id"], d["doc"] + ".txt")
        if not os.path.isfile(path):
            print("missing", path, "| query:", d["query"])
            bad += 1
        elif norm(d["fragment"]) not in norm(open(path, encoding="utf-8", errors="replace").read()):
            print("lacks fragment", path, repr(d["fragment"]))
            bad += 1
        else:
            ok += 1
print(f"{gold}: {ok} ok, {bad} missing or without fragment")
sys.exit(1 if bad else 0)
