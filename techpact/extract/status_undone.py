"""Steps that undo another step: an act whose ending was called off stands, and an offer that "remains in force"
still stands as an offer (extraction rules, ours).

- An ending undone: "suspended his decision to scrap the agreement", "reversed its decision to withdraw from the
  pact", "is no longer abandoning the pact", "the termination of the accord was put on hold". The words of ending
  (scrap, withdraw, suspend) are there, but what they end is the ending: the act stays in force.
- An offer that stands: "Russia's proposal ... remains in force", "the offer still stands". A proposal does not run
  as an agreement does; what stands is the offer, still proposed.
"""

from __future__ import annotations

import re

_ENDING = (r"(?:scrap|terminat|withdraw|pull(?:ing|ed|s)?\s+out|quit|abandon|cancel|exit|leav|abrogat|denounc|end|suspend"
           r"|renounc|revok)\w*")
_UNDO = (r"(?:suspend|revers|revok|rescind|overturn|halt|freez|froze|shelv|put\w*\s+on\s+hold|call\w*\s+off|walk\w*\s+back"
         r"|back\w*\s+down\s+on|drop|abandon|delay|postpon|defer)\w*")
_ENDING_UNDONE = re.compile(
    rf"\b{_UNDO}\s+(?:(?:his|her|its|their|the|a|an|this|that)\s+)?(?:[\w-]+\s+){{0,2}}?(?:decision|plan|move|order|notice|threat"
    rf"|bid|intention|announcement)s?\s+to\s+{_ENDING}\b"
    rf"|\b{_UNDO}\s+(?:(?:the|its|their|a)\s+)?(?:[\w-]+\s+){{0,2}}?(?:termination|withdrawal|abrogation|cancellation|scrapping"
    rf"|denunciation)\b"
    rf"|\b(?:termination|withdrawal|abrogation|cancellation|scrapping|denunciation)\s+(?:of\s+(?:[\w'’-]+\s+){{1,10}}?)?"
    rf"(?:was|has\s+been|had\s+been|is|were)\s+(?:put\s+on\s+hold|suspended|halted|frozen|shelved|called\s+off|reversed"
    rf"|overturned|rescinded|revoked)\b"
    rf"|\bno\s+longer\s+(?:abandoning|scrapping|terminating|withdrawing|quitting|leaving|exiting|cancelling|canceling)\b",
    re.IGNORECASE)
# An offer told standing: "the proposal remains in force", "the offer still stands", "remains on the table".
_OFFER_STANDS = re.compile(r"\b(?:proposals?|offers?|initiatives?|suggestions?)\b[^.;]{0,120}?\b(?:remains?|remained|stands?"
                           r"|stood|is\s+still)\s+(?:in\s+(?:force|effect)|valid|on\s+the\s+table)\b|\b(?:offers?|proposals?)\s+(?:still\s+)?stands\b",
                           re.IGNORECASE)


def ending_undone(texts: list[str]) -> bool:
    """Whether a text tells the act's ending called off ("suspended his decision to scrap the agreement")."""
    return any(_ENDING_UNDONE.search(text) for text in texts)  # (read for ended acts only: few)


def offer_stands(texts: list[str]) -> bool:
    """Whether a text tells an offer still standing ("the proposal remains in force")."""
    return any(_OFFER_STANDS.search(text) for text in texts)
