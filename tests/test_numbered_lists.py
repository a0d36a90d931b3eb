"""A numbered list of instruments after a lead ending in a colon ("The documents signed are: 1. Memorandum ... 2.
Agreement ...") is read as items, each an act of the parties in focus, as a bulleted list is; a numbered line after a
paragraph is a heading, a sentence of its own as before. Items numbered "3-" are items too, and two items name two
instruments even when they name the same parties."""

from techpact.extract.sentences import split_sentences

from .extraction import party_sets

LISTED = """Chile and Peru signed three documents in Lima on Monday.

The documents signed are:

  1. Memorandum of Understanding on Cooperation in Artificial Intelligence
  2. Agreement on the Exchange of Satellite Data
  3. Protocol on Cybersecurity Cooperation"""

HEADINGS = """Chile and Peru held their third dialogue on technology.

1. Advancing cooperation on AI and quantum
The sides reviewed joint research."""


def test_a_numbered_item_after_a_colon_keeps_its_number():
    texts = [span.text for span in split_sentences(LISTED)]
    assert texts[-3:] == ["1. Memorandum of Understanding on Cooperation in Artificial Intelligence",
                          "2. Agreement on the Exchange of Satellite Data", "3. Protocol on Cybersecurity Cooperation"]


def test_a_numbered_heading_after_a_paragraph_stays_apart_from_its_number():
    texts = [span.text for span in split_sentences(HEADINGS)]
    assert texts[1:3] == ["1.", "Advancing cooperation on AI and quantum"]


def test_each_numbered_instrument_is_an_act_of_the_parties_in_focus():
    assert party_sets(LISTED).get(frozenset({"CHL", "PER"}), 0) >= 3


DASHED = """The cabinet approved the following documents:

3- Memorandum of understanding on cooperation in education between the governments of Kenya and Ghana.

4- Agreement between the governments of Kenya and Ghana on data protection.

5- Memorandum of understanding on tourism between the governments of Kenya and Ghana."""


def test_each_item_of_a_list_naming_its_parties_is_an_instrument_of_its_own():
    assert party_sets(DASHED)[frozenset({"GHA", "KEN"})] == 3


def test_an_instrument_told_again_outside_a_list_is_the_same_act():
    assert party_sets("Kenya and Ghana signed a memorandum on data protection. The memorandum between Kenya and Ghana "
                      "covers cloud services.")[frozenset({"GHA", "KEN"})] == 1
