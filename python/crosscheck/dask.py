"""crosscheck on Dask: the same report as `crosscheck check`, computed on a cluster.

    from dask.distributed import Client
    import crosscheck, crosscheck.dask
    client = Client("tcp://scheduler:8786")            # or LocalCluster()
    bag = crosscheck.dask.read_jsonl(["/shared/feed.jsonl"], blocksize=64 << 20)
    report = crosscheck.dask.check_bag(bag, crosscheck.Checker(lang="de"))
    open("report.json", "w").write(report.to_json())

The run is a map, a shuffle and a reduce:

- map: each partition's articles are extracted where the partition lives; a worker process
  builds its Checker once and reuses it for every task;
- stories: each document's story signature features become rows shuffled by feature (the
  bucket); a bucket weighs its feature by how many documents have it and pairs its documents;
  the shared weights are summed per pair, and each pair is weighed against both documents'
  totals (python/src/stories.cc, on the pieces of the C++ GroupStories); only the weighted
  links come to the client, which forms the stories by the C++ LinkStories, as one machine
  does;
- shuffle: the claims become rows of a Dask DataFrame keyed by their reconciliation key
  (crosscheck.Claim.reconcile_key, the C++ ReconcileKey the reconciler groups by) less its
  group ("civilians/killed" goes by "killed") and are shuffled by Dask, so that the claims of
  every group of a measure meet in one partition: figures naming no group may join the one
  whole group their story names (ReconcileOptions::whole_groups);
- reduce: each shuffled partition is reconciled by the C++ reconciler; the findings and the
  documents are gathered and put in the single-machine order.

The report's JSON is byte for byte what `crosscheck check --format json` prints for the same
articles in the same order, whatever the number of partitions and workers.
"""
from __future__ import annotations

import os
from typing import Any, Iterable

import dask
import dask.bag
import dask.dataframe as dd
import pandas as pd
from dask import delayed

from . import Checker, Report, _core, _records

__all__ = ["check_bag", "check_dataframe", "read_jsonl", "read_paths"]

# One Checker per worker process, built at its first task: compiling the language data
# takes longer than extracting a small partition.
_CHECKERS: dict = {}

_ROWS = {"key": "object", "part": "int64", "slot": "int64", "claim": "int64",
         "document": "object", "blob": "object"}
_FOUND = {"severity": "float64", "key": "object", "part": "int64", "slot": "int64",
          "claim": "int64", "finding": "object"}


def _frame(columns: dict, dtypes: dict) -> pd.DataFrame:
    return pd.DataFrame({k: pd.Series(columns.get(k, []), dtype=t) for k, t in dtypes.items()})


def _checker(args) -> Any:
    core = _CHECKERS.get(args)
    if core is None:
        core = _CHECKERS[args] = _core.Checker(*args)
    return core


def _extract(items, args, jobs):
    return _core._extract_partition(_checker(args), _records(items), jobs)


def _ids(batch):
    return batch.ids()


def _rows(batch, part, drop, stories):
    return _frame(_core._claim_rows(batch, part, sorted(drop), stories), _ROWS)


def _story_names(batch, drop):
    return _core._story_names(batch, sorted(drop))


# Story grouping (python/src/stories.cc): features shuffled as buckets, then per document
# totals and per pair shared weights, then each pair decided against both documents' totals.
_FEATURES = {"feature": "uint64", "doc": "int64", "lang": "object", "published": "int64"}
_SCORED = {"kind": "int64", "a": "int64", "b": "int64", "feature": "uint64",
           "weight": "float64", "count": "int64", "lang": "object", "published": "int64"}
_TOTALS = {"doc": "int64", "lang": "object", "published": "int64", "all": "float64",
           "names": "float64", "sall": "float64", "snames": "float64"}
_PAIRS = {"a": "int64", "b": "int64", "all": "float64", "names": "float64",
          "count_all": "int64", "count_names": "int64"}
_EDGES = {"a": "int64", "b": "int64", "similarity": "float64", "kind": "int64", "day": "int64",
          "flags": "int64"}


def _features(batch, part, drop):
    return _frame(_core._story_features(batch, part, sorted(drop)), _FEATURES)


def _score(df: pd.DataFrame, args, grouped) -> pd.DataFrame:
    return _frame(_core._score_buckets(_checker(args), df["feature"].tolist(), df["doc"].tolist(),
                                       df["lang"].tolist(), df["published"].tolist(), grouped),
                  _SCORED)


def _totals(df: pd.DataFrame) -> pd.DataFrame:
    return _frame(_core._doc_totals(df["a"].tolist(), df["feature"].tolist(),
                                    df["weight"].tolist(), df["count"].tolist(),
                                    df["lang"].tolist(), df["published"].tolist()), _TOTALS)


def _pair_sums(df: pd.DataFrame) -> pd.DataFrame:
    return _frame(_core._pair_sums(df["a"].tolist(), df["b"].tolist(), df["feature"].tolist(),
                                   df["weight"].tolist()), _PAIRS)


def _decide(df: pd.DataFrame, args) -> pd.DataFrame:
    columns = _core._decide_pairs(_checker(args), {k: df[k].tolist() for k in df.columns})
    return _frame(dict(zip(_EDGES, columns)), _EDGES)


def _edges(df: pd.DataFrame) -> tuple:
    return tuple(df[k].tolist() for k in _EDGES)


def _stories(batches: list, drops: list, args, npartitions: int) -> list:
    """Per partition, per slot, the story of each document, as one machine assigns them."""
    names = dask.compute(*[delayed(_story_names, pure=True)(b, [d[0] for d in drops[i]])
                           for i, b in enumerate(batches)])
    grouped = sum(1 for part in names for _, story in part if not story)
    if _core._one_story(_checker(args)) or grouped == 0:
        return _core._number_stories(_checker(args), list(names), [])
    features = dd.from_delayed([delayed(_features, pure=True)(b, i, [d[0] for d in drops[i]])
                                for i, b in enumerate(batches)],
                               meta=_frame({}, _FEATURES), verify_meta=False)
    scored = features.shuffle("feature", npartitions=npartitions, shuffle="tasks",
                              ignore_index=True).map_partitions(_score, args, grouped,
                                                                meta=_frame({}, _SCORED))
    totals = scored[scored["kind"] == 0].shuffle(
        "a", npartitions=npartitions, shuffle="tasks", ignore_index=True).map_partitions(
        _totals, meta=_frame({}, _TOTALS))
    pairs = scored[scored["kind"] == 1].shuffle(
        ["a", "b"], npartitions=npartitions, shuffle="tasks", ignore_index=True).map_partitions(
        _pair_sums, meta=_frame({}, _PAIRS))
    for side in ("a", "b"):
        pairs = pairs.merge(totals.rename(columns={k: f"{k}_{side}" for k in _TOTALS}),
                            left_on=side, right_on=f"doc_{side}", how="inner",
                            npartitions=npartitions, shuffle="tasks")
    edges = pairs.map_partitions(_decide, args, meta=_frame({}, _EDGES))
    parts = dask.compute(*[delayed(_edges, pure=True)(e) for e in edges.to_delayed()])
    columns = [[x for part in parts for x in part[k]] for k in range(len(_EDGES))]
    return _core._number_stories(_checker(args), list(names),
                                 _core._joined_pairs(_checker(args), *columns))


def _reduce(df: pd.DataFrame, args) -> pd.DataFrame:
    found = _core._reconcile_rows(_checker(args), df["part"].tolist(), df["slot"].tolist(),
                                  df["claim"].tolist(), df["document"].tolist(),
                                  df["blob"].tolist())
    return _frame(found, _FOUND)


def _findings(df: pd.DataFrame) -> list:
    return df["finding"].tolist()


def _duplicates(ids_per_part) -> list:
    """Later documents with an id seen before, per partition: (slot, input, message), the
    diagnostic the CLI gives."""
    seen: dict = {}
    drops = []
    for ids in ids_per_part:
        part = []
        for slot, doc_id, origin in ids:
            if doc_id in seen:
                part.append((slot, origin,
                             f'duplicate id "{doc_id}" (first read from {seen[doc_id]}); skipped'))
            else:
                seen[doc_id] = origin
        drops.append(part)
    return drops


def _check(partitions: list, checker: Checker | None, npartitions: int | None,
           jobs: int) -> Report:
    args = (checker or Checker())._args
    batches = [delayed(_extract, pure=True)(p, args, jobs) for p in partitions]
    # Kept on the workers: the ids decide which duplicates drop out before the shuffle.
    batches = list(dask.persist(*batches))
    drops = _duplicates(dask.compute(*[delayed(_ids, pure=True)(b) for b in batches]))
    stories = _stories(batches, drops, args, npartitions or len(partitions))
    rows = [delayed(_rows, pure=True)(b, i, [d[0] for d in drops[i]], stories[i])
            for i, b in enumerate(batches)]
    claims = dd.from_delayed(rows, meta=_frame({}, _ROWS), verify_meta=False)
    shuffled = claims.shuffle("key", npartitions=npartitions or len(partitions),
                              shuffle="tasks", ignore_index=True)
    found = shuffled.map_partitions(_reduce, args, meta=_frame({}, _FOUND))
    local, findings = dask.compute(batches, [delayed(_findings, pure=True)(f)
                                             for f in found.to_delayed()])
    return _core._assemble(list(local), drops, list(findings), stories)


def check_bag(bag: dask.bag.Bag, checker: Checker | None = None,
              npartitions: int | None = None, jobs: int = 1) -> Report:
    """Checks a Dask bag of articles (dicts with "id" and "text", as Checker.check takes).

    Documents are in the bag's order (partition by partition), as the CLI's are in input
    order. npartitions: partitions of the shuffle (default: the bag's); jobs: extraction
    threads per task (1 suits one-thread Dask workers).
    """
    if not isinstance(bag, dask.bag.Bag):
        raise ValueError(f"check_bag takes a dask.bag.Bag, not {type(bag).__name__}")
    return _check(bag.to_delayed(), checker, npartitions, jobs)


def check_dataframe(ddf: dd.DataFrame, checker: Checker | None = None,
                    npartitions: int | None = None, jobs: int = 1) -> Report:
    """Checks a Dask DataFrame with "id" and "text" columns (and optionally "lang",
    "published", "source", "url", "origin"), row order as input order."""
    if not isinstance(ddf, dd.DataFrame):
        raise ValueError(f"check_dataframe takes a dask DataFrame, not {type(ddf).__name__}")
    for col in ("id", "text"):
        if col not in ddf.columns:
            raise ValueError(f"the DataFrame has no \"{col}\" column")
    return _check(ddf.to_delayed(), checker, npartitions, jobs)


def _read_block(path: str, begin: int, end: int, first_line: int) -> list:
    with open(path, "rb") as f:
        f.seek(begin)
        data = f.read(end - begin)
    return _core._read_jsonl(data, path, first_line)


def read_jsonl(paths: str | os.PathLike | Iterable, blocksize: int = 32 << 20) -> dask.bag.Bag:
    """A bag of the articles of JSON Lines files, read by the workers in blocks of about
    `blocksize` bytes cut at line ends. The files must be readable at the same path on every
    worker (a shared file system). Lines that do not hold an article are kept as diagnostics
    naming file:line, as the CLI names them; the client reads each file once to count lines.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    blocks = []
    for path in map(os.fspath, paths):
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            begin, line = 0, 1
            while begin < size:
                f.seek(min(begin + blocksize, size))
                f.readline()  # To the end of the line the cut falls in.
                end = min(f.tell(), size)
                f.seek(begin)
                lines = f.read(end - begin).count(b"\n")
                blocks.append(delayed(_read_block, pure=True)(path, begin, end, line))
                begin, line = end, line + lines
    return dask.bag.from_delayed(blocks)


def read_paths(paths: str | os.PathLike | Iterable, npartitions: int = 1) -> dask.bag.Bag:
    """A bag of what the CLI reads from files and directories (articles and diagnostics,
    in its order), read on the client: for folders of text files. Large JSON Lines files are
    better read by the workers with read_jsonl."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    items = _core._read_inputs([os.fspath(p) for p in paths])
    return dask.bag.from_sequence(items, npartitions=max(1, min(npartitions, len(items) or 1)))
