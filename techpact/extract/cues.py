"""The words that signal cooperation, its kind and its status: extraction rules, ours.

Each pattern is a general English construction found in reporting on interstate
cooperation, not a sentence of any one article.
"""

from __future__ import annotations

import re

from techpact.ontology.vocabulary import STATUS_PRECEDENCE

_I = re.IGNORECASE

# Kind nouns, most specific first; the first one found in a clause names its kind.
KIND_CUES: list[tuple[str, re.Pattern]] = [
    ("mou", re.compile(r"\bmemorand(?:um|a)\b(?: of (?:understanding|cooperation|intent))?|\bMoUs?\b|\bMOUs?\b|\bletters? of intent\b", _I)),
    ("treaty", re.compile(r"\btreat(?:y|ies)\b", _I)),
    ("joint-statement", re.compile(r"\bjoint (?:statement|communiqu[eé]|declaration)s?\b", _I)),
    ("declaration", re.compile(r"\bdeclarations?\b", _I)),
    ("working-group", re.compile(r"\bworking groups?\b|\btask forces?\b|\b(?:joint|intergovernmental) commissions?\b|\bjoint committees?\b", _I)),
    ("initiative", re.compile(r"\binitiatives?\b|\broad ?maps?\b|\baction plans?\b|\bdialogue mechanisms?\b|\bjoint (?:centres?|centers?|laborator(?:y|ies)|labs?|projects?|ventures?)\b|\bprogram(?:me)?s? of cooperation\b", _I)),
    ("partnership", re.compile(r"\bpartnerships?\b|\balliances?\b", _I)),
    ("agreement", re.compile(r"\bagreements?\b|\baccords?\b|\bdeals?\b|\bpacts?\b|\bprotocols?\b|\bcontracts?\b", _I)),
]

# Verbs and phrases of cooperation that carry no kind noun.
COOPERATION = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|work(?:ing)? together|partner(?:ed|ing|s)? with|team(?:ed)? up"
    r"|join(?:ed)? forces|jointly|joint (?:efforts?|development|research|work)|bilateral ties in)\b",
    _I,
)

# Status verbs, checked in this order: negation first, then what the clause says happened.
NEGATED = re.compile(
    r"\b(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not|never|not yet|refused to|declined to|failed to)\s+(?:\w+\s+){0,2}?(?:sign|agree|ink|conclude|accept|join)\w*"
    r"|\b(?:rejected|turned down|refused|declined|walked away from|pulled out of|withdrew from|scrapped)\b",
    _I,
)
HEDGED = re.compile(r"\b(?:may|might|could) (?:consider|explore|look at|discuss)\b|\bconsidering whether\b|\brumou?red\b|\bspeculat\w+\b", _I)
IN_FORCE = re.compile(r"\b(?:entered|enter|came|come|comes|enters|coming) into force\b|\bin force\b|\bratifi(?:ed|es|cation)\b|\btook effect\b", _I)
ENDED = re.compile(r"\b(?:terminated|expired|suspended|ended|annulled)\b", _I)
SIGNED = re.compile(
    r"\b(?:signed|signing|signs|inked|sealed|concluded|exchanged|adopted|endorsed|formali[sz]ed|agreed (?:on|upon)|launched|established|set up|unveiled|struck|reached)\b",
    _I,
)
PROPOSED = re.compile(
    r"\b(?:propos\w*|offer(?:ed|s|ing)?|suggest\w*|call(?:ed|s)? for|invit\w+|urg(?:ed|es)|(?:is|are|was|were|stands?) ready to|readiness|willing\w*|open to|keen to|eager to)\b",
    _I,
)
PLANNED = re.compile(
    r"\b(?:will|shall|would|plan\w*|intend\w*|agreed to|agree to|set to|expected to|aim\w* to|to establish|to create|to launch|to set up|to sign|prepar\w+|negotiat\w+|discuss\w*|explor\w+|envisag\w+|seek\w* to|commit\w* to|pledg\w+|vow\w*)\b",
    _I,
)

# A noun phrase that points back to an act the document already reported.
BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|these|such|said) (?:new |latest |bilateral |signed |landmark |digital |broader )?"
    r"(?:document|memorand(?:um|a)|MoUs?|agreements?|deal|treaty|accord|pact|partnership|collaboration|cooperation|initiative|arrangement|framework|roadmap|declaration|statement)\b",
    _I,
)
# Phrases that stand for the parties of the act in focus.
BOTH_PARTIES = re.compile(
    r"\b(?:the two|both|the three|all three|the four|all four) (?:countries|nations|sides|states|governments|parties|leaders|ministries|neighbou?rs|partners|capitals)\b"
    r"|\b(?:their|our) (?:two )?(?:countries|nations|governments)\b|\bbilateral(?:ly)?\b|\beach other\b",
    _I,
)
BETWEEN = re.compile(r"\bbetween\b", _I)
WITH = re.compile(r"\bwith\b(?! each other| one another)")

# After a state's name, words that make it a named instrument or a thing rather than the state acting.
NOT_AN_ACTOR_AFTER = re.compile(
    r"\s+(?:Agreements?|Accords?|Protocol|Convention|Treaty|Declaration|Club|Process|Principles|Call|Pact|Consensus)\b"
    r"|\s+(?:website|media|newspaper|press|daily|airport|university|stock exchange|exchange|times|post)\b",
)

# Stretches of text where sector words name an office, not a topic:
# "the Ministry of Digital Development", "defense minister", "deputy minister of communications, ...".
_OFFICE_HEAD = re.compile(
    r"\b(?:Ministry|Ministries|Agency|Council|Commission|Committee|Institute|Authority|Directorate|Office|Department"
    r"|Bank|Centre|Center|University|Forum|Association|Corporation|Academy)\b"
    r"(?:\s+(?:of|for|on|and|the|[A-Z][\w’'&-]*|,(?=\s+[A-Z])))*"
    r"|\b(?:minister|ministry|ministries|department|directorate|secretary|commissioner)\s+(?:of|for)\s+[^,;.()]*(?:,\s+(?!and\b|who\b|which\b)[a-z][^,;.()]*)*"
    r"|\b[\w-]+\s+(?=(?:minister|ministry|ministries|directorate|forces|attach[eé])\b)"
)
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'&-]*\s+)+$")


def office_spans(text: str) -> list[tuple[int, int]]:
    """Stretches where sector words name an office, not a topic.

    "the Ministry of Digital Development", "defense minister", "deputy minister of
    communications, ..." -- a named body takes in the capitalised words before its head.
    """
    spans = []
    for match in _OFFICE_HEAD.finditer(text):
        start = match.start()
        if match.group()[:1].isupper():
            before = _CAPITALISED_BEFORE.search(text, max(0, start - 120), start)
            if before:
                start = before.start()
        spans.append((start, match.end()))
    return spans

# Joining a multilateral arrangement, and the sentence that lists who takes part in it.
JOINED = re.compile(
    r"\b(?:joined|joins|join|signed on to|signed up to|acceded to|accedes to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:initiative|project|platform|network|alliance|partnership|programme|program|accords?|mechanism|consortium|coalition)\b",
    _I,
)
PARTICIPANTS = re.compile(
    r"\b(?:founding|participating|full|other|current|original)\s+(?:members?|participants?|partners?|central banks|countries|states|signatories)\s+(?:are|were|include|included|comprise|comprised)\b",
    _I,
)

# Membership: a bloc with these words around its states.
MEMBERSHIP = re.compile(
    r"\bmembers?\b|\bmember(?:-| )(?:states?|countries|nations)\b|\bjoined\b|\bmembership\b|\bfellow\b|\bacceded\b|\bincluding\b|\bcomprising\b|\bsuch as\b",
    _I,
)
NOT_MEMBER = re.compile(r"\b(?:not a member|non-members?|observers?|dialogue partners?|partner (?:country|countries|states?)|applicants?|candidates?|aspir\w+|seek\w* to join|applied|bid to join|invited to join)\b", _I)
MEMBER_CLAUSE = re.compile(r"\b(?:of which|where|in which)\b[^.;]*?\bmembers?\b[^.;]*|\bmembers?\b[^.;]*?\balong with\b[^.;]*|\balong with\b[^.;]*", _I)

# Who may be a party when named only by an adjective: "the Russian president", not "Russian media".
GOVERNMENT_NOUN = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,2}?(?:government|side|president|presidency|premier|prime minister|minister|ministry|ministries|officials?|authorit(?:y|ies)|delegation|counterparts?|leaders?|leadership|head of state|deputy|agency|representatives?|embassy|ambassador|envoy|state|republic|regulators?|central bank|cabinet|parliament|administration|foreign office|security council)\b",
    _I,
)

# Clause boundaries inside one sentence, where a second act often starts.
CLAUSE_BREAK = re.compile(r"(?:;|\s+(?:after|while|whereas|following|before|since|but|as well as)\s+(?=[A-Z]|the |a |an |[a-z]+ [A-Z]))")

# Purely domestic statements do not make cooperation.
DOMESTIC = re.compile(r"\b(?:domestic|his nation|her nation|its own|homegrown|home-grown|national strategy)\b", _I)


def _named_alternation(parts: list[tuple[str, re.Pattern]]) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern with a named group per part, so a clause is scanned once, not once per part."""
    names = {f"g{index}": name for index, (name, _) in enumerate(parts)}
    pattern = "|".join(f"(?P<g{index}>{part.pattern})" for index, (_, part) in enumerate(parts))
    return re.compile(pattern, _I), names


_KIND_ANY, _KIND_NAMES = _named_alternation(KIND_CUES)
_STATUS_ORDER = sorted([("rejected", NEGATED), ("in-force", IN_FORCE), ("ended", ENDED), ("signed", SIGNED),
                        ("proposed", PROPOSED), ("planned", PLANNED)], key=lambda part: STATUS_PRECEDENCE[part[0]])
_STATUS_ANY, _STATUS_NAMES = _named_alternation(_STATUS_ORDER)
_STATUS_RANK = {name: rank for rank, (name, _) in enumerate(_STATUS_ORDER)}


def find_kind(text: str) -> tuple[str | None, int]:
    """The kind noun that occurs first in text, and where."""
    match = _KIND_ANY.search(text)
    if not match:
        return None, len(text) + 1
    return _KIND_NAMES[match.lastgroup], match.start()


def find_status(text: str) -> str | None:
    """What the text says happened to the act: rejected (negated), in force, ended, signed, proposed, planned.

    When several are said, the first in that order wins ("did not sign" beats "sign").
    """
    found = {_STATUS_NAMES[m.lastgroup] for m in _STATUS_ANY.finditer(text)}
    return min(found, key=_STATUS_RANK.__getitem__) if found else None
