"""The relative clause set off by commas right after the parties opening a clause: "Chile and Peru, which have had a
partnership since 2016, ...", ", having signed ...,"; and an opening telling what they did before ("After signing a
pact in 2006, ..."). What it says is about the parties (their history, an act they have), not the clause's own verb
(status_aside, aside_acts, status_shapes)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted, folded

# A relative clause set off by commas after the parties: ", which have had a partnership since 2016,".
RELATIVE_ASIDE = Hinted(re.compile(r",\s*(?:which|who)\s+[^,;()]*,", re.IGNORECASE), "which", "who")
# The parties it is about, opening the clause: "Chile and Peru", "The two countries" (not "the opposition party in
# Togo, which opposed the memorandum,": an aside about someone else).
PARTIES_BEFORE = re.compile(r"^\W*(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w.'’-]*)*"
                             r"|(?:the|both)\s+(?:two\s+)?(?:countries|sides|nations|states|governments))$", re.IGNORECASE)


# The same, "whose" too, or a participle telling what they did before: ", having signed a pact in 2006,".
_ASIDE = re.compile(r",\s*(?:which|who|whose|having)\s+[^,;()]*,", re.IGNORECASE)
_ASIDE_WORDS = ("which", "who", "having")  # one of them stands in every such aside
# An opening that tells what the subject of the clause did before: "After signing a pact in 2006, ...", "Having
# concluded a treaty in 2019, ..." (not "After talks, ...": a verb of the subject's own).
_HISTORY_OPENING = re.compile(r"^\W*(?:after|having)\s+(?:\w+ing|signed|concluded|inked|sealed|adopted|launched|agreed"
                              r"|established|set\s+up)\b[^,;()]*,", re.IGNORECASE)

# The older act the clause's act rests on, or whose place it takes, told with a clause of its own: "..., building on the
# trade agreement that took effect in 2022", "..., reviving (which replaces) an arrangement that expired in 2015" (without one,
# prior_acts.PRIOR_BUILT_ON reads it).
_RESTS_ON = re.compile(r",\s*(?:(?:building|built|drawing|based)\s+(?:on|upon)|reviving|replacing|succeeding|superseding|restoring"
                       r"|(?:which|that)\s+(?:replaces|revives|succeeds|supersedes|restores))\s+"
                       r"(?:the|their|its|an?)\s+(?:[\w-]+\s+){0,5}?"
                       r"(?:agreement|treaty|accord|pact|partnership|memorandum|MoU|deal|protocol|arrangement)s?\s+(?:that|which)\s+"
                       r"[^,;]*?(?=[,;]|\.?\s*$)", re.IGNORECASE)
_RESTS_ON_WORDS = ("building", "built", "drawing", "based", "reviv", "replac", "succeed", "supersed", "restor")


def parties_aside(text: str) -> re.Match | None:
    """The first relative clause or participle set off by commas right after the parties opening the clause, if any."""
    if "," not in text or not any(word in folded(text) for word in _ASIDE_WORDS):
        return None  # (most clauses: no search)
    aside = _ASIDE.search(text)
    return aside if aside and PARTIES_BEFORE.match(text[:aside.start()]) else None


def history_opening(text: str) -> re.Match | None:
    """An opening of the clause that tells what its subject did before ("After signing a pact in 2006,"), if any."""
    return _HISTORY_OPENING.match(text)


def in_parties_aside(text: str, at: int) -> bool:
    """Whether offset at stands inside the aside about the parties opening text."""
    aside = parties_aside(text)
    return aside is not None and aside.start() <= at < aside.end()


def rested_on(text: str) -> re.Match | None:
    """A closing phrase that tells the older act the clause's act rests on, with a clause of its own, if any."""
    if "," not in text or not any(word in folded(text) for word in _RESTS_ON_WORDS):
        return None
    return _RESTS_ON.search(text)
