"""crosscheck: find where news articles contradict each other.

Extracts typed claims (quantities, money, dates, quotes with speakers, roles) from German and
English articles and reconciles them across articles::

    import crosscheck
    checker = crosscheck.Checker(lang="en", published="2024-11-05")
    report = checker.check([{"id": "a", "text": "..."}, {"id": "b", "text": "..."}])
    for finding in report.findings:
        print(finding.explanation)
    print(report.to_json())  # what `crosscheck check --format json` prints

`crosscheck.dask` runs the same check on a Dask cluster with the same result.
"""
from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping
from typing import Any

from . import _core
from ._core import Claim, Diagnostic, Document, Finding, Report, __version__

__all__ = ["Checker", "Claim", "Diagnostic", "Document", "Finding", "Report", "reconcile",
           "read_pairs", "__version__"]


def read_pairs(path: str | os.PathLike) -> list[tuple[str, str]]:
    """Reads a two-column tab-separated file ('#' starts a comment), as the CLI's --aliases.

    Raises OSError when the file cannot be read and ValueError naming file:line when a line
    does not have two columns.
    """
    pairs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2 or not cols[0] or not cols[1]:
                raise ValueError(f"{os.fspath(path)}:{n}: want two tab-separated columns")
            pairs.append((cols[0], cols[1]))
    return pairs


def _pairs(value: Any, what: str) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if isinstance(value, (str, os.PathLike)):
        return tuple(read_pairs(value))
    items = value.items() if isinstance(value, Mapping) else value
    out = []
    for item in items:
        if (not isinstance(item, (tuple, list)) or len(item) != 2
                or not all(isinstance(x, str) for x in item)):
            raise ValueError(f"{what}: want (str, str) pairs, a dict or a file name, got {item!r}")
        out.append((item[0], item[1]))
    return tuple(out)


def _folders(value: Any) -> tuple[str, ...]:
    """Language folders: one path or a list of them."""
    if value is None:
        return ()
    if isinstance(value, (str, os.PathLike)):
        value = [value]
    out = []
    for item in value:
        if not isinstance(item, (str, os.PathLike)):
            raise ValueError(f"language_dirs: want folder names, got {item!r}")
        out.append(os.fspath(item))
    return tuple(out)


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or type(v).__name__ == "NaTType"


def _record(doc: Any, i: int) -> dict:
    if isinstance(doc, Mapping):
        return {k: v for k, v in doc.items() if not _missing(v)}
    if isinstance(doc, tuple) and 2 <= len(doc) <= 4:
        return {k: v for k, v in zip(("id", "text", "lang", "published"), doc) if not _missing(v)}
    raise ValueError(f"document {i}: expected a dict or an (id, text[, lang[, published]]) tuple, "
                     f"found {type(doc).__name__}")


def _records(documents: Any) -> list[dict]:
    """Documents as dicts: from a pandas DataFrame with id/text columns, dicts or tuples."""
    if hasattr(documents, "columns") and hasattr(documents, "to_dict"):
        for col in ("id", "text"):
            if col not in documents.columns:
                raise ValueError(f"the DataFrame has no \"{col}\" column")
        documents = documents.to_dict("records")
    if isinstance(documents, (str, bytes, Mapping)):
        raise ValueError("documents: want a list of documents, not a single one")
    return [_record(d, i) for i, d in enumerate(documents)]


class Checker:
    """Extracts claims from articles and reconciles them.

    Args:
        lang: language of articles that do not state one ("de", "en" or one added with
            language_dirs); None detects it.
        published: publication date ("YYYY-MM-DD" or datetime.date) of articles that state
            none; it anchors relative dates ("yesterday").
        aliases: extra person names, name form -> person id: a dict, (form, id) pairs, or a
            file of tab-separated lines (the CLI's --aliases).
        measures: extra counted nouns, noun -> measure (--measures).
        antonyms: extra opposite terms for quotes, term -> opposite (--antonyms).
        min_severity: report findings with at least this severity (0..1).
        all_findings: also report findings of low confidence (the CLI's --all): a frame slot
            known on one side only, a counted noun in no table, vague plurals, units.
        jobs: extraction threads for check(); 0 uses all cores.
        language_dirs: folders of language tables, each named by its language's code ("fr"),
            to read and detect that language too (the CLI's --lang-dir; README "Adding a
            language").

    Raises ValueError (with the library's message) for a bad option and OSError for a data
    file that cannot be read. A Checker is immutable and may be shared between threads;
    extraction releases the GIL.
    """

    def __init__(self, lang: str | None = None, published: Any = None,
                 aliases: Any = None, measures: Any = None, antonyms: Any = None,
                 min_severity: float = 0.0, jobs: int = 0, all_findings: bool = False,
                 language_dirs: Any = None) -> None:
        if published is not None and not isinstance(published, str):
            published = published.isoformat()[:10] if hasattr(published, "isoformat") else published
        self._args = (lang or "", published, _pairs(aliases, "aliases"),
                      _pairs(measures, "measures"), _pairs(antonyms, "antonyms"),
                      float(min_severity), bool(all_findings),
                      _folders(language_dirs))
        self._core = _core.Checker(*self._args)
        self.jobs = int(jobs)

    def __reduce__(self):
        # Pickled as its options: a Dask worker rebuilds it (crosscheck.dask caches one per
        # process).
        return (_from_args, (self._args, self.jobs))

    def __repr__(self) -> str:
        lang, published = self._args[0] or None, self._args[1]
        return f"Checker(lang={lang!r}, published={published!r}, min_severity={self._args[5]})"

    def extract(self, text: str, id: str = "text", lang: str | None = None,
                published: Any = None, source: str | None = None,
                url: str | None = None) -> list[Claim]:
        """The claims of one article, in text order.

        Raises ValueError (naming the document) for text that is not valid UTF-8 or too large.
        """
        doc = {"id": id, "text": text, "lang": lang, "published": published,
               "source": source, "url": url}
        return self._core.extract({k: v for k, v in doc.items() if v is not None})

    def check(self, documents: Any, jobs: int | None = None, reconcile: bool = True) -> Report:
        """Extracts every document and reconciles them, as `crosscheck check` does.

        documents: dicts with "id" and "text" (optionally "lang", "published", "source",
        "url", "origin"), (id, text[, lang[, published]]) tuples, or a pandas DataFrame with
        such columns. A document that cannot be read (invalid UTF-8, a duplicate id) becomes a
        diagnostic, like in the CLI; a malformed item raises ValueError.
        """
        return self._core.check(_records(documents), self.jobs if jobs is None else jobs, reconcile)

    def check_paths(self, paths: str | os.PathLike | Iterable[str | os.PathLike],
                    jobs: int | None = None) -> Report:
        """Reads files, directories and JSON Lines as the CLI does, then checks them."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        return self._core.check_paths([os.fspath(p) for p in paths],
                                      self.jobs if jobs is None else jobs)

    def reconcile(self, claims: Iterable[Claim]) -> Report:
        """Findings over claims from any number of extract() calls."""
        return self._core.reconcile(list(claims))


def _from_args(args, jobs):
    checker = Checker.__new__(Checker)
    checker._args = args
    checker._core = _core.Checker(*args)
    checker.jobs = jobs
    return checker


def reconcile(claims: Iterable[Claim], checker: Checker | None = None) -> Report:
    """Findings over claims from any number of Checker.extract() calls.

    The report's documents are the claims' documents with the claims given.
    """
    return (checker or Checker()).reconcile(claims)


def _frame(rows: list[dict], columns: list[str]):
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - pandas is optional
        raise ImportError("claims_frame()/findings_frame() need pandas") from e
    return pandas.DataFrame(rows, columns=columns)


_CLAIM_COLUMNS = ["id", "document", "kind", "key", "text", "sentence", "span", "line", "column",
                  "low", "high", "low_open", "high_open", "estimate", "unit", "subject", "rate",
                  "date", "unresolved", "event", "speaker", "speaker_name", "speaker_role",
                  "content", "form", "topics", "person", "role", "modality", "time", "source",
                  "confidence"]
_FINDING_COLUMNS = ["kind", "key", "severity", "level", "confidence", "same_source",
                    "explanation", "terms", "side_a", "side_b"]


def _claims_frame(self):
    """Every claim as a row of a pandas DataFrame (columns: Claim's attributes)."""
    return _frame([c.to_dict() for c in self.claims()], _CLAIM_COLUMNS)


def _findings_frame(self):
    """Every finding as a row of a pandas DataFrame; side_a/side_b list claim ids."""
    return _frame([f.to_dict() for f in self.findings], _FINDING_COLUMNS)


Report.claims_frame = _claims_frame
Report.findings_frame = _findings_frame
# help() and reprs name the classes where users import them from.
for _cls in (Claim, Diagnostic, Document, Finding, Report):
    _cls.__module__ = __name__
del _cls
