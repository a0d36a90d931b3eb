"""Working on instruments named by a count or as documents is preparing them, planned ("are working on several
documents, including a memorandum", "are working on two agreements"), and so is working on a system, mechanism or platform
still being built ("is working on a payment system that would allow"); working on other things goes on. Sentences written for
these tests, a sample of a generator that varies the object slot of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Ghana and Togo are working on several documents, including a memorandum on data centres.",
    "Chile and Peru are working on two agreements on lithium and space research.",
    "Ghana and Togo are working on the documents for the president's visit.",
    # a system, mechanism, platform or plan being built
    "The bloc is working on a system that would let its members settle trade in national currencies.",
    "The central banks of Ghana and Togo are working on a mechanism for cross-border payments.",
    "Chile and Peru are working on a joint platform for satellite data.",
])
def test_working_on_documents_or_counted_instruments_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Ghana and Togo are working on several projects in cybersecurity.",
    "Chile and Peru are working on lithium research together.",
])
def test_working_on_other_things_goes_on(text):
    assert find_status(text) == "in-force"
