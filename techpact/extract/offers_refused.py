"""An offer whose refusal the passage tells first (extraction rule, ours).

News often leads with the refusal and tells the offer after it, in the past perfect or as background: "Iran has
rejected Europe's proposal ... Diplomats from Britain, France and Germany had sought on Friday to entice Iran by
offering fuel". The refusal names only the side that refused (its proposer left unnamed, or named by a region), and
the offer told next names them all: the offer is the one refused, rejected in the guide's words. Guards: the refusal
comes at most a few sentences before the offer, names one actor only, and that actor is a side of the offer but not
its proposer; an offer told as new or made after ("then proposed a new plan") is another one.
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement, Mention, Span

_REFUSED_OFFER = re.compile(
    r"\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|ing)|declin(?:ed|es|ing)|turn(?:ed|s|ing)?\s+down|rebuff(?:ed|s|ing)?"
    r"|spurn(?:ed|s|ing)?)\s+(?:(?:the|an?|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?(?:proposals?|offers?|invitations?)\b",
    re.IGNORECASE)
_REACH = 3  # sentences between the refusal and the offer's first sentence
# An offer told as made anew or after the refusal is another offer: "Chile then proposed a new plan".
_ANEW = re.compile(r"\b(?:new|fresh|another|revised|counter-?\w*|second|latest|then|later|afterwards|in response)\b",
                   re.IGNORECASE)


def refusals_told_first(agreements: list[Agreement], sentences: list[Span], mentions: list[Mention]) -> None:
    """Mark rejected each offer still read as proposed whose refusal by one of its sides (not its proposer) the
    passage tells in one of the few sentences before the offer."""
    for act in agreements:
        if act.kind != "proposal" or act.status != "proposed" or not act.evidence or _ANEW.search(act.evidence[0].text):
            continue
        first = next((index for index, span in enumerate(sentences) if span == act.evidence[0]), None)
        if first is None:
            continue
        for span in reversed(sentences[max(0, first - _REACH):first]):
            if not _REFUSED_OFFER.search(span.text):
                continue
            named = {m.code for m in mentions if span.start <= m.start < span.end and m.how != "dateline"}
            if len(named) == 1 and named <= set(act.parties) and act.proposer not in named:
                act.status = "rejected"
                act.add_evidence(span)
            break
