"""Named outcomes: each instrument a passage gives an identity of its own is its own act of the same parties.

The guide lists each act a passage reports between the same parties. A meeting's outcomes are often told one by one,
each with an identity of its own, and read as one act the matched acts are lost and the statuses of distinct acts get
mixed. A clause tells an act of its own when the instrument it names has an identity that the act it would join was
never told with:
- a proper name: capitalised words of its own in the instrument's noun phrase, or a quoted title ("launched the Andean
  Lithium Partnership", "a $5 million Green Shipping Fund initiative", "'Pacific Data Corridor', a joint programme");
- a title as an item of a list of outcomes, headed by its own instrument noun ("– Protocol between the ministries on
  rail freight;", "• Memorandum on customs cooperation");
- one more of the kind just told, with a topic of its own ("..., and another on renewable energy").
Guards, each a principle:
- a count or a plural ("16 agreements on AI and defence", "several memoranda", "the Joint Statements") is one act;
- a name or topic whose words the act was told with retells it, as does a generic noun or a pronoun (the caller reads
  back references: "the deal", "it");
- the first mention gives the act its name: an act told with no identity of its own (no name, no title, no topic) and
  of the clause's kind takes the name ("signed a cooperation agreement. The Nordic Quantum Accord will ..."), unless the
  clause marks the instrument as one more ("also", "another");
- a name made only of the parties' names and the loose words of any instrument ("the India-Japan Joint Statement", "a
  Strategic Partnership") is no identity of its own;
- a body or a gathering named ("the Digital Partnership Council", "the Initiative summit") is no instrument: bodies an
  act sets up are read by act_separation, meetings that host the acts are no acts.
Hooked where a clause is joined to an act: act_separation.retold, and the reader's step that extends the act in focus;
the reader takes the elided noun of "another on ..." from the act in focus (elided_kind; instrument_lists breaks the
clause there).
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.clause_reading import actor_words
from techpact.extract.facts import Agreement
from techpact.extract.gazetteer import gazetteer
from techpact.extract.spelt_gates import Spelt

_I = re.IGNORECASE

# An instrument noun in the singular, as a name's head.
_NOUN = (r"(?:agreement|accord|pact|deal|treaty|convention|protocol|memorandum|MoU|MoC|charter|declaration"
         r"|communiqu[eé]|partnership|initiative|programme|program|roadmap|compact|platform|corridor"
         r"|moonshot|principles|arrangement)")
# The small words a title holds between its capitalised words: "Ports of the Future", "Initiative for Training".
_SMALL = r"(?:of|for|on|in|and|the|to|&)"
# A capitalised word of a name (or an acronym in brackets).
_CAP = r"(?:(?-i:[A-Z])[\w’'&.-]*|\((?-i:[A-Z])[\w-]*\))"
# A run of capitalised words with the small words of titles between them.
_RUN = _CAP + r"(?:\s+(?:" + _SMALL + r"\s+)*" + _CAP + r")*"
# A name after its determiner: "a $5 million Green Shipping Fund initiative", "the Andean Lithium Partnership", "the
# Maritime Initiative for Training".
_NAMED = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:(?:\$|US\$|€)?[\d.,]+\s*(?:million|billion|bn|m)?\s+|new\s+|first\s+)*"
    r"(?P<name>" + _RUN + r"(?:\s+(?P<noun>" + _NOUN + r"))?)", _I)
# A quoted title: 'Quad-at-Sea Ship Observer Mission', "Pacific Data Corridor".
_QUOTED = re.compile(r"(?:^|[\s(])['‘\"“](?P<name>(?-i:[A-Z])[\w’&-]*(?:\s+[\w’&()-]+){1,12}?)['’\"”](?=[\s,.;:)]|$)")
# An apposition that names what a quoted title is: "'Green Bridge', a joint programme to ...".
_APPOSED = re.compile(r"\W{0,3}\s*(?:\([\w-]+\)\s*)?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?" + _NOUN + r"\b", _I)
_HOLDS_NOUN = re.compile(r"\b" + _NOUN + r"\b", _I)
_PLURAL = re.compile(r"\b" + _NOUN + r"s\b|\b(?:memoranda|agreements|accords|treaties|statements|declarations)\b", _I)

# Words of a name or a title that name no identity: loose titles, the nouns and adjectives any instrument has.
_LOOSE = frozenset(
    "joint strategic comprehensive special global enhanced framework general basic bilateral trilateral multilateral "
    "intergovernmental interstate mutual cooperation collaboration partnership agreement memorandum understanding "
    "declaration statement initiative programme program accord treaty protocol charter pact deal roadmap dialogue "
    "arrangement intent letter relations friendship government governments ministry ministries republic people "
    "peoples kingdom state states federation union president prime minister leaders between field fields area areas "
    "sphere establishment development implementation strengthening promotion further signing signed".split())
# A gathering or a body, not an instrument: "the Nordic Technology Council", "the Quad Leaders' Summit".
_GATHERING = re.compile(r"\b(?:summit|meeting|conference|forum|session|council|committee|commission|assembly|congress"
                        r"|ministerial|talks|visit|week|expo|exhibition|organi[sz]ation|bank|institute|university|agency"
                        r"|office|ministry|department|corporation|company|group|mission\s+to)s?\b", _I)

# An item of a list of outcomes headed by its own instrument noun: "– Agreement between the governments on ...",
# "• Memorandum on customs;", "3) Protocol on ...".
_ITEM_HEAD = re.compile(
    r"^\W{0,3}?(?:[–—•●▪*-]|\d{1,2}[.)])\s*(?:an?\s+)?(?P<noun>(?-i:[A-Z])(?:greement|emorandum|rotocol|reaty|ccord"
    r"|onvention|harter|eclaration|oint\s+[Ss]tatement|rogram|rogramme|oadmap|lan))\b(?P<title>[^;]*)", _I)
# One more of the kind just told, with a topic of its own: "and another on renewable energy", "a second for rail".
_ANOTHER_ON = Spelt(re.compile(r"\b(?:another|a\s+second|a\s+third|one\s+more)\s+(?P<on>on|for|covering|concerning|to)\s+"
                               r"(?P<title>[^,;.]{3,80})", _I))  # (searched on the texts an act was told with too: Spelt)
# The clause marks what it names as one more: "also", "another", "a separate".
_MORE = Spelt(re.compile(r"\b(?:also|another|separate|additional|further)\b", _I))


def _own_words(text: str) -> set[str]:
    """The words of a name or title that give it an identity: less loose words and the parties' names."""
    return cues.content_words(text) - _LOOSE - actor_words(text)


def names_in(text: str) -> list[set[str]]:
    """The own words of each instrument a clause names by a proper name or a quoted title. A plural or a count names
    several (one act); a gathering or a body named is no instrument."""
    found: list[set[str]] = []
    for named in _NAMED.finditer(text):
        name = named.group("name")
        if not _HOLDS_NOUN.search(name) or _GATHERING.search(name) or _PLURAL.search(name):
            continue  # a place, a person, a body or a meeting; several instruments ("the Joint Statements")
        if words := _own_words(name):
            found.append(words)
    for quoted in _QUOTED.finditer(text):
        name = quoted.group("name")
        if _GATHERING.search(name) or _PLURAL.search(name) or not (words := _own_words(name)):
            continue
        if not _HOLDS_NOUN.search(name) and not _APPOSED.match(text, quoted.end()):
            continue  # a phrase in quotes ("the 'trust chain' between them"), not an instrument's title
        if not any(words <= other for other in found):
            found.append(words)
    return found


def _item_title(text: str) -> list[set[str]]:
    """The own words of the title of a list item headed by its own instrument noun, if the clause is one."""
    item = _ITEM_HEAD.match(text)
    return [words] if item and (words := _own_words(item.group("title"))) else []


def _identities(text: str) -> tuple[list[set[str]], bool]:
    """The identities a clause gives instruments (own words of each), and whether it marks one as one more."""
    names = names_in(text) + _item_title(text)
    more = False
    for another in _ANOTHER_ON.finditer(text):
        if words := _own_words(another.group("title")):
            names.append(words)
            more = True
    return names, more or bool(_MORE.search(text))


def _told_before(text: str, agreement: Agreement) -> list[str]:
    """The texts an act was told with before the clause: its sentences, the clause's own only up to the clause (a
    sentence that tells two acts holds the second's name too)."""
    told = []
    for span in agreement.evidence:
        at = span.text.find(text) if text.strip() else -1
        told.append(span.text[:at] if at >= 0 else span.text)
    return told


def _has_identity(told: list[str]) -> bool:
    """Whether an act was told with a name or a title of its own (a topic alone may still be given a name: "signed an
    agreement on chips. The Chip Supply Accord will ...")."""
    return any(_identities(text)[0] for text in told)


def _told(words: set[str], told: set[str], sectors: list[str]) -> bool:
    """Whether an identity's words were told with the act (in any word form: "railway", "railways"), or name only
    sectors it was told with ("Artificial Intelligence" after "AI")."""
    stems = {word[:5] for word in told}
    if all(word[:5] in stems for word in words):
        return True
    named = {code for code, _, _ in gazetteer().find_sectors(" ".join(sorted(words)))}
    return bool(named) and named <= set(sectors)


def named_apart(text: str, kind: str | None, agreement: Agreement, back: bool = False, in_focus: bool = True) -> bool:
    """Whether a clause names an instrument with an identity of its own that the act was never told with, and the act
    is not one the name may be given to (an act told with no name of its own and no instrument yet, or the act in
    focus told with no name of its own, of the clause's kind: an older instrument a name was never told with is not
    named now). A clause pointing back to an act retells it, unless it is a list item headed by its own noun
    ("– Protocol amending the Agreement on ...": the protocol's title holds the pointer)."""
    if not agreement.evidence:
        return False
    names, more = _identities(text) if not back else (_item_title(text), False)
    if not names:
        return False
    told_texts = _told_before(text, agreement)
    told = set().union(*(cues.content_words(told_text) for told_text in told_texts))
    if all(_told(words, told, agreement.sectors) for words in names):
        return False  # the name told again ("The Andean Space Initiative will fund ...")
    unnamed = not more and not _has_identity(told_texts)
    if unnamed and (not agreement.kind or (in_focus and (not kind or kind == agreement.kind))):
        return False  # the first mention gives the act its name
    return True


def elided_kind(text: str, kind: str | None, where: int, focus: Agreement | None) -> tuple[str | None, int]:
    """The kind a clause names, and where: one more of the act in focus's kind when the clause elides the noun ("...,
    and another on renewable energy" after "an MoU on copyright"), else as read."""
    if kind is not None or focus is None or not focus.kind or (another := _ANOTHER_ON.search(text)) is None:
        return kind, where
    return focus.kind, another.start("on")  # (where the noun would stand: introduced by "another")
