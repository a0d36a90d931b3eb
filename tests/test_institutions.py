"""State bodies named without their country ("NASA", "the Knesset", "Rosatom"): parties for their state where they act,
mentions only then; each rule on sentences written for the test (never taken from the eval passages)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from techpact.extract import extract_facts
from techpact.extract.facts import ACTING_ONLY, BODY, NAMED_BODY, STATE_COMPANY
from techpact.extract.gazetteer import gazetteer
from techpact.loaders.document import Document
from techpact.ontology import reference


def facts_of(text: str):
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                  media_type="text/plain"))


def pairs(text: str) -> set[frozenset]:
    return {frozenset(a.parties) for a in facts_of(text).agreements}


def test_institutions_json_is_ours_and_names_known_codes():
    data = json.loads(resources.files("techpact.ontology").joinpath("institutions.json").read_text(encoding="utf-8"))
    assert "techpact" in data["_comment"]
    known = set(reference.states()) | set(reference.blocs())
    assert set(data["states"]) <= known
    bodies = reference.institutions()
    assert bodies["NASA"].code == "USA" and not bodies["NASA"].company
    assert bodies["Rosatom"].code == "RUS" and bodies["Rosatom"].company


@pytest.mark.parametrize("surface, code, how", [
    ("NASA", "USA", BODY),
    ("Knesset", "ISR", BODY),
    ("Bank of Korea", "KOR", NAMED_BODY),    # "Korea" alone names South Korea, as news uses it
    ("Swiss National Bank", "CHE", NAMED_BODY),  # carries a name of its state: a mention like that name
    ("Rosatom", "RUS", STATE_COMPANY),
    ("European Commission", "EU", BODY),
])
def test_gazetteer_finds_state_bodies_with_their_state(surface, code, how):
    [mention] = gazetteer().find_actors(f"Officials from the {surface} met on Monday.")
    assert (mention.surface, mention.code, mention.how) == (surface, code, how)


@pytest.mark.parametrize("text, parties", [
    # space agencies
    ("NASA and the Japan Aerospace Exploration Agency signed an agreement on lunar rovers.", {"USA", "JPN"}),
    ("Roscosmos and CNSA signed a memorandum on a joint lunar station on Tuesday.", {"RUS", "CHN"}),
    ("ISRO inked an MoU with the Korea AeroSpace Administration on satellite navigation.", {"IND", "KOR"}),
    ("The memorandum was signed by Ali Hassan, head of the Egyptian Space Agency, and Jane Doe, Administrator at NASA.",
     {"EGY", "USA"}),
    # central banks
    ("The Bank of Korea and the Bundesbank signed a memorandum of understanding on CBDC research.", {"KOR", "DEU"}),
    ("The RBI and Bank Negara agreed to link their fast payment systems.", {"IND", "MYS"}),
    ("The Hungarian National Bank and the PBOC renewed their currency swap agreement.", {"HUN", "CHN"}),
    # parliaments ratifying an act of their state
    ("The Knesset approved the free trade agreement with South Korea on Wednesday.", {"ISR", "KOR"}),
    ("The State Duma ratified the agreement with Mongolia on satellite navigation.", {"RUS", "MNG"}),
    # India's cabinet, named as Indian news names it
    ("The Union Cabinet on Wednesday approved a memorandum of understanding with Ghana on digital payments.",
     {"IND", "GHA"}),
])
def test_state_bodies_acting_make_their_state_a_party(text, parties):
    assert frozenset(parties) in pairs(text)


@pytest.mark.parametrize("text, absent", [
    # a body as the modifier of a thing, not an actor
    ("A NASA-funded study by Kenyan and Ghanaian universities found the cables were ageing.", "USA"),
    ("NASA scientists joined Brazilian researchers on a cruise to study the ocean.", "USA"),
    # a state corporation with a foreign ministry, not presented as intergovernmental
    ("Rosatom signed a roadmap with the Ministry of Energy of Ghana on small reactors.", "RUS"),
])
def test_state_bodies_that_do_not_act_make_no_party(text, absent):
    assert not any(absent in p for p in pairs(text))


def test_a_state_corporation_acts_for_its_state_in_an_intergovernmental_act():
    text = "Rosatom and the Ministry of Energy of Ghana signed an intergovernmental agreement on a nuclear plant."
    assert frozenset({"RUS", "GHA"}) in pairs(text)


@pytest.mark.parametrize("text", [
    "The Pentagon said the US and Japan would hold talks on missile defence next month.",
    "Officials at the Federal Reserve said Brazil and Argentina had agreed on a payments link.",
])
def test_a_body_that_only_tells_of_an_act_is_no_party(text):
    assert frozenset({"USA"}) & frozenset().union(*pairs(text)) == frozenset()


def test_a_body_is_a_mention_only_where_it_acts():
    acting = facts_of("NASA and the Israel Space Agency signed an agreement on a lunar lander.")
    assert "USA" in acting.mentioned_codes
    passing = facts_of("Students flew aboard a NASA research aircraft over the Pacific to sample aerosols.")
    assert "USA" not in passing.mentioned_codes
    assert any(m.how in ACTING_ONLY for m in passing.mentions)


def test_a_body_carrying_its_states_name_is_a_mention_anyway():
    assert "CHE" in facts_of("The Swiss National Bank kept its policy rate at one percent.").mentioned_codes


def test_central_banks_in_states_are_the_states_not_places():
    text = "The Federal Reserve signed swap agreements with central banks in Chile and Peru."
    assert frozenset({"USA", "CHL"}) in pairs(text) and frozenset({"USA", "PER"}) in pairs(text)


def test_a_speaker_telling_its_own_act_is_a_party():
    text = "The PBOC said in a statement on Friday that it has signed a currency swap agreement with the Bank of Korea."
    assert frozenset({"CHN", "KOR"}) in pairs(text)


def test_instruments_signed_separately_with_each_are_bilateral():
    text = ("The RBI governor signed local-currency agreements separately with the heads of the Bank of Thailand "
            "and the Central Bank of Egypt.")
    assert pairs(text) >= {frozenset({"IND", "THA"}), frozenset({"IND", "EGY"})}


@pytest.mark.parametrize("text, parties, absent", [
    ("The Bundestag voted to ratify the European Union's trade agreement with Chile.", {"EU", "CHL"}, "DEU"),
    ("Lawmakers in Austria approved the EU's digital partnership with Japan on Thursday.", {"EU", "JPN"}, "AUT"),
    ("The Sejm in Poland backed Ukraine's security pact with Britain.", {"UKR", "GBR"}, "POL"),
])
def test_ratifying_an_instrument_of_others_makes_its_owner_and_other_side_the_parties(text, parties, absent):
    found = pairs(text)
    assert frozenset(parties) in found and not any(absent in p for p in found)


@pytest.mark.parametrize("text, parties", [
    ("The Knesset approved Israel's agreement with the UAE on cyber defence.", {"ISR", "ARE"}),
    ("The Federation Council ratified the treaty with Iran on information security.", {"RUS", "IRN"}),
])
def test_a_parliament_ratifying_its_own_states_instrument_keeps_its_state(text, parties):
    assert frozenset(parties) in pairs(text)


def test_officials_at_a_body_reacting_to_an_act_are_no_party():
    found = pairs("Officials at the Pentagon welcomed the deal signed by Japan and the Philippines.")
    assert not any("USA" in p for p in found)


def test_swap_lines_with_several_central_banks_are_one_line_each():
    found = pairs("The Fed opened swap lines with central banks in Chile, Peru and Colombia on Sunday.")
    assert found >= {frozenset({"USA", "CHL"}), frozenset({"USA", "PER"}), frozenset({"USA", "COL"})}
    assert frozenset({"USA", "CHL", "PER", "COL"}) not in found


def test_a_body_whose_name_begins_before_its_states_name_is_one_side_of_between():
    assert frozenset({"IND", "IDN"}) in pairs("The MoU was signed between the RBI and Bank Indonesia in Jakarta.")


@pytest.mark.parametrize("text, code", [
    ("Officials at Zhongnanhai have yet to comment on the proposal.", "CHN"),
    ("Malacañang welcomed the ruling on Tuesday.", "PHL"),
    ("A statement from Aso Rock praised the new budget.", "NGA"),
])
def test_seats_of_government_are_mentions_of_their_state(text, code):
    assert code in facts_of(text).mentioned_codes


@pytest.mark.parametrize("text, parties", [
    ("The Sejm ratified the agreement with Ukraine on drone production.", {"POL", "UKR"}),
    ("The Storting approved the defence cooperation agreement with the United States.", {"NOR", "USA"}),
    ("The Legislative Yuan passed the trade pact with the United States.", {"TWN", "USA"}),
])
def test_parliaments_named_alone_ratify_for_their_state(text, parties):
    assert frozenset(parties) in pairs(text)


@pytest.mark.parametrize("text", [
    "China's CNNC and Argentina's Nucleoeléctrica signed a contract for a new reactor.",
    "South Korea's KHNP and Poland's PGE signed a letter of intent on a nuclear plant.",
])
def test_a_state_named_as_owner_of_its_state_corporation_is_no_party(text):
    assert not pairs(text)


def test_a_state_corporation_owned_by_name_still_acts_in_an_intergovernmental_act():
    text = "China's CNNC signed an intergovernmental agreement with Pakistan on two reactors."
    assert frozenset({"CHN", "PAK"}) in pairs(text)


@pytest.mark.parametrize("text, absent", [
    ("The MAS government signed a lithium agreement with China, Bolivian officials said.", "SGP"),
    ("The FSB and the IMF agreed a joint roadmap on crypto-asset rules with the G20.", "RUS"),
])
def test_acronyms_other_bodies_share_are_not_state_bodies(text, absent):
    assert absent not in facts_of(text).mentioned_codes and not any(absent in p for p in pairs(text))


@pytest.mark.parametrize("text", [
    "The Fed extended its swap lines to the central banks of Chile, Peru and Colombia.",
    "The Federal Reserve said it would open swap lines for central banks in Chile, Peru and Colombia.",
])
def test_swap_lines_given_to_several_central_banks_are_one_line_each(text):
    found = pairs(text)
    assert found >= {frozenset({"USA", "CHL"}), frozenset({"USA", "PER"}), frozenset({"USA", "COL"})}
