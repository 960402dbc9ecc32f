"""One process against a LocalCluster of worker processes, on a generated corpus.

    build/bench/generate_corpus --articles 10000 --jsonl /tmp/corpus.jsonl
    PYTHONPATH=build/python /usr/bin/python3 bench/dask_benchmark.py /tmp/corpus.jsonl [WORKERS]

Prints wall-clock seconds: the CLI (`crosscheck check --format json`, all cores), the Python
module on one process (Checker.check_paths), and crosscheck.dask on a LocalCluster (started
before the clock runs), with the time split into its phases, and checks the reports agree.
"""
import os
import subprocess
import sys
import time

import dask
import dask.bag
from dask.distributed import Client, LocalCluster

import crosscheck
import crosscheck.dask as ccd
from crosscheck import _core


def timed(label, fn):
    start = time.perf_counter()
    out = fn()
    print(f"{label:48} {time.perf_counter() - start:7.2f} s", flush=True)
    return out


def main():
    path = sys.argv[1]
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    cli = os.environ.get("CROSSCHECK_CLI", "build/crosscheck")
    want = timed("CLI check --format json", lambda: subprocess.run(
        [cli, "check", "--format", "json", path], capture_output=True).stdout.decode())
    checker = crosscheck.Checker()
    one = timed("Python Checker.check_paths + to_json",
                lambda: checker.check_paths(path).to_json())
    with LocalCluster(n_workers=workers, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster):
        parts = 2 * workers
        blocksize = os.path.getsize(path) // parts + 1
        got = timed(f"dask check_bag ({workers} workers, {parts} blocks) + to_json",
                    lambda: ccd.check_bag(ccd.read_jsonl(path, blocksize=blocksize)).to_json())
    # Where the distributed run's time goes, measured on one process.
    items = timed("  read_jsonl blocks into dicts", lambda: ccd.read_jsonl(
        path, blocksize=blocksize).compute(scheduler="sync"))
    core = _core.Checker("", None, (), (), (), 0.0)
    batch = timed("  extract (one thread)", lambda: _core._extract_partition(core, items, 1))
    import pickle
    data = timed("  pickle the extracted claims", lambda: pickle.dumps(batch))
    timed("  unpickle them", lambda: pickle.loads(data))
    rows = timed("  shuffle rows of every claim", lambda: ccd._rows(batch, 0, []))
    timed("  reconcile the rows", lambda: ccd._reduce(rows, ("", None, (), (), (), 0.0)))
    print(f"claims {len(rows)}, pickled {len(data) / 1e6:.1f} MB; identical: "
          f"{one == want and got == want}")


if __name__ == "__main__":
    main()
