"""crosscheck.dask on a LocalCluster of two worker processes: the report equals the CLI's JSON
byte for byte, for any number of partitions, and when a worker is killed mid-run."""
import os
import signal
import subprocess
import threading
import time

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import crosscheck  # noqa: E402
import crosscheck.dask as ccd  # noqa: E402

CLI = os.environ.get("CROSSCHECK_CLI", "build/crosscheck")
GENERATOR = os.environ.get("CROSSCHECK_GENERATOR", "build/bench/generate_corpus")
SOURCE = os.environ.get("CROSSCHECK_SOURCE_DIR", ".")
SHARED = os.environ.get("CROSSCHECK_SHARED_DIR", os.path.join(SOURCE, "..", "shared"))
ARTICLES = 2000


def cli_json(*paths):
    run = subprocess.run([CLI, "check", "--format", "json", *paths], capture_output=True)
    assert run.returncode in (0, 1, 2), run.stderr
    return run.stdout.decode()


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("corpus") / "generated.jsonl")
    subprocess.run([GENERATOR, "--articles", str(ARTICLES), "--jsonl", path], check=True)
    # Inputs the CLI reports rather than reads must be reported alike: a malformed line, and
    # an id seen before (in another partition, and in the same one).
    with open(path, "rb") as f:
        lines = f.read().splitlines(keepends=True)
    with open(path, "ab") as f:
        f.write(b'{"id": 1\n')
        f.write(lines[0])
        f.write(lines[-1])
    return path, cli_json(path)


@pytest.mark.parametrize("parts", [1, 3, 7])
def test_generated_articles_equal_cli(client, corpus, parts):
    path, want = corpus
    items = ccd.read_jsonl(path).compute()
    bag = dask.bag.from_sequence(items, npartitions=parts)
    assert bag.npartitions == parts
    report = ccd.check_bag(bag)
    assert len(report.findings) > 0
    assert report.to_json() == want


def test_jsonl_blocks_read_by_workers_equal_cli(client, corpus):
    path, want = corpus
    bag = ccd.read_jsonl(path, blocksize=os.path.getsize(path) // 3 + 1)
    assert bag.npartitions == 3
    assert ccd.check_bag(bag, npartitions=5).to_json() == want


def test_dataframe_equals_cli(client, corpus):
    path, want = corpus
    frame = pd.DataFrame(ccd.read_jsonl(path).compute())
    ddf = dd.from_pandas(frame, npartitions=4, sort=False)
    assert ccd.check_dataframe(ddf).to_json() == want


def test_worker_killed_mid_run(client, corpus):
    path, want = corpus
    items = ccd.read_jsonl(path).compute()
    bag = dask.bag.from_sequence(items, npartitions=7)
    result = {}
    run = threading.Thread(target=lambda: result.update(report=ccd.check_bag(bag)))
    run.start()
    # Kill a worker process holding an extracted partition, while the run still needs it.
    killed = None
    deadline = time.time() + 120
    while killed is None and run.is_alive() and time.time() < deadline:
        for address, keys in client.has_what().items():
            if any("_extract" in str(k) for k in keys):
                pid = client.run(os.getpid, workers=[address])[address]
                os.kill(pid, signal.SIGKILL)
                killed = pid
                break
        time.sleep(0.01)
    run.join(600)
    assert killed is not None, "the run ended before a worker could be killed"
    assert result["report"].to_json() == want


@pytest.mark.parametrize("folder", [os.path.join(SOURCE, "examples", "corpus"),
                                    os.path.join(SHARED, "seeds")])
def test_folders_equal_cli(client, folder):
    if not os.path.isdir(folder):
        pytest.skip(f"{folder} is absent")
    want = cli_json(folder)
    for parts in (1, 3):
        assert ccd.check_bag(ccd.read_paths(folder, npartitions=parts)).to_json() == want


# Bags without documents or claims, and with the one contradiction in two partitions.
SMALL_BAGS = [
    [],
    [{"id": "a", "text": "Nothing to count here."}],
    [{"id": "a", "text": "North Korea sent 12,345 soldiers."},
     {"id": "b", "text": "North Korea sent 1,500 soldiers."}],
]


# A figure naming no group joins the one whole group its story names (tourists): the three
# keys differ, and must still meet in one partition.
WHOLE_GROUP = [
    {"id": "a", "story": "s", "lang": "en",
     "text": "Gunmen killed 24 tourists at a mountain resort on Tuesday."},
    {"id": "b", "story": "s", "lang": "en",
     "text": "The attack at the mountain resort killed 24 tourists, officials said."},
    {"id": "c", "story": "s", "lang": "en",
     "text": "Gunmen shot dead 31 people at the mountain resort on Tuesday."},
]


# Shuffled into 5 or 7 partitions, "tourists/killed" and "_/killed" would hash apart.
@pytest.mark.parametrize("parts,shuffled", [(1, 5), (3, 7)])
def test_whole_group_join_equals_one_machine(client, parts, shuffled):
    checker = crosscheck.Checker(lang="en")
    want = checker.check(WHOLE_GROUP)
    assert len(want.findings) == 1, want.to_json()
    bag = dask.bag.from_sequence(WHOLE_GROUP, npartitions=parts)
    assert ccd.check_bag(bag, checker, npartitions=shuffled).to_json() == want.to_json()


@pytest.mark.parametrize("items", SMALL_BAGS)
def test_small_bags_equal_one_machine(client, items):
    checker = crosscheck.Checker(lang="en")
    bag = dask.bag.from_sequence(items, npartitions=max(1, len(items)))
    report = ccd.check_bag(bag, checker)
    assert report.to_json() == checker.check(items).to_json()
    assert len(report.findings) == (1 if len(items) == 2 else 0)


def test_bad_input(client):
    with pytest.raises(ValueError, match="dask.bag.Bag"):
        ccd.check_bag([{"id": "a", "text": "x"}])
    with pytest.raises(ValueError, match='"text" column'):
        ccd.check_dataframe(dd.from_pandas(pd.DataFrame({"id": ["a"]}), npartitions=1))
    with pytest.raises(OSError):
        ccd.read_jsonl("/nonexistent/feed.jsonl")


@pytest.fixture(scope="module")
def story_items(tmp_path_factory):
    """Generated articles of many stories (their own places, people and words), with a few
    that name a story: those keep it, and no grouped story may take its id; some undated."""
    path = str(tmp_path_factory.mktemp("stories") / "stories.jsonl")
    subprocess.run([GENERATOR, "--articles", "600", "--jsonl", path, "--story-words", "1"],
                   check=True)
    items = ccd.read_jsonl(path).compute()
    for i, story in [(3, "s1"), (40, "s1"), (77, "desk"), (120, "s2")]:
        items[i]["story"] = story
    # Undated articles are dated by their most similar dated partner, across partitions.
    for i in range(5, len(items), 9):
        items[i].pop("published", None)
    return items


def stories_of(report) -> list:
    import json
    return [d.get("story") for d in json.loads(report.to_json())["documents"]]


@pytest.mark.parametrize("parts", [1, 4, 9])
def test_distributed_stories_equal_group_stories(client, story_items, parts):
    want = crosscheck.Checker().check(story_items)  # AssignStories: the C++ GroupStories.
    stories = stories_of(want)
    assert len(set(stories)) > 20, "the generated articles should fall into many stories"
    assert "s1'" in stories and stories.count("s1") == 2
    bag = dask.bag.from_sequence(story_items, npartitions=parts)
    got = ccd.check_bag(bag, npartitions=parts + 1)
    assert stories_of(got) == stories
    assert got.to_json() == want.to_json()


def test_example_corpus_stories(client):
    folder = os.path.join(SOURCE, "examples", "corpus")
    want = cli_json(folder)
    got = ccd.check_bag(ccd.read_paths(folder, npartitions=3))
    assert len(set(stories_of(got))) == 2
    assert got.to_json() == want
