"""An instrument named by a title whose words the act in focus was not told with is another instrument, not "the
memorandum" told before (named_instruments): a body set up "to implement the Memorandum of Cooperation on
Semiconductors" after a memorandum on digital identity is an act of its own. The same memorandum named again by its
own title still points back."""


from techpact.extract import cues, extract_facts
from techpact.extract.facts import Agreement, Span
from techpact.extract.named_instruments import names_another
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return [(a.kind, a.status) for a in facts.agreements if len(a.parties) >= 2]


def test_named_instruments_a_body_set_up_under_another_titled_instrument_is_an_act():
    text = ("Chile and Korea signed a Memorandum of Cooperation on digital identities. The Memorandum will facilitate "
            "data flows. Chile and Korea decided to set up a team of experts to implement the Memorandum of "
            "Cooperation on Semiconductors.")
    assert ("working-group", "planned") in acts(text)


def test_named_instruments_the_same_title_told_again_points_back():
    text = ("Chile and Korea signed a Memorandum of Cooperation on Digital Identities. The Memorandum of Cooperation "
            "on Digital Identities will facilitate data flows.")
    assert acts(text) == [("mou", "signed")]


def _focus(told: str) -> Agreement:
    return Agreement(kind="mou", status="signed", parties=["CHL", "KOR"], evidence=[Span(0, len(told), told)])


def test_named_instruments_only_capitalised_titles_name_another():
    focus = _focus("Chile and Korea signed a memorandum on digital identity.")
    for text, expected in [("to implement the Memorandum of Cooperation on Semiconductors", True),
                           ("to implement the memorandum on semiconductors", False),
                           ("to implement the Memorandum on Digital Identity", False)]:
        back = cues.BACK_REFERENCE.search(text)
        assert names_another(text, back, focus) == expected, text
