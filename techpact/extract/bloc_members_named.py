"""A bloc's act whose own sentences name the members it binds, set off as a list (extraction rule, ours).

The guide: when only the bloc is named, the bloc is the party; a list of members given as participants makes each listed
one a party. News often names the bloc first and lists its members in a later sentence about the same act: "The
countries making up Mercosur signed an electronic commerce agreement. ... The agreement prevents obstacles to trade
among the four members of the bloc—Brazil, Argentina, Uruguay, and Paraguay." The act is among those members: they are
its parties, the bloc its framework.

Guards: the list is set off after "among / between the (N) members of the bloc" by a dash, colon or bracket (not
"members, including A and B", a sample); every state listed is a member the passage states; when a count is given it is
the number listed; the act names no other party.
"""

from __future__ import annotations

import re

from techpact.extract.count_words import COUNT_WORDS
from techpact.extract.facts import Agreement, Membership, Mention
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
_AMONG_MEMBERS = re.compile(
    r"\b(?:among|between|binds?|binding|covers|covering|for)\s+(?:all\s+)?(?:the\s+|its\s+)?(?:(?P<count>\w+)\s+)?"
    r"(?:member\s+(?:states|countries|nations)|members|countries|nations)(?:\s+of\s+(?:the\s+)?[\w-]+)?\s*(?:[—–:(]|\s-\s)\s*", _I)


def members_named_as_parties(agreements: list[Agreement], memberships: dict[tuple[str, str], Membership],
                             mentions: list[Mention]) -> list[Agreement]:
    """The lone-bloc acts whose evidence lists the members among whom the act is: those members become the parties."""
    for agreement in agreements:
        if len(set(agreement.parties)) != 1 or not is_bloc(bloc := agreement.parties[0]):
            continue
        for span in agreement.evidence:
            members = _listed_members(span.text, span.start, bloc, memberships, mentions)
            if members:
                agreement.parties[:] = members
                agreement.framework = agreement.framework or bloc
                break
    return agreements


def _listed_members(text: str, offset: int, bloc: str, memberships: dict[tuple[str, str], Membership],
                    mentions: list[Mention]) -> list[str]:
    """The states listed after "among the members of the bloc—", when each is a stated member and the count fits."""
    among = _AMONG_MEMBERS.search(text)
    if among is None:
        return []
    listed: list[str] = []
    for mention in mentions:
        if offset + among.end() <= mention.start < offset + len(text) and mention.code not in listed:
            listed.append(mention.code)
    if len(listed) < 2 or any(is_bloc(code) or (code, bloc) not in memberships for code in listed):
        return []
    count = (among.group("count") or "").lower()
    if (count.isdigit() and int(count) != len(listed)) or COUNT_WORDS.get(count, len(listed)) != len(listed):
        return []
    return listed
