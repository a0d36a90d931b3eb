"""Talk that ends with nothing signed is no act (extraction rules, ours): "..., but no agreement was signed", "did
not sign any document", "failed to reach a deal", "without signing any agreement", "the deadline passed without an
agreement"; nor is an offer told as never made ("no proposal has been made to B"). A refusal of a named instrument
("India did not sign the declaration", "declined to sign") stays a rejection, read elsewhere."""

from __future__ import annotations

import re

from techpact.extract.cues import ACT_VERB
from techpact.extract.gates import Hinted

_INSTRUMENT = (r"(?:agreements?|deals?|accords?|memorand(?:um|a)|MoUs?|documents?|pacts?|treat(?:y|ies)|contracts?"
               r"|declarations?|statements?)")
_OFFER = r"(?:proposals?|offers?|bids?|invitations?)"
_CONCLUDE = r"(?:sign|reach|conclude|ink|strike|seal|finali[sz]e|clinch)"

NOTHING_SIGNED = Hinted(re.compile(
    # "no agreement was signed", "no deal has been reached", "no documents were signed"
    rf"\bno\s+(?:[\w-]+\s+){{0,2}}?{_INSTRUMENT}\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)?"
    rf"(?:signed|reached|concluded|inked|struck|sealed|finali[sz]ed|agreed)\b"
    # no offer made: "no proposals had been made to expand the bloc", "has made no offer to B"
    rf"|\bno\s+(?:[\w-]+\s+){{0,2}}?{_OFFER}\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)?"
    rf"(?:made|put forward|submitted|tabled|extended|issued)\b"
    rf"|\b(?:made|makes?|put forward|submitted|tabled)\s+no\s+(?:[\w-]+\s+){{0,2}}?{_OFFER}\b"
    # "did not sign any agreement", "failed to reach a deal", "without signing any documents"
    rf"|\b(?:did\s+not|didn[’']t|failed\s+to|without)\s+{_CONCLUDE}\w*\s+(?:any|an?)\s+(?:[\w-]+\s+){{0,2}}?{_INSTRUMENT}\b"
    # "the deadline passed without an agreement", "talks ended without a deal"
    # (not "ended without agreement on the minerals contract": the contract is still sought)
    rf"|\bwithout\s+(?:(?:any|an?)\s+)?(?:[\w-]+\s+){{0,2}}?{_INSTRUMENT}\b"
    rf"(?!\s+(?:on|over|about|regarding)\s+(?:[\w’'-]+\s+){{0,5}}?{_INSTRUMENT}\b)",
    re.IGNORECASE), "no ", "not ", "n't ", "n’t ", "failed", "without")


def nothing_signed(text: str) -> bool:
    """Whether a clause tells that talks ended with no instrument signed or reached, and tells no act besides ("signed
    an MoU on AI but did not sign any agreement on payments" tells the MoU)."""
    match = NOTHING_SIGNED.search(text)
    return bool(match) and not (ACT_VERB.search(text, 0, match.start()) or ACT_VERB.search(text, match.end()))
