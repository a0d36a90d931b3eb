"""A body told in the passive as still to be set up, in a clause that tells the act in focus, is an act of its own
(extraction rules, ours).

act_separation.body_set_up reads the verb before the body ("the sides will establish a joint committee"); news also
puts the body first: "To this end, working groups on cooperation will be established", "Under the memorandum, a joint
commission is to be set up", or names it among what the instrument holds: "The key highlights of the MoU include the
establishment of a taskforce". The guide lists a working group the parties plan beside the instrument that provides for
it, so the body is one more act of the same parties, a working group, planned. Only a body still to come counts
("will be", "is to be", "shall be"): "the working group established in 2015 met" is a body they already have.
A joint undertaking (a centre, a hub, a laboratory, a fund) or a new partnership told so under the act ("Under the
accord, a new Cyber Partnership will be established", "a joint research centre will be set up") is one more act of its
own kind, as body_set_up reads it in the active voice: an initiative, or a partnership.
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted

_I = re.IGNORECASE

_PASSIVE_BODY = Hinted(re.compile(
    r"\b(?:(?P<body>working\s+groups?|expert\s+groups?|study\s+groups?|task\s*forces?|(?:joint|intergovernmental|bilateral)"
    r"\s+(?:commissions?|committees?|councils?))|(?P<joint>joint\s+(?:[\w-]+\s+){0,3}?(?:cent(?:re|er)s?|hubs?|laborator(?:y|ies)"
    r"|labs?|funds?))|(?P<partnership>new\s+(?:[\w-]+\s+){0,3}?partnerships?))\b(?:\s+[\w-]+){0,5}?,?\s+"
    r"(?:will|would|shall|(?:is|are)\s+to)\s+(?:also\s+)?be\s+(?:established|set\s+up|created|formed|launched|unveiled)\b", _I),
    "group", "task", "commission", "committee", "council", "cent", "hub", "lab", "fund", "partnership")

# What an instrument told before holds, with the body's setting up among it: "The key highlights of the MoU include the
# establishment of a taskforce", "Provisions of the agreement include the creation of a joint committee".
_HOLDS_BODY = Hinted(re.compile(
    r"\b(?:highlights?|provisions?|terms|features|components|elements|points|outcomes)\s+of\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:memorand(?:um|a)|MoUs?|agreements?|accords?|deals?|pacts?|treat(?:y|ies)|protocols?)\s+"
    r"(?:also\s+)?includes?\s+(?:the\s+)?(?:establishment|creation|formation|setting[- ]up|launch)\s+of\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:working\s+groups?|expert\s+groups?|task\s*forces?|(?:joint|intergovernmental|bilateral)\s+"
    r"(?:commissions?|committees?|councils?))\b", _I),
    "highlight", "provision", "terms", "feature", "component", "element", "point", "outcome")


def passive_body(text: str, focus: Agreement) -> tuple[str, str] | None:
    """The kind and status ("planned") of a body, joint undertaking or new partnership of the act in focus the clause
    tells still to be set up in the passive, unless the act in focus is of that kind; None otherwise."""
    passive = _PASSIVE_BODY.search(text)
    if passive is None and _HOLDS_BODY.search(text) is None:
        return None
    kind = ("partnership" if passive and passive.group("partnership") else "initiative" if passive and passive.group("joint")
            else "working-group")
    if focus.kind == kind:
        return None
    status = "planned"  # a body still to come
    return kind, status
