# %% [markdown]
# # crosscheck from Python, on one machine and on a Dask cluster
#
# A notebook in the percent format (Jupyter, VS Code and Spyder open `# %%` cells; it also
# runs as a script). Build first, then run it from the repository root:
#
#     bash cmake/build.sh
#     PYTHONPATH=build/python /usr/bin/python3 examples/python/notebook.py
#
# (`cmake --install build` puts the package into site-packages instead.)

# %%
import os
import sys

import crosscheck

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
corpus = os.path.join(root, "examples", "corpus")

# %% [markdown]
# ## Claims of one article
# `extract` returns the typed claims of a text, each with its evidence: the words, their
# byte span and the sentence around them.

# %%
checker = crosscheck.Checker(published="2024-11-05")
claims = checker.extract(
    "The ministry said on Tuesday that about 3,000 soldiers had crossed the river.",
    id="ministry", lang="en")
for claim in claims:
    print(claim.kind, claim.key, repr(claim.text), claim.low, claim.high)

# %% [markdown]
# ## A folder of articles, as `crosscheck check examples/corpus` reads it

# %%
report = checker.check_paths(corpus)
print(report.summary())
for finding in report.findings[:3]:
    print(f"{finding.level:6} {finding.explanation}")

# %% [markdown]
# ## As pandas tables

# %%
try:
    claims_table = report.claims_frame()
    print(claims_table.groupby("kind").size())
    print(report.findings_frame()[["kind", "key", "severity"]].head())
except ImportError:
    print("pandas is not installed")

# %% [markdown]
# ## The same on a Dask cluster
# Here a `LocalCluster` of two worker threads in this process (extraction runs without the
# GIL). `processes=True` gives worker processes, as a script then needs an
# `if __name__ == "__main__":` guard, and on a real cluster `Client` takes the scheduler's
# address (README, "Python and Dask"). The report is the one computed above, byte for byte.

# %%
try:
    from dask.distributed import Client, LocalCluster
    import crosscheck.dask
except ImportError:
    print("dask.distributed is not installed")
    sys.exit(0)
with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                  dashboard_address=None) as cluster, Client(cluster):
    bag = crosscheck.dask.read_paths(corpus, npartitions=3)
    distributed_report = crosscheck.dask.check_bag(bag, checker)
print("identical to one machine:", distributed_report.to_json() == report.to_json())
