"""A clause led by a relative past time ("Earlier, a deal was signed ...", "Last year, the memorandum was signed",
"Two years ago, the ministries concluded ...") tells an older act when it tells a signing and the act in focus is
still an offer or a plan: what was signed before is not the offer made or the plan agreed now. (A lead with a year,
"In 2017, ...", is read by act_separation.signed_apart.)"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.ontology.vocabulary import STATUS_RANK

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_EARLIER_LEAD = Hinted(re.compile(
    r"^\W*(?:earlier|previously|last\s+(?:year|month|week|" + _MONTH + r")"
    r"|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?)\s+ago"
    r"|in\s+(?:early\s+|late\s+|mid-?)?(?-i:" + _MONTH + r")(?!\s+\d))\b", re.IGNORECASE),
    "earlier", "previously", "last", "ago", "in ")


def signed_before(text: str, status: str | None, focus_status: str | None) -> bool:
    """Whether a clause led by a relative past time tells a signing (status) while the act in focus is an offer or a
    plan (focus_status): an older act of the same parties."""
    return (status == "signed" and bool(focus_status) and STATUS_RANK[focus_status] < STATUS_RANK["signed"]
            and bool(_EARLIER_LEAD.match(text)))
