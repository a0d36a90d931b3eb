"""Something launched between two sides, told in the passive (extraction rule, ours).

"UPI connectivity between India and Sri Lanka was launched in February", "RuPay cards and UPI connectivity between
India and Mauritius were launched", "a payment link between India and Singapore has been inaugurated": a thing the
two have together was put into service, their joint undertaking made, even with no instrument named. Read only after
"between" the two names, with the passive verb of launching right after them (not "satellites of India and Mauritius
were launched", nor "talks between A and B were held").
"""

from __future__ import annotations

import re

_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_LAUNCHED_AFTER = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:launched|inaugurated"
                             r"|rolled\s+out|unveiled|operationali[sz]ed|put\s+into\s+(?:operation|service))\b", re.IGNORECASE)


def launched_between(text: str, base: int, actors: list) -> bool:
    """Whether the clause (its text, its offset in the document, its actors in order) tells a thing between two
    actors launched, in the passive right after their names."""
    if "between" not in text:
        return False
    for first, second in zip(actors, actors[1:]):
        if (first.code != second.code and _BETWEEN_BEFORE.search(text, 0, first.start - base)
                and _AND.fullmatch(text, first.end - base, second.start - base)
                and _LAUNCHED_AFTER.match(text, second.end - base)):
            return True
    return False
