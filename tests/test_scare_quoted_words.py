"""A few lowercase words a writer sets in quotes ('Armenia has “frozen” its participation', 'the pact was “put on
hold”') are read as the words themselves, while the evidence quotes the text as written; a quoted name ("the “Clean
Network”") and apostrophes stay as they are."""

from techpact.extract.dashes import hyphenated
from tests.extraction import acts_of


def test_a_verb_in_quotes_tells_the_status_it_would_tell_bare():
    text = "Armenia has “frozen” its participation in the Collective Security Treaty Organisation (CSTO)."
    acts = acts_of(text)
    assert [(set(a.parties), a.status) for a in acts] == [({"ARM", "CSTO"}, "ended")]
    assert "“frozen”" in acts[0].evidence[0].text


def test_a_quoted_phrase_of_lowercase_words_tells_the_act_and_status_it_would_tell_bare():
    text = "Ghana and Togo “agreed in principle” to build a satellite together."
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [({"GHA", "TGO"}, "planned")]
    text = "Ghana and Togo have “partnered with” each other on space since 2019."
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [({"GHA", "TGO"}, "in-force")]


def test_quotes_around_lowercase_words_are_read_as_spaces_and_nothing_else_moves():
    for text in ["Ghana ‘paused’ the pact.", 'Togo "suspended" it.', "the “Clean Network” plan", "Russia’s pact",
                 "the countries’ ties", "a “new era” of ties"]:
        read = hyphenated(text)
        assert len(read) == len(text)
    assert hyphenated("Ghana ‘paused’ the pact.") == "Ghana  paused  the pact."
    assert hyphenated("a “new era” of ties") == "a  new era  of ties"
    assert hyphenated("the “Clean Network” plan") == "the “Clean Network” plan"
    assert hyphenated("the countries’ ties") == "the countries’ ties"
