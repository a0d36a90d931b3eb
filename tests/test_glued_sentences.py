"""Pages scraped with their spaces lost glue sentences together ("... for an indefinite period.On May 1, the
ministers signed ..."): the period between a lower-case word and a capitalised one still ends a sentence, so an act
told in the second is not read into the first. Abbreviations and initials keep their periods."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.sentences import split_sentences
from techpact.loaders.document import Document


@pytest.mark.parametrize("text, pieces", [
    ("The treaty will be signed in June.Last year the two ministers signed a memorandum.", 2),
    ("Officials said talks went well.They met again on Friday.", 2),
    ("The deal was hailed by both sides!Critics were less sure.", 2),
    ("The agreement was signed in September 2018.The Cabinet also approved a memorandum with Japan.", 2),
])
def test_a_glued_period_ends_a_sentence(text, pieces):
    assert len(split_sentences(text)) == pieces


@pytest.mark.parametrize("text", [
    "The U.S.Treasury said so.",
    "Shares of Acme Inc.The firm rose.",
    "See e.g.The annex for details.",
    "The ratio was 3.5 per cent.",
    "The budget for 2019.5 was not set.",
])
def test_abbreviations_initials_and_numbers_keep_their_period(text):
    assert len(split_sentences(text)) == 1


def test_an_act_in_a_glued_sentence_is_its_own():
    text = ("Ghana and Togo will sign an agreement on solar power at the summit.The agreement will run for ten years."
            "On 3 May 2023, the energy ministers of Ghana and Togo signed a memorandum on power grids.")
    acts = {(a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements}
    assert ("agreement", "planned") in acts and ("mou", "signed") in acts
