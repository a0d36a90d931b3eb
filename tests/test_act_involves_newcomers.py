"""An act told as involving a state not yet among its parties grows by it only when that state stands in the object of
the verb of involving ("the agreement also includes Peru", "was extended to Peru and Chile"), not when a state comes
later, past a comma, in an aside of the clause ("..., including source code, a practice employed by countries such as
China"). Sentences written for the test."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets

_SIGNED = "Kenya and Ghana signed an agreement on data flows. "


@pytest.mark.parametrize("text, expected", [
    (_SIGNED + "The agreement also includes Peru.", "GHA+KEN+PER"),
    (_SIGNED + "The deal was later extended to Peru and Chile.", "CHL+GHA+KEN+PER"),
    (_SIGNED + "The pact, which now involves Peru, covers AI.", "GHA+KEN+PER"),
])
def test_an_act_involving_a_state_named_in_the_object_grows_by_it(text, expected):
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text", [
    _SIGNED + "The agreement bans demands for access to technology, including source code, a practice employed by "
              "countries such as China.",
    _SIGNED + "The accord includes rules on spam; similar rules exist in Japan.",
    _SIGNED + "It covers several fields, including e-signatures, which Brazil regulates strictly.",
])
def test_a_state_named_past_a_comma_after_including_does_not_join_the_act(text):
    assert party_sets(text) == sets("GHA+KEN")
