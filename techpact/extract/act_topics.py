"""One more instrument of the same parties, told with a topic of its own: "A and B signed an agreement on AI on Monday.
Meanwhile, they signed a memorandum on 5G networks" is an agreement and a memorandum, not one deal told twice in two
names (a deal, then the memorandum it is: act_separation.SAME_ACT_KINDS). The second instrument is introduced as new
(an indefinite article), and its topic ("on 5G networks") names sectors, none of which the act told before was told
with; a topic that shares a sector with it, or names none, may retell it and is left as it was.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.facts import Agreement
from techpact.extract.gazetteer import gazetteer

_I = re.IGNORECASE

# The topic after the kind noun: "memorandum of understanding on 5G networks", "agreement in the field of space".
_TOPIC = re.compile(
    r"[\w-]+(?:\s+of\s+(?:understanding|cooperation|intent))?\s+(?:on|in|for|covering|regarding|concerning"
    r"|related\s+to|in\s+the\s+(?:field|area|sphere)s?\s+of)\s+(?P<topic>[^.;:()]{2,80}?)(?=[.;:()]|,\s|$)", _I)


def topic_sectors(text: str) -> set[str]:
    """The sectors the topic of a clause's first instrument names ("a memorandum on 5G networks": telecom)."""
    kind, where = cues.find_kind(text)
    topic = _TOPIC.match(text, where) if kind else None
    return {code for code, _, _ in gazetteer().find_sectors(topic.group("topic"))} if topic else set()


def other_topic(text: str, agreement: Agreement) -> bool:
    """Whether a clause introduces an instrument whose topic names sectors, none of them the act's (which was told
    with sectors of its own): another instrument of the same parties."""
    if not agreement.sectors:
        return False
    named = topic_sectors(text)
    return bool(named) and not named & set(agreement.sectors)
