"""plan_sync: what a Neo4j sync must send, worked out without a server."""

from __future__ import annotations

from techpact.graph.iris import SYNC_IN_PROGRESS
from techpact.neo4j.plan import plan_sync


def test_plan_sync_sends_new_and_changed_graphs_and_removes_dropped_ones():
    plan = plan_sync({"a": "1", "b": "2", "c": "3"}, {"a": ("1", ["x"]), "b": ("old", ["y"]), "d": ("4", ["z"])})
    assert (plan.changed, plan.removed, plan.interrupted, plan.everything) == (["b", "c"], ["d"], False, False)
    assert plan.subjects({"b": {"y2"}, "c": {"w"}}) == {"y", "y2", "w", "z"}
    assert plan.known({"w"}) == {"x", "y", "z"}


def test_plan_sync_with_nothing_changed_is_not_needed():
    plan = plan_sync({"a": "1"}, {"a": ("1", ["x"])})
    assert not plan.needed and plan.subjects({}) == set()


def test_plan_sync_after_an_interrupted_sync_merges_everything_it_touches():
    plan = plan_sync({"a": "1"}, {"a": ("1", ["x"]), SYNC_IN_PROGRESS: (None, [])})
    assert plan.interrupted and plan.changed == [] and SYNC_IN_PROGRESS not in plan.removed
    assert plan.known({"new"}) == {"x", "new"}


def test_plan_sync_full_resends_every_graph():
    plan = plan_sync({"a": "1", "b": "2"}, {"a": ("1", ["x"]), "b": ("2", ["y"])}, full=True)
    assert plan.changed == ["a", "b"] and plan.everything and plan.known(set()) == {"x", "y"}
