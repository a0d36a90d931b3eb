"""A group phrase of countries stands for states, never for blocs (extraction rules, ours): after "forums such as the
G7 and G20", "the two countries' efforts" are not the G7's and the G20's; after "the EU and Japan", "the two
countries" may still mean them both (the EU acts as one side) only when a state is among those named."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.ontology.reference import is_bloc

_COUNTRIES = Hinted(re.compile(r"\b(?:two|both|three|four|five|the)\s+(?:countries|nations|states|governments|economies)\b",
                               re.IGNORECASE), "countries", "nations", "states", "governments", "economies")


def countries_meant(text: str, pair: list[str]) -> list[str]:
    """The actors last named together that a group phrase of countries can stand for: none when they are all blocs."""
    if pair and all(map(is_bloc, pair)) and _COUNTRIES.search(text):
        return []
    return pair
