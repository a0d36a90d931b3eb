"""How far the text supports one extracted agreement: a confidence from 0 to 1.

Computed from the agreement's own fields only: which rules fired (`Agreement.cues`, filled
by the reader, and the cues read back from its evidence sentences here) and how much
evidence there is. The formula, documented in README.md ("Confidence"):

    0.35 base
  + 0.15 when a sentence names the kind (not defaulted)
  + 0.15 when a sentence states the status by a cue (not defaulted)
  + 0.15 when the parties stand in a construction ("between X and Y", "X with Y", "both sides")
  + 0.10 for each further evidence sentence, up to two
  + 0.05 when the act's own sentence gives its date
  − 0.20 when a single actor is the only party (a lone bloc or state)
  − 0.25 when the sentence hedges ("may consider", "rumoured")
clipped to [0.05, 0.95]. Reports of one agreement combine as 1 − Π(1 − c) (graph/identity.py).
"""

from __future__ import annotations

from techpact.extract import cues
from techpact.extract.facts import Agreement

KIND_EXPLICIT = "kind-explicit"
STATUS_EXPLICIT = "status-explicit"
PARTIES_GRAMMATICAL = "parties-grammatical"
DATE_IN_SENTENCE = "date-in-sentence"
HEDGED = "hedged"

_WEIGHTS = {KIND_EXPLICIT: 0.15, STATUS_EXPLICIT: 0.15, PARTIES_GRAMMATICAL: 0.15, DATE_IN_SENTENCE: 0.05, HEDGED: -0.25}
_BASE = 0.35
_PER_FURTHER_SENTENCE = 0.10
_FURTHER_SENTENCES_COUNTED = 2
_LONE_PARTY = -0.20
_FLOOR, _CEILING = 0.05, 0.95


def evidence_cues(agreement: Agreement) -> set[str]:
    """The cues the agreement's evidence sentences show, read back from their text."""
    found: set[str] = set()
    for span in agreement.evidence:
        if cues.find_kind(span.text)[0] == agreement.kind:
            found.add(KIND_EXPLICIT)
        if cues.find_status(span.text) == agreement.status:
            found.add(STATUS_EXPLICIT)
        if len(agreement.parties) >= 2 and (cues.BETWEEN.search(span.text) or cues.WITH.search(span.text)
                                            or cues.BOTH_PARTIES.search(span.text)):
            found.add(PARTIES_GRAMMATICAL)
        if cues.HEDGED.search(span.text):
            found.add(HEDGED)
    return found


def agreement_confidence(agreement: Agreement, *, cues_read: bool = False) -> float:
    """The confidence of one report of an agreement (module docstring), rounded to three places.

    cues_read: agreement.cues already holds its evidence_cues (they are not read again).
    """
    fired = agreement.cues if cues_read else agreement.cues | evidence_cues(agreement)
    value = _BASE + sum(weight for cue, weight in _WEIGHTS.items() if cue in fired)
    value += _PER_FURTHER_SENTENCE * min(max(len(agreement.evidence) - 1, 0), _FURTHER_SENTENCES_COUNTED)
    if len(set(agreement.parties)) < 2:
        value += _LONE_PARTY
    return round(min(max(value, _FLOOR), _CEILING), 3)
