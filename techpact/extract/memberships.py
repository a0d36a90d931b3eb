"""Memberships a passage states: which states it says belong to which bloc.

A sentence is first reduced to a skeleton in which each run of state names ("Brazil,
Russia, India and China") becomes one list placeholder and each bloc (by name, acronym,
or "the bloc"/"the group" pointing back to the passage's bloc) a bloc placeholder. The
membership constructions of English reporting are then patterns over that skeleton:
"SCO members L", "members of the G7 -- L", "L (Quad)", "the bloc, which includes L",
"L joined BRICS", "L, a member of the EU", "L and other ASEAN countries", ...

Every pattern is a general construction, never a sentence of one article. Applications,
invitations, observers, partners and former members are not memberships.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from techpact.extract.bloc_referents import any_region, bloc_referent, passage_bloc, passage_bloc_cached, referred_bloc
from techpact.extract.facts import Membership, Mention, Span
from techpact.extract.gates import folded
from techpact.extract.gazetteer import gazetteer
from techpact.extract.membership_ahead import (counted_members_ahead, may_count, may_share_status, named_after_members,
                                              next_sentence, previous_sentence, same_status_members, sized_bloc_members)
from techpact.extract.membership_matches import (NOT_MEMBER, Skeleton, aside_runs, coordinated_blocs, following_blocs,
                                                 foreign_owner, more_runs, negated, resolve, subject_list)
from techpact.extract.membership_antecedents import ANTECEDENT_RULE, COUNTS
from techpact.extract.membership_rules import LEADER_LISTS, LEADER_TITLE, MANY, POSSESSIVES, RULES, SUBJECT_TOO
from techpact.ontology import reference
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
__all__ = ["MemberList", "antecedent_memberships", "find_memberships", "member_lists", "passage_bloc", "sentence_skeleton"]

# How a state must be named to be listed as a member ("Beijing" is more often a venue).
_LISTABLE = ("name", "official")

# Between two items of one list: "A, B and C", "A, the B, and C", "A & B", "A-B-C" (a compound).
_LIST_GAP = re.compile(r"(?:\s*\([^()§]{0,30}\))?\s*(?:[,;]\s*)?(?:(?:and|&|as well as|plus)\s+)?(?:the\s+)?|[-–/]", _I)
# A state named with a possessive is a modifier ("China's initiative"), never a listed member.
_POSSESSIVE = re.compile(r"[’']s?\b")
# A name the gazetteer does not know between two listed states ("Algeria, Congo, Gabon"): skipped, the list goes on.
_UNKNOWN_ITEM = re.compile(r",\s*(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s*,\s*(?:and\s+)?(?:the\s+)?")
# A bloc named twice in a row: "Shanghai Cooperation Organisation (SCO)", "SCO (hereinafter ... "SCO")".
_AND = re.compile(r"\band\b|&", _I)
_FRESH_LIST = re.compile(r"\b(?:as well as|plus)\b", _I)
_STATE_ECHO = re.compile(r"\s*\(\s*")
_BLOC_ECHO = re.compile(r"\s*\([^()]{0,45}$")
_ECHO_CLOSE = re.compile(r"[^()\w]{0,3}\)")

# A sentence that names no bloc needs one of these words to state a membership.
_CUE = re.compile(r"member|bloc|group|alliance|organi[sz]ation|cartel|union|council|commonwealth|association|dialogue|expand|enlarg|unite"
                  r"|compris|consist"
                  r"|grew|grown|widen", _I)
_LED = re.compile(r"(?:-|-?\s+and\s+\w+-)(?:led|based|backed|dominated|sponsored)\b", _I)
_GATE_WORDS = frozenset(word for rule in RULES for word in rule.words)
# Words a sentence needs before "both countries are members of ..." is looked for, and how far back its states may be.
_ANTECEDENT_CUE = re.compile(r"\b(?:both|two|three|four|five|six|seven|eight|nine|ten)\b.*\b(?:member|make up|made up|form|formed"
                             r"|comprise|founded|belong|part of)", _I | re.S)
_BACK = 700  # about two paragraphs of wire copy
# Cheap looks before a sentence's skeleton is made for the bloc's size or its naming ("The partnership, known as AUKUS").
_SIZED_CUE = re.compile(r"\b(?:bilateral|trilateral|quadrilateral|(?:two|three|four|five|six)-(?:way|nation|country|member|party|state))\b",
                        _I)
_NAMED_CUE = re.compile(r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:partnership|pact|alliance|grouping|group|bloc)\s*,?\s*(?:which is\s+)?"
                        r"(?:known as|called|dubbed|named)\b", _I)
_SUBJECT_AFTER = re.compile(r"\s+(?:has|have|had|is|was|also|said|says|will|would|joined|joins|became|becomes)\b")

@lru_cache(maxsize=1)
def _bloc_variants() -> tuple[re.Pattern, dict[str, str]]:
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



@dataclass(frozen=True)
class MemberList:
    """States a sentence lists as members of a bloc, and where the list is."""

    bloc: str
    states: tuple[str, ...]
    start: int
    end: int
    participants: bool


def _sentence_mentions(span: Span, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions plus what the gazetteer leaves out: blocs printed in title case
    ("Brics") and the later states of a hyphenated compound ("the Australia-UK-US partnership")."""
    pattern, forms = _bloc_variants()
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


def sentence_skeleton(span: Span, mentions: list[Mention], default_bloc: str | None = None) -> Skeleton:
    """The sentence with its lists of states (§L0§), states named with a possessive (¶P0¶), demonyms (§D0§) and
    blocs, or words pointing back to default_bloc (§B0§), replaced by placeholders: what the rules read."""
    return _skeleton(span, _sentence_mentions(span, mentions), default_bloc)


def _skeleton(span: Span, mentions: list[Mention], default_bloc: str | None) -> Skeleton:
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

    def emit_gap(gap: str) -> None:
        gap = gap.replace(" - ", " – ")  # a spaced hyphen is a dash: "The remaining members - Russia, ..."
        if default_bloc is None and not any_region().search(gap):  # "the Shanghai bloc" still names one
            emit(gap)
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
            emit_gap(text[pos:begin])
            bloc_at.append(length)
            emit(f"§B{len(blocs)}§")
            blocs.append(mention.code)
            pos = end + text.startswith("+", end)  # "Brics+" is one name
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
        index += 1
        while index < len(mentions):
            nxt = mentions[index]
            nxt_kind = _kind(nxt, text, nxt.start - span.start, nxt.end - span.start)
            gap = text[stop:nxt.start - span.start]
            close = _ECHO_CLOSE.match(text, nxt.end - span.start)
            if nxt.code == run[-1].code and close and _STATE_ECHO.fullmatch(gap):  # "the Republic of Korea (ROK)"
                stop = close.end()
                index += 1
                continue
            if nxt_kind != kind or not (_LIST_GAP.fullmatch(gap) or kind == "L" and _UNKNOWN_ITEM.fullmatch(gap)) \
                    or _POSSESSIVE.match(text, nxt.end - span.start):
                break
            if _AND.search(gap) and (joined or len(run) == 1 and "," in gap):  # "Brazil and India, and Egypt objected",
                break                                                             # "Chile, and France objected": a new clause
            joined = bool(_AND.search(gap)) or (joined and not _FRESH_LIST.search(gap))  # "..., as well as A and B" starts anew
            run.append(nxt)
            stop = nxt.end - span.start
            index += 1
        emit_gap(text[pos:begin])
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


def member_lists(span: Span, mentions: list[Mention], default_bloc: str | None = None) -> list[MemberList]:
    """Blocs and the states the sentence lists as their members.

    span is one sentence and mentions the gazetteer's mentions in it; default_bloc is the
    bloc "the bloc"/"the group"/"members" refer to (see passage_bloc). A MemberList with
    participants=True lists the states as those taking part in what the sentence says the
    bloc did ("All G7 members -- the US, Japan, ... -- agreed"): callers can make them parties.
    """
    if not _may_list(mentions):
        return []
    if not any(is_bloc(m.code) for m in mentions) and not _CUE.search(span.text) \
            and not _bloc_variants()[0].search(span.text):
        return []
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    has_bloc = bool(skeleton.blocs)
    low = folded(skeleton.text)
    present = {word for word in _GATE_WORDS if word in low}
    found: list[MemberList] = []
    for rule in RULES:
        if rule.needs_bloc and not has_bloc or rule.words and present.isdisjoint(rule.words):
            continue
        for match in rule.pattern.finditer(skeleton.text):
            if negated(skeleton, match, rule):
                continue
            bloc = resolve(skeleton, match, default_bloc)
            if bloc is None:
                continue
            if rule.name in SUBJECT_TOO:
                runs = [i for i in (subject_list(skeleton, match.start()), match.group("l")) if i is not None]
            else:
                runs = [match.group("l")]
                runs += more_runs(skeleton.text, match.end(), rule) + aside_runs(match)
                if rule.name in POSSESSIVES:  # "..., Oman's presentation ... and Saudi Arabia's presentation"
                    runs += re.findall(r"¶P(\d+)¶", skeleton.text[match.end():])
                if rule.name in LEADER_LISTS:  # "... and Russian President Putin" up to the aside's end
                    rest = re.split(r"\s(?:—|–|--)|[;()]|,\s+(?!and\b)(?=[a-z])", skeleton.text[match.end():], maxsplit=1)[0]
                    runs += re.findall(r"§D(\d+)§(?=\s+" + LEADER_TITLE + r")", rest)
            if rule.name in MANY and len(skeleton.lists[int(runs[0])]) < 2:
                continue
            if rule.needs_bloc is False and foreign_owner(skeleton.text, match.start()):
                continue
            blocs = [bloc, *coordinated_blocs(skeleton, match)]
            for run_index in runs:
                run = skeleton.lists[int(run_index)]
                states = tuple(dict.fromkeys(m.code for m in run if not is_bloc(m.code)))
                if states:
                    found += [MemberList(each, states, run[0].start, run[-1].end, rule.participants) for each in blocs]
    return _merged(found)


def _merged(found: list[MemberList]) -> list[MemberList]:
    """One MemberList per bloc and list, a participant list if any rule read it as one."""
    by_place: dict[tuple[str, int], MemberList] = {}
    for listed in found:
        key = (listed.bloc, listed.start)
        if key not in by_place or (listed.participants and not by_place[key].participants):
            by_place[key] = listed
    return sorted(by_place.values(), key=lambda listed: listed.start)


def _may_list(mentions: list[Mention]) -> bool:
    """Whether the sentence names a state that could be listed as a member (most sentences do not)."""
    return any(m.how in _LISTABLE or m.how in ("demonym", "capital") for m in mentions)


def antecedent_memberships(span: Span, mentions: list[Mention], before: list[Mention],
                           default_bloc: str | None = None) -> list[tuple[str, str]]:
    """(state, bloc) that "both countries are members of the SCO" states of the states named just before.

    The states are the sentence's own list before the words if it has as many as the count word says ("Iran
    and Iraq signed; both are OPEC members"), else the states mentioned in the text just before the sentence
    (before), if there are exactly that many of them.
    """
    if not _ANTECEDENT_CUE.search(span.text):
        return []
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    found = []
    for match in ANTECEDENT_RULE.finditer(skeleton.text):
        if NOT_MEMBER.search(match.group()):
            continue
        groups = match.groupdict()
        counted = groups["n"] or groups["n2"]
        count = COUNTS[(groups["two"] or "both").lower() if counted is None else counted.lower()]
        index = next((groups[name] for name in ("b", "b2", "b3", "b4", "b5", "b6") if groups[name] is not None), None)
        if index is None and default_bloc is None:
            continue
        runs = re.findall(r"§L(\d+)§", skeleton.text[:match.start()])
        states = list(dict.fromkeys(m.code for m in skeleton.lists[int(runs[-1])])) if runs else []
        if len(states) != count:  # the states named just before, by name first ("Kenya and Rwanda signed ... in Addis Ababa")
            named = list(dict.fromkeys(m.code for m in before if not is_bloc(m.code) and m.how in _LISTABLE))
            states = named if len(named) == count else \
                list(dict.fromkeys(m.code for m in before if not is_bloc(m.code) and m.how not in ("leader", "dateline")))
        if len(states) == count:
            blocs = [default_bloc] if index is None else [skeleton.blocs[int(index)], *following_blocs(skeleton, match.end())]
            found += [(state, bloc) for state in states for bloc in blocs]
    return found


def find_memberships(span: Span, mentions: list[Mention], document_mentions: list[Mention],
                     text: str | None = None) -> list[Membership]:
    """Memberships one sentence states, read in the context of the whole passage's mentions (and text)."""
    antecedent = ("ember" in span.text or any(is_bloc(m.code) for m in mentions)) and _ANTECEDENT_CUE.search(span.text)
    listing = _may_list(mentions)
    counting = text is not None and may_count(span.text) and any(is_bloc(m.code) for m in mentions)
    if not (antecedent or listing or counting or _NAMED_CUE.match(span.text)):
        return []
    default_bloc = passage_bloc_cached(document_mentions, text, span.end)
    memberships = []
    if antecedent:
        before = [m for m in document_mentions if span.start - _BACK <= m.start < span.start]
        memberships += [Membership(state, bloc, span) for state, bloc in
                        antecedent_memberships(span, mentions, before, default_bloc)]
    if listing:
        for listed in member_lists(span, mentions, default_bloc):
            memberships += [Membership(state, listed.bloc, span) for state in listed.states]
    if listing and _SIZED_CUE.search(span.text) and any(is_bloc(m.code) for m in mentions):
        memberships += [Membership(state, bloc, span) for state, bloc in
                        sized_bloc_members(sentence_skeleton(span, mentions, default_bloc))]
    if text is not None and _NAMED_CUE.match(span.text) and any(is_bloc(m.code) for m in mentions):
        memberships += _named_after(span, mentions, document_mentions, text, default_bloc)
    if listing and text is not None and may_share_status(span.text):
        memberships += [Membership(state, bloc, span) for state, bloc in same_status_members(
            sentence_skeleton(span, mentions, default_bloc), previous_sentence(text, span.start))]
    if counting:
        following = next_sentence(span, text)
        ahead = [m for m in document_mentions if following.start <= m.start < following.end]
        memberships += [Membership(state, bloc, span) for state, bloc in counted_members_ahead(
            sentence_skeleton(span, mentions, default_bloc), sentence_skeleton(following, ahead, default_bloc))]
    return memberships


def _named_after(span: Span, mentions: list[Mention], document_mentions: list[Mention], text: str,
                 default_bloc: str | None) -> list[Membership]:
    """Memberships of "The partnership, known as AUKUS" read off the partnership the sentence before names."""
    before = previous_sentence(text, span.start)
    previous = Span(span.start - len(before), span.start, before)
    earlier = [m for m in document_mentions if previous.start <= m.start < previous.end]
    return [Membership(state, bloc, span) for state, bloc in named_after_members(
        sentence_skeleton(span, mentions, default_bloc), sentence_skeleton(previous, earlier, default_bloc))]
