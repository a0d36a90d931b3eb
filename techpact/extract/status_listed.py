"""An act told as an item of a list takes the status its lead tells (extraction rules, ours).

Official releases list the instruments of a visit or a cabinet session under one lead: "The two sides will sign the
following documents:", "The Council of Ministers ratified the following:", "The agreements signed are:". Each item
("1. Memorandum of understanding on ... between A and B") names an act and tells nothing of what happened to it; the
lead tells it for all of them. Without the lead, the item's kind would give its status (a memorandum: signed) even
when the lead says the signing is still ahead.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.act_separation import ITEM_MARK
from techpact.extract.facts import Agreement, Span
from techpact.extract.status import find_status

# A lead closing its line with a colon, the first item maybe after it on the same line: "ratified the following: 1- MoU ..."
_LEAD = re.compile(rf"(?:^|.*[.!?]\s)([^.!?]*?):\s*(?:{cues.LIST_MARK}\s.*)?$")


def listed_status(agreement: Agreement, text: str) -> tuple[str, Span] | None:
    """The status told by the lead of the list whose item first tells the act (text: the document's), and the lead,
    which is evidence of it, when the act told none of its own; None when the act is no list item, or its lead tells
    no status."""
    if agreement.status or not agreement.evidence or not ITEM_MARK.match(agreement.evidence[0].text):
        return None
    lead = list_lead(text, agreement.evidence[0].start)
    status = find_status(lead.text) if lead else None
    return (status, lead) if status and lead else None


def list_lead(text: str, start: int) -> Span | None:
    """The sentence introducing the list whose item opens at start: the nearest line before it that is no item
    itself, when it ends with a colon (or with a colon and the list's first item)."""
    end = start
    for line in reversed(text[:start].splitlines(keepends=True)):
        end -= len(line)
        if not line.strip() or ITEM_MARK.match(line):
            continue  # a blank line, or an earlier item of the same list
        found = _LEAD.match(line.rstrip())
        if not found:
            return None
        lead = found.group(1).strip()
        begin = end + found.start(1) + (len(found.group(1)) - len(found.group(1).lstrip()))
        return Span(begin, begin + len(lead), lead)
    return None
