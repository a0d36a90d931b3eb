"""A norm the states set down together (a code of conduct, a named set of principles) is an instrument of theirs:
"the G7 countries announced a voluntary code of conduct for AI developers". Not a principle agreed in passing ("agreed
in principle"), the principles of another body's charter, or a company's code."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(frozenset(a.parties), a.status) for a in facts.agreements}


@pytest.mark.parametrize("text, parties, status", [
    ("The G7 countries, Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, announced a "
     "voluntary code of conduct for companies developing advanced AI systems.",
     {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"}, "signed"),
    ("Japan and Canada adopted a voluntary code of conduct for AI developers on Thursday.", {"CAN", "JPN"}, "signed"),
    ("Singapore and Australia signed a code of conduct on the cross-border use of personal data.", {"AUS", "SGP"},
     "signed"),
    ("Kenya and Rwanda endorsed the Nairobi Guiding Principles on digital identity.", {"KEN", "RWA"}, "signed"),
    ("Leaders of the Quad also announced the Quad Principles for Critical Minerals on Saturday.", {"QUAD"}, "signed"),
    # a code still being negotiated is planned
    ("ASEAN and China are negotiating a code of conduct for the South China Sea.", {"ASEAN", "CHN"}, "planned"),
    ("ASEAN and China agreed to speed up talks on a code of conduct in the South China Sea.", {"ASEAN", "CHN"},
     "planned"),
])
def test_a_code_of_conduct_or_named_principles_set_down_by_states_is_an_act(text, parties, status):
    assert (frozenset(parties), status) in acts(text)


@pytest.mark.parametrize("text", [
    "India and China agreed in principle to resume border trade next year.",
    "Japan and Canada reaffirmed the principles of the UN Charter during their talks.",
    "Google updated its code of conduct for employees working on AI.",
    "The Principles for Responsible Investment were discussed by fund managers in Tokyo.",
    "Japan's principles on data were praised by Canadian officials.",
])
def test_principles_in_passing_or_a_companys_code_are_no_act(text):
    assert acts(text) == set()
