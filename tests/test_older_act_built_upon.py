"""An older act named as what something builds on is an act of its own, in force with the year its signing is told
in, whatever its name holds ("the U.S.-Romania Intergovernmental Agreement for cooperation on nuclear power (IGA)
signed in December 2020"). A clause that tells that older act alone ("This announcement builds upon ...") makes no
new act of the parties; one that makes an act and builds on "the agreement ... signed in 2020" makes that act, not a
retelling of the older one, and the older act's date is not the new act's. Sentences written for these tests."""

from tests.extraction import acts_of


def acts(text: str) -> list[tuple[list[str], str, str, str | None]]:
    found = acts_of(text)
    return sorted((sorted(a.parties), a.kind, a.status, str(a.date) if a.date else None) for a in found)


def test_a_clause_telling_only_the_older_act_built_upon_makes_that_act_alone():
    text = ("This announcement builds upon the Chile-Peru Intergovernmental Agreement for cooperation on nuclear "
            "power signed in December 2020.")
    assert [(parties, status) for parties, _, status, _ in acts(text)] == [(["CHL", "PER"], "in-force")]


def test_a_name_with_dots_and_words_before_its_signing_is_read_as_the_older_act():
    text = ("The new programme builds on the U.S.-Ghana Framework Agreement for cooperation on space research (FASR) "
            "signed in 2019.")
    found = acts(text)
    assert [(parties, status) for parties, _, status, _ in found] == [(["GHA", "USA"], "in-force")]
    assert found[0][3] is not None and found[0][3].startswith("2019")


def test_an_act_made_while_building_on_the_agreement_signed_before_stays_apart_from_it():
    found = acts("Peru and Malaysia signed a memorandum on AI, building on the agreement on digital trade signed in 2020.")
    assert (["MYS", "PER"], "mou", "signed", None) in found
    assert any(kind == "agreement" and status == "in-force" and date and date.startswith("2020")
               for _, kind, status, date in found)


def test_the_parties_building_on_an_older_act_still_make_their_own():
    found = acts("Building on their 2015 agreement, Peru and Malaysia agreed on Tuesday to deepen cooperation in AI.")
    assert {status for _, _, status, _ in found} == {"in-force", "planned"}
