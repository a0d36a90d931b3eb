"""`techpact ingest --dask`: loading and extraction on a real Dask cluster (a LocalCluster of two worker
processes), shards bulk-loaded into the store; the dataset is the one a local ingest makes."""

from __future__ import annotations

from pathlib import Path

import distributed
import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.distributed import ingest_on_dask
from techpact.graph.store import Store
from techpact.ingest import ingest
from tests.test_ingest_jobs import assert_same_dataset, identity_corpus, merged_reports, revise

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, on this machine; no dashboard."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as local:
        yield local


def report_of(report) -> tuple:
    return report.added, report.replaced, report.unchanged, report.skipped


def test_dask_ingest_gives_the_dataset_of_a_local_ingest_first_and_after_changes(tmp_path, cluster):
    corpus = identity_corpus(tmp_path / "corpus")
    with Store(tmp_path / "local") as store:
        local = ingest([corpus], store)
    with Store(tmp_path / "dask") as store:
        on_dask = ingest_on_dask([corpus], store, cluster.scheduler_address, partition_files=16)
    assert report_of(on_dask) == report_of(local) and on_dask.added > 60 and len(local.skipped) == 2
    assert merged_reports(tmp_path / "local") >= 5, "the corpus must exercise cross-report identity"
    assert_same_dataset(tmp_path / "local", tmp_path / "dask")

    revise(corpus)  # changed files replace their graphs; one stored text comes back under another name
    with Store(tmp_path / "local") as store:
        local = ingest([corpus], store)
    with Store(tmp_path / "dask") as store:
        on_dask = ingest_on_dask([corpus], store, cluster.scheduler_address, partition_files=16)
        assert not store.write_in_progress()
    assert report_of(on_dask) == report_of(local) and local.replaced > 5
    assert_same_dataset(tmp_path / "local", tmp_path / "dask")
    assert not [path for path in (tmp_path / "dask").iterdir() if path.name.startswith("shards-")]


def test_dask_ingest_through_a_shared_shard_folder_leaves_it_empty(tmp_path, cluster):
    corpus = identity_corpus(tmp_path / "corpus", count=30, seed=3)
    shards = tmp_path / "shards"
    shards.mkdir()
    with Store(tmp_path / "local") as store:
        local = ingest([corpus], store, jobs=2)
    with distributed.Client(cluster) as client, Store(tmp_path / "dask") as store:
        on_dask = ingest_on_dask([corpus], store, client, partition_files=5, shards=shards)
        again = ingest_on_dask([corpus], store, client, partition_files=5, shards=shards)
    assert report_of(on_dask) == report_of(local)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, local.added + local.unchanged)
    assert list(shards.iterdir()) == []
    assert_same_dataset(tmp_path / "local", tmp_path / "dask")


def test_cli_ingest_on_dask_prints_what_a_local_ingest_prints(tmp_path, cluster):
    corpus = identity_corpus(tmp_path / "corpus", count=12, seed=5)
    local = CliRunner().invoke(main, ["ingest", str(corpus), "--store", str(tmp_path / "local")])
    on_dask = CliRunner().invoke(main, ["ingest", str(corpus), "--store", str(tmp_path / "dask"),
                                        "--dask", cluster.scheduler_address])
    assert local.exit_code == on_dask.exit_code == 0, on_dask.output
    assert on_dask.stdout == local.stdout and on_dask.stdout.startswith("Documents: ")
    assert sorted(on_dask.stderr.splitlines()) == sorted(local.stderr.splitlines())


def test_cli_ingest_with_an_unreachable_scheduler_is_one_line_and_loads_nothing(tmp_path):
    corpus = identity_corpus(tmp_path / "corpus", count=10)
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--store", str(tmp_path / "s"),
                                       "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")
    assert result.output.count("\n") == 1 and not (tmp_path / "s").exists()


def test_cli_ingest_refuses_jobs_with_dask_and_shards_without_it(tmp_path):
    for options in (["--dask", "tcp://127.0.0.1:9", "--jobs", "2"], ["--shards", str(tmp_path)]):
        result = CliRunner().invoke(main, ["ingest", str(Path(__file__)), "--store", str(tmp_path / "s"), *options])
        assert result.exit_code == 2 and ("--jobs" in result.output or "--shards" in result.output)
