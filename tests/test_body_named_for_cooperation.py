"""A body named for the cooperation it serves ("the Intergovernmental Commission on Economic Cooperation between A and
B") is that body: its meeting tells the body at work, and the "cooperation" of its name is no further act; cooperation
told beside the body stays an act. Sentences written for these tests."""

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements)


def test_the_cooperation_a_body_is_named_for_is_no_act_of_its_own():
    text = ("Officials prepared for the upcoming 14th meeting of the Intergovernmental Commission on Economic "
            "Cooperation between Kyrgyzstan and Belarus.")
    assert _acts(text) == [("working-group", "in-force")]


def test_a_council_for_trade_and_economic_cooperation_is_the_body_only():
    text = ("Ministers will attend the upcoming ninth session of the Council for Trade and Economic Cooperation "
            "between Ghana and Egypt.")
    assert _acts(text) == [("working-group", "in-force")]


def test_cooperation_told_beside_the_body_stays_an_act():
    text = ("At the ninth session of the Intergovernmental Commission between Kyrgyzstan and Belarus, the sides "
            "agreed to expand cooperation in satellite navigation.")
    assert len(_acts(text)) == 2
