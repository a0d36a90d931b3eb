"""A joint statement or declaration still to be made (extraction rules, ours).

A statement exists once it is issued, so what it says the parties will do is not its status ("issued a joint statement
saying they will cooperate" is signed: act_finish). But the statement itself can be what is ahead: to be signed or
adopted ("will sign a joint declaration", "a joint statement will be issued", "is expected to be adopted"), or worked
on ("are negotiating a joint statement", "began talks on a declaration", "are drafting a communique").
"""

from __future__ import annotations

import re

from techpact.extract.status import FUTURE_ISSUE
from techpact.extract.status_concluding_ahead import statement_told_ahead

_I = re.IGNORECASE
_STATEMENT = r"(?:statements?|declarations?|communiqu[eé]s?)"
_AHEAD = re.compile(
    # a future, an intent or a nearness before the verb of making it: "will ink a declaration", "close to signing"
    r"\b(?:will|shall|to|expected to|plans? to|set to|close to|ahead of|towards?)\s+(?:\w+\s+)?"
    r"(?:sign|adopt|issue|release|approve|ink|seal|conclude|finali[sz]e)(?:ing)?\b"
    # the passive ahead: "a joint statement will be issued", "is to be adopted", "is expected to be signed"
    r"|\b(?:will|would|shall|to)\s+be\s+(?:\w+\s+)?(?:signed|adopted|issued|released|approved|inked)\b"
    # the statement worked on: "are negotiating a joint declaration", "talks on a joint statement"
    r"|\b(?:negotiat\w+|draft(?:s|ed|ing)?|prepar(?:e|es|ing)|working on|talks (?:on|over|about)|finali[sz](?:e|es|ing)"
    r"|conclud(?:e|ing)|consider(?:s|ing)?|mull(?:s|ing)?|weigh(?:s|ing)?|explor(?:e|es|ing)|discuss(?:es|ing)?|work(?:s|ed|ing)? (?:out|towards?))\s+(?:(?:a|an|the|their|its|new|final)\s+)?(?:[\w-]+\s+){0,3}?"
    + _STATEMENT + r"\b"
    # the statement worked on, told in the passive: "a joint declaration is being drafted", "the communique is still
    # being negotiated"
    r"|\b" + _STATEMENT + r"\b[^.;:]{0,80}?\b(?:is|are)\s+(?:still\s+|now\s+)?being\s+(?:drafted|prepared|negotiated|finali[sz]ed"
    r"|worked\s+out|discussed)\b"
    # its signing deferred: "postponed the signing of a joint statement", "the signing of the declaration was delayed"
    r"|\b(?:postpon\w+|delay\w*|defer\w*)\s+(?:the\s+)?sign\w*"
    r"|\bsigning\s+of\b[^.;:]{0,160}?\b(?:was|were|is|has been|had been)\s+(?:postponed|delayed|deferred)\b", _I)


def statement_ahead(text: str) -> bool:
    """Whether the text tells a statement or declaration as still to be made or being worked on."""
    return bool(FUTURE_ISSUE.search(text) or _AHEAD.search(text) or statement_told_ahead(text))
