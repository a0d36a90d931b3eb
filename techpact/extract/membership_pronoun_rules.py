"""Members named after the bloc's own "its members" (added to membership_rules.RULES): "NATO will defend its members,
the Baltic states of Estonia, Latvia and Lithuania", "ASEAN and its newest members Laos and Cambodia". Never members
still to come or gone ("its future members", "its former members")."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_B = _patterns.BLOC
_L = _patterns.LIST

# "its", up to two words that keep them members ("weakest", "newest", "founding"), and "members": not "future",
# "former", "prospective", "would-be", "aspiring", "associate", "observer", "partner", "candidate" members.
_ITS_MEMBERS = (r"\bits\s+(?:(?!(?:future|former|prospective|would-be|aspiring|associate|observer|partner|candidate|non|ex)\b)"
                r"[\w-]+\s+){0,2}?(?:members|member states|member countries|member nations)")
# Between the members and the list: a comma, a dash or a colon, and "the Baltic states of", "namely".
_OPENS = r"\s*(?:,|—|–|--|:)?\s*(?:namely\s+|including\s+)?(?:the\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations)\s+of\s+)?(?:the\s+)?"

PRONOUN_RULES = [
    rule("bloc-its-members-list", _B + r"[^§¶.;:]{0,80}?" + _ITS_MEMBERS + _OPENS + _L),
]
