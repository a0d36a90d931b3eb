"""A bloc's members, leaders or ministers as the subject of a clause that names the bloc only as its setting (extraction
rule, ours, after the guide: when only the bloc is named, the bloc is the party).

"At the CSTO summit, the member states adopted a declaration", "At the G7 summit, the leaders adopted ...", "In a joint
statement issued at the APEC ministerial meeting, participating ministers pledged ...", "member states adopted the
Astana Declaration": no state is named as a side, so the one bloc the clause names is the party (read in agreements.py
only when the clause names no party and exactly one bloc). Named states stay the parties ("the leaders of India and
Japan signed ..."), and leaders only talking make no act.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

MEMBERS_AS_SUBJECT = Hinted(re.compile(
    r"\b(?:the|its|all|participating)\s+(?:member\s+(?:states|countries|nations)|members|leaders|ministers"
    r"|heads\s+of\s+(?:state|government))\b|(?:^|,\s+)member\s+(?:states|countries|nations)\b", re.IGNORECASE),
    "member", "leaders", "ministers", "heads")
