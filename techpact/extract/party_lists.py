"""Lists of actors that fix the size of a party set: "between A, B and C" names three sides, not the first two
(extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention

# A state's body named by its office before the state ("the Ministry of Energy of", "the Central Bank of"): a list item
# may be the state so named.
_OFFICE_OF = (r"(?:(?:[A-Z][\w’'-]*\s+){0,3}(?:Ministry|Department|Agency|Authority|Commission|Government|Administration"
              r"|Directorate|Bank)(?:\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,4}?)?\s*of\s+(?:the\s+)?)?")
# Between two names of a list: a comma (", the") or its closing "and" (", and", " and").
_LIST_COMMA = re.compile(r"\s*,\s+(?:the\s+)?" + _OFFICE_OF)
_LIST_AND = re.compile(r"\s*,?\s+and\s+(?:the\s+)?" + _OFFICE_OF)
# A list of states closed by a side that is no state: "between A, B, C and the Asian Development Bank".
_CLOSED_BY_OTHER = re.compile(r"\s*,?\s+and\s+(?:the\s+)?[A-Z]")


def between_list(text: str, actors: list[Mention], base: int) -> list[str] | None:
    """The codes of a list of three or more actors right after "between", closed by "and" ("between Australia,
    the US and Britain"; "between the Ministry of Energy of A, the Ministry of Energy of B and ..."), or by "and" and a
    side that is no state ("between A, B, C and the World Bank"), else None. The list ends at its "and": "between A and
    B, C said" names two."""
    codes: list[str] = []
    for first, second in zip(actors, actors[1:]):
        gap = text[first.end - base:second.start - base]
        if first.code not in codes:
            codes.append(first.code)
        if _LIST_AND.fullmatch(gap):
            if second.code not in codes:
                codes.append(second.code)
            return codes if len(codes) >= 3 else None
        if not _LIST_COMMA.fullmatch(gap):
            # "between A, B, C and the World Bank (, said B)": the states listed, less the side that is no state
            return codes if len(codes) >= 3 and _CLOSED_BY_OTHER.match(gap) else None
    if actors and actors[-1].code not in codes and _CLOSED_BY_OTHER.match(text, actors[-1].end - base):
        codes.append(actors[-1].code)
        return codes if len(codes) >= 3 else None
    return None


def echoes_name(actors: list[Mention], mention: Mention, text: str, base: int) -> bool:
    """Whether the mention is an acronym or a name in brackets right after a name of the same actor ("the
    Collective Security Treaty Organization (CSTO)"): one naming, in whatever role the name has."""
    for other in actors:
        if other is not mention and other.code == mention.code and 0 < mention.start - other.end <= 3:
            return text[other.end - base:mention.start - base].strip() == "("
    return False


# Swap lines, each of which joins two central banks, given to or for several: "swap lines were extended to A, B and C".
_LINES_TO = re.compile(r"\b(?:swap|liquidity)['’\"]?\s+lines\b.{0,60}?\b(?:for|to)\b", re.IGNORECASE)


def lines_to_each(text: str) -> re.Match | None:
    """Where a clause gives swap lines to or for several ("... were extended to A, B and C"), else None."""
    return _LINES_TO.search(text) if "lines" in text else None


# Between two states of a list: a comma ("in Australia, Brazil"; "in Luanda, Angola" names a city's state).
_LIST_GAP = re.compile(r",\s+")


def listed_after_state(actors: list[Mention], mention: Mention, text: str, base: int) -> bool:
    """Whether the mention follows another state's own name in a list ("central banks in Australia, Brazil and
    Sweden"): the one before is no city whose state the mention would name, as in "in Luanda, Angola"."""
    return any(other.end < mention.start and other.code != mention.code and other.how in ("name", "official", "curated")
               and _LIST_GAP.fullmatch(text, other.end - base, mention.start - base) for other in actors)


# After the first side of "between", a group left unnamed: "between the EAEU and other countries", "and third states".
_UNNAMED_OTHER_SIDE = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s+and\s+(?:the\s+|its\s+)?(?:other|third|partner|foreign|non-member|neighbou?ring|developing|emerging|interested"
    r"|like-minded)\s+(?:[\w-]+\s+)?(?:countries|states|nations|partners|economies|organi[sz]ations|integrations|blocs)\b",
    re.IGNORECASE)


def unnamed_other_side(text: str, first: Mention, base: int) -> bool:
    """Whether "between" names one side and leaves the other a group ("cooperation between the EAEU and other
    countries"): no act of the one named with whoever else the clause names (a speaker wishing it, say)."""
    return bool(_UNNAMED_OTHER_SIDE.match(text, first.end - base))


# A group described by some of its members, the list left open: "the group, which includes A, B, C and others".
PARTIAL_MEMBER_LIST = re.compile(
    r"\b(?:which|that|who)\s+(?:now\s+|also\s+)?(?:includes?|included|comprises?|groups?|brings together)\b[^.;]*?"
    r"\b(?:and|among)\s+others\b", re.IGNORECASE)


# An instrument or talks "on" a matter: "a declaration on Ukraine's reconstruction", "a statement on China's curbs".
_ON_MATTER = re.compile(r"\b(?:declarations?|statements?|agreements?|deals?|pacts?|memorand(?:um|a|ums)|accords?|treat(?:y|ies)"
                        r"|talks|dialogues?|consultations|resolutions?)\s+on\s+(?:the\s+)?$"
                        # a matter among those talked over: "a summit on a range of issues, including North Korea's nuclear program"
                        r"|\b(?:issues|matters|topics|questions|subjects|concerns)\b,?\s+(?:including|such as|notably|like)\s+(?:the\s+)?$",
                        re.IGNORECASE)


def matter_of_instrument(text: str, local: int, surface: str) -> bool:
    """Whether the state at local is named, with its possessive, as the matter an instrument is on ("signed a
    declaration on Ukraine's reconstruction") or among the issues talked over ("issues, including North Korea's nuclear
    program"): what the act or the talk is about, not a side of it."""
    after = local + len(surface)
    return text[after:after + 2] in ("'s", "’s") and bool(_ON_MATTER.search(text, max(0, local - 60), local))
