"""A company whose registered name ends on Co., Ltd., Inc. or Corporation is no state, also when its state owns it in
the possessive ("and China's Shenzhen Lumen Electronics Co., Ltd. signed"): a deal of companies, or of a government and
a foreign company, is no interstate act (company_subjects). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Ghana's Volta Soft and Togo's Lome Digital Ltd signed a memorandum on data centres.",
    "Kenya's Savanna Networks and China's Shenzhen Lumen Electronics Co., Ltd. have signed a cooperation memorandum "
    "on 5G equipment.",
    "Peru's Andes Data and Chile's Atacama Cloud Inc. signed an agreement on cloud services on Monday.",
])
def test_a_company_owned_in_the_possessive_with_a_registered_name_makes_no_interstate_act(text):
    assert acts_of(text) == []


def test_two_states_signing_remain_an_interstate_act():
    assert [sorted(act.parties) for act in acts_of("Ghana and Togo signed a memorandum on data centres.")] == [["GHA", "TGO"]]


@pytest.mark.parametrize("text", [
    "Leading telecom companies of Ghana and Togo, Volta Telecom and Lome Net, concluded an agreement on a fibre line.",
    "The state energy firms of Chile and Peru signed a memorandum on green hydrogen on Monday.",
])
def test_companies_of_the_states_as_the_subject_make_no_interstate_act(text):
    assert acts_of(text) == []


def test_companies_named_in_the_object_leave_the_states_act():
    text = "Ghana and Togo signed an agreement allowing companies of both countries to bid for fibre contracts."
    assert [sorted(act.parties) for act in acts_of(text)] == [["GHA", "TGO"]]
