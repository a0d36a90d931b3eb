"""A clause led by a relative past time ("Earlier, a deal was signed ...", "Last year, the memorandum was signed",
"Two years ago, the ministries concluded ...") tells an older act when it tells a signing and the act in focus is
still an offer or a plan: what was signed before is not the offer made or the plan agreed now. (A lead with a year,
"In 2017, ...", is read by act_separation.signed_apart.)

The same holds for an instrument introduced as new (an indefinite article, a bare plural) and told signed at a relative
past time anywhere in the clause ('"... goals outlined in an agreement signed between the two nations last month," the
official said', "The two countries signed agreements on defence in June"), after a plan or offer, or after an act
told with a time of its own ("on Monday") that was not that past time."""

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


_PAST_TIME = Hinted(re.compile(
    r"\b(?:last\s+(?:year|month|week|" + _MONTH + r")|earlier\s+this\s+(?:year|month)"
    r"|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?)\s+ago"
    r"|in\s+(?:early\s+|late\s+|mid-?)?(?-i:" + _MONTH + r")(?!\s+\d))\b", re.IGNORECASE),
    "last", "earlier", "ago", "in ")
_NOUN = r"(?:agreements?|deals?|memorand(?:um|ums|a)|MoUs?|pacts?|accords?|treat(?:y|ies)|protocols?|contracts?)"
# An instrument introduced as new and told signed: "an agreement signed", "signed a memorandum", "signed agreements".
_SIGNED_NEW = Hinted(re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}?" + _NOUN + r"\s+(?:was\s+|were\s+)?(?:signed|inked|concluded)\b"
    r"|\b(?:signed|inked|concluded|sealed)\s+(?:an?\s+|another\s+)?(?:(?!(?:the|this|that|these|those|their|its|our)\b)"
    r"[\w-]+\s+){0,3}?" + _NOUN + r"\b", re.IGNORECASE), "signed", "inked", "concluded", "sealed")


def signed_earlier(text: str, status: str | None, focus_status: str | None, focus_told: str, dated: bool) -> bool:
    """Whether a clause tells an instrument introduced as new and signed at a relative past time ("last month", "in
    June") the act in focus (told in focus_told, of focus_status; dated: told with a year or weekday of its own) was
    not told with: an older act, when the act in focus is still a plan or offer, or is dated apart."""
    if status != "signed" or not focus_status or not _SIGNED_NEW.search(text):
        return False
    past = _PAST_TIME.search(text)
    if past is None or past.group().lower() in focus_told.lower():
        return False
    return STATUS_RANK[focus_status] < STATUS_RANK["signed"] or dated
