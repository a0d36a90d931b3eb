"""Membership told by the bloc's chair (added to membership_rules.RULES): a state that holds a bloc's rotating chair or
presidency belongs to it ("Malaysia, as the current chair of ASEAN, ...", "As SCO chair, India ...", "Brazil, which holds
the bloc's rotating presidency this year, ...", "South Africa chairs the G20", "Ramaphosa, whose country chairs the
group, ...", "then BRICS chairman Russia", "Sri Lanka is the current chair", "The SCO summit, chaired by Kazakhstan").
Real-text gold keeps such a chair's membership required or optional, never wrong. Only one state holds a chair: a list of several is no chair's (ONE_STATE). Never a co-chair (often a
partner: "co-chaired by Saudi Arabia and ASEAN's chair"), a state's own "chairmanship" told by its possessive (news uses it
of meetings too), a body of the bloc ("chair of the AU Commission", "chairs the G20 working group") or a summit of two blocs
("chaired the GCC-ASEAN summit"), nor a chair only hoped for or talked of ("bids to hold", "could take over")."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_B = _patterns.BLOC
_D = _patterns.DEMONYM
_L = _patterns.LIST

# Rules whose list must be one state: one state holds a chair.
ONE_STATE = ("list-as-chair-of-bloc", "as-chair-of-bloc-list", "list-holds-blocs-chair", "list-chairs-bloc", "bloc-chair-title-list",
             "demonym-leader-as-chair-of-bloc", "leader-of-list-as-chair-of-bloc", "bloc-summit-chaired-by-list",
             "list-is-chair-of-bloc")

# What the bloc's chair is called: "chair", "chairmanship", "presidency" (never "co-chair", never "president": a person).
_CHAIR = r"(?<!-)(?:chair|chairman|chairmanship|chairship|presidency|chair\s+country|chair\s+nation)"
# Before the chair: "the", "this year's", "the current rotating", "its annual".
_WHICH = (r"(?:(?:the|this\s+year['’]s|its|their)\s+)?(?:(?:current|incumbent|present|rotating|rotational|annual|revolving"
          r"|year-long|\d{4})\s+){0,2}")
# A body or a meeting of the bloc, or a second bloc, after it: the chair is of that, not of the bloc.
_NOT_THE_BLOC = (r"(?!['’]s?\s+(?!rotating|rotational|annual|current)[a-z])(?![\s-]+(?:commission|committee|council(?!\s+presidency)|summit|working"
                 r"|forum|task|group|assembly|parliament|bank|regional|ministers|ministerial|meeting|secretariat|court|plus|business"
                 r"|partners?|dialogue|troika|agency|fund|centre|center|of\s+ministers)\b)(?!\s*(?:[-–—/]|and|&)\s*(?:the\s+)?§B)")
# "ASEAN chair", "the bloc's rotating presidency", "chair of the G20", "presidency of the Council of the EU" (the bloc's
# placeholder group named first, then second).


def _chair_of_bloc(first: str, second: str) -> str:
    """The pattern of a bloc's chair, its bloc placeholders in the groups named first and second."""
    return (_WHICH + r"(?:§B(?P<" + first + r">\d+)§(?:['’]s)?\s+" + _WHICH + r"(?:council\s+)?" + _CHAIR + r"\b"
            r"|" + _CHAIR + r"\s+of\s+(?:the\s+)?(?:council\s+of\s+(?:the\s+)?)?§B(?P<" + second + r">\d+)§" + _NOT_THE_BLOC + r")")


_CHAIR_OF_BLOC = _chair_of_bloc("b", "b2")
# How a state comes to hold or holds the chair: "holds", "has taken over", "is set to assume", "took the reins of".
_HOLDS = (r"(?:(?:currently|now|presently|also|this\s+year)\s+)?(?:holds|held|is\s+holding|was\s+holding|has\s+held|had\s+held"
          r"|takes\s+over|took\s+over|is\s+taking\s+over|has\s+taken\s+over|will\s+take\s+over|assumes|assumed|has\s+assumed"
          r"|will\s+assume|will\s+hold|is\s+set\s+to\s+(?:hold|assume|take\s+over)|took\s+up|has\s+taken\s+up)"
          r"(?:\s+the\s+reins\s+of)?\s+")
# How a state chairs the bloc itself: "chairs ASEAN", "is chairing the SCO this year".
_CHAIRS = r"(?:(?:currently|now|presently|also)\s+)?(?<!co-)(?:chairs|chaired|is\s+chairing|has\s+chaired|will\s+chair)\s+"
# A relative clause or none between a state and what it does: "Brazil, which currently holds", "India holds".
_SUBJECT = r"\s*(?:,\s*(?:which|that)\s+|\s+)"
# The end of what a state chairs or holds: the clause goes on ("chairs the SCO this year", "holds the G7 presidency.").
_CLOSE = r"(?=\s*(?:$|[,.;:)(—–]|--|\s(?:in|for|this|from|since|until|on|at|and|with|last|next|after|when|while)\b))"
# The end of the bloc a state chairs: no noun of its own ("chairs the SCO this year", never "chairs the SCO summit").
_END = _NOT_THE_BLOC + _CLOSE

# ", as the current chair of ASEAN,", ", in his capacity as ASEAN chair," (an apposition that ends).
_AS_CHAIR = (r"\s*,\s*(?:in\s+(?:his|her|its)\s+capacity\s+)?as\s+" + _CHAIR_OF_BLOC + r"(?:\s+(?:in|for)\s+\d{4})?"
             r"\s*(?:,|—|–|--|\)|\.|$)")

CHAIR_RULES = [
    # "Malaysia, as the current chair of ASEAN, called ...", "Kazakhstan, this year's CIS chair, hosted ...".
    rule("list-as-chair-of-bloc", _L + r"\s*,\s*(?:(?:in\s+its\s+capacity\s+)?as\s+)?" + _CHAIR_OF_BLOC
         + r"(?:\s+(?:in|for)\s+\d{4})?\s*(?:,|—|–|--|\))", needs_bloc=True),
    # "As ASEAN chair, Indonesia has pressed ...", "As the G7 presidency in 2023, Japan hosted ...".
    rule("as-chair-of-bloc-list", r"(?:^|[.;:]\s+)\W*as\s+" + _CHAIR_OF_BLOC + r"(?:\s+(?:in|for)\s+\d{4})?\s*,\s*(?:the\s+)?" + _L
         + r"(?!\s*(?:,|and|or|&)|['’])", needs_bloc=True),
    # "Brazil, which holds the bloc's rotating presidency this year, ...", "Japan took over the G7 presidency".
    rule("list-holds-blocs-chair", _L + _SUBJECT + _HOLDS + r"(?:the\s+)?" + _CHAIR_OF_BLOC + _CLOSE, needs_bloc=True),
    # "India, which chairs the SCO this year, ...", "South Africa currently chairs the G20.".
    rule("list-chairs-bloc", _L + _SUBJECT + _CHAIRS + r"(?:the\s+)?" + _B + _END),
    # "South African President Ramaphosa, whose country presently chairs the group, ..." (the leader's state).
    rule("demonym-whose-country-chairs-bloc", _D + r"\s+" + _patterns.LEADER_TITLE + r"[^§¶;.,]{0,40},\s*whose\s+(?:country|nation"
         r"|government)\s+(?:(?:currently|now|presently|also)\s+)?(?:chairs\s+(?:the\s+)?§B(?P<b3>\d+)§" + _END
         + r"|holds\s+(?:the\s+)?" + _CHAIR_OF_BLOC + r")", needs_bloc=True),
    # "then BRICS chairman Russia said ...", "ASEAN chair Malaysia", "the G20's current chair, India," (the chair as a title
    # before its state; never "ASEAN chair Anwar", a person, nor "ASEAN chair Malaysia's Anwar").
    rule("bloc-chair-title-list", r"(?<![\w-])§B(?P<b>\d+)§(?:['’]s)?\s+" + _WHICH + r"(?:chair|chairman|chair\s+country|chair\s+nation)"
         r"\s*,?\s+(?:the\s+)?" + _L + r"(?!\s*['’]|\s*[-–]\s*§)"),
    # "Indonesian President Joko Widodo, as the current chair of the regional bloc, ..." (the leader's state; between the
    # leader and the chair only lower-case words: no other state, leader or name, never "welcomed Widodo, as ASEAN chair").
    rule("demonym-leader-as-chair-of-bloc", _D + r"\s+" + _patterns.LEADER_TITLE + r"(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4}(?-i:[^§¶;.A-Z]){0,60}?"
         + _AS_CHAIR, needs_bloc=True),
    # "Joko Widodo, President of Indonesia, in his capacity as ASEAN chair, ...".
    rule("leader-of-list-as-chair-of-bloc", r"\b(?:president|prime minister|premier|chancellor|king|emir|sultan)\s+of\s+(?:the\s+)?"
         + _L + _AS_CHAIR, needs_bloc=True),
    # "The SCO summit, chaired by Kazakhstan, adopted ...", "a summit of CIS leaders, chaired by Russian President Putin",
    # "The BRICS summit ... will be chaired by South Africa" (one bloc's summit: never "the GCC-ASEAN summit chaired by").
    rule("bloc-summit-chaired-by-list", r"(?:(?<![\w-])§B(?P<b>\d+)§(?![\s-]*[-–/&]\s*§B)(?:\s+(?:leaders['’]?|heads\s+of\s+state))?\s+summit"
         r"|\bsummit\s+of\s+(?:the\s+)?§B(?P<b2>\d+)§(?!\s*(?:[-–/&]|and)\s*(?:the\s+)?§B)(?:\s+(?:leaders|heads\s+of\s+state))?)\b"
         r"(?:(?!\b(?:session|dinner|meeting|panel|forum|event|roundtable|workshop|talks|ceremony|dialogue|segment|but|while)\b"
         r"|\band\b(?!\s+(?:will\s+be\s+|was\s+|is\s+|has\s+been\s+)?chaired\b))[^§¶;.]){0,80}?"
         r"(?<!co-)\bchaired\s+by\s+(?:the\s+)?(?:" + _L + r"(?!\s*['’])|§D(?P<l2>\d+)§\s+(?:PM\b|"
         + _patterns.LEADER_TITLE + r"))", needs_bloc=True),
    # "Sri Lanka is the current chair of the grouping", "Brazil, which is this year's BRICS chair, ..." (the apposition's
    # chair said with a copula; never "would be", "hopes to become", "is not").
    rule("list-is-chair-of-bloc", _L + _SUBJECT + r"(?:(?:currently|now|also)\s+)?(?:is|was|has\s+been|remains|became|has\s+become)"
         r"\s+(?:(?:currently|now|also)\s+)?(?:the\s+)?" + _CHAIR_OF_BLOC + r"(?:\s+(?:in|for)\s+\d{4})?" + _CLOSE, needs_bloc=True),
]
