"""Which sectors named in a sentence belong to the acts it tells: the scope of sector attribution.

A sector word ties to an act when the text says the act is about it. Words in the background of
the sentence do not ("amid U.S. export controls on advanced chips", "Peru and Chile, which compete
for lithium investment, signed ..."), nor do words of a clause that tells something else ("...;
separately, the central bank is studying a digital dirham"). Sentences that go on about an act
give it their sectors when they list its areas or speak of its parties ("Priorities range from rare
earths to renewables", "The sides will work on 5G").
"""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.sector_usages import usage_stretches
from techpact.extract.cues import find_kind
from techpact.extract.facts import Mention
from techpact.extract.gates import Hinted

_I = re.IGNORECASE

# A sentence opening on the circumstances of what it tells, up to the first comma: "Amid U.S. curbs on chips, ...",
# "While Washington presses allies to drop Huawei's 5G gear, ...".
# Whose pressure or objection an act answers, a circumstance too: "under US pressure", "bowing to pressure from
# Washington", "over the objections of Brussels", "in defiance of Moscow".
_PRESSED = (r"(?:under|bowing to|yielding to|giving in to|facing|following|after)\s+(?:[\w.’'-]+\s+){0,3}?pressure"
            r"|in defiance of|(?:over|despite|ignoring)\s+(?:the\s+)?(?:[\w.’'-]+\s+)?objections?")
_LEADING_BACKGROUND = re.compile(
    r"^\W*(?:amid|amidst|despite|while|whilst|although|though|even as|even though|in the wake of|in the face of"
    r"|against (?:the|a) backdrop of|at a time when|as tensions|" + _PRESSED + r")\b[^,;]*[,;]", _I)
# The same circumstances told after the main clause: "..., amid tensions over chip exports."; and what an act or a
# visit is set against: "The visit comes months after Hanoi signalled its wish to boost defence ties."
_TRAILING_BACKGROUND = Hinted(re.compile(
    r"\b(?:amid|amidst|despite|in the wake of|in the face of|against (?:the|a) backdrop of|at a time when|even as|" + _PRESSED
    + r")\b[^,;.]*"
    r"|\b(?:comes?|came|coming)\s+(?:just\s+)?(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+)?(?:(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|as(?! part of)|amid|following|on the heels of)\b[^;]*", _I),
    "amid", "despite", "wake of", "face of", "backdrop of", "time when", "even as", "come", "came", "coming", "pressure",
    "defiance", "objection")
# Measures against a sector are not cooperation in it: "export controls on advanced chips", "curbs on chip exports",
# "chip export controls", "a ban on Huawei's 5G gear".
_RESTRICTION = Hinted(re.compile(
    r"(?:\b[\w’'-]+\s+){0,2}?\b(?:export controls?|export curbs|export bans?|export restrictions|curbs|restrictions"
    r"|sanctions|tariffs|bans?|embargo(?:es)?|blacklist(?:ing|ed)?|entity list)\b"
    r"(?:\s+(?:on|against|targeting|over|of|for)\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+)?"
    r"|\b(?:restrict\w*|ban|bans|banned|banning|block\w*|curb|curbed|curbing|limit\w*)\s+(?:the\s+)?(?:exports?|sales?|shipments?|supply|supplies)"
    r"\s+of\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+", _I),
    "export", "curb", "restrict", "sanction", "tariff", "ban", "embargo", "blacklist", "entity list", "block", "limit")
# Measures lifted or cut are cooperation: "agreed to lift restrictions on chip exports", "cut tariffs on EVs".
_RELIEF = re.compile(r"\b(?:lift\w*|cut|cuts|cutting|remov\w+|reduc\w+|eas(?:e|ed|es|ing)|eliminat\w+|scrap\w*|waiv\w+|abolish\w*)\s+"
                     r"(?:the\s+|their\s+|its\s+|all\s+|some\s+|most\s+)?(?:[\w-]+\s+){0,2}?(?:export|curbs|restrictions|sanctions|tariffs|bans?|embargo)", _I)
# Nothing agreed: "no agreement on solar energy was reached".
_NOTHING_AGREED = Hinted(re.compile(
    r"\bno (?:agreement|deal|accord|consensus|breakthrough|decision)s?\b[^,;.]*|\bwithout (?:reaching|agreeing|an agreement)\b[^,;.]*",
    _I), "no ", "without")
# A state described in passing, between commas, before the sentence goes on: "Peru and Chile, which compete for
# lithium investment, signed", "Japan, the world's chip powerhouse, and India agreed".
_ASIDE = re.compile(r"\s*,\s*(?:which|who|whose|a|an|the|one of|home to|itself)\b[^,;()]*,")
_GOES_ON = re.compile(r"\s*(?!(?:said|says|told|according|officials?|sources?|he|she|they|it|which|who|the|a|an)\b)(?:and\s+)?[a-z]")

# A clause that tells something else than the act of its sentence: "...; separately, Morocco's central bank ...".
ANOTHER_MATTER = re.compile(r"^\W*(?:separately|meanwhile|elsewhere|in other news|in a separate \w+)\b", _I)

# A sentence that lists the areas of the act in focus without naming it: "Priorities range from rare earths to
# renewables", "Areas include AI and 5G", "Its remit will cover fintech", "Among them is a memorandum on hydrogen".
AREAS = Hinted(re.compile(
    r"\b(?:areas?|fields?|spheres?|domains?|priorit(?:y|ies)|remit|scope|topics?|pillars?|focus(?:es|ed|ing)?|includ(?:e|es|ed|ing)"
    r"|cover(?:s|ed|ing)?|span(?:s|ned|ning)?|range[sd]? from|ranging from|such as|among (?:them|others|the deals|the agreements))\b", _I),
    "area", "field", "sphere", "domain", "priorit", "remit", "scope", "topic", "pillar", "focus", "includ", "cover", "span",
    "rang", "such as", "among")
# The parties of the act in focus as the subject: "The sides will work on 5G", "The countries will also share ...".
PARTIES_SUBJECT = re.compile(
    r"^\W*(?:the|both|all)\s+(?:two\s+|three\s+)?(?:sides|countries|nations|partners|governments|parties|signatories)\b", _I)
# What a party of the act in focus will do under it: "India will share its experience with UPI", "New Delhi will buy
# hydropower from Nepal" (a clause naming only the parties, saying what is to be done).
WILL_DO = Hinted(re.compile(r"\b(?:will|shall|is to|are to|would)\s+"
                            # talk and visits are not what is done under an act: "will also discuss", "will host"
                            r"(?!(?:also\s+|jointly\s+)?(?:not\b|discuss|consider|explore|study|examine|look\b|talk|address"
                            r"|attend|host|meet|visit|travel))\w+", _I),
                 "will", "shall", "is to", "are to", "would")

# Commentary on a sector rather than the act's plans: "Analysts expect demand for lithium will double".
COMMENTARY = Hinted(re.compile(
    r"\b(?:analysts?|experts?|observers?|critics?|economists?|investors?|markets?|demand|prices?|expect\w*|forecast\w*"
    r"|predict\w*|estimat\w*|projected|likely|warn\w*)\b", _I),
    "analyst", "expert", "observer", "critic", "economist", "investor", "market", "demand", "price", "expect", "forecast",
    "predict", "estimat", "projected", "likely", "warn")


def circumstances(text: str, base: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The stretches of a sentence (offsets in the sentence, which starts at base in the document) that tell the
    circumstances of what it reports: "Amid U.S. curbs on chips, ...", "Despite US pressure, ...", "..., amid
    tensions over 5G". Neither their sector words nor their states are the act's."""
    stretches = []
    named = [(m.start - base, m.code) for m in mentions if m.how != "dateline"]

    def tells_an_act(start: int, end: int) -> bool:
        """Circumstances that tell an act of two actors are no background: "Although India and Japan signed an AI
        pact in 2023, ..." (but "... comes weeks after Kenya announced an AI strategy" is)."""
        actors = {code for at, code in named if start <= at < end}
        return len(actors) >= 2 and find_kind(text[start:end])[0] is not None

    leading, trailing = _background_spans(text)
    if leading and not tells_an_act(*leading):
        stretches.append(leading)
    stretches.extend(span for span in trailing if not tells_an_act(*span))
    return stretches


@lru_cache(maxsize=256)  # a text only: a sentence told again (a lead retold, a boilerplate line) is read once
def _background_spans(text: str) -> tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]]:
    """Where the circumstances a sentence opens on stand, if it does, and those told after its main clause."""
    leading = _LEADING_BACKGROUND.match(text)
    return (leading.span() if leading else None), tuple(match.span() for match in _TRAILING_BACKGROUND.finditer(text))


def background_stretches(text: str, base: int, mentions: list[Mention],
                         context: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The stretches of a sentence (offsets in the document; the sentence starts at base) whose sector words are
    not the act's: circumstances (given, or found), measures against a sector, descriptions of a state in passing,
    nothing agreed."""
    stretches = list(circumstances(text, base, mentions) if context is None else context)
    stretches.extend(match.span() for match in _RESTRICTION.finditer(text)
                     if not _RELIEF.search(text, max(0, match.start() - 25), match.end()))
    stretches.extend(match.span() for match in _NOTHING_AGREED.finditer(text))
    stretches.extend(usage_stretches(text))  # "products ranging from smartphones to missiles": a material's uses
    for mention in mentions:
        if mention.how == "dateline":
            continue
        aside = _ASIDE.match(text, mention.end - base)
        if aside and _GOES_ON.match(text, aside.end()) and find_kind(aside.group())[0] is None:
            stretches.append(aside.span())  # (an aside naming an act tells of the act: "..., a landmark deal on AI, ...")
    return [(base + start, base + end) for start, end in stretches]


def outside(hits: list[tuple[str, int, int]], stretches: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The sector hits that stand in none of the stretches."""
    if not stretches:
        return hits
    return [hit for hit in hits if not any(start <= hit[1] < end for start, end in stretches)]


def goes_on_about(text: str, actors: list[Mention], parties: list[str]) -> bool:
    """Whether a clause that tells no act of its own goes on about the act in focus (of these parties), so that
    its sectors are that act's: naming nobody, it lists the act's areas, has its parties as subject or says what
    will be done (not what analysts expect); or it names only the act's parties and says what one will do."""
    if ANOTHER_MATTER.match(text):
        return False
    named = {mention.code for mention in actors if mention.how != "dateline"}
    if not named:
        return bool(AREAS.search(text) or PARTIES_SUBJECT.match(text)
                    or (WILL_DO.search(text) and not COMMENTARY.search(text)))
    return named <= set(parties) and bool(WILL_DO.search(text))
