"""A sentence's skeleton for the membership patterns: each run of state names ("Brazil, Russia, India and China")
becomes one list placeholder (§L0§), a state named with a possessive ¶P0¶, a demonym §D0§, and each bloc (by name,
acronym, or "the bloc"/"the group" pointing back to the passage's bloc) a bloc placeholder (§B0§)."""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.bloc_referents import any_region, bloc_referent, may_refer, referred_bloc
from techpact.extract.facts import Mention, Span
from techpact.extract.gazetteer import gazetteer
from techpact.extract.membership_matches import Skeleton
from techpact.extract.membership_plain import plain_gap
from techpact.ontology import reference
from techpact.ontology.reference import is_bloc
from techpact.extract.first_chars import quick_start

_I = re.IGNORECASE

# How a state must be named to be listed as a member ("Beijing" is more often a venue).
LISTABLE = ("name", "official")
_LISTABLE = LISTABLE

# Between two items of one list: "A, B and C", "A, the B, and C", "A & B", "A-B-C" (a compound).
# An item may carry a word of how it stands to the others: "Kazakhstan and neighbouring Uzbekistan", "Russia and its
# ally Belarus", "India and arch-rival Pakistan", "Qatar and oil-rich Kuwait".
_ITEM_MODIFIER = (r"(?:(?:its|their)\s+)?(?:(?:close|key|longtime|long-time|regional|traditional|fellow)\s+)?"
                  r"(?:neighbou?ring|neighbou?rs?|fellow|arch-?rivals?|rivals?|ally|allies|allied|partners?|oil-rich|gas-rich"
                  r"|resource-rich|landlocked|war-torn|nuclear-armed)\s+")
_LIST_GAP = re.compile(r"(?:\s*\([^()§]{0,30}\))?\s*(?:[,;]\s*)?(?:(?:and|&|as well as|plus|nor)\s+)?(?:" + _ITEM_MODIFIER
                       + r")?(?:the\s+)?|[-–/]", _I)
# A state named with a possessive is a modifier ("China's initiative"), never a listed member.
_POSSESSIVE = re.compile(r"[’']s?\b")
_POSSESSIVE = quick_start(_POSSESSIVE)  # the same matches, tried only where one may start
# A name the gazetteer does not know between two listed states ("Algeria, Congo, Gabon"): skipped, the list goes on.
_UNKNOWN_ITEM = re.compile(r",\s*(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s*,\s*(?:and\s+)?(?:the\s+)?")
# A bloc named twice in a row: "Shanghai Cooperation Organisation (SCO)", "SCO (hereinafter ... "SCO")".
_AND = re.compile(r"\b(?:and|nor)\b|&", _I)  # "neither India nor Brazil" is one list
_FRESH_LIST = re.compile(r"\b(?:as well as|plus)\b", _I)
_STATE_ECHO = re.compile(r"\s*\(\s*")
_BLOC_ECHO = re.compile(r"\s*[(\[][^()\[\]]{0,45}$")  # "APEC [Asia-Pacific Economic Cooperation]" too
_ECHO_CLOSE = re.compile(r"[^()\[\]\w]{0,3}[)\]]")
_LED = re.compile(r"(?:-|-?\s+and\s+\w+-)(?:led|based|backed|dominated|sponsored)\b", _I)
_LED = quick_start(_LED)  # the same matches, tried only where one may start
# A bloc's name in quotation marks: '"the Quad" nations', "'Brics' members".
_OPEN_QUOTE = re.compile(r"[\"“‘']((?:the\s+)?)$", _I)
_CLOSE_QUOTE = re.compile(r"[\"”’'](?![\w])")
# A word before a bloc's name for the bloc as it has grown: "the expanded BRICS", "an enlarged EU".
_GROWN = re.compile(r"(?<!\w)(?:newly[\s-]+)?(?:expanded|enlarged)\s+$", _I)
# A bloc's head noun before a possessive, read as the bloc's name: "the BRICS group's newest member".
_HEAD_BEFORE_POSSESSIVE = re.compile(r"\s+(?:bloc|grouping|group|alliance|club|organi[sz]ation)(?=['’]s?\s|\s*(?:[,;.)—–]|--|$))", _I)
_SUBJECT_AFTER = re.compile(r"\s+(?:has|have|had|is|was|also|said|says|will|would|joined|joins|became|becomes)\b")


@lru_cache(maxsize=1)
def bloc_variants() -> tuple[re.Pattern, dict[str, str]]:
    """Bloc acronyms as news sites also print them: "Brics", "Asean", "Nato", "BRICs"."""
    forms = {}
    for bloc in reference.blocs().values():
        for label in bloc.labels:
            if label.isupper() and len(label) >= 4 and label.isalpha():
                forms[label.capitalize()] = bloc.code
                if label.endswith("S"):  # an acronym printed as a plural: "BRICs"
                    forms[label[:-1] + "s"] = bloc.code
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b"), forms


@lru_cache(maxsize=1)
def _plus_blocs() -> frozenset[str]:
    """Blocs that a name with "+" still means ("BRICS+"); any other "+" names a wider circle ("OPEC+" is not OPEC)."""
    return frozenset(bloc.code for bloc in reference.blocs().values() if any(label.endswith("+") for label in bloc.labels))


def _sentence_mentions(span: Span, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions plus what the gazetteer leaves out: blocs printed in title case
    ("Brics") and the later states of a hyphenated compound ("the Australia-UK-US partnership")."""
    pattern, forms = bloc_variants()
    extra = []
    for mention in mentions:
        extra += _compound_tail(span, mention)
    for match in pattern.finditer(span.text):
        start = span.start + match.start()
        if not any(m.start <= start < m.end for m in mentions):
            extra.append(Mention(forms[match.group()], start, span.start + match.end(), match.group(), "bloc"))
    kept = [m for m in mentions if m.how != "leader"]
    if not extra:
        return kept
    starts = {m.start for m in kept}
    return sorted(kept + [m for m in extra if m.start not in starts], key=lambda m: m.start)


def _compound_tail(span: Span, mention: Mention) -> list[Mention]:
    tail = []
    at = mention.end - span.start
    while mention.how in _LISTABLE and at < len(span.text) and span.text[at] in "-–":
        found = gazetteer().actors.find(span.text[at + 1:at + 40])
        if not found or found[0][0] != 0:
            break
        _, end, surface, (code, how) = found[0]
        mention = Mention(code, span.start + at + 1, span.start + at + 1 + end, surface, how)
        tail.append(mention)
        at += 1 + end
    return tail


def sentence_skeleton(span: Span, mentions: list[Mention], default_bloc: str | None = None, plain: bool = False) -> Skeleton:
    """The sentence with its lists of states (§L0§), states named with a possessive (¶P0¶), demonyms (§D0§) and
    blocs, or words pointing back to default_bloc (§B0§), replaced by placeholders: what the rules read. A plain
    skeleton also leaves out the adverbs and time phrases between words (membership_plain.py)."""
    return _skeleton(span, _sentence_mentions(span, mentions), default_bloc, plain)


def _skeleton(span: Span, mentions: list[Mention], default_bloc: str | None, plain: bool = False) -> Skeleton:
    text = span.text
    parts: list[str] = []
    lists: list[list[Mention]] = []
    blocs: list[str] = []
    bloc_at: list[int] = []
    pos = 0
    index = 0
    length = 0

    def emit(piece: str) -> None:
        nonlocal length
        parts.append(piece)
        length += len(piece)

    def emit_gap(gap: str, before_list: bool = False) -> None:
        gap = gap.replace(" - ", " – ")  # a spaced hyphen is a dash: "The remaining members - Russia, ..."
        if plain:
            gap = plain_gap(gap, before_list)
        if not may_refer(gap) or default_bloc is None and not any_region().search(gap):  # "the Shanghai bloc" still names one
            emit(gap)  # (no word that points back to a bloc: nothing to replace)
            return
        last = 0
        for match in bloc_referent(default_bloc).finditer(gap):
            bloc = referred_bloc(match.group(), default_bloc)
            if bloc is None:
                continue
            emit(gap[last:match.start()])
            bloc_at.append(length)
            emit(f"§B{len(blocs)}§")
            blocs.append(bloc)
            last = match.end()
        emit(gap[last:])

    while index < len(mentions):
        mention = mentions[index]
        begin, end = mention.start - span.start, mention.end - span.start
        if begin < pos:
            index += 1
            continue
        if is_bloc(mention.code) and not (text.startswith("+", end) and mention.code not in _plus_blocs()):
            gap = text[pos:begin]
            if grown := _GROWN.search(gap):  # "the expanded BRICS" is BRICS
                gap = gap[:grown.start()]
            if (quoted := _OPEN_QUOTE.search(gap)) and _CLOSE_QUOTE.match(text, end):  # '"the Quad" nations': no quotes
                gap, end = gap[:quoted.start()] + quoted.group(1), end + 1
            emit_gap(gap)
            bloc_at.append(length)
            emit(f"§B{len(blocs)}§")
            blocs.append(mention.code)
            pos = end + text.startswith("+", end)  # "Brics+" is one name
            if head := _HEAD_BEFORE_POSSESSIVE.match(text, pos):  # "the BRICS group's newest member": the bloc's own
                pos = head.end()
            index += 1
            # "Shanghai Cooperation Organisation (SCO)": one bloc, one placeholder.
            if index < len(mentions) and mentions[index].code == mention.code:
                nxt = mentions[index]
                gap = text[pos:nxt.start - span.start]
                close = _ECHO_CLOSE.match(text, nxt.end - span.start)
                if _BLOC_ECHO.fullmatch(gap) and close:
                    pos = close.end()
                    index += 1
            continue
        kind = _kind(mention, text, begin, end)
        if kind == "L" and _POSSESSIVE.match(text, end):  # "Finland's accession": a placeholder of its own
            emit_gap(text[pos:begin])
            emit(f"¶P{len(lists)}¶")
            lists.append([mention])
            pos = end
            index += 1
            continue
        if kind is None or _POSSESSIVE.match(text, end):
            index += 1
            continue
        run = [mention]
        stop = end
        joined = False
        places = [(index, end)]  # where each item of the run is in mentions, and where it ends
        semicolons = []  # the items that follow a semicolon
        index += 1
        while index < len(mentions):
            nxt = mentions[index]
            nxt_kind = _kind(nxt, text, nxt.start - span.start, nxt.end - span.start)
            gap = text[stop:nxt.start - span.start]
            close = _ECHO_CLOSE.match(text, nxt.end - span.start)
            if (close and _STATE_ECHO.fullmatch(gap)  # "the Republic of Korea (ROK)"; "Hong Kong (China)": a qualifier
                    and (nxt.code == run[-1].code or not is_bloc(nxt.code))):  # not "A, B and C (Quad)"
                stop = close.end()
                places[-1] = (places[-1][0], stop)
                index += 1
                continue
            if nxt_kind != kind or not (_LIST_GAP.fullmatch(gap) or kind == "L" and _UNKNOWN_ITEM.fullmatch(gap)) \
                    or _POSSESSIVE.match(text, nxt.end - span.start):
                break
            if _AND.search(gap) and (joined or len(run) == 1 and "," in gap):  # "Brazil and India, and Egypt objected",
                break                                                             # "Chile, and France objected": a new clause
            joined = bool(_AND.search(gap)) or (joined and not _FRESH_LIST.search(gap))  # "..., as well as A and B" starts anew
            if ";" in gap:
                semicolons.append(len(run))
            run.append(nxt)
            stop = nxt.end - span.start
            places.append((index, stop))
            index += 1
        if len(semicolons) == 1:  # "a deal with Japan; Germany, a member, ...": one semicolon parts clauses, a list has more
            cut = semicolons[0]
            run, index, stop = run[:cut], places[cut][0], places[cut - 1][1]
        emit_gap(text[pos:begin], kind == "L" and len(run) > 1)
        emit(f"§{kind}{len(lists)}§")
        lists.append(run)
        pos = stop
    emit_gap(text[pos:])
    return Skeleton("".join(parts), lists, blocs, bloc_at)


def _kind(mention: Mention, text: str, begin: int, end: int) -> str | None:
    """L for a state that can be listed as a member, D for a demonym, None otherwise.

    A capital counts only as the subject opening the sentence ("Tehran has proposed ..."),
    not as a venue or a dateline ("TASHKENT (Reuters) --").
    """
    if _LED.match(text, end):  # "the Russia-led alliance" names the bloc, not a member list
        return None
    if mention.how in _LISTABLE:
        return "L"
    if mention.how == "demonym":
        return "D"
    if mention.how == "capital" and begin <= 2 and _SUBJECT_AFTER.match(text, end):
        return "L"
    return None
