"""Members named in the sentence after one that speaks of a bloc's members (membership_ahead.these_members): "The bloc
has ten members. They include China, Russia and India." -- "they" as well as "these countries", only when the sentence
before names the bloc (or "the bloc" pointing back to it), names no state itself and speaks of no observer, partner or
applicant. Passages written for these tests (from a passage generator over eighteen blocs)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO summit opened in Astana. The bloc has ten members. They include China, Russia and India. Trade was discussed.",
     each("SCO", "CHN", "RUS", "IND")),
    ("BRICS now has nine members. They are Brazil, Russia, India, China and South Africa, and four newcomers.",
     each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("The EU has 27 member states. They include Germany and France.", each("EU", "DEU", "FRA")),
    ("Ministers of the Gulf Cooperation Council met in Riyadh. The council has six members. They include Oman and Qatar.",
     each("GCC", "OMN", "QAT")),
])
def test_they_include_after_the_blocs_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO has ten members and two observers. They include Mongolia and Belarus.", set()),
    ("The SCO has dialogue partners. They include Turkey.", set()),
    ("Members of the task force met in Tokyo. They include Japan and India.", set()),
    ("NATO leaders met. Several countries want to join. They include Georgia and Ukraine.", set()),
    ("ASEAN members met on Monday. They were joined by Japan and South Korea.", set()),
    ("The G7 has seven members. They are not all in agreement: Japan and Italy disagree.", set()),
    ("The SCO summit opened. China and Russia are members. They include India.", each("SCO", "CHN", "RUS")),
])
def test_they_include_after_anything_else_adds_nobody(text, expected):
    assert members(text) == expected
