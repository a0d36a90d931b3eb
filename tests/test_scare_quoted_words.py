"""A lowercase word a writer sets in quotes ('Armenia has “frozen” its participation') is read as the word itself,
while the evidence quotes the text as written; a quoted name ("the “Clean Network”") and apostrophes stay as they are."""

from techpact.extract.dashes import hyphenated
from tests.extraction import acts_of


def test_a_verb_in_quotes_tells_the_status_it_would_tell_bare():
    text = "Armenia has “frozen” its participation in the Collective Security Treaty Organisation (CSTO)."
    acts = acts_of(text)
    assert [(set(a.parties), a.status) for a in acts] == [({"ARM", "CSTO"}, "ended")]
    assert "“frozen”" in acts[0].evidence[0].text


def test_quotes_around_one_lowercase_word_are_read_as_spaces_and_nothing_else_moves():
    for text in ["Ghana ‘paused’ the pact.", 'Togo "suspended" it.', "the “Clean Network” plan", "Russia’s pact",
                 "the countries’ ties", "a “new era” of ties"]:
        read = hyphenated(text)
        assert len(read) == len(text)
    assert hyphenated("Ghana ‘paused’ the pact.") == "Ghana  paused  the pact."
    assert hyphenated("the “Clean Network” plan") == "the “Clean Network” plan"
    assert hyphenated("the countries’ ties") == "the countries’ ties"
