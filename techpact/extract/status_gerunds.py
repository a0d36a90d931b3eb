"""A gerund of concluding governed by a word of intent or talk: an act ahead, not one made (extraction rule, ours).

"Signing", "launching" or "setting up" read alone tell a concluding ("..., signing five agreements"). Governed by a
word of intent, undertaking or talk through its preposition, the same gerund tells what the sides mean to do or talk
about: "agreed to focus their efforts on launching joint projects", "a shared commitment to strengthening research,
launching joint projects and ...", "talked about signing a new deal", "work towards establishing a fund". Such a
clause tells a plan (or, with a verb of proposing, an offer), unless another cue of concluding stands beside it. A
gerund after a noun of the occasion ("a ceremony of signing", "pride on signing the MoU") or of an act's content ("an
MoU on setting up a group") is not governed so, and is left to the other rules.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted, register, words_in

_I = re.IGNORECASE

# The gerunds of concluding the status rules read as signed.
_CONCLUDING = (r"(?:signing|inking|concluding|launching|establishing|creating|setting\s+up|forming|founding|adopting"
               r"|finali[sz]ing|sealing|clinching|initial(?:l)?ing|unveiling|inaugurating|rolling\s+out|kicking\s+off)")
# Words of intent, undertaking or talk that govern a gerund through a preposition.
_HEAD = (r"(?:commit(?:ment|ments|ted|s)?|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|focus(?:es|ed|ing|sed)?|work(?:s|ed|ing)?"
         r"|agree(?:d|s)?|discuss(?:es|ed|ing|ions?)?|talk(?:s|ed|ing)?|consider(?:s|ed|ing|ation)?|explor(?:e|es|ed|ing)"
         r"|envisag(?:e|es|ed|ing)|intend(?:s|ed)?|intentions?|aim(?:s|ed|ing)?|ready|readiness|willing(?:ness)?"
         r"|possibilit(?:y|ies)|prospects?|ways?|means|idea|options?|importance|need|interest(?:ed)?|forward|eager|keen"
         r"|hopes?|hoped|hopeful|efforts?|steps|plans?|planned|planning|preparations?|prepared|move|moves|moving|push"
         r"|pushing|call(?:s|ed)?|calling|insist(?:s|ed)?|emphasis)")
# The head and its preposition, words between them that are no instrument ("focus their efforts on"; not "agreed a
# deal on setting up", where the instrument is the thing concluded), then the first gerund it governs.
_GOVERNED = Hinted(re.compile(
    # (with the perfect's auxiliary, which a cue of concluding may start on: "have agreed on establishing")
    r"\b(?:(?:have|has|had)\s+(?:\w+ly\s+|also\s+|now\s+)?)?" + _HEAD
    + r"\s+(?:(?!(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|memorand\w*|MoUs?|protocols?|roadmaps?"
    r"|declarations?|statements?|documents?|contracts?)\b)[\w'’-]+\s+){0,3}?(?:on|about|to|towards|toward|of|for)\s+(?=[\w-]+ing\b)"
    # or a noun of plans or agenda whose item it is: "Among our plans for COP29 is the signing of", "plans include signing"
    r"|\b(?:plans|agenda|priorities|tasks)\b(?:\s+(?:for|at|of)\s+[^.;,]{1,40}?)?\s+(?:is|are|include|includes|will\s+be)\s+"
    r"(?:the\s+)?(?=[\w-]+ing\b)",
    _I), "ing")
# A concluding gerund, and where a list of gerunds goes on ("strengthening X, launching Y and creating Z").
_GERUND = re.compile(r"\b" + _CONCLUDING + r"\b", _I)
# The words every concluding gerund holds: a clause with none governs none (its heads are not looked for).
_GERUND_WORDS = register(("signing", "inking", "concluding", "launching", "establishing", "creating", "setting", "forming",
                          "founding", "adopting", "finali", "sealing", "clinching", "initial", "unveiling", "inaugurating",
                          "rolling", "kicking"))
_LIST_ITEM = re.compile(r"(?:^|,\s+(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$", _I)
_LIST_END = re.compile(r"[.;:()]")
_LIST_REACH = 160


def _ahead_spans(text: str) -> list[tuple[int, int]]:
    """The stretches from a governing head to each concluding gerund it governs, first or listed."""
    spans: list[tuple[int, int]] = []
    if _GERUND_WORDS.isdisjoint(words_in(text)):
        return spans
    for head in _GOVERNED.finditer(text):
        start = head.end()
        stop = _LIST_END.search(text, start)
        end = min(stop.start() if stop else len(text), start + _LIST_REACH)
        for gerund in _GERUND.finditer(text, start, end):
            if gerund.start() == start or _LIST_ITEM.search(text, start, gerund.start()):
                spans.append((head.start(), gerund.end()))
    return spans


def only_ahead_gerunds(text: str, concluding: list[tuple[int, int]]) -> bool:
    """Whether every cue of concluding in text (their spans) lies between a word of intent or talk and a gerund it
    governs ("agreed on launching": the cue "agreed on" and the gerund both)."""
    if not concluding:
        return False
    spans = _ahead_spans(text)
    return bool(spans) and all(any(start <= cue_start < end for start, end in spans) for cue_start, _ in concluding)


# An instrument named as the object of a making still to be done, in the infinitive, under a modal or in a governed
# gerund: "the need to develop an agreement", "agreed that they should finalize a deal", "stressed the importance of
# concluding a deal", "work towards drafting a treaty".
_MADE_AHEAD = Hinted(re.compile(
    r"\b(?:(?:to|should|must|shall|could|can|would|will)\s+(?:(?:\w+ly|both|also|jointly|now|soon|then)\s+)?(?:\w+\s+and\s+)?(?:develop|draft|negotiate|prepare|elaborate|work\s+out|conclude|sign|reach|finali[sz]e|craft"
    r"|forge|design|seal|ink|strike)|(?:of|for|on|towards?|about)\s+(?:developing|drafting|negotiating|preparing|elaborating"
    r"|working\s+out|concluding|signing|reaching|finali[sz]ing|crafting|forging|designing|sealing|inking|striking))\s+"
    r"(?:(?:a|an|the|their|its|new|both|either|such\s+an?)\s+)+(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)"
    r"|memorand(?:um|a)|MoUs?|protocols?|conventions?|frameworks?)\b", _I), "to ", "ing ", "should", "must", "shall", "could", "can", "would", "will")


def made_ahead(text: str) -> bool:
    """Whether the clause names an instrument only as the object of a making still to be done (to develop it, of
    concluding it): with no cue of status of its own, the act is planned, not signed."""
    return bool(_MADE_AHEAD.search(text))
