"""An act told as existing now, in the present, is in force: what it is between the parties ("X is a partnership
between A and B"), or what it does or has done ("the forum, created in 2021 by A and B, promotes ..."), its making, when
told, dated before the news. An act new now, one ahead (would be, will, planned), one made in the news's time, and what
an act only holds keep their status. So does an instrument's course told beside a making dated before the news."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "SPARK is a research cooperation programme between Chile and Peru for the study of glaciers.",
    "The Andes Link is a partnership between Chile and Peru that trains data engineers.",
    "The forum, created in 2021 by Chile, Peru and Bolivia, fosters cooperation on cross-border data flows.",
    "Chile and Peru launched a partnership on lithium in 2018. The partnership has already trained 400 engineers.",
    "Ghana and Togo signed the accord on solar power on March 3, 2016. It is being implemented through joint projects.",
    ("The Chile-Peru Lithium Economy Agreement (LEA) covers mining. The ministers noted progress made in implementing the"
     " LEA, since it was signed by their trade ministers in May 2021."),
    "The digital partnership between Chile and Peru continues to deliver results, the ministers said.",
    "The research partnership between Ghana and Togo funds joint laboratories in Accra and Lome.",
    "Chile and Peru's digital partnership continues to deliver results, the ministers said.",
    "The UAE and Oman's space partnership has produced two satellites.",
    "Ghana and Togo signed an accord on solar power in 2016. The accord is now being implemented.",
    "The accord on solar power between Ghana and Togo is successfully being implemented.",
    "Ghana and Togo signed an accord on solar power in 2016 that is being gradually implemented.",
])
def test_an_act_told_existing_now_is_in_force(text):
    assert statuses(text) == {"in-force"}


@pytest.mark.parametrize("text", [
    "The Andes Link is a new partnership between Chile and Peru that trains data engineers.",
    "The Andes Link would be a partnership between Chile and Peru that trains data engineers.",
    "Chile and Peru will launch a partnership on lithium. The partnership will train 400 engineers.",
    "Chile and Peru launched a partnership on lithium on Monday. The partnership trains engineers.",
    "Ghana and Togo signed an accord on solar power in 2016. The accord covers four plants.",
    "The goal is a partnership between Chile and Peru on lithium.",
    "Ghana and Togo signed the accord on solar power in 2016. The accord is awaiting approval by parliament.",
    "Chile and Peru signed a memorandum on lithium. This memorandum establishes a framework for joint mining research.",
    "A programme to train 500 engineers was launched this month by Chile and Peru. The programme trains data engineers.",
    "Chile and Peru proposed a forum on data. The forum promotes cross-border data flows.",
    ("The Chile-Peru Lithium Economy Agreement (LEA) covers mining. The ministers noted progress made in implementing the"
     " LEA, which they signed on Monday."),
    "The partnership between Chile and Peru aims to train engineers in AI.",
    "The partnership between Chile and Peru, signed on Monday, supports startups in AI.",
    "The partnership between Chile and Peru will train engineers in AI.",
    "Chile and Peru's new digital partnership trains engineers in AI.",
    "Chile and Peru's digital partnership will be launched next year.",
    "Chile and Peru's digital partnership aims to train engineers in AI.",
    "Ghana and Togo signed an accord on e-government in 2023. This collaboration extends beyond ministries to start-ups.",
    "Ghana and Togo signed a memorandum on AI in 2023. The cooperation spans research, training and start-ups.",
    "Ghana and Togo signed an accord on solar power on Monday. It will now be implemented.",
    "Ghana and Togo signed an accord on solar power on Monday. It will be gradually implemented over five years.",
])
def test_an_act_new_ahead_or_only_held_keeps_its_status(text):
    assert "in-force" not in statuses(text)
