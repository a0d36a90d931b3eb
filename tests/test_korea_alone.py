"""'Korea' and 'Korean' alone name South Korea, as news uses them ('Korea, Canada sign MOUs', 'Korean officials'),
while North Korea keeps its names and 'the Korean Peninsula', 'the Korean War' and 'inter-Korean' name neither."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def facts(text: str):
    return extract_facts(Document(text=text, source="test.txt"))


@pytest.mark.parametrize("text, codes", [
    ("Korea, Canada sign MOUs on critical minerals", {"KOR", "CAN"}),
    ("Korean officials signed a deal with Kenya on e-government.", {"KOR", "KEN"}),
    ("The Korea-Uzbekistan agreement on e-government was signed last week.", {"KOR", "UZB"}),
    ("North Korea fired a missile on Sunday.", {"PRK"}),
    ("North Korean hackers stole crypto assets.", {"PRK"}),
])
def test_korea_alone_is_south_korea_and_north_korea_stays_itself(text, codes):
    assert {m.code for m in facts(text).mentions} == codes


@pytest.mark.parametrize("text", [
    "Tensions on the Korean Peninsula rose again.",
    "The Korean War ended in an armistice.",
    "Inter-Korean talks stalled.",
    "KCNA, the Korean Central News Agency, said the launch succeeded.",
])
def test_the_peninsula_and_its_war_name_no_state(text):
    assert not facts(text).mentions
