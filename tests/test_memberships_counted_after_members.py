"""Members counted and named in the sentence after one that spoke of a bloc's members (membership_ahead):
"Member states of the SCO agreed to deepen cooperation. The six countries -- China, Russia, ... -- will ...". Only when
the sentence before names the bloc and its members (no observers, partners, applicants) and no state, and the list names
exactly as many states as the count says. Passages written for these tests (a sample of a passage generator over
eighteen blocs, five openings, seven list forms and five look-alikes)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Member states of the Shanghai Cooperation Organization (SCO) agreed to deepen cooperation. The three countries – "
     "China, Russia and Kazakhstan, will make collective efforts.", each("SCO", "CHN", "RUS", "KAZ")),
    ("BRICS member states agreed on Tuesday to deepen cooperation. The five nations — Brazil, Russia, India, China and "
     "South Africa — signed a statement.", each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("Members of the GCC met in Riyadh. All three countries: Saudi Arabia, Qatar and Oman signed.",
     each("GCC", "SAU", "QAT", "OMN")),
    ("Leaders of EAEU member countries gathered in Minsk. The two states (Belarus and Armenia) signed a statement.",
     each("EAEU", "BLR", "ARM")),
    ("The Mercosur summit opened in Montevideo. The bloc's members agreed to cut tariffs. The four governments — Brazil, "
     "Argentina, Uruguay and Paraguay — signed a joint statement.", each("MERCOSUR", "BRA", "ARG", "URY", "PRY")),
])
def test_counted_list_after_the_blocs_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Member states of the SCO agreed to deepen cooperation. The four countries – China, Russia and Kazakhstan, will act.",
    "Talks on trade opened in Astana under the SCO. The three countries – China, Russia and Kazakhstan – signed.",
    "SCO members and observers met. The three countries – China, Russia and Mongolia – signed.",
    "Member states of the SCO met. The two countries – Turkey and Egypt – were invited as guests.",
    "BRICS partner countries met in Kazan. The two countries – Bolivia and Cuba – signed a statement.",
    "Ministers met in Astana to deepen cooperation. The three countries – China, Russia and Kazakhstan – signed.",
    "Countries applying to join the EU met in Brussels. The two countries – Serbia and Albania – signed a statement.",
])
def test_counted_list_after_anything_else_gives_no_membership(text):
    assert members(text) == set()
