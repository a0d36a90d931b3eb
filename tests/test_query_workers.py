"""The endpoint's query processes: a query's timeout counts from when its process holds the store."""

from __future__ import annotations

from techpact.serve.workers import QueryWorkers

LIGHT = "ASK { ?s a tp:Document }"


def test_queries_sent_while_the_processes_still_start_are_answered_not_timed_out(corpus_store):
    # far less than a process takes to start (about 1.8 s here), well above a warm answer (about 0.08 s): 0.2 s had
    # timed the light query out once with both cores busy
    workers = QueryWorkers(str(corpus_store), count=2, timeout=0.6)
    try:
        answers = [workers.run(LIGHT, "application/sparql-results+json") for _ in range(4)]
    finally:
        workers.close()
    assert [status for status, _, _ in answers] == [200] * 4, answers
    assert all(body == b'{"head":{},"boolean":true}' for _, _, body in answers)
