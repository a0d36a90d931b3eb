"""Third states in side roles before their name, read by the word right before it: the state an act is aimed at,
compared with or borders, the state a war is waged on, the state an act serves, is a model for or deals a blow to,
where a line leads or a flow passes, the other side of an earlier act, the chair or host of the meeting, who funds
it and who protests (extraction rules, ours; measured on real wire copy). Each
pattern is searched only after the one word it can end on, so a clause pays for none of them in passing."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The word right before the name decides on its own: "with the aim of deterring China", "behind the US".
_ALONE = frozenset(
    "deter deterring isolate isolating confront confronting neutralise neutralising neutralize neutralizing encircle "
    "encircling behind trailing surpassing overtaking outpacing outranking".split())

# Who funds it, after "from" or ending a list after it: "with funding from the Asian Development Bank and Japan".
_FUNDED_FROM = r"\b(?:funding|financing|loans?|grants?|investments?|backing|money|aid)\s+from\s+(?:[^,;.]{0,40}?\s+and\s+)?(?:the\s+)?$"

# The word right before the name ("for", "to", ...) and what must come before it.
_BEFORE = {
    # a border, or an earlier act with others told beside: "the alliance's border with Russia", "following similar links
    # with A" (not "A has a similar agreement with B": A's own act)
    "with": re.compile(r"\b(?:(?:borders?|frontiers?|boundar(?:y|ies))\s+|(?:following|after|like|besides|alongside|adding to)\s+"
                       r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:similar|earlier|previous|past|existing)\s+(?:[\w-]+\s+){0,2}?)"
                       r"with\s+(?:the\s+)?$", _I),
    # the state a war or an occupation is waged on: "Russia's invasion of Ukraine"
    "of": re.compile(r"\b(?:invasion|annexation|occupation|bombing|shelling|blockade)\s+of\s+(?:the\s+)?$", _I),
    # the state an act serves or is a model for: "provide internet for Sri Lanka", "a model for Indonesia"
    "for": re.compile(r"\b(?:(?:provid|suppl|buil|fund|financ|construct|deliver)\w*\s+(?:[\w’'-]+\s+){0,5}?"
                      r"|(?:model|template|blueprint|example|lesson|precedent)s?\s+)for\s+(?:the\s+)?$", _I),
    # dealt a blow, or second only to: "a blow to China's dominance", "second only to the US"
    # and where a line leads: "a transport corridor to India", "a pipeline to Serbia"
    "to": re.compile(r"\b(?:blow|setback|snub|rebuke|message|signal|challenge|second only|corridors?|pipelines?|railways?"
                     r"|routes?|roads?|highways?|lines?)\s+to\s+(?:the\s+)?$", _I),
    # the chair or host of the meeting where others act: "at a meeting chaired by Turkmenistan"
    "by": re.compile(r"\b(?:chaired|hosted|presided over)\s+by\s+(?:the\s+)?$", _I),
    # who protests: "drawn an angry warning of countermeasures from the Kremlin"
    "from": re.compile(r"\b(?:warning|protest|criticism|condemnation|rebuke|backlash|anger|objection)s?\s+"
                       r"(?:of\s+\W?[\w-]+\W?\s+)?from\s+(?:the\s+)?$|" + _FUNDED_FROM, _I),
    "and": re.compile(_FUNDED_FROM, _I),
}


# Before a state (not a bloc, which "through" makes a framework), the way a flow takes: "electricity to flow through
# India", "a pipeline via Turkey".
_TRANSIT = frozenset(("through", "via"))


def side_role_before(text: str, local: int, last_word: str, bloc: bool = False) -> bool:
    """Whether the words before the name at local (last_word the one right before it, lower-cased, "the" passed
    over) put the state in a side role rather than among the parties."""
    if last_word in _ALONE or (last_word in _TRANSIT and not bloc):
        return True
    pattern = _BEFORE.get(last_word)
    return bool(pattern and pattern.search(text, max(0, local - 60), local))


# Between a state in a side role and the next name of its list: "the border with Armenia and Iran".
_SAME_LIST = re.compile(r"\s*(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# After that next name, a verb that makes it the subject of a clause of its own: "... bypassing Russia, and Japan agreed".
_OWN_VERB_AFTER = re.compile(r"\s+(?:will|would|shall|has|have|had|is|are|was|were|agreed|signed|plans?|pledged|said|says)\b", _I)


def same_list(text: str, previous_end: int, local: int, surface: str) -> bool:
    """Whether the name at local goes on the list of a name ending at previous_end ("the border with Armenia and
    Iran"), and so shares its role, rather than starting a clause of its own."""
    return (bool(_SAME_LIST.fullmatch(text, previous_end, local))
            and not _OWN_VERB_AFTER.match(text, local + len(surface)))
