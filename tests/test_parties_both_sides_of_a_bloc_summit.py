""""Both sides" after a meeting of one bloc with several states named together are the bloc and all those states,
not the two states named most (clause_reading.group_of). Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_both_sides_of_a_bloc_and_several_states_are_all_of_them():
    assert parties("The first EU-Central Asia summit brought together the heads of EU institutions and the presidents of "
                   "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. In a joint declaration issued after "
                   "the summit, both sides announced that they had elevated their relationship to a strategic "
                   "partnership.") == [["EU", "KAZ", "KGZ", "TJK", "TKM", "UZB"]]


def test_with_no_bloc_in_the_story_both_sides_stay_two():
    found = parties("The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan met in Astana on Monday. Both sides signed "
                    "a memorandum on trade.")
    assert all(len(p) == 2 for p in found)


def test_bilateral_talks_after_three_states_with_no_group_phrase_are_read():
    found = parties("Ministers of Korea, Vietnam and Britain discussed trade in Seoul. Later in the day, Finance Minister "
                    "Choo Kyung-ho and Vietnam's investment minister, Nguyen Chi Dung, signed a framework on the bilateral "
                    "financial cooperation.")
    assert found and all(len(p) >= 2 for p in found)
