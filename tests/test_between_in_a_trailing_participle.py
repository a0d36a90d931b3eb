"""A "between" inside a trailing participle phrase after the act ("..., facilitating cooperation between UPI in India
and the payment platform in the UAE") tells what the act does, not who made it: the central banks that signed stay
the sides. A deal "between the Government of Kenya and Huawei" is still a company's."""

from tests.extraction import acts_of


def test_a_between_phrase_after_a_participle_does_not_make_the_act_a_company_deal():
    text = ("In July 2023, the Bank of Ghana and the Central Bank of Nigeria signed an MoU to interlink their payment "
            "systems, facilitating cooperation between GhIPSS in Ghana and the Instant Payment Platform (IPP) in "
            "Nigeria.")
    assert [(set(a.parties), a.kind, a.status) for a in acts_of(text)] == [({"GHA", "NGA"}, "mou", "signed")]


def test_a_deal_between_a_government_and_a_company_is_still_no_interstate_act():
    assert acts_of("The agreement between the Government of Kenya and Huawei was signed on Monday.") == []
