"""A plan the parties "also" agree on, told after an act they made: one more act, not the one in focus retold.

News tells the outcome of a meeting as a list: an instrument signed, then "The two countries also pledged to
collaborate on chips", "They also agreed to jointly analyse supply risks", "Both sides also committed to expand
information sharing". The second clause names no instrument; its verb of agreeing, with "also" before it and a
verb of doing after it, makes it a plan of its own (planned), beside the instrument (signed).

Not one more act: the agreeing retold ("They also agreed on the memorandum", "also agreed to the framework": the
verb has an object, not a plan), nor a plan of signing ("also agreed to sign a memorandum": the instrument named,
told by cues.SEPARATE).
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.vocabulary import STATUS_RANK

_I = re.IGNORECASE

# "also" before a verb of agreeing or pledging, then "to" and a verb (not a determiner: "agreed to the plan"), with at
# most a time word between ("also pledged Thursday to collaborate", "also agreed on Monday to set up").
_ALSO_PLEDGED = Hinted(re.compile(
    r"\balso\s+(?:(?:have|has|had)\s+)?(?:agreed|pledged|vowed|committed(?:\s+themselves)?|decided|resolved|promised"
    r"|undertook|undertaken)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today)\s+)?"
    r"to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|such|sign|ink|conclude)\b)(?P<verb>[a-z]+)", _I),
    "also")


# A verb of growing what exists between the sides: "boost defence ties", "raise bilateral trade", "expand cooperation".
_GROW = re.compile(r"(?:further\s+|jointly\s+)?(?:boost|enhance|expand|deepen|strengthen|raise|increase|double|triple"
                   r"|step\s+up|intensify|broaden|diversify|elevate|upgrade)\b", _I)
# The pair told again without their names: "They", "The two (countries)", "Both sides", "The leaders".
_PAIR = (r"^\W*(?:they|the\s+two(?:\s+\w+)?|both(?:\s+sides|\s+countries|\s+leaders|\s+nations)?"
         r"|the\s+(?:leaders|ministers|presidents|sides|countries|nations|governments|parties))")
_PAIR_AGAIN = re.compile(_PAIR + r"\s+also\b", _I)  # "They also ..."


def pledged_anew(clause: Clause, focus: Agreement | None = None) -> bool:
    """Whether a clause that names two or more parties again tells them "also" agreeing or pledging to do something:
    one more (planned) act; or tells the pair, not named again ("They", "The two sides", "Both sides", "The leaders"),
    "also" agreeing to grow what is between them ("also agreed to boost defence ties", "to raise bilateral trade"). A
    plan of another kind told of the pair not named again ("They also agreed to better support the centre", after a
    memorandum) goes on with the memorandum's terms: the clause is read as the act in focus."""
    pledged = _ALSO_PLEDGED.search(clause.text)
    if pledged is None:
        return pledged_plainly(clause, focus) or plans_set_out(clause, focus)
    return len({m.code for m in clause.actors}) >= 2 or pledged_growth(clause, focus)


def pledged_growth(clause: Clause, focus: Agreement | None) -> bool:
    """Whether a clause tells the pair (named again or not) "also" pledging to grow what is between them: an act of
    cooperation even with no word of cooperation in it ("The two also agreed to enhance railway connectivity"), after
    an act they concluded (a plan told after a plan retells it)."""
    pledged = _ALSO_PLEDGED.search(clause.text)
    if pledged is None:
        return pledged_plainly(clause, focus) or plans_set_out(clause, focus)
    return bool(_concluded(focus) and _GROW.match(clause.text, pledged.start("verb"))
                and (len({m.code for m in clause.actors}) >= 2 or _PAIR_AGAIN.match(clause.text)))


# A verb of agreeing or pledging with no "also", then (after "with" and a partner, or a time word) "to" and a verb of
# growing: "The two sides pledged to expand cooperation in space", "A agreed with B to boost defence ties".
_PLEDGED_PLAIN = Hinted(re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:agreed|pledged|vowed|committed(?:\s+themselves)?|decided|resolved|promised|undertook)"
    r"(?:\s+with\s+(?P<partner>[^,;:]{2,80}?))?\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today)\s+)?to\s+(?=(?:further\s+|jointly\s+)?(?:boost|enhance|expand|deepen|strengthen|raise|increase|double|triple"
    r"|step\s+up|intensify|broaden|diversify|elevate|upgrade)\b)", _I),
    "agreed", "pledged", "vowed", "committed", "decided", "resolved", "promised", "undertook")
# The subject of such a clause, when the pair is not named again: "They", "The two sides", "Both countries".
_PAIR_PLAIN = re.compile(_PAIR + r"\s+$", _I)
# A subject that is not the pair acting: reported speech, a relative clause, an aside ("officials said", "which").
_NOT_SUBJECT = re.compile(r"[,;:\"“”]|\b(?:said|says|that|which|who|whom|whose|if|when|while|after|before|would|should|"
                          r"could|may|might)\b", _I)

# A word of what is to grow, beyond cooperation in general ("defence ties", "bilateral trade", "space research"; not
# "their cooperation in various fields").
_OBJECT_WORD = re.compile(
    r"\b(?!(?:cooperation|collaboration|ties|relations|relationship|bilateral|their|its|the|and|in|of|on|with|various|many"
    r"|several|other|all|different|strategic|fields?|areas?|sectors?|spheres?|domains?|partnership|mutual|mutually"
    r"|beneficial|interests?|further|between|two|countries|sides|nations|both|friendly|comprehensive|overall|existing"
    r"|level|levels|close|closer)\b)[a-z]{3,}", _I)


def grows_in_general(text: str, at: int) -> bool:
    """Whether the words after a verb of growing (ending at at) name nothing beyond cooperation in general ("boost
    their cooperation in various fields", "deepen bilateral relations"): the gist of what was told, no plan of its own."""
    return not _OBJECT_WORD.findall(text, at, at + 60)


def pledged_plainly(clause: Clause, focus: Agreement | None) -> bool:
    """Whether a clause, after an act the pair concluded, opens on the pair (named again, "A ... with B", or not named:
    "They", "The two sides", "Both countries") agreeing or pledging, with no "also", to grow what is between them:
    "Both sides pledged to expand cooperation in space", "A agreed with B to boost defence ties" (one more planned
    act). A clause that names the instrument ("under the memorandum") is read as the instrument's terms elsewhere."""
    if not _concluded(focus):
        return False
    pledged = _PLEDGED_PLAIN.search(clause.text)
    if pledged is None or _NOT_SUBJECT.search(clause.text, 0, pledged.start()):
        return False
    grown = _GROW.match(clause.text, pledged.end())
    if grows_in_general(clause.text, grown.end()) or re.search(
            r"\bto\s+(?:further\s+)?" + re.escape(grown.group().split()[-1]), " ".join(s.text for s in focus.evidence), _I):
        return False  # "agreed to boost their cooperation in various fields", or the growth the act was told to bring
    subject = clause.text[:pledged.start()]
    if _PAIR_PLAIN.match(subject):
        return True
    base = clause_base(clause)
    before = {m.code for m in clause.actors if m.start - base < pledged.start()}
    partner = {m.code for m in clause.actors if pledged.start("partner") <= m.start - base < pledged.end("partner")} if (
        pledged.group("partner")) else set()
    return len(before) >= 2 or (len(before) == 1 and bool(partner - before))


# Plans the sides set out, unveil or announce, to make or grow something: "set out plans to develop an Arctic route",
# "unveiled plans to build a data cable", "(..., ) setting out plans for a joint satellite".
_PLANS_SET_OUT = Hinted(re.compile(
    r"\b(?P<verb>set(?:s|ting)?\s+out|unveil(?:ed|s|ing)?|announc(?:ed|es|ing)|outlin(?:ed|es|ing)|la(?:id|ys|ying)\s+out"
    r"|dr(?:ew|aws|awing)\s+up)\s+(?:joint\s+|new\s+)?plans?\s+(?:to\s+(?:jointly\s+)?(?:develop|build|construct|create"
    r"|set\s+up|establish|launch|open|lay|expand|boost|enhance|deepen|strengthen)\b|for\s+(?:an?|new|joint)\b)", _I),
    "plan")

# A clause opening on the pair not named again: "They", "The two sides", "Both countries", "The leaders".
_PAIR_OPENS = re.compile(_PAIR + r"\b", _I)


def plans_set_out(clause: Clause, focus: Agreement | None) -> bool:
    """Whether a clause, after an act the pair concluded, tells the pair (named again, or "They", "The two sides")
    setting out, unveiling or announcing plans to make or grow something of its own ("The EU and Japan set out plans to
    develop an Arctic connectivity route", "..., setting out plans to build a data cable"): one more planned act. Not
    plans of one side, plans reported by others, nor plans in general ("plans to deepen their cooperation")."""
    if not _concluded(focus):
        return False
    plans = _PLANS_SET_OUT.search(clause.text)
    if plans is None or grows_in_general(clause.text, plans.end()):
        return False
    first = re.search(r"\b(?:said|says|that|which|who|would|could|may|might)\b|[;:\"“”]", clause.text)
    if first and first.start() < plans.start():
        return False  # reported, or inside a relative clause
    participle = plans.group("verb").split()[0].lower().endswith("ing")
    if not participle and "," in clause.text[:plans.start()]:
        return False
    if _PAIR_PLAIN.match(clause.text[:plans.start()]) or _PAIR_OPENS.match(clause.text):
        return True  # "They unveiled plans ...", "The leaders also reinforced ..., setting out plans ..."
    base = clause_base(clause)
    return len({m.code for m in clause.actors if m.start - base < plans.start()}) >= 2


def _concluded(focus: Agreement | None) -> bool:
    return bool(focus and focus.status and STATUS_RANK["signed"] <= STATUS_RANK[focus.status] <= STATUS_RANK["in-force"])
