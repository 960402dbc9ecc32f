"""The Python API: extraction, checking, reconciliation, reports, and bad input."""
import concurrent.futures
import datetime
import json
import os
import pickle
import subprocess
import threading
import time

import pytest

import crosscheck

CLI = os.environ.get("CROSSCHECK_CLI", "build/crosscheck")

# Two articles in our own words that disagree on one figure.
ARTICLES = [
    {"id": "wire", "lang": "en", "published": "2024-11-04",
     "text": "North Korea has sent 12,345 soldiers to the border region, officials said."},
    {"id": "paper", "lang": "en", "published": "2024-11-05",
     "text": "North Korea has sent 1,500 soldiers to the border region, a spokesman said."},
]

# (lang, text) -> (kind, key, low, high) of its first claim.
EXTRACT_CASES = [
    (("en", "North Korea has sent 12,345 soldiers to the front."), ("quantity", "north_korea/troops", 12345, 12345)),
    (("de", "Nordkorea hat 12.345 Soldaten an die Front geschickt."), ("quantity", "north_korea/troops", 12345, 12345)),
    (("en", "The city spent $400m on the new bridge."), ("money", None, 388e6, 412e6)),
]


@pytest.fixture(scope="module")
def checker():
    return crosscheck.Checker()


@pytest.mark.parametrize("given,want", EXTRACT_CASES)
def test_extract(checker, given, want):
    lang, text = given
    claims = checker.extract(text, id="t", lang=lang)
    assert claims, text
    c = claims[0]
    kind, key, low, high = want
    assert c.kind == kind
    if key is not None:
        assert c.key == key
    assert c.low == pytest.approx(low) and c.high == pytest.approx(high)
    begin, end = c.span
    assert text.encode()[begin:end].decode() == c.text
    assert c.text in c.sentence
    assert c.id == "t#1" and c.document == "t"
    d = c.to_dict()
    assert d["key"] == c.key and d["span"] == c.span and d["kind"] == kind
    assert c.reconcile_key == c.key


def test_check_finds_the_contradiction_in_dicts_tuples_and_frames(checker):
    report = checker.check(ARTICLES)
    assert [d.id for d in report.documents] == ["wire", "paper"]
    assert len(report.findings) == 1
    f = report.findings[0]
    assert f.kind == "numeric" and f.key == "north_korea/troops"
    assert [c.document for c in f.side_a + f.side_b] == ["wire", "paper"] or \
           [c.document for c in f.side_a + f.side_b] == ["paper", "wire"]
    assert f.to_dict()["side_a"] == [c.id for c in f.side_a]
    assert report.documents[1].published == datetime.date(2024, 11, 5)
    tuples = [(a["id"], a["text"], a["lang"], a["published"]) for a in ARTICLES]
    assert checker.check(tuples).to_json() == report.to_json()
    pd = pytest.importorskip("pandas")
    assert checker.check(pd.DataFrame(ARTICLES)).to_json() == report.to_json()
    claims = report.claims_frame()
    assert list(claims["document"]) == ["wire", "paper"]
    assert list(report.findings_frame()["key"]) == ["north_korea/troops"]


def test_json_equals_cli(checker, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    want = subprocess.run([CLI, "check", "--format", "json", str(path)],
                          capture_output=True).stdout.decode()
    assert checker.check_paths(path).to_json() == want
    docs = [dict(a, origin=f"{path}:{n}") for n, a in enumerate(ARTICLES, 1)]
    assert checker.check(docs).to_json() == want
    assert "<html" in checker.check(docs).to_html()


def test_reconcile_claims_from_separate_extract_calls(checker):
    claims = []
    for a in ARTICLES:
        claims += checker.extract(a["text"], id=a["id"], lang="en", published=a["published"])
    report = crosscheck.reconcile(claims)
    assert len(report.findings) == 1
    assert report.findings[0].explanation == checker.check(ARTICLES).findings[0].explanation


def test_unreadable_documents_become_diagnostics(checker):
    report = checker.check([{"id": "a", "text": "fine."}, {"id": "a", "text": "again."},
                            {"id": "b", "text": b"\xff\xfe bad"}])
    assert [d.id for d in report.documents] == ["a"]
    messages = [d.message for d in report.diagnostics]
    assert messages[0].startswith('duplicate id "a"')
    assert "UTF-8" in messages[1] or "utf" in messages[1].lower()
    assert report.inputs == 3


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


# (call, exception, words in the message)
BAD_INPUT = [
    (lambda c, t: crosscheck.Checker(lang="fr"), ValueError, 'unsupported language "fr"'),
    (lambda c, t: crosscheck.Checker(published="yesterday"), ValueError, "YYYY-MM-DD"),
    (lambda c, t: crosscheck.Checker(min_severity=2), ValueError, "min_severity"),
    (lambda c, t: crosscheck.Checker(aliases="/nonexistent/aliases.tsv"), OSError, "aliases.tsv"),
    (lambda c, t: crosscheck.Checker(aliases=write(t, "a.tsv", "no tab here\n")), ValueError, "a.tsv:1"),
    (lambda c, t: crosscheck.Checker(antonyms=[("only one",)]), ValueError, "pairs"),
    (lambda c, t: c.check("just a string"), ValueError, "not a single one"),
    (lambda c, t: c.check([{"id": "a"}]), ValueError, 'missing field "text"'),
    (lambda c, t: c.check([{"id": "a", "text": 5}]), ValueError, '"text" must be a string'),
    (lambda c, t: c.check([42]), ValueError, "expected a dict"),
    (lambda c, t: c.extract(b"\xff\xfe bad", id="x"), ValueError, 'document "x"'),
    (lambda c, t: c.extract("fine", published="2024-13-45"), ValueError, "not a YYYY-MM-DD"),
    (lambda c, t: crosscheck.Checker(language_dirs=[str(t / "fr")]), ValueError, "no such folder"),
    (lambda c, t: crosscheck.Checker(language_dirs=[5]), ValueError, "language_dirs"),
]


@pytest.mark.parametrize("call,exc,words", BAD_INPUT)
def test_bad_input(checker, tmp_path, call, exc, words):
    with pytest.raises(exc, match=None) as info:
        call(checker, tmp_path)
    assert words in str(info.value)


def test_dataframe_without_text_column(checker):
    pd = pytest.importorskip("pandas")
    with pytest.raises(ValueError, match='"text" column'):
        checker.check(pd.DataFrame({"id": ["a"]}))


def test_threads_share_a_checker(checker):
    texts = [a["text"] for a in ARTICLES] * 50
    serial = [[c.to_dict() for c in checker.extract(t)] for t in texts]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda t: [c.to_dict() for c in checker.extract(t)], texts))
    assert threaded == serial


def steps_while(fn, *args, **kwargs):
    """How often this thread runs a step while fn runs in another thread, per second of it."""
    worker = threading.Thread(target=fn, args=args, kwargs=kwargs)
    steps = 0
    start = time.perf_counter()
    worker.start()
    while worker.is_alive():
        steps += 1
    return steps / (time.perf_counter() - start)


def test_extraction_releases_the_gil(checker):
    # While a long extraction runs in a thread, this thread keeps running Python code. A C call
    # that holds the GIL (list.sort) lets it run only a few switch intervals before and after.
    text = " ".join(a["text"] for a in ARTICLES) * 20000  # About 3 MB.
    alone = steps_while(time.sleep, 0.3)
    extracting = steps_while(checker.extract, text, lang="en")
    holding = steps_while(sorted, [(i * 7919) % 1000003 for i in range(3_000_000)])
    assert extracting > 0.1 * alone
    assert holding < 0.5 * extracting


def test_options_apply_and_checker_pickles(tmp_path):
    c = crosscheck.Checker(lang="en", published=datetime.date(2024, 11, 5),
                           aliases={"kimmy": "kim_jong_un"}, min_severity=0.99)
    assert c.check([{"id": "x", "text": ARTICLES[0]["text"]}]).documents[0].lang == "en"
    assert c.check(ARTICLES).findings == [] or all(f.severity >= 0.99 for f in c.check(ARTICLES).findings)
    again = pickle.loads(pickle.dumps(c))
    assert again.check(ARTICLES).to_json() == c.check(ARTICLES).to_json()


# The French tables of the library's language-pack test (tests/lang/fr/).
FRENCH = os.path.join(os.environ.get("CROSSCHECK_SOURCE_DIR", "."), "tests", "lang", "fr")


def test_language_dirs_add_a_language():
    text = "Selon le ministère, 3 000 soldats sont arrivés le 25 octobre 2024."
    assert crosscheck.Checker().extract(text, lang="fr") == []  # No French tables built in.
    c = crosscheck.Checker(language_dirs=[FRENCH], lang="fr")
    claims = c.extract(text)
    assert [(x.kind, x.key) for x in claims] == [("quantity", "_/troops"), ("date", "")]
    # Detected among the added languages too, and kept when pickled (a Dask worker's copy).
    assert crosscheck.Checker(language_dirs=FRENCH).check([{"id": "f", "text": text}]).documents[0].lang == "fr"
    again = pickle.loads(pickle.dumps(c))
    assert [x.to_dict() for x in again.extract(text)] == [x.to_dict() for x in claims]


def test_help_reads_well():
    assert "published" in crosscheck.Checker.__doc__
    assert "GIL" in crosscheck.Checker.__doc__
    assert crosscheck.Checker.extract.__doc__ and crosscheck.Checker.check.__doc__
    assert crosscheck.__version__


def test_all_findings_reports_low_confidence_ones():
    # Figures in units say how, not what, is measured: compared only on request (--all).
    docs = [{"id": "a", "lang": "en", "published": "2024-11-04",
             "text": "The thieves needed just seven minutes to empty the display case."},
            {"id": "b", "lang": "en", "published": "2024-11-04",
             "text": "The thieves needed just four minutes to empty the display case."}]
    assert crosscheck.Checker().check(docs).findings == []
    report = crosscheck.Checker(all_findings=True).check(docs)
    assert [f.type for f in report.findings] == ["contradiction"]
    assert report.findings[0].confidence < 0.5


def test_a_day_without_its_year_keeps_month_and_day():
    c = crosscheck.Checker()
    [claim] = c.extract("Das Treffen fand am 27. Oktober statt.", lang="de")
    assert claim.date == ("--10-27", "--10-27")
    [dated] = c.extract("Das Treffen fand am 27. Oktober statt.", lang="de",
                        published=datetime.date(2024, 11, 6))
    assert dated.date == (datetime.date(2024, 10, 27), datetime.date(2024, 10, 27))
