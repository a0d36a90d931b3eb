"""Third states in side roles before their name, read by the word right before it (extraction rules, ours; measured
on real wire copy). Some roles never hold a side of the act: the state an act is aimed at, compared with or borders,
the state a war is waged on, the state dealt a blow or set a model, the other side of an earlier act told beside,
who protests. Others may: the state an act serves ("build a plant for Egypt"), where a line leads or a flow passes,
who funds it, who hosts the meeting; these are left out only when two other parties remain ("Iran and Russia signed
an agreement on a corridor to India", not "Russia will build a plant for Egypt"). Each pattern is searched only
after the one word it can end on, so a clause pays for none of them in passing."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The word right before the name decides on its own: "with the aim of deterring China", "behind the US".
_ALONE = frozenset(
    "deter deterring isolate isolating confront confronting neutralise neutralising neutralize neutralizing encircle "
    "encircling behind trailing surpassing overtaking outpacing outranking".split())

# Roles that never hold a side: the word right before the name and what must come before it.
_NEVER = {
    # a border, or an earlier act with others told beside: "the alliance's border with Russia", "following similar links
    # with A" (not "A has a similar agreement with B": A's own act)
    "with": re.compile(r"\b(?:(?:borders?|frontiers?|boundar(?:y|ies))\s+|(?:following|after|like|besides|alongside|adding to)\s+"
                       r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:similar|earlier|previous|past|existing)\s+(?:[\w-]+\s+){0,2}?)"
                       r"with\s+(?:the\s+)?$", _I),
    # the state a war or an occupation is waged on: "Russia's invasion of Ukraine"
    "of": re.compile(r"\b(?:invasion|annexation|occupation|bombing|shelling|blockade)\s+of\s+(?:the\s+)?$", _I),
    # a model for: "a model for Indonesia"
    "for": re.compile(r"\b(?:model|template|blueprint|example|lesson|precedent)s?\s+for\s+(?:the\s+)?$", _I),
    # dealt a blow, or second only to: "a blow to China's dominance", "second only to the US"
    "to": re.compile(r"\b(?:blow|setback|snub|rebuke|message|signal|challenge|second only)\s+to\s+(?:the\s+)?$", _I),
    # the host or chair of a bloc's own meeting: "at the SCO summit hosted by Kazakhstan" (the bloc acts; its host is
    # the place, no side beside it)
    "by": re.compile(r"\b(?-i:[A-Z][A-Z0-9+]+|G\d+)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|ministerial|session|conference|forum)s?"
                     r"(?:\s+in\s+(?-i:[A-Z])[\w-]*)?\s*,?\s+(?:chaired|hosted|presided\s+over)\s+by\s+(?:the\s+)?$", _I),
    # who protests: "drawn an angry warning of countermeasures from the Kremlin"
    "from": re.compile(r"\b(?:warning|protest|criticism|condemnation|rebuke|backlash|anger|objection)s?\s+"
                       r"(?:of\s+\W?[\w-]+\W?\s+)?from\s+(?:the\s+)?$", _I),
}

# Who funds it, after "from" or ending a list after it: "with funding from the Asian Development Bank and Japan".
_FUNDED_FROM = r"\b(?:funding|financing|loans?|grants?|investments?|backing|money|aid)\s+from\s+(?:[^,;.]{0,40}?\s+and\s+)?(?:the\s+)?$"

# Roles that may hold a side, left out only beside two other parties.
_MAYBE = {
    # the state an act serves: "provide internet for Sri Lanka", "fund a data centre for Egypt"
    "for": re.compile(r"\b(?:provid|suppl|buil|fund|financ|construct|deliver)\w*\s+(?:[\w’'-]+\s+){0,5}?for\s+(?:the\s+)?$", _I),
    # where a line leads: "a transport corridor to India", "a pipeline to Serbia"
    "to": re.compile(r"\b(?:corridors?|pipelines?|railways?|routes?|roads?|highways?|lines?)\s+to\s+(?:the\s+)?$", _I),
    # the chair or host of the meeting where others act: "at a meeting chaired by Turkmenistan"
    "by": re.compile(r"\b(?:chaired|hosted|presided over)\s+by\s+(?:the\s+)?$", _I),
    "from": re.compile(_FUNDED_FROM, _I),
    "and": re.compile(_FUNDED_FROM, _I),
}

# Before a state (not a bloc, which "through" makes a framework), the way a flow takes: "electricity to flow through
# India", "a pipeline via Turkey".
_TRANSIT = frozenset(("through", "via"))

# Between a state in a side role and the next name of its list: "the border with Armenia and Iran".
_SAME_LIST = re.compile(r"\s*(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# After a name set off by a comma, the rest of a list up to its last name: "(Unlike Vietnam,) Thailand and Malaysia".
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
_REST_OF_LIST = re.compile(rf"(?:,\s+{_NAME})*,?\s+and\s+{_NAME}")
# After that next name, a verb that makes it the subject of a clause of its own: "... bypassing Russia, and Japan agreed".
_OWN_VERB_AFTER = re.compile(r"\s+(?:will|would|shall|has|have|had|is|are|was|were|agreed|signed|plans?|pledged|said|says)\b", _I)


class SideRoles:
    """The side roles of the names of one clause, read left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._end = -1           # where the last name in a side role ends, for the names listed after it
        self._maybe_last = False  # whether that role may hold a side
        self.maybe: set[str] = set()  # codes named only in roles that may hold a side
        self.firm: set[str] = set()   # codes named in some other role

    def left_out(self, code: str, local: int, surface: str, last_word: str, bloc: bool, never: bool = False) -> bool:
        """Whether the name at local (last_word the word right before it, lower-cased, "the" passed over) is left out
        in a role that never holds a side (never: a caller's own finding of such a role); a name in a role that may
        hold one is noted and kept for now."""
        listed = self._end >= 0 and self._listed(local, surface)
        pattern = _NEVER.get(last_word)
        if never or last_word in _ALONE or (pattern and pattern.search(self.text, max(0, local - 60), local)) or (
                listed and not self._maybe_last):
            self._end, self._maybe_last = local + len(surface), False
            return True
        pattern = _MAYBE.get(last_word)
        if (last_word in _TRANSIT and not bloc) or (pattern and pattern.search(self.text, max(0, local - 60), local)) or listed:
            self._end, self._maybe_last = local + len(surface), True
            self.maybe.add(code)
            return False
        self._end = -1
        self.firm.add(code)
        return False

    def _listed(self, local: int, surface: str) -> bool:
        """Whether the name at local goes on the list of the name in a side role before it ("the border with Armenia
        and Iran"), not starting a clause of its own ("Unlike Vietnam, Thailand and Malaysia signed ...")."""
        gap = _SAME_LIST.fullmatch(self.text, self._end, local)
        if not gap:
            return False
        end = local + len(surface)
        if "and" not in gap.group() and (rest := _REST_OF_LIST.match(self.text, end)):
            end = rest.end()  # a comma: the list's last name decides
        return not _OWN_VERB_AFTER.match(self.text, end)

    def settle(self, codes: list[str]) -> list[str]:
        """The codes less those named only in roles that may hold a side, when two others remain."""
        doubtful = self.maybe - self.firm
        kept = [code for code in codes if code not in doubtful]
        return kept if doubtful and len(kept) >= 2 else codes
