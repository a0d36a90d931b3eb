"""A joining still asked for or ahead is no joining yet (extraction rule, ours).

"Iran has applied to join Russia's navigation network", "seeks to join", "submitted a bid to join": one side asks, the
other has not said yes: proposed (the guide's one side offering or proposing). "Iran will join", "plans to join", "is
set to join": the joining is still ahead: planned. Only "joined", "has joined", "joins" tell it done; the arrangement is
then read as before.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Asking to join, right before "join" (or "become a member"): "applied to", "seeks to", "wants to", "hopes to", "aspires
# to", "a bid to", "a request to", "an application to", "asked to".
_ASKED = re.compile(r"\b(?:appl(?:y|ies|ied)|aspir(?:e|es|ed|ing)|seek(?:s|ing)?|sought|wants?|wanted|hopes?|hoped|wish(?:es|ed)?|asked|asks"
                    r"|requested|requests|bids?|request|application|applications|eager|keen|interested\s+in)\s+"
                    r"(?:(?:formally|officially)\s+)?(?:to|for|in)\s+(?:be\s+allowed\s+to\s+)?(?:join(?:ing)?\s*)?$", _I)
# A joining still ahead: "will join", "plans to join", "is set to join", "is expected to join", "agreed to join".
_AHEAD = re.compile(r"\b(?:will|shall|would|plans?\s+to|planned\s+to|intends?\s+to|is\s+(?:set|expected|due|poised|about)\s+to"
                    r"|are\s+(?:set|expected|due|poised|about)\s+to|agreed\s+to|decided\s+to|(?:is|are)\s+to)\s+"
                    r"(?:(?:formally|officially|also)\s+)?$", _I)


def asked_or_ahead(text: str, joined: re.Match) -> str | None:
    """The status of a joining told at `joined` in the clause: proposed when asked for, planned when ahead, None when
    done (or nothing is told before it)."""
    before = text[max(0, joined.start() - 60):joined.start()]
    if _ASKED.search(before):
        return "proposed"
    if _AHEAD.search(before):
        return "planned"
    return None
