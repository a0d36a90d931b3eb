"""An extension of an act that one side seeks from the other is that side's offer (extraction rule, ours).

"The United States is seeking a six-month extension to a science and technology agreement with China": the agreement
stands (in force, read as the act the extension is of), and the extension is a second act, asked for by one side of
the other and not yet agreed: proposed (the guide: "proposals of one state to another"). The words that name the act
extended ("an extension of their agreement") are the setting of that second act, not a sign that it already runs. The
sides agreeing to it ("agreed to seek an extension", "Ghana accepted") make it a plan of both, read elsewhere.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE

# One side asking for an extension or renewal of an act: "is seeking a six-month extension to", "requested the
# renewal of", "asked for an extension of", "proposed a prolongation of", "wants the pact renewed" is not this shape.
_SOUGHT = Hinted(re.compile(
    r"\b(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for"
    r"|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|appl(?:y|ies|ied|ying)\s+for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:extension|renewal|prolongation)s?\s+(?:of|to)\b", _I),
    "seek", "sought", "request", "ask", "propos", "call", "push", "press", "appl")
# Both sides told agreeing or the request taken up: no longer one side's offer.
_AGREED = re.compile(r"\b(?:agreed|agree|agrees|accepted|accepts|granted|approved)\b", _I)


def extension_sought(text: str) -> bool:
    """Whether the clause an act is first told in tells one side asking for an extension of an act, no agreeing told."""
    return _SOUGHT.search(text) is not None and _AGREED.search(text) is None
